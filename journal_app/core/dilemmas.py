"""Ethical dilemmas: flag them from entries, follow them over weeks, settle them.

A dilemma has a title, one or more categories, a status with its history, the entries it is
about (an entry may be in several dilemmas), dated reflections, what was decided and why, and
what was learned. Every record has a stable uuid (for a later sync).

Categories: the eleven built-in ones are a data file (``resources/dilemmas/taxonomy.toml``:
name, explanation and guiding questions in French, Dutch and English, with the report section
they come from). The worker may add their own, and rename or hide any, built-in ones
included; those changes are stored in the journal. A category is named by its id: a built-in
one's id ("personal-resources"), or the uuid of the worker's own category. Hiding a category
only takes it out of the lists offered for new choices: dilemmas keep it.

Deleting an entry removes it from its dilemmas (the links cascade in SQLite); the dilemmas stay.

Callers get immutable records, never ORM objects.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Literal

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.models import DILEMMA_STATUSES, utc_now
from journal_app.core.database import Database
from journal_app.core.entries import EntryRecord
from journal_app.core.entries import _record as _entry_record
from journal_app.core.errors import InvalidInput
from journal_app.core.resources import LANGUAGES, load_toml, pick

OPEN, THINKING, TO_SUPERVISION, SETTLED, LIVING_WITH = DILEMMA_STATUSES
STATUSES = DILEMMA_STATUSES
"""In the order of the dilemmas view: open, thinking it through, to bring to supervision,
settled, living with it."""
CLOSED_STATUSES = (SETTLED, LIVING_WITH)

_TAXONOMY = ("dilemmas", "taxonomy.toml")
_CATEGORY_COUNT = 11


# ----- records


@dataclass(frozen=True)
class Category:
    """A dilemma category in one language. ``id`` is stable: a built-in category's id, or
    the uuid of the worker's own category."""

    id: str
    name: str
    explanation: str
    questions: tuple[str, ...]  # guiding questions
    builtin: bool
    hidden: bool = False
    renamed: bool = False  # a built-in category the worker renamed
    shipped_name: str = ""  # a built-in category's own name (also when renamed)
    report_section: str = ""  # where in the source report it comes from ("4.1", "annex")


@dataclass(frozen=True)
class DilemmaRecord:
    """A dilemma, with what the dilemmas view shows of it. Times are local (``astimezone()``);
    ``age_days`` and ``last_activity`` are as of when the record was read."""

    uuid: str
    title: str
    status: str
    categories: tuple[str, ...]  # category ids, in the order chosen
    decision: str  # what was decided, and why
    learned: str  # what was learned
    opened_at: datetime
    status_since: datetime  # when the current status was set
    last_activity: datetime  # newest of: edit, status change, reflection, linked entry's time
    age_days: int  # days since it was opened (local calendar days)
    entry_count: int
    reflection_count: int
    created_at: datetime
    updated_at: datetime  # last edit of any kind made through the store

    @property
    def closed(self) -> bool:
        return self.status in CLOSED_STATUSES


@dataclass(frozen=True)
class Reflection:
    uuid: str
    dilemma_uuid: str
    written_at: datetime  # with the UTC offset it was written in
    body: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StatusChange:
    uuid: str
    status: str
    changed_at: datetime
    note: str = ""


@dataclass(frozen=True)
class StatusGroup:
    status: str
    dilemmas: tuple[DilemmaRecord, ...]  # last activity first


@dataclass(frozen=True)
class StoryEvent:
    """One moment of a dilemma's story: ``item`` is an EntryRecord, a Reflection or a StatusChange."""

    at: datetime
    kind: Literal["status", "entry", "reflection"]
    item: EntryRecord | Reflection | StatusChange


@dataclass(frozen=True)
class DilemmaStory:
    """Everything about one dilemma, for its page."""

    dilemma: DilemmaRecord
    categories: tuple[Category, ...]  # in the dilemma's language, with guiding questions
    entries: tuple[EntryRecord, ...]  # oldest first
    reflections: tuple[Reflection, ...]  # oldest first
    status_history: tuple[StatusChange, ...]  # oldest first; the first is its opening

    @property
    def events(self) -> tuple[StoryEvent, ...]:
        """Status changes, entries and reflections on one time line, oldest first."""
        order = {"status": 0, "entry": 1, "reflection": 2}
        events: list[StoryEvent] = [StoryEvent(s.changed_at, "status", s) for s in self.status_history]
        events += [StoryEvent(e.occurred_at, "entry", e) for e in self.entries if e.occurred_at is not None]
        events += [StoryEvent(r.written_at, "reflection", r) for r in self.reflections]
        return tuple(sorted(events, key=lambda event: (event.at, order[event.kind])))


