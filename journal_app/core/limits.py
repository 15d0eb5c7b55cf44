"""Personal limits ("my limits"): rules the worker sets for themselves, and when they were crossed.

A limit is the worker's own, never a rule imposed on them: crossings are facts to look at
calmly, not faults. Each limit has a stable uuid, a kind, and a history of versions: a version
says what the limit is (label, hour, number...) from its ``effective_from`` day until the next
version's day; an inactive version ends (or pauses) the limit from its day. Changing a limit
adds a version from a date and never rewrites what came before: every entry is judged by the
version in force on its own day, and "which limits were in force when" is answered by
``LimitStore.in_force(day)``.

Kinds and their parameters:

- ``no_contact_after`` (``hour``, ``morning``): no contact from ``hour`` until ``morning``.
- ``no_weekend_contacts``: no contact on Saturdays and Sundays.
- ``personal_phone_not_given``: the personal phone number stays private.
- ``max_off_hours_contacts_per_week`` (``count``): at most N off-hours contacts a week.
- ``max_out_of_frame_per_month`` (``count``): at most N out-of-frame acts a month.
- ``no_lending_money`` and ``free_text`` (the label is the rule): cannot be measured; the
  person ticks "crossed" on an entry (``LimitStore.mark_crossed``).

The crossing rules (the README repeats them):

- Times and days are the local wall-clock time where the entry was written (the UTC offset
  stored with it). Only an entry's start counts, not its duration.
- A *contact* is an entry of kind ``contact``, or any entry with a channel (office, home visit,
  street, phones, messaging, email, other).
- ``no_contact_after`` with hour H and morning M (default 06:00, ``DEFAULT_MORNING``): a contact
  starting at or after H, or before M, is a crossing. With "no contacts after 20:00", 20:00:00
  is a crossing and 19:59:59 is not; 23:30 is one and so is 00:30 the next night, up to 05:59:59;
  06:00 is not. A morning of 00:00 limits the evening only. If H is earlier than M (say 01:00
  and 06:00) only the hours from H to M count. The night after midnight belongs to its own
  calendar day (00:30 on a Tuesday is judged by the version in force on that Tuesday).
- ``no_weekend_contacts``: a contact starting on a Saturday or Sunday, from Saturday 00:00 to
  Sunday 23:59:59. Friday 23:30 and Monday 00:30 are not weekend contacts.
- ``personal_phone_not_given``: any entry with the channel ``personal_phone``.
- ``max_off_hours_contacts_per_week``: the contacts flagged off-hours (computed from the work
  schedule, or set by hand) are counted per ISO week, Monday 00:00 to Sunday 23:59:59. A week
  with more than N is one crossing ("4 off-hours contacts in 2026-W47, limit 3"); Sunday 23:59
  and Monday 00:00 fall in different weeks.
- ``max_out_of_frame_per_month``: entries flagged out-of-frame are counted per calendar month;
  a month with more than N is one crossing.
- A counted week or month is judged by the version in force at its end (or on its last day
  in force, for a limit ended during it), counting only the entries of days when the limit was
  in force: a limit that starts on a Wednesday counts that week from Wednesday. A week or month
  that overlaps the asked range is always counted whole.
- Hand-ticked crossings count on days the limit was in force.

Crossings are computed in two SQL queries whatever the number of limits (one over the
entries for every measured limit, one for the ticked crossings), the local time derived once
per entry from ``julianday``: five years of a 50,000-entry journal take well under 100 ms
(tests/core/test_limits.py measures it).
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput

NO_CONTACT_AFTER = "no_contact_after"
NO_WEEKEND_CONTACTS = "no_weekend_contacts"
PERSONAL_PHONE_NOT_GIVEN = "personal_phone_not_given"
MAX_OFF_HOURS_CONTACTS_PER_WEEK = "max_off_hours_contacts_per_week"
NO_LENDING_MONEY = "no_lending_money"
MAX_OUT_OF_FRAME_PER_MONTH = "max_out_of_frame_per_month"
FREE_TEXT = "free_text"

LIMIT_KINDS = (
    NO_CONTACT_AFTER, NO_WEEKEND_CONTACTS, PERSONAL_PHONE_NOT_GIVEN, MAX_OFF_HOURS_CONTACTS_PER_WEEK,
    NO_LENDING_MONEY, MAX_OUT_OF_FRAME_PER_MONTH, FREE_TEXT,
)
PER_ENTRY_KINDS = (NO_CONTACT_AFTER, NO_WEEKEND_CONTACTS, PERSONAL_PHONE_NOT_GIVEN)
COUNTED_KINDS = {MAX_OFF_HOURS_CONTACTS_PER_WEEK: "week", MAX_OUT_OF_FRAME_PER_MONTH: "month"}
MEASURED_KINDS = PER_ENTRY_KINDS + tuple(COUNTED_KINDS)
MANUAL_KINDS = (NO_LENDING_MONEY, FREE_TEXT)

DEFAULT_MORNING = time(6, 0)
"""Where the night ends for ``no_contact_after`` when no morning hour is given."""

_SECONDS_PER_DAY = 86_400
# The entry's local wall-clock time in whole seconds since 0001-01-01 00:00 (Python's ordinal
# day 1, a Monday): the day is ``seconds // _SECONDS_PER_DAY`` (date.fromordinal(day + 1)),
# the weekday ``day % 7`` (0 = Monday). The fraction of a second is cut off before julianday
# reads the time (it would round it to the millisecond): every limit falls on a whole minute,
# so "at or after 20:00" holds for the truncated time exactly when it holds for the real one
# (19:59:59.9999 is not 20:00). One julianday call per row costs a fraction of datetime()'s.
_LOCAL_SECONDS = (
    "(CAST(round((julianday(substr(e.occurred_at, 1, 19)) - 1721425.5) * 86400.0) AS INTEGER)"
    " + e.utc_offset_minutes * 60)"
)
# Past this many days a range is read by scanning the table, which is faster than walking
# most of the date index and fetching each row from it.
_INDEX_DAYS = 400


# ----- records


@dataclass(frozen=True, slots=True)
class LimitVersion:
    """What a limit says from ``effective_from`` until its next version's day."""

    effective_from: date
    active: bool = True
    label: str = ""
    hour: time | None = None  # no_contact_after
    morning: time | None = None  # no_contact_after: where the night ends
    count: int | None = None  # max_* kinds: N
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class LimitRecord:
    """A limit with its whole history. ``current`` is the version in force today (or, for a
    limit that starts later, its first version); the properties read it."""

    uuid: str
    kind: str
    current: LimitVersion
    versions: tuple[LimitVersion, ...]  # oldest first
    created_at: datetime

    @property
    def label(self) -> str:
        return self.current.label

    @property
    def active(self) -> bool:
        return self.current.active

    @property
    def hour(self) -> time | None:
        return self.current.hour

    @property
    def morning(self) -> time | None:
        return self.current.morning

    @property
    def count(self) -> int | None:
        return self.current.count

    @property
    def measured(self) -> bool:
        """Checked against the journal (False: ticked by hand on entries)."""
        return self.kind in MEASURED_KINDS

    @property
    def starts(self) -> date:
        return self.versions[0].effective_from

    def version_at(self, day: date) -> LimitVersion | None:
        """The version in force on ``day``; None before the limit began or while it is ended."""
        index = bisect.bisect_right([v.effective_from for v in self.versions], day) - 1
        if index < 0 or not self.versions[index].active:
            return None
        return self.versions[index]

    def in_force(self, day: date) -> bool:
        return self.version_at(day) is not None


