"""The window's unlock page and the command line start without SQLAlchemy (issue 17): the ORM is
imported the first time a journal is touched, through ``models`` and ``sqla``, not at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal_app.core.entries import EntryFields
from tests.conftest import PASSPHRASE

CHILD = textwrap.dedent(
    """
    import importlib, sys
    for name in sys.argv[1:]:
        importlib.import_module(name)
    print(sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy"))
    """
)


def _sqlalchemy_modules_after_importing(*modules: str) -> str:
    result = subprocess.run([sys.executable, "-c", CHILD, *modules], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("module", ["journal_app.ui.main_window", "journal_app.ui.app", "journal_app.cli"])
def test_starting_does_not_import_sqlalchemy(module: str) -> None:
    assert _sqlalchemy_modules_after_importing(module) == "[]"


@pytest.mark.parametrize("module", ["journal_app.ui.app", "journal_app.cli"])
def test_the_version_is_known_without_reading_package_metadata(module: str) -> None:
    """``importlib.metadata`` costs ~22 ms of every start (it loads ``email``): the version is a constant."""
    probe = f"import sys, {module}; print('importlib.metadata' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert (result.returncode, result.stdout.strip()) == (0, "False"), result.stderr


def test_the_orm_is_there_on_first_use() -> None:
    """The control: asking for a mapped class loads SQLAlchemy (so the test above can fail)."""
    loaded = _sqlalchemy_modules_after_importing("journal_app.ui.main_window", "journal_app.core.orm")
    assert "'sqlalchemy.orm'" in loaded


COMMAND_CHILD = textwrap.dedent(
    """
    import sys
    from journal_app.core import crypto
    crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(crypto.KdfParams(memory_kib=64, iterations=1))  # the tests' KDF
    from journal_app.cli import main
    code = main(sys.argv[1:])
    print(code, sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy"))
    """
)


def _command(*arguments: str) -> tuple[int, str]:
    """Run ``journal-app ARGUMENTS`` in a fresh process: its exit code and the SQLAlchemy modules it loaded."""
    result = subprocess.run([sys.executable, "-c", COMMAND_CHILD, *arguments, "--passphrase-stdin"],
                            input=f"{PASSPHRASE}\n", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    code, loaded = result.stdout.strip().splitlines()[-1].split(" ", 1)
    return int(code), loaded


def test_the_json_export_does_not_import_sqlalchemy(new_journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A whole `journal-app export` reads its tables from resources/export_outline.json and its rows
    with SQLite alone: no ORM to import and map (~0.4 s of the command, issue 17's jrnl goal)."""
    new_journal.entries.add(EntryFields(title="Appel du dimanche", body="Sur mon téléphone personnel."))
    new_journal.save()
    new_journal.close()
    exported = tmp_path / "export.json"

    code, loaded = _command("export", str(new_journal.path), str(exported))

    assert (code, loaded) == (0, "[]")
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [entry["title"] for entry in document["entries"]] == ["Appel du dimanche"]
    # The control: a command that writes through the stores does load the ORM.
    code, loaded = _command("add", str(new_journal.path), "--title", "Encore", "--body", "Une ligne.")
    assert code == 0 and "'sqlalchemy.orm'" in loaded


def test_what_comes_after_unlocking_is_imported_on_another_thread_meanwhile(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The unlock's Argon2id releases the GIL: the modules are loaded beside it, and are there when it ends."""
    from journal_app.core.sqla import importer, meanwhile

    (tmp_path / "needed_next.py").write_text("import threading\nLOADED_ON = threading.current_thread().name\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "needed_next", raising=False)
    with meanwhile(importer("needed_next")):
        pass
    assert sys.modules["needed_next"].LOADED_ON == "prepare"


def test_a_module_that_cannot_be_loaded_meanwhile_shows_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    """It is imported again where it is used, and fails there with the command's own message."""
    from journal_app.core.sqla import importer, meanwhile

    with meanwhile(importer("journal_app.no_such_module"), importer("json")):
        pass
    assert capfd.readouterr() == ("", "")
