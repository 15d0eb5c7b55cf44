"""The command line's progress bar: drawn on a terminal only, never in scripts or pipes."""

from __future__ import annotations

import io
import re
import sys

from journal_app import cli
from tests.conftest import PASSPHRASE
from tests.test_cli import journal_file  # noqa: F401 - the fixture: a journal of three entries


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_progress_is_printed_when_standard_error_is_not_a_terminal(run, journal_file, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "PROGRESS_MINIMUM", 1)
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0)
    result = run("export", journal_file, "--format", "markdown", tmp_path / "notes")
    assert result.code == 0 and result.out == ""
    assert len(result.err.splitlines()) == 1 and "NOT encrypted" in result.err  # the warning, nothing else


def test_a_terminal_sees_a_bar_up_to_every_entry(journal_file, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "PROGRESS_MINIMUM", 1)
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0)
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.main(["export", str(journal_file), "--format", "markdown", str(tmp_path / "notes"),
                     "--passphrase-stdin"])
    assert code == 0
    written = len(list((tmp_path / "notes").iterdir()))
    assert "Exporting" in terminal.getvalue() and f"{written}/{written}" in terminal.getvalue()


def test_small_work_draws_no_bar_even_on_a_terminal(journal_file, tmp_path, monkeypatch):
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["export", str(journal_file), "--format", "markdown", str(tmp_path / "notes"),
                     "--passphrase-stdin"]) == 0
    assert "Exporting" not in terminal.getvalue()


def _on_a_terminal(monkeypatch, *argv: str) -> str:  # type: ignore[no-untyped-def]
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main([*argv, "--passphrase-stdin"]) == 0
    return terminal.getvalue()


def test_the_json_export_and_its_import_draw_a_bar_up_to_every_record(journal_file, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "PROGRESS_MINIMUM", 1)
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0)
    export = tmp_path / "export.json"
    drawn = _on_a_terminal(monkeypatch, "export", str(journal_file), str(export))
    assert "Exporting" in drawn and re.search(r"\b(\d+)/\1 \[", drawn) and "records/s" in drawn, drawn
    drawn = _on_a_terminal(monkeypatch, "import", str(journal_file), str(export))
    assert "Importing" in drawn and re.search(r"\b(\d+)/\1 \[", drawn) and "records/s" in drawn, drawn


def test_a_json_export_in_a_script_prints_no_bar(run, journal_file, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "PROGRESS_MINIMUM", 1)
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0)
    result = run("export", journal_file, tmp_path / "export.json")
    assert result.code == 0 and len(result.err.splitlines()) == 1 and "NOT encrypted" in result.err
