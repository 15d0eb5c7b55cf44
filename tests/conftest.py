"""Shared fixtures: every test gets its own temporary home and cheap key derivation.

The cheap KDF parameters are passed explicitly through the core API; the default that
people get (calibrated, >= 64 MiB) is never weakened for tests. To open the journals made
with them, ``allow_cheap_kdf`` widens the parameters a header may carry (``crypto.ACCEPTED_KDF``)
to take them in: a test-only allowance, in this process only (a child process gets it from
``CHILD_PRELUDE`` in tests/core/helpers.py). Tests of the policy itself use ``strict_kdf``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
import os
import sys

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from journal_app import cli
from journal_app.core import crypto
from journal_app.core.crypto import KdfParams
from journal_app.core.journal import Journal

CHEAP_KDF = KdfParams(memory_kib=64, iterations=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Redirect every standard location (config, data, cache, temp) into a fresh folder."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                          ("XDG_CACHE_HOME", ".cache"), ("XDG_RUNTIME_DIR", "run"), ("TMPDIR", "tmp")):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        monkeypatch.setenv(variable, str(folder))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    return home


@pytest.fixture(autouse=True)
def allow_cheap_kdf() -> Iterator[None]:
    """Test-only allowance: headers may carry CHEAP_KDF (see the module's docstring). Its own
    patch, so a test's ``monkeypatch.undo()`` does not take the allowance away mid-test."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(crypto, "ACCEPTED_KDF", crypto.KdfPolicy().allowing(CHEAP_KDF))
        yield


@pytest.fixture
def strict_kdf(monkeypatch: pytest.MonkeyPatch) -> crypto.KdfPolicy:
    """The policy people get, for the tests that check it."""
    monkeypatch.setattr(crypto, "ACCEPTED_KDF", crypto.KdfPolicy())
    return crypto.ACCEPTED_KDF


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    folder = tmp_path / "journals"
    folder.mkdir(mode=0o700)
    return folder / "journal.carnet"


@pytest.fixture
def new_journal(journal_path: Path):  # type: ignore[no-untyped-def]
    """An open, empty journal (and its recovery code as ``journal.test_recovery_code``)."""
    journal, code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.test_recovery_code = code  # type: ignore[attr-defined]
    yield journal
    if journal.is_open:
        journal.close()


class Run:
    """What one command did."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def error_line(self) -> str:
        lines = self.err.splitlines()
        assert len(lines) == 1, f"expected one line on stderr, got {self.err!r}"
        assert lines[0].startswith("journal-app: error: ")
        return lines[0]


@pytest.fixture
def run(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """run(*argv, stdin=...) -> Run. The passphrase is sent on standard input by default."""

    def run_command(*argv: str | Path, stdin: str | None = PASSPHRASE + "\n", secret_flag: bool = True) -> Run:
        arguments = [str(a) for a in argv]
        if secret_flag:
            arguments.append("--passphrase-stdin")
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        capsys.readouterr()
        code = cli.main(arguments)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run_command
