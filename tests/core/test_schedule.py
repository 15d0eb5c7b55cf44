"""The work schedule: its text form, its history, and the off-hours rule.

The rule (schedule.py): off-hours when a contact starts outside the working hours of its day
(day off, leave, public holiday, outside the ranges; ranges are half-open), or runs on more
than 15 minutes past the end of the range it started in; judged in the entry's own local time.
"""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select

from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput
from journal_app.core.models import Entry, ScheduleVersion
from journal_app.core.schedule import (
    DatedSchedule,
    LeavePeriod,
    ScheduleHistory,
    ScheduleStore,
    TimeRange,
    WeeklySchedule,
    automatic_off_hours,
    format_spec,
    is_off_hours,
    parse_spec,
    reevaluate_entries,
    schedule_from_json,
    schedule_to_json,
)

WINTER = timezone(timedelta(hours=1))  # Brussels, CET
SUMMER = timezone(timedelta(hours=2))  # Brussels, CEST
BRUSSELS = ZoneInfo("Europe/Brussels")

FULL_TIME = parse_spec(
    "mon=08:30-12:30,13:30-17:00;tue=08:30-12:30,13:30-17:00;wed=08:30-12:30,13:30-17:00;"
    "thu=08:30-12:30,13:30-17:00;fri=08:30-12:30,13:30-17:00"
)
FOUR_FIFTHS = parse_spec(  # 4/5ths: Wednesday off
    "mon=08:30-12:30,13:30-17:00;tue=08:30-12:30,13:30-17:00;wed=off;"
    "thu=08:30-12:30,13:30-17:00;fri=08:30-12:30,13:30-17:00"
)


def at(day: str, hhmmss: str, tz: timezone | ZoneInfo = WINTER) -> datetime:
    return datetime.fromisoformat(f"{day}T{hhmmss}").replace(tzinfo=tz)


def off(day: str, hhmmss: str, duration: int | None = None, schedule=FULL_TIME, tz=WINTER) -> bool | None:  # type: ignore[no-untyped-def]
    return is_off_hours(at(day, hhmmss, tz), duration, schedule)


# ----- boundaries of a day (2026-03-02 is a Monday)


@pytest.mark.parametrize(("hhmmss", "expected"), [
    ("08:29:00", True),
    ("08:29:59", True),
    ("08:30:00", False),
    ("12:29:59", False),
    ("12:30:00", True),  # lunch break
    ("13:29:00", True),
    ("13:30:00", False),
    ("16:59:59", False),
    ("17:00:00", True),  # the end is excluded
    ("22:00:00", True),
    ("00:00:00", True),
])
def test_boundaries(hhmmss: str, expected: bool) -> None:
    assert date(2026, 3, 2).weekday() == 0
    assert off("2026-03-02", hhmmss) is expected


@pytest.mark.parametrize(("start", "duration", "expected"), [
    ("16:50:00", 10, False),  # ends exactly at 17:00
    ("16:50:00", 20, False),  # 10 minutes past the end
    ("16:50:00", 25, False),  # 15 minutes past: still on-hours
    ("16:50:00", 26, True),  # 16 minutes past
    ("12:00:00", 45, False),  # 15 minutes into the lunch break
    ("12:00:00", 46, True),
    ("11:00:00", 180, True),  # through the whole lunch break
    ("09:00:00", None, False),
    ("09:00:00", 0, False),
])
def test_running_on_past_the_end(start: str, duration: int | None, expected: bool) -> None:
    assert off("2026-03-02", start, duration) is expected


def test_days_off_and_part_time() -> None:
    assert off("2026-03-07", "10:00:00") is True  # Saturday
    assert off("2026-03-04", "10:00:00") is False  # Wednesday, full time
    assert off("2026-03-04", "10:00:00", schedule=FOUR_FIFTHS) is True  # Wednesday off at 4/5ths
    assert off("2026-03-05", "10:00:00", schedule=FOUR_FIFTHS) is False
    assert FULL_TIME.weekly_minutes() == 5 * 450
    assert FOUR_FIFTHS.weekly_minutes() == 4 * 450


def test_half_days() -> None:
    schedule = parse_spec("mon=08:30-12:30,13:30-17:00;tue=08:30-12:30;thu=13:00-17:00")
    assert off("2026-03-03", "10:00:00", schedule=schedule) is False
    assert off("2026-03-03", "14:00:00", schedule=schedule) is True  # Tuesday afternoon off
    assert off("2026-03-05", "10:00:00", schedule=schedule) is True  # Thursday morning off
    assert off("2026-03-05", "13:00:00", schedule=schedule) is False


