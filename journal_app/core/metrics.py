"""Workload, measured from the journal: figures per ISO week and per calendar month.

Every figure is computed from the worker's own entries, in the local wall-clock time where
each entry was written (its stored UTC offset): an entry at Sunday 23:59 belongs to that ISO
week, one at Monday 00:00 to the next; the 31st at 23:59 to its month, the 1st at 00:00 to the
next. A *contact* is an entry of kind ``contact``, or any entry with a channel (as in limits.py).

The figures (``KEYS``, in display order; the UI translates them by ``key``):

- ``contacts``: contacts in the period.
- ``off_hours_contacts``: contacts flagged off-hours (computed from the schedule, or set by hand).
- ``off_hours_minutes``: the sum of the durations of those contacts (no duration counts 0).
- ``out_of_frame``: entries flagged out-of-frame (acts beyond the mandate or the rules).
- ``private_contacts``: contacts flagged private (kept from the team).
- ``weight_average`` / ``weight_peak``: the mean (one decimal) and the highest emotional weight
  of the entries that have one; None when none has.
- ``for_supervision``: entries marked to bring to supervision.
- ``open_dilemmas``: dilemmas open at the end of the period (opened before it ended, and whose
  status at that moment, from their status history, was neither settled nor living with it).
- ``open_dilemmas_oldest_days`` / ``open_dilemmas_average_days``: the age of those dilemmas on
  the period's last day, in days since the local day they were opened (oldest; mean, one
  decimal); None when no dilemma was open.
- ``limits_crossed``: the crossings ``LimitStore.crossings(first day, last day)`` gives for
  the period (a weekly or monthly count that overlaps the period is counted whole, as there).
- ``beyond_schedule_minutes``: time logged beyond the schedule. The rule: *for every entry
  with a duration, the minutes from its local start to its end that fall outside the working
  ranges of the schedule in force on each day it covers (no grace period; a day off, leave
  or a holiday has no working range), counted in the period of the day the entry started;
  days before the first schedule version count nothing.* None when no schedule was in force
  on any day of the period.

Speed: the figures of any number of periods come from one aggregate query grouped by local
day (rolled up into weeks or months in Python; the time beyond the schedule is computed in the
same scan from the weekday ranges of each schedule version, see ``_outside_sql``), one
``LimitStore.crossings`` call over the whole span and two small queries on the dilemmas; five years of a 50,000-entry journal take well under 200 ms (tests/core/test_metrics.py
measures it). The entries behind a figure are fetched on demand (``entries_behind``).
"""

from __future__ import annotations

import bisect
import json
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput
from journal_app.core.limits import Crossing, LimitStore
from journal_app.core.schedule import ScheduleHistory, day_ranges, has_night_ranges

PeriodKind = Literal["week", "month"]

KEYS = (
    "contacts", "off_hours_contacts", "off_hours_minutes", "out_of_frame", "private_contacts",
    "weight_average", "weight_peak", "for_supervision", "open_dilemmas", "open_dilemmas_oldest_days",
    "open_dilemmas_average_days", "limits_crossed", "beyond_schedule_minutes",
)

UNITS = {
    "contacts": "contacts", "off_hours_contacts": "contacts", "off_hours_minutes": "minutes",
    "out_of_frame": "entries", "private_contacts": "contacts", "weight_average": "weight",
    "weight_peak": "weight", "for_supervision": "entries", "open_dilemmas": "dilemmas",
    "open_dilemmas_oldest_days": "days", "open_dilemmas_average_days": "days",
    "limits_crossed": "crossings", "beyond_schedule_minutes": "minutes",
}

