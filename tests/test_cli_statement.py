"""``journal-app statement``: the workload statement from the command line, read-only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import files_under, leaks
from tests.core.test_statement import CANARY, fill_journal
from tests.test_pdf import pdf_pages, squeezed


@pytest.fixture(autouse=True)
def gui(qapp):  # type: ignore[no-untyped-def]
    return qapp


@pytest.fixture
def journal_file(journal_path: Path) -> Path:
    journal, _ = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    fill_journal(journal.database)
    journal.save()
    journal.close()
    return journal_path


def test_csv_for_dates_reads_only_and_warns(run, journal_file: Path, tmp_path: Path) -> None:
    before = journal_file.read_bytes()
    out = tmp_path / "statement.csv"
    result = run("statement", journal_file, "--from", "2026-03-01", "--to", "2026-03-31", out, "--language", "en")
    assert result.code == 0, result.err
    assert result.err == (f"journal-app: warning: {out} is NOT encrypted: anyone who can read it can read these "
                          "figures; delete it once you no longer need it\n")
    assert result.out == f"Statement written: {out} (2026-03-01 to 2026-03-31, 7 figure(s))\n"
    text = out.read_text(encoding="utf-8-sig")
    assert "2026-W13,40 h,3,3,2 h 10,2 h 10,2" in text
    assert CANARY not in text
    assert out.stat().st_mode & 0o077 == 0
    assert journal_file.read_bytes() == before


def test_rounding_leaving_out_and_a_quarter(run, journal_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "statement.csv"
    result = run("statement", journal_file, "--period", "2026-Q1", out, "--round", "hours",
                 "--leave-out", "heatmap", "channels", "--language", "en")
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8-sig")
    assert "When the off-hours contacts happened" not in text and "By channel" not in text
    assert "Durations are rounded to the hour." in text
    assert "Time outside the schedule,4 h" in text


def test_pdf_in_french_without_journal_text_or_exact_dates(run, journal_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "releve.pdf"
    result = run("statement", journal_file, "--from", "2026-03-01", "--to", "2026-03-31", out)
    assert result.code == 0, result.err
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = pdf_pages(data)
    text = "".join(pages)
    assert squeezed("Relevé de la charge de travail") in text
    assert squeezed("droit à la déconnexion") in text
    assert squeezed(CANARY) not in text and CANARY.encode() not in data
    assert "Zébulon" not in text
    dates = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    creation = next(line for line in dates.splitlines() if line.startswith("CreationDate"))
    assert " 1 00:00:00 " in creation or "-01T00:00:00" in creation, creation


@pytest.mark.parametrize(("argv", "message"), [
    (["--from", "2026-03-01"], "give the period"),
    (["--period", "2026-13"], "is not a month"),
    (["--from", "2026-03-31", "--to", "2026-03-01"], "ends (2026-03-01) before it starts"),
])
def test_clear_errors(run, journal_file: Path, tmp_path: Path, argv: list[str], message: str) -> None:
    out = tmp_path / "statement.csv"
    result = run("statement", journal_file, *argv, out)
    assert result.code != 0 and message in result.err
    assert not out.exists()


def test_unknown_format(run, journal_file: Path, tmp_path: Path) -> None:
    result = run("statement", journal_file, "--period", "2026-03", tmp_path / "statement.txt")
    assert result.code != 0 and ".pdf or .csv" in result.err


def test_nothing_else_written(run, journal_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "statement.csv"
    assert run("statement", journal_file, "--period", "2026-03", out).code == 0
    others = [path for path in files_under(tmp_path) if path not in (out, journal_file)]
    assert leaks([CANARY, "canari"], [*others, out]) == []
