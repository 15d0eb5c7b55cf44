"""Each command imports what it needs (issue 17): ``add`` and ``search`` do not load the modules
behind ``brief``, ``statement``, ``import``/``export`` or ``merge``, which import most of the core."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

OTHER_COMMANDS_MODULES = {"journal_app.brief_command", "journal_app.statement_command", "journal_app.core.interchange",
                          "journal_app.core.briefs", "journal_app.core.statement", "journal_app.core.merge"}

CHILD = textwrap.dedent(
    """
    import json, sys
    from journal_app.core import crypto
    from journal_app.core.crypto import KdfParams

    crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(KdfParams(memory_kib=64, iterations=1))  # the tests' cheap KDF
    from journal_app.cli import main

    code = main(sys.argv[1:])
    print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
    """
)


def _run(*argv: str) -> tuple[int, set[str], str]:
    done = subprocess.run([sys.executable, "-c", CHILD, *argv], input=PASSPHRASE + "\n", capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).parents[1])
    report = json.loads(done.stderr.splitlines()[-1])
    return report["code"], set(report["modules"]), done.stdout


@pytest.fixture
def journal_file(journal_path: Path) -> Path:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.close()
    return journal_path


def test_add_then_search_load_only_what_they_need(journal_file: Path) -> None:
    code, modules, _out = _run("add", str(journal_file), "--title", "Visite à domicile", "--passphrase-stdin")
    assert code == 0
    assert OTHER_COMMANDS_MODULES & modules == set()
    code, modules, out = _run("search", str(journal_file), "visite", "--passphrase-stdin")
    assert code == 0 and "Visite à domicile" in out
    assert OTHER_COMMANDS_MODULES & modules == set()


def test_a_command_with_options_of_its_own_loads_them(journal_file: Path) -> None:
    """The control (so the test above can fail): ``statement`` still knows its options."""
    code, modules, out = _run("statement", "--help")
    assert code == 0 and "--leave-out" in out and "heatmap" in out
    assert {"journal_app.statement_command", "journal_app.core.statement"} <= modules