def test_touching_ranges_count_as_one() -> None:
    schedule = parse_spec("mon=08:00-12:00,12:00-17:00")
    assert off("2026-03-02", "11:50:00", 60, schedule=schedule) is False


def test_leave_periods() -> None:
    schedule = parse_spec(format_spec(FULL_TIME) + ";leave=2026-12-24..2026-12-31,2027-02-15;leave=2026-03-04")
    assert off("2026-12-23", "10:00:00", schedule=schedule) is False
    assert off("2026-12-24", "10:00:00", schedule=schedule) is True  # first day included
    assert off("2026-12-31", "10:00:00", schedule=schedule) is True  # last day included
    assert off("2027-01-04", "10:00:00", schedule=schedule) is False
    assert off("2027-02-15", "10:00:00", schedule=schedule) is True  # a single day
    assert off("2027-02-16", "10:00:00", schedule=schedule) is False
    assert off("2026-03-04", "10:00:00", schedule=schedule) is True  # "leave" may be repeated


def test_public_holidays_are_days_off_and_editable() -> None:
    assert off("2026-05-14", "10:00:00") is True  # Ascension, a Thursday
    assert off("2026-11-11", "10:00:00") is True  # Armistice, a Wednesday
    assert off("2027-03-29", "10:00:00") is True  # Easter Monday 2027
    assert off("2025-04-21", "10:00:00") is True  # Easter Monday 2025
    edited = parse_spec(format_spec(FULL_TIME) + ";holiday+=2026-11-02;holiday-=2026-11-11")
    assert off("2026-11-02", "10:00:00", schedule=edited) is True  # added (e.g. granted by the employer)
    assert off("2026-11-11", "10:00:00", schedule=edited) is False  # removed: worked
    assert off("2026-05-14", "10:00:00", schedule=edited) is True
    assert edited.holiday(date(2026, 11, 2)) == "added" and edited.holiday(date(2026, 5, 14)) == "ascension"
    without = parse_spec(format_spec(FULL_TIME).replace("holidays=be", "holidays=none"))
    assert off("2026-05-14", "10:00:00", schedule=without) is False


# ----- daylight saving: the entry's own local time counts (Belgium: 29 March and 25 October 2026)


@pytest.mark.parametrize(("day", "tz"), [
    ("2026-03-27", WINTER), ("2026-03-30", SUMMER), ("2026-10-23", SUMMER), ("2026-10-26", WINTER),
    ("2026-03-27", BRUSSELS), ("2026-03-30", BRUSSELS), ("2026-10-23", BRUSSELS), ("2026-10-26", BRUSSELS),
])
def test_daylight_saving(day: str, tz: timezone | ZoneInfo) -> None:
    # In UTC, 17:30 local is 16:30 in winter and 15:30 in summer: both inside 08:30-17:00,
    # so judging in UTC (or in the computer's time zone) would be wrong on one side or both.
    assert off(day, "17:30:00", tz=tz) is True
    assert off(day, "16:30:00", tz=tz) is False
    assert off(day, "08:15:00", tz=tz) is True
    assert off(day, "08:45:00", tz=tz) is False


def test_daylight_saving_through_stored_entries() -> None:
    database = Database.new()
    store = ScheduleStore(database)
    uuids = {
        "winter-evening": _add(database, at("2026-03-27", "17:30:00", WINTER)),
        "summer-evening": _add(database, at("2026-03-30", "17:30:00", SUMMER)),
        "winter-day": _add(database, at("2026-03-27", "16:30:00", WINTER)),
        "summer-day": _add(database, at("2026-03-30", "16:30:00", SUMMER)),
    }
    store.set(FULL_TIME, date(2026, 1, 1))
    flags = _flags(database)
    assert flags[uuids["winter-evening"]] is True and flags[uuids["summer-evening"]] is True
    assert flags[uuids["winter-day"]] is False and flags[uuids["summer-day"]] is False


def test_entry_written_abroad_uses_its_own_local_time() -> None:
    montreal = timezone(timedelta(hours=-5))
    assert off("2026-03-02", "10:00:00", tz=montreal) is False  # 16:00 in Brussels: but it happened at 10:00
    assert off("2026-03-02", "18:00:00", tz=UTC) is True


# ----- midnight


def test_contact_spanning_midnight_from_an_evening() -> None:
    assert off("2026-03-02", "23:30:00", 60) is True  # starts outside working hours
    assert off("2026-03-01", "23:50:00", 600) is True  # Sunday night into Monday morning


