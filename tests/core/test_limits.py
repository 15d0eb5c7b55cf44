"""Personal limits: their history, and each measurable limit's crossings at its edges
(exactly at the hour, across midnight, week and month boundaries)."""

from __future__ import annotations

import dataclasses
import random
import statistics
import time as clock
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import insert

from journal_app.core.database import Database
from journal_app.core.entries import EntryFields, EntryRecord, EntryStore
from journal_app.core.errors import InvalidInput
from journal_app.core.limits import (
    DEFAULT_MORNING,
    LIMIT_KINDS,
    MANUAL_KINDS,
    MEASURED_KINDS,
    Crossing,
    LimitRecord,
    LimitStore,
    parse_hour,
)
from journal_app.core.models import Entry

WINTER = timezone(timedelta(hours=1))  # Brussels in November
SUMMER = timezone(timedelta(hours=2))
MONTREAL = timezone(timedelta(hours=-5))
TODAY = date(2026, 11, 30)  # a Monday
START = date(2026, 1, 1)


def at(y: int, mo: int, d: int, h: int = 12, mi: int = 0, s: int = 0, us: int = 0, tz: timezone = WINTER) -> datetime:
    return datetime(y, mo, d, h, mi, s, us, tzinfo=tz)


@pytest.fixture
def entries(database: Database) -> EntryStore:
    return EntryStore(database)


@pytest.fixture
def limits(database: Database) -> LimitStore:
    return LimitStore(database, today=lambda: TODAY)


def contact(entries: EntryStore, when: datetime, **values: object) -> str:
    fields = {"title": "contact", "kind": "contact", "channel": "office", "occurred_at": when}
    fields.update(values)
    return entries.add(EntryFields(**fields)).uuid  # type: ignore[arg-type]


def crossed(limits: LimitStore, since: date = START, until: date = TODAY) -> list[tuple[str, ...]]:
    """(kind, entry uuid or period) of each crossing, in order."""
    return [(c.kind, c.period or c.entries[0]) for c in limits.crossings(since, until)]


# ----- the limits themselves


def test_a_limit_has_a_uuid_a_kind_a_label_and_a_first_version(limits: LimitStore) -> None:
    record = limits.add("no_contact_after", hour="20:00", label="  Pas   après 20 h ", effective_from=START)
    assert len(record.uuid) == 32 and record.kind == "no_contact_after"
    assert record.label == "Pas après 20 h" and record.active and record.measured
    assert record.hour == time(20, 0) and record.morning == DEFAULT_MORNING == time(6, 0)
    assert [v.effective_from for v in record.versions] == [START] and record.starts == START
    assert len(record.versions[0].uuid) == 32
    assert limits.get(record.uuid) == record
    assert limits.list() == [record]
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.kind = "free_text"  # type: ignore[misc]


def test_every_kind_can_be_added(limits: LimitStore) -> None:
    params: dict[str, dict[str, object]] = {
        "no_contact_after": {"hour": time(21, 30), "morning": "7h"},
        "max_off_hours_contacts_per_week": {"count": 3},
        "max_out_of_frame_per_month": {"count": 0},
        "free_text": {"label": "Ne pas donner mon adresse"},
    }
    for kind in LIMIT_KINDS:
        record = limits.add(kind, effective_from=START, **params.get(kind, {}))  # type: ignore[arg-type]
        assert record.kind == kind and record.measured == (kind in MEASURED_KINDS)
    assert set(MEASURED_KINDS) | set(MANUAL_KINDS) == set(LIMIT_KINDS)
    assert [r.kind for r in limits.list()] == list(LIMIT_KINDS)
    assert limits.list()[0].morning == time(7, 0)


