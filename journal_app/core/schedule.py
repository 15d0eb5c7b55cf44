"""The worker's contractual schedule, and which entries fall outside it ("off-hours").

A ``WeeklySchedule`` holds the working hours of each weekday (several ranges a day, e.g.
08:30-12:30 and 13:30-17:00; a weekday without ranges is a day off), leave periods, and
public holidays: the Belgian ones are built in and are days off, and the person may add
days (a holiday their employer grants) or remove built-in ones (a holiday they work).

Schedules change, so the journal keeps their history (``ScheduleStore``): each version is
in force from its date until the next version's date, and an entry is judged by the version
in force on the day it happened. Before the first version, nothing is known: no flag is
computed. Leave periods and the person's holiday edits belong to the schedule itself (there
is no separate table for them): each version is one self-contained value, stored as JSON in
the ``schedules`` table.

Only contacts are judged: an entry of kind ``contact``, or any entry with a channel (as the
figures count them, see metrics.py). A reflection's date is the situation it is about, or
the time it was written: writing on a Sunday evening is not working on a Sunday evening, so a
reflection's computed flag is always off (the person may still tick it by hand).

The off-hours rule, in the person's local wall-clock time of the entry:

    A contact is off-hours if it starts outside the working hours of its day (on a day off,
    on leave, on a public holiday, before the first range, between two ranges or after the
    last one), or if it runs on past the end of the working range it started in by more than
    15 minutes. Ranges are half-open: with hours 08:30-17:00, 08:30:00 is on-hours and
    08:29:59 or 17:00:00 off-hours; a call from 16:50 to 17:15 is on-hours, to 17:16 is not.

Night work: a range that ends at or before its start (``22:00-06:00``) crosses midnight. It
belongs to the day it starts on: Friday's 22:00-06:00 is worked from Friday 22:00 to Saturday
06:00, under Friday's schedule, leave and holidays (a night shift starting on a holiday is
off; one starting the evening before a holiday is not). A contact at Saturday 03:00 is then
within Friday's range. A contact is judged against the working time around its day: the
ranges of its own day, the night ranges of the day before, and the ranges of the next day
(so a range ending at 24:00 goes on with one starting at 00:00 the next day). The duration
is added in wall-clock time (a contact during the night of a daylight-saving change may be
judged an hour off).

The text form (used by the command line, ``parse_spec`` / ``format_spec``) is a list of
``key=value`` parts separated by ``;`` (or new lines)::

    mon=08:30-12:30,13:30-17:00;tue=08:30-16:30;wed=off;thu=08:30-16:30;fri=08:30-12:30;
    sat=off;sun=off;leave=2026-12-24..2026-12-31,2027-02-15..2027-02-19;holidays=be;
    holiday+=2026-11-02;holiday-=2026-11-11

- ``mon`` ... ``sun``: comma-separated ranges ``HH:MM-HH:MM`` (``8:30`` and ``8h30`` are
  accepted too; ``24:00`` ends a range at midnight; an end at or before the start, as in
  ``22:00-06:00``, is a night range into the next morning), or ``off``. An omitted weekday is off.
- ``leave`` (or ``off``): comma-separated periods ``YYYY-MM-DD..YYYY-MM-DD`` (both days
  included) or single days ``YYYY-MM-DD``.
- ``holidays``: ``be`` (Belgian public holidays are days off, the default) or ``none``.
- ``holiday+`` / ``holiday-``: comma-separated days added as holidays / built-in holidays
  the person works.
``leave``, ``holiday+`` and ``holiday-`` may be repeated; a weekday may not.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput
from journal_app.core.holidays import is_belgian_holiday

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# How long a contact that started during working hours may run on past the end of its range
# and still count as on-hours.
GRACE_MINUTES = 15
MINUTES_PER_DAY = 24 * 60
HOLIDAY_SETS = ("be", "none")
ADDED_HOLIDAY = "added"  # the "holiday id" of a day the person added as a holiday
_SPEC_FORMAT = 1
_HISTORY_KEY = "carnet.schedule_history"  # in Session.info, see automatic_off_hours
_UPDATE_CHUNK = 5000  # ids per UPDATE, well under SQLite's limit of bound parameters


@dataclass(frozen=True, order=True)
class TimeRange:
    """Working time starting on one day: from ``start`` (included) to ``end`` (excluded), in
    minutes after that day's midnight; ``end`` may be 1440 (24:00), or beyond for a night
    range that runs into the next morning (22:00-06:00 is ``TimeRange(1320, 1800)``)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start < MINUTES_PER_DAY and 0 < self.end < 2 * MINUTES_PER_DAY):
            raise InvalidInput(f"a working time goes from 00:00 to 24:00, not {self}")
        if self.start >= self.end:
            raise InvalidInput(f"a working range must end after it starts, not {self}")
        if self.end - self.start > MINUTES_PER_DAY:
            raise InvalidInput(f"a working range lasts 24 hours at most, not {self}")

    @classmethod
    def of(cls, start: time, end: time) -> TimeRange:
        """From two clock times; an ``end`` of 00:00 means midnight at the end of the day, an
        end before the start the next morning."""
        start_minutes = start.hour * 60 + start.minute
        return cls(start_minutes, _end_after(start_minutes, end.hour * 60 + end.minute))

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        start, dash, end = text.strip().partition("-")
        if not dash:
            raise InvalidInput(f"{text.strip()!r} is not a range of hours (write it as 08:30-12:30)")
        start_minutes, end_minutes = _parse_clock(start), _parse_clock(end)
        if start_minutes == MINUTES_PER_DAY:
            raise InvalidInput(f"{text.strip()!r} starts at 24:00 (write 00:00)")
        if start_minutes == end_minutes and start_minutes != 0:
            raise InvalidInput(f"{text.strip()!r} ends when it starts")
        return cls(start_minutes, _end_after(start_minutes, end_minutes))

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @property
    def overnight(self) -> bool:
        """Whether the range runs past midnight into the next day."""
        return self.end > MINUTES_PER_DAY

    def __str__(self) -> str:
        end = self.end - MINUTES_PER_DAY if self.overnight else self.end
        return f"{_format_clock(self.start)}-{_format_clock(end)}"


