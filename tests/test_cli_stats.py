"""``journal-app stats``: the workload figures of a week or a month, read only."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.metrics import KEYS, Period
from journal_app.core.schedule import ScheduleStore, parse_spec
from tests.conftest import CHEAP_KDF, PASSPHRASE

BXL = timezone(timedelta(hours=1))


@pytest.fixture
def journal_file(journal_path: Path) -> tuple[Path, dict[str, str]]:
    """A closed journal: working hours, and three entries in 2026-W47 and one in December."""
    journal, _ = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    ScheduleStore(journal.database).set(parse_spec("mon=08:30-17:00;tue=08:30-17:00;wed=08:30-17:00;"
                                                   "thu=08:30-17:00;fri=08:30-17:00"), date(2026, 1, 1))
    add = journal.entries.add
    uuids = {
        "late": add(EntryFields(title="Appel tardif", kind="contact", channel="work_phone", duration_minutes=30,
                                occurred_at=datetime(2026, 11, 17, 19, 0, tzinfo=BXL), emotional_weight=7)).uuid,
        "office": add(EntryFields(title="Bureau", kind="contact", channel="office", duration_minutes=60,
                                  occurred_at=datetime(2026, 11, 18, 10, 0, tzinfo=BXL), emotional_weight=3)).uuid,
        "note": add(EntryFields(title="Réflexion", occurred_at=datetime(2026, 11, 22, 23, 59, tzinfo=BXL),
                                out_of_frame=True, for_supervision=True)).uuid,
        "december": add(EntryFields(title="Décembre", kind="contact", private=True,
                                    occurred_at=datetime(2026, 12, 1, 0, 0, tzinfo=BXL))).uuid,
    }
    journal.save()
    journal.close()
    return journal_path, uuids


def test_human_output_is_one_line_per_figure(run, journal_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = journal_file
    result = run("stats", path, "--week", "2026-W47")
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0] == "week 2026-W47 (2026-11-16 to 2026-11-22)"
    assert [line.split(":")[0] for line in lines[1:]] == list(KEYS)
    figures = dict(line.split(": ", 1) for line in lines[1:])
    assert figures["contacts"] == "2 contacts"
    assert figures["off_hours_contacts"] == "1 contacts"  # 19:00 is after 17:00
    assert figures["off_hours_minutes"] == "30 minutes"
    assert figures["out_of_frame"] == "1 entries"
    assert figures["weight_average"] == "5.0 weight" and figures["weight_peak"] == "7 weight"
    assert figures["for_supervision"] == "1 entries"
    assert figures["beyond_schedule_minutes"] == "30 minutes"
    assert figures["open_dilemmas_oldest_days"] == "unknown"
    # Passphrase and entry texts never appear.
    assert "Appel" not in result.out and PASSPHRASE not in result.out


def test_json_output_is_the_documented_object(run, journal_file) -> None:  # type: ignore[no-untyped-def]
    path, uuids = journal_file
    result = run("stats", path, "--week", "2026-W47", "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["format"] == 1
    assert data["period"] == {"kind": "week", "name": "2026-W47", "first": "2026-11-16", "last": "2026-11-22"}
    assert [f["key"] for f in data["figures"]] == list(KEYS)
    assert all(set(f) == {"key", "value", "unit", "explanation", "entries", "dilemmas"} for f in data["figures"])
    by_key = {f["key"]: f for f in data["figures"]}
    assert by_key["contacts"]["entries"] == [uuids["late"], uuids["office"]]
    assert by_key["off_hours_contacts"]["value"] == 1 and by_key["off_hours_contacts"]["entries"] == [uuids["late"]]
    assert by_key["weight_average"]["value"] == 5.0
    assert by_key["open_dilemmas_average_days"]["value"] is None
    assert "2026-W47" in by_key["out_of_frame"]["explanation"]


def test_month(run, journal_file) -> None:  # type: ignore[no-untyped-def]
    path, uuids = journal_file
    data = json.loads(run("stats", path, "--month", "2026-12", "--json").out)
    by_key = {f["key"]: f for f in data["figures"]}
    assert data["period"]["name"] == "2026-12"
    assert by_key["private_contacts"]["value"] == 1 and by_key["private_contacts"]["entries"] == [uuids["december"]]
    assert by_key["contacts"]["value"] == 1
    november = run("stats", path, "--month", "2026-11")
    assert "private_contacts: 0 contacts" in november.out.splitlines()


def test_default_is_the_current_week(run, journal_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = journal_file
    result = run("stats", path)
    assert result.code == 0
    assert result.out.splitlines()[0].startswith(f"week {Period.week(date.today()).name} ")


def test_stats_never_changes_the_journal(run, journal_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = journal_file
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file() and not p.name.endswith(".lock")}
    mtime = path.stat().st_mtime_ns
    for options in (["--week", "2026-W47"], ["--month", "2026-11", "--json"], []):
        assert run("stats", path, *options).code == 0
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file() and not p.name.endswith(".lock")}
    assert after == before and path.stat().st_mtime_ns == mtime


def test_stats_works_while_the_journal_is_open_elsewhere(run, journal_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = journal_file
    journal = Journal.open(path, PASSPHRASE)
    try:
        assert run("stats", path, "--week", "2026-W47").code == 0
    finally:
        journal.close()


@pytest.mark.parametrize("options", [
    ["--week", "2026-47"], ["--week", "2026-W54"], ["--month", "2026-13"], ["--month", "nov"],
    ["--week", "2026-W47", "--month", "2026-11"],
])
def test_malformed_periods_are_refused_before_asking_anything(  # type: ignore[no-untyped-def]
        run, journal_file, options) -> None:
    path, _ = journal_file
    result = run("stats", path, *options, stdin="")
    assert result.code == cli.EXIT_USAGE
    assert result.out == ""
    assert len(result.err.splitlines()) == 1 and result.err.startswith("journal-app: error: ")


def test_wrong_passphrase(run, journal_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = journal_file
    result = run("stats", path, stdin="not the passphrase\n")
    assert result.code == cli.EXIT_WRONG_SECRET and result.out == ""