# ----- the built-in taxonomy


@lru_cache(maxsize=1)
def _taxonomy() -> tuple[dict[str, Any], ...]:
    return tuple(load_toml(*_TAXONOMY)["category"])


def builtin_categories(language: str) -> list[Category]:
    """The eleven categories shipped with Carnet, in ``language`` (falling back to French)."""
    return [
        Category(
            id=item["id"],
            name=pick(item["name"], language),
            explanation=pick(item["explanation"], language),
            questions=tuple(pick(item["questions"], language)),
            builtin=True,
            shipped_name=pick(item["name"], language),
            report_section=item.get("report_section", ""),
        )
        for item in _taxonomy()
    ]


def taxonomy_problems() -> list[str]:
    """What is missing from the shipped taxonomy ([] when it is complete): eleven categories
    with unique ids, a report section, and a name, an explanation and guiding questions in
    every language of the app."""
    items = _taxonomy()
    problems = []
    if len(items) != _CATEGORY_COUNT:
        problems.append(f"{len(items)} categories instead of {_CATEGORY_COUNT}")
    ids = [item.get("id", "") for item in items]
    if len(set(ids)) != len(ids) or not all(ids):
        problems.append("category ids are missing or repeated")
    for item in items:
        where = item.get("id", "?")
        if not str(item.get("report_section", "")).strip():
            problems.append(f"{where}: no report section")
        for language in LANGUAGES:
            for key in ("name", "explanation"):
                if not str(item.get(key, {}).get(language, "")).strip():
                    problems.append(f"{where}: no {key} in {language}")
            questions = item.get("questions", {}).get(language, [])
            if not questions or not all(str(q).strip() for q in questions):
                problems.append(f"{where}: no guiding questions in {language}")
    return problems


# ----- the store


