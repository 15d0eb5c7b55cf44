"""The placement portfolio of a trainee: the placement, its hours, its learning objectives
with the reflections that show them, and a self-evaluation.

A placement has an institution, dates, a tutor and a school supervisor (labels, never names:
"Mme V.", "tutor"), the hours the school requires, and the school's learning objectives, in
order (typed one by one, or pasted as a list: ``objectives_from_text``). Hours are logged per
day (one row per day: logging a day again replaces it; zero hours removes it) and added up
against the required hours, per month and per ISO week. Entries of the journal are linked to
objectives ("this reflection shows that objective"); an entry may show several.

``portfolio_brief`` turns a placement into a ``Brief`` (``briefs.py``) for the review step
and the renderers. Only entries linked to an objective go into it; persons appear by the
pseudonyms of the person register (which holds no real names).

Callers get immutable records, never ORM objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.models import utc_now
from journal_app.core.briefs import Brief, BriefItem, BriefSection
from journal_app.core.database import Database
from journal_app.core.entries import EntryRecord
from journal_app.core.entries import _record as _entry_record
from journal_app.core.errors import InvalidInput
from journal_app.core.pseudonymise import long_date
from journal_app.core.resources import load_toml, pick

MINUTES_PER_DAY = 24 * 60


# ----- records


@dataclass(frozen=True)
class PlacementFields:
    """What the worker sets on a placement (used both to create and to update)."""

    institution: str
    starts_on: date | None = None
    ends_on: date | None = None
    tutor: str = ""  # a label, not a name
    school_supervisor: str = ""  # a label, not a name
    required_hours: float = 0

    def validated(self) -> PlacementFields:
        institution = " ".join(self.institution.split())
        if not institution:
            raise InvalidInput("a placement needs an institution")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise InvalidInput("a placement cannot end before it starts")
        if not 0 <= self.required_hours <= 10_000:
            raise InvalidInput("the required hours go from 0 to 10,000")
        return PlacementFields(institution, self.starts_on, self.ends_on, " ".join(self.tutor.split()),
                               " ".join(self.school_supervisor.split()), self.required_hours)


@dataclass(frozen=True)
class PlacementRecord:
    uuid: str
    institution: str
    starts_on: date | None
    ends_on: date | None
    tutor: str
    school_supervisor: str
    required_minutes: int
    self_evaluation: str  # Markdown
    created_at: datetime
    updated_at: datetime

    @property
    def required_hours(self) -> float:
        return self.required_minutes / 60

    def fields(self) -> PlacementFields:
        return PlacementFields(self.institution, self.starts_on, self.ends_on, self.tutor, self.school_supervisor,
                               self.required_hours)


@dataclass(frozen=True)
class Objective:
    uuid: str
    placement_uuid: str
    position: int  # 0, 1, 2... in the school's order
    text: str
    entry_count: int  # reflections linked to it
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class HoursDay:
    day: date
    minutes: int
    note: str = ""


@dataclass(frozen=True)
class HoursTotals:
    """Hours of a placement against the required hours. Months (named by their first day)
    and weeks (named by their Monday) run from the first logged day to the last, those
    without hours included (as 0), so a chart shows the gaps."""

    total_minutes: int
    required_minutes: int
    days: int  # days with hours
    by_month: tuple[tuple[date, int], ...]
    by_week: tuple[tuple[date, int], ...]
    cumulative: tuple[tuple[date, int], ...]  # (day, minutes so far) for each logged day

    @property
    def progress(self) -> float | None:
        """Done / required (1.0: done; more: beyond), None when no hours are required."""
        return self.total_minutes / self.required_minutes if self.required_minutes else None

    @property
    def remaining_minutes(self) -> int:
        return max(0, self.required_minutes - self.total_minutes)


# ----- parsing what the worker types or pastes


_HOURS_RE = re.compile(r"^(\d{1,2})\s*(?:[hu:]\s*(?:(\d{1,2})\s*(?:m|min)?)?)?$", re.IGNORECASE)
_DECIMAL_HOURS_RE = re.compile(r"^(\d{1,2})[.,](\d{1,2})\s*[hu]?$", re.IGNORECASE)
_MINUTES_RE = re.compile(r"^(\d{1,4})\s*(?:m|min|minutes?)$", re.IGNORECASE)


def parse_hours(text: str | float) -> int:
    """Minutes from what the worker typed: "7", "7.5", "7,5", "7:30", "7h30", "7 h", "7u30",
    "90 min" (or a number of hours). InvalidInput when it cannot be read."""
    if isinstance(text, int | float):
        if text < 0:
            raise InvalidInput("hours cannot be negative")
        return round(text * 60)
    typed = " ".join(text.split())
    if match := _HOURS_RE.match(typed):
        minutes = int(match.group(2) or 0)
        if minutes >= 60:
            raise InvalidInput(f"unreadable hours: {text} (write 7:30, 7h30 or 7.5)")
        return int(match.group(1)) * 60 + minutes
    if match := _DECIMAL_HOURS_RE.match(typed):
        return round(float(f"{match.group(1)}.{match.group(2)}") * 60)
    if match := _MINUTES_RE.match(typed):
        return int(match.group(1))
    raise InvalidInput(f"unreadable hours: {text} (write 7:30, 7h30 or 7.5)")


# A list marker at the start of a pasted line: bullets and dashes, or an enumerator ("1.",
# "2)", "1.2", "(3)", "a)", "iv.") followed by a space. A bare number is not one: "10 home
# visits on my own" keeps its 10.
_LIST_MARKER_RE = re.compile(
    r"^\s*(?:[-–—•◦▪▫●○■□*+>·‣⁃✓✔☐]+\s*"
    r"|\(?(?:\d{1,3}(?:\.\d{1,3})+[.):\]]?|\d{1,3}[.):\]]|[a-zA-Z][.):\]]|[ivxIVX]{1,4}[.):\]])\)?\s+"
    r"|\d{1,3}[.)])"
)


def objectives_from_text(pasted: str) -> list[str]:
    """One objective per non-empty line, list markers and trailing semicolons taken off,
    repeats left out (ignoring case)."""
    objectives, seen = [], set()
    for line in pasted.splitlines():
        text = " ".join(_LIST_MARKER_RE.sub("", line, count=1).split()).rstrip(";").rstrip()
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            objectives.append(text)
    return objectives


# ----- the store


class PlacementStore:
    """Placements of one journal. ``clock`` gives the current time (tests fix it)."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._database = database
        self._clock = clock

    # --- placements

    def create(self, fields: PlacementFields) -> PlacementRecord:
        values = fields.validated()
        now = self._clock()
        with self._database.session() as session:
            row = models.Placement(self_evaluation="", created_at=now, updated_at=now)
            _apply(row, values)
            session.add(row)
            session.flush()
            return _placement(row)

    def update(self, uuid: str, fields: PlacementFields) -> PlacementRecord:
        values = fields.validated()
        with self._database.session() as session:
            row = self._get(session, uuid)
            _apply(row, values)
            row.updated_at = self._clock()
            session.flush()
            return _placement(row)

    def set_self_evaluation(self, uuid: str, text: str) -> PlacementRecord:
        with self._database.session() as session:
            row = self._get(session, uuid)
            row.self_evaluation = text.strip()
            row.updated_at = self._clock()
            session.flush()
            return _placement(row)

    def get(self, uuid: str) -> PlacementRecord:
        with self._database.session() as session:
            return _placement(self._get(session, uuid))

    def list(self) -> list[PlacementRecord]:
        """Every placement, the most recent start first (undated ones last)."""
        with self._database.session() as session:
            rows = session.scalars(sa.select(models.Placement).order_by(
                models.Placement.starts_on.is_(None), models.Placement.starts_on.desc(), models.Placement.id.desc()))
            return [_placement(row) for row in rows]

    def delete(self, uuid: str) -> None:
        """Delete a placement with its objectives and hours (the linked entries stay)."""
        with self._database.session() as session:
            session.delete(self._get(session, uuid))

    # --- objectives

    def objectives(self, placement_uuid: str) -> list[Objective]:
        with self._database.session() as session:
            return self._objectives(session, self._get(session, placement_uuid))

    def add_objective(self, placement_uuid: str, text: str, position: int | None = None) -> Objective:
        """A new objective, at ``position`` (default: last)."""
        text = _objective_text(text)
        with self._database.session() as session:
            placement = self._get(session, placement_uuid)
            rows = self._objective_rows(session, placement.id)
            now = self._clock()
            row = models.PlacementObjective(placement_id=placement.id, position=len(rows), text=text, created_at=now,
                                     updated_at=now)
            session.add(row)
            rows.insert(len(rows) if position is None else max(0, min(position, len(rows))), row)
            _renumber(rows)
            placement.updated_at = now
            session.flush()
            return self._objective(session, row)

    def import_objectives(self, placement_uuid: str, pasted: str) -> list[Objective]:
        """Add the objectives of a pasted list (see ``objectives_from_text``) after the
        existing ones, leaving out those already there. Returns the added ones."""
        with self._database.session() as session:
            placement = self._get(session, placement_uuid)
            rows = self._objective_rows(session, placement.id)
            known = {row.text.casefold() for row in rows}
            now = self._clock()
            added = []
            for text in objectives_from_text(pasted):
                if text.casefold() in known:
                    continue
                row = models.PlacementObjective(placement_id=placement.id, position=len(rows), text=text, created_at=now,
                                         updated_at=now)
                session.add(row)
                rows.append(row)
                added.append(row)
            if added:
                placement.updated_at = now
            session.flush()
            return [self._objective(session, row) for row in added]

    def edit_objective(self, objective_uuid: str, text: str) -> Objective:
        text = _objective_text(text)
        with self._database.session() as session:
            row = self._get_objective(session, objective_uuid)
            row.text = text
            row.updated_at = self._clock()
            session.flush()
            return self._objective(session, row)

    def move_objective(self, objective_uuid: str, new_position: int) -> list[Objective]:
        """Put an objective at ``new_position`` (0 is first; beyond the end: last)."""
        with self._database.session() as session:
            row = self._get_objective(session, objective_uuid)
            rows = self._objective_rows(session, row.placement_id)
            rows.remove(row)
            rows.insert(max(0, min(new_position, len(rows))), row)
            _renumber(rows)
            session.flush()
            return self._objectives(session, session.get_one(models.Placement, row.placement_id))

    def remove_objective(self, objective_uuid: str) -> None:
        """Delete an objective and its links (the entries stay)."""
        with self._database.session() as session:
            row = self._get_objective(session, objective_uuid)
            placement_id = row.placement_id
            session.delete(row)
            session.flush()
            _renumber(self._objective_rows(session, placement_id))

    # --- reflections that show an objective

    def link_entry(self, objective_uuid: str, entry_uuid: str) -> Objective:
        """This entry shows this objective (again: nothing changes)."""
        with self._database.session() as session:
            row = self._get_objective(session, objective_uuid)
            entry_id = _entry_id(session, entry_uuid)
            linked = session.scalar(sa.select(sa.func.count()).select_from(models.objective_entries).where(
                models.objective_entries.c.objective_id == row.id, models.objective_entries.c.entry_id == entry_id))
            if not linked:
                session.execute(sa.insert(models.objective_entries).values(objective_id=row.id, entry_id=entry_id,
                                                                 linked_at=self._clock()))
            return self._objective(session, row)

    def unlink_entry(self, objective_uuid: str, entry_uuid: str) -> Objective:
        with self._database.session() as session:
            row = self._get_objective(session, objective_uuid)
            session.execute(sa.delete(models.objective_entries).where(models.objective_entries.c.objective_id == row.id,
                                                            models.objective_entries.c.entry_id == _entry_id(session, entry_uuid)))
            return self._objective(session, row)

    def entries_of(self, objective_uuid: str) -> list[EntryRecord]:
        """The entries that show an objective, oldest first."""
        with self._database.session() as session:
            row = self._get_objective(session, objective_uuid)
            entries = session.scalars(
                sa.select(models.Entry).join(models.objective_entries, models.objective_entries.c.entry_id == models.Entry.id)
                .where(models.objective_entries.c.objective_id == row.id).order_by(models.Entry.occurred_at, models.Entry.id)
                .options(sa.selectinload(models.Entry.persons), sa.selectinload(models.Entry.tags)))
            return [_entry_record(entry) for entry in entries]

    def objectives_of_entry(self, entry_uuid: str) -> list[Objective]:
        """The objectives an entry shows, of every placement, in placement and list order."""
        with self._database.session() as session:
            rows = session.scalars(
                sa.select(models.PlacementObjective)
                .join(models.objective_entries, models.objective_entries.c.objective_id == models.PlacementObjective.id)
                .where(models.objective_entries.c.entry_id == _entry_id(session, entry_uuid))
                .order_by(models.PlacementObjective.placement_id, models.PlacementObjective.position))
            return [self._objective(session, row) for row in rows]

    # --- hours

    def log_hours(self, placement_uuid: str, day: date, hours: str | float, note: str | None = None) -> HoursDay | None:
        """The hours of one day ("7:30", "7.5", 7.5...): a new day, or the day's hours
        replaced. Zero removes the day (returns None). ``note`` None keeps the day's note."""
        minutes = parse_hours(hours)
        if minutes > MINUTES_PER_DAY:
            raise InvalidInput("a day has at most 24 hours")
        if not isinstance(day, date) or isinstance(day, datetime):
            raise InvalidInput("hours are logged for a day")
        with self._database.session() as session:
            placement = self._get(session, placement_uuid)
            row = session.scalar(sa.select(models.PlacementHours).where(models.PlacementHours.placement_id == placement.id,
                                                              models.PlacementHours.day == day.isoformat()))
            now = self._clock()
            if minutes == 0:
                if row is not None:
                    session.delete(row)
                return None
            if row is None:
                row = models.PlacementHours(placement_id=placement.id, day=day.isoformat(), note="", created_at=now)
                session.add(row)
            row.minutes = minutes
            if note is not None:
                row.note = note.strip()
            row.updated_at = now
            session.flush()
            return _hours_day(row)

    def hours(self, placement_uuid: str, *, since: date | None = None, until: date | None = None) -> list[HoursDay]:
        """Logged days, oldest first (``since`` and ``until`` included)."""
        with self._database.session() as session:
            placement = self._get(session, placement_uuid)
            query = sa.select(models.PlacementHours).where(models.PlacementHours.placement_id == placement.id)
            if since is not None:
                query = query.where(models.PlacementHours.day >= since.isoformat())
            if until is not None:
                query = query.where(models.PlacementHours.day <= until.isoformat())
            return [_hours_day(row) for row in session.scalars(query.order_by(models.PlacementHours.day))]

    def totals(self, placement_uuid: str) -> HoursTotals:
        placement = self.get(placement_uuid)
        days = self.hours(placement_uuid)
        months: dict[date, int] = {}
        weeks: dict[date, int] = {}
        if days:
            first, last = days[0].day, days[-1].day
            month = first.replace(day=1)
            while month <= last:
                months[month] = 0
                month = (month + timedelta(days=32)).replace(day=1)
            monday = first - timedelta(days=first.weekday())
            while monday <= last:
                weeks[monday] = 0
                monday += timedelta(days=7)
        cumulative, total = [], 0
        for logged in days:
            months[logged.day.replace(day=1)] += logged.minutes
            weeks[logged.day - timedelta(days=logged.day.weekday())] += logged.minutes
            total += logged.minutes
            cumulative.append((logged.day, total))
        return HoursTotals(total_minutes=total, required_minutes=placement.required_minutes, days=len(days),
                           by_month=tuple(months.items()), by_week=tuple(weeks.items()), cumulative=tuple(cumulative))

    # --- internals

    def _get(self, session: sa.Session, uuid: str) -> models.Placement:
        row = session.scalar(sa.select(models.Placement).where(models.Placement.uuid == uuid))
        if row is None:
            raise InvalidInput("this placement no longer exists")
        return row

    def _get_objective(self, session: sa.Session, uuid: str) -> models.PlacementObjective:
        row = session.scalar(sa.select(models.PlacementObjective).where(models.PlacementObjective.uuid == uuid))
        if row is None:
            raise InvalidInput("this objective no longer exists")
        return row

    @staticmethod
    def _objective_rows(session: sa.Session, placement_id: int) -> list[models.PlacementObjective]:
        return list(session.scalars(sa.select(models.PlacementObjective).where(models.PlacementObjective.placement_id == placement_id)
                                    .order_by(models.PlacementObjective.position, models.PlacementObjective.id)))

    def _objectives(self, session: sa.Session, placement: models.Placement) -> list[Objective]:
        counts = dict(session.execute(
            sa.select(models.objective_entries.c.objective_id, sa.func.count())
            .join(models.PlacementObjective, models.PlacementObjective.id == models.objective_entries.c.objective_id)
            .where(models.PlacementObjective.placement_id == placement.id).group_by(models.objective_entries.c.objective_id)).all())
        return [_objective(row, placement.uuid, counts.get(row.id, 0))
                for row in self._objective_rows(session, placement.id)]

    def _objective(self, session: sa.Session, row: models.PlacementObjective) -> Objective:
        count = session.scalar(sa.select(sa.func.count()).select_from(models.objective_entries)
                               .where(models.objective_entries.c.objective_id == row.id)) or 0
        return _objective(row, session.get_one(models.Placement, row.placement_id).uuid, count)


