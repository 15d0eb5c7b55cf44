"""Preparing supervision: the agenda, the sessions, and the brief taken to them.

The agenda is what the worker marked for supervision, in the order they chose: entries with
the "for supervision" flag, dilemmas with the status "to bring to supervision", and
follow-ups a past session left (free text). For each item the worker writes the question they
want to bring, and sees how long it has waited.

The agenda and the marks are one thing seen from two sides:

- ``sync_agenda`` adds what was newly marked (at the end, longest waiting first) and drops
  what was unmarked: an entry whose flag was taken off, a dilemma whose status moved on, with
  the question written for it. Follow-ups are never dropped by it. Deleting an entry or a
  dilemma takes it off the agenda too (SQLite cascade).
- ``remove`` takes an item off the agenda by undoing its mark: the entry's flag goes, the
  dilemma goes back to the status it had before "to bring to supervision" (kept in its
  history); otherwise the next sync would put it back.
- ``record_session`` takes the discussed items off the agenda. A discussed entry loses its
  flag: the session keeps the list of what it discussed, and marking it again brings it back.
  A discussed dilemma moves to the status given for it, "thinking it through" when none is
  given (through ``DilemmaStore.set_status``, so its history shows the change); given "to
  bring to supervision" again, it stays on the agenda with its question. The session's
  follow-ups become agenda items.

How long an item has waited: an entry since it was marked (``Entry.for_supervision_since``;
for entries marked before schema 0005, since they were written), a dilemma since its status
became "to bring to supervision", a follow-up since its session was recorded.

``supervision_brief`` turns the agenda into a ``Brief`` (``briefs.py``) for the review step
and the renderers. Persons appear only as the pseudonyms of the person register: the register
holds no real names, so there is nothing to replace in the texts; the review step looks for
names that slipped in. Private notes about persons never enter a brief.

Callers get immutable records, never ORM objects.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.models import SUPERVISION_KINDS, utc_now
from journal_app.core.briefs import Brief, BriefItem, BriefSection
from journal_app.core.database import Database
from journal_app.core.dilemmas import STATUSES, THINKING, TO_SUPERVISION, DilemmaRecord, DilemmaStore
from journal_app.core.entries import EntryRecord, display_title, first_line
from journal_app.core.entries import _record as _entry_record
from journal_app.core.errors import InvalidInput
from journal_app.core.resources import load_toml, pick

KINDS = SUPERVISION_KINDS
"""Kinds of session: individual, group, intervision (peers, without a supervisor)."""

ItemKind = Literal["entry", "dilemma", "follow_up"]


# ----- records


@dataclass(frozen=True)
class AgendaItem:
    """One item of the agenda. ``title`` is the entry's or dilemma's title (for an untitled
    entry, the first line of its text), or the follow-up's text."""

    uuid: str
    kind: ItemKind
    position: int  # 0, 1, 2... in agenda order
    title: str
    question: str  # what the worker wants to bring
    waiting_since: datetime  # local time
    waited_days: int  # local calendar days since ``waiting_since``, as of when it was read
    added_at: datetime  # when it came on the agenda
    entry: EntryRecord | None = None
    dilemma: DilemmaRecord | None = None
    from_session: str | None = None  # for a follow-up: the uuid of the session that left it

    @property
    def source_uuid(self) -> str | None:
        """The entry's or dilemma's uuid (None for a follow-up)."""
        record = self.entry or self.dilemma
        return record.uuid if record is not None else None


@dataclass(frozen=True)
class DiscussedItem:
    """Something a session discussed. ``title`` is read now: an entry renamed since shows its
    new title; a deleted entry or dilemma is no longer listed."""

    kind: ItemKind
    title: str
    question: str
    source_uuid: str | None  # the entry's or dilemma's uuid
    status_after: str | None = None  # a dilemma's status after the session


@dataclass(frozen=True)
class SessionRecord:
    uuid: str
    held_on: date
    with_whom: str  # a label: "supervisor", "team"...
    kind: str  # one of KINDS
    discussed: str  # what was discussed
    outcome: str  # what came out of it
    items: tuple[DiscussedItem, ...]
    follow_ups: tuple[str, ...]  # as recorded (they went on the agenda)
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CategoryCount:
    category: str  # a category id (see dilemmas.py)
    name: str
    sessions: int  # how many times a dilemma of this category was discussed in a session
    last_brought: date | None


# ----- the store