@dataclass(frozen=True, slots=True)
class Crossing:
    """One crossing of a limit: an entry (``period`` None), or a week ("2026-W47") or month
    ("2026-11") with more than the limit allows."""

    limit_uuid: str
    kind: str
    label: str
    version: LimitVersion  # the version that judged it
    first_day: date  # the entry's local day, or the period's first day
    last_day: date
    entries: tuple[str, ...]  # uuids of the entries behind it, in time order
    observed: int = 1  # contacts or acts counted (1 for a single entry)
    allowed: int | None = None  # N, for counted limits
    period: str | None = None
    at: datetime | None = None  # a single entry's local start time
    manual: bool = False  # ticked by hand
    note: str = ""  # the person's note on a ticked crossing
    beyond: tuple[str, ...] = ()  # counted limits: the entries after the N-th, in time order

    @property
    def entry_uuid(self) -> str | None:
        """The entry, for a crossing by one entry."""
        return self.entries[0] if self.period is None and self.entries else None

    @property
    def over(self) -> int:
        """By how many the limit was passed (1 for a single entry)."""
        return self.observed - self.allowed if self.allowed is not None else self.observed


@dataclass(frozen=True, slots=True)
class LimitWeek:
    """One limit in one ISO week, for the calm history view."""

    week: str  # "2026-W47"
    monday: date
    in_force: bool  # on at least one day of the week
    observed: int = 0  # contacts/acts of the kind the limit watches (per-entry: the crossings)
    over: int = 0  # how many of them went past the limit
    allowed: int | None = None  # N for a weekly limit

    @property
    def crossed(self) -> bool:
        return self.over > 0