def test_late_shift_ending_at_midnight() -> None:
    late = parse_spec("mon=16:00-24:00;tue=16:00-24:00")
    assert off("2026-03-02", "23:50:00", 20, schedule=late) is False  # 10 minutes past midnight
    assert off("2026-03-02", "23:50:00", 26, schedule=late) is True
    assert off("2026-03-02", "23:59:59", None, schedule=late) is False


def test_range_continues_after_midnight_on_the_next_day() -> None:
    night = parse_spec("fri=18:00-24:00;sat=00:00-02:00")
    assert off("2026-03-06", "23:30:00", 150, schedule=night) is False  # until 02:00 Saturday
    assert off("2026-03-06", "23:30:00", 165, schedule=night) is False  # 02:15
    assert off("2026-03-06", "23:30:00", 166, schedule=night) is True
    # Saturday 15 August 2026 is a public holiday: the range after midnight does not apply.
    assert off("2026-08-14", "23:30:00", 60, schedule=night) is True
    assert off("2026-08-14", "23:30:00", 45, schedule=night) is False  # only 15 minutes into the holiday


def test_midnight_spanning_contact_across_a_schedule_change() -> None:
    history = ScheduleHistory([
        DatedSchedule(date(2026, 1, 1), parse_spec("fri=18:00-24:00;sat=00:00-02:00")),
        DatedSchedule(date(2026, 3, 7), parse_spec("fri=18:00-24:00")),  # from that Saturday: no night
    ])
    assert is_off_hours(at("2026-02-27", "23:30:00"), 120, history) is False
    assert is_off_hours(at("2026-03-06", "23:30:00"), 120, history) is True


# ----- history


def test_history_in_force_on_each_day() -> None:
    database = Database.new()
    store = ScheduleStore(database)
    assert store.current() is None and store.history() == [] and store.at(date(2026, 1, 1)) is None
    store.set(FULL_TIME, date(2026, 1, 1))
    store.set(FOUR_FIFTHS, date(2026, 9, 1))
    assert store.at(date(2025, 12, 31)) is None
    assert store.at(date(2026, 1, 1)) == FULL_TIME
    assert store.at(date(2026, 8, 31)) == FULL_TIME
    assert store.at(date(2026, 9, 1)) == FOUR_FIFTHS
    assert store.at(date(2030, 1, 1)) == FOUR_FIFTHS
    assert [version.effective_from for version in store.history()] == [date(2026, 1, 1), date(2026, 9, 1)]
    # A Wednesday before and after going part-time; and before any schedule: unknown.
    assert is_off_hours(at("2026-06-10", "10:00:00", SUMMER), 30, store) is False
    assert is_off_hours(at("2026-09-09", "10:00:00", SUMMER), 30, store) is True
    assert is_off_hours(at("2025-06-11", "22:00:00", SUMMER), 30, store) is None


def test_setting_the_same_day_replaces_that_version() -> None:
    database = Database.new()
    store = ScheduleStore(database)
    store.set(FULL_TIME, date(2026, 1, 1))
    store.set(FOUR_FIFTHS, date(2026, 1, 1))
    assert store.history() == [DatedSchedule(date(2026, 1, 1), FOUR_FIFTHS)]
    store.set(FULL_TIME, date(2026, 6, 1))
    store.remove(date(2026, 6, 1))
    assert store.history() == [DatedSchedule(date(2026, 1, 1), FOUR_FIFTHS)]
    with pytest.raises(InvalidInput):
        store.remove(date(2026, 6, 1))
    with pytest.raises(InvalidInput):
        store.set(FULL_TIME, datetime(2026, 6, 1, 12, 0, tzinfo=UTC))


def test_current_is_the_version_in_force_today() -> None:
    database = Database.new()
    store = ScheduleStore(database)
    store.set(FULL_TIME, date.today() - timedelta(days=30))
    store.set(FOUR_FIFTHS, date.today() + timedelta(days=30))
    assert store.current() == FULL_TIME


def test_versions_are_stored_as_json() -> None:
    database = Database.new()
    ScheduleStore(database).set(FOUR_FIFTHS, date(2026, 9, 1))
    with database.session() as session:
        row = session.scalars(select(ScheduleVersion)).one()
    assert row.effective_from == "2026-09-01"
    assert schedule_from_json(row.spec) == FOUR_FIFTHS
    with pytest.raises(InvalidInput):
        schedule_from_json(row.spec.replace('"format": 1', '"format": 2'))


# ----- re-evaluating entries