class SupervisionStore:
    """The supervision agenda and sessions of one journal. ``clock`` gives the current time
    (timezone-aware; tests fix it); it also stamps the dilemma status changes it makes."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._database = database
        self._clock = clock

    # --- the agenda

    def agenda(self) -> list[AgendaItem]:
        """The agenda as it stands, in order (it does not sync: see ``sync_agenda``)."""
        dilemmas = self._dilemmas()
        with self._database.session() as session:
            return self._agenda(session, dilemmas)

    def sync_agenda(self) -> list[AgendaItem]:
        """Add what was newly marked, drop what was unmarked (see the module docstring), and
        return the agenda."""
        with self._database.session() as session:
            items = list(session.scalars(sa.select(models.SupervisionAgendaItem).order_by(models.SupervisionAgendaItem.position)))
            marked_entries = dict(session.execute(
                sa.select(models.Entry.id, sa.func.coalesce(models.Entry.for_supervision_since, models.Entry.created_at))
                .where(models.Entry.for_supervision.is_(True))).all())
            to_bring = {dilemma_id: _status_since(session, dilemma_id) for dilemma_id in session.scalars(
                sa.select(models.Dilemma.id).where(models.Dilemma.status == TO_SUPERVISION))}
            for item in items:
                if (item.entry_id is not None and item.entry_id not in marked_entries
                        or item.dilemma_id is not None and item.dilemma_id not in to_bring):
                    session.delete(item)
            kept = [item for item in items if item not in session.deleted]
            on_agenda = {("entry", item.entry_id) for item in kept} | {("dilemma", item.dilemma_id) for item in kept}
            newcomers = sorted(
                [(since, "entry", entry_id) for entry_id, since in marked_entries.items()
                 if ("entry", entry_id) not in on_agenda]
                + [(since, "dilemma", dilemma_id) for dilemma_id, since in to_bring.items()
                   if ("dilemma", dilemma_id) not in on_agenda])
            now = self._clock()
            for _since, kind, record_id in newcomers:
                item = models.SupervisionAgendaItem(position=len(kept), follow_up="", question="", created_at=now,
                                             updated_at=now)
                if kind == "entry":
                    item.entry_id = record_id
                else:
                    item.dilemma_id = record_id
                session.add(item)
                kept.append(item)
            _renumber(kept)
        return self.agenda()

    def move(self, item_uuid: str, new_position: int) -> list[AgendaItem]:
        """Put an item at ``new_position`` (0 is first; beyond the end: last)."""
        with self._database.session() as session:
            items = list(session.scalars(sa.select(models.SupervisionAgendaItem).order_by(models.SupervisionAgendaItem.position)))
            item = _find(items, item_uuid)
            items.remove(item)
            items.insert(max(0, min(new_position, len(items))), item)
            _renumber(items)
        return self.agenda()

    def set_question(self, item_uuid: str, question: str) -> AgendaItem:
        with self._database.session() as session:
            item = self._get(session, item_uuid)
            item.question = question.strip()
            item.updated_at = self._clock()
        return self._item(item_uuid)

    def add_follow_up(self, text: str, *, question: str = "") -> AgendaItem:
        """A reminder of one's own on the agenda, at the end."""
        text = _follow_up_text(text)
        with self._database.session() as session:
            item = self._new_follow_up(session, text, None)
            item.question = question.strip()
            uuid = item.uuid
        return self._item(uuid)

    def edit_follow_up(self, item_uuid: str, text: str) -> AgendaItem:
        text = _follow_up_text(text)
        with self._database.session() as session:
            item = self._get(session, item_uuid)
            if item.entry_id is not None or item.dilemma_id is not None:
                raise InvalidInput("only a follow-up's text can be edited here")
            item.follow_up = text
            item.updated_at = self._clock()
        return self._item(item_uuid)

    def remove(self, item_uuid: str) -> None:
        """Take an item off the agenda, undoing its mark (see the module docstring)."""
        with self._database.session() as session:
            item = self._get(session, item_uuid)
            dilemma_uuid = None
            if item.entry_id is not None:
                _unmark(session.get_one(models.Entry, item.entry_id), self._clock())
            elif item.dilemma_id is not None:
                dilemma_uuid = session.get_one(models.Dilemma, item.dilemma_id).uuid
            session.delete(item)
            session.flush()
            _renumber(list(session.scalars(sa.select(models.SupervisionAgendaItem).order_by(models.SupervisionAgendaItem.position))))
        if dilemma_uuid is not None:
            dilemmas = DilemmaStore(self._database, clock=self._clock)
            history = dilemmas.status_history(dilemma_uuid)
            before = [change.status for change in history if change.status != TO_SUPERVISION]
            if dilemmas.get(dilemma_uuid).status == TO_SUPERVISION:
                dilemmas.set_status(dilemma_uuid, before[-1] if before else STATUSES[0])

    # --- sessions

    def record_session(self, held_on: date, with_whom: str, kind: str, discussed: str, outcome: str,
                       discussed_item_ids: Sequence[str] = (),
                       dilemma_status_updates: Mapping[str, str] | None = None,
                       follow_ups: Sequence[str] = ()) -> SessionRecord:
        """Record a session held on ``held_on`` that discussed these agenda items (their uuids).

        ``dilemma_status_updates`` maps a dilemma's uuid to its status after the session; a
        discussed dilemma without one moves to "thinking it through". A dilemma given here
        that was not on the agenda is listed as discussed too. ``follow_ups`` (one reminder
        each; blank ones are skipped) go on the next agenda."""
        if kind not in KINDS:
            raise InvalidInput(f"unknown kind of session: {kind} (use one of {', '.join(KINDS)})")
        if not isinstance(held_on, date) or isinstance(held_on, datetime):
            raise InvalidInput("a session is held on a day")
        updates = dict(dilemma_status_updates or {})
        for status in updates.values():
            if status not in STATUSES:
                raise InvalidInput(f"unknown status: {status} (use one of {', '.join(STATUSES)})")
        reminders = [" ".join(text.split()) for text in follow_ups if text.strip()]
        now = self._clock()
        status_changes: dict[str, str] = {}
        with self._database.session() as session:
            agenda = list(session.scalars(sa.select(models.SupervisionAgendaItem).order_by(models.SupervisionAgendaItem.position)))
            chosen = [_find(agenda, uuid) for uuid in dict.fromkeys(discussed_item_ids)]
            dilemma_uuids = dict(session.execute(sa.select(models.Dilemma.id, models.Dilemma.uuid).where(
                models.Dilemma.id.in_([item.dilemma_id for item in chosen if item.dilemma_id is not None]))).all())
            extra = [uuid for uuid in updates if uuid not in dilemma_uuids.values()]
            extra_ids = {uuid: dilemma_id for dilemma_id, uuid in session.execute(
                sa.select(models.Dilemma.id, models.Dilemma.uuid).where(models.Dilemma.uuid.in_(extra)))}
            if len(extra_ids) != len(extra):
                raise InvalidInput("this dilemma no longer exists")
            for uuid in [*dilemma_uuids.values(), *extra]:
                _refuse_a_status_change_before(session, uuid, now)

            record = models.SupervisionSession(held_on=held_on.isoformat(), with_whom=" ".join(with_whom.split()),
                                        kind=kind, discussed=discussed.strip(), outcome=outcome.strip(),
                                        follow_ups=json.dumps(reminders, ensure_ascii=False),
                                        created_at=now, updated_at=now)
            session.add(record)
            session.flush()
            position = 0
            for item in chosen:
                status_after = None
                if item.dilemma_id is not None:
                    uuid = dilemma_uuids[item.dilemma_id]
                    status_after = updates.get(uuid, THINKING)
                    status_changes[uuid] = status_after
                session.add(models.SupervisionSessionItem(
                    session_id=record.id, position=position, entry_id=item.entry_id, dilemma_id=item.dilemma_id,
                    follow_up=item.follow_up, question=item.question, status_after=status_after, created_at=now))
                position += 1
                if item.entry_id is not None:
                    _unmark(session.get_one(models.Entry, item.entry_id), now)
                if status_after != TO_SUPERVISION:
                    session.delete(item)
            for uuid, dilemma_id in extra_ids.items():
                status_changes[uuid] = updates[uuid]
                session.add(models.SupervisionSessionItem(
                    session_id=record.id, position=position, dilemma_id=dilemma_id, follow_up="", question="",
                    status_after=updates[uuid], created_at=now))
                position += 1
            session.flush()
            kept = [item for item in agenda if item not in session.deleted]
            _renumber(kept)
            for text in reminders:
                self._new_follow_up(session, text, record.id)
            session_uuid = record.uuid
        # The dilemmas' own store keeps their history; it cannot join the transaction above
        # (one connection, one transaction at a time), so everything was checked before it.
        dilemmas = DilemmaStore(self._database, clock=self._clock)
        for uuid, status in status_changes.items():
            dilemmas.set_status(uuid, status, at=now)
        return self.session_record(session_uuid)

    def sessions(self) -> list[SessionRecord]:
        """Every recorded session, the most recent first."""
        with self._database.session() as session:
            rows = session.scalars(sa.select(models.SupervisionSession)
                                   .order_by(models.SupervisionSession.held_on.desc(), models.SupervisionSession.id.desc()))
            return [self._session_record(session, row) for row in rows]

    def session_record(self, uuid: str) -> SessionRecord:
        with self._database.session() as session:
            return self._session_record(session, self._get_session(session, uuid))

    def update_session(self, uuid: str, *, held_on: date | None = None, with_whom: str | None = None,
                       kind: str | None = None, discussed: str | None = None,
                       outcome: str | None = None) -> SessionRecord:
        """Correct what was written about a session (None: unchanged). What it discussed, the
        status changes it made and its follow-ups stay as recorded."""
        if kind is not None and kind not in KINDS:
            raise InvalidInput(f"unknown kind of session: {kind} (use one of {', '.join(KINDS)})")
        with self._database.session() as session:
            row = self._get_session(session, uuid)
            if held_on is not None:
                row.held_on = held_on.isoformat()
            if with_whom is not None:
                row.with_whom = " ".join(with_whom.split())
            if kind is not None:
                row.kind = kind
            if discussed is not None:
                row.discussed = discussed.strip()
            if outcome is not None:
                row.outcome = outcome.strip()
            row.updated_at = self._clock()
            session.flush()
            return self._session_record(session, row)

    def delete_session(self, uuid: str) -> None:
        """Delete a session's record. Its follow-ups stay on the agenda; the status changes it
        made stay in the dilemmas' history."""
        with self._database.session() as session:
            session.delete(self._get_session(session, uuid))

    def with_whom_labels(self) -> list[str]:
        """The "with whom" labels used so far, the most used first (to offer them again)."""
        with self._database.session() as session:
            rows = session.execute(sa.select(models.SupervisionSession.with_whom, sa.func.count())
                                   .where(models.SupervisionSession.with_whom != "")
                                   .group_by(models.SupervisionSession.with_whom)
                                   .order_by(sa.func.count().desc(), models.SupervisionSession.with_whom))
            return [row[0] for row in rows]

    def category_counts(self, *, language: str = "fr", include_unused: bool = False) -> list[CategoryCount]:
        """How often each dilemma category was brought to supervision: the sessions that
        discussed a dilemma of that category (a session discussing two such dilemmas counts
        twice), the most brought first. ``include_unused`` adds the categories never brought
        (hidden ones left out)."""
        with self._database.session() as session:
            rows = session.execute(
                sa.select(models.dilemma_category_links.c.category, models.SupervisionSession.held_on)
                .join(models.SupervisionSessionItem,
                      models.SupervisionSessionItem.dilemma_id == models.dilemma_category_links.c.dilemma_id)
                .join(models.SupervisionSession, models.SupervisionSession.id == models.SupervisionSessionItem.session_id)).all()
        counts = Counter(category for category, _ in rows)
        last: dict[str, str] = {}
        for category, held_on in rows:
            last[category] = max(last.get(category, held_on), held_on)
        categories = DilemmaStore(self._database, language=language).categories(include_hidden=True)
        order = {category.id: index for index, category in enumerate(categories)}
        result = [
            CategoryCount(category.id, category.name, counts.get(category.id, 0),
                          date.fromisoformat(last[category.id]) if category.id in last else None)
            for category in categories
            if category.id in counts or include_unused and not category.hidden
        ]
        return sorted(result, key=lambda c: (-c.sessions, order[c.category]))

    # --- internals

    def _dilemmas(self) -> dict[str, DilemmaRecord]:
        return {record.uuid: record for record in DilemmaStore(self._database, clock=self._clock).list()}

    def _item(self, uuid: str) -> AgendaItem:
        for item in self.agenda():
            if item.uuid == uuid:
                return item
        raise InvalidInput("this item is no longer on the agenda")

    def _agenda(self, session: sa.Session, dilemmas: Mapping[str, DilemmaRecord]) -> list[AgendaItem]:
        items = list(session.scalars(sa.select(models.SupervisionAgendaItem).order_by(models.SupervisionAgendaItem.position)))
        entry_ids = [item.entry_id for item in items if item.entry_id is not None]
        entries = {entry.id: entry for entry in session.scalars(
            sa.select(models.Entry).where(models.Entry.id.in_(entry_ids))
                .options(sa.selectinload(models.Entry.persons), sa.selectinload(models.Entry.tags)))}
        dilemma_uuids = dict(session.execute(sa.select(models.Dilemma.id, models.Dilemma.uuid).where(
            models.Dilemma.id.in_([item.dilemma_id for item in items if item.dilemma_id is not None]))).all())
        sessions = dict(session.execute(sa.select(models.SupervisionSession.id, models.SupervisionSession.uuid).where(
            models.SupervisionSession.id.in_([i.from_session_id for i in items if i.from_session_id is not None]))).all())
        today = self._clock().astimezone().date()
        agenda = []
        for position, item in enumerate(items):
            entry = dilemma = None
            if item.entry_id is not None:
                row = entries[item.entry_id]
                entry = _entry_record(row)
                title = entry_title(entry)
                since = row.for_supervision_since or row.created_at
            elif item.dilemma_id is not None:
                dilemma = dilemmas[dilemma_uuids[item.dilemma_id]]
                title = dilemma.title
                since = dilemma.status_since if dilemma.status == TO_SUPERVISION else item.created_at
            else:
                title = item.follow_up
                since = item.created_at
            since = since.astimezone()
            agenda.append(AgendaItem(
                uuid=item.uuid, kind=_kind(item), position=position, title=title, question=item.question,
                waiting_since=since, waited_days=max(0, (today - since.date()).days),
                added_at=item.created_at.astimezone(), entry=entry, dilemma=dilemma,
                from_session=sessions.get(item.from_session_id) if item.from_session_id is not None else None,
            ))
        return agenda

    def _new_follow_up(self, session: sa.Session, text: str, session_id: int | None) -> models.SupervisionAgendaItem:
        now = self._clock()
        last = session.scalar(sa.select(sa.func.max(models.SupervisionAgendaItem.position)))
        item = models.SupervisionAgendaItem(position=(last + 1) if last is not None else 0, follow_up=text, question="",
                                     from_session_id=session_id, created_at=now, updated_at=now)
        session.add(item)
        session.flush()
        return item

    def _get(self, session: sa.Session, uuid: str) -> models.SupervisionAgendaItem:
        item = session.scalar(sa.select(models.SupervisionAgendaItem).where(models.SupervisionAgendaItem.uuid == uuid))
        if item is None:
            raise InvalidInput("this item is no longer on the agenda")
        return item

    def _get_session(self, session: sa.Session, uuid: str) -> models.SupervisionSession:
        row = session.scalar(sa.select(models.SupervisionSession).where(models.SupervisionSession.uuid == uuid))
        if row is None:
            raise InvalidInput("this supervision session no longer exists")
        return row

    def _session_record(self, session: sa.Session, row: models.SupervisionSession) -> SessionRecord:
        items = list(session.scalars(sa.select(models.SupervisionSessionItem).where(models.SupervisionSessionItem.session_id == row.id)
                                     .order_by(models.SupervisionSessionItem.position)))
        entries = {entry.id: entry for entry in session.scalars(
            sa.select(models.Entry).where(models.Entry.id.in_([i.entry_id for i in items if i.entry_id is not None])))}
        dilemmas = {dilemma.id: dilemma for dilemma in session.scalars(
            sa.select(models.Dilemma).where(models.Dilemma.id.in_([i.dilemma_id for i in items if i.dilemma_id is not None])))}
        discussed = []
        for item in items:
            if item.entry_id is not None:
                entry = entries[item.entry_id]
                title, source = entry.title or _first_line(entry.body), entry.uuid
            elif item.dilemma_id is not None:
                title, source = dilemmas[item.dilemma_id].title, dilemmas[item.dilemma_id].uuid
            else:
                title, source = item.follow_up, None
            discussed.append(DiscussedItem(_kind(item), title, item.question, source, item.status_after))
        return SessionRecord(
            uuid=row.uuid, held_on=date.fromisoformat(row.held_on), with_whom=row.with_whom, kind=row.kind,
            discussed=row.discussed, outcome=row.outcome, items=tuple(discussed),
            follow_ups=tuple(json.loads(row.follow_ups or "[]")),
            created_at=row.created_at.astimezone(), updated_at=row.updated_at.astimezone(),
        )