# How each figure is computed, in plain English ({period} is "2026-W47" or "2026-11"). The UI
# shows its own translation, found by the figure's key.
EXPLANATIONS = {
    "contacts": "The number of contacts (entries of kind contact, or with a channel) in {period}, "
                "by the local time of each entry.",
    "off_hours_contacts": "The number of contacts in {period} flagged off-hours (worked out from your "
                          "working hours, or set by hand).",
    "off_hours_minutes": "The sum of the durations of the contacts in {period} flagged off-hours "
                         "(a contact without a duration counts 0 minutes).",
    "out_of_frame": "The number of entries in {period} flagged out-of-frame.",
    "private_contacts": "The number of contacts in {period} flagged private.",
    "weight_average": "The mean emotional weight (0 to 10) of the entries in {period} that have one, "
                      "to one decimal.",
    "weight_peak": "The highest emotional weight (0 to 10) among the entries in {period}.",
    "for_supervision": "The number of entries in {period} marked to bring to supervision.",
    "open_dilemmas": "The number of dilemmas still open at the end of {period}: opened before it "
                     "ended, and neither settled nor lived with at that moment.",
    "open_dilemmas_oldest_days": "The age, on the last day of {period}, of the oldest dilemma still "
                                 "open then, in days since the day it was opened.",
    "open_dilemmas_average_days": "The mean age, on the last day of {period}, of the dilemmas still "
                                  "open then, in days since the day each was opened, to one decimal.",
    "limits_crossed": "The number of times your own limits were crossed in {period}: each contact "
                      "that crossed a limit, each week or month counted over its limit, each "
                      "crossing ticked by hand.",
    "beyond_schedule_minutes": "The minutes of the entries started in {period} that fall outside "
                               "the working hours of the schedule in force on each day they cover "
                               "(days off, leave and holidays have none; days before your first "
                               "schedule count nothing).",
}

_SECONDS_PER_DAY = 86_400
USUAL_LEVEL_MIN_WEEKS = 4
"""A usual level is the worker's own: it needs this many weeks of writing (from the week of
the first entry) before the week it is compared with; until then it is not known."""
# The entry's local wall-clock time in whole seconds since 0001-01-01 00:00 (ordinal day 1, a
# Monday): the day number is ``seconds // 86400`` (date.fromordinal(day + 1)), and the Monday
# of its week ``day - day % 7``. Fractions of a second are cut off (see limits.py).
_LOCAL_SECONDS = (
    "(CAST(round((julianday(substr(e.occurred_at, 1, 19)) - 1721425.5) * 86400.0) AS INTEGER)"
    " + e.utc_offset_minutes * 60)"
)
_CONTACT = "(e.kind = 'contact' OR e.channel IS NOT NULL)"
_INDEX_DAYS = 400  # past this span, scanning the table beats walking the date index
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_CLOSED = ("settled", "living_with")

# The rows behind each entry-counted figure.
_ENTRY_CONDITIONS = {
    "contacts": _CONTACT,
    "off_hours_contacts": f"{_CONTACT} AND e.off_hours",
    "off_hours_minutes": f"{_CONTACT} AND e.off_hours",
    "out_of_frame": "e.out_of_frame",
    "private_contacts": f"{_CONTACT} AND e.private",
    "weight_average": "e.emotional_weight IS NOT NULL",
    "for_supervision": "e.for_supervision",
}


# ----- records


@dataclass(frozen=True, order=True)
class Period:
    """An ISO week ("2026-W47", Monday to Sunday) or a calendar month ("2026-11"), in local days."""

    first: date
    last: date
    kind: PeriodKind
    name: str

    @classmethod
    def week(cls, name_or_day: str | date) -> Period:
        if isinstance(name_or_day, str):
            match = _WEEK.fullmatch(name_or_day.strip())
            if match is None:
                raise InvalidInput(f"{name_or_day!r} is not an ISO week (write it as 2026-W47)")
            try:
                monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            except ValueError:
                raise InvalidInput(f"{name_or_day!r} is not a week of the calendar") from None
        else:
            monday = name_or_day - timedelta(days=name_or_day.weekday())
        year, week, _ = monday.isocalendar()
        return cls(monday, monday + timedelta(days=6), "week", f"{year:04d}-W{week:02d}")

    @classmethod
    def month(cls, name_or_day: str | date) -> Period:
        if isinstance(name_or_day, str):
            match = _MONTH.fullmatch(name_or_day.strip())
            if match is None or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1:
                raise InvalidInput(f"{name_or_day!r} is not a month (write it as 2026-11)")
            first = date(int(match[1]), int(match[2]), 1)
        else:
            first = name_or_day.replace(day=1)
        following = (first + timedelta(days=31)).replace(day=1)
        return cls(first, following - timedelta(days=1), "month", f"{first.year:04d}-{first.month:02d}")

    @classmethod
    def of(cls, kind: PeriodKind, day: date) -> Period:
        if kind == "week":
            return cls.week(day)
        if kind == "month":
            return cls.month(day)
        raise InvalidInput(f"a period is a week or a month, not {kind!r}")

    def previous(self) -> Period:
        return Period.of(self.kind, self.first - timedelta(days=1))

    def next(self) -> Period:
        return Period.of(self.kind, self.last + timedelta(days=1))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


