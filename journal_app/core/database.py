"""The journal's SQLite database, held entirely in memory.

It is loaded from a decrypted image with ``sqlite3.deserialize`` and written back with
``serialize``; nothing of it ever touches the disk in clear (no WAL, no temp files). See
``shared/VAULT-NOTES.md`` for the traps this class steers around.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from importlib.resources import files

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from journal_app.core.errors import DamagedJournal, UnsupportedFormat
from journal_app.core.models import Setting

# The newest migration. A test checks it against Alembic's scripts, so that opening an
# up-to-date journal does not have to load Alembic at all.
SCHEMA_HEAD = "0005"
_SQLITE_HEADER = b"SQLite format 3\x00"


class FullTextSearchMissing(RuntimeError):
    """This Python's SQLite was built without FTS5: a broken installation, not a user error."""


class Database:
    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw
        # One connection, owned by one thread at a time (the journal's worker); see VAULT-NOTES 6.
        self.engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
        # The driver runs in autocommit mode; SQLAlchemy's documented recipe makes its
        # transactions real SQLite transactions, so an import is truly all or nothing.
        event.listen(self.engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.search_index_dirty = False
        self.migrated = False  # True once an older schema was upgraded in memory (not yet saved)

    @classmethod
    def new(cls) -> Database:
        database = cls(_connect())
        database.migrate()
        return database

    @classmethod
    def from_image(cls, image: bytes) -> Database:
        # An image from a WAL database deserialises but fails later (VAULT-NOTES 5).
        if not image.startswith(_SQLITE_HEADER) or len(image) < 100 or image[18:20] == b"\x02\x02":
            raise DamagedJournal("the journal's content is not a valid database")
        raw = _connect()
        try:
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
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error, always closed
        (an open cursor during serialize/deserialize crashes CPython: VAULT-NOTES 1)."""
        with self._sessions() as session, session.begin():
            yield session

    def read_setting(self, key: str, default: Any = None) -> Any:
        """A value stored as JSON in the journal's settings table (default when absent or unreadable)."""
        with self.session() as session:
            row = session.get(Setting, key)
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
            session.merge(Setting(key=key, value=text))

    def image(self) -> bytes:
        """The database as bytes, with no trace of deleted or overwritten text."""
        if self.raw.in_transaction:
            raise RuntimeError("serialize() inside a transaction would save uncommitted rows")
        if self.search_index_dirty:
            # FTS5 keeps deleted tokens in old segments until they are merged (VAULT-NOTES 4).
            self.raw.execute("INSERT INTO entry_search(entry_search) VALUES ('optimize')")
            self.raw.commit()
            self.search_index_dirty = False
        return self.raw.serialize()

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


def _casefold(text: object) -> object:
    return text.casefold() if isinstance(text, str) else text


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
