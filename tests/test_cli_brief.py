"""``journal-app brief``: the supervision brief from the command line.

It reads only (the journal stays byte-identical), prints the review step's findings, refuses
to write while there are any unless told what to do with them, says the file is not
encrypted, writes atomically, and leaves no plaintext anywhere else.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.core import vaultfile
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.supervision import SupervisionStore
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import files_under, leaks
from tests.test_pdf import pdf_pages, squeezed

BXL = timezone(timedelta(hours=1))
MARKED_CANARY = "CANARY-MARKED-7f3a"  # in the brief: must reach only the chosen file
UNMARKED_CANARY = "CANARY-UNMARKED-91c2"  # not marked for supervision: must reach no file


@pytest.fixture(autouse=True)
def gui(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, before the command needs one for a PDF: otherwise the
    command's own would stay for the rest of the test run."""
    return qapp


@pytest.fixture
def journal_file(journal_path: Path) -> Path:
    """A closed journal: one entry and one dilemma for supervision (with planted identifying
    text), one entry that is not."""
    journal, _ = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(
        title="Visite chez Fatima Benali", for_supervision=True, persons=("Bruno",),
        body=f"Bruno était là. Elle habite rue de la Loi 16, GSM 0478 12 34 56. {MARKED_CANARY}",
        occurred_at=datetime(2026, 3, 12, 10, 0, tzinfo=BXL),
    ))
    journal.entries.add(EntryFields(
        title="Réunion d'équipe", body=f"Rien à amener. {UNMARKED_CANARY}",
        occurred_at=datetime(2026, 3, 13, 10, 0, tzinfo=BXL),
    ))
    dilemmas = DilemmaStore(journal.database, language="fr")
    dilemma = dilemmas.create("Accepter un cadeau", categories=("personal-resources",))
    dilemmas.set_status(dilemma.uuid, "to_supervision")
    store = SupervisionStore(journal.database)
    for item in store.sync_agenda():
        if item.dilemma is not None:
            store.set_question(item.uuid, "Où est la limite ?")
    journal.save()
    journal.close()
    return journal_path


def test_refuses_to_write_while_findings_remain(run, journal_file: Path, tmp_path: Path) -> None:
    before = journal_file.read_bytes()
    out = tmp_path / "brief.md"
    result = run("brief", journal_file, out)
    assert result.code == 1
    assert result.err == ("journal-app: error: 3 finding(s) not reviewed: nothing was written. Change them in the "
                          "journal, or pass --fix-findings (use the suggestions) or --accept-findings (keep them)\n")
    lines = result.out.splitlines()
    assert lines[0] == "Review: 3 finding(s) that look identifying:"
    assert lines[1:] == [
        '  s1.i1.title@12  name  "Fatima Benali" -> "F. B."',
        '  s1.i1.body@28  address  "rue de la Loi 16" -> "[adresse]"',
        '  s1.i1.body@50  phone  "0478 12 34 56" -> "[téléphone]"',
    ]  # "Bruno" is a pseudonym of the register: not a finding
    assert not out.exists()
    assert journal_file.read_bytes() == before


def test_with_accept_findings_writes_exactly_the_chosen_items(run, journal_file: Path, tmp_path: Path) -> None:
    before = journal_file.read_bytes()
    out = tmp_path / "brief.md"
    result = run("brief", journal_file, out, "--accept-findings")
    assert result.code == 0, result.err
    assert result.err == (f"journal-app: warning: {out} is NOT encrypted: anyone who can read it can read these "
                          "2 item(s); delete it once you no longer need it\n")
    assert result.out.splitlines()[-1] == f"Brief written: {out} (2 item(s))"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Préparation de la supervision\n")
    assert "Fatima Benali" in text and MARKED_CANARY in text  # accepted: left as written
    assert "Accepter un cadeau" in text and "Où est la limite ?" in text
    assert UNMARKED_CANARY not in text and "Réunion d'équipe" not in text
    assert out.stat().st_mode & 0o077 == 0
    assert journal_file.read_bytes() == before


