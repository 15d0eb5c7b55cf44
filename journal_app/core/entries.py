"""Entries, persons and tags: adding, editing, deleting, listing and searching.

Callers get plain immutable records (``EntryRecord``), never ORM objects, so the desktop
app can pass them between threads safely.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.models import CHANNELS, ENTRY_KINDS, utc_now
from journal_app.core.database import Database
from journal_app.core.errors import PROGRESS_STEP, InvalidInput, Progress
from journal_app.core.schedule import automatic_off_hours, counts_as_contact

FLAG_NAMES = ("off_hours", "out_of_frame", "private", "for_supervision")
MAX_WEIGHT = 10


TITLE_WIDTH = 80  # characters of a first line shown as a title


def display_title(record: EntryFields) -> str:
    """What to show as an entry's title: its title, or for an untitled one the first line of
    its text (trimmed, without Markdown markers), as Day One and jrnl do. Empty when the
    entry has neither: the caller says "(untitled)" in the person's language."""
    return " ".join(record.title.split()) or first_line(record.body)


def first_line(text: str, width: int = TITLE_WIDTH) -> str:
    """The first line of a text holding more than Markdown markers, trimmed to ``width``."""
    line = next((" ".join(line.strip(" \t#>*-").split()) for line in text.splitlines()
                 if line.strip(" \t#>*-")), "")
    return line if len(line) <= width else line[:width - 1].rstrip() + "…"


EXCERPT_WIDTH = 160  # characters of text a list row may show under the title

# Markdown and HTML marks that say how the text looks, not what it says.
_HTML_TAG = re.compile(r"<[^>\n]{1,200}>")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_LINE_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+\[[ xX]\]\s+|[-*+]\s+|\d{1,3}[.)]\s+)+")
_INLINE_MARKS = re.compile(r"(?<![\w*~`])(?:\*{1,3}|_{1,3}|~~|`+)(?=[^\s*_~`])"
                           r"|(?<=[^\s*_~`])(?:\*{1,3}|_{1,3}|~~|`+)(?![\w*~`])")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