def _end_after(start: int, end: int) -> int:
    """An end clock time as minutes after the start day's midnight: 00:00 and 24:00 are
    midnight at the end of the day, an end at or before the start is on the next day."""
    if end in (0, MINUTES_PER_DAY):
        return MINUTES_PER_DAY
    return end + MINUTES_PER_DAY if end <= start else end


@dataclass(frozen=True, order=True)
class LeavePeriod:
    """Days off for leave, from ``first`` to ``last``, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidInput(f"a leave period cannot end before it starts, as {self} does")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def __str__(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def _no_days() -> tuple[tuple[TimeRange, ...], ...]:
    return ((),) * 7


@dataclass(frozen=True)
class WeeklySchedule:
    """Working hours per weekday (``days[0]`` is Monday), leave and public holidays.

    Lists are accepted and stored as sorted tuples, so two equal schedules compare equal.
    Overlapping ranges within a day are refused; touching ones (12:00-13:00,13:00-17:00)
    count as one.
    """

    days: tuple[tuple[TimeRange, ...], ...] = field(default_factory=_no_days)
    leave: tuple[LeavePeriod, ...] = ()
    public_holidays: bool = True  # Belgian public holidays are days off
    holidays_added: tuple[date, ...] = ()
    holidays_removed: tuple[date, ...] = ()

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise InvalidInput("a weekly schedule has seven days")
        days = []
        for name, ranges in zip(WEEKDAYS, self.days, strict=True):
            ordered = tuple(sorted(ranges))
            for before, after in zip(ordered, ordered[1:]):
                if after.start < before.end:
                    raise InvalidInput(f"{name}: the ranges {before} and {after} overlap")
            days.append(ordered)
        for index, ranges in enumerate(days):  # a night range must end before the next day's first
            following = days[(index + 1) % 7]
            if ranges and following and ranges[-1].end - MINUTES_PER_DAY > following[0].start:
                raise InvalidInput(f"{WEEKDAYS[index]}: the night range {ranges[-1]} runs into "
                                   f"{WEEKDAYS[(index + 1) % 7]}'s {following[0]}")
        object.__setattr__(self, "days", tuple(days))
        object.__setattr__(self, "leave", tuple(sorted(set(self.leave))))
        object.__setattr__(self, "holidays_added", tuple(sorted(set(self.holidays_added))))
        object.__setattr__(self, "holidays_removed", tuple(sorted(set(self.holidays_removed))))
        both = set(self.holidays_added) & set(self.holidays_removed)
        if both:
            raise InvalidInput(f"{min(both).isoformat()} is both added to and removed from the holidays")

    @classmethod
    def from_weekdays(cls, hours: dict[str, Sequence[TimeRange | str]], **others: Any) -> WeeklySchedule:
        """From ``{"mon": ["08:30-12:30", "13:30-17:00"], ...}``; weekdays not named are off."""
        unknown = set(hours) - set(WEEKDAYS)
        if unknown:
            raise InvalidInput(f"unknown weekday: {sorted(unknown)[0]} (use {', '.join(WEEKDAYS)})")
        days = tuple(
            tuple(item if isinstance(item, TimeRange) else TimeRange.parse(item) for item in hours.get(name, ()))
            for name in WEEKDAYS
        )
        return cls(days=days, **others)

    def hours_of(self, weekday: str) -> tuple[TimeRange, ...]:
        return self.days[WEEKDAYS.index(weekday)]

    def weekly_minutes(self) -> int:
        """Contractual working time in a week without leave or holidays (for "4/5ths" and the like)."""
        return sum(r.minutes for ranges in self.days for r in ranges)

    def holiday(self, day: date) -> str | None:
        """Why ``day`` is a holiday: a public holiday's id, ``"added"``, or None."""
        if day in self.holidays_added:
            return ADDED_HOLIDAY
        if self.public_holidays and day not in self.holidays_removed:
            return is_belgian_holiday(day)
        return None

    def on_leave(self, day: date) -> bool:
        return any(day in period for period in self.leave)

    def working_ranges(self, day: date) -> tuple[TimeRange, ...]:
        """The working hours of that calendar day: none on leave or on a holiday."""
        if self.on_leave(day) or self.holiday(day) is not None:
            return ()
        return self.days[day.weekday()]


