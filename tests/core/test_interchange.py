"""Carnet's own JSON export/import (lossless) and jrnl's JSON export."""

from __future__ import annotations

import copy
import json
import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from journal_app.core import interchange
from journal_app.core.entries import EntryFields, EntryFilter, EntryRecord, EntryStore, PersonRecord
from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import Person
from tests.conftest import CHEAP_KDF, PASSPHRASE

JRNL_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "jrnl-export.json"
PARIS = timezone(timedelta(hours=1))
SUMMER_PARIS = timezone(timedelta(hours=2))
MONTREAL = timezone(timedelta(hours=-5))


@pytest.fixture
def paris_local_time():  # type: ignore[no-untyped-def]
    """Make the process's local time zone Europe/Paris (with its summer time)."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset (Unix)")
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


def set_note(journal: Journal, pseudonym: str, note: str) -> None:
    with journal.database.session() as session:
        session.scalar(select(Person).where(Person.pseudonym == pseudonym)).note = note


def fill(journal: Journal) -> None:
    """Entries that use every field, several offsets, microseconds, and a tie at the same minute."""
    store = journal.entries
    store.add(EntryFields(
        title="Visite à domicile", body="Le **réseau** tient.\n\n- suite", kind="contact",
        occurred_at=datetime(2024, 3, 1, 14, 30, 5, 123456, tzinfo=PARIS), duration_minutes=45,
        channel="home_visit", persons=("Madame L.", "Bruno"), tags=("réseau", "logement"),
        off_hours=True, out_of_frame=True, private=True, emotional_weight=7, for_supervision=True,
    ))
    store.add(EntryFields(title="Appel", occurred_at=datetime(2024, 7, 2, 9, 0, tzinfo=SUMMER_PARIS),
                          channel="work_phone", persons=("Bruno",), emotional_weight=0))
    store.add(EntryFields(title="Même minute A", occurred_at=datetime(2024, 7, 2, 9, 0, tzinfo=SUMMER_PARIS)))
    store.add(EntryFields(title="Colloque", body="Notes prises à Montréal.",
                          occurred_at=datetime(2023, 11, 20, 18, 0, tzinfo=MONTREAL), tags=("formation",)))
    set_note(journal, "Bruno", "Préfère être appelé le matin.")
    # A person no entry mentions still belongs to the export.
    store.add(EntryFields(title="temporaire", persons=("Personne seule",)))
    store.delete(store.list(EntryFilter(text="temporaire"))[0].uuid)


def without_export_time(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


def make_journal(path: Path) -> Journal:
    journal, _ = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    return journal


def test_export_then_import_into_an_empty_journal_gives_back_the_same_journal(new_journal, tmp_path):
    fill(new_journal)
    exported = interchange.export_document(new_journal)
    assert exported["format"] == "carnet-export" and exported["version"] == 2
    assert len(exported["entries"]) == 4
    assert {p["pseudonym"] for p in exported["persons"]} == {"Bruno", "Madame L.", "Personne seule"}

    batch = interchange.read_carnet_export(json.dumps(exported).encode())
    other = make_journal(tmp_path / "other.carnet")
    try:
        result = interchange.import_batch(other, batch)
        assert (result.imported, result.already_present) == (4, 0)
        other.save()
        other.close()
        reopened = Journal.open(tmp_path / "other.carnet", PASSPHRASE, read_only=True)
        assert without_export_time(interchange.export_document(reopened)) == without_export_time(exported)
        assert reopened.entries.list() == new_journal.entries.list()
        reopened.close()
    finally:
        if other.is_open:
            other.close()


def test_round_trip_keeps_offsets_microseconds_and_identity(new_journal, tmp_path):
    fill(new_journal)
    batch = interchange.read_carnet_export(json.dumps(interchange.export_document(new_journal)).encode())
    other = make_journal(tmp_path / "other.carnet")
    interchange.import_batch(other, batch)
    originals = {r.uuid: r for r in new_journal.entries.list()}
    for copy_ in other.entries.list():
        original = originals[copy_.uuid]
        assert copy_.occurred_at.isoformat() == original.occurred_at.isoformat()
        assert copy_.created_at == original.created_at and copy_.updated_at == original.updated_at
    visit = next(r for r in other.entries.list() if r.title == "Visite à domicile")
    assert visit.occurred_at.isoformat() == "2024-03-01T14:30:05.123456+01:00"
    assert next(p for p in other.entries.person_records() if p.pseudonym == "Bruno").note == (
        "Préfère être appelé le matin.")
    # Search works on imported entries (the full-text index followed the inserts).
    assert [r.title for r in other.entries.search("reseau")] == ["Visite à domicile"]
    other.close()


def test_importing_the_same_export_twice_adds_nothing(new_journal):
    fill(new_journal)
    batch = interchange.read_carnet_export(json.dumps(interchange.export_document(new_journal)).encode())
    assert interchange.import_batch(new_journal, batch) == interchange.ImportResult(imported=0, already_present=4)
    assert new_journal.entries.count() == 4


def test_known_person_keeps_their_note_and_an_empty_note_is_filled(new_journal):
    store = new_journal.entries
    store.add(EntryFields(title="x", persons=("Alice", "Bruno")))
    set_note(new_journal, "Alice", "note locale")
    store.add_many([], [PersonRecord("alice", "note importée"), PersonRecord("Bruno", "pour Bruno"),
                        PersonRecord("Chloé", "nouvelle")])
    notes = {p.pseudonym: p.note for p in store.person_records()}
    assert notes == {"Alice": "note locale", "Bruno": "pour Bruno", "Chloé": "nouvelle"}


def test_add_many_is_all_or_nothing(new_journal, monkeypatch):
    records = [EntryRecord(uuid=f"{n:032x}", title=f"entrée {n}", persons=(f"P{n}",), tags=("t",),
                           occurred_at=datetime(2024, 1, n, tzinfo=PARIS)) for n in range(1, 6)]
    real_apply = EntryStore._apply
    calls = []

    def failing_apply(self, session, entry, values, now):  # type: ignore[no-untyped-def]
        calls.append(values.title)
        if len(calls) == 4:
            raise OSError("simulated failure in the middle of an import")
        real_apply(self, session, entry, values, now)

    monkeypatch.setattr(EntryStore, "_apply", failing_apply)
    with pytest.raises(OSError):
        new_journal.entries.add_many(records, [PersonRecord("Quelqu'un")])
    monkeypatch.undo()
    assert new_journal.entries.count() == 0
    assert new_journal.entries.person_records() == [] and new_journal.entries.tags() == []
    assert new_journal.entries.add_many(records) == (5, 0)


def test_export_file_is_owner_only_json(new_journal, tmp_path):
    fill(new_journal)
    target = tmp_path / "export.json"
    assert interchange.write_export(new_journal, target) == 4
    assert target.stat().st_mode & 0o777 == 0o600
    assert json.loads(target.read_text("utf-8"))["format"] == "carnet-export"


def test_export_never_replaces_the_journal_itself(new_journal):
    before = new_journal.path.read_bytes()
    with pytest.raises(InvalidInput):
        interchange.write_export(new_journal, new_journal.path)
    assert new_journal.path.read_bytes() == before


# ----- jrnl


def test_jrnl_sample_is_read_in_local_time_with_tags_and_stars(paris_local_time):
    batch = interchange.read_jrnl_export(JRNL_SAMPLE.read_bytes())
    assert len(batch.entries) == 5 and batch.persons == ()
    first, starred, no_body, autumn, dst_end_day = batch.entries
    assert first.title == "Premier jour à la mission locale."
    assert first.tags == ("travail", "réseau")
    assert first.occurred_at.isoformat() == "2023-01-09T09:00:00+01:00"
    assert starred.tags == ("travail", "supervision", "starred")
    assert starred.body.startswith("Troisième tentative.")
    assert no_body.body == "" and no_body.occurred_at.isoformat() == "2023-07-12T18:30:00+02:00"
    assert autumn.occurred_at.isoformat() == "2023-10-02T11:15:00+02:00"
    assert dst_end_day.occurred_at.isoformat() == "2023-10-29T20:05:00+01:00"
    assert dst_end_day.tags == ()
    assert all(e.kind == "reflection" for e in batch.entries)


def test_jrnl_import_is_searchable_and_idempotent(new_journal):
    batch = interchange.read_jrnl_export(JRNL_SAMPLE.read_bytes())
    assert interchange.import_batch(new_journal, batch) == interchange.ImportResult(5, 0)
    assert [e.title for e in new_journal.entries.list(EntryFilter(text="mission"))] == [
        "Premier jour à la mission locale."]
    assert new_journal.entries.tags() == ["fatigue", "réseau", "starred", "supervision", "travail"]
    again = interchange.read_jrnl_export(JRNL_SAMPLE.read_bytes())
    assert interchange.import_batch(new_journal, again) == interchange.ImportResult(0, 5)


def test_identical_jrnl_entries_are_both_kept(new_journal):
    twin = {"title": "Idem.", "body": "", "date": "2024-01-01", "time": "10:00", "tags": [], "starred": False}
    batch = interchange.read_jrnl_export(json.dumps({"tags": {}, "entries": [twin, twin]}).encode())
    assert interchange.import_batch(new_journal, batch) == interchange.ImportResult(2, 0)


def jrnl_document() -> dict:
    return json.loads(JRNL_SAMPLE.read_text("utf-8"))


def carnet_document() -> dict:
    return {
        "format": "carnet-export", "version": 1,
        "persons": [{"uuid": "a" * 32, "pseudonym": "Alice", "note": "", "created_at": "2024-01-01T00:00:00+00:00"}],
        "entries": [{"uuid": "b" * 32, "kind": "contact", "title": "t", "body": "b",
                     "occurred_at": "2024-01-01T10:00:00+01:00", "channel": "office", "persons": ["Alice"],
                     "tags": ["x"], "emotional_weight": 3, "duration_minutes": 10}],
    }


def mutated(document: dict, change) -> bytes:  # type: ignore[no-untyped-def]
    document = copy.deepcopy(document)
    change(document)
    return json.dumps(document).encode()


def test_a_minimal_hand_written_carnet_export_is_accepted():
    batch = interchange.read_carnet_export(json.dumps(carnet_document()).encode())
    (entry,) = batch.entries
    assert entry.channel == "office" and entry.persons == ("Alice",) and entry.off_hours is False
    assert entry.uuid == "b" * 32


CARNET_MALFORMED = {
    "not json": b"{\"format\": \"carnet-export\", ",
    "not utf-8": "{\"format\": \"é\"}".encode("latin-1"),
    "a list": b"[]",
    "wrong format": mutated(carnet_document(), lambda d: d.update(format="jrnl")),
    "newer version": mutated(carnet_document(), lambda d: d.update(version=3)),
    "version as text": mutated(carnet_document(), lambda d: d.update(version="1")),
    "no entries": mutated(carnet_document(), lambda d: d.pop("entries")),
    "entries not a list": mutated(carnet_document(), lambda d: d.update(entries={"a": 1})),
    "entry not an object": mutated(carnet_document(), lambda d: d["entries"].append("x")),
    "missing title": mutated(carnet_document(), lambda d: d["entries"][0].pop("title")),
    "missing uuid": mutated(carnet_document(), lambda d: d["entries"][0].pop("uuid")),
    "bad uuid": mutated(carnet_document(), lambda d: d["entries"][0].update(uuid="nope")),
    "title not text": mutated(carnet_document(), lambda d: d["entries"][0].update(title=3)),
    "naive date": mutated(carnet_document(), lambda d: d["entries"][0].update(occurred_at="2024-01-01T10:00")),
    "bad date": mutated(carnet_document(), lambda d: d["entries"][0].update(occurred_at="hier")),
    "weight as text": mutated(carnet_document(), lambda d: d["entries"][0].update(emotional_weight="3")),
    "weight too high": mutated(carnet_document(), lambda d: d["entries"][0].update(emotional_weight=11)),
    "flag not bool": mutated(carnet_document(), lambda d: d["entries"][0].update(private=1)),
    "unknown channel": mutated(carnet_document(), lambda d: d["entries"][0].update(channel="pigeon")),
    "unknown kind": mutated(carnet_document(), lambda d: d["entries"][0].update(kind="poem")),
    "tags not list": mutated(carnet_document(), lambda d: d["entries"][0].update(tags="x")),
    "duplicate uuid": mutated(carnet_document(), lambda d: d["entries"].append(dict(d["entries"][0]))),
    "person without name": mutated(carnet_document(), lambda d: d["persons"][0].pop("pseudonym")),
    "duplicate person": mutated(carnet_document(), lambda d: d["persons"].append({"pseudonym": "ALICE"})),
}


@pytest.mark.parametrize("data", CARNET_MALFORMED.values(), ids=CARNET_MALFORMED.keys())
def test_malformed_carnet_export_is_refused_with_a_clear_message(data):
    with pytest.raises(InvalidInput) as raised:
        interchange.read_carnet_export(data)
    message = str(raised.value)
    assert message and "\n" not in message


def test_errors_name_the_entry_and_the_field():
    data = mutated(carnet_document(), lambda d: d["entries"].insert(0, {**d["entries"][0], "uuid": "c" * 32,
                                                                          "occurred_at": 5}))
    with pytest.raises(InvalidInput, match=r'entry 1: "occurred_at" must be an ISO 8601'):
        interchange.read_carnet_export(data)


JRNL_MALFORMED = {
    "not json": b"tags: []",
    "no entries": mutated(jrnl_document(), lambda d: d.pop("entries")),
    "tags not an object": mutated(jrnl_document(), lambda d: d.update(tags=["@a"])),
    "missing date": mutated(jrnl_document(), lambda d: d["entries"][2].pop("date")),
    "missing time": mutated(jrnl_document(), lambda d: d["entries"][2].pop("time")),
    "bad date": mutated(jrnl_document(), lambda d: d["entries"][1].update(date="24/03/2023")),
    "bad time": mutated(jrnl_document(), lambda d: d["entries"][1].update(time="quatre heures")),
    "body not text": mutated(jrnl_document(), lambda d: d["entries"][0].update(body=None)),
    "tags not texts": mutated(jrnl_document(), lambda d: d["entries"][0].update(tags=[1])),
    "starred not bool": mutated(jrnl_document(), lambda d: d["entries"][0].update(starred="yes")),
}


@pytest.mark.parametrize("data", JRNL_MALFORMED.values(), ids=JRNL_MALFORMED.keys())
def test_malformed_jrnl_export_is_refused(data):
    with pytest.raises(InvalidInput):
        interchange.read_jrnl_export(data)


def test_computed_off_hours_survive_the_round_trip(new_journal, tmp_path):
    from datetime import date

    from journal_app.core.schedule import ScheduleStore, parse_spec

    ScheduleStore(new_journal.database).set(parse_spec("mon=09:00-17:00"), date(2024, 1, 1))
    new_journal.entries.add(EntryFields(kind="contact", title="Lundi soir",
                                        occurred_at=datetime(2024, 3, 4, 20, 0, tzinfo=PARIS)))
    exported = interchange.export_document(new_journal)
    assert (exported["entries"][0]["off_hours"], exported["entries"][0]["off_hours_by_hand"]) == (True, False)
    other = make_journal(tmp_path / "other.carnet")
    interchange.import_batch(other, interchange.read_carnet_export(json.dumps(exported).encode()))
    assert interchange.export_document(other)["entries"] == exported["entries"]
    other.close()