def excerpt(record: EntryFields, width: int = EXCERPT_WIDTH) -> str:
    """A short plain text of an entry's body for the list: without Markdown or HTML marks, on
    one line, and without the first line when that line already stands as the title. Computed
    when shown, kept in memory only."""
    lines = [_plain_line(line) for line in record.body.splitlines()]
    lines = [line for line in lines if line]
    if not record.title.strip():
        lines = lines[1:]  # its first line stands as the title (display_title)
    text = " ".join(" ".join(lines).split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _plain_line(line: str) -> str:
    if _RULE.match(line):
        return ""
    line = _HTML_TAG.sub("", html.unescape(line)) if "<" in line or "&" in line else line
    line = _LINK.sub(r"\1", _LINE_MARKS.sub("", line))
    return " ".join(_INLINE_MARKS.sub("", line).replace("\\", "").split())


@dataclass(frozen=True)
class EntryFields:
    """Everything a person can set on an entry. Used both to add and to update."""

    title: str = ""
    body: str = ""
    # Timezone-aware; None means now. A contact's is when it happened; a reflection's is the
    # situation it is about, or the time of writing (see schedule.py: only contacts are judged
    # off-hours).
    occurred_at: datetime | None = None
    kind: str = "reflection"
    duration_minutes: int | None = None
    channel: str | None = None
    persons: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    off_hours: bool | None = None  # None: computed from the work schedule (schedule.py)
    out_of_frame: bool = False
    private: bool = False
    emotional_weight: int | None = None
    for_supervision: bool = False

    def validated(self) -> EntryFields:
        if self.kind not in ENTRY_KINDS:
            raise InvalidInput(f"unknown kind of entry: {self.kind}")
        if self.channel is not None and self.channel not in CHANNELS:
            raise InvalidInput(f"unknown channel: {self.channel} (use one of {', '.join(CHANNELS)})")
        if self.emotional_weight is not None and not 0 <= self.emotional_weight <= MAX_WEIGHT:
            raise InvalidInput("the emotional weight goes from 0 to 10")
        if self.duration_minutes is not None and self.duration_minutes < 0:
            raise InvalidInput("a duration cannot be negative")
        if self.occurred_at is not None and self.occurred_at.tzinfo is None:
            raise InvalidInput("the date and time need a time zone")
        return replace(self, persons=_clean_names(self.persons), tags=_clean_names(self.tags))


@dataclass(frozen=True)
class EntryRecord(EntryFields):
    """An entry as stored. ``occurred_at`` carries the UTC offset it was written in."""

    uuid: str = ""
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    # False: off_hours was computed from the schedule and follows its changes.
    off_hours_by_hand: bool = True

    def fields_only(self) -> EntryFields:
        values = EntryFields(**{f.name: getattr(self, f.name) for f in fields(EntryFields)})
        return values if self.off_hours_by_hand else replace(values, off_hours=None)


@dataclass(frozen=True)
class EntryFilter:
    """Which entries to show. Dates are the person's local calendar days, both inclusive."""

    text: str = ""
    since: date | None = None
    until: date | None = None
    tags: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()  # every named flag must be set
    kinds: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class PersonRecord:
    """A person as stored: a pseudonym and the worker's private note about them."""

    pseudonym: str
    note: str = ""
    uuid: str = ""  # empty: a new one is given when the person is added
    created_at: datetime = field(default_factory=utc_now)


class EntryStore:
    def __init__(self, database: Database) -> None:
        self._database = database

    def add(self, values: EntryFields, *, uuid: str | None = None, created_at: datetime | None = None,
            updated_at: datetime | None = None) -> EntryRecord:
        values = values.validated()
        with self._database.session() as session:
            entry = models.Entry()
            if uuid is not None:
                entry.uuid = uuid
            now = utc_now()
            entry.created_at = created_at or now
            session.add(entry)  # before its persons and tags are attached, so they cascade with it
            self._apply(session, entry, values, updated_at or now)
            session.flush()
            return _record(entry)

    def update(self, uuid: str, values: EntryFields) -> EntryRecord:
        values = values.validated()
        with self._database.session() as session:
            entry = self._get(session, uuid)
            self._apply(session, entry, values, utc_now())
            self._database.search_index_holds_edits = True  # purged by a later save (Journal.save)
            session.flush()
            record = _record(entry)
        self._forget_unused_tags()
        return record

    def delete(self, uuid: str) -> EntryRecord:
        """Delete an entry for good (its text leaves the file at the next save).
        Returns what was deleted, so the app can offer to undo."""
        with self._database.session() as session:
            entry = self._get(session, uuid)
            record = _record(entry)
            session.delete(entry)
            self._database.search_index_dirty = True
        self._forget_unused_tags()
        return record

    def restore(self, record: EntryRecord) -> EntryRecord:
        """Put back an entry deleted earlier in this session (undo), with its identity."""
        return self.add(record.fields_only(), uuid=record.uuid, created_at=record.created_at)

    def get(self, uuid: str) -> EntryRecord:
        with self._database.session() as session:
            return _record(self._get(session, uuid))

    def exists(self, uuid: str) -> bool:
        with self._database.session() as session:
            return session.scalar(sa.select(sa.func.count()).where(models.Entry.uuid == uuid)) == 1

    def list(self, criteria: EntryFilter = EntryFilter()) -> list[EntryRecord]:
        """Matching entries, newest first.

        Two steps: the ids first, which SQLite finds by walking the date index backwards and
        stopping at the page's end; then only those rows, with their persons and tags."""
        ids = self.filtered_query(sa.select(models.Entry.id), criteria).order_by(
            models.Entry.occurred_at.desc(), models.Entry.id.desc())
        if criteria.limit is not None:
            ids = ids.limit(criteria.limit)
        if criteria.offset:
            ids = ids.offset(criteria.offset)
        with self._database.session() as session:
            wanted = list(session.scalars(ids))
            if not wanted:
                return []
            rows = session.scalars(
                sa.select(models.Entry).where(models.Entry.id.in_(wanted))
                    .options(sa.selectinload(models.Entry.persons), sa.selectinload(models.Entry.tags))
            )
            by_id = {entry.id: _record(entry) for entry in rows}
        return [by_id[entry_id] for entry_id in wanted]

    def count(self, criteria: EntryFilter = EntryFilter()) -> int:
        query = self.filtered_query(sa.select(sa.func.count(models.Entry.id)), criteria)
        with self._database.session() as session:
            return session.scalar(query) or 0

    def search(self, text: str, criteria: EntryFilter = EntryFilter()) -> list[EntryRecord]:
        return self.list(replace(criteria, text=text))

    def persons(self) -> list[str]:
        with self._database.session() as session:
            return list(session.scalars(sa.select(models.Person.pseudonym).order_by(models.Person.pseudonym)))

    def tags(self) -> list[str]:
        with self._database.session() as session:
            return list(session.scalars(sa.select(models.Tag.name).order_by(models.Tag.name)))

    def person_records(self) -> list[PersonRecord]:
        """Every person with their note, including persons no entry mentions."""
        with self._database.session() as session:
            return [
                PersonRecord(pseudonym=p.pseudonym, note=p.note, uuid=p.uuid, created_at=p.created_at)
                for p in session.scalars(sa.select(models.Person).order_by(models.Person.pseudonym))
            ]

    def add_many(self, entries: Sequence[EntryRecord], persons: Sequence[PersonRecord] = (),
                 progress: Progress | None = None) -> tuple[int, int]:
        """Add entries keeping their identity (uuid, created_at, updated_at), all in ONE
        transaction: if any of them fails, none is added. For imports.

        An entry whose uuid the journal already holds is skipped (an entry with an empty uuid
        gets a new one). A person the journal does not know yet is added with its uuid and
        note; a known person keeps its note, unless it had none. Returns (added, skipped).
        ``progress(done, total)`` is called as entries are added; if it raises (``Cancelled``),
        nothing is added.
        """
        checked = [record.validated() for record in entries]
        with self._database.session() as session:
            for person in persons:
                _merge_person(session, person)
            known = set(session.scalars(sa.select(models.Entry.uuid)))
            added = 0
            for done, record in enumerate(checked):
                if progress is not None and done and done % PROGRESS_STEP == 0:
                    progress(done, len(checked))
                if record.uuid and record.uuid in known:
                    continue
                entry = models.Entry()
                if record.uuid:
                    entry.uuid = record.uuid
                    known.add(record.uuid)
                entry.created_at = record.created_at
                session.add(entry)  # before its persons and tags are attached, as in add()
                self._apply(session, entry, record, record.updated_at)
                added += 1
            session.flush()
            if progress is not None and checked:
                progress(len(checked), len(checked))  # within the transaction: a cancel here still adds nothing
        return added, len(checked) - added

    # ----- internals

    def _get(self, session: sa.Session, uuid: str) -> models.Entry:
        entry = session.scalar(sa.select(models.Entry).where(models.Entry.uuid == uuid))
        if entry is None:
            raise InvalidInput("this entry no longer exists")
        return entry

    def _apply(self, session: sa.Session, entry: models.Entry, values: EntryFields, now: datetime) -> None:
        occurred = values.occurred_at or datetime.now(UTC).astimezone()
        offset = occurred.utcoffset() or timedelta(0)
        entry.kind = values.kind
        entry.title = values.title
        entry.body = values.body
        entry.occurred_at = occurred
        entry.utc_offset_minutes = int(offset.total_seconds() // 60)
        entry.duration_minutes = values.duration_minutes
        entry.channel = values.channel
        if values.off_hours is None or (isinstance(values, EntryRecord) and not values.off_hours_by_hand):
            # Only what happened off-hours is: a reflection written in the evening is not.
            computed = (automatic_off_hours(session, occurred, values.duration_minutes)
                        if counts_as_contact(values.kind, values.channel) else False)
            # No schedule in force that day: keep what was given (nothing, for a new entry).
            entry.off_hours = bool(values.off_hours) if computed is None else computed
            entry.off_hours_by_hand = False
        else:
            entry.off_hours = values.off_hours
            entry.off_hours_by_hand = True
        entry.out_of_frame = values.out_of_frame
        entry.private = values.private
        entry.emotional_weight = values.emotional_weight
        entry.for_supervision = values.for_supervision
        with session.no_autoflush:  # the entry may not be complete enough to flush yet
            entry.persons = [_get_or_create(session, models.Person, models.Person.pseudonym, name) for name in values.persons]
            entry.tags = [_get_or_create(session, models.Tag, models.Tag.name, name) for name in values.tags]
        entry.search_persons = " ".join(values.persons)
        entry.search_tags = " ".join(values.tags)
        entry.updated_at = now

    def filtered_query(self, query: sa.Select, criteria: EntryFilter) -> sa.Select:  # type: ignore[type-arg]
        """Add the WHERE clauses of ``criteria`` (text, dates, flags, tags, persons...) to ``query``."""
        match = fts_query(criteria.text)
        if match is not None:
            query = query.where(
                # "+ 0" keeps SQLite from using the primary key for this test, so it walks the
                # date index instead and can stop after one page of matches.
                (models.Entry.id + 0).in_(
                    sa.select(_fts_rowid()).select_from(_fts()).where(_fts_match(match))
                )
            )
        elif criteria.text.strip():
            query = query.where(False)  # only punctuation: nothing can match
        if criteria.since is not None:
            query = query.where(models.Entry.occurred_at >= _local_midnight(criteria.since))
        if criteria.until is not None:
            query = query.where(models.Entry.occurred_at < _local_midnight(criteria.until + timedelta(days=1)))
        for flag in criteria.flags:
            if flag not in FLAG_NAMES:
                raise InvalidInput(f"unknown flag: {flag}")
            query = query.where(getattr(models.Entry, flag).is_(True))
        # The entries linked to the named tag or person, found from the name's side (one row, then
        # its links by index), not by testing every entry's links: one person's 77 entries of 50,000
        # listed in 6 ms, not 49.
        for tag in _clean_names(criteria.tags):
            named = sa.select(models.Tag.id).where(sa.func.casefold(models.Tag.name) == tag.casefold())
            query = query.where(models.Entry.id.in_(
                sa.select(models.entry_tags.c.entry_id).where(models.entry_tags.c.tag_id.in_(named))))
        for person in _clean_names(criteria.persons):
            named = sa.select(models.Person.id).where(sa.func.casefold(models.Person.pseudonym) == person.casefold())
            query = query.where(models.Entry.id.in_(
                sa.select(models.entry_persons.c.entry_id).where(models.entry_persons.c.person_id.in_(named))))
        if criteria.kinds:
            query = query.where(models.Entry.kind.in_(criteria.kinds))
        if criteria.channels:
            query = query.where(models.Entry.channel.in_(criteria.channels))
        return query

    def _forget_unused_tags(self) -> None:
        # A tag nobody uses any more would otherwise linger in completion lists.
        with self._database.session() as session:
            for tag in session.scalars(sa.select(models.Tag).where(~models.Tag.entries.any())):
                session.delete(tag)


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """An FTS5 query from what a person typed: every word must match, as a prefix.
    Words are quoted, so no input can be an FTS syntax error."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def _fts():  # type: ignore[no-untyped-def]
    return sa.table("entry_search")  # the FTS5 index (a virtual table, not an ORM model)


def _fts_rowid():  # type: ignore[no-untyped-def]
    return sa.literal_column("entry_search.rowid")


def _fts_match(match: str):  # type: ignore[no-untyped-def]
    return sa.literal_column("entry_search").op("MATCH")(match)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def _clean_names(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trimmed, without empties or case-insensitive duplicates, in the order given."""
    seen: set[str] = set()
    result = []
    for name in names:
        name = " ".join(name.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return tuple(result)


def _get_or_create(session: sa.Session, model: type, column, name: str):  # type: ignore[no-untyped-def]
    existing = session.scalar(sa.select(model).where(sa.func.casefold(column) == name.casefold()))
    if existing is not None:
        return existing
    created = model(**{column.key: name})
    session.add(created)
    session.flush()
    return created


def _merge_person(session: sa.Session, person: PersonRecord) -> None:
    name = " ".join(person.pseudonym.split())
    if not name:
        return
    existing = session.scalar(sa.select(models.Person).where(models.Person.pseudonym == name))  # NOCASE column
    if existing is not None:
        if not existing.note and person.note:
            existing.note = person.note
        return
    created = models.Person(pseudonym=name, note=person.note, created_at=person.created_at)
    # A uuid already used by a differently named person (renamed since) must not collide.
    if person.uuid and session.scalar(sa.select(sa.func.count()).where(models.Person.uuid == person.uuid)) == 0:
        created.uuid = person.uuid
    session.add(created)
    session.flush()


def _record(entry: models.Entry) -> EntryRecord:
    return EntryRecord(
        uuid=entry.uuid,
        kind=entry.kind,
        title=entry.title,
        body=entry.body,
        occurred_at=entry.local_occurred_at(),
        duration_minutes=entry.duration_minutes,
        channel=entry.channel,
        persons=tuple(p.pseudonym for p in entry.persons),
        tags=tuple(t.name for t in entry.tags),
        off_hours=entry.off_hours,
        off_hours_by_hand=entry.off_hours_by_hand,
        out_of_frame=entry.out_of_frame,
        private=entry.private,
        emotional_weight=entry.emotional_weight,
        for_supervision=entry.for_supervision,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
    )
