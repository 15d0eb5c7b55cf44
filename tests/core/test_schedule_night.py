"""Night shifts: working ranges that cross midnight belong to the day they start on."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.schedule import (
    DatedSchedule,
    ScheduleHistory,
    TimeRange,
    format_spec,
    is_off_hours,
    parse_spec,
    schedule_from_json,
    schedule_to_json,
)

WINTER = timezone(timedelta(hours=1))
NIGHTS = parse_spec("fri=22:00-06:00;sat=off;sun=off")  # 2026-03-06 is a Friday


def off(day: str, hhmm: str, duration: int | None = None, schedule=NIGHTS) -> bool | None:  # type: ignore[no-untyped-def]
    return is_off_hours(datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=WINTER), duration, schedule)


def test_a_night_range_runs_into_the_next_morning() -> None:
    night = TimeRange.parse("22:00-06:00")
    assert night == TimeRange(22 * 60, 30 * 60)
    assert night.minutes == 8 * 60 and night.overnight
    assert str(night) == "22:00-06:00"
    assert TimeRange.parse("22:00-00:00") == TimeRange(22 * 60, 24 * 60)
    assert not TimeRange.parse("22:00-24:00").overnight
    assert NIGHTS.weekly_minutes() == 8 * 60


def test_saturday_three_oclock_is_inside_fridays_night_shift() -> None:
    assert off("2026-03-07", "03:00") is False
    assert off("2026-03-07", "05:59") is False
    assert off("2026-03-07", "06:00") is True
    assert off("2026-03-07", "07:00") is True
    assert off("2026-03-06", "22:00") is False
    assert off("2026-03-06", "21:59") is True
    assert off("2026-03-06", "23:30", 60) is False
    assert off("2026-03-07", "05:30", 45) is False  # 15 minutes past the end of the shift
    assert off("2026-03-07", "05:30", 46) is True
    # The previous Saturday morning (no Friday shift before a Thursday) is off.
    assert off("2026-03-06", "03:00") is True


def test_a_night_shift_starting_on_a_holiday_is_off_and_its_morning_too() -> None:
    # Friday 1 May 2026 is Labour Day: the shift of that night is not worked.
    assert off("2026-05-01", "23:00") is True
    assert off("2026-05-02", "03:00") is True
    # Friday 14 August: the shift runs into the holiday of 15 August, it belongs to Friday.
    assert off("2026-08-15", "03:00") is False


def test_night_shift_follows_the_history() -> None:
    history = ScheduleHistory([
        DatedSchedule(date(2026, 1, 1), parse_spec("mon=08:30-17:00")),
        DatedSchedule(date(2026, 3, 6), NIGHTS),
    ])
    assert is_off_hours(datetime(2026, 3, 7, 3, tzinfo=WINTER), None, history) is False
    assert is_off_hours(datetime(2026, 2, 28, 3, tzinfo=WINTER), None, history) is True


def test_text_and_json_forms_keep_night_ranges() -> None:
    spec = "mon=off;tue=off;wed=off;thu=off;fri=22:00-06:00;sat=off;sun=20:00-04:00;holidays=be"
    schedule = parse_spec(spec)
    assert format_spec(schedule) == spec
    assert schedule_from_json(schedule_to_json(schedule)) == schedule


@pytest.mark.parametrize("spec", ["fri=22:00-06:00;sat=05:00-12:00", "sun=22:00-09:00;mon=08:00-12:00",
                                  "fri=22:00-22:00"])
def test_overlaps_across_midnight_are_refused(spec: str) -> None:
    with pytest.raises(InvalidInput):
        parse_spec(spec)


def test_time_beyond_the_schedule_follows_the_night_shift(database) -> None:  # type: ignore[no-untyped-def]
    from journal_app.core.entries import EntryFields, EntryStore
    from journal_app.core.metrics import WorkloadMetrics
    from journal_app.core.schedule import ScheduleStore

    ScheduleStore(database).set(NIGHTS, date(2026, 1, 1))
    entries = EntryStore(database)
    for day, hour, minute, duration in ((6, 23, 30, 60),   # Friday 23:30 to Saturday 00:30: inside
                                        (7, 5, 30, 60),    # Saturday 05:30 to 06:30: 30 minutes beyond
                                        (6, 21, 0, 120)):  # Friday 21:00 to 23:00: 60 minutes beyond
        entries.add(EntryFields(kind="contact", duration_minutes=duration,
                                occurred_at=datetime(2026, 3, day, hour, minute, tzinfo=WINTER)))
    figures = WorkloadMetrics(database).week("2026-W10")
    assert figures.value("beyond_schedule_minutes") == 90
    assert figures.value("off_hours_contacts") == 2


def test_limits_on_off_hours_contacts_follow_the_night_shift(database) -> None:  # type: ignore[no-untyped-def]
    from journal_app.core.entries import EntryFields, EntryStore
    from journal_app.core.limits import LimitStore
    from journal_app.core.schedule import ScheduleStore

    ScheduleStore(database).set(NIGHTS, date(2026, 1, 1))
    limits = LimitStore(database)
    limits.add("max_off_hours_contacts_per_week", count=0, effective_from=date(2026, 1, 1))
    entries = EntryStore(database)
    entries.add(EntryFields(kind="contact", occurred_at=datetime(2026, 3, 7, 3, 0, tzinfo=WINTER)))
    assert limits.crossings(date(2026, 3, 2), date(2026, 3, 8)) == []  # within Friday's night
    entries.add(EntryFields(kind="contact", occurred_at=datetime(2026, 3, 7, 7, 0, tzinfo=WINTER)))
    (crossing,) = limits.crossings(date(2026, 3, 2), date(2026, 3, 8))
    assert crossing.observed == 1 and crossing.period == "2026-W10"