class DilemmaStore:
    """Dilemmas and categories of one journal.

    ``language`` is the default language of categories (the app's language); ``clock`` gives
    the current time (timezone-aware; tests fix it)."""

    def __init__(self, database: Database, language: str = "fr",
                 clock: Callable[[], datetime] = utc_now) -> None:
        self._database = database
        self.language = language
        self._clock = clock

    # --- categories

    def categories(self, *, include_hidden: bool = False, language: str | None = None) -> list[Category]:
        """Built-in categories in the taxonomy's order, then the worker's own, oldest first."""
        with self._database.session() as session:
            return [c for c in self._categories(session, language) if include_hidden or not c.hidden]

    def category(self, category_id: str, *, language: str | None = None) -> Category:
        with self._database.session() as session:
            return self._category(session, category_id, language)

    def guiding_questions(self, category_id: str, *, language: str | None = None) -> tuple[str, ...]:
        return self.category(category_id, language=language).questions

    def add_category(self, name: str, explanation: str = "", questions: Sequence[str] = ()) -> Category:
        """One of the worker's own categories (its id is a new uuid)."""
        name = _one_line(name)
        if not name:
            raise InvalidInput("a category needs a name")
        with self._database.session() as session:
            self._refuse_taken_name(session, name, None)
            row = models.DilemmaCategory(name=name, explanation=explanation.strip(), questions=_questions_json(questions))
            session.add(row)
            session.flush()
            return self._category(session, row.uuid, None)

    def rename_category(self, category_id: str, name: str) -> Category:
        """A new name for any category; for a built-in one, an empty name restores its own."""
        name = _one_line(name)
        with self._database.session() as session:
            self._category(session, category_id, None)  # exists?
            row = self._row(session, category_id, create=True)
            if row.builtin_id is None and not name:
                raise InvalidInput("a category needs a name")
            if name:
                self._refuse_taken_name(session, name, row.id)
            row.name = name
            row.updated_at = self._clock()
            session.flush()
            return self._category(session, category_id, None)

    def edit_category(self, category_id: str, *, explanation: str | None = None,
                      questions: Sequence[str] | None = None) -> Category:
        """The explanation and guiding questions of one of the worker's own categories."""
        with self._database.session() as session:
            row = self._row(session, category_id, create=False)
            if row is None or row.builtin_id is not None:
                raise InvalidInput("only your own categories can be edited (built-in ones can be renamed)")
            if explanation is not None:
                row.explanation = explanation.strip()
            if questions is not None:
                row.questions = _questions_json(questions)
            row.updated_at = self._clock()
            session.flush()
            return self._category(session, category_id, None)

    def hide_category(self, category_id: str, hidden: bool = True) -> Category:
        """Take a category out of the lists (or put it back); dilemmas that have it keep it."""
        with self._database.session() as session:
            self._category(session, category_id, None)
            row = self._row(session, category_id, create=True)
            row.hidden = hidden
            row.updated_at = self._clock()
            session.flush()
            return self._category(session, category_id, None)

    def show_category(self, category_id: str) -> Category:
        return self.hide_category(category_id, hidden=False)

    # --- dilemmas

    def create(self, title: str, categories: Sequence[str], entry: str | None = None, *,
               status: str = OPEN, opened_at: datetime | None = None, note: str = "") -> DilemmaRecord:
        """Open a dilemma, from an entry (its uuid) or not. Its status history starts with
        ``status`` at ``opened_at`` (default: now)."""
        title = _title(title)
        _check_status(status)
        opened = _aware(opened_at) if opened_at is not None else self._clock()
        with self._database.session() as session:
            chosen = self._checked_categories(session, categories)
            entry_id = _entry_id(session, entry) if entry is not None else None
            now = self._clock()
            dilemma = models.Dilemma(title=title, status=status, decision="", learned="", opened_at=opened,
                              created_at=now, updated_at=now)
            session.add(dilemma)
            session.flush()
            session.add(models.DilemmaStatusChange(dilemma_id=dilemma.id, status=status, changed_at=opened, note=note.strip()))
            _write_categories(session, dilemma.id, chosen)
            if entry_id is not None:
                session.execute(sa.insert(models.dilemma_entries).values(dilemma_id=dilemma.id, entry_id=entry_id, linked_at=now))
            session.flush()
            return self._records(session, [dilemma.id])[0]

    def get(self, uuid: str) -> DilemmaRecord:
        with self._database.session() as session:
            return self._records(session, [self._get(session, uuid).id])[0]

    def exists(self, uuid: str) -> bool:
        with self._database.session() as session:
            return session.scalar(sa.select(sa.func.count()).where(models.Dilemma.uuid == uuid)) == 1

    def update(self, uuid: str, *, title: str | None = None, categories: Sequence[str] | None = None,
               decision: str | None = None, learned: str | None = None) -> DilemmaRecord:
        """Change what is given (None: unchanged). ``decision`` is what was decided and why."""
        with self._database.session() as session:
            dilemma = self._get(session, uuid)
            if title is not None:
                dilemma.title = _title(title)
            if categories is not None:
                _write_categories(session, dilemma.id, self._checked_categories(session, categories))
            if decision is not None:
                dilemma.decision = decision.strip()
            if learned is not None:
                dilemma.learned = learned.strip()
            dilemma.updated_at = self._clock()
            session.flush()
            return self._records(session, [dilemma.id])[0]

    def set_status(self, uuid: str, status: str, *, at: datetime | None = None, note: str = "") -> DilemmaRecord:
        """Move the dilemma to ``status`` from ``at`` (default: now), kept in its history.
        Setting the status it already has changes nothing. ``at`` cannot be before the
        previous change (the history stays in time order)."""
        _check_status(status)
        when = _aware(at) if at is not None else self._clock()
        with self._database.session() as session:
            dilemma = self._get(session, uuid)
            if dilemma.status == status:
                return self._records(session, [dilemma.id])[0]
            last = session.scalar(sa.select(sa.func.max(models.DilemmaStatusChange.changed_at))
                                  .where(models.DilemmaStatusChange.dilemma_id == dilemma.id))
            if last is not None and when < last:
                raise InvalidInput("a status change cannot be dated before the previous one")
            session.add(models.DilemmaStatusChange(dilemma_id=dilemma.id, status=status, changed_at=when, note=note.strip()))
            dilemma.status = status
            dilemma.updated_at = self._clock()
            session.flush()
            return self._records(session, [dilemma.id])[0]

    def delete(self, uuid: str) -> None:
        """Delete a dilemma with its reflections and history (its entries stay)."""
        with self._database.session() as session:
            session.delete(self._get(session, uuid))

    def link_entry(self, uuid: str, entry_uuid: str) -> DilemmaRecord:
        """Attach an entry to the dilemma (again: nothing changes)."""
        with self._database.session() as session:
            dilemma = self._get(session, uuid)
            entry_id = _entry_id(session, entry_uuid)
            linked = session.scalar(sa.select(sa.func.count()).select_from(models.dilemma_entries).where(
                models.dilemma_entries.c.dilemma_id == dilemma.id, models.dilemma_entries.c.entry_id == entry_id))
            if not linked:
                now = self._clock()
                session.execute(sa.insert(models.dilemma_entries).values(dilemma_id=dilemma.id, entry_id=entry_id, linked_at=now))
                dilemma.updated_at = now
            session.flush()
            return self._records(session, [dilemma.id])[0]

    def unlink_entry(self, uuid: str, entry_uuid: str) -> DilemmaRecord:
        """Detach an entry from the dilemma (not linked: nothing changes). The entry stays."""
        with self._database.session() as session:
            dilemma = self._get(session, uuid)
            entry_id = _entry_id(session, entry_uuid)
            removed = session.execute(sa.delete(models.dilemma_entries).where(
                models.dilemma_entries.c.dilemma_id == dilemma.id, models.dilemma_entries.c.entry_id == entry_id))
            if removed.rowcount:  # type: ignore[attr-defined]
                dilemma.updated_at = self._clock()
            session.flush()
            return self._records(session, [dilemma.id])[0]

    def list(self, *, status: str | None = None, category: str | None = None) -> list[DilemmaRecord]:
        """Dilemmas, the most recently active first; optionally of one status or category."""
        with self._database.session() as session:
            query = sa.select(models.Dilemma.id)
            if status is not None:
                _check_status(status)
                query = query.where(models.Dilemma.status == status)
            if category is not None:
                query = query.where(models.Dilemma.id.in_(
                    sa.select(models.dilemma_category_links.c.dilemma_id).where(models.dilemma_category_links.c.category == category)))
            records = self._records(session, list(session.scalars(query)))
        return sorted(records, key=lambda r: (r.last_activity, r.opened_at), reverse=True)

    def overview(self) -> list[StatusGroup]:
        """The dilemmas view: one group per status, in ``STATUSES`` order (empty ones too),
        the most recently active first in each."""
        grouped: dict[str, list[DilemmaRecord]] = defaultdict(list)
        for record in self.list():
            grouped[record.status].append(record)
        return [StatusGroup(status, tuple(grouped[status])) for status in STATUSES]

    def of_entry(self, entry_uuid: str) -> list[DilemmaRecord]:
        """The dilemmas an entry belongs to, the most recently active first."""
        with self._database.session() as session:
            entry_id = _entry_id(session, entry_uuid)
            ids = list(session.scalars(sa.select(models.dilemma_entries.c.dilemma_id)
                    .where(models.dilemma_entries.c.entry_id == entry_id)))
            records = self._records(session, ids)
        return sorted(records, key=lambda r: r.last_activity, reverse=True)

    dilemmas_of_entry = of_entry

    def counts_of_entries(self, entry_uuids: Iterable[str]) -> dict[str, int]:
        """How many dilemmas each of these entries belongs to (entries in none are left out):
        to mark a page of entries in a list at once."""
        wanted = list(dict.fromkeys(entry_uuids))
        counts: dict[str, int] = {}
        with self._database.session() as session:
            for first in range(0, len(wanted), 500):  # well under SQLite's limit of bound parameters
                rows = session.execute(
                    sa.select(models.Entry.uuid, sa.func.count())
                    .join(models.dilemma_entries, models.dilemma_entries.c.entry_id == models.Entry.id)
                    .where(models.Entry.uuid.in_(wanted[first:first + 500])).group_by(models.Entry.uuid)
                )
                counts.update({uuid: count for uuid, count in rows})
        return counts

    def story(self, uuid: str, *, language: str | None = None) -> DilemmaStory:
        """The whole story of a dilemma, for its page."""
        with self._database.session() as session:
            dilemma = self._get(session, uuid)
            record = self._records(session, [dilemma.id])[0]
            known = {c.id: c for c in self._categories(session, language)}
            entries = session.scalars(
                sa.select(models.Entry).join(models.dilemma_entries, models.dilemma_entries.c.entry_id == models.Entry.id)
                .where(models.dilemma_entries.c.dilemma_id == dilemma.id)
                .order_by(models.Entry.occurred_at, models.Entry.id)
                .options(sa.selectinload(models.Entry.persons), sa.selectinload(models.Entry.tags))
            )
            return DilemmaStory(
                dilemma=record,
                categories=tuple(known[c] for c in record.categories if c in known),
                entries=tuple(_entry_record(entry) for entry in entries),
                reflections=tuple(self._reflections(session, dilemma)),
                status_history=tuple(self._status_history(session, dilemma)),
            )

    def status_history(self, uuid: str) -> list[StatusChange]:
        with self._database.session() as session:
            return self._status_history(session, self._get(session, uuid))

    # --- reflections

    def reflections(self, uuid: str) -> list[Reflection]:
        """A dilemma's reflections, oldest first."""
        with self._database.session() as session:
            return self._reflections(session, self._get(session, uuid))

    def add_reflection(self, uuid: str, body: str, *, written_at: datetime | None = None) -> Reflection:
        """A dated reflection (default date: now, in local time)."""
        body = _body(body)
        when = _aware(written_at) if written_at is not None else self._clock().astimezone()
        with self._database.session() as session:
            dilemma = self._get(session, uuid)
            now = self._clock()
            row = models.DilemmaReflection(dilemma_id=dilemma.id, body=body, created_at=now, updated_at=now)
            _set_written_at(row, when)
            session.add(row)
            dilemma.updated_at = now
            session.flush()
            return _reflection(row, dilemma.uuid)

    def edit_reflection(self, reflection_uuid: str, body: str | None = None, *,
                        written_at: datetime | None = None) -> Reflection:
        with self._database.session() as session:
            row, dilemma = self._get_reflection(session, reflection_uuid)
            if body is not None:
                row.body = _body(body)
            if written_at is not None:
                _set_written_at(row, _aware(written_at))
            now = self._clock()
            row.updated_at = now
            dilemma.updated_at = now
            session.flush()
            return _reflection(row, dilemma.uuid)

    def delete_reflection(self, reflection_uuid: str) -> Reflection:
        """Delete a reflection; returns it (for an undo: add it again)."""
        with self._database.session() as session:
            row, dilemma = self._get_reflection(session, reflection_uuid)
            record = _reflection(row, dilemma.uuid)
            session.delete(row)
            dilemma.updated_at = self._clock()
            return record

    # --- internals

    def _get(self, session: sa.Session, uuid: str) -> models.Dilemma:
        dilemma = session.scalar(sa.select(models.Dilemma).where(models.Dilemma.uuid == uuid))
        if dilemma is None:
            raise InvalidInput("this dilemma no longer exists")
        return dilemma

    def _get_reflection(self, session: sa.Session, uuid: str) -> tuple[models.DilemmaReflection, models.Dilemma]:
        row = session.scalar(sa.select(models.DilemmaReflection).where(models.DilemmaReflection.uuid == uuid))
        if row is None:
            raise InvalidInput("this reflection no longer exists")
        return row, session.get_one(models.Dilemma, row.dilemma_id)

    def _reflections(self, session: sa.Session, dilemma: models.Dilemma) -> list[Reflection]:
        rows = session.scalars(sa.select(models.DilemmaReflection).where(models.DilemmaReflection.dilemma_id == dilemma.id)
                               .order_by(models.DilemmaReflection.written_at, models.DilemmaReflection.id))
        return [_reflection(row, dilemma.uuid) for row in rows]

    def _status_history(self, session: sa.Session, dilemma: models.Dilemma) -> list[StatusChange]:
        rows = session.scalars(sa.select(models.DilemmaStatusChange).where(models.DilemmaStatusChange.dilemma_id == dilemma.id)
                               .order_by(models.DilemmaStatusChange.changed_at, models.DilemmaStatusChange.id))
        return [StatusChange(row.uuid, row.status, row.changed_at.astimezone(), row.note) for row in rows]

    def _records(self, session: sa.Session, ids: Iterable[int]) -> list[DilemmaRecord]:
        """Records of these dilemmas, in five queries whatever their number."""
        ids = list(ids)
        if not ids:
            return []
        dilemmas = list(session.scalars(sa.select(models.Dilemma).where(models.Dilemma.id.in_(ids))))
        categories: dict[int, list[str]] = defaultdict(list)
        for dilemma_id, category in session.execute(
            sa.select(models.dilemma_category_links.c.dilemma_id, models.dilemma_category_links.c.category)
            .where(models.dilemma_category_links.c.dilemma_id.in_(ids))
            .order_by(models.dilemma_category_links.c.dilemma_id, models.dilemma_category_links.c.position)
        ):
            categories[dilemma_id].append(category)
        entries = {row[0]: (row[1], row[2]) for row in session.execute(
            sa.select(models.dilemma_entries.c.dilemma_id, sa.func.count(), sa.func.max(models.Entry.occurred_at))
            .join(models.Entry, models.Entry.id == models.dilemma_entries.c.entry_id)
            .where(models.dilemma_entries.c.dilemma_id.in_(ids)).group_by(models.dilemma_entries.c.dilemma_id)
        )}
        reflections = {row[0]: (row[1], row[2]) for row in session.execute(
            sa.select(models.DilemmaReflection.dilemma_id, sa.func.count(), sa.func.max(models.DilemmaReflection.written_at))
            .where(models.DilemmaReflection.dilemma_id.in_(ids)).group_by(models.DilemmaReflection.dilemma_id)
        )}
        statuses = {row[0]: row[1] for row in session.execute(
            sa.select(models.DilemmaStatusChange.dilemma_id, sa.func.max(models.DilemmaStatusChange.changed_at))
            .where(models.DilemmaStatusChange.dilemma_id.in_(ids)).group_by(models.DilemmaStatusChange.dilemma_id)
        )}
        today = self._clock().astimezone().date()
        records = []
        for dilemma in dilemmas:
            entry_count, newest_entry = entries.get(dilemma.id, (0, None))
            reflection_count, newest_reflection = reflections.get(dilemma.id, (0, None))
            status_since = statuses.get(dilemma.id) or dilemma.opened_at
            moments = [m for m in (dilemma.updated_at, status_since, newest_entry, newest_reflection) if m is not None]
            records.append(DilemmaRecord(
                uuid=dilemma.uuid,
                title=dilemma.title,
                status=dilemma.status,
                categories=tuple(categories[dilemma.id]),
                decision=dilemma.decision,
                learned=dilemma.learned,
                opened_at=dilemma.opened_at.astimezone(),
                status_since=status_since.astimezone(),
                last_activity=max(moments).astimezone(),
                age_days=max(0, (today - dilemma.opened_at.astimezone().date()).days),
                entry_count=entry_count,
                reflection_count=reflection_count,
                created_at=dilemma.created_at.astimezone(),
                updated_at=dilemma.updated_at.astimezone(),
            ))
        order = {dilemma_id: index for index, dilemma_id in enumerate(ids)}
        uuid_to_id = {d.uuid: d.id for d in dilemmas}
        return sorted(records, key=lambda r: order[uuid_to_id[r.uuid]])

    def _categories(self, session: sa.Session, language: str | None) -> list[Category]:
        language = language or self.language
        rows = list(session.scalars(sa.select(models.DilemmaCategory)
                .order_by(models.DilemmaCategory.created_at, models.DilemmaCategory.id)))
        changes = {row.builtin_id: row for row in rows if row.builtin_id is not None}
        result = []
        for category in builtin_categories(language):
            row = changes.get(category.id)
            if row is not None:
                category = Category(
                    id=category.id, name=row.name or category.name, explanation=category.explanation,
                    questions=category.questions, builtin=True, hidden=row.hidden, renamed=bool(row.name),
                    shipped_name=category.shipped_name, report_section=category.report_section,
                )
            result.append(category)
        result += [
            Category(id=row.uuid, name=row.name, explanation=row.explanation,
                     questions=tuple(json.loads(row.questions or "[]")), builtin=False, hidden=row.hidden)
            for row in rows if row.builtin_id is None
        ]
        return result

    def _category(self, session: sa.Session, category_id: str, language: str | None) -> Category:
        for category in self._categories(session, language):
            if category.id == category_id:
                return category
        raise InvalidInput("this category does not exist")

    def _row(self, session: sa.Session, category_id: str, *, create: bool) -> models.DilemmaCategory:
        """The row of a category: an own category's, or a built-in's changes (made if asked)."""
        row = session.scalar(sa.select(models.DilemmaCategory).where(
            (models.DilemmaCategory.uuid == category_id) & models.DilemmaCategory.builtin_id.is_(None)
            | (models.DilemmaCategory.builtin_id == category_id)))
        if row is None and create:
            row = models.DilemmaCategory(builtin_id=category_id, name="", explanation="", questions="[]", hidden=False)
            session.add(row)
            session.flush()
        return row  # type: ignore[return-value]

    def _refuse_taken_name(self, session: sa.Session, name: str, own_row: int | None) -> None:
        taken = session.scalars(sa.select(models.DilemmaCategory).where(models.DilemmaCategory.name != "")).all()
        if any(row.name.casefold() == name.casefold() and row.id != own_row for row in taken):
            raise InvalidInput("another category already has this name")

    def _checked_categories(self, session: sa.Session, categories: Sequence[str]) -> list[str]:
        if isinstance(categories, str):
            categories = [categories]
        known = {c.id for c in self._categories(session, None)}
        chosen: list[str] = []
        for category in categories:
            if category not in known:
                raise InvalidInput(f"unknown dilemma category: {category}")
            if category not in chosen:
                chosen.append(category)
        if not chosen:
            raise InvalidInput("a dilemma needs at least one category")
        return chosen