@dataclass(frozen=True, slots=True)
class LimitWeeks:
    limit: LimitRecord
    weeks: tuple[LimitWeek, ...]  # oldest first


# ----- validation


_CLOCK = re.compile(r"(\d{1,2})(?:[:h](\d{2})|h)?", re.IGNORECASE)


def parse_hour(value: time | str) -> time:
    """A time of day from ``time(20, 0)``, "20:00", "20h", "20h30" or "20"."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    match = _CLOCK.fullmatch(str(value).strip())
    if match is None or int(match[1]) > 23 or int(match[2] or 0) > 59:
        raise InvalidInput(f"{value!r} is not a time of day (write it as 20:00)")
    return time(int(match[1]), int(match[2] or 0))


def _checked(kind: str, version: LimitVersion) -> LimitVersion:
    if kind not in LIMIT_KINDS:
        raise InvalidInput(f"unknown kind of limit: {kind} (use one of {', '.join(LIMIT_KINDS)})")
    label = " ".join(version.label.split())
    hour = morning = count = None
    if kind == NO_CONTACT_AFTER:
        if version.hour is None:
            raise InvalidInput("this limit needs an hour (no contacts after ...)")
        hour = parse_hour(version.hour)
        morning = DEFAULT_MORNING if version.morning is None else parse_hour(version.morning)
        if hour == morning:
            raise InvalidInput("the hour and the morning hour cannot be the same")
    elif version.hour is not None or version.morning is not None:
        raise InvalidInput("only the limit on late contacts takes an hour")
    if kind in COUNTED_KINDS:
        if version.count is None or isinstance(version.count, bool) or not isinstance(version.count, int):
            raise InvalidInput("this limit needs a whole number (at most N)")
        if version.count < 0:
            raise InvalidInput("the number cannot be negative")
        count = version.count
    elif version.count is not None:
        raise InvalidInput("only the limits 'at most N' take a number")
    if kind == FREE_TEXT and not label:
        raise InvalidInput("a limit in your own words needs its text")
    return LimitVersion(version.effective_from, bool(version.active), label, hour, morning, count, version.uuid)


def _params_json(version: LimitVersion) -> str:
    params: dict[str, Any] = {}
    if version.hour is not None:
        params["hour"] = version.hour.strftime("%H:%M")
    if version.morning is not None:
        params["morning"] = version.morning.strftime("%H:%M")
    if version.count is not None:
        params["count"] = version.count
    return json.dumps(params, sort_keys=True)


def _version_of(row: models.PersonalLimitVersion) -> LimitVersion:
    params = json.loads(row.params or "{}")
    return LimitVersion(
        effective_from=date.fromisoformat(row.effective_from),
        active=row.active,
        label=row.label,
        hour=time.fromisoformat(params["hour"]) if "hour" in params else None,
        morning=time.fromisoformat(params["morning"]) if "morning" in params else None,
        count=params.get("count"),
        uuid=row.uuid,
    )


def _plain_day(value: date | None, default: date) -> date:
    if value is None:
        return default
    if isinstance(value, datetime):
        raise InvalidInput("a limit changes from a day, not at a time")
    return value


# ----- the store


class LimitStore:
    """The worker's limits, stored inside the journal, and their crossings.

    ``today`` gives the local date (tests fix it); it is the default day of changes and the
    day ``LimitRecord.current`` and ``weekly_history`` refer to."""

    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._today = today

    # --- the limits

    def add(self, kind: str, *, hour: time | str | None = None, morning: time | str | None = None,
            count: int | None = None, label: str = "", effective_from: date | None = None) -> LimitRecord:
        """A new limit, in force from ``effective_from`` (default: today)."""
        day = _plain_day(effective_from, self._today())
        version = _checked(kind, LimitVersion(day, True, label, hour, morning, count))  # type: ignore[arg-type]
        with self._database.session() as session:
            limit = models.PersonalLimit(kind=kind)
            session.add(limit)
            session.flush()
            session.add(models.PersonalLimitVersion(limit_id=limit.id, effective_from=day.isoformat(), active=True,
                                             label=version.label, params=_params_json(version)))
            session.flush()
            return self._record(session, limit)

    def change(self, uuid: str, effective_from: date | None = None, *, label: str | None = None,
               hour: time | str | None = None, morning: time | str | None = None, count: int | None = None,
               active: bool | None = None) -> LimitRecord:
        """Change a limit from ``effective_from`` (default: today): a new version, which copies
        what is not given from the version before it. Earlier days keep their version; a
        version already starting that day is replaced."""
        day = _plain_day(effective_from, self._today())
        with self._database.session() as session:
            limit = self._get(session, uuid)
            rows = self._version_rows(session, limit)
            before = [row for row in rows if row.effective_from <= day.isoformat()]
            base = _version_of(before[-1] if before else rows[0])
            wanted = LimitVersion(
                day,
                base.active if active is None else active,
                base.label if label is None else label,
                base.hour if hour is None else hour,  # type: ignore[arg-type]
                base.morning if morning is None else morning,  # type: ignore[arg-type]
                base.count if count is None else count,
            )
            version = _checked(limit.kind, wanted)
            same_day = next((row for row in rows if row.effective_from == day.isoformat()), None)
            if same_day is None:
                same_day = models.PersonalLimitVersion(limit_id=limit.id, effective_from=day.isoformat())
                session.add(same_day)
            same_day.active = version.active
            same_day.label = version.label
            same_day.params = _params_json(version)
            session.flush()
            return self._record(session, limit)

    def end(self, uuid: str, effective_from: date | None = None) -> LimitRecord:
        """The limit is no longer in force from that day (default: today). What it said
        before stays in the history; ``resume`` puts it back in force."""
        return self.change(uuid, effective_from, active=False)

    def resume(self, uuid: str, effective_from: date | None = None) -> LimitRecord:
        return self.change(uuid, effective_from, active=True)

    def remove_version(self, uuid: str, effective_from: date) -> LimitRecord | None:
        """Undo a mistaken change: delete the version starting that day (the one before takes
        over). Removing a limit's only version deletes the limit and its ticked crossings;
        then None is returned."""
        with self._database.session() as session:
            limit = self._get(session, uuid)
            rows = self._version_rows(session, limit)
            row = next((r for r in rows if r.effective_from == effective_from.isoformat()), None)
            if row is None:
                raise InvalidInput(f"this limit has no version starting on {effective_from.isoformat()}")
            if len(rows) == 1:
                session.delete(limit)
                return None
            session.delete(row)
            session.flush()
            return self._record(session, limit)

    def get(self, uuid: str) -> LimitRecord:
        with self._database.session() as session:
            return self._record(session, self._get(session, uuid))

    def list(self) -> list[LimitRecord]:
        """Every limit, in force or not (``record.active``), oldest first."""
        with self._database.session() as session:
            return self._records(session)

    def in_force(self, day: date | None = None) -> list[LimitRecord]:
        """The limits in force on ``day`` (default: today); ``record.version_at(day)`` says how."""
        day = day or self._today()
        return [record for record in self.list() if record.in_force(day)]

    # --- crossings ticked by hand

    def mark_crossed(self, limit_uuid: str, entry_uuid: str, note: str = "") -> Crossing:
        """Tick an entry as crossing a limit that cannot be measured (lending money, a limit
        in the person's own words). The limit must have been in force on the entry's day.
        Ticking again only changes the note."""
        with self._database.session() as session:
            limit = self._get(session, limit_uuid)
            if limit.kind not in MANUAL_KINDS:
                raise InvalidInput("this limit is checked against the journal, not ticked by hand")
            entry = session.scalar(sa.select(models.Entry).where(models.Entry.uuid == entry_uuid))
            if entry is None:
                raise InvalidInput("this entry no longer exists")
            record = self._record(session, limit)
            local = entry.local_occurred_at()
            version = record.version_at(local.date())
            if version is None:
                raise InvalidInput("this limit was not in force on the day of this entry")
            mark = session.scalar(sa.select(models.LimitMark).where(models.LimitMark.limit_id == limit.id,
                                                          models.LimitMark.entry_id == entry.id))
            if mark is None:
                mark = models.LimitMark(limit_id=limit.id, entry_id=entry.id)
                session.add(mark)
            mark.note = note.strip()
            session.flush()
            return Crossing(record.uuid, record.kind, version.label, version, local.date(), local.date(),
                            (entry.uuid,), at=local, manual=True, note=mark.note)

    def unmark_crossed(self, limit_uuid: str, entry_uuid: str) -> None:
        with self._database.session() as session:
            limit = self._get(session, limit_uuid)
            mark = session.scalar(
                sa.select(models.LimitMark).join(models.Entry, models.Entry.id == models.LimitMark.entry_id)
                .where(models.LimitMark.limit_id == limit.id, models.Entry.uuid == entry_uuid)
            )
            if mark is not None:
                session.delete(mark)

    # --- crossings

    def crossings(self, since: date, until: date) -> list[Crossing]:
        """Every crossing between two local days (both included), oldest first (a week's or
        month's crossing first on its first day). A week or month that overlaps the range is
        counted whole."""
        if until < since:
            return []
        with self._database.session() as session:
            limits = self._records(session)
            measured = [limit for limit in limits if limit.kind in MEASURED_KINDS]
            spans = [_span(limit, since, until) for limit in measured]
            seen = dict(zip((limit.uuid for limit in measured),
                            _observe(session, [(limit, *span) for limit, span in zip(measured, spans)])))
            marks = _marks(session, [limit for limit in limits if limit.kind in MANUAL_KINDS], since, until)
        # Sorted on one integer per crossing (local seconds; a period just before its first
        # day's entries): with 10,000s of crossings, tuples as keys would double the time.
        found: list[Crossing] = []
        keys: list[int] = []
        for limit in limits:
            if limit.kind in COUNTED_KINDS:
                for crossing in _period_crossings(limit, seen[limit.uuid]):
                    found.append(crossing)
                    keys.append(_day_number(crossing.first_day) * _SECONDS_PER_DAY - 1)
            else:
                rows = seen[limit.uuid] if limit.kind in PER_ENTRY_KINDS else marks.get(limit.uuid, [])
                found += _entry_crossings(limit, rows)
                keys += [row[1] for row in rows]
        return [found[index] for index in sorted(range(len(found)), key=keys.__getitem__)]

    def crossings_of_entry(self, entry_uuid: str) -> list[Crossing]:
        """The crossings this entry is part of: its own, and a week's or month's count it is in."""
        with self._database.session() as session:
            entry = session.scalar(sa.select(models.Entry).where(models.Entry.uuid == entry_uuid))
            if entry is None:
                raise InvalidInput("this entry no longer exists")
            day = entry.local_occurred_at().date()
        return [crossing for crossing in self.crossings(day, day) if entry_uuid in crossing.entries]

    def crossings_by_entry(self, since: date, until: date) -> dict[str, list[Crossing]]:
        """The crossings of ``crossings(since, until)`` under each entry behind them (to mark
        a page of entries at once, rather than calling ``crossings_of_entry`` for each)."""
        by_entry: dict[str, list[Crossing]] = defaultdict(list)
        for crossing in self.crossings(since, until):
            for uuid in crossing.entries:
                by_entry[uuid].append(crossing)
        return dict(by_entry)

    def weekly_history(self, weeks: int = 12, *, until: date | None = None) -> list[LimitWeeks]:
        """For each limit in force during the last ``weeks`` ISO weeks (up to the week of
        ``until``, default today), one cell per week, oldest first."""
        if weeks < 1:
            return []
        last_day = until or self._today()
        last_monday = last_day - timedelta(days=last_day.weekday())
        mondays = [last_monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
        first, last = mondays[0], last_monday + timedelta(days=6)
        with self._database.session() as session:
            limits = [limit for limit in self._records(session) if _in_force_between(limit, first, last)]
            measured = [limit for limit in limits if limit.kind in MEASURED_KINDS]
            observed_rows = _observe(session, [(limit, *_span(limit, first, last)) for limit in measured])
            seen = dict(zip((limit.uuid for limit in measured), observed_rows))
            marks = _marks(session, [limit for limit in limits if limit.kind in MANUAL_KINDS], first, last)
        result = []
        for limit in limits:
            observed: dict[date, int] = defaultdict(int)
            over: dict[date, int] = defaultdict(int)
            allowed: dict[date, int | None] = {}
            rows = seen.get(limit.uuid) if limit.measured else marks.get(limit.uuid, [])
            for row in rows or []:
                observed[_monday(row[1] // _SECONDS_PER_DAY)] += 1
            if limit.kind in COUNTED_KINDS:
                day_of = {row[0]: row[1] // _SECONDS_PER_DAY for row in rows or []}
                for crossing in _period_crossings(limit, rows or []):
                    for uuid in crossing.beyond:
                        over[_monday(day_of[uuid])] += 1
                if COUNTED_KINDS[limit.kind] == "week":
                    for monday in mondays:
                        version = _judging_version(limit, monday, monday + timedelta(days=6))
                        allowed[monday] = version.count if version else None
            else:
                over = observed
            cells = tuple(
                LimitWeek(_week_name(monday), monday, _in_force_between(limit, monday, monday + timedelta(days=6)),
                          observed.get(monday, 0), over.get(monday, 0), allowed.get(monday))
                for monday in mondays
            )
            result.append(LimitWeeks(limit, cells))
        return result

    # --- internals

    def _get(self, session: sa.Session, uuid: str) -> models.PersonalLimit:
        limit = session.scalar(sa.select(models.PersonalLimit).where(models.PersonalLimit.uuid == uuid))
        if limit is None:
            raise InvalidInput("this limit no longer exists")
        return limit

    @staticmethod
    def _version_rows(session: sa.Session, limit: models.PersonalLimit) -> list[models.PersonalLimitVersion]:
        return list(session.scalars(
            sa.select(models.PersonalLimitVersion).where(models.PersonalLimitVersion.limit_id == limit.id)
            .order_by(models.PersonalLimitVersion.effective_from)
        ))

    def _record(self, session: sa.Session, limit: models.PersonalLimit) -> LimitRecord:
        versions = tuple(_version_of(row) for row in self._version_rows(session, limit))
        return _make_record(limit, versions, self._today())

    def _records(self, session: sa.Session) -> list[LimitRecord]:
        limits = list(session.scalars(sa.select(models.PersonalLimit)
                .order_by(models.PersonalLimit.created_at, models.PersonalLimit.id)))
        versions: dict[int, list[LimitVersion]] = defaultdict(list)
        for row in session.scalars(sa.select(models.PersonalLimitVersion).order_by(models.PersonalLimitVersion.effective_from)):
            versions[row.limit_id].append(_version_of(row))
        today = self._today()
        return [_make_record(limit, tuple(versions[limit.id]), today) for limit in limits if versions[limit.id]]


def _make_record(limit: models.PersonalLimit, versions: tuple[LimitVersion, ...], today: date) -> LimitRecord:
    started = [version for version in versions if version.effective_from <= today]
    current = started[-1] if started else versions[0]
    return LimitRecord(limit.uuid, limit.kind, current, versions, limit.created_at)


# ----- computing

# What the queries return for each entry: its uuid, its local wall-clock time in seconds since
# 0001-01-01 00:00, its UTC offset in minutes, the note of a crossing ticked by hand ("" for
# the others) and the stored UTC time (text).
_Row = tuple[Any, ...]
_BITS = 60  # limits per query: each has one bit of an SQLite integer


def _day_number(day: date) -> int:
    return day.toordinal() - 1


def _monday(day_number: int) -> date:
    return date.fromordinal(day_number - day_number % 7 + 1)


def _week_name(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


@lru_cache(maxsize=64)
def _zone(offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=offset_minutes))


def _local(row: _Row) -> datetime:
    """The entry's exact start, in the UTC offset it was written in."""
    return datetime.fromisoformat(row[4]).astimezone(_zone(row[2]))


def _intervals(limit: LimitRecord) -> list[tuple[int, int | None, LimitVersion]]:
    """(first day, day after the last or None, version) for each active version."""
    versions = limit.versions
    spans = []
    for index, version in enumerate(versions):
        if not version.active:
            continue
        end = _day_number(versions[index + 1].effective_from) if index + 1 < len(versions) else None
        spans.append((_day_number(version.effective_from), end, version))
    return spans


def _in_force_between(limit: LimitRecord, first: date, last: date) -> bool:
    return _judging_version(limit, first, last) is not None


def _judging_version(limit: LimitRecord, first: date, last: date) -> LimitVersion | None:
    """The version in force on the last day of [first, last] on which the limit was in force."""
    low, high = _day_number(first), _day_number(last)
    chosen = None
    for start, end, version in _intervals(limit):
        if start <= high and (end is None or end > low):
            chosen = version
    return chosen


def _span(limit: LimitRecord, since: date, until: date) -> tuple[date, date]:
    """The days to read for ``limit``: whole weeks or months for a counted one."""
    unit = COUNTED_KINDS.get(limit.kind)
    if unit == "week":
        return since - timedelta(days=since.weekday()), until + timedelta(days=6 - until.weekday())
    if unit == "month":
        after = (until.replace(day=28) + timedelta(days=4)).replace(day=1)
        return since.replace(day=1), after - timedelta(days=1)
    return since, until


def _period_of(unit: str, day_number: int) -> tuple[str, date, date]:
    if unit == "week":
        monday = _monday(day_number)
        return _week_name(monday), monday, monday + timedelta(days=6)
    day = date.fromordinal(day_number + 1)
    first = day.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    return f"{day.year:04d}-{day.month:02d}", first, after - timedelta(days=1)


# Which entries each measured kind watches: on the table (to skip rows before any date
# arithmetic) and on the columns of the query's middle layer.
_WATCHED_ROWS = {
    NO_CONTACT_AFTER: "(e.kind = 'contact' OR e.channel IS NOT NULL)",
    NO_WEEKEND_CONTACTS: "(e.kind = 'contact' OR e.channel IS NOT NULL)",
    PERSONAL_PHONE_NOT_GIVEN: "e.channel = 'personal_phone'",
    MAX_OFF_HOURS_CONTACTS_PER_WEEK: "(e.off_hours = 1 AND (e.kind = 'contact' OR e.channel IS NOT NULL))",
    MAX_OUT_OF_FRAME_PER_MONTH: "e.out_of_frame = 1",
}
_WATCHED = {
    NO_CONTACT_AFTER: "contact",
    NO_WEEKEND_CONTACTS: "contact",
    PERSONAL_PHONE_NOT_GIVEN: "channel = 'personal_phone'",
    MAX_OFF_HOURS_CONTACTS_PER_WEEK: "off_hours = 1 AND contact",
    MAX_OUT_OF_FRAME_PER_MONTH: "out_of_frame = 1",
}


def _version_condition(kind: str, version: LimitVersion) -> str | None:
    """SQL on ``day`` and ``tod`` (local day number, seconds into the day) for one
    version; None when every watched entry crosses. Only integers are inlined, never text."""
    if kind == NO_CONTACT_AFTER:
        assert version.hour is not None and version.morning is not None
        hour = version.hour.hour * 3600 + version.hour.minute * 60
        morning = version.morning.hour * 3600 + version.morning.minute * 60
        return f"(tod >= {hour} {'OR' if hour > morning else 'AND'} tod < {morning})"
    if kind == NO_WEEKEND_CONTACTS:
        return "day % 7 >= 5"  # day 0 (0001-01-01) is a Monday
    return None


def _limit_condition(limit: LimitRecord, since: date, until: date, low: int, high: int) -> str | None:
    """SQL: the entry is watched by ``limit`` on one of its days in force within [since,
    until] (and, for a per-entry limit, crosses it); None if the limit is never in force
    then. The query only holds days from ``low`` to ``high``: bounds beyond them are left out."""
    wanted_low, wanted_high = _day_number(since), _day_number(until)
    clauses = []
    for start, end, version in _intervals(limit):
        first, last = max(start, wanted_low), wanted_high if end is None else min(end - 1, wanted_high)
        if first > last:
            continue
        terms = [f"day >= {first}"] if first > low else []
        terms += [f"day <= {last}"] if last < high else []
        condition = _version_condition(limit.kind, version)
        terms += [condition] if condition else []
        clauses.append(" AND ".join(terms) or "1")
    if not clauses:
        return None
    if len(clauses) == 1:
        return f"{_WATCHED[limit.kind]} AND {clauses[0]}"
    return f"{_WATCHED[limit.kind]} AND ({' OR '.join(f'({clause})' for clause in clauses)})"


def _utc_range(since: date, until: date) -> tuple[str, list[str]]:
    """A WHERE clause on the stored UTC text holding every entry whose local day is in
    [since, until] (UTC offsets run from -12:00 to +14:00); the exact test is on the local day."""
    column = "e.occurred_at" if (until - since).days <= _INDEX_DAYS else "+e.occurred_at"
    return (f"{column} >= ? AND {column} < ?",
            [(since - timedelta(days=1)).isoformat(), (until + timedelta(days=2)).isoformat()])


def _driver(session: sa.Session) -> Any:
    """The sqlite3 connection under the session's transaction: rows come back as plain
    tuples, several times faster than through SQLAlchemy's result objects."""
    return session.connection().connection.dbapi_connection


def _observe(session: sa.Session, wanted: list[tuple[LimitRecord, date, date]]) -> list[list[_Row]]:
    """For each (limit, first day, last day): the entries of the kind the limit watches on
    its days in force in that range (for a per-entry limit: its crossings), in time order.

    One query for up to 60 limits. Its innermost layer reads only the rows some limit
    watches and computes their local time once; the middle one splits it into day and time
    of day and keeps the days asked for; the outer one gives each row a mask with one bit
    per limit it concerns. (LIMIT -1 keeps SQLite from flattening the layers, which would
    compute the local time again for every use.)"""
    found: list[list[_Row]] = [[] for _ in wanted]
    for chunk_start in range(0, len(wanted), _BITS):
        chunk = wanted[chunk_start:chunk_start + _BITS]
        since = min(first for _, first, _ in chunk)
        until = max(last for _, _, last in chunk)
        low, high = _day_number(since), _day_number(until)
        bits, watched = [], set()
        for index, (limit, first, last) in enumerate(chunk):
            condition = _limit_condition(limit, first, last, low, high)
            if condition is not None:
                bits.append(f"(CASE WHEN {condition} THEN {1 << index} ELSE 0 END)")
                watched.add(_WATCHED_ROWS[limit.kind])
        if not bits:
            continue
        utc_range, params = _utc_range(since, until)
        query = (
            f"SELECT uuid, secs, tzo, '' AS note, occurred_at, mask FROM ("
            f"SELECT uuid, secs, tzo, occurred_at, {' + '.join(bits)} AS mask FROM ("
            f"SELECT uuid, secs, tzo, occurred_at, contact, channel, off_hours, out_of_frame,"
            f" secs / {_SECONDS_PER_DAY} AS day, secs % {_SECONDS_PER_DAY} AS tod FROM ("
            f"SELECT e.uuid AS uuid, {_LOCAL_SECONDS} AS secs, e.utc_offset_minutes AS tzo, e.occurred_at AS occurred_at,"
            f" (e.kind = 'contact' OR e.channel IS NOT NULL) AS contact, e.channel AS channel,"
            f" e.off_hours AS off_hours, e.out_of_frame AS out_of_frame"
            f" FROM entries AS e WHERE {utc_range} AND ({' OR '.join(sorted(watched))}) LIMIT -1)"
            f" LIMIT -1) WHERE day >= {low} AND day <= {high} LIMIT -1)"
            f" WHERE mask != 0 ORDER BY secs"
        )
        for row in _driver(session).execute(query, params).fetchall():
            mask = row[5]
            index = chunk_start
            while mask:
                if mask & 1:
                    found[index].append(row)
                mask >>= 1
                index += 1
    return found


def _marks(session: sa.Session, limits: Iterable[LimitRecord], since: date, until: date) -> dict[str, list[_Row]]:
    """Ticked crossings per limit uuid, on days the limit was in force within [since, until]."""
    by_uuid = {limit.uuid: limit for limit in limits}
    if not by_uuid:
        return {}
    utc_range, params = _utc_range(since, until)
    query = (
        f"SELECT l.uuid, e.uuid, {_LOCAL_SECONDS} AS secs, e.utc_offset_minutes, m.note, e.occurred_at FROM limit_marks AS m"
        f" JOIN limits AS l ON l.id = m.limit_id JOIN entries AS e ON e.id = m.entry_id"
        f" WHERE {utc_range} ORDER BY secs"
    )
    low, high = _day_number(since), _day_number(until)
    found: dict[str, list[_Row]] = defaultdict(list)
    for limit_uuid, *row in _driver(session).execute(query, params).fetchall():
        limit = by_uuid.get(limit_uuid)
        day = row[1] // _SECONDS_PER_DAY
        if limit is not None and low <= day <= high and limit.in_force(date.fromordinal(day + 1)):
            found[limit_uuid].append(tuple(row))
    return found


def _entry_crossings(limit: LimitRecord, rows: list[_Row]) -> list[Crossing]:
    """One crossing per row (rows are on days the limit was in force)."""
    starts = [_day_number(version.effective_from) for version in limit.versions]
    manual = limit.kind in MANUAL_KINDS
    days: dict[int, date] = {}
    crossings = []
    for row in rows:
        day_number = row[1] // _SECONDS_PER_DAY
        day = days.get(day_number) or days.setdefault(day_number, date.fromordinal(day_number + 1))
        version = limit.versions[bisect.bisect_right(starts, day_number) - 1]
        crossings.append(Crossing(limit.uuid, limit.kind, version.label, version, day, day, (row[0],),
                                  at=_local(row), manual=manual, note=row[3]))
    return crossings


def _period_crossings(limit: LimitRecord, rows: list[_Row]) -> list[Crossing]:
    unit = COUNTED_KINDS[limit.kind]
    periods: dict[tuple[str, date, date], list[str]] = defaultdict(list)
    names: dict[int, tuple[str, date, date]] = {}
    for uuid, seconds, *_ in rows:
        day_number = seconds // _SECONDS_PER_DAY
        period = names.get(day_number) or names.setdefault(day_number, _period_of(unit, day_number))
        periods[period].append(uuid)
    crossings = []
    for (name, first, last), uuids in periods.items():
        version = _judging_version(limit, first, last)
        if version is None or version.count is None or len(uuids) <= version.count:
            continue
        crossings.append(Crossing(limit.uuid, limit.kind, version.label, version, first, last, tuple(uuids),
                                  observed=len(uuids), allowed=version.count, period=name,
                                  beyond=tuple(uuids[version.count:])))
    return crossings


__all__ = [
    "COUNTED_KINDS", "DEFAULT_MORNING", "FREE_TEXT", "LIMIT_KINDS", "MANUAL_KINDS", "MAX_OFF_HOURS_CONTACTS_PER_WEEK",
    "MAX_OUT_OF_FRAME_PER_MONTH", "MEASURED_KINDS", "NO_CONTACT_AFTER", "NO_LENDING_MONEY", "NO_WEEKEND_CONTACTS",
    "PERSONAL_PHONE_NOT_GIVEN", "PER_ENTRY_KINDS", "Crossing", "LimitRecord", "LimitStore", "LimitVersion",
    "LimitWeek", "LimitWeeks", "parse_hour",
]