def test_reevaluation_only_touches_entries_not_set_by_hand() -> None:
    database = Database.new()
    store = ScheduleStore(database)
    sunday_computed = _add(database, at("2026-03-08", "15:00:00"))
    sunday_by_hand = _add(database, at("2026-03-08", "15:00:00"), off_hours=False, by_hand=True)
    monday_computed = _add(database, at("2026-03-02", "10:00:00"), off_hours=True)
    monday_by_hand = _add(database, at("2026-03-02", "10:00:00"), off_hours=True, by_hand=True)
    before_any_schedule = _add(database, at("2025-03-02", "22:00:00"))

    assert store.set(FULL_TIME, date(2026, 1, 1)) == 2
    flags = _flags(database)
    assert flags[sunday_computed] is True
    assert flags[monday_computed] is False
    assert flags[sunday_by_hand] is False  # the person's choice stays
    assert flags[monday_by_hand] is True
    assert flags[before_any_schedule] is False  # unknown: left as it was
    assert store.reevaluate() == 0


def test_changing_the_schedule_reevaluates() -> None:
    database = Database.new()
    store = ScheduleStore(database)
    wednesday_after = _add(database, at("2026-09-09", "10:00:00", SUMMER))
    wednesday_before = _add(database, at("2026-06-10", "10:00:00", SUMMER))
    wednesday_by_hand = _add(database, at("2026-09-16", "10:00:00", SUMMER), by_hand=True)
    assert store.set(FULL_TIME, date(2026, 1, 1)) == 0
    assert store.set(FOUR_FIFTHS, date(2026, 9, 1)) == 1
    flags = _flags(database)
    assert flags[wednesday_after] is True and flags[wednesday_before] is False and flags[wednesday_by_hand] is False
    assert store.remove(date(2026, 9, 1)) == 1
    assert _flags(database)[wednesday_after] is False


def test_reevaluation_with_a_given_lookup() -> None:
    database = Database.new()
    saturday = _add(database, at("2026-03-07", "10:00:00"))
    with database.session() as session:
        assert reevaluate_entries(session, ScheduleHistory()) == 0
        assert reevaluate_entries(session, ScheduleHistory([DatedSchedule(date(2026, 1, 1), FULL_TIME)])) == 1
    assert _flags(database)[saturday] is True


def test_automatic_flag_for_a_new_entry() -> None:
    database = Database.new()
    with database.session() as session:
        assert automatic_off_hours(session, at("2026-03-07", "10:00:00"), 10) is None  # no schedule yet
    ScheduleStore(database).set(FULL_TIME, date(2026, 1, 1))
    with database.session() as session:
        assert automatic_off_hours(session, at("2026-03-07", "10:00:00"), 10) is True
        assert automatic_off_hours(session, at("2026-03-06", "10:00:00"), 10) is False


def test_naive_times_are_refused() -> None:
    with pytest.raises(InvalidInput):
        is_off_hours(datetime(2026, 3, 2, 10, 0), None, FULL_TIME)
    assert is_off_hours(at("2026-03-02", "10:00:00"), None, None) is None


def test_reevaluating_50000_entries_takes_under_a_second() -> None:
    database = Database.new()
    start = datetime(2020, 1, 1, 6, 0, tzinfo=UTC)
    rows = [
        {
            "uuid": f"{number:032x}", "kind": "contact", "title": "", "body": "",
            "occurred_at": start + timedelta(minutes=97 * number), "utc_offset_minutes": 60 if number % 3 else 120,
            "duration_minutes": number % 50, "channel": None, "off_hours": False, "off_hours_by_hand": number % 10 == 0,
            "out_of_frame": False, "private": False, "emotional_weight": None, "for_supervision": False,
            "created_at": start, "updated_at": start, "search_tags": "", "search_persons": "",
        }
        for number in range(50_000)
    ]
    with database.session() as session:
        session.execute(insert(Entry), rows)
        session.add(ScheduleVersion(effective_from="2019-01-01", spec=schedule_to_json(FULL_TIME)))
        session.add(ScheduleVersion(effective_from="2023-01-01", spec=schedule_to_json(FOUR_FIFTHS)))
    with database.session() as session:
        began = clock.perf_counter()
        changed = reevaluate_entries(session)
        elapsed = clock.perf_counter() - began
    assert changed > 20_000
    print(f"\nre-evaluating 50,000 entries: {elapsed:.2f} s (budget 1 s: printed, not asserted)")
    with database.session() as session:
        assert reevaluate_entries(session) == 0


# ----- the text form


