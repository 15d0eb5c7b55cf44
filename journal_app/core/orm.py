"""SQLAlchemy 2 typed ORM models of the journal database (schema version 6).

Reached through ``models`` (``models.Entry``), which loads this module, and SQLAlchemy, on
first use only: the window and the command line start without them.

The database only ever lives in memory (see ``database.py``); the schema is created and
upgraded by the Alembic migrations in ``migrations/versions``, never by ``create_all``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import (
    Boolean, Column, Float, ForeignKey, Integer, String, Table, Text, TypeDecorator, UniqueConstraint, event, false,
    inspect,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from journal_app.core.models import (  # noqa: F401  (the plain names, here too for the ORM's users)
    CHANNELS, DILEMMA_STATUSES, ENTRY_KINDS, REVISED_TABLES, SUPERVISION_KINDS, new_uuid, utc_now,
)


class UtcDateTime(TypeDecorator[datetime]):
    """Stored as ISO-8601 text in UTC so it sorts as text; always returned timezone-aware."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a timezone-aware column")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)  # reads the trailing "Z"; 50 times faster than strptime


class Base(DeclarativeBase):
    pass


entry_persons = Table(
    "entry_persons",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True),
)

entry_tags = Table(
    "entry_tags",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)



class Entry(Base):
    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    kind: Mapped[str] = mapped_column(String(20), default="reflection")
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    # The UTC offset where it happened, so the entry shows the local time it was written in.
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, default=0)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    channel: Mapped[str | None] = mapped_column(String(20))
    off_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    # False: off_hours is computed from the work schedule (schedule.py) and recomputed when the
    # schedule changes; True: the person set it by hand and it is never recomputed.
    off_hours_by_hand: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    out_of_frame: Mapped[bool] = mapped_column(Boolean, default=False)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    emotional_weight: Mapped[int | None] = mapped_column(Integer)
    for_supervision: Mapped[bool] = mapped_column(Boolean, default=False)
    # When it was marked for supervision (None when it is not): how long it has waited on the
    # supervision agenda. Kept by _note_when_marked_for_supervision below (schema 0005).
    for_supervision_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Denormalised for full-text search: the FTS5 index reads these columns (external content),
    # and SQL triggers keep it in step with every insert, update and delete.
    search_tags: Mapped[str] = mapped_column(Text, default="")
    search_persons: Mapped[str] = mapped_column(Text, default="")
    # The uuid of the entry this one is another version of: when two copies of the journal both
    # changed an entry, merging keeps both, the older as a new entry pointing here (schema 0006).
    conflict_of: Mapped[str | None] = mapped_column(String(32))

    persons: Mapped[list[Person]] = relationship(secondary=entry_persons, back_populates="entries", order_by="Person.pseudonym")
    tags: Mapped[list[Tag]] = relationship(secondary=entry_tags, back_populates="entries", order_by="Tag.name")

    def local_occurred_at(self) -> datetime:
        return self.occurred_at.astimezone(timezone(timedelta(minutes=self.utc_offset_minutes)))


class Person(Base):
    """Someone the worker accompanies, known only by a pseudonym."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    pseudonym: Mapped[str] = mapped_column(String(80, collation="NOCASE"), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    entries: Mapped[list[Entry]] = relationship(secondary=entry_persons, back_populates="persons")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80, collation="NOCASE"), unique=True)

    entries: Mapped[list[Entry]] = relationship(secondary=entry_tags, back_populates="tags")


class Setting(Base):
    """Settings that concern the content (schedule, limits...) live inside the journal."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class ScheduleVersion(Base):
    """One version of the worker's schedule, in force from ``effective_from`` until the next
    version's date. Versions are kept so that old entries are judged by the schedule of their
    day (see schedule.py)."""

    __tablename__ = "schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[str] = mapped_column(String(10), unique=True)  # 'YYYY-MM-DD', sorts as text
    spec: Mapped[str] = mapped_column(Text)  # JSON, see schedule.schedule_to_json


# ----- dilemmas and personal limits (schema 0003, see dilemmas.py and limits.py)



