"""Migration 0005 (supervision agenda and sessions, placement portfolio): new tables and one
new column on entries; the stored schema-0004 journal opens, migrates, keeps everything, and
the new tables work.

tests/data/journal-v4.carnet was written once by Carnet at schema 0004 with
tests/data/make_fixture_v4.py; it must never be regenerated (the SHA-256 below catches it).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from importlib.resources import files
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from journal_app.core.checkins import CheckinStore
from journal_app.core.database import SCHEMA_HEAD, Database, _connect
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.journal import Journal
from journal_app.core.limits import LimitStore
from journal_app.core.models import Base
from journal_app.core.persons import PersonStore
from journal_app.core.placement import PlacementFields, PlacementStore
from journal_app.core.supervision import SupervisionStore
from tests.core.helpers import decrypted_image
from tests.core.test_fixture_journal import _differences

FIXTURE_V4 = Path(__file__).resolve().parents[1] / "data" / "journal-v4.carnet"
FIXTURE_V4_PASSPHRASE = "carnet de bord, version quatre"
FIXTURE_V4_SHA256 = "3ff7fd0ad1bcd16032b7d6cdf8be1eabe56e67c5721e3338175a75f1fa6d4889"
CREATED = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
BRUSSELS = timezone(timedelta(hours=1))

VISIT, YOUTH, SECRET, LATE = (f"a10000000000400080000000000000{n:02d}" for n in (1, 2, 3, 4))
TITLES = ["Message tard", "Ce que je garde pour moi", "Jeune 17 au local", "Visite chez Mme R."]
NEW_TABLES = {
    "supervision_agenda", "supervision_sessions", "supervision_session_items",
    "placements", "placement_objectives", "placement_hours", "objective_entries",
}


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("journal_app.core") / "migrations"))
    return config


def _tables(database: Database) -> set[str]:
    return {row[0] for row in database.raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.fixture
def old_journal(tmp_path: Path) -> Path:
    copy = tmp_path / "journal-v4.carnet"
    shutil.copyfile(FIXTURE_V4, copy)  # the fixture itself must stay byte for byte
    return copy


def test_0005_follows_0004() -> None:
    scripts = ScriptDirectory.from_config(_alembic_config())
    assert scripts.get_revision("0005").down_revision == "0004"  # type: ignore[union-attr]
    assert "0005" in {r.revision for r in scripts.walk_revisions("base", SCHEMA_HEAD)}  # later ones chain on it


def test_fixture_is_the_original_schema_0004_file() -> None:
    """If this fails, someone regenerated the fixture: restore it from git history instead."""
    assert hashlib.sha256(FIXTURE_V4.read_bytes()).hexdigest() == FIXTURE_V4_SHA256
    raw = sqlite3.connect(":memory:")
    try:
        raw.deserialize(decrypted_image(FIXTURE_V4, FIXTURE_V4_PASSPHRASE))
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0004",)]
    finally:
        raw.close()


def test_upgrade_from_0004_adds_the_tables_and_dates_the_marked_entries() -> None:
    database = Database(_connect())
    config = _alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    raw = database.raw
    assert not NEW_TABLES & _tables(database)
    for uuid, marked, created in (("aa", 1, "2025-03-10T21:00:00.000000Z"), ("bb", 0, "2025-03-11T08:00:00.000000Z")):
        raw.execute(
            "INSERT INTO entries (uuid, kind, title, body, occurred_at, utc_offset_minutes, off_hours, "
            "off_hours_by_hand, out_of_frame, private, for_supervision, created_at, updated_at, search_tags, "
            f"search_persons) VALUES ('{uuid}', 'contact', 'Appel du soir', 'texte', '{created}', 60, 1, 1, 0, 0, "
            f"{marked}, '{created}', '2025-04-01T00:00:00.000000Z', '', 'Zoé')"
        )
    raw.commit()
    with database.engine.begin() as connection:  # this migration alone
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    assert database.schema_revision() == "0005"
    assert NEW_TABLES <= _tables(database)
    assert raw.execute("SELECT uuid, for_supervision_since FROM entries ORDER BY uuid").fetchall() == [
        ("aa", "2025-03-10T21:00:00.000000Z"), ("bb", None),
    ]
    triggers = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {"entries_search_insert", "entries_search_delete", "entries_search_update"}
    assert raw.execute("SELECT count(*) FROM entry_search WHERE entry_search MATCH 'soir'").fetchone() == (2,)
    # one row per placement and day; an entry or a dilemma is on the agenda at most once
    raw.execute("INSERT INTO placements (uuid, institution, tutor, school_supervisor, required_minutes, "
                "self_evaluation, created_at, updated_at) VALUES ('p', 'AMO', '', '', 0, '', '', '')")
    raw.execute("INSERT INTO placement_hours (uuid, placement_id, day, minutes, note, created_at, updated_at) "
                "VALUES ('h1', 1, '2026-02-02', 420, '', '', '')")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO placement_hours (uuid, placement_id, day, minutes, note, created_at, updated_at) "
                    "VALUES ('h2', 1, '2026-02-02', 60, '', '', '')")
    raw.execute("INSERT INTO supervision_agenda (uuid, position, entry_id, follow_up, question, created_at, "
                "updated_at) VALUES ('i1', 0, 1, '', '', '', '')")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO supervision_agenda (uuid, position, entry_id, follow_up, question, created_at, "
                    "updated_at) VALUES ('i2', 1, 1, '', '', '', '')")
    raw.execute("DELETE FROM entries WHERE uuid = 'aa'")  # the agenda item goes with its entry
    assert raw.execute("SELECT count(*) FROM supervision_agenda").fetchone() == (0,)
    raw.commit()
    assert database.integrity_problems() == []
    database.close()


def test_migrating_the_schema_0004_image_matches_the_models() -> None:
    database = Database.from_image(decrypted_image(FIXTURE_V4, FIXTURE_V4_PASSPHRASE))
    try:
        assert database.schema_revision() == SCHEMA_HEAD
        assert _differences(database, Base.metadata) == []
    finally:
        database.close()


def test_the_schema_0004_journal_migrates_and_keeps_everything(old_journal: Path) -> None:
    journal = Journal.open(old_journal, FIXTURE_V4_PASSPHRASE)
    try:
        database = journal.database
        assert database.schema_revision() == SCHEMA_HEAD
        assert NEW_TABLES <= _tables(database)
        assert [r.title for r in journal.entries.list()] == TITLES
        assert [r.uuid for r in journal.entries.list() if r.for_supervision] == [SECRET, VISIT]
        assert [r.title for r in journal.entries.search("secret")] == ["Ce que je garde pour moi", "Jeune 17 au local"]
        assert {p.pseudonym: p.note for p in PersonStore(database).summaries()} == {
            "Jeune 17": "", "M. K.": "", "Mme R.": "Suivie depuis l'automne.",
        }
        since = dict(database.raw.execute("SELECT uuid, for_supervision_since FROM entries").fetchall())
        assert since == {VISIT: "2026-02-01T12:00:00.000000Z", SECRET: "2026-02-01T12:00:00.000000Z",
                         YOUTH: None, LATE: None}

        dilemmas = DilemmaStore(database)
        secret, evening = sorted(dilemmas.list(), key=lambda d: d.title)
        assert (secret.title, secret.status, secret.categories) == (
            "Garder le secret de Jeune 17 ?", "to_supervision", ("protection-and-trust",))
        assert [(s.status, s.note) for s in dilemmas.status_history(secret.uuid)] == [
            ("open", ""), ("to_supervision", "à reprendre avec la superviseuse")]
        assert [r.body for r in dilemmas.reflections(secret.uuid)] == ["Le cadre dit une chose, la confiance une autre."]
        assert [e.uuid for e in dilemmas.story(secret.uuid).entries] == [SECRET]
        assert (evening.status, evening.categories) == ("thinking", ("digital-burden", "personal-resources"))

        (limit,) = LimitStore(database).list()
        assert (limit.kind, str(limit.hour)) == ("no_contact_after", "21:00:00")
        (checkin,) = CheckinStore(database).history()
        assert checkin.scores.personal == 50.0

        # the new tables work on the migrated journal
        now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
        supervision = SupervisionStore(database, clock=lambda: now)
        agenda = supervision.sync_agenda()
        assert [(i.kind, i.source_uuid) for i in agenda] == [
            ("dilemma", secret.uuid), ("entry", VISIT), ("entry", SECRET)]  # longest waiting first
        assert [i.waited_days for i in agenda] == [39, 29, 29]  # since 22 January; entries marked on 1 February
        session = supervision.record_session(date(2026, 3, 2), "superviseuse", "individual", "Le secret", "",
                                             [agenda[0].uuid], {secret.uuid: "settled"}, ["Relire le ROI"])
        placements = PlacementStore(database, clock=lambda: now)
        placement = placements.create(PlacementFields("AMO", date(2026, 2, 2), required_hours=400))
        objective = placements.add_objective(placement.uuid, "Mener un entretien")
        placements.link_entry(objective.uuid, YOUTH)
        placements.log_hours(placement.uuid, date(2026, 2, 2), "7:30")
        assert database.integrity_problems() == []
        journal.save()
    finally:
        journal.close()

    reopened = Journal.open(old_journal, FIXTURE_V4_PASSPHRASE, read_only=True)
    try:
        database = reopened.database
        assert database.schema_revision() == SCHEMA_HEAD
        assert [r.title for r in reopened.entries.list()] == TITLES
        assert SupervisionStore(database).sessions()[0].uuid == session.uuid
        assert [i.title for i in SupervisionStore(database).agenda()] == [
            "Visite chez Mme R.", "Ce que je garde pour moi", "Relire le ROI"]
        assert DilemmaStore(database).get(secret.uuid).status == "settled"
        assert [e.uuid for e in PlacementStore(database).entries_of(objective.uuid)] == [YOUTH]
        assert PlacementStore(database).totals(placement.uuid).total_minutes == 450
    finally:
        reopened.close()
    (backup,) = old_journal.parent.joinpath("backups").iterdir()
    assert backup.read_bytes() == FIXTURE_V4.read_bytes()
