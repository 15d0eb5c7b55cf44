"""The journal's SQLite database, held entirely in memory.

It is loaded from a decrypted image with ``sqlite3.deserialize`` and written back with
``serialize`` (without Python's copies where ``sqlite_memory`` can reach SQLite's C API);
nothing of it ever touches the disk in clear (no WAL, no temp files). See
``shared/VAULT-NOTES.md`` for the traps this class steers around.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property, partial
from datetime import UTC, datetime
from typing import Any
from importlib.resources import files

from journal_app.core.sqla import sa
from journal_app.core import models, sqlite_memory
from journal_app.core.models import utc_now
from journal_app.core.errors import DamagedJournal, UnsupportedFormat

# The newest migration. A test checks it against Alembic's scripts, so that opening an
# up-to-date journal does not have to load Alembic at all.
SCHEMA_HEAD = "0006"
_SQLITE_HEADER = b"SQLite format 3\x00"


# SQLite's user_version in the image: the search index still holds words an edit replaced, to
# purge at the next full save (0 otherwise).
_PURGE_OWED = 1


class FullTextSearchMissing(RuntimeError):
    """This Python's SQLite was built without FTS5: a broken installation, not a user error."""


class Database:
    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw
        # Words removed from the search index's view but still in its segments (VAULT-NOTES 4):
        # ``search_index_dirty`` for a deletion, a merge, an import (purged at the next save);
        # ``search_index_holds_edits`` for the words an edit replaced, which a save may leave
        # for a later one (``image_view(purge_removed_words=False)``). The image records the
        # second in SQLite's user_version, so that a purge owed survives a crash.
        self.search_index_dirty = False
        self.search_index_holds_edits = raw.execute("PRAGMA user_version").fetchone()[0] == _PURGE_OWED
        self.migrated = False  # True once an older schema was upgraded in memory (not yet saved)

    @cached_property
    def engine(self) -> sa.Engine:
        """SQLAlchemy over the one connection, made on first use: what reads rows with ``raw``
        alone (the command line's export and search) never imports SQLAlchemy (~0.3 s)."""
        # One connection, owned by one thread at a time (the journal's worker); see VAULT-NOTES 6.
        engine = sa.create_engine("sqlite://", creator=lambda: self.raw, poolclass=sa.StaticPool)
        # The driver runs in autocommit mode; SQLAlchemy's documented recipe makes its
        # transactions real SQLite transactions, so an import is truly all or nothing.
        sa.event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
        return engine

    @cached_property
    def _sessions(self) -> sa.sessionmaker:
        return sa.sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def new(cls) -> Database:
        database = cls(_connect())
        database.migrate()
        return database

    @classmethod
    def from_image(cls, image: bytes | bytearray | sqlite_memory.ImageBuffer) -> Database:
        """The database held in ``image``; an ``ImageBuffer`` is handed to SQLite as it is (no copy)."""
        head = image.head(100) if isinstance(image, sqlite_memory.ImageBuffer) else bytes(image[:100])
        # An image from a WAL database deserialises but fails later (VAULT-NOTES 5).
        if not head.startswith(_SQLITE_HEADER) or len(head) < 100 or head[18:20] == b"\x02\x02":
            raise DamagedJournal("the journal's content is not a valid database")
        raw = _connect()
        try:
            if isinstance(image, sqlite_memory.ImageBuffer):
                image.deserialize_into(raw)
            else:
                raw.deserialize(image)
            Database._configure(raw)  # deserialize replaced the database: set its pragmas again
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raw.close()
            raise DamagedJournal("the journal's content is not a valid database") from exc
        database = cls(raw)
        database.migrate()
        return database

    def schema_revision(self) -> str | None:
        try:
            row = self.raw.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def migrate(self) -> None:
        """Bring an older journal's schema up to date; a newer one is refused."""
        current = self.schema_revision()
        if current == SCHEMA_HEAD:
            return
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        config = Config()
        config.set_main_option("script_location", str(files("journal_app.core") / "migrations"))
        if current is not None:
            try:  # an unknown revision raises (it does not return None)
                known = ScriptDirectory.from_config(config).get_revision(current) is not None
            except CommandError:
                known = False
            if not known:
                raise UnsupportedFormat("this journal was written by a newer version of Carnet")
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        self.migrated = True

    @contextmanager
    def session(self) -> Iterator[sa.Session]:
        """A unit of work: committed on success, rolled back on error, always closed
        (an open cursor during serialize/deserialize crashes CPython: VAULT-NOTES 1)."""
        with self._sessions() as session, session.begin():
            yield session

    def read_setting(self, key: str, default: Any = None) -> Any:
        """A value stored as JSON in the journal's settings table (default when absent or unreadable)."""
        with self.session() as session:
            row = session.get(models.Setting, key)
            value = row.value if row else None
        if not value:
            return default
        try:
            return json.loads(value)
        except ValueError:
            return default

    def write_setting(self, key: str, value: Any) -> None:
        """Store ``value`` as JSON under ``key``, inside the encrypted journal."""
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        with self.session() as session:
            session.merge(models.Setting(key=key, value=text))

    def image(self) -> bytes:
        """The database as bytes, with no trace of deleted or overwritten text."""
        self._prepare_image(purge_removed_words=True)
        return self.raw.serialize()

    def image_view(self, *, purge_removed_words: bool = True) -> tuple[memoryview | bytes, Callable[[], None]]:
        """The database's bytes as ``image()`` gives them, but where SQLite holds them when it
        can (no copy: 81 MiB less at the top of a save at 50,000 entries), and a check to call
        once they are read: it raises RuntimeError if anything was written meanwhile (the view
        would then have read a moving, or freed, buffer). Read it at once, on this thread.
        ``purge_removed_words=False`` leaves the words edits replaced in the search index (see
        ``Journal.save``); deleted ones are always purged."""
        self._prepare_image(purge_removed_words)
        view = sqlite_memory.serialized_view(self.raw)
        if view is None:
            return self.raw.serialize(), lambda: None
        changes = self.raw.total_changes

        def unchanged() -> None:
            if self.raw.total_changes != changes or self.raw.in_transaction:
                raise RuntimeError("the database was written to while its image was being saved")

        return view, unchanged

    def _prepare_image(self, purge_removed_words: bool) -> None:
        if self.raw.in_transaction:
            raise RuntimeError("serialize() inside a transaction would save uncommitted rows")
        if self.search_index_dirty or (purge_removed_words and self.search_index_holds_edits):
            # FTS5 keeps deleted tokens in old segments until they are merged (VAULT-NOTES 4).
            self.raw.execute("INSERT INTO entry_search(entry_search) VALUES ('optimize')")
            self.raw.execute("PRAGMA user_version = 0")
            self.raw.commit()
            self.search_index_dirty = self.search_index_holds_edits = False
        elif self.search_index_holds_edits:
            self.raw.execute(f"PRAGMA user_version = {_PURGE_OWED}")

    def integrity_problems(self) -> list[str]:
        rows = [row[0] for row in self.raw.execute("PRAGMA integrity_check").fetchall()]
        problems = [row for row in rows if row != "ok"]
        try:
            self.raw.execute("INSERT INTO entry_search(entry_search) VALUES ('integrity-check')")
            self.raw.commit()
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index: {exc}")
        return problems

    def close(self) -> None:
        if "engine" in self.__dict__:  # made on first use (cached_property)
            self.engine.dispose()
        self.raw.close()

    @staticmethod
    def _configure(raw: sqlite3.Connection) -> None:
        raw.execute("PRAGMA secure_delete = ON")  # overwritten text is zeroed (not default everywhere)
        raw.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never spill to disk
        raw.execute("PRAGMA journal_mode = MEMORY")
        raw.execute("PRAGMA foreign_keys = ON")
        # SQLite's NOCASE folds ASCII only ("École" != "école"): names are compared with this.
        raw.create_function("casefold", 1, _casefold, deterministic=True)
        # Called by the revision and tombstone triggers of schema 0006 (see merge.py): every
        # connection that writes to a journal must have them.
        raw.create_function("carnet_revision", -1, revision_of, deterministic=True)
        raw.create_function("carnet_history", 4, partial(_history_after_edit, opened_at=_revision_time()))
        raw.create_aggregate("carnet_sorted", 1, _Sorted)


