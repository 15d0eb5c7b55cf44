"""Carnet's JSON export holds every record of the journal: exported, then imported into an
empty journal, it gives back the same journal, table by table; imported again, or into a
journal that holds other records, it adds what is missing and duplicates nothing. What only
merging needs (the hashes of earlier versions, the traces of deleted records) is not in it:
an export confirms nothing that it does not say (issue 13)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from journal_app.core import interchange
from journal_app.core.backups import PLAN_SETTING, BackupPlan, write_plan
from journal_app.core.checkins import CheckinStore, instrument
from journal_app.core.database import Database
from journal_app.core.demo import DEMO_MARKER_KEY
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields, EntryFilter
from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.limits import LimitStore
from journal_app.core.models import Base
from journal_app.core.persons import PersonStore
from journal_app.core.placement import PlacementFields, PlacementStore
from journal_app.core.prompts import PromptEngine, load_library
from journal_app.core.schedule import LeavePeriod, ScheduleStore, WeeklySchedule
from journal_app.core.supervision import SupervisionStore
from journal_app.core.templates import TemplateSection, TemplateStore
from tests.conftest import PASSPHRASE
from tests.core.interchange_helpers import make_journal

BRUSSELS = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))
MONTREAL = timezone(timedelta(hours=-5))

# Tables that are not lists of their own in the export, and why. Any other table of the
# models must be exported: a table added later without thought fails the tests below.
CARRIED_INSIDE_OTHERS = {
    "tags": "each entry carries its tags' names",
    "entry_persons": "each entry carries its persons' pseudonyms",
    "entry_tags": "each entry carries its tags' names",
}
# What merging copies of the journal needs, kept inside the encrypted journal only: a trace
# of each deleted record (it would confirm that the record existed).
MERGE_ONLY = {"tombstones": "what was deleted, and the hashes it had"}
# Settings that say what the file is and where this computer keeps its backups.
NOT_EXPORTED_SETTINGS = {DEMO_MARKER_KEY, PLAN_SETTING}


def clock(*args: int) -> Any:  # noqa: ANN401
    moment = datetime(*args, tzinfo=UTC)  # type: ignore[misc]
    return lambda: moment


def fill_every_table(journal: Journal, folder: Path) -> None:
    """A journal that has at least one row in every table, using every kind of value."""
    database = journal.database
    ScheduleStore(database).set(WeeklySchedule.from_weekdays(
        {"mon": ["09:00-12:30", "13:30-17:00"], "tue": ["09:00-17:00"], "thu": ["09:00-12:00"]},
        leave=(LeavePeriod(date(2024, 7, 15), date(2024, 7, 26)),),
        holidays_added=(date(2024, 3, 8),), holidays_removed=(date(2024, 5, 1),)), date(2024, 1, 1))
    ScheduleStore(database).set(WeeklySchedule.from_weekdays({"mon": ["08:00-16:00"]}, public_holidays=False),
                                date(2024, 9, 1))

    store = journal.entries
    visit = store.add(EntryFields(
        title="Visite à domicile", body="Le **réseau** tient.\n\n- suite", kind="contact",
        occurred_at=datetime(2024, 3, 1, 14, 30, 5, 123456, tzinfo=BRUSSELS), duration_minutes=45,
        channel="home_visit", persons=("Madame L.", "Bruno"), tags=("réseau", "logement"),
        off_hours=True, out_of_frame=True, private=True, emotional_weight=7, for_supervision=True))
    evening = store.add(EntryFields(title="Lundi soir", body="Relu mes notes.",
                                    occurred_at=datetime(2024, 3, 4, 20, 0, tzinfo=BRUSSELS)))  # computed off-hours
    call = store.add(EntryFields(title="Appel", occurred_at=datetime(2024, 7, 2, 9, 0, tzinfo=SUMMER),
                                 channel="work_phone", persons=("Bruno",), emotional_weight=0))
    store.add(EntryFields(title="Colloque", body="Notes prises à Montréal.", tags=("formation",),
                          occurred_at=datetime(2023, 11, 20, 18, 0, tzinfo=MONTREAL)))
    other_version = store.add(EntryFields(title="Visite à domicile", body="Première version.",
                                          occurred_at=datetime(2024, 3, 1, 14, 30, tzinfo=BRUSSELS)))
    # As merging keeps the older of two versions both copies changed.
    database.raw.execute("UPDATE entries SET conflict_of = ? WHERE uuid = ?", (visit.uuid, other_version.uuid)).close()
    store.delete(store.add(EntryFields(title="Effacée", persons=("Personne seule",))).uuid)  # a tombstone
    PersonStore(database).set_note("Bruno", "Préfère être appelé le matin.")

    dilemmas = DilemmaStore(database, clock=clock(2024, 3, 2, 9, 0))
    own = dilemmas.add_category("Secret partagé", "Ce qu'on tait.", ["Qui doit savoir ?"])
    dilemmas.rename_category("personal-resources", "Mes ressources")  # a change to a built-in category
    secret = dilemmas.create("Garder le secret ?", [own.id, "protection-and-trust"], visit.uuid, note="au début")
    dilemmas.update(secret.uuid, decision="En parler d'abord avec elle.", learned="Le cadre aide.")
    dilemmas.add_reflection(secret.uuid, "Le cadre dit une chose, la confiance une autre.",
                            written_at=datetime(2024, 3, 3, 21, 15, tzinfo=BRUSSELS))
    dilemmas.link_entry(secret.uuid, call.uuid)
    dilemmas.unlink_entry(secret.uuid, call.uuid)  # a link's tombstone
    dilemmas.link_entry(secret.uuid, evening.uuid)
    DilemmaStore(database, clock=clock(2024, 3, 5, 9, 0)).set_status(secret.uuid, "to_supervision", note="à reprendre")
    money = dilemmas.create("Prêter de l'argent ?", ["personal-resources"])
    dilemmas.delete(dilemmas.create("Oublié", ["personal-resources"]).uuid)

    limits = LimitStore(database, today=lambda: date(2024, 3, 1))
    late = limits.add("no_contact_after", hour="21:00", label="Pas après 21 h")
    limits.change(late.uuid, date(2024, 6, 1), hour="20:00")
    lending = limits.add("no_lending_money")
    limits.mark_crossed(lending.uuid, visit.uuid, note="Elle a insisté.")

    checkins = CheckinStore(database)
    cbi = instrument("fr")
    answers = {item.id: cbi.options(item)[index % 3].score for index, item in enumerate(cbi.items)}
    checkins.record(answers, {"time-to-breathe": 2}, at=datetime(2024, 3, 8, 18, 0, 0, 250000, tzinfo=BRUSSELS))
    checkins.record({}, {"time-to-breathe": 4}, at=datetime(2024, 3, 22, 18, 0, tzinfo=BRUSSELS))
    checkins.set_settings(every_days=21)
    checkins.postpone_invitation(now=datetime(2024, 3, 23, 9, 0, tzinfo=BRUSSELS))

    engine = PromptEngine(database, clock=lambda: datetime(2024, 3, 5, 9, 0, tzinfo=BRUSSELS))
    engine.set_theme_enabled("off_hours", False)
    engine.link_entry(load_library("fr")[0].id, evening.uuid)
    TemplateStore(database).save_own("Mon bureau", [TemplateSection("Quoi ?", ("Qui était là ?",))], "à moi")

    supervision = SupervisionStore(database, clock=clock(2024, 3, 10, 9, 0))
    agenda = supervision.sync_agenda()  # the marked visit and the dilemma brought to supervision
    for item in agenda:
        supervision.set_question(item.uuid, f"Que faire de « {item.title} » ?")
    supervision.record_session(date(2024, 3, 12), "superviseuse", "individual", "Le secret", "Demander au réseau",
                               [item.uuid for item in agenda], {secret.uuid: "thinking"},
                               follow_ups=["Relire le ROI"])  # on the next agenda, from this session
    supervision.add_follow_up("Appeler le CPAS", question="Quand ?")
    store.update(call.uuid, replace(store.get(call.uuid).fields_only(), for_supervision=True))
    supervision.sync_agenda()

    placements = PlacementStore(database, clock=clock(2024, 3, 1, 17, 0))
    placement = placements.create(PlacementFields("AMO Rebond", date(2024, 2, 1), date(2024, 6, 30), "tuteur",
                                                  "Mme V.", required_hours=400))
    objective = placements.add_objective(placement.uuid, "Mener un entretien")
    placements.add_objective(placement.uuid, "Travailler en réseau")
    placements.log_hours(placement.uuid, date(2024, 3, 1), "7:30", note="visites")
    placements.log_hours(placement.uuid, date(2024, 3, 4), "6,5")
    placements.link_entry(objective.uuid, evening.uuid)
    placements.set_self_evaluation(placement.uuid, "J'ose davantage.")
    assert money.uuid  # kept, with no entry: a whole export still holds it

    database.write_setting(DEMO_MARKER_KEY, {"language": "fr"})
    write_plan(database, BackupPlan(destination=folder / "sauvegardes", schedule="weekly"))


# ----- a canonical dump of every table


def table_dump(database: Database) -> dict[str, list[tuple[tuple[str, Any], ...]]]:
    """Every table of the models, as sorted rows of (column, value), with the database's own
    integer ids left out and a reference replaced by the identity of the record it names."""
    raw = database.raw
    names: dict[str, dict[int, Any]] = {}
    for table in Base.metadata.sorted_tables:
        if "id" in table.c:
            identity = "uuid" if "uuid" in table.c else "name" if "name" in table.c else "effective_from"
            names[table.name] = dict(raw.execute(f"SELECT id, {identity} FROM {table.name}").fetchall())
    dump = {}
    for table in Base.metadata.sorted_tables:
        cursor = raw.execute(f"SELECT * FROM {table.name}")
        columns = [column[0] for column in cursor.description]
        rows = []
        for values in cursor.fetchall():
            row = []
            for name, value in zip(columns, values, strict=True):
                column = table.c[name]
                if column.primary_key and name == "id":
                    continue
                if column.foreign_keys and value is not None:
                    value = names[next(iter(column.foreign_keys)).column.table.name][value]
                row.append((name, value))
            rows.append(tuple(row))
        dump[table.name] = sorted(rows, key=repr)
    return dump


def without_settings_left_out(dump: dict[str, list[tuple[tuple[str, Any], ...]]]) -> dict[str, Any]:
    def left_out(row: tuple[tuple[str, Any], ...]) -> bool:
        values = dict(row)
        return values.get("key") in NOT_EXPORTED_SETTINGS or (
            values.get("kind") == "settings" and values.get("uuid") in NOT_EXPORTED_SETTINGS)

    return {name: [row for row in rows if not (name in ("settings", "tombstones") and left_out(row))]
            for name, rows in dump.items()}


def without_merge_history(dump: dict[str, Any]) -> dict[str, Any]:
    """The journal as an export carries it: without the earlier revisions each record
    remembers and without the tombstones (its current revision is that of its content)."""
    return {name: sorted((tuple((column, value) for column, value in row if column != "revisions") for row in rows),
                         key=repr)
            for name, rows in dump.items() if name not in MERGE_ONLY}


def history_as_a_set(dump: dict[str, Any], *, dilemmas_bookkeeping: bool = True) -> dict[str, Any]:
    """A merge remembers a record's current revision among its earlier ones too (and keeps
    them in the order it met them): the same knowledge, written another way.
    ``dilemmas_bookkeeping=False``: leave out when a dilemma last changed and its earlier
    revisions, which merging a dilemma with several categories does not keep yet
    (test_a_dilemma_merged_in_keeps_the_time_of_its_last_edit)."""
    def loosen(row: tuple[tuple[str, Any], ...], table: str) -> tuple[tuple[str, Any], ...]:
        values = dict(row)
        if "revisions" not in values or values["revisions"] is None:
            return row
        if table == "dilemmas" and not dilemmas_bookkeeping:
            return tuple((name, value) for name, value in row if name not in ("revisions", "revised_at"))
        earlier = sorted(set(values["revisions"].split()) - {values.get("revision")})
        return tuple((name, earlier if name == "revisions" else value) for name, value in row)

    return {name: sorted((loosen(row, name) for row in rows), key=repr) for name, rows in dump.items()}


# ----- fixtures


@pytest.fixture
def full_journal(tmp_path: Path) -> Iterator[Journal]:
    journal = make_journal(tmp_path / "full.carnet")
    fill_every_table(journal, tmp_path)
    # Edited in a later session: these records remember their earlier revisions.
    journal = reopened(journal)
    call = next(e for e in journal.entries.list() if e.title == "Appel")
    journal.entries.update(call.uuid, replace(call.fields_only(), body="Rappeler jeudi."))
    PersonStore(journal.database).set_note("Madame L.", "Voit sa fille le mercredi.")
    yield journal
    journal.close()


def exported(journal: Journal, **bounds: date) -> dict[str, Any]:
    """The export as written to a file and read back."""
    return json.loads(json.dumps(interchange.export_document(journal, **bounds), ensure_ascii=False))


def read(document: dict[str, Any]) -> interchange.ImportBatch:
    return interchange.read_carnet_export(json.dumps(document, ensure_ascii=False).encode("utf-8"))


def reopened(journal: Journal) -> Journal:
    journal.save()
    journal.close()
    return Journal.open(journal.path, PASSPHRASE)


# ----- every table, every row


def test_the_fixture_touches_every_table(full_journal: Journal) -> None:
    """So that the round trip below covers every table; a table added to the models must be
    filled here too, and so be proven exported."""
    empty = [name for name, rows in table_dump(full_journal.database).items() if not rows]
    assert empty == [], f"fill_every_table does not fill {empty}: add them, then check they are exported"
    histories = full_journal.database.raw.execute("SELECT count(*) FROM entries WHERE revisions != ''").fetchone()
    assert histories == (1,)


def test_every_table_of_the_models_is_exported(full_journal: Journal) -> None:
    assert interchange.carnet.CARRIED_BY_ENTRIES == set(CARRIED_INSIDE_OTHERS)  # no table left out quietly
    document = exported(full_journal)
    for table in Base.metadata.sorted_tables:
        if table.name in CARRIED_INSIDE_OTHERS:
            continue
        if table.name in MERGE_ONLY:
            assert table.name not in document
            continue
        assert document.get(table.name), f"the export has no records of {table.name!r}"
    assert {"tags", "persons"} <= {key for entry in document["entries"] for key in entry}


def test_export_then_import_into_an_empty_journal_gives_back_every_table(full_journal: Journal,
                                                                         tmp_path: Path) -> None:
    before = table_dump(full_journal.database)
    batch = read(exported(full_journal))
    other = make_journal(tmp_path / "other.carnet")
    result = interchange.import_batch(other, batch)
    assert (result.imported, result.already_present, result.changed) == (5, 0, True)
    other = reopened(other)
    try:
        assert without_merge_history(table_dump(other.database)) == without_merge_history(
            without_settings_left_out(before))
        assert other.database.raw.execute("SELECT count(*) FROM tombstones").fetchone() == (0,)
        assert other.database.read_setting(DEMO_MARKER_KEY) is None  # another journal is not the example
        assert [e.title for e in other.entries.search("reseau")] == ["Visite à domicile"]
        assert other.database.integrity_problems() == []
    finally:
        other.close()


def test_the_export_names_records_by_uuid_and_times_with_their_offset(full_journal: Journal) -> None:
    document = exported(full_journal)

    def items(value: Any) -> Iterator[tuple[str, Any]]:  # noqa: ANN401
        if isinstance(value, dict):
            for key, item in value.items():
                yield key, item
                yield from items(item)
        elif isinstance(value, list):
            for item in value:
                yield from items(item)

    # No database id anywhere ("builtin_id" names a built-in category: "personal-resources").
    assert not [key for key, value in items(document) if key == "id" or key.endswith("_id") and isinstance(value, int)]
    visit = next(e for e in document["entries"] if e["body"].startswith("Le **réseau**"))
    assert visit["occurred_at"] == "2024-03-01T14:30:05.123456+01:00"
    assert "utc_offset_minutes" not in visit
    (reflection,) = document["dilemma_reflections"]
    assert reflection["written_at"] == "2024-03-03T21:15:00+01:00"
    assert document["checkins"][0]["taken_at"] == "2024-03-08T18:00:00.250000+01:00"
    dilemma_uuids = {d["uuid"] for d in document["dilemmas"]}
    assert {link["dilemma"] for link in document["dilemma_entries"]} <= dilemma_uuids
    assert "tombstones" not in document
    assert {s["key"] for s in document["settings"]} == {"checkin_settings", "checkin_invitation_postponed_until",
                                                        "prompt_engine", "user_templates"}


def test_an_entry_holds_what_the_command_line_shows_of_it(full_journal: Journal) -> None:
    document = exported(full_journal)
    shown = {record.uuid: interchange.entry_to_json(record) for record in full_journal.entries.list()}
    for entry in document["entries"]:
        assert {key: entry[key] for key in shown[entry["uuid"]]} == shown[entry["uuid"]]
    persons = {p.uuid: interchange.person_to_json(p) for p in full_journal.entries.person_records()}
    for person in document["persons"]:
        assert {key: person[key] for key in persons[person["uuid"]]} == persons[person["uuid"]]


# ----- importing into a journal that holds something


def test_importing_the_export_again_adds_nothing(full_journal: Journal) -> None:
    before = table_dump(full_journal.database)
    result = interchange.import_batch(full_journal, read(exported(full_journal)))
    assert result == interchange.ImportResult(imported=0, already_present=5)
    assert not result.changed
    assert history_as_a_set(table_dump(full_journal.database)) == history_as_a_set(before)


def test_a_journal_with_other_records_gets_every_record_of_the_export(full_journal: Journal, tmp_path: Path) -> None:
    document = exported(full_journal)
    other = make_journal(tmp_path / "other.carnet")
    mine = other.entries.add(EntryFields(title="À moi", occurred_at=datetime(2024, 1, 5, 9, 0, tzinfo=BRUSSELS)))
    result = interchange.import_batch(other, read(document))
    assert (result.imported, result.already_present) == (5, 0) and result.other_records > 20
    twice = interchange.import_batch(other, read(document))
    assert not twice.changed
    other = reopened(other)
    try:
        other.entries.delete(mine.uuid)
        other.database.raw.execute("DELETE FROM tombstones WHERE uuid = ?", (mine.uuid,)).close()
        assert without_merge_history(table_dump(other.database)) == without_merge_history(
            without_settings_left_out(table_dump(full_journal.database)))
    finally:
        other.close()


def test_a_dilemma_merged_in_keeps_the_time_of_its_last_edit(full_journal: Journal, tmp_path: Path) -> None:
    other = make_journal(tmp_path / "other.carnet")
    other.entries.add(EntryFields(title="À moi", occurred_at=datetime(2024, 1, 5, 9, 0, tzinfo=BRUSSELS)))
    interchange.import_batch(other, read(exported(full_journal)))
    query = "SELECT uuid, revision, revised_at FROM dilemmas ORDER BY uuid"
    assert other.database.raw.execute(query).fetchall() == full_journal.database.raw.execute(query).fetchall()
    other.close()


def test_a_file_written_with_revisions_still_imports_its_newer_edit_and_deletes_nothing(
        full_journal: Journal) -> None:
    """Exports written before issue 13 carried revisions and tombstones: still read."""
    document = exported(full_journal)
    document["tombstones"] = []
    visit = next(e for e in full_journal.entries.list() if e.title == "Visite à domicile" and e.persons)
    call = next(e for e in full_journal.entries.list() if e.title == "Appel")
    newer = next(e for e in document["entries"] if e["uuid"] == call.uuid)
    (revision,) = full_journal.database.raw.execute("SELECT revision FROM entries WHERE uuid = ?",
                                                    (call.uuid,)).fetchone()
    newer.update(title="Appel (corrigé)", revision="0123456789abcdef", revisions=[revision],
                 revised_at=datetime(2030, 1, 1, tzinfo=UTC).isoformat())
    full_journal.entries.delete(visit.uuid)  # deleted here since the export: stays deleted
    document["tombstones"].append({"kind": "dilemmas", "uuid": DilemmaStore(full_journal.database).list()[0].uuid,
                                   "deleted_at": datetime(2030, 1, 1, tzinfo=UTC).isoformat(), "revision": None,
                                   "revisions": []})
    dilemmas_before = len(DilemmaStore(full_journal.database).list())

    result = interchange.import_batch(full_journal, read(document))
    assert (result.imported, result.updated) == (0, 1)
    assert full_journal.entries.get(call.uuid).title == "Appel (corrigé)"
    assert not full_journal.entries.exists(visit.uuid)
    assert len(DilemmaStore(full_journal.database).list()) == dilemmas_before


def test_an_import_that_fails_changes_nothing(full_journal: Journal, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    batch = read(exported(full_journal))
    for target in (make_journal(tmp_path / "empty.carnet"), full_journal):
        before = table_dump(target.database)
        real_insert = interchange.carnet._insert
        calls = []

        def failing_insert(raw: Any, table: str, values: Any) -> int:  # noqa: ANN401
            calls.append(table)
            if len(calls) == 30:
                raise OSError("simulated failure in the middle of an import")
            return real_insert(raw, table, values)

        monkeypatch.setattr(interchange.carnet, "_insert", failing_insert)
        with pytest.raises(OSError):
            interchange.import_batch(target, batch)
        monkeypatch.undo()
        assert table_dump(target.database) == before
    assert interchange.import_batch(make_journal(tmp_path / "again.carnet"), batch).imported == 5


# ----- a range of days


def test_a_range_export_holds_its_entries_and_what_belongs_to_them(full_journal: Journal, tmp_path: Path) -> None:
    document = exported(full_journal, since=date(2024, 3, 1), until=date(2024, 3, 31))
    assert document["range"] == {"since": "2024-03-01", "until": "2024-03-31"}
    assert sorted(e["title"] for e in document["entries"]) == ["Lundi soir", "Visite à domicile", "Visite à domicile"]
    assert sorted(p["pseudonym"] for p in document["persons"]) == ["Bruno", "Madame L."]
    assert [d["title"] for d in document["dilemmas"]] == ["Garder le secret ?"]  # not the one without entries
    assert len(document["dilemma_entries"]) == 2 and len(document["dilemma_reflections"]) == 1
    assert len(document["dilemma_status_changes"]) == 3 and len(document["dilemma_category_links"]) == 2
    assert [c["name"] for c in document["dilemma_categories"]] == ["Secret partagé"]  # the one it uses
    assert [limit["kind"] for limit in document["limits"]] == ["no_lending_money"]
    assert len(document["limit_marks"]) == 1 and len(document["limit_versions"]) == 1
    for name in ("settings", "schedules", "checkins", "placements", "placement_objectives", "placement_hours",
                 "objective_entries", "supervision_agenda", "supervision_sessions", "supervision_session_items"):
        assert document[name] == [], name
    assert "tombstones" not in document

    other = make_journal(tmp_path / "march.carnet")
    assert interchange.import_batch(other, read(document)).imported == 3
    (dilemma,) = DilemmaStore(other.database).list()
    assert dilemma.title == "Garder le secret ?" and len(DilemmaStore(other.database).story(dilemma.uuid).entries) == 2
    other.close()


def test_a_range_export_without_entries_holds_nothing(full_journal: Journal) -> None:
    document = exported(full_journal, since=date(2025, 1, 1))
    assert all(document[section.name] == [] for section in interchange.carnet.SECTIONS
               if section.name not in MERGE_ONLY)


# ----- older and malformed exports


def test_a_version_1_export_still_imports(full_journal: Journal, tmp_path: Path) -> None:
    version_1 = {
        "format": "carnet-export", "version": 1, "exported_at": "2024-05-02T08:15:03.120000+00:00",
        "persons": [interchange.person_to_json(p) for p in full_journal.entries.person_records()],
        "entries": [interchange.entry_to_json(e) for e in reversed(full_journal.entries.list())],
    }
    batch = read(version_1)
    assert batch.records is None
    other = make_journal(tmp_path / "other.carnet")
    assert interchange.import_batch(other, batch) == interchange.ImportResult(imported=5, already_present=0)
    assert [interchange.entry_to_json(e) for e in other.entries.list()] == [
        interchange.entry_to_json(e) for e in full_journal.entries.list()]
    assert interchange.import_batch(other, read(version_1)) == interchange.ImportResult(0, 5)
    other.close()


def test_the_preview_counts_the_other_records(full_journal: Journal, tmp_path: Path) -> None:
    other = make_journal(tmp_path / "other.carnet")
    summary = interchange.preview(read(exported(full_journal)), other)
    assert (summary.entries, summary.new, summary.other_records > 20) == (5, 5, True)
    assert any("other records" in line for line in interchange.preview_lines(summary))
    other.close()


MALFORMED = {
    "newer version": lambda d: d.update(version=3),
    "unknown dilemma status": lambda d: d["dilemmas"][0].update(status="oublié"),
    "reference to nothing": lambda d: d["dilemma_reflections"][0].update(dilemma="f" * 32),
    "reference not a uuid": lambda d: d["limit_marks"][0].update(entry="la visite"),
    "twice the same uuid": lambda d: d["dilemmas"].append(copy.deepcopy(d["dilemmas"][0])),
    "two persons, one pseudonym": lambda d: d["persons"].append({**d["persons"][0], "uuid": "e" * 32,
                                                                 "pseudonym": d["persons"][0]["pseudonym"].upper()}),
    "a day that is not one": lambda d: d["placement_hours"][0].update(day="1er mars"),
    "a time without offset": lambda d: d["checkins"][0].update(taken_at="2024-03-08T18:00:00"),
    "a flag as a number": lambda d: d["limit_versions"][0].update(active=1),
    "a number as text": lambda d: d["placement_hours"][0].update(minutes="450"),
    "a required value missing": lambda d: d["placement_objectives"][0].pop("text"),
    "a list that is not one": lambda d: d.update(schedules={"2024-01-01": "lundi"}),
    "a record that is not an object": lambda d: d["checkins"].append("x"),
    "the same day's hours twice": lambda d: d["placement_hours"].append({**d["placement_hours"][0],
                                                                         "uuid": "d" * 32}),
}


@pytest.mark.parametrize("change", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_export_is_refused_before_anything_is_imported(full_journal: Journal, change: Any) -> None:  # noqa: ANN401
    document = exported(full_journal)
    change(document)
    with pytest.raises(InvalidInput) as raised:
        read(document)
    assert str(raised.value) and "\n" not in str(raised.value)


def test_a_hand_written_export_may_leave_out_what_has_a_default(tmp_path: Path) -> None:
    document = {
        "format": "carnet-export", "version": 2,
        "entries": [{"uuid": "b" * 32, "title": "t", "body": "b", "occurred_at": "2024-01-01T10:00:00+01:00",
                     "persons": ["Alice"], "tags": ["x"]}],
        "dilemmas": [{"uuid": "c" * 32, "title": "Que faire ?"}],
        "dilemma_entries": [{"dilemma": "c" * 32, "entry": "b" * 32, "linked_at": "2024-01-01T11:00:00+01:00"}],
    }
    journal = make_journal(tmp_path / "hand.carnet")
    result = interchange.import_batch(journal, read(document))
    assert (result.imported, result.other_records) == (1, 2)
    (entry,) = journal.entries.list(EntryFilter(persons=("alice",)))
    assert entry.occurred_at.isoformat() == "2024-01-01T10:00:00+01:00" and entry.tags == ("x",)
    (dilemma,) = DilemmaStore(journal.database).list()
    assert dilemma.status == "open" and DilemmaStore(journal.database).story(dilemma.uuid).entries[0].uuid == "b" * 32
    journal.close()


# ----- an export confirms nothing that is not in it (issue 13)


def _every_hash_the_journal_knows(database: Database) -> set[str]:
    """Every revision (a hash of a record's content) the journal holds: current, earlier, deleted."""
    raw = database.raw
    from journal_app.core.models import REVISED_TABLES

    hashes: set[str] = set()
    for table in REVISED_TABLES:
        for revision, revisions in raw.execute(f"SELECT revision, revisions FROM {table}").fetchall():
            hashes.update([revision or "", *(revisions or "").split()])
    for revision, revisions in raw.execute("SELECT revision, revisions FROM tombstones").fetchall():
        hashes.update([revision or "", *(revisions or "").split()])
    return hashes - {""}


def test_an_export_holds_no_hash_of_past_text_and_no_trace_of_what_was_deleted(full_journal: Journal,
                                                                              tmp_path: Path) -> None:
    store = full_journal.entries
    named = store.add(EntryFields(title="Appel", body="Jean Dupont a rappelé.",
                                  occurred_at=datetime(2024, 4, 2, 9, 0, tzinfo=BRUSSELS)))
    full_journal = reopened(full_journal)  # the named version lives on in the history of a later session
    (named_revision,) = full_journal.database.raw.execute("SELECT revision FROM entries WHERE uuid = ?",
                                                          (named.uuid,)).fetchone()
    store = full_journal.entries
    store.update(named.uuid, replace(store.get(named.uuid).fields_only(), body="M. D. a rappelé."))
    gone = store.add(EntryFields(title="Effacée aussi", occurred_at=datetime(2024, 4, 3, 9, 0, tzinfo=BRUSSELS)))
    store.delete(gone.uuid)
    hashes = _every_hash_the_journal_knows(full_journal.database)
    assert named_revision in hashes and len(hashes) > 40  # the journal keeps them, to merge copies of itself

    destination = tmp_path / "export.json"
    interchange.write_export(full_journal, destination)
    text = destination.read_text("utf-8")
    assert "Jean Dupont" not in text and "M. D. a rappelé." in text
    assert [h for h in hashes if h in text] == []  # none confirms a guess at what a record once said
    document = json.loads(text)
    assert "tombstones" not in document and gone.uuid not in text
    assert not [key for section in document.values() if isinstance(section, list) for item in section
                if isinstance(item, dict) for key in item if key in ("revision", "revisions")]
    assert named_revision not in text  # the hash of "Jean Dupont a rappelé.": a guess could be checked against it
    full_journal.close()


def test_a_version_the_journal_never_had_is_kept_beside_its_own(full_journal: Journal) -> None:
    """An export carries no history: an entry it holds in a version this journal never had
    (changed on another copy) cannot be told newer or older, so both are kept."""
    document = exported(full_journal)
    call = next(e for e in full_journal.entries.list() if e.title == "Appel")
    next(e for e in document["entries"] if e["uuid"] == call.uuid)["title"] = "Appel (corrigé ailleurs)"
    result = interchange.import_batch(full_journal, read(document))
    assert (result.imported, result.updated) == (0, 1)
    titles = sorted(e.title for e in full_journal.entries.list() if e.title.startswith("Appel"))
    assert titles == ["Appel", "Appel (corrigé ailleurs)"]
    assert interchange.import_batch(full_journal, read(document)).changed is False  # and only once


def test_a_copy_of_the_journal_behind_the_export_takes_its_later_versions(full_journal: Journal,
                                                                          tmp_path: Path) -> None:
    """The "versions" an export carries are keyed with the journal's key: a copy of the same
    journal (same key) tells the export's version is later than its own, and takes it."""
    journal = reopened(full_journal)
    behind = tmp_path / "behind.carnet"
    behind.write_bytes(journal.path.read_bytes())  # a copy, before the changes below
    call = next(e for e in journal.entries.list() if e.title == "Appel")
    journal.entries.update(call.uuid, replace(call.fields_only(), body="Rappelé, c'est réglé."))
    PersonStore(journal.database).set_note("Bruno", "Préfère le matin, jamais le vendredi.")
    document = exported(journal)
    journal.close()
    copy = Journal.open(behind, PASSPHRASE)
    try:
        result = interchange.import_batch(copy, read(document))
        assert (result.imported, result.updated) == (0, 1)
        assert [e.body for e in copy.entries.list() if e.title == "Appel"] == ["Rappelé, c'est réglé."]
        notes = {p.pseudonym: p.note for p in PersonStore(copy.database).summaries()}
        assert notes["Bruno"] == "Préfère le matin, jamais le vendredi."  # taken, not kept after the other
        assert not interchange.import_batch(copy, read(document)).changed
    finally:
        copy.close()
    stranger = make_journal(tmp_path / "stranger.carnet")  # another key: the versions name nothing it knows
    stranger.entries.add(EntryFields(title="À moi", occurred_at=datetime(2024, 1, 5, 9, 0, tzinfo=BRUSSELS)))
    assert interchange.import_batch(stranger, read(document)).imported == 5
    stranger.close()
