"""Journals written by older versions keep opening, and the schema stays consistent.

tests/data/journal-v1.carnet was written once by the first version of Carnet (file format 1,
schema 0001) with tests/data/make_fixture_v1.py. It must never be regenerated: every later
version proves here that it still opens and migrates it.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from importlib.resources import files
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, Table

from journal_app.core import vaultfile
from journal_app.core.database import SCHEMA_HEAD, Database
from journal_app.core.entries import EntryFields, EntryFilter
from journal_app.core.errors import UnsupportedFormat, WrongPassphrase
from journal_app.core.journal import Journal, verify
from journal_app.core.models import Base
from tests.conftest import PASSPHRASE
from tests.core.helpers import decrypted_image

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "journal-v1.carnet"
FIXTURE_PASSPHRASE = "carnet de bord, version une"
FIXTURE_RECOVERY_CODE = "J198R-Z6X4C-MKWBB-T4BNV-PTAEA-P4D7Z-7E8Q0-3EGQ9"
FIXTURE_SHA256 = "5bd52650e9386bd4e089629af39c5eb3c9050b4a5632dfa5bfa652ac90a5d6c2"

PARIS_WINTER = timezone(timedelta(hours=1))
PARIS_SUMMER = timezone(timedelta(hours=2))
MONTREAL = timezone(timedelta(hours=-5))
CREATED = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)

# What version 1 wrote, newest first. Written out here, not imported from the script.
EXPECTED = [
    {
        "uuid": "1234567890ab4cdef1234567890abcde",
        "title": "Rue, maraude du jeudi",
        "body": "Ÿves, Çà et là ; œuvre, cœur, naïve, Noël — ½ h, 3 °C.",
        "occurred_at": datetime(2024, 12, 5, 20, 45, tzinfo=UTC),
        "kind": "contact",
        "duration_minutes": 90,
        "channel": "street",
        "persons": ("Zoé",),
        "tags": ("maraude",),
        "off_hours": True,
        "out_of_frame": False,
        "private": False,
        "emotional_weight": None,
        "for_supervision": False,
    },
    {
        "uuid": "9f8e7d6c5b4a43219f8e7d6c5b4a4321",
        "title": "Réflexion : la « bonne distance »",
        "body": "Schön parle de réflexion *dans* l'action. Où s'arrête l'accompagnement ?",
        "occurred_at": datetime(2024, 9, 20, 18, 0, tzinfo=MONTREAL),
        "kind": "reflection",
        "duration_minutes": None,
        "channel": None,
        "persons": ("Karim B.", "Élodie L."),
        "tags": ("réseau", "supervision"),
        "off_hours": False,
        "out_of_frame": False,
        "private": False,
        "emotional_weight": None,
        "for_supervision": True,
    },
    {
        "uuid": "0a1b2c3d4e5f40718293a4b5c6d7e8f9",
        "title": "Appel tard le soir",
        "body": "Appelé sur mon téléphone personnel à 22 h. Je n'aurais pas dû répondre.",
        "occurred_at": datetime(2024, 6, 3, 22, 5, tzinfo=PARIS_SUMMER),
        "kind": "contact",
        "duration_minutes": 20,
        "channel": "personal_phone",
        "persons": ("Karim B.",),
        "tags": ("limites",),
        "off_hours": True,
        "out_of_frame": True,
        "private": True,
        "emotional_weight": 8,
        "for_supervision": True,
    },
    {
        "uuid": "6f1e0c2a9b8d4e5fa1b2c3d4e5f60718",
        "title": "Visite à domicile chez Mme Lefèvre",
        "body": "Elle m'a parlé de l'école de sa fille.\n\n**Réseau** : CMP, assistante sociale.",
        "occurred_at": datetime(2024, 1, 15, 9, 30, tzinfo=PARIS_WINTER),
        "kind": "contact",
        "duration_minutes": 45,
        "channel": "home_visit",
        "persons": ("Élodie L.",),
        "tags": ("réseau", "école"),
        "off_hours": False,
        "out_of_frame": False,
        "private": False,
        "emotional_weight": 6,
        "for_supervision": False,
    },
]


@pytest.fixture
def old_journal(tmp_path: Path) -> Path:
    """A copy: opening for writing creates a lock file, and saving would change the fixture."""
    copy = tmp_path / "journal-v1.carnet"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_fixture_is_the_original_version_1_file() -> None:
    """If this fails, someone regenerated the fixture: restore it from git history instead."""
    data = FIXTURE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == FIXTURE_SHA256, "tests/data/journal-v1.carnet was replaced"
    assert int.from_bytes(data[8:10], "big") == 1  # file format 1
    raw = sqlite3.connect(":memory:")
    try:
        raw.deserialize(decrypted_image(FIXTURE, FIXTURE_PASSPHRASE))
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    finally:
        raw.close()


def _comparable(record) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {key: getattr(record, key) for key in EXPECTED[0]}


def test_version_1_journal_opens_and_migrates(old_journal: Path) -> None:
    journal = Journal.open(old_journal, FIXTURE_PASSPHRASE)
    try:
        assert journal.database.schema_revision() == SCHEMA_HEAD
        records = journal.entries.list()
        assert [_comparable(r) for r in records] == EXPECTED
        for record in records:
            assert record.created_at == CREATED and record.updated_at == CREATED
        assert records[2].occurred_at.utcoffset() == timedelta(hours=2)
        assert sorted(journal.entries.persons()) == ["Karim B.", "Zoé", "Élodie L."]
        assert sorted(journal.entries.tags()) == ["limites", "maraude", "réseau", "supervision", "école"]
        # the search index came through the migration, and still follows changes
        assert [r.title for r in journal.entries.search("reseau")] == [
            "Réflexion : la « bonne distance »",
            "Visite à domicile chez Mme Lefèvre",
        ]
        assert [r.title for r in journal.entries.search("coeur")] == []  # "œ" is not "oe" for unicode61
        assert [r.title for r in journal.entries.search("naive")] == ["Rue, maraude du jeudi"]
        assert [r.title for r in journal.entries.search("elodie")] == [
            "Réflexion : la « bonne distance »",
            "Visite à domicile chez Mme Lefèvre",
        ]
        assert [r.title for r in journal.entries.list(EntryFilter(flags=frozenset({"private"})))] == ["Appel tard le soir"]
        assert journal.database.integrity_problems() == []

        added = journal.entries.add(EntryFields(title="Après la migration", body="Nouveau réseau"))
        journal.entries.update(EXPECTED[3]["uuid"], EntryFields(title="Visite modifiée", body="rien"))  # type: ignore[arg-type]
        assert len(journal.entries.search("reseau")) == 2
        journal.save()
    finally:
        journal.close()

    # saved in the current schema, and the version-1 file kept as a backup
    assert verify(old_journal, FIXTURE_PASSPHRASE) == []
    reopened = Journal.open(old_journal, FIXTURE_PASSPHRASE, read_only=True)
    assert reopened.database.schema_revision() == SCHEMA_HEAD
    assert reopened.entries.count() == 5 and reopened.entries.exists(added.uuid)
    reopened.close()
    (backup,) = old_journal.parent.joinpath("backups").iterdir()
    assert backup.read_bytes() == FIXTURE.read_bytes()


def test_version_1_journal_read_only_changes_nothing(old_journal: Path) -> None:
    journal = Journal.open(old_journal, FIXTURE_PASSPHRASE, read_only=True)
    assert journal.entries.count() == 4
    journal.close()
    assert old_journal.read_bytes() == FIXTURE.read_bytes()
    assert sorted(p.name for p in old_journal.parent.iterdir()) == ["journal-v1.carnet"]


def test_version_1_journal_recovery_code_and_wrong_passphrase(old_journal: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Journal.open(old_journal, PASSPHRASE)
    typed = FIXTURE_RECOVERY_CODE.lower().replace("-", " ").replace("0", "o")
    journal, _change = Journal.reset_passphrase(old_journal, typed, "nouvelle phrase de passe")
    assert journal.entries.count() == 4
    journal.close()
    Journal.open(old_journal, "nouvelle phrase de passe").close()


# ----- the schema


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("journal_app.core") / "migrations"))
    return config


def test_schema_head_is_alembics_head() -> None:
    assert ScriptDirectory.from_config(_alembic_config()).get_heads() == [SCHEMA_HEAD]


def test_migrations_form_one_line_from_the_first() -> None:
    scripts = ScriptDirectory.from_config(_alembic_config())
    chain = [revision.revision for revision in scripts.walk_revisions("base", "heads")]
    assert chain[0] == SCHEMA_HEAD and chain[-1] == "0001"
    assert len(scripts.get_bases()) == 1


def _is_search_index(name: str | None) -> bool:
    # the FTS5 virtual table and its shadow tables (_data, _idx, _docsize, _config)
    return name is not None and (name == "entry_search" or name.startswith("entry_search_"))


def _differences(database: Database, metadata: MetaData) -> list[object]:
    def include_name(name: str | None, type_: str, parent_names: object) -> bool:
        return not (type_ == "table" and _is_search_index(name))

    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": False, "include_name": include_name}
        )
        return list(compare_metadata(context, metadata))


def test_models_match_the_migrations() -> None:
    database = Database.new()
    try:
        assert database.schema_revision() == SCHEMA_HEAD
        assert _differences(database, Base.metadata) == []
    finally:
        database.close()


def test_model_comparison_can_fail() -> None:
    """The control for the test above: a model the migrations lack is reported."""
    database = Database.new()
    try:
        metadata = MetaData()
        for table in Base.metadata.tables.values():
            table.to_metadata(metadata)
        Table("not_migrated", metadata, Column("id", Integer, primary_key=True))
        metadata.tables["entries"].append_column(Column("not_migrated_either", Integer))
        kinds = {difference[0] for difference in _differences(database, metadata)}  # type: ignore[index]
        assert kinds == {"add_table", "add_column"}
    finally:
        database.close()


def test_migrating_the_version_1_image_matches_the_models() -> None:
    """The migrated old database has the same schema as a new one (not only the same data)."""
    database = Database.from_image(decrypted_image(FIXTURE, FIXTURE_PASSPHRASE))
    try:
        assert database.schema_revision() == SCHEMA_HEAD
        assert _differences(database, Base.metadata) == []
        triggers = {row[0] for row in database.raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"entries_search_insert", "entries_search_delete", "entries_search_update"} <= triggers
    finally:
        database.close()


def test_journal_from_a_newer_version_is_refused(new_journal: Journal) -> None:
    new_journal.database.raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    new_journal.save()
    new_journal.close()
    before = new_journal.path.read_bytes()
    with pytest.raises(UnsupportedFormat, match="newer version"):
        Journal.open(new_journal.path, PASSPHRASE)
    assert new_journal.path.read_bytes() == before
    with pytest.raises(UnsupportedFormat):  # again: the failed open released its lock
        Journal.open(new_journal.path, PASSPHRASE)
    assert vaultfile.parse(before).header.journal_id == new_journal.journal_id
