"""Migration 0003 (dilemmas and personal limits): new tables only; older journals keep their
entries, and the stored version-1 journal opens, migrates and works with both features."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta, timezone
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from journal_app.core.database import SCHEMA_HEAD, Database, _connect
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryStore
from journal_app.core.journal import Journal
from journal_app.core.limits import LimitStore
from tests.core.test_fixture_journal import FIXTURE, FIXTURE_PASSPHRASE

NEW_TABLES = {
    "dilemma_categories", "dilemmas", "dilemma_entries", "dilemma_category_links", "dilemma_status_changes",
    "dilemma_reflections", "limits", "limit_versions", "limit_marks",
}
# uuid and title of the version-1 fixture's entries (test_fixture_journal.EXPECTED)
LATE_CALL = "0a1b2c3d4e5f40718293a4b5c6d7e8f9"  # "Appel tard le soir", 2024-06-03 22:05 +02:00, personal phone
HOME_VISIT = "6f1e0c2a9b8d4e5fa1b2c3d4e5f60718"  # 2024-01-15 09:30 +01:00


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("journal_app.core") / "migrations"))
    return config


def _database_at(revision: str) -> Database:
    database = Database(_connect())
    config = _alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return database


def _tables(database: Database) -> set[str]:
    return {row[0] for row in database.raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_0003_follows_0002() -> None:
    scripts = ScriptDirectory.from_config(_alembic_config())
    assert SCHEMA_HEAD == scripts.get_current_head()
    assert scripts.get_revision("0003").down_revision == "0002"  # type: ignore[union-attr]


def test_upgrade_from_0002_adds_the_tables_and_keeps_the_entries() -> None:
    database = _database_at("0002")
    raw = database.raw
    assert not NEW_TABLES & _tables(database)
    raw.execute(
        "INSERT INTO entries (uuid, kind, title, body, occurred_at, utc_offset_minutes, duration_minutes, channel, "
        "off_hours, off_hours_by_hand, out_of_frame, private, emotional_weight, for_supervision, created_at, "
        "updated_at, search_tags, search_persons) VALUES ('aa', 'contact', 'Appel du soir', 'texte', "
        "'2025-03-10T21:00:00.000000Z', 60, 10, 'personal_phone', 1, 1, 0, 0, NULL, 0, '', '', '', 'Zoé')"
    )
    raw.execute("INSERT INTO schedules (effective_from, spec) VALUES ('2025-01-01', '{}')")
    raw.commit()
    with database.engine.begin() as connection:  # this migration alone (later ones have their tests)
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    assert database.schema_revision() == "0003"
    assert NEW_TABLES <= _tables(database)
    for table in NEW_TABLES:
        assert raw.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert raw.execute("SELECT uuid, title, off_hours_by_hand FROM entries").fetchall() == [("aa", "Appel du soir", 1)]
    assert raw.execute("SELECT count(*) FROM schedules").fetchone() == (1,)
    triggers = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {"entries_search_insert", "entries_search_delete", "entries_search_update"}
    assert raw.execute("SELECT rowid FROM entry_search WHERE entry_search MATCH 'soir'").fetchall() == [(1,)]
    assert database.integrity_problems() == []
    database.close()


def test_links_to_entries_cascade_in_sqlite_itself() -> None:
    """Deleting an entry with plain SQL (not through the ORM) also removes its links and ticks."""
    database = Database.new()
    raw = database.raw
    foreign = {table: raw.execute(f"PRAGMA foreign_key_list({table})").fetchall()
               for table in ("dilemma_entries", "limit_marks", "dilemma_reflections", "limit_versions")}
    for table, keys in foreign.items():
        assert keys and all(key[6] == "CASCADE" for key in keys), table  # on_delete
    raw.execute(
        "INSERT INTO entries (id, uuid, kind, title, body, occurred_at, utc_offset_minutes, off_hours, "
        "off_hours_by_hand, out_of_frame, private, for_supervision, created_at, updated_at, search_tags, "
        "search_persons) VALUES (1, 'e1', 'contact', 't', '', '2026-01-01T10:00:00.000000Z', 60, 0, 0, 0, 0, 0, "
        "'', '', '', '')"
    )
    raw.execute("INSERT INTO dilemmas (id, uuid, title, status, decision, learned, opened_at, created_at, updated_at) "
                "VALUES (1, 'd1', 'd', 'open', '', '', '', '', '')")
    raw.execute("INSERT INTO dilemma_entries (dilemma_id, entry_id, linked_at) VALUES (1, 1, '')")
    raw.execute("INSERT INTO limits (id, uuid, kind, created_at) VALUES (1, 'l1', 'no_lending_money', '')")
    raw.execute("INSERT INTO limit_marks (uuid, limit_id, entry_id, note, created_at) VALUES ('m1', 1, 1, '', '')")
    raw.execute("DELETE FROM entries WHERE id = 1")
    assert raw.execute("SELECT count(*) FROM dilemma_entries").fetchone() == (0,)
    assert raw.execute("SELECT count(*) FROM limit_marks").fetchone() == (0,)
    assert raw.execute("SELECT count(*) FROM dilemmas").fetchone() == (1,)
    assert raw.execute("SELECT count(*) FROM limits").fetchone() == (1,)
    database.close()


def test_the_version_1_journal_migrates_to_0003_and_keeps_its_entries(tmp_path: Path) -> None:
    copy = tmp_path / "journal-v1.carnet"
    shutil.copyfile(FIXTURE, copy)
    journal = Journal.open(copy, FIXTURE_PASSPHRASE)
    try:
        assert journal.database.schema_revision() == SCHEMA_HEAD
        assert NEW_TABLES <= _tables(journal.database)
        records = journal.entries.list()
        assert [r.title for r in records] == [
            "Rue, maraude du jeudi", "Réflexion : la « bonne distance »", "Appel tard le soir",
            "Visite à domicile chez Mme Lefèvre",
        ]
        # the features work on the old entries
        dilemmas = DilemmaStore(journal.database)
        record = dilemmas.create("Mon numéro privé", ["personal-resources"], LATE_CALL)
        dilemmas.link_entry(record.uuid, HOME_VISIT)
        assert [e.uuid for e in dilemmas.story(record.uuid).entries] == [HOME_VISIT, LATE_CALL]
        limits = LimitStore(journal.database, today=lambda: date(2025, 1, 1))
        limits.add("no_contact_after", hour="20:00", effective_from=date(2024, 1, 1))
        limits.add("personal_phone_not_given", effective_from=date(2024, 1, 1))
        found = limits.crossings(date(2024, 1, 1), date(2024, 12, 31))
        # the late call (22:05 on a personal phone) and the street round (20:45, written in UTC)
        assert [(c.kind, c.entries[0]) for c in found] == [
            ("no_contact_after", LATE_CALL),
            ("personal_phone_not_given", LATE_CALL),
            ("no_contact_after", "1234567890ab4cdef1234567890abcde"),
        ]
        late = next(c for c in found if c.entries == (LATE_CALL,))
        assert late.at == datetime(2024, 6, 3, 22, 5, tzinfo=timezone(timedelta(hours=2)))
        assert journal.database.integrity_problems() == []
        journal.save()
    finally:
        journal.close()

    reopened = Journal.open(copy, FIXTURE_PASSPHRASE, read_only=True)
    try:
        assert reopened.database.schema_revision() == SCHEMA_HEAD
        assert reopened.entries.count() == 4
        (dilemma,) = DilemmaStore(reopened.database).of_entry(LATE_CALL)
        assert dilemma.title == "Mon numéro privé" and dilemma.entry_count == 2
        assert len(LimitStore(reopened.database).list()) == 2
        EntryStore(reopened.database).delete(LATE_CALL)  # in memory only (read-only journal)
        assert DilemmaStore(reopened.database).get(dilemma.uuid).entry_count == 1
    finally:
        reopened.close()
    (backup,) = copy.parent.joinpath("backups").iterdir()
    assert backup.read_bytes() == FIXTURE.read_bytes()