SPECS = [
    "mon=08:30-12:30,13:30-17:00;tue=08:30-16:30;wed=off;thu=08:30-16:30;fri=08:30-12:30;sat=off;sun=off;"
    "leave=2026-12-24..2026-12-31,2027-02-15..2027-02-19;holidays=be;holiday+=2026-11-02;holiday-=2026-11-11",
    "mon=off;tue=off;wed=off;thu=off;fri=off;sat=off;sun=off;holidays=none",
    "mon=16:00-24:00;tue=00:00-02:00;wed=off;thu=off;fri=off;sat=off;sun=off;leave=2026-03-04;holidays=be",
]


@pytest.mark.parametrize("spec", SPECS)
def test_text_form_round_trips(spec: str) -> None:
    schedule = parse_spec(spec)
    assert format_spec(schedule) == spec
    assert parse_spec(format_spec(schedule)) == schedule
    assert schedule_from_json(schedule_to_json(schedule)) == schedule


def test_text_form_is_forgiving_about_layout() -> None:
    loose = parse_spec("""
        MON = 8h30-12h30 , 13:30 - 17h
        wed=8:30-12:30
        off=2026-12-24..2026-12-31
        holiday+=2026-11-02;holiday+=2026-12-26
    """)
    assert format_spec(loose) == (
        "mon=08:30-12:30,13:30-17:00;tue=off;wed=08:30-12:30;thu=off;fri=off;sat=off;sun=off;"
        "leave=2026-12-24..2026-12-31;holidays=be;holiday+=2026-11-02,2026-12-26"
    )


def test_omitted_weekdays_are_off_and_holidays_default_to_belgian() -> None:
    schedule = parse_spec("mon=09:00-17:00")
    assert schedule.hours_of("mon") == (TimeRange(540, 1020),)
    assert all(not schedule.hours_of(day) for day in ("tue", "wed", "thu", "fri", "sat", "sun"))
    assert schedule.public_holidays is True


def test_building_a_schedule_in_code() -> None:
    built = WeeklySchedule.from_weekdays(
        {"mon": ["13:30-17:00", "08:30-12:30"], "tue": [TimeRange(510, 990)]},
        leave=[LeavePeriod(date(2026, 12, 24), date(2026, 12, 31))],
    )
    assert built == parse_spec("mon=08:30-12:30,13:30-17:00;tue=08:30-16:30;leave=2026-12-24..2026-12-31")
    assert built.working_ranges(date(2026, 12, 28)) == ()
    assert built.on_leave(date(2026, 12, 31)) and not built.on_leave(date(2027, 1, 1))


@pytest.mark.parametrize(("spec", "names"), [
    ("", "empty"),
    ("   ;  ", "empty"),
    ("mon=0830-1230", "'mon=0830-1230'"),
    ("mon=08:30", "'mon=08:30'"),
    ("mon=08:30-25:00", "25:00"),
    ("mon=08:75-12:00", "08:75"),
    ("mon=24:00-24:00", "mon=24:00-24:00"),
    ("tue=17:00-17:00", "'tue=17:00-17:00'"),
    ("fri=22:00-06:00;sat=05:00-12:00", "runs into"),
    ("tue=", "'tue='"),
    ("mon=08:00-12:00,11:00-13:00", "overlap"),
    ("mon=off;mon=08:00-12:00", "twice"),
    ("monday=08:00-12:00", "'monday'"),
    ("mon 08:00-12:00", "key=value"),
    ("leave=2026-13-01", "2026-13-01"),
    ("leave=26-12-24", "'26-12-24'"),
    ("leave=2026-12-31..2026-12-24", "'leave=2026-12-31..2026-12-24'"),
    ("leave=", "'leave='"),
    ("holidays=fr", "'holidays=fr'"),
    ("holiday+=2026-11-02;holiday-=2026-11-02", "both added to and removed"),
    ("holiday+=tomorrow", "'tomorrow'"),
])
def test_clear_errors(spec: str, names: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_spec(spec)
    assert names in str(raised.value)


# ----- helpers


def _add(database: Database, occurred_at: datetime, *, duration: int | None = 20, off_hours: bool = False,
         by_hand: bool = False) -> str:
    """An entry written straight through the ORM (not EntryStore, to control the by-hand flag)."""
    offset = occurred_at.utcoffset() or timedelta(0)
    with database.session() as session:
        entry = Entry(kind="contact", title="", body="", occurred_at=occurred_at,
                      utc_offset_minutes=int(offset.total_seconds() // 60), duration_minutes=duration,
                      off_hours=off_hours, off_hours_by_hand=by_hand, search_tags="", search_persons="")
        session.add(entry)
        session.flush()
        return entry.uuid


def _flags(database: Database) -> dict[str, bool]:
    with database.session() as session:
        return {uuid: flag for uuid, flag in session.execute(select(Entry.uuid, Entry.off_hours))}
