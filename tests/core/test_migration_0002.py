"""Migration 0002 (work schedule): old journals gain ``off_hours_by_hand`` set to true (their
flags were typed by the person) and an empty schedule history; nothing else changes."""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from journal_app.core.database import SCHEMA_HEAD, Database, _connect
from journal_app.core.journal import Journal
from journal_app.core.models import Base

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "journal-v1.carnet"
FIXTURE_PASSPHRASE = "carnet de bord, version une"  # see tests/data/make_fixture_v1.py
# uuid -> off_hours, as written by version 1 (make_fixture_v1.py)
FIXTURE_FLAGS = {
    "6f1e0c2a9b8d4e5fa1b2c3d4e5f60718": False,
    "0a1b2c3d4e5f40718293a4b5c6d7e8f9": True,
    "9f8e7d6c5b4a43219f8e7d6c5b4a4321": False,
    "1234567890ab4cdef1234567890abcde": True,
}


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("journal_app.core") / "migrations"))
    return config


def _version_1_database() -> Database:
    """An in-memory database at schema 0001 holding three entries, as version 1 wrote them
    (only migration 0001 is run)."""
    database = Database(_connect())
    raw = database.raw
    config = _alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    stamp = "2025-01-01T12:00:00.000000Z"
    for number, (title, off_hours) in enumerate([("Appel du soir", 1), ("Réunion d'équipe", 0), ("Maraude", 1)], 1):
        raw.execute(
            "INSERT INTO entries (id, uuid, kind, title, body, occurred_at, utc_offset_minutes, duration_minutes, "
            "channel, off_hours, out_of_frame, private, emotional_weight, for_supervision, created_at, updated_at, "
            "search_tags, search_persons) VALUES (?, ?, 'contact', ?, 'texte', ?, 60, 30, 'street', ?, 0, 0, NULL, 0, "
            "?, ?, '', 'Zoé')",
            (number, f"{number:032x}", title, f"2025-0{number}-10T19:00:00.000000Z", off_hours, stamp, stamp),
        )
    raw.execute("INSERT INTO settings (key, value) VALUES ('demo', '{}')")
    raw.commit()
    return database


def test_schema_head_is_alembic_head() -> None:
    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == SCHEMA_HEAD


def test_orm_models_match_the_migrations() -> None:
    database = Database.new()
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True})
        differences = compare_metadata(context, Base.metadata)
    # The full-text index is a virtual table the ORM does not describe.
    assert [d for d in differences if "entry_search" not in repr(d)] == []


def test_upgrade_from_version_1() -> None:
    database = _version_1_database()
    raw = database.raw
    assert database.schema_revision() == "0001"
    with database.engine.begin() as connection:  # this migration alone (later ones have their tests)
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    assert database.schema_revision() == "0002"
    rows = raw.execute("SELECT uuid, title, off_hours, off_hours_by_hand, search_persons FROM entries ORDER BY id").fetchall()
    assert rows == [
        (f"{1:032x}", "Appel du soir", 1, 1, "Zoé"),
        (f"{2:032x}", "Réunion d'équipe", 0, 1, "Zoé"),
        (f"{3:032x}", "Maraude", 1, 1, "Zoé"),
    ]
    assert raw.execute("SELECT count(*) FROM schedules").fetchone() == (0,)
    assert raw.execute("SELECT value FROM settings WHERE key = 'demo'").fetchone() == ("{}",)
    # The full-text triggers survived (a batch copy of the table would have dropped them).
    triggers = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {"entries_search_insert", "entries_search_delete", "entries_search_update"}
    assert raw.execute("SELECT rowid FROM entry_search WHERE entry_search MATCH 'maraude'").fetchall() == [(3,)]
    # A new row without the column gets the server default: computed.
    raw.execute(
        "INSERT INTO entries (uuid, kind, title, body, occurred_at, utc_offset_minutes, off_hours, out_of_frame, "
        "private, for_supervision, created_at, updated_at, search_tags, search_persons) VALUES "
        "('ff', 'reflection', 'nouvelle', '', '2026-01-01T10:00:00.000000Z', 60, 0, 0, 0, 0, '', '', '', '')"
    )
    assert raw.execute("SELECT off_hours_by_hand FROM entries WHERE uuid = 'ff'").fetchone() == (0,)
    assert database.integrity_problems() == []
    database.close()


def test_upgraded_image_opens_without_migrating_again() -> None:
    database = _version_1_database()
    database.migrate()
    image = database.image()
    database.close()
    reopened = Database.from_image(image)
    assert reopened.schema_revision() == SCHEMA_HEAD
    assert reopened.raw.execute("SELECT count(*) FROM entries WHERE off_hours_by_hand = 1").fetchone() == (3,)
    reopened.close()


@pytest.mark.skipif(not FIXTURE.exists(), reason="the version-1 fixture journal is not committed yet")
def test_the_version_1_fixture_journal_upgrades(tmp_path: Path) -> None:
    copy = tmp_path / "journal-v1.carnet"
    shutil.copyfile(FIXTURE, copy)  # the fixture itself must stay byte for byte
    journal = Journal.open(copy, FIXTURE_PASSPHRASE, read_only=True)
    try:
        raw = journal.database.raw
        assert journal.database.schema_revision() == SCHEMA_HEAD
        rows = raw.execute("SELECT uuid, off_hours, off_hours_by_hand FROM entries").fetchall()
        assert {uuid: bool(off) for uuid, off, _ in rows} == FIXTURE_FLAGS
        assert all(by_hand == 1 for _, _, by_hand in rows)
        titles = {row[0] for row in raw.execute("SELECT title FROM entries")}
        assert "Visite à domicile chez Mme Lefèvre" in titles and "Rue, maraude du jeudi" in titles
        assert raw.execute("SELECT count(*) FROM schedules").fetchone() == (0,)
        assert journal.database.integrity_problems() == []
    finally:
        journal.close()


@pytest.mark.skipif(not FIXTURE.exists(), reason="the version-1 fixture journal is not committed yet")
def test_a_schedule_leaves_the_old_flags_alone(tmp_path: Path) -> None:
    from datetime import date

    from journal_app.core.schedule import ScheduleStore, parse_spec

    copy = tmp_path / "journal-v1.carnet"
    shutil.copyfile(FIXTURE, copy)
    journal = Journal.open(copy, FIXTURE_PASSPHRASE, read_only=True)
    try:
        # Every day off: a computed flag would become true; the person's own flags must not.
        changed = ScheduleStore(journal.database).set(parse_spec("mon=off"), date(2020, 1, 1))
        assert changed == 0
        flags = dict(journal.database.raw.execute("SELECT uuid, off_hours FROM entries").fetchall())
        assert {uuid: bool(off) for uuid, off in flags.items()} == FIXTURE_FLAGS
    finally:
        journal.close()