# ----- the brief


def portfolio_brief(database: Database, placement_uuid: str, *, language: str, coarsen_dates: bool = False,
                    title: str | None = None, clock: Callable[[], datetime] = utc_now) -> Brief:
    """A placement as a brief: its details, its hours (total against required, per month),
    one section per objective with the entries linked to it, and the self-evaluation."""
    words = pick(load_toml("briefs", "labels.toml"), language)
    store = PlacementStore(database, clock=clock)
    placement = store.get(placement_uuid)
    totals = store.totals(placement_uuid)

    # Coarsened dates name the months of the placement: its exact first and last days would
    # otherwise be the review step's findings, to accept one by one.
    def day_text(day: date) -> str:
        return _month_text(day, words) if coarsen_dates else long_date(day, language)

    details = []
    if placement.starts_on:
        start = day_text(placement.starts_on)
        between, since = ("period_months", "period_from_month") if coarsen_dates else ("period_value", "period_from")
        period = (words[between].format(start=start, end=day_text(placement.ends_on))
                  if placement.ends_on else words[since].format(start=start))
        details.append((words["period"], period))
    details += [(words[key], value) for key, value in (("tutor", placement.tutor),
                                                          ("school_supervisor", placement.school_supervisor)) if value]
    if placement.required_minutes:
        details.append((words["hours_required"], _hours_text(placement.required_minutes, words)))
    sections = [BriefSection(words["placement"], (
        BriefItem(kind="text", title=placement.institution, details=tuple(details)),))]

    hour_lines = [(words["hours_done"], _hours_text(totals.total_minutes, words))]
    if totals.required_minutes:
        hour_lines += [(words["hours_required"], _hours_text(totals.required_minutes, words)),
                       (words["hours_left"], _hours_text(totals.remaining_minutes, words)),
                       (words["progress"], words["percent"].format(p=round(100 * (totals.progress or 0))))]
    hour_items = [BriefItem(kind="text", title=words["hours_total"], details=tuple(hour_lines))]
    if totals.by_month:
        hour_items.append(BriefItem(kind="text", title=words["hours_by_month"], details=tuple(
            (_month_text(month, words), _hours_text(minutes, words)) for month, minutes in totals.by_month)))
    sections.append(BriefSection(words["hours"], tuple(hour_items)))

    for number, objective in enumerate(store.objectives(placement_uuid), start=1):
        entries = store.entries_of(objective.uuid)
        sections.append(BriefSection(words["objective_heading"].format(n=number, text=objective.text), tuple(
            BriefItem(kind="entry", title=entry.title.strip() or words["untitled_entry"], body=entry.body,
                      when=entry.occurred_at.date() if entry.occurred_at else None, persons=entry.persons,
                      source_uuid=entry.uuid)
            for entry in entries)))

    evaluation = (BriefItem(kind="text", title="", body=placement.self_evaluation),) if placement.self_evaluation else ()
    sections.append(BriefSection(words["self_evaluation"], evaluation))
    return Brief(title=title or words["portfolio_title"], language=language, created=clock().astimezone().date(),
                 subtitle=placement.institution, sections=tuple(sections), coarsen_dates=coarsen_dates)