# ----- the brief


def supervision_brief(database: Database, *, language: str, coarsen_dates: bool = False, title: str | None = None,
                      clock: Callable[[], datetime] = utc_now) -> Brief:
    """The agenda as a brief: its entries and dilemmas in agenda order, each with the
    question, how long it waited, its date and text (a dilemma's text is its reflections),
    then the follow-ups of earlier sessions. The agenda is synced first, so the brief holds
    exactly what is marked for supervision."""
    words = pick(load_toml("briefs", "labels.toml"), language)
    store = SupervisionStore(database, clock=clock)
    agenda = store.sync_agenda()
    dilemmas = DilemmaStore(database, language=language, clock=clock)
    category_names = {category.id: category.name for category in dilemmas.categories(include_hidden=True)}
    session_days = {record.uuid: record.held_on for record in store.sessions()}
    items, follow_ups = [], []
    for item in agenda:
        if item.entry is not None:
            entry = item.entry
            details = [] if entry.emotional_weight is None else [
                (words["weight"], words["weight_value"].format(n=entry.emotional_weight))]
            items.append(BriefItem(
                kind="entry", title=entry.title.strip() or words["untitled_entry"], body=entry.body,
                when=entry.occurred_at.date() if entry.occurred_at else None, question=item.question,
                waited_days=item.waited_days, persons=entry.persons, details=tuple(details), source_uuid=entry.uuid))
        elif item.dilemma is not None:
            story = dilemmas.story(item.dilemma.uuid, language=language)
            details = [(words["categories"], ", ".join(category_names.get(c, c) for c in item.dilemma.categories)),
                       (words["status"], words[f"status_{item.dilemma.status}"])]
            if item.dilemma.decision:
                details.append((words["decision"], item.dilemma.decision))
            items.append(BriefItem(
                kind="dilemma", title=item.title, body="\n\n".join(r.body for r in story.reflections),
                when=item.dilemma.opened_at.date(), question=item.question, waited_days=item.waited_days,
                persons=_pseudonyms(entry.persons for entry in story.entries), details=tuple(details),
                source_uuid=item.dilemma.uuid))
        else:
            day = session_days.get(item.from_session) if item.from_session else None
            follow_ups.append(BriefItem(
                kind="follow_up", title=item.title, when=day or item.added_at.date(), question=item.question,
                waited_days=item.waited_days))
    sections = [BriefSection(words["agenda"], tuple(items))]
    if follow_ups:
        sections.append(BriefSection(words["follow_ups"], tuple(follow_ups)))
    return Brief(title=title or words["supervision_title"], language=language,
                 created=clock().astimezone().date(), sections=tuple(sections), coarsen_dates=coarsen_dates)


