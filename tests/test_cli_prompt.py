"""``journal-app prompt``: the prompt the engine would show at a moment; reads only, never writes."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from journal_app import cli
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.prompts import PromptEngine, PromptSettings, load_library
from tests.conftest import CHEAP_KDF, PASSPHRASE

BXL = timezone(timedelta(hours=1))
WEDNESDAY = "2026-11-18T10:00+01:00"
FRIDAY = "2026-11-20T15:00+01:00"


def make_journal(path: Path, *, off_hours_contacts: int = 0, settings: PromptSettings | None = None,
                 shown_at: datetime | None = None) -> Path:
    journal, _ = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    for n in range(off_hours_contacts):
        journal.entries.add(EntryFields(title=f"Appel {n}", kind="contact", channel="personal_phone", off_hours=True,
                                        occurred_at=datetime(2026, 11, 17 - n, 21, 0, tzinfo=BXL)))
    if settings is not None:
        PromptEngine(journal.database, lambda: datetime(2026, 1, 1, tzinfo=BXL)).save_settings(settings)
    if shown_at is not None:
        PromptEngine(journal.database, lambda: shown_at).next_prompt("fr")
    journal.save()
    journal.close()
    return path


def test_prints_the_prompt_of_the_moment(run, journal_path):  # type: ignore[no-untyped-def]
    make_journal(journal_path, off_hours_contacts=3)
    result = run("prompt", journal_path, "--at", WEDNESDAY)
    assert result.code == 0, result.err
    lines = dict(line.split(": ", 1) for line in result.out.splitlines())
    assert set(lines) == {"id", "theme", "report section", "trigger", "text"}
    assert lines["trigger"] == "off_hours_contacts"
    prompt = next(p for p in load_library("fr") if p.id == lines["id"])
    assert lines["theme"] == prompt.theme and lines["report section"] == prompt.report_section
    assert lines["text"] == prompt.text.format(count=3)


def test_json_and_language(run, journal_path):  # type: ignore[no-untyped-def]
    make_journal(journal_path)
    result = run("prompt", journal_path, "--at", FRIDAY, "--json", "--language", "nl")
    assert result.code == 0, result.err
    shown = json.loads(result.out)
    assert shown["trigger"] == "weekly_review" and shown["language"] == "nl"
    prompt = next(p for p in load_library("nl") if p.id == shown["id"])
    assert shown["text"] == prompt.text
    assert {"id", "theme", "kind", "report_section", "text", "trigger", "observation"} <= set(shown)


def test_prints_nothing_when_no_prompt(run, journal_path):  # type: ignore[no-untyped-def]
    make_journal(journal_path, settings=PromptSettings(enabled=False))
    result = run("prompt", journal_path, "--at", FRIDAY)
    assert result.code == 0 and result.out == ""
    result = run("prompt", journal_path, "--at", FRIDAY, "--json")
    assert result.code == 0 and json.loads(result.out) is None


def test_the_journal_is_byte_identical_and_nothing_is_recorded(run, journal_path):  # type: ignore[no-untyped-def]
    make_journal(journal_path, off_hours_contacts=4)
    folder = journal_path.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    mtime = journal_path.stat().st_mtime_ns
    first = run("prompt", journal_path, "--at", WEDNESDAY, "--json")
    second = run("prompt", journal_path, "--at", "2026-11-19T10:00+01:00", "--json")
    assert first.code == second.code == 0
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before and journal_path.stat().st_mtime_ns == mtime
    # Had the first run recorded its prompt, the next day would have offered another one.
    assert json.loads(first.out)["id"] == json.loads(second.out)["id"]


def test_reads_what_the_app_recorded(run, journal_path):  # type: ignore[no-untyped-def]
    shown_at = datetime(2026, 11, 18, 8, 0, tzinfo=BXL)
    make_journal(journal_path, shown_at=shown_at)
    journal = Journal.open(journal_path, PASSPHRASE, read_only=True)
    try:
        expected = PromptEngine(journal.database, lambda: shown_at, dry_run=True).next_prompt("fr")
    finally:
        journal.close()
    assert expected is not None
    same_day = json.loads(run("prompt", journal_path, "--at", WEDNESDAY, "--json").out)
    assert same_day["id"] == expected.id  # the prompt of the day, shown again
    assert same_day["shown_at"] == shown_at.isoformat()


def test_bad_moment_is_a_usage_error(run, journal_path):  # type: ignore[no-untyped-def]
    make_journal(journal_path)
    result = run("prompt", journal_path, "--at", "next friday")
    assert result.code == cli.EXIT_USAGE and result.out == ""


def test_wrong_passphrase(run, journal_path):  # type: ignore[no-untyped-def]
    make_journal(journal_path)
    before = journal_path.read_bytes()
    result = run("prompt", journal_path, "--at", WEDNESDAY, stdin="wrong\n")
    assert result.code == cli.EXIT_WRONG_SECRET and result.out == ""
    assert journal_path.read_bytes() == before