# ----- helpers


def _apply(row: models.Placement, values: PlacementFields) -> None:
    row.institution = values.institution
    row.starts_on = values.starts_on.isoformat() if values.starts_on else None
    row.ends_on = values.ends_on.isoformat() if values.ends_on else None
    row.tutor = values.tutor
    row.school_supervisor = values.school_supervisor
    row.required_minutes = round(values.required_hours * 60)


def _placement(row: models.Placement) -> PlacementRecord:
    return PlacementRecord(
        uuid=row.uuid, institution=row.institution,
        starts_on=date.fromisoformat(row.starts_on) if row.starts_on else None,
        ends_on=date.fromisoformat(row.ends_on) if row.ends_on else None,
        tutor=row.tutor, school_supervisor=row.school_supervisor, required_minutes=row.required_minutes,
        self_evaluation=row.self_evaluation, created_at=row.created_at.astimezone(),
        updated_at=row.updated_at.astimezone(),
    )


def _objective(row: models.PlacementObjective, placement_uuid: str, entry_count: int) -> Objective:
    return Objective(row.uuid, placement_uuid, row.position, row.text, entry_count, row.created_at.astimezone(),
                     row.updated_at.astimezone())


def _hours_day(row: models.PlacementHours) -> HoursDay:
    return HoursDay(date.fromisoformat(row.day), row.minutes, row.note)


def _objective_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("an objective needs some text")
    return text


def _renumber(rows: Sequence[models.PlacementObjective]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _entry_id(session: sa.Session, entry_uuid: str) -> int:
    entry_id = session.scalar(sa.select(models.Entry.id).where(models.Entry.uuid == entry_uuid))
    if entry_id is None:
        raise InvalidInput("this entry no longer exists")
    return entry_id


def _month_text(day: date, words: dict[str, Any]) -> str:
    return f"{words['months'][day.month - 1]} {day.year}"


def _hours_text(minutes: int, words: dict[str, Any]) -> str:
    hours, rest = divmod(minutes, 60)
    return words["hours_minutes_value"].format(h=hours, m=rest) if rest else words["hours_value"].format(h=hours)


__all__ = [
    "HoursDay", "HoursTotals", "Objective", "PlacementFields", "PlacementRecord", "PlacementStore",
    "objectives_from_text", "parse_hours", "portfolio_brief",
]