def test_with_fix_findings_the_suggestions_replace_them(run, journal_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    result = run("brief", journal_file, out, "--fix-findings", "--language", "nl")
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    assert "### 1.1 Visite chez F. B." in text
    assert "Elle habite [adres], GSM [telefoon]." in text
    assert "Fatima" not in text and "0478" not in text and "Loi 16" not in text
    assert "Voorbereiding van de supervisie" in text


def test_coarsened_dates_show_weeks(run, journal_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    assert run("brief", journal_file, out, "--fix-findings", "--coarsen-dates").code == 0
    text = out.read_text(encoding="utf-8")
    assert "- **Date\u00a0:** semaine du 9 mars 2026" in text
    assert "12 mars" not in text


def test_pdf_output(run, journal_file: Path, tmp_path: Path) -> None:
    before = journal_file.read_bytes()
    out = tmp_path / "brief.pdf"
    result = run("brief", journal_file, out, "--fix-findings")
    assert result.code == 0, result.err
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    text = "".join(pdf_pages(data))
    assert squeezed("Visite chez F. B.") in text and squeezed(MARKED_CANARY) in text
    assert squeezed("Accepter un cadeau") in text
    assert squeezed(UNMARKED_CANARY) not in text and "Fatima" not in text
    assert journal_file.read_bytes() == before


def test_no_plaintext_is_left_anywhere_but_the_chosen_file(run, journal_file: Path, tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    out = exports / "brief.md"
    assert run("brief", journal_file, out, "--accept-findings").code == 0
    assert run("brief", journal_file, exports / "brief.pdf", "--accept-findings").code == 0
    everywhere_else = [p for p in files_under(Path(tempfile.gettempdir()), exports, journal_file.parent) if p != out]
    assert leaks([MARKED_CANARY, UNMARKED_CANARY, "Fatima Benali"], everywhere_else) == []
    assert sorted(p.name for p in exports.iterdir()) == ["brief.md", "brief.pdf"]


@pytest.mark.parametrize("name", ["brief.md", "brief.pdf"])
def test_a_failed_write_leaves_nothing_behind(run, journal_file: Path, tmp_path: Path, monkeypatch, name) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    out = exports / name
    out.write_bytes(b"the brief of last month")

    def full_disk(handle, data):  # type: ignore[no-untyped-def]
        handle.write(bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vaultfile, "_write_all", full_disk)
    result = run("brief", journal_file, out, "--accept-findings")
    assert result.code == 5
    assert result.err.splitlines()[-1] == "journal-app: error: the disk is full: nothing was changed"
    assert out.read_bytes() == b"the brief of last month"
    assert sorted(p.name for p in exports.iterdir()) == [name]
    assert leaks([MARKED_CANARY], files_under(Path(tempfile.gettempdir()), exports)) == []


@pytest.mark.parametrize(("target", "code", "message"), [
    ("brief.txt", 1, "cannot tell the format of brief.txt: the name must end in .pdf or .md"),
    ("missing/brief.md", 5, "the folder {tmp}/missing does not exist"),
    ("", 5, "{tmp} is a folder: give a file name ending in .pdf or .md"),
])
def test_bad_destinations_are_refused_before_the_passphrase(run, journal_file, tmp_path, target, code, message):
    result = run("brief", journal_file, tmp_path / target, "--accept-findings", stdin="")
    assert result.code == code
    assert result.err == f"journal-app: error: {message.format(tmp=tmp_path)}\n"


def test_the_journal_itself_is_never_the_output(run, journal_file: Path) -> None:
    before = journal_file.read_bytes()
    twin = journal_file.with_suffix(".md")
    twin.symlink_to(journal_file)
    result = run("brief", journal_file, twin, "--accept-findings", stdin="")
    assert result.code == 1
    assert result.err == "journal-app: error: the brief cannot replace the journal itself\n"
    assert journal_file.read_bytes() == before


def test_accept_and_fix_cannot_be_given_together(run, journal_file: Path, tmp_path: Path) -> None:
    result = run("brief", journal_file, tmp_path / "b.md", "--accept-findings", "--fix-findings", stdin="")
    assert result.code == 1
    assert "not allowed with argument" in result.err


def test_wrong_passphrase_writes_nothing(run, journal_file: Path, tmp_path: Path) -> None:
    result = run("brief", journal_file, tmp_path / "b.md", "--accept-findings", stdin="wrong\n")
    assert result.code == 2
    assert not (tmp_path / "b.md").exists()


@pytest.mark.slow
def test_real_process_writes_a_pdf_without_a_display(journal_file: Path, tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "brief.pdf"
    # The journal was made with the cheap test parameters: the child gets the suite's allowance (tests/conftest.py).
    child = ("import sys; from journal_app.core import crypto; from journal_app.cli import main; "
             f"crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(crypto.KdfParams({CHEAP_KDF.memory_kib}, "
             f"{CHEAP_KDF.iterations})); sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", child, "brief", str(journal_file), str(out),
                           "--fix-findings", "--passphrase-stdin"], input=f"{PASSPHRASE}\n", capture_output=True,
                          text=True, timeout=120, env={**environment, "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("\n") == 1 and "NOT encrypted" in done.stderr  # no Qt chatter
    assert out.read_bytes().startswith(b"%PDF-")