# ----- helpers


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise InvalidInput(f"unknown status: {status} (use one of {', '.join(STATUSES)})")


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise InvalidInput("the date and time need a time zone")
    return moment


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _title(title: str) -> str:
    title = _one_line(title)
    if not title:
        raise InvalidInput("a dilemma needs a title")
    return title


def _body(body: str) -> str:
    body = body.strip()
    if not body:
        raise InvalidInput("a reflection cannot be empty")
    return body


def _questions_json(questions: Sequence[str]) -> str:
    if isinstance(questions, str):
        questions = [questions]
    return json.dumps([q.strip() for q in questions if q.strip()], ensure_ascii=False)


def _entry_id(session: sa.Session, entry_uuid: str) -> int:
    entry_id = session.scalar(sa.select(models.Entry.id).where(models.Entry.uuid == entry_uuid))
    if entry_id is None:
        raise InvalidInput("this entry no longer exists")
    return entry_id


def _write_categories(session: sa.Session, dilemma_id: int, categories: list[str]) -> None:
    session.execute(sa.delete(models.dilemma_category_links).where(models.dilemma_category_links.c.dilemma_id == dilemma_id))
    session.execute(sa.insert(models.dilemma_category_links), [
        {"dilemma_id": dilemma_id, "category": category, "position": position}
        for position, category in enumerate(categories)
    ])


def _set_written_at(row: models.DilemmaReflection, when: datetime) -> None:
    offset = when.utcoffset() or timedelta(0)
    row.written_at = when
    row.utc_offset_minutes = int(offset.total_seconds() // 60)


def _reflection(row: models.DilemmaReflection, dilemma_uuid: str) -> Reflection:
    local = row.written_at.astimezone(timezone(timedelta(minutes=row.utc_offset_minutes)))
    return Reflection(row.uuid, dilemma_uuid, local, row.body, row.created_at.astimezone(), row.updated_at.astimezone())


__all__ = [
    "CLOSED_STATUSES", "LIVING_WITH", "OPEN", "SETTLED", "STATUSES", "THINKING", "TO_SUPERVISION", "Category",
    "DilemmaRecord", "DilemmaStore", "DilemmaStory", "Reflection", "StatusChange", "StatusGroup", "StoryEvent",
    "builtin_categories", "taxonomy_problems",
]
