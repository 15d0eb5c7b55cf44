"""Migration 0004 (check-ins): one new table; older journals keep their entries, and the stored
version-1 journal opens, migrates and records check-ins."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from journal_app.core.checkins import CheckinStore
from journal_app.core.database import SCHEMA_HEAD, Database, _connect
from journal_app.core.journal import Journal
from tests.core.test_fixture_journal import FIXTURE, FIXTURE_PASSPHRASE

BRUSSELS = timezone(timedelta(hours=1))
FIXTURE_TITLES = [
    "Rue, maraude du jeudi", "Réflexion : la « bonne distance »", "Appel tard le soir",
    "Visite à domicile chez Mme Lefèvre",
]


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("journal_app.core") / "migrations"))
    return config


def _tables(database: Database) -> set[str]:
    return {row[0] for row in database.raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_0004_follows_0003() -> None:
    scripts = ScriptDirectory.from_config(_alembic_config())
    assert SCHEMA_HEAD == scripts.get_current_head()
    assert scripts.get_revision("0004").down_revision == "0003"  # type: ignore[union-attr]


def test_upgrade_from_0003_adds_the_table_and_keeps_the_rest() -> None:
    database = Database(_connect())
    config = _alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    raw = database.raw
    assert "checkins" not in _tables(database)
    raw.execute(
        "INSERT INTO entries (uuid, kind, title, body, occurred_at, utc_offset_minutes, off_hours, "
        "off_hours_by_hand, out_of_frame, private, for_supervision, created_at, updated_at, search_tags, "
        "search_persons) VALUES ('aa', 'contact', 'Appel du soir', 'texte', '2025-03-10T21:00:00.000000Z', 60, "
        "1, 1, 0, 0, 0, '', '', '', 'Zoé')"
    )
    raw.execute("INSERT INTO limits (uuid, kind, created_at) VALUES ('l1', 'no_lending_money', '')")
    raw.execute("INSERT INTO settings (key, value) VALUES ('demo', '{}')")
    raw.commit()
    with database.engine.begin() as connection:  # this migration alone
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    assert database.schema_revision() == "0004"
    assert "checkins" in _tables(database)
    assert raw.execute("SELECT count(*) FROM checkins").fetchone() == (0,)
    assert raw.execute("SELECT uuid, title FROM entries").fetchall() == [("aa", "Appel du soir")]
    assert raw.execute("SELECT count(*) FROM limits").fetchone() == (1,)
    assert raw.execute("SELECT value FROM settings WHERE key = 'demo'").fetchone() == ("{}",)
    triggers = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {"entries_search_insert", "entries_search_delete", "entries_search_update"}
    assert raw.execute("SELECT rowid FROM entry_search WHERE entry_search MATCH 'soir'").fetchall() == [(1,)]
    columns = {row[1]: (row[3], row[5]) for row in raw.execute("PRAGMA table_info(checkins)")}  # notnull, pk
    assert {name for name, (notnull, _) in columns.items() if not notnull} == {
        "personal_score", "work_score", "client_score",
    }
    indexes = {row[1] for row in raw.execute("PRAGMA index_list(checkins)")}
    assert "ix_checkins_taken_at" in indexes
    assert database.integrity_problems() == []
    database.close()


def test_the_version_1_journal_migrates_to_0004_and_keeps_its_entries(tmp_path: Path) -> None:
    copy = tmp_path / "journal-v1.carnet"
    shutil.copyfile(FIXTURE, copy)  # the fixture itself must stay byte for byte
    journal = Journal.open(copy, FIXTURE_PASSPHRASE)
    try:
        assert journal.database.schema_revision() == SCHEMA_HEAD
        assert "checkins" in _tables(journal.database)
        assert [r.title for r in journal.entries.list()] == FIXTURE_TITLES
        assert [r.title for r in journal.entries.search("maraude")] == ["Rue, maraude du jeudi"]
        checkins = CheckinStore(journal.database)
        assert checkins.history() == [] and checkins.due(datetime(2026, 11, 2, 9, 0, tzinfo=BRUSSELS))
        record = checkins.record({"cbi-personal-1": 75, "cbi-personal-2": 50, "cbi-personal-3": 25},
                                 {"sense-of-meaning": 3}, at=datetime(2026, 11, 2, 18, 0, tzinfo=BRUSSELS))
        assert record.scores.personal == 50.0
        assert journal.database.integrity_problems() == []
        journal.save()
    finally:
        journal.close()

    reopened = Journal.open(copy, FIXTURE_PASSPHRASE, read_only=True)
    try:
        assert reopened.database.schema_revision() == SCHEMA_HEAD
        assert [r.title for r in reopened.entries.list()] == FIXTURE_TITLES
        (again,) = CheckinStore(reopened.database).history()
        assert again == record
    finally:
        reopened.close()
    (backup,) = copy.parent.joinpath("backups").iterdir()
    assert backup.read_bytes() == FIXTURE.read_bytes()