@dataclass(frozen=True)
class DatedSchedule:
    """A version of the schedule and the day from which it is in force."""

    effective_from: date
    schedule: WeeklySchedule


class ScheduleLookup(Protocol):
    def at(self, day: date) -> WeeklySchedule | None: ...


class ScheduleHistory:
    """All versions of the schedule, read once (for judging many entries quickly)."""

    def __init__(self, versions: Iterable[DatedSchedule] = ()) -> None:
        self.versions = tuple(sorted(versions, key=lambda version: version.effective_from))
        self._dates = [version.effective_from for version in self.versions]

    @classmethod
    def load(cls, session: sa.Session) -> ScheduleHistory:
        rows = session.execute(sa.select(models.ScheduleVersion.effective_from, models.ScheduleVersion.spec))
        return cls(DatedSchedule(date.fromisoformat(day), schedule_from_json(spec)) for day, spec in rows)

    def at(self, day: date) -> WeeklySchedule | None:
        """The version in force on ``day``; None before the first version."""
        index = bisect.bisect_right(self._dates, day) - 1
        return self.versions[index].schedule if index >= 0 else None

    def __bool__(self) -> bool:
        return bool(self.versions)


class ScheduleStore:
    """The history of the worker's schedule, stored inside the journal."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def set(self, schedule: WeeklySchedule, effective_from: date) -> int:
        """Put ``schedule`` in force from ``effective_from`` (replacing a version of that very
        day), keeping the earlier versions for the entries before it. Then re-evaluates the
        off-hours flag of every entry not set by hand; returns how many flags changed.

        The first version applies from its own date only: give the day the person started
        working under it, so that the entries since then are judged."""
        day = _plain_date(effective_from)
        with self._database.session() as session:
            version = session.scalar(sa.select(models.ScheduleVersion).where(models.ScheduleVersion.effective_from == day.isoformat()))
            if version is None:
                version = models.ScheduleVersion(effective_from=day.isoformat())
                session.add(version)
            version.spec = schedule_to_json(schedule)
            session.flush()
            session.info.pop(_HISTORY_KEY, None)
            return reevaluate_entries(session)

    def remove(self, effective_from: date) -> int:
        """Delete the version in force from that day (a mistake); the one before takes over.
        Returns how many off-hours flags changed."""
        day = _plain_date(effective_from)
        with self._database.session() as session:
            version = session.scalar(sa.select(models.ScheduleVersion).where(models.ScheduleVersion.effective_from == day.isoformat()))
            if version is None:
                raise InvalidInput(f"no schedule starts on {day.isoformat()}")
            session.delete(version)
            session.flush()
            session.info.pop(_HISTORY_KEY, None)
            return reevaluate_entries(session)

    def snapshot(self) -> ScheduleHistory:
        with self._database.session() as session:
            return ScheduleHistory.load(session)

    def history(self) -> list[DatedSchedule]:
        """Every version, oldest first."""
        return list(self.snapshot().versions)

    def at(self, day: date) -> WeeklySchedule | None:
        return self.snapshot().at(day)

    def current(self) -> WeeklySchedule | None:
        """The version in force today (local date)."""
        return self.at(date.today())

    def reevaluate(self, entry_ids: Collection[int] | None = None) -> int:
        with self._database.session() as session:
            return reevaluate_entries(session, entry_ids=entry_ids)


# ----- judging entries


def is_off_hours(
    occurred_at: datetime, duration_minutes: int | None, schedules: WeeklySchedule | ScheduleLookup | None
) -> bool | None:
    """Whether a contact at ``occurred_at`` (timezone-aware: its own UTC offset gives the local
    wall-clock time) lasting ``duration_minutes`` is off-hours; None when no schedule was in
    force that day (unknown: the flag is left as it is). See the module's docstring for the rule.

    ``schedules`` may be a ``ScheduleStore`` only outside an open session (it opens its own);
    inside one, use ``automatic_off_hours`` or a ``ScheduleHistory``."""
    if occurred_at.tzinfo is None:
        raise InvalidInput("the date and time need a time zone")
    if schedules is None:
        return None
    lookup = _FixedSchedule(schedules) if isinstance(schedules, WeeklySchedule) else schedules
    return _judge(occurred_at.replace(tzinfo=None), duration_minutes, _DayRanges(lookup))


def counts_as_contact(kind: str, channel: str | None) -> bool:
    """Whether an entry is a contact, whose date is when it happened (see the module's docstring)."""
    return kind == "contact" or channel is not None


def _is_contact() -> Any:
    """counts_as_contact, in SQL."""
    return sa.or_(models.Entry.kind == "contact", models.Entry.channel.is_not(None))


def automatic_off_hours(session: sa.Session, occurred_at: datetime, duration_minutes: int | None) -> bool | None:
    """The computed off-hours flag of an entry, inside an open session (for EntryStore); None
    when no schedule was in force that day. The history is read once per session (an import
    adds thousands of entries in one)."""
    history = session.info.get(_HISTORY_KEY)
    if history is None:
        history = session.info[_HISTORY_KEY] = ScheduleHistory.load(session)
    if not history:
        return None
    return is_off_hours(occurred_at, duration_minutes, history)


def reevaluate_entries(session: sa.Session, schedules: ScheduleHistory | ScheduleLookup | None = None,
                       entry_ids: Collection[int] | None = None) -> int:
    """Recompute ``off_hours`` for every entry whose flag was not set by hand (of ``entry_ids``
    only, when given: those a merge wrote); returns how many changed. ``schedules`` defaults to
    the history stored in the journal (read through ``session``). Entries before the first
    schedule version are left as they are."""
    if schedules is None or isinstance(schedules, ScheduleStore):
        schedules = ScheduleHistory.load(session)
    if isinstance(schedules, ScheduleHistory) and not schedules:
        return 0
    ranges = _DayRanges(schedules)
    # Raw text, not the UtcDateTime type: its strptime would cost most of the time here.
    rows = session.execute(
        sa.select(
            models.Entry.id, sa.type_coerce(models.Entry.occurred_at, sa.String), models.Entry.utc_offset_minutes,
            models.Entry.duration_minutes, models.Entry.off_hours,
        ).where(models.Entry.off_hours_by_hand.is_(False), _is_contact(), *_among(entry_ids))
    )
    changed: dict[bool, list[int]] = {True: [], False: []}
    for entry_id, occurred_text, offset_minutes, duration, stored in rows:
        local = datetime.fromisoformat(occurred_text.rstrip("Z")) + timedelta(minutes=offset_minutes)
        computed = _judge(local, duration, ranges)
        if computed is not None and computed != bool(stored):
            changed[computed].append(entry_id)
    # A few UPDATE ... WHERE id IN (...) statements: an ORM bulk update by primary key would
    # cost more than all of the rest.
    for value, ids in changed.items():
        for first in range(0, len(ids), _UPDATE_CHUNK):
            chunk = ids[first:first + _UPDATE_CHUNK]
            session.execute(sa.update(models.Entry).where(models.Entry.id.in_(chunk)).values(off_hours=value),
                            execution_options={"synchronize_session": False})
    # Reflections are never judged: a computed flag left from before is cleared in one statement.
    cleared = session.execute(
        sa.update(models.Entry).where(models.Entry.off_hours_by_hand.is_(False), models.Entry.off_hours.is_(True), ~_is_contact(),
                                      *_among(entry_ids))
        .values(off_hours=False), execution_options={"synchronize_session": False}).rowcount
    return len(changed[True]) + len(changed[False]) + (cleared or 0)


def _among(entry_ids: Collection[int] | None) -> tuple[Any, ...]:
    return () if entry_ids is None else (models.Entry.id.in_(sorted(entry_ids)),)


class _FixedSchedule:
    def __init__(self, schedule: WeeklySchedule) -> None:
        self._schedule = schedule

    def at(self, day: date) -> WeeklySchedule | None:
        return self._schedule


class _DayRanges:
    """Working ranges of each calendar day in seconds after its midnight (a night range ends
    past 86400), touching ranges merged, cached; and the working time around a day."""

    def __init__(self, lookup: ScheduleLookup) -> None:
        self._lookup = lookup
        self._cache: dict[date, tuple[tuple[int, int], ...] | None] = {}
        self._around: dict[date, tuple[tuple[int, int], ...] | None] = {}

    def __call__(self, day: date) -> tuple[tuple[int, int], ...] | None:
        try:
            return self._cache[day]
        except KeyError:
            pass
        schedule = self._lookup.at(day)
        result = None if schedule is None else _merged(schedule.working_ranges(day))
        self._cache[day] = result
        return result

    def around(self, day: date) -> tuple[tuple[int, int], ...] | None:
        """The working time seen from ``day`` (seconds after its midnight, merged): the night
        ranges of the day before (negative starts), the day's own ranges, and the next day's
        (past 86400). None when no schedule is in force on ``day``."""
        try:
            return self._around[day]
        except KeyError:
            pass
        own = self(day)
        result = None
        if own is not None:
            spans = [(start - _SECONDS_PER_DAY, end - _SECONDS_PER_DAY)
                     for start, end in self(day - timedelta(days=1)) or () if end > _SECONDS_PER_DAY]
            spans.extend(own)
            spans.extend((start + _SECONDS_PER_DAY, end + _SECONDS_PER_DAY)
                         for start, end in self(day + timedelta(days=1)) or ())
            result = _merged_seconds(spans)
        self._around[day] = result
        return result

    def within(self, day: date) -> tuple[tuple[int, int], ...] | None:
        """The working time inside the calendar day ``day`` (0 to 86400 seconds): its own
        ranges cut at midnight and the morning part of the day before's night ranges."""
        around = self.around(day)
        if around is None:
            return None
        return tuple((max(start, 0), min(end, _SECONDS_PER_DAY))
                     for start, end in around if start < _SECONDS_PER_DAY and end > 0)


def _merged(ranges: tuple[TimeRange, ...]) -> tuple[tuple[int, int], ...]:
    return _merged_seconds([(item.start * 60, item.end * 60) for item in ranges])


def _merged_seconds(spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


_SECONDS_PER_DAY = 24 * 3600
_GRACE_SECONDS = GRACE_MINUTES * 60


def _judge(local_start: datetime, duration_minutes: int | None, ranges: _DayRanges) -> bool | None:
    """The rule, on a naive local wall-clock start."""
    around = ranges.around(local_start.date())
    if around is None:
        return None
    second = local_start.hour * 3600 + local_start.minute * 60 + local_start.second
    for start, end in around:
        if start <= second < end:
            return (duration_minutes or 0) * 60 - (end - second) > _GRACE_SECONDS
    return True  # starts outside working hours (a day off, leave and holidays have none)


def day_ranges(schedules: ScheduleLookup) -> _DayRanges:
    """The working time of each day under ``schedules`` (a ``ScheduleHistory``), cached: for
    other modules that measure time against the schedule (metrics, the workload statement)."""
    return _DayRanges(schedules)


def has_night_ranges(history: ScheduleHistory) -> bool:
    """Whether any version of the schedule has a range crossing midnight."""
    return any(item.overnight for version in history.versions for ranges in version.schedule.days for item in ranges)


# ----- the text form


_CLOCK = re.compile(r"(\d{1,2})(?:[:h](\d{2})|h)", re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_spec(text: str) -> WeeklySchedule:
    """A schedule from its text form (see the module's docstring). Errors name the bad part."""
    parts = [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]
    if not parts:
        raise InvalidInput("the schedule is empty (write for example mon=08:30-12:30,13:30-17:00;tue=...)")
    hours: dict[str, tuple[TimeRange, ...]] = {}
    leave: list[LeavePeriod] = []
    added: list[date] = []
    removed: list[date] = []
    holiday_set: str | None = None
    for part in parts:
        key, equals, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        try:
            if not equals:
                raise InvalidInput("expected key=value")
            if key in WEEKDAYS:
                if key in hours:
                    raise InvalidInput(f"{key} is given twice")
                hours[key] = _parse_day(value)
            elif key in ("leave", "off"):
                leave.extend(_parse_leave(item) for item in _items(value))
            elif key == "holidays":
                if holiday_set is not None:
                    raise InvalidInput("holidays is given twice")
                if value.lower() not in HOLIDAY_SETS:
                    raise InvalidInput(f"holidays is {' or '.join(HOLIDAY_SETS)}, not {value!r}")
                holiday_set = value.lower()
            elif key == "holiday+":
                added.extend(_parse_date(item) for item in _items(value))
            elif key == "holiday-":
                removed.extend(_parse_date(item) for item in _items(value))
            else:
                raise InvalidInput(
                    f"unknown key {key!r} (use {', '.join(WEEKDAYS)}, leave, holidays, holiday+ or holiday-)"
                )
            if not (key in WEEKDAYS or key == "holidays" or value):
                raise InvalidInput("no value")
        except InvalidInput as exc:
            raise InvalidInput(f"in the schedule, {part!r}: {exc}") from None
    days = tuple(hours.get(name, ()) for name in WEEKDAYS)
    try:
        return WeeklySchedule(
            days=days, leave=tuple(leave), public_holidays=holiday_set != "none",
            holidays_added=tuple(added), holidays_removed=tuple(removed),
        )
    except InvalidInput as exc:
        raise InvalidInput(f"in the schedule: {exc}") from None


def format_spec(schedule: WeeklySchedule) -> str:
    """The text form of a schedule; ``parse_spec`` reads it back to an equal schedule."""
    parts = [f"{name}={','.join(str(r) for r in ranges) or 'off'}" for name, ranges in zip(WEEKDAYS, schedule.days)]
    if schedule.leave:
        parts.append("leave=" + ",".join(str(period) for period in schedule.leave))
    parts.append(f"holidays={'be' if schedule.public_holidays else 'none'}")
    if schedule.holidays_added:
        parts.append("holiday+=" + ",".join(day.isoformat() for day in schedule.holidays_added))
    if schedule.holidays_removed:
        parts.append("holiday-=" + ",".join(day.isoformat() for day in schedule.holidays_removed))
    return ";".join(parts)


def schedule_to_json(schedule: WeeklySchedule) -> str:
    """How a version is stored in the ``schedules`` table."""
    return json.dumps({
        "format": _SPEC_FORMAT,
        "days": {name: [str(r) for r in ranges] for name, ranges in zip(WEEKDAYS, schedule.days)},
        "leave": [[period.first.isoformat(), period.last.isoformat()] for period in schedule.leave],
        "public_holidays": "be" if schedule.public_holidays else "none",
        "holidays_added": [day.isoformat() for day in schedule.holidays_added],
        "holidays_removed": [day.isoformat() for day in schedule.holidays_removed],
    }, sort_keys=True)


def schedule_from_json(text: str) -> WeeklySchedule:
    data = json.loads(text)
    if data.get("format") != _SPEC_FORMAT:
        raise InvalidInput("this schedule was written by a newer version of Carnet")
    return WeeklySchedule.from_weekdays(
        data["days"],
        leave=tuple(LeavePeriod(date.fromisoformat(a), date.fromisoformat(b)) for a, b in data["leave"]),
        public_holidays=data["public_holidays"] == "be",
        holidays_added=tuple(date.fromisoformat(day) for day in data["holidays_added"]),
        holidays_removed=tuple(date.fromisoformat(day) for day in data["holidays_removed"]),
    )


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _parse_day(value: str) -> tuple[TimeRange, ...]:
    if value.lower() == "off":
        return ()
    items = _items(value)
    if not items:
        raise InvalidInput("no hours (write off for a day off)")
    return tuple(TimeRange.parse(item) for item in items)


def _parse_clock(text: str) -> int:
    text = text.strip()
    match = _CLOCK.fullmatch(text)
    if match is None:
        raise InvalidInput(f"{text!r} is not a time (write it as 08:30)")
    hours, minutes = int(match[1]), int(match[2] or 0)
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise InvalidInput(f"{text!r} is not a time of day")
    return hours * 60 + minutes


def _format_clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _parse_date(text: str) -> date:
    if not _DATE.fullmatch(text):
        raise InvalidInput(f"{text!r} is not a date (write it as 2026-12-24)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date of the calendar") from None


def _parse_leave(text: str) -> LeavePeriod:
    first, dots, last = text.partition("..")
    start = _parse_date(first.strip())
    return LeavePeriod(start, _parse_date(last.strip()) if dots else start)


def _plain_date(value: date) -> date:
    if isinstance(value, datetime):
        raise InvalidInput("a schedule starts on a day, not at a time")
    return value


__all__ = [
    "ADDED_HOLIDAY", "GRACE_MINUTES", "WEEKDAYS", "DatedSchedule", "LeavePeriod", "ScheduleHistory",
    "ScheduleLookup", "ScheduleStore", "TimeRange", "WeeklySchedule", "automatic_off_hours", "counts_as_contact",
    "day_ranges", "format_spec", "has_night_ranges", "is_off_hours", "parse_spec", "reevaluate_entries",
    "schedule_from_json", "schedule_to_json",
]