def _casefold(text: object) -> object:
    return text.casefold() if isinstance(text, str) else text


# ----- revisions (schema 0006): how two copies of a journal tell their records' versions apart

REVISION_CHARS = 16
HISTORY_KEPT = 64
"""Earlier revisions a record remembers: a copy holding an older one is known to be behind."""
COALESCE_SECONDS = 60
"""An edit within this time of the previous one, both made since the journal was unlocked,
replaces it in the history instead of adding to it: autosave writes every pause in the
typing, and a writing session must not push out the versions another copy may hold. A
version that lived this long, or came from an earlier session, is remembered."""


# Made once: json.dumps would build an encoder per call, and triggers call this for every row.
_REVISION_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=lambda raw: raw.hex())


def revision_of(*values: object) -> str:
    """The revision of a record: a short hash of its content, the same in every copy (so two
    copies that reach the same content agree without knowing of each other). Never change
    how it is computed: journals store it."""
    encoded = _REVISION_ENCODER.encode(values).encode("utf-8")
    return hashlib.blake2b(encoded, digest_size=REVISION_CHARS // 2).hexdigest()


def history(*parts: str | None) -> str:
    """Revisions, newest first, without repeats, at most HISTORY_KEPT: the ``revisions`` column."""
    seen: dict[str, None] = {}
    for part in parts:
        for revision in (part or "").split():
            seen.setdefault(revision)
    return " ".join(list(seen)[:HISTORY_KEPT])


def _revision_time() -> str:
    """Now, as ``UtcDateTime`` stores it (and the triggers write it)."""
    return utc_now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _history_after_edit(revisions: str | None, previous: str | None, previous_at: str | None, now: str | None, *,
                        opened_at: str) -> str:
    """The history once the record changed from ``previous`` (made at ``previous_at``) at
    ``now``, on a connection opened at ``opened_at``."""
    if previous is None:
        return history(revisions)
    if previous_at and now and previous_at >= opened_at:
        try:
            lived = (datetime.fromisoformat(now) - datetime.fromisoformat(previous_at)).total_seconds()
        except ValueError:  # never let a strange time stop a save
            lived = COALESCE_SECONDS
        if lived < COALESCE_SECONDS:
            return history(revisions)  # a moment of the same edit: not kept
    return history(previous, revisions)


class _Sorted:
    """An aggregate: the values sorted and joined (group_concat's order is not defined)."""

    def __init__(self) -> None:
        self.values: list[str] = []

    def step(self, value: object) -> None:
        if value is not None:
            self.values.append(str(value))

    def finalize(self) -> str:
        return "\n".join(sorted(self.values))


def _connect() -> sqlite3.Connection:
    raw = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    Database._configure(raw)
    try:
        raw.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        raw.execute("DROP TABLE temp.fts5_probe")
    except sqlite3.OperationalError as exc:
        raw.close()
        raise FullTextSearchMissing("this Python's SQLite has no FTS5 full-text search") from exc
    return raw