@dataclass(frozen=True)
class Figure:
    """One workload figure of one period. ``value`` is None when it cannot be known (no
    weight given, no dilemma open, no schedule in force). ``entries`` holds the uuids of the
    entries behind it in time order, or None when they were not asked for (see
    ``WorkloadMetrics.entries_behind``); ``dilemmas`` the uuids of the dilemmas behind a
    dilemma figure."""

    key: str
    value: int | float | None
    unit: str
    explanation: str
    entries: tuple[str, ...] | None = None
    dilemmas: tuple[str, ...] = ()


@dataclass(frozen=True)
class PeriodFigures:
    """Every figure of one period, in the order of ``KEYS``."""

    period: Period
    figures: tuple[Figure, ...]

    def __getitem__(self, key: str) -> Figure:
        for figure in self.figures:
            if figure.key == key:
                return figure
        raise KeyError(key)

    def value(self, key: str) -> int | float | None:
        return self[key].value

    def as_dict(self) -> dict[str, int | float | None]:
        return {figure.key: figure.value for figure in self.figures}


# ----- the computation


class _Totals:
    """What the aggregate query gives, summed over the days of one period."""

    __slots__ = ("contacts", "off_hours_contacts", "off_hours_minutes", "out_of_frame", "private_contacts",
                 "weight_sum", "weight_count", "weight_peak", "for_supervision")

    def __init__(self) -> None:
        self.contacts = self.off_hours_contacts = self.off_hours_minutes = self.out_of_frame = 0
        self.private_contacts = self.weight_sum = self.weight_count = self.for_supervision = 0
        self.weight_peak: int | None = None

    def add(self, row: Sequence[Any]) -> None:
        self.contacts += row[1] or 0
        self.off_hours_contacts += row[2] or 0
        self.off_hours_minutes += row[3] or 0
        self.out_of_frame += row[4] or 0
        self.private_contacts += row[5] or 0
        self.weight_sum += row[6] or 0
        self.weight_count += row[7] or 0
        if row[8] is not None and (self.weight_peak is None or row[8] > self.weight_peak):
            self.weight_peak = row[8]
        self.for_supervision += row[9] or 0