# ----- helpers


# An entry's title, or for an untitled one the first line of its text (one place: entries.py).
entry_title = display_title
_first_line = first_line


def _pseudonyms(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for group in groups for name in group))


def _kind(item: models.SupervisionAgendaItem | models.SupervisionSessionItem) -> ItemKind:
    return "entry" if item.entry_id is not None else "dilemma" if item.dilemma_id is not None else "follow_up"


def _find(items: list[models.SupervisionAgendaItem], uuid: str) -> models.SupervisionAgendaItem:
    for item in items:
        if item.uuid == uuid:
            return item
    raise InvalidInput("this item is no longer on the agenda")


def _renumber(items: list[models.SupervisionAgendaItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position


def _unmark(entry: models.Entry, now: datetime) -> None:
    if entry.for_supervision:
        entry.for_supervision = False  # models.py forgets when it was marked
        entry.updated_at = now


def _status_since(session: sa.Session, dilemma_id: int) -> datetime:
    since = session.scalar(sa.select(sa.func.max(models.DilemmaStatusChange.changed_at))
                           .where(models.DilemmaStatusChange.dilemma_id == dilemma_id))
    return since or session.get_one(models.Dilemma, dilemma_id).opened_at


def _refuse_a_status_change_before(session: sa.Session, dilemma_uuid: str, now: datetime) -> None:
    last = session.scalar(sa.select(sa.func.max(models.DilemmaStatusChange.changed_at)).join(models.Dilemma)
                          .where(models.Dilemma.uuid == dilemma_uuid))
    if last is not None and now < last:
        raise InvalidInput("a status change cannot be dated before the previous one")


def _follow_up_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("a follow-up needs some text")
    return text


__all__ = [
    "KINDS", "AgendaItem", "CategoryCount", "DiscussedItem", "SessionRecord", "SupervisionStore", "entry_title",
    "supervision_brief",
]