class DilemmaCategory(Base):
    """The worker's own dilemma category (``builtin_id`` NULL), or their changes to a built-in
    one (``builtin_id`` names it: a new name, hidden). Built-in categories are data files, not
    rows: a built-in gets a row only once the worker changes it."""

    __tablename__ = "dilemma_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    builtin_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text, default="")  # "" on a built-in: its shipped name
    explanation: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


dilemma_entries = Table(
    "dilemma_entries",
    Base.metadata,
    Column("dilemma_id", ForeignKey("dilemmas.id", ondelete="CASCADE"), primary_key=True),
    # Deleting an entry deletes its links (SQLite cascade), never the dilemma.
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("linked_at", UtcDateTime, nullable=False),
)

dilemma_category_links = Table(
    "dilemma_category_links",
    Base.metadata,
    Column("dilemma_id", ForeignKey("dilemmas.id", ondelete="CASCADE"), primary_key=True),
    # A built-in category's id ("personal-resources") or the uuid of the worker's own category.
    Column("category", String(64), primary_key=True),
    Column("position", Integer, nullable=False),
)


class Dilemma(Base):
    __tablename__ = "dilemmas"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    decision: Mapped[str] = mapped_column(Text, default="")  # what was decided, and why
    learned: Mapped[str] = mapped_column(Text, default="")  # what was learned
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class DilemmaStatusChange(Base):
    """The status history of a dilemma; its first row is the status it was opened with."""

    __tablename__ = "dilemma_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    dilemma_id: Mapped[int] = mapped_column(ForeignKey("dilemmas.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class DilemmaReflection(Base):
    __tablename__ = "dilemma_reflections"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    dilemma_id: Mapped[int] = mapped_column(ForeignKey("dilemmas.id", ondelete="CASCADE"), index=True)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime)
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, default=0)  # as for entries
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class PersonalLimit(Base):
    """One of the worker's own limits; what it says lives in its versions."""

    __tablename__ = "limits"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    kind: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class PersonalLimitVersion(Base):
    """A limit as it stands from ``effective_from`` until its next version's date; an inactive
    version ends (or pauses) the limit from that day."""

    __tablename__ = "limit_versions"
    __table_args__ = (UniqueConstraint("limit_id", "effective_from", name="uq_limit_versions_limit_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    limit_id: Mapped[int] = mapped_column(ForeignKey("limits.id", ondelete="CASCADE"))
    effective_from: Mapped[str] = mapped_column(String(10))  # 'YYYY-MM-DD', sorts as text
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    label: Mapped[str] = mapped_column(Text, default="")
    params: Mapped[str] = mapped_column(Text, default="{}")  # JSON, see limits.py
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class LimitMark(Base):
    """A crossing the person ticked by hand on an entry (limits that cannot be measured)."""

    __tablename__ = "limit_marks"
    __table_args__ = (UniqueConstraint("limit_id", "entry_id", name="uq_limit_marks_limit_entry"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    limit_id: Mapped[int] = mapped_column(ForeignKey("limits.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class Checkin(Base):
    """A fortnightly check-in (see checkins.py): the CBI answers, Carnet's extra questions, and
    the three scale scores computed when it was recorded (None: too few answers on that scale)."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, default=0)  # as for entries
    answers: Mapped[str] = mapped_column(Text, default="{}")  # JSON: CBI item id -> option score
    extra: Mapped[str] = mapped_column(Text, default="{}")  # JSON: extra question id -> 0..4
    personal_score: Mapped[float | None] = mapped_column(Float)
    work_score: Mapped[float | None] = mapped_column(Float)
    client_score: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


@event.listens_for(Entry, "before_insert")
@event.listens_for(Entry, "before_update")
def _note_when_marked_for_supervision(mapper: object, connection: object, entry: Entry) -> None:
    """Remember when an entry was marked for supervision, whoever marks it (the editor, an
    import, the CLI): the time of the edit that set the flag, which every store stamps in
    ``updated_at``. Unmarking forgets it, so marking again starts a new wait.

    Only an ``updated_at`` set in this flush is that edit's time: a flush in the middle of an
    edit (adding a new person flushes) still holds the previous edit's time."""
    if not entry.for_supervision:
        entry.for_supervision_since = None
    elif entry.for_supervision_since is None and inspect(entry).attrs.updated_at.history.has_changes():
        entry.for_supervision_since = entry.updated_at


# ----- supervision (schema 0005, see supervision.py)



class SupervisionAgendaItem(Base):
    """One item of the next supervision's agenda: an entry marked for supervision, a dilemma
    with the status "to_supervision", or a follow-up left by a past session (free text)."""

    __tablename__ = "supervision_agenda"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    position: Mapped[int] = mapped_column(Integer)
    # Deleting the entry or the dilemma takes it off the agenda (SQLite cascade).
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), unique=True)
    dilemma_id: Mapped[int | None] = mapped_column(ForeignKey("dilemmas.id", ondelete="CASCADE"), unique=True)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    from_session_id: Mapped[int | None] = mapped_column(ForeignKey("supervision_sessions.id", ondelete="SET NULL"))
    question: Mapped[str] = mapped_column(Text, default="")  # what the worker wants to bring
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)  # when it came on the agenda
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class SupervisionSession(Base):
    __tablename__ = "supervision_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    held_on: Mapped[str] = mapped_column(String(10), index=True)  # 'YYYY-MM-DD', sorts as text
    with_whom: Mapped[str] = mapped_column(Text, default="")  # a label: "supervisor", "team"...
    kind: Mapped[str] = mapped_column(String(20), default="individual")
    discussed: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_ups: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings, as recorded
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class SupervisionSessionItem(Base):
    """What a session discussed: an entry, a dilemma (with the status it moved to) or a
    follow-up, with the question the worker had brought."""

    __tablename__ = "supervision_session_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    session_id: Mapped[int] = mapped_column(ForeignKey("supervision_sessions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    dilemma_id: Mapped[int | None] = mapped_column(ForeignKey("dilemmas.id", ondelete="CASCADE"), index=True)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    status_after: Mapped[str | None] = mapped_column(String(20))  # a dilemma's status after the session
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


# ----- placement portfolio (schema 0005, see placement.py)


class Placement(Base):
    """A trainee's placement. People appear only as labels ("tutor", "Mme V."), never as names."""

    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    institution: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[str | None] = mapped_column(String(10))  # 'YYYY-MM-DD'
    ends_on: Mapped[str | None] = mapped_column(String(10))
    tutor: Mapped[str] = mapped_column(Text, default="")
    school_supervisor: Mapped[str] = mapped_column(Text, default="")
    required_minutes: Mapped[int] = mapped_column(Integer, default=0)
    self_evaluation: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class PlacementObjective(Base):
    __tablename__ = "placement_objectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class PlacementHours(Base):
    """The hours worked on one day of a placement (one row per day)."""

    __tablename__ = "placement_hours"
    __table_args__ = (UniqueConstraint("placement_id", "day", name="uq_placement_hours_placement_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id", ondelete="CASCADE"))
    day: Mapped[str] = mapped_column(String(10))  # 'YYYY-MM-DD', sorts as text
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


objective_entries = Table(
    "objective_entries",
    Base.metadata,
    Column("objective_id", ForeignKey("placement_objectives.id", ondelete="CASCADE"), primary_key=True),
    # Deleting an entry deletes its links, never the objective.
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("linked_at", UtcDateTime, nullable=False),
)


# ----- two copies of one journal (schema 0006, see merge.py)


class Tombstone(Base):
    """A deleted record, so that merging another copy of the journal does not bring it back:
    its kind (the table), its identity (a uuid; the key of a setting, the first day of a
    schedule; "<uuid>:<uuid>" for a link), when it was deleted, and the revisions it had
    (hashes, never its content). Written by SQL triggers on every delete, whoever deletes."""

    __tablename__ = "tombstones"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(80), primary_key=True)
    deleted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revision: Mapped[str | None] = mapped_column(String(16))
    revisions: Mapped[str] = mapped_column(Text, default="")


def _add_revision_columns() -> None:
    for name in REVISED_TABLES:
        table = Base.metadata.tables[name]
        table.append_column(Column("revision", String(16)))
        table.append_column(Column("revisions", Text))
        table.append_column(Column("revised_at", String(32)))


_add_revision_columns()