@pytest.mark.parametrize(("kind", "values", "message"), [
    ("no_such_kind", {}, "unknown kind"),
    ("no_contact_after", {}, "needs an hour"),
    ("no_contact_after", {"hour": "25:00"}, "not a time"),
    ("no_contact_after", {"hour": "20:00", "morning": "20h"}, "cannot be the same"),
    ("no_weekend_contacts", {"hour": "20:00"}, "only the limit on late contacts"),
    ("max_off_hours_contacts_per_week", {}, "whole number"),
    ("max_off_hours_contacts_per_week", {"count": -1}, "negative"),
    ("max_out_of_frame_per_month", {"count": True}, "whole number"),
    ("personal_phone_not_given", {"count": 2}, "only the limits 'at most N'"),
    ("free_text", {"label": "   "}, "needs its text"),
])
def test_invalid_limits_are_refused(limits: LimitStore, kind: str, values: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        limits.add(kind, **values)  # type: ignore[arg-type]
    assert limits.list() == []


def test_hours_are_read_in_the_usual_ways() -> None:
    assert parse_hour("20:00") == parse_hour("20h") == parse_hour("20") == parse_hour(time(20, 0, 30)) == time(20, 0)
    assert parse_hour("8h30") == parse_hour("08:30") == time(8, 30)
    for bad in ("24:00", "20:60", "soir", ""):
        with pytest.raises(InvalidInput):
            parse_hour(bad)


def test_the_default_day_is_today(limits: LimitStore) -> None:
    record = limits.add("no_weekend_contacts")
    assert record.starts == TODAY
    assert limits.end(record.uuid).versions[-1].effective_from == TODAY


# ----- no contact after an hour


@pytest.mark.parametrize(("when", "crosses"), [
    (at(2026, 11, 17, 19, 59, 59, 999999), False),
    (at(2026, 11, 17, 20, 0), True),  # exactly at the hour: "at or after"
    (at(2026, 11, 17, 23, 30), True),
    (at(2026, 11, 18, 0, 0), True),  # across midnight
    (at(2026, 11, 18, 0, 30), True),
    (at(2026, 11, 18, 5, 59, 59), True),
    (at(2026, 11, 18, 6, 0), False),  # the worker's day has started
    (at(2026, 11, 18, 12, 0), False),
])
def test_no_contact_after_at_its_edges(entries: EntryStore, limits: LimitStore, when: datetime, crosses: bool) -> None:
    limits.add("no_contact_after", hour="20:00", effective_from=START)
    uuid = contact(entries, when)
    found = limits.crossings(START, TODAY)
    assert [c.entries for c in found] == ([(uuid,)] if crosses else [])
    if crosses:
        crossing = found[0]
        assert crossing.entry_uuid == uuid and crossing.period is None and crossing.observed == crossing.over == 1
        assert crossing.at == when and crossing.at.utcoffset() == timedelta(hours=1)
        assert crossing.first_day == crossing.last_day == when.date()  # 00:30 belongs to its own day
        assert crossing.version.hour == time(20, 0)


def test_the_morning_hour_is_configurable(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("no_contact_after", hour="21:00", morning="07:30", effective_from=START)
    early = contact(entries, at(2026, 11, 18, 7, 29))
    contact(entries, at(2026, 11, 18, 7, 30))
    contact(entries, at(2026, 11, 18, 20, 59))
    late = contact(entries, at(2026, 11, 18, 21, 0))
    assert crossed(limits) == [("no_contact_after", early), ("no_contact_after", late)]


def test_a_morning_at_midnight_limits_the_evening_only(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("no_contact_after", hour="22:00", morning="00:00", effective_from=START)
    contact(entries, at(2026, 11, 18, 0, 30))
    contact(entries, at(2026, 11, 18, 21, 59))
    late = contact(entries, at(2026, 11, 18, 23, 59))
    assert crossed(limits) == [("no_contact_after", late)]


def test_an_hour_before_the_morning_is_a_window_in_the_night(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("no_contact_after", hour="01:00", morning="06:00", effective_from=START)
    contact(entries, at(2026, 11, 18, 0, 59))
    night = contact(entries, at(2026, 11, 18, 1, 0))
    contact(entries, at(2026, 11, 18, 6, 0))
    contact(entries, at(2026, 11, 18, 23, 0))
    assert crossed(limits) == [("no_contact_after", night)]


def test_what_counts_as_a_contact(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("no_contact_after", hour="20:00", effective_from=START)
    entries.add(EntryFields(title="written at night", kind="reflection", occurred_at=at(2026, 11, 18, 22, 0)))
    with_channel = entries.add(EntryFields(title="a text message", kind="reflection", channel="messaging",
                                           occurred_at=at(2026, 11, 18, 22, 5))).uuid
    without_channel = contact(entries, at(2026, 11, 18, 22, 10), channel=None)
    assert crossed(limits) == [("no_contact_after", with_channel), ("no_contact_after", without_channel)]


def test_only_the_start_of_a_contact_counts(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("no_contact_after", hour="20:00", effective_from=START)
    contact(entries, at(2026, 11, 18, 19, 30), duration_minutes=90)
    assert crossed(limits) == []


def test_local_time_is_where_the_entry_was_written(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("no_contact_after", hour="20:00", effective_from=START)
    montreal = contact(entries, at(2026, 11, 18, 20, 30, tz=MONTREAL))  # 01:30 UTC the next day
    summer = contact(entries, at(2026, 7, 1, 20, 0, tz=SUMMER))  # 18:00 UTC
    contact(entries, at(2026, 11, 18, 19, 0, tz=UTC))  # 20:00 in Brussels, but written in UTC
    assert crossed(limits) == [("no_contact_after", summer), ("no_contact_after", montreal)]
    # the day asked for is the local day of the entry
    assert [c.entries[0] for c in limits.crossings(date(2026, 11, 18), date(2026, 11, 18))] == [montreal]
    assert limits.crossings(date(2026, 11, 19), date(2026, 11, 19)) == []


# ----- weekends, personal phone


@pytest.mark.parametrize(("when", "crosses"), [
    (at(2026, 11, 20, 23, 59, 59), False),  # Friday
    (at(2026, 11, 21, 0, 0), True),  # Saturday
    (at(2026, 11, 22, 23, 59, 59), True),  # Sunday
    (at(2026, 11, 23, 0, 0), False),  # Monday
])
def test_no_weekend_contacts_at_its_edges(entries: EntryStore, limits: LimitStore, when: datetime, crosses: bool) -> None:
    limits.add("no_weekend_contacts", effective_from=START)
    uuid = contact(entries, when)
    entries.add(EntryFields(title="thinking on Sunday", occurred_at=at(2026, 11, 22, 10, 0)))  # not a contact
    assert crossed(limits) == ([("no_weekend_contacts", uuid)] if crosses else [])


def test_personal_phone_not_given(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("personal_phone_not_given", effective_from=START)
    first = contact(entries, at(2026, 11, 18, 10, 0), channel="personal_phone")
    contact(entries, at(2026, 11, 18, 11, 0), channel="work_phone")
    second = entries.add(EntryFields(title="note", channel="personal_phone", occurred_at=at(2026, 11, 19, 9))).uuid
    assert crossed(limits) == [("personal_phone_not_given", first), ("personal_phone_not_given", second)]


# ----- counted per week and per month


def test_off_hours_contacts_per_week(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("max_off_hours_contacts_per_week", count=3, label="3 max", effective_from=START)
    # week 2026-W47: Monday 16 to Sunday 22 November
    week = [contact(entries, at(2026, 11, day, 19, 0), off_hours=True) for day in (16, 17, 18)]
    contact(entries, at(2026, 11, 19, 10, 0), off_hours=False)
    entries.add(EntryFields(title="evening notes", occurred_at=at(2026, 11, 19, 21), off_hours=True))  # not a contact
    assert crossed(limits) == []  # three is allowed
    sunday = contact(entries, at(2026, 11, 22, 23, 59), off_hours=True)
    contact(entries, at(2026, 11, 23, 0, 0), off_hours=True)  # Monday: the next week
    (crossing,) = limits.crossings(START, TODAY)
    assert crossing.period == "2026-W47" and crossing.label == "3 max"
    assert (crossing.first_day, crossing.last_day) == (date(2026, 11, 16), date(2026, 11, 22))
    assert (crossing.observed, crossing.allowed, crossing.over) == (4, 3, 1)
    assert crossing.entries == (*week, sunday) and crossing.beyond == (sunday,)
    assert crossing.entry_uuid is None and crossing.at is None and not crossing.manual


def test_a_week_overlapping_the_range_is_counted_whole(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("max_off_hours_contacts_per_week", count=1, effective_from=START)
    contact(entries, at(2026, 11, 16, 19), off_hours=True)
    contact(entries, at(2026, 11, 22, 19), off_hours=True)
    for day in (16, 19, 22):
        (crossing,) = limits.crossings(date(2026, 11, day), date(2026, 11, day))
        assert crossing.period == "2026-W47" and crossing.observed == 2
    assert limits.crossings(date(2026, 11, 23), date(2026, 11, 29)) == []


def test_iso_weeks_across_the_new_year(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("max_off_hours_contacts_per_week", count=1, effective_from=START)
    contact(entries, at(2026, 12, 28, 19), off_hours=True)  # Monday of 2026-W53
    contact(entries, at(2027, 1, 3, 23, 59), off_hours=True)  # its Sunday
    contact(entries, at(2027, 1, 4, 0, 0), off_hours=True)  # 2027-W01
    (crossing,) = limits.crossings(date(2026, 12, 1), date(2027, 1, 31))
    assert crossing.period == "2026-W53" and crossing.last_day == date(2027, 1, 3) and crossing.observed == 2


def test_out_of_frame_acts_per_month(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("max_out_of_frame_per_month", count=2, effective_from=START)
    november = [entries.add(EntryFields(title="hors cadre", out_of_frame=True, occurred_at=at(2026, 11, day))).uuid
                for day in (1, 15)]
    last = contact(entries, at(2026, 11, 30, 23, 59, 59), out_of_frame=True)
    contact(entries, at(2026, 12, 1, 0, 0), out_of_frame=True)  # December
    contact(entries, at(2026, 12, 2, 0, 0), out_of_frame=False)
    (crossing,) = limits.crossings(date(2026, 11, 20), date(2026, 12, 31))  # the whole of November counts
    assert crossing.period == "2026-11" and (crossing.first_day, crossing.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    assert crossing.entries == (*november, last) and (crossing.observed, crossing.allowed) == (3, 2)
    assert crossing.beyond == (last,)


def test_a_limit_of_zero(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("max_out_of_frame_per_month", count=0, effective_from=START)
    uuid = contact(entries, at(2026, 2, 10), out_of_frame=True)
    (crossing,) = limits.crossings(START, TODAY)
    assert crossing.period == "2026-02" and crossing.beyond == (uuid,) and crossing.over == 1


# ----- history: which limits were in force when


def test_a_change_from_a_date_does_not_rewrite_earlier_weeks(entries: EntryStore, limits: LimitStore) -> None:
    limit = limits.add("max_off_hours_contacts_per_week", count=3, effective_from=START)
    for monday in (date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)):  # W46, W47, W48
        for n in range(4):
            contact(entries, at(monday.year, monday.month, monday.day + n, 20), off_hours=True)
    assert [c.period for c in limits.crossings(START, TODAY)] == ["2026-W46", "2026-W47", "2026-W48"]
    changed = limits.change(limit.uuid, date(2026, 11, 16), count=5)  # from W47 on
    assert [v.count for v in changed.versions] == [3, 5] and changed.count == 5
    (crossing,) = limits.crossings(START, TODAY)
    assert crossing.period == "2026-W46" and crossing.allowed == 3 and crossing.version.effective_from == START
    # in force when: the version of each day
    assert changed.version_at(date(2026, 11, 15)).count == 3  # type: ignore[union-attr]
    assert changed.version_at(date(2026, 11, 16)).count == 5  # type: ignore[union-attr]
    assert changed.version_at(date(2025, 12, 31)) is None
    assert [r.uuid for r in limits.in_force(date(2026, 11, 20))] == [limit.uuid]
    assert limits.in_force(date(2025, 6, 1)) == []


def test_a_week_is_judged_by_the_version_at_its_end(entries: EntryStore, limits: LimitStore) -> None:
    limit = limits.add("max_off_hours_contacts_per_week", count=1, effective_from=START)
    contact(entries, at(2026, 11, 16, 20), off_hours=True)
    contact(entries, at(2026, 11, 17, 20), off_hours=True)
    assert [c.period for c in limits.crossings(START, TODAY)] == ["2026-W47"]
    limits.change(limit.uuid, date(2026, 11, 19), count=2)  # Thursday of the same week
    assert limits.crossings(START, TODAY) == []


def test_a_limit_that_starts_mid_week_counts_from_its_first_day(entries: EntryStore, limits: LimitStore) -> None:
    contact(entries, at(2026, 11, 16, 20), off_hours=True)  # Monday, before the limit
    contact(entries, at(2026, 11, 17, 20), off_hours=True)
    after = [contact(entries, at(2026, 11, 18 + n, 20), off_hours=True) for n in range(2)]
    limits.add("max_off_hours_contacts_per_week", count=1, effective_from=date(2026, 11, 18))
    (crossing,) = limits.crossings(START, TODAY)
    assert crossing.entries == tuple(after) and crossing.observed == 2


def test_changing_the_hour_judges_each_entry_by_its_own_day(entries: EntryStore, limits: LimitStore) -> None:
    limit = limits.add("no_contact_after", hour="20:00", effective_from=START)
    before = contact(entries, at(2026, 11, 9, 20, 30))
    contact(entries, at(2026, 11, 10, 20, 30))
    later = contact(entries, at(2026, 11, 10, 21, 0))
    limits.change(limit.uuid, date(2026, 11, 10), hour="21:00")
    found = limits.crossings(START, TODAY)
    assert [(c.entries[0], c.version.hour) for c in found] == [(before, time(20, 0)), (later, time(21, 0))]
    # the morning hour and label were carried over to the new version
    assert limits.get(limit.uuid).versions[-1].morning == time(6, 0)


def test_ending_a_limit_keeps_its_past(entries: EntryStore, limits: LimitStore) -> None:
    limit = limits.add("personal_phone_not_given", effective_from=START)
    old = contact(entries, at(2026, 10, 1), channel="personal_phone")
    contact(entries, at(2026, 11, 2), channel="personal_phone")
    ended = limits.end(limit.uuid, date(2026, 11, 1))
    assert not ended.active and [v.active for v in ended.versions] == [True, False]
    assert crossed(limits) == [("personal_phone_not_given", old)]
    assert limits.in_force(TODAY) == [] and limits.list() == [ended]  # still listed, for its history
    resumed = limits.resume(limit.uuid, date(2026, 11, 2))
    assert resumed.active and len(crossed(limits)) == 2


def test_a_change_on_the_same_day_replaces_that_version(limits: LimitStore) -> None:
    limit = limits.add("max_out_of_frame_per_month", count=4, effective_from=START)
    limits.change(limit.uuid, date(2026, 6, 1), count=3)
    record = limits.change(limit.uuid, date(2026, 6, 1), count=2, label="deux")
    assert [(v.effective_from, v.count, v.label) for v in record.versions] == [(START, 4, ""), (date(2026, 6, 1), 2, "deux")]


def test_removing_a_mistaken_version(limits: LimitStore) -> None:
    limit = limits.add("max_out_of_frame_per_month", count=4, effective_from=START)
    limits.change(limit.uuid, date(2026, 6, 1), count=40)
    record = limits.remove_version(limit.uuid, date(2026, 6, 1))
    assert record is not None and [v.count for v in record.versions] == [4]
    with pytest.raises(InvalidInput, match="no version"):
        limits.remove_version(limit.uuid, date(2026, 6, 1))
    assert limits.remove_version(limit.uuid, START) is None  # its only version: the limit is gone
    assert limits.list() == []
    with pytest.raises(InvalidInput, match="no longer exists"):
        limits.get(limit.uuid)


def test_a_limit_that_starts_later(limits: LimitStore) -> None:
    record = limits.add("no_weekend_contacts", effective_from=date(2027, 1, 1))
    assert record.current.effective_from == date(2027, 1, 1) and not record.in_force(TODAY)
    assert limits.in_force(TODAY) == [] and [r.uuid for r in limits.in_force(date(2027, 1, 1))] == [record.uuid]


# ----- crossings ticked by hand


def test_manual_limits_are_ticked_on_entries(database: Database, entries: EntryStore, limits: LimitStore) -> None:
    money = limits.add("no_lending_money", effective_from=START)
    own = limits.add("free_text", label="Ne pas tutoyer", effective_from=START)
    lent = contact(entries, at(2026, 11, 18, 15))
    crossing = limits.mark_crossed(money.uuid, lent, note=" 20 € pour le bus ")
    assert crossing.manual and crossing.note == "20 € pour le bus" and crossing.entries == (lent,)
    assert crossing.at == at(2026, 11, 18, 15) and crossing.kind == "no_lending_money"
    limits.mark_crossed(own.uuid, lent)
    limits.mark_crossed(money.uuid, lent, note="rendu")  # again: only the note changes
    found = limits.crossings(START, TODAY)
    assert [(c.kind, c.note, c.label) for c in found] == [("no_lending_money", "rendu", ""),
                                                         ("free_text", "", "Ne pas tutoyer")]
    assert [c.kind for c in limits.crossings_of_entry(lent)] == ["no_lending_money", "free_text"]
    limits.unmark_crossed(own.uuid, lent)
    limits.unmark_crossed(own.uuid, lent)  # not ticked: nothing happens
    assert [c.kind for c in limits.crossings(START, TODAY)] == ["no_lending_money"]
    entries.delete(lent)  # the tick goes with the entry
    assert limits.crossings(START, TODAY) == []
    assert database.raw.execute("SELECT count(*) FROM limit_marks").fetchone() == (0,)


def test_ticking_is_refused_where_it_makes_no_sense(entries: EntryStore, limits: LimitStore) -> None:
    measured = limits.add("personal_phone_not_given", effective_from=START)
    money = limits.add("no_lending_money", effective_from=date(2026, 6, 1))
    early = contact(entries, at(2026, 5, 31, 12))
    with pytest.raises(InvalidInput, match="not ticked by hand"):
        limits.mark_crossed(measured.uuid, early)
    with pytest.raises(InvalidInput, match="not in force"):
        limits.mark_crossed(money.uuid, early)
    with pytest.raises(InvalidInput, match="entry no longer exists"):
        limits.mark_crossed(money.uuid, "0" * 32)


def test_a_tick_counts_only_while_the_limit_is_in_force(entries: EntryStore, limits: LimitStore) -> None:
    money = limits.add("no_lending_money", effective_from=START)
    lent = contact(entries, at(2026, 11, 18, 15))
    limits.mark_crossed(money.uuid, lent)
    limits.end(money.uuid, date(2026, 11, 1))  # ended afterwards, from a day before the entry
    assert limits.crossings(START, TODAY) == []


# ----- on an entry, and week by week


def test_crossings_of_an_entry(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("no_contact_after", hour="20:00", effective_from=START)
    limits.add("max_off_hours_contacts_per_week", count=1, effective_from=START)
    limits.add("personal_phone_not_given", effective_from=START)
    early = contact(entries, at(2026, 11, 16, 18), off_hours=True)
    late = contact(entries, at(2026, 11, 18, 22), off_hours=True, channel="personal_phone")
    quiet = contact(entries, at(2026, 11, 25, 10))
    assert [c.kind for c in limits.crossings_of_entry(late)] == [
        "max_off_hours_contacts_per_week", "no_contact_after", "personal_phone_not_given"]
    (weekly,) = limits.crossings_of_entry(early)
    assert weekly.period == "2026-W47" and weekly.entries == (early, late)
    assert limits.crossings_of_entry(quiet) == []
    by_entry = limits.crossings_by_entry(date(2026, 11, 16), date(2026, 11, 29))
    assert by_entry == {late: limits.crossings_of_entry(late), early: [weekly]}
    with pytest.raises(InvalidInput):
        limits.crossings_of_entry("f" * 32)


def test_crossings_are_in_time_order(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("personal_phone_not_given", effective_from=START)
    limits.add("no_contact_after", hour="20:00", effective_from=START)
    limits.add("max_off_hours_contacts_per_week", count=0, effective_from=START)
    b = contact(entries, at(2026, 11, 18, 21), channel="personal_phone")
    a = contact(entries, at(2026, 11, 17, 9), channel="personal_phone", off_hours=True)
    c = contact(entries, at(2026, 11, 18, 23, tz=MONTREAL))  # 05:00 UTC on the 19th, local day the 18th
    assert crossed(limits) == [
        ("max_off_hours_contacts_per_week", "2026-W47"),  # first on its week's first day
        ("personal_phone_not_given", a),
        ("personal_phone_not_given", b), ("no_contact_after", b), ("no_contact_after", c),
    ]


def test_weekly_history(entries: EntryStore, limits: LimitStore) -> None:
    late = limits.add("no_contact_after", hour="20:00", effective_from=date(2026, 11, 10))
    weekly = limits.add("max_off_hours_contacts_per_week", count=2, effective_from=START)
    monthly = limits.add("max_out_of_frame_per_month", count=1, effective_from=START)
    money = limits.add("no_lending_money", effective_from=START)
    limits.add("no_weekend_contacts", effective_from=START)
    limits.end(limits.list()[-1].uuid, date(2026, 10, 1))  # ended before the weeks shown
    for day in (16, 17, 18):  # W47: three off-hours contacts at night
        contact(entries, at(2026, 11, day, 21), off_hours=True)
    contact(entries, at(2026, 11, 9, 21), off_hours=True)  # W46: before the late-contact limit
    contact(entries, at(2026, 10, 30, 10), out_of_frame=True)  # October (W44)
    contact(entries, at(2026, 11, 2, 10), out_of_frame=True)  # November's first (W45)
    beyond = contact(entries, at(2026, 11, 24, 10), out_of_frame=True)  # November's second (W48)
    limits.mark_crossed(money.uuid, beyond)

    history = limits.weekly_history(4, until=date(2026, 11, 26))
    assert [h.limit.uuid for h in history] == [late.uuid, weekly.uuid, monthly.uuid, money.uuid]
    assert [w.week for w in history[0].weeks] == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    assert history[0].weeks[0].monday == date(2026, 11, 2)
    cells = {h.limit.kind: [(w.in_force, w.observed, w.over, w.allowed) for w in h.weeks] for h in history}
    assert cells["no_contact_after"] == [(False, 0, 0, None), (True, 0, 0, None), (True, 3, 3, None), (True, 0, 0, None)]
    assert cells["max_off_hours_contacts_per_week"] == [(True, 0, 0, 2), (True, 1, 0, 2), (True, 3, 1, 2), (True, 0, 0, 2)]
    assert cells["max_out_of_frame_per_month"] == [(True, 1, 0, None), (True, 0, 0, None), (True, 0, 0, None), (True, 1, 1, None)]
    assert cells["no_lending_money"] == [(True, 0, 0, None)] * 3 + [(True, 1, 1, None)]
    assert [w.crossed for w in history[1].weeks] == [False, False, True, False]
    assert limits.weekly_history(0) == []
    # the default: the twelve weeks up to today's
    default = limits.weekly_history()
    assert len(default[0].weeks) == 12 and default[0].weeks[-1].monday == TODAY


# ----- against a plain implementation of the rules


def _reference(records: list[EntryRecord], limit: LimitRecord, since: date, until: date) -> set[tuple[object, ...]]:
    """The crossing rules written out naively, entry by entry and day by day."""
    found: set[tuple[object, ...]] = set()

    def is_contact(record: EntryRecord) -> bool:
        return record.kind == "contact" or record.channel is not None

    if limit.kind in ("no_contact_after", "no_weekend_contacts", "personal_phone_not_given"):
        for record in records:
            local = record.occurred_at
            assert local is not None
            version = limit.version_at(local.date())
            if version is None or not since <= local.date() <= until:
                continue
            if limit.kind == "no_contact_after":
                assert version.hour is not None and version.morning is not None
                clock_time = local.time().replace(tzinfo=None)
                if version.hour > version.morning:
                    hit = clock_time >= version.hour or clock_time < version.morning
                else:
                    hit = version.hour <= clock_time < version.morning
                hit = hit and is_contact(record)
            elif limit.kind == "no_weekend_contacts":
                hit = is_contact(record) and local.weekday() >= 5
            else:
                hit = record.channel == "personal_phone"
            if hit:
                found.add((record.uuid,))
        return found
    weekly = limit.kind == "max_off_hours_contacts_per_week"
    periods: dict[tuple[date, date], list[EntryRecord]] = {}
    for record in sorted(records, key=lambda r: (r.occurred_at.replace(tzinfo=None), r.uuid)):  # type: ignore[union-attr]
        local = record.occurred_at
        assert local is not None
        watched = (record.off_hours and is_contact(record)) if weekly else record.out_of_frame
        if not watched or limit.version_at(local.date()) is None:
            continue
        day = local.date()
        if weekly:
            first = day - timedelta(days=day.weekday())
            last = first + timedelta(days=6)
        else:
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        periods.setdefault((first, last), []).append(record)
    for (first, last), members in periods.items():
        if last < since or first > until:
            continue
        judge = next((limit.version_at(last - timedelta(days=n)) for n in range((last - first).days + 1)
                      if limit.version_at(last - timedelta(days=n)) is not None), None)
        assert judge is not None and judge.count is not None
        if len(members) > judge.count:
            found.add((first, len(members), judge.count, frozenset(m.uuid for m in members)))
    return found


def test_crossings_match_a_plain_reading_of_the_rules(entries: EntryStore, limits: LimitStore) -> None:
    rng = random.Random(20261130)
    offsets = [-720, -300, 0, 60, 120, 330, 840]
    channels = [None, None, "office", "home_visit", "personal_phone", "messaging"]
    start = datetime(2025, 12, 1, tzinfo=UTC)
    for _ in range(1500):
        moment = start + timedelta(seconds=rng.randrange(400 * 86400))
        if rng.random() < 0.3:  # exactly on a minute, or a hair before, near the edges
            moment = moment.replace(second=0, microsecond=0) - timedelta(microseconds=rng.choice([0, 1]))
        tz = timezone(timedelta(minutes=rng.choice(offsets)))
        entries.add(EntryFields(
            title="e", kind=rng.choice(["contact", "reflection"]), channel=rng.choice(channels),
            occurred_at=moment.astimezone(tz), off_hours=rng.random() < 0.3, out_of_frame=rng.random() < 0.1,
        ))
    late = limits.add("no_contact_after", hour="20:00", effective_from=date(2026, 1, 15))
    limits.change(late.uuid, date(2026, 4, 8), hour="02:00", morning="05:30")
    limits.end(late.uuid, date(2026, 7, 1))
    limits.resume(late.uuid, date(2026, 8, 3))
    limits.change(late.uuid, date(2026, 9, 1), hour="19:15", morning="00:00")
    limits.add("no_weekend_contacts", effective_from=date(2026, 2, 4))
    phone = limits.add("personal_phone_not_given", effective_from=START)
    limits.end(phone.uuid, date(2026, 10, 10))
    weekly = limits.add("max_off_hours_contacts_per_week", count=3, effective_from=date(2026, 1, 7))  # a Wednesday
    limits.change(weekly.uuid, date(2026, 5, 14), count=2)
    limits.end(weekly.uuid, date(2026, 9, 9))
    monthly = limits.add("max_out_of_frame_per_month", count=2, effective_from=date(2026, 1, 20))
    limits.change(monthly.uuid, date(2026, 6, 16), count=1)

    records = entries.list()
    for since, until in [(date(2025, 11, 1), date(2027, 2, 1)), (date(2026, 3, 11), date(2026, 3, 11)),
                         (date(2026, 5, 30), date(2026, 9, 3))]:
        found = limits.crossings(since, until)
        for limit in limits.list():
            mine = [c for c in found if c.limit_uuid == limit.uuid]
            if limit.kind in ("max_off_hours_contacts_per_week", "max_out_of_frame_per_month"):
                got = {(c.first_day, c.observed, c.allowed, frozenset(c.entries)) for c in mine}
            else:
                got = {c.entries for c in mine}
                assert len(got) == len(mine)
            expected = _reference(records, limit, since, until)
            assert got == expected, (limit.kind, since, until)
            assert expected or since == until  # the data exercises every limit over a long range


# ----- speed


def _bulk_journal(count: int, years: int, seed: int = 7) -> Database:
    """``count`` entries over ``years`` years, shaped like a worker's week: mostly office
    hours on weekdays, some evenings and nights, a few weekends."""
    rng = random.Random(seed)
    database = Database.new()
    start = datetime(2022, 1, 3, tzinfo=UTC)
    stamp = datetime(2027, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(count):
        day = start + timedelta(days=rng.randrange(years * 365))
        while day.weekday() >= 5 and rng.random() > 0.1:
            day = start + timedelta(days=rng.randrange(years * 365))
        draw = rng.random()
        hour = rng.uniform(8, 17.5) if draw < 0.9 else rng.uniform(17.5, 24) if draw < 0.97 else rng.uniform(0, 8)
        offset = 120 if 4 <= day.month <= 10 else 60
        is_contact = rng.random() < 0.7
        channel = rng.choice(["office", "home_visit", "work_phone", "street", "messaging"]) if is_contact else None
        if is_contact and rng.random() < 0.03:
            channel = "personal_phone"
        rows.append({
            "uuid": f"{n:032x}", "kind": "contact" if is_contact else "reflection", "title": f"entrée {n}",
            "body": "Texte de la note. " * 10, "occurred_at": day + timedelta(hours=hour, minutes=-offset),
            "utc_offset_minutes": offset, "duration_minutes": 30, "channel": channel,
            "off_hours": hour >= 17.5 or hour < 8 or day.weekday() >= 5, "off_hours_by_hand": True,
            "out_of_frame": rng.random() < 0.03, "private": False, "emotional_weight": None,
            "for_supervision": False, "created_at": stamp, "updated_at": stamp, "search_tags": "", "search_persons": "",
        })
    with database.session() as session:
        for first in range(0, len(rows), 5000):
            session.execute(insert(Entry), rows[first:first + 5000])
    return database


@pytest.mark.slow
def test_crossings_over_five_years_of_a_50000_entry_journal() -> None:
    database = _bulk_journal(50_000, 5)
    try:
        limits = LimitStore(database, today=lambda: date(2026, 12, 31))
        late = limits.add("no_contact_after", hour="20:00", effective_from=date(2022, 1, 1))
        limits.change(late.uuid, date(2024, 6, 1), hour="19:00")
        limits.add("no_weekend_contacts", effective_from=date(2022, 1, 1))
        limits.add("personal_phone_not_given", effective_from=date(2022, 1, 1))
        weekly = limits.add("max_off_hours_contacts_per_week", count=3, effective_from=date(2022, 1, 1))
        limits.change(weekly.uuid, date(2025, 1, 1), count=5)
        limits.add("max_out_of_frame_per_month", count=10, effective_from=date(2022, 1, 1))
        money = limits.add("no_lending_money", effective_from=date(2022, 1, 1))
        for n in range(1, 200):
            limits.mark_crossed(money.uuid, f"{n * 250:032x}")

        def timed(action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
            """The best and the median of 7 runs, in ms (the best is what the code costs;
            the median also shows what else the machine was doing)."""
            times = []
            for _ in range(7):
                started = clock.perf_counter()
                action()
                times.append((clock.perf_counter() - started) * 1000)
            return min(times), statistics.median(times)

        found = limits.crossings(date(2022, 1, 1), date(2026, 12, 31))
        five_years = timed(lambda: limits.crossings(date(2022, 1, 1), date(2026, 12, 31)))
        history = timed(lambda: limits.weekly_history(12))
        of_entry = timed(lambda: limits.crossings_of_entry(f"{4242:032x}"))
        print(f"\ncrossings over 5 years of 50,000 entries ({len(found)} crossings): best {five_years[0]:.0f} ms, "
              f"median {five_years[1]:.0f} ms; weekly history (12 weeks): {history[0]:.0f} / {history[1]:.0f} ms; "
              f"crossings of one entry: {of_entry[0]:.0f} / {of_entry[1]:.0f} ms")
        assert {c.kind for c in found} == {"no_contact_after", "no_weekend_contacts", "personal_phone_not_given",
                                           "max_off_hours_contacts_per_week", "max_out_of_frame_per_month",
                                           "no_lending_money"}
        # Budgets (200 / 50 / 50 ms) printed above and in benchmarks/, never asserted.
    finally:
        database.close()


def test_crossing_records_are_immutable(entries: EntryStore, limits: LimitStore) -> None:
    limits.add("personal_phone_not_given", effective_from=START)
    contact(entries, at(2026, 11, 18), channel="personal_phone")
    (crossing,) = limits.crossings(START, TODAY)
    assert isinstance(crossing, Crossing)
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError)):
        crossing.note = "x"  # type: ignore[misc]