class WorkloadMetrics:
    """The workload figures of a journal, per ISO week or calendar month (read-only)."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # --- figures

    def week(self, iso_week: str, *, with_entries: bool = False) -> PeriodFigures:
        """Every figure of an ISO week ("2026-W47")."""
        return self.period(Period.week(iso_week), with_entries=with_entries)

    def month(self, month: str, *, with_entries: bool = False) -> PeriodFigures:
        """Every figure of a calendar month ("2026-11")."""
        return self.period(Period.month(month), with_entries=with_entries)

    def period(self, period: Period, *, with_entries: bool = False) -> PeriodFigures:
        (result,) = self.figures_of([period])
        if with_entries:
            result = PeriodFigures(period, tuple(
                replace(figure, entries=self.entries_behind(figure.key, period)) for figure in result.figures
            ))
        return result

    def series(self, kind: PeriodKind = "week", count: int = 12, until: date | None = None) -> list[PeriodFigures]:
        """The last ``count`` weeks or months, oldest first, the last one holding ``until``
        (default: today)."""
        if count < 1:
            return []
        periods = [Period.of(kind, until or date.today())]
        while len(periods) < count:
            periods.append(periods[-1].previous())
        return self.figures_of(periods[::-1])

    def usual_level(self, key: str, until: date | None = None, months: int = 6) -> float | None:
        """The worker's own usual level of a figure: the median of its weekly values over the
        ``months`` months before the week of ``until`` (default today): the ISO weeks from the
        one holding the same day ``months`` months earlier up to the week before ``until``'s.
        Weeks before the journal's first entry, and weeks where the value is unknown (None),
        are left out; None when no week is left."""
        if key not in KEYS:
            raise InvalidInput(f"unknown figure: {key}")
        return self.usual_levels(until, months)[key]

    def usual_levels(self, until: date | None = None, months: int = 6) -> dict[str, float | None]:
        """``usual_level`` of every figure, from one computation of the weeks (a view showing
        all figures pays once, not once per figure)."""
        last_day = until or date.today()
        current = Period.week(last_day)
        periods = []
        week = Period.week(_months_before(last_day, months))
        while week.first < current.first:
            periods.append(week)
            week = week.next()
        first_day = self._first_entry_day() if periods else None
        periods = [p for p in periods if first_day is not None and p.last >= first_day]
        if self._weeks_since(first_day, last_day) < USUAL_LEVEL_MIN_WEEKS:
            periods = []  # a week or two of writing is no history to compare with
        figures = self.figures_of(periods)
        levels: dict[str, float | None] = {}
        for key in KEYS:
            known = [value for value in (f.value(key) for f in figures) if value is not None]
            levels[key] = float(statistics.median(known)) if known else None
        return levels

    def weeks_of_writing(self, until: date | None = None) -> int:
        """How many weeks, from the week of the first entry to the week before ``until``'s
        (default today), the worker has been writing: what a usual level is made of."""
        return self._weeks_since(self._first_entry_day(), until or date.today())

    def weeks_until_usual(self, until: date | None = None) -> int:
        """How many more weeks of writing before a usual level is known (0: it is known)."""
        return max(0, USUAL_LEVEL_MIN_WEEKS - self.weeks_of_writing(until))

    @staticmethod
    def _weeks_since(first_day: date | None, until: date) -> int:
        if first_day is None:
            return 0
        return max(0, (Period.week(until).first - Period.week(first_day).first).days // 7)

    def figures_of(self, periods: Iterable[Period]) -> list[PeriodFigures]:
        """Every figure of each period, in the order given (any mix of weeks and months)."""
        periods = list(periods)
        if not periods:
            return []
        since = min(p.first for p in periods)
        until = max(p.last for p in periods)
        with self._database.session() as session:
            history = ScheduleHistory.load(session)
            days, beyond = self._day_rows(session, history, since, until)
            dilemmas = _dilemma_states(session)
        crossed_in = _count_overlaps(periods, LimitStore(self._database).crossings(since, until))
        day_numbers = [row[0] for row in days]
        result = []
        for period in periods:
            low, high = _day_number(period.first), _day_number(period.last)
            totals = _Totals()
            for row in days[bisect.bisect_left(day_numbers, low):bisect.bisect_right(day_numbers, high)]:
                totals.add(row)
            crossed = crossed_in[(period.kind, period.first)]
            beyond_value = None
            if history and _schedule_known(history, period):
                beyond_value = round(sum(beyond.get(day, 0) for day in range(low, high + 1)) / 60)
            result.append(self._assemble(period, totals, crossed, beyond_value, _open_at(dilemmas, period)))
        return result

    # --- entries behind

    def entries_behind(self, key: str, period: Period | str) -> tuple[str, ...]:
        """The uuids of the entries behind one figure of one period, in time order: the
        entries counted (for the weight: those with a weight; for the peak: those at the
        peak; for time beyond the schedule: those with some minutes outside it), the entries
        linked to the open dilemmas (the oldest one's for ``open_dilemmas_oldest_days``), or
        the entries of the limits' crossings. ``period`` may be a name ("2026-W47", "2026-11")."""
        if isinstance(period, str):
            period = Period.week(period) if "W" in period.upper() else Period.month(period)
        if key not in KEYS:
            raise InvalidInput(f"unknown figure: {key}")
        with self._database.session() as session:
            if key in _ENTRY_CONDITIONS:
                return tuple(row[0] for row in _period_rows(session, period, _ENTRY_CONDITIONS[key], "e.uuid"))
            if key == "weight_peak":
                condition = (
                    "e.emotional_weight IS NOT NULL AND e.emotional_weight = (SELECT max(emotional_weight) FROM "
                    f"(SELECT e.emotional_weight AS emotional_weight, {_LOCAL_SECONDS} / {_SECONDS_PER_DAY} AS day"
                    f" FROM entries AS e WHERE e.emotional_weight IS NOT NULL AND {_utc_range_sql(period)} LIMIT -1)"
                    f" WHERE day BETWEEN {_day_number(period.first)} AND {_day_number(period.last)})"
                )
                return tuple(row[0] for row in _period_rows(session, period, condition, "e.uuid"))
            if key == "beyond_schedule_minutes":
                history = ScheduleHistory.load(session)
                if not history:
                    return ()
                ranges = _DayRanges(history)
                rows = _period_rows(session, period, "e.duration_minutes > 0", "e.uuid, e.duration_minutes")
                return tuple(uuid for uuid, secs, duration in ((r[0], r[-1], r[1]) for r in rows)
                             if _outside_seconds(secs, duration, ranges) > 0)
            if key.startswith("open_dilemmas"):
                open_now = _open_at(_dilemma_states(session), period)
                if key == "open_dilemmas_oldest_days" and open_now:
                    oldest = min(opened for _, _, opened in open_now)
                    open_now = [item for item in open_now if item[2] == oldest]
                return _linked_entries(session, [dilemma_id for dilemma_id, _, _ in open_now])
        # limits_crossed
        seen: dict[str, None] = {}
        for crossing in self._crossings_of(period):
            for uuid in crossing.entries:
                seen.setdefault(uuid)
        if not seen:
            return ()
        with self._database.session() as session:
            order = dict(_driver(session).execute(
                f"SELECT e.uuid, {_LOCAL_SECONDS} FROM entries AS e WHERE e.uuid IN "
                f"(SELECT value FROM json_each(?))", (_json_list(seen),)
            ).fetchall())
        return tuple(sorted(seen, key=lambda uuid: (order.get(uuid, 0), uuid)))

    # --- internals

    def _crossings_of(self, period: Period) -> list[Crossing]:
        return LimitStore(self._database).crossings(period.first, period.last)

    def _first_entry_day(self) -> date | None:
        """The local day of the journal's first entry (the earliest local time is within a
        day of the earliest UTC time)."""
        with self._database.session() as session:
            row = _driver(session).execute(
                f"SELECT min(secs) FROM (SELECT {_LOCAL_SECONDS} AS secs FROM entries AS e"
                " WHERE e.occurred_at < (SELECT date(min(occurred_at), '+2 days') FROM entries) LIMIT -1)"
            ).fetchone()
        if row is None or row[0] is None:
            return None
        return date.fromordinal(row[0] // _SECONDS_PER_DAY + 1)

    @staticmethod
    def _day_rows(session: sa.Session, history: ScheduleHistory, since: date,
                  until: date) -> tuple[list[tuple[Any, ...]], dict[int, int]]:
        """Per local day with entries: (day number, contacts, off-hours contacts, their minutes,
        out-of-frame, private contacts, weight sum, weights given, peak weight, for supervision),
        and the seconds beyond the schedule per local day number (of the entries' starts).

        One scan: the local time is computed once per row (innermost layer; LIMIT -1 keeps
        SQLite from flattening the layers); the time beyond the schedule of an entry within
        one day is computed in SQL from the ranges of its weekday (``_outside_sql``); the few
        entries that run past midnight come back as text and are judged in Python."""
        low, high = _day_number(since), _day_number(until)
        outside = _outside_sql(history, since, until) if history else "0"
        # Night ranges reach into the next day: every entry with a duration is judged in Python.
        within_day = "0" if history and has_night_ranges(history) else f"tod + du * 60 <= {_SECONDS_PER_DAY}"
        query = (
            "SELECT day, sum(contact), sum(contact AND off_hours),"
            " sum(CASE WHEN contact AND off_hours THEN coalesce(du, 0) ELSE 0 END),"
            " sum(out_of_frame), sum(contact AND private), sum(emotional_weight), count(emotional_weight),"
            " max(emotional_weight), sum(for_supervision),"
            f" sum(CASE WHEN du > 0 AND {within_day} THEN {outside} END),"
            f" group_concat(CASE WHEN du > 0 AND NOT ({within_day}) THEN tod || ',' || du END, ';')"
            " FROM (SELECT secs / 86400 AS day, secs % 86400 AS tod, contact, off_hours, du, out_of_frame,"
            " private, emotional_weight, for_supervision FROM ("
            f"SELECT {_LOCAL_SECONDS} AS secs, {_CONTACT} AS contact, e.off_hours AS off_hours,"
            " e.duration_minutes AS du, e.out_of_frame AS out_of_frame, e.private AS private,"
            " e.emotional_weight AS emotional_weight, e.for_supervision AS for_supervision"
            f" FROM entries AS e WHERE {_utc_range_sql_days(since, until)} LIMIT -1)"
            f" WHERE secs >= {low * _SECONDS_PER_DAY} AND secs < {(high + 1) * _SECONDS_PER_DAY} LIMIT -1)"
            " GROUP BY day ORDER BY day"
        )
        rows = _driver(session).execute(query).fetchall()
        beyond: dict[int, int] = {}
        if history:
            ranges = _DayRanges(history)
            for row in rows:
                seconds = row[10] or 0
                if row[11]:
                    for item in row[11].split(";"):
                        tod, duration = item.split(",")
                        seconds += _outside_seconds(row[0] * _SECONDS_PER_DAY + int(tod), int(duration), ranges)
                if seconds:
                    beyond[row[0]] = seconds
        return rows, beyond

    @staticmethod
    def _assemble(period: Period, totals: _Totals, crossed: int, beyond: int | None,
                  open_now: list[tuple[int, str, date]]) -> PeriodFigures:
        ages = [(period.last - opened).days for _, _, opened in open_now]
        dilemma_uuids = tuple(uuid for _, uuid, _ in open_now)
        values: dict[str, int | float | None] = {
            "contacts": totals.contacts,
            "off_hours_contacts": totals.off_hours_contacts,
            "off_hours_minutes": totals.off_hours_minutes,
            "out_of_frame": totals.out_of_frame,
            "private_contacts": totals.private_contacts,
            "weight_average": round(totals.weight_sum / totals.weight_count, 1) if totals.weight_count else None,
            "weight_peak": totals.weight_peak,
            "for_supervision": totals.for_supervision,
            "open_dilemmas": len(open_now),
            "open_dilemmas_oldest_days": max(ages) if ages else None,
            "open_dilemmas_average_days": round(sum(ages) / len(ages), 1) if ages else None,
            "limits_crossed": crossed,
            "beyond_schedule_minutes": beyond,
        }
        oldest = tuple(uuid for (_, uuid, _), age in zip(open_now, ages) if age == max(ages)) if ages else ()
        figures = []
        for key in KEYS:
            dilemmas = dilemma_uuids if key in ("open_dilemmas", "open_dilemmas_average_days") else (
                oldest if key == "open_dilemmas_oldest_days" else ())
            figures.append(Figure(key, values[key], UNITS[key], EXPLANATIONS[key].format(period=period.name),
                                  dilemmas=dilemmas))
        return PeriodFigures(period, tuple(figures))


# ----- the schedule rule


class _DayRanges:
    """Working time inside each local day number (seconds after midnight, touching ranges
    merged, the morning part of the day before's night ranges included); None before the
    first schedule version."""

    def __init__(self, history: ScheduleHistory) -> None:
        self._ranges = day_ranges(history)
        self._cache: dict[int, tuple[tuple[int, int], ...] | None] = {}

    def __call__(self, day: int) -> tuple[tuple[int, int], ...] | None:
        try:
            return self._cache[day]
        except KeyError:
            result = self._cache[day] = self._ranges.within(date.fromordinal(day + 1))
            return result


def _outside_seconds(start: int, duration_minutes: int, ranges_of: _DayRanges) -> int:
    """Seconds of [start, start + duration) (local seconds) outside the working ranges of each
    day it covers; a day without a schedule in force counts nothing."""
    end = start + duration_minutes * 60
    day, second = divmod(start, _SECONDS_PER_DAY)
    ranges = ranges_of(day)
    if ranges is not None:
        finish = second + duration_minutes * 60
        for range_start, range_end in ranges:  # the usual case: wholly within one range
            if range_start <= second and finish <= range_end:
                return 0
    outside = 0
    while True:
        day_start = day * _SECONDS_PER_DAY
        if day_start >= end:
            break
        low, high = max(start, day_start) - day_start, min(end, day_start + _SECONDS_PER_DAY) - day_start
        ranges = ranges_of(day)
        if ranges is not None:
            inside = 0
            for range_start, range_end in ranges:
                if range_start < high and range_end > low:
                    inside += min(high, range_end) - max(low, range_start)
            outside += high - low - inside
        day += 1
    return outside


def _outside_sql(history: ScheduleHistory, since: date, until: date) -> str:
    """An SQL expression of ``day`` (local day number), ``tod`` (local second of the day) and
    ``du`` (minutes) giving the seconds of an entry within one day outside the working ranges
    of the schedule in force that day: the weekday's ranges of each version, and the days off
    of leave and holidays listed (0 before the first version)."""
    end = "(tod + du * 60)"

    def outside_of(ranges: Sequence[tuple[int, int]]) -> str:
        if not ranges:
            return "(du * 60)"
        # Most entries lie within one range: plain comparisons settle them.
        within = " ".join(f"WHEN tod >= {start} AND {end} <= {stop} THEN 0" for start, stop in ranges)
        inside = " + ".join(f"max(0, min({end}, {stop}) - max(tod, {start}))" for start, stop in ranges)
        return f"(CASE {within} ELSE du * 60 - ({inside}) END)"

    cases, off_days = [], []
    versions = history.versions
    for index in range(len(versions) - 1, -1, -1):
        version = versions[index]
        first = version.effective_from
        last = versions[index + 1].effective_from - timedelta(days=1) if index + 1 < len(versions) else until
        if last < since or first > until:
            continue
        weekdays = [tuple((r.start * 60, r.end * 60) for r in _merged_ranges(day)) for day in version.schedule.days]
        day = max(first, since)
        while day <= min(last, until):
            if weekdays[day.weekday()] and not version.schedule.working_ranges(day):
                off_days.append(_day_number(day))
            day += timedelta(days=1)
        by_weekday = " ".join(f"WHEN {n} THEN {outside_of(ranges)}" for n, ranges in enumerate(weekdays))
        cases.append(f"WHEN day >= {_day_number(first)} THEN CASE day % 7 {by_weekday} END")
    if not cases:
        return "0"
    days_off = f"WHEN day IN ({','.join(map(str, off_days))}) THEN du * 60 " if off_days else ""
    return f"(CASE {days_off}{' '.join(cases)} ELSE 0 END)"


def _merged_ranges(ranges: Sequence[Any]) -> list[Any]:
    """Touching ranges of one weekday merged (they are sorted and never overlap)."""
    merged: list[Any] = []
    for item in ranges:
        if merged and item.start <= merged[-1].end:
            merged[-1] = type(item)(merged[-1].start, max(merged[-1].end, item.end))
        else:
            merged.append(item)
    return merged


def _count_overlaps(periods: list[Period], crossings: list[Crossing]) -> dict[tuple[str, date], int]:
    """How many crossings overlap each period, by (kind, first day): periods of one kind never
    overlap, so each crossing's periods are found by bisection."""
    spans: dict[tuple[date, date], int] = defaultdict(int)
    for crossing in crossings:
        spans[(crossing.first_day, crossing.last_day)] += 1
    counts: dict[tuple[str, date], int] = defaultdict(int)
    for kind in {period.kind for period in periods}:
        ordered = sorted({period for period in periods if period.kind == kind})
        firsts = [period.first for period in ordered]
        for (first, last), number in spans.items():
            index = bisect.bisect_right(firsts, last) - 1
            while index >= 0 and ordered[index].last >= first:
                counts[(kind, ordered[index].first)] += number
                index -= 1
    return counts


def _schedule_known(history: ScheduleHistory, period: Period) -> bool:
    """Whether a schedule was in force on at least one day of the period (on its last day,
    since versions only start, never end)."""
    return history.at(period.last) is not None


# ----- dilemmas


def _dilemma_states(session: sa.Session) -> list[tuple[int, str, datetime, date, list[tuple[datetime, str]]]]:
    """(id, uuid, opened at, local day opened, status history oldest first) of every dilemma."""
    changes: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for dilemma_id, changed_at, status in session.execute(
        sa.select(models.DilemmaStatusChange.dilemma_id, models.DilemmaStatusChange.changed_at, models.DilemmaStatusChange.status)
        .order_by(models.DilemmaStatusChange.changed_at, models.DilemmaStatusChange.id)
    ):
        changes[dilemma_id].append((changed_at, status))
    return [
        (dilemma_id, uuid, opened_at, opened_at.astimezone().date(), changes.get(dilemma_id, [(opened_at, status)]))
        for dilemma_id, uuid, opened_at, status in session.execute(
            sa.select(models.Dilemma.id, models.Dilemma.uuid, models.Dilemma.opened_at, models.Dilemma.status)
            .order_by(models.Dilemma.opened_at, models.Dilemma.id)
        )
    ]


def _open_at(states: list[tuple[int, str, datetime, date, list[tuple[datetime, str]]]],
             period: Period) -> list[tuple[int, str, date]]:
    """(id, uuid, local day opened) of the dilemmas open at the end of the period (local
    midnight after its last day)."""
    end = datetime.combine(period.last + timedelta(days=1), time.min).astimezone()
    found = []
    for dilemma_id, uuid, opened_at, opened_day, history in states:
        if opened_at >= end:
            continue
        index = bisect.bisect_left(history, end, key=_first)
        # Before any change (a change dated after the opening): its first status.
        status = history[index - 1][1] if index else history[0][1]
        if status not in _CLOSED:
            found.append((dilemma_id, uuid, opened_day))
    return found


def _first(item: tuple[datetime, str]) -> datetime:
    return item[0]


def _linked_entries(session: sa.Session, dilemma_ids: list[int]) -> tuple[str, ...]:
    if not dilemma_ids:
        return ()
    rows = _driver(session).execute(
        f"SELECT DISTINCT e.uuid, {_LOCAL_SECONDS} AS secs FROM entries AS e"
        f" JOIN {models.dilemma_entries.name} AS d ON d.entry_id = e.id"
        f" WHERE d.dilemma_id IN (SELECT value FROM json_each(?)) ORDER BY secs, e.uuid",
        (_json_list(dilemma_ids),),
    ).fetchall()
    return tuple(row[0] for row in rows)


# ----- SQL helpers


def _day_number(day: date) -> int:
    return day.toordinal() - 1


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    first = date(year, month + 1, 1)
    last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    return first.replace(day=min(day.day, last.day))


def _utc_range_sql_days(since: date, until: date) -> str:
    """A WHERE clause on the stored UTC text holding every entry whose local day is in
    [since, until] (UTC offsets run from -12:00 to +14:00); the exact test is on the local day.
    Dates are inlined (ISO text, no quotes needed inside)."""
    column = "e.occurred_at" if (until - since).days <= _INDEX_DAYS else "+e.occurred_at"
    return (f"{column} >= '{(since - timedelta(days=1)).isoformat()}'"
            f" AND {column} < '{(until + timedelta(days=2)).isoformat()}'")


def _utc_range_sql(period: Period) -> str:
    return _utc_range_sql_days(period.first, period.last)


def _period_rows(session: sa.Session, period: Period, condition: str, columns: str) -> list[tuple[Any, ...]]:
    """``columns`` (then the local seconds) of the entries of the period meeting ``condition``,
    in time order."""
    low, high = _day_number(period.first), _day_number(period.last)
    names = [f"c{index}" for index, _ in enumerate(columns.split(","))]
    selected = ", ".join(f"{column.strip()} AS {name}" for column, name in zip(columns.split(","), names))
    query = (
        f"SELECT {', '.join(names)}, secs FROM (SELECT {selected}, {_LOCAL_SECONDS} AS secs"
        f" FROM entries AS e WHERE ({condition}) AND {_utc_range_sql(period)} LIMIT -1)"
        f" WHERE secs >= {low * _SECONDS_PER_DAY} AND secs < {(high + 1) * _SECONDS_PER_DAY}"
        " ORDER BY secs, c0"
    )
    return _driver(session).execute(query).fetchall()


def _driver(session: sa.Session) -> Any:
    """The sqlite3 connection under the session's transaction (plain tuples, fast)."""
    return session.connection().connection.dbapi_connection


def _json_list(items: Iterable[object]) -> str:
    return json.dumps(list(items))


__all__ = ["EXPLANATIONS", "KEYS", "UNITS", "Figure", "Period", "PeriodFigures", "WorkloadMetrics"]
