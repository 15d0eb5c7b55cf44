"""Export as Markdown files (one per entry, YAML front matter) and as JSON, whole or for a
range of days; both read back into a fresh journal."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from journal_app.core import interchange, vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import InvalidInput, StorageError
from journal_app.core.formats.markdown import file_name, slugify
from journal_app.core.schedule import ScheduleStore, parse_spec
from tests.core.interchange_helpers import make_journal

PARIS = timezone(timedelta(hours=1))
SUMMER_PARIS = timezone(timedelta(hours=2))
MONTREAL = timezone(timedelta(hours=-5))


def fill(journal) -> None:  # type: ignore[no-untyped-def]
    """Entries that use every field, several offsets, microseconds, a tie at the same minute
    with the same title, an empty title over a heading, and text that looks like front matter."""
    store = journal.entries
    store.add(EntryFields(
        title="Visite à domicile", body="Le **réseau** tient.\n\n- suite\n\n---\n\ntitle: pas une clé", kind="contact",
        occurred_at=datetime(2024, 3, 1, 14, 30, 5, 123456, tzinfo=PARIS), duration_minutes=45,
        channel="home_visit", persons=("Madame L.", "Bruno"), tags=("réseau", "logement"),
        off_hours=True, out_of_frame=True, private=True, emotional_weight=7, for_supervision=True,
    ))
    store.add(EntryFields(title="Appel", occurred_at=datetime(2024, 7, 2, 9, 0, tzinfo=SUMMER_PARIS),
                          channel="work_phone", persons=("Bruno",), emotional_weight=0))
    store.add(EntryFields(title="Appel", body="Le même titre à la même minute.",
                          occurred_at=datetime(2024, 7, 2, 9, 0, 30, tzinfo=SUMMER_PARIS)))
    store.add(EntryFields(title="", body="# Un titre dans le texte\n\nmais pas de titre.",
                          occurred_at=datetime(2024, 7, 3, 22, 0, tzinfo=SUMMER_PARIS), tags=("soir",)))
    store.add(EntryFields(title="Colloque: « épuisement » & #fatigue", body="Notes prises à Montréal.",
                          occurred_at=datetime(2023, 11, 20, 18, 0, tzinfo=MONTREAL), tags=("formation",)))


def test_one_file_per_entry_with_its_front_matter(new_journal, tmp_path):
    fill(new_journal)
    folder = tmp_path / "export"
    assert interchange.write_markdown_export(new_journal, folder) == 5
    assert sorted(p.name for p in folder.iterdir()) == [
        "2023-11-20-1800-colloque-epuisement-fatigue.md", "2024-03-01-1430-visite-a-domicile.md",
        "2024-07-02-0900-appel-2.md", "2024-07-02-0900-appel.md", "2024-07-03-2200.md"]
    visit = next(e for e in new_journal.entries.list() if e.title == "Visite à domicile")
    assert (folder / "2024-03-01-1430-visite-a-domicile.md").read_text("utf-8") == (
        "---\n"
        "title: Visite à domicile\n"
        "date: '2024-03-01T14:30:05.123456+01:00'\n"
        "kind: contact\n"
        "channel: home_visit\n"
        "duration_minutes: 45\n"
        "persons: [Bruno, Madame L.]\n"
        "tags: [logement, réseau]\n"
        "flags: [off_hours, out_of_frame, private, for_supervision]\n"
        "emotional_weight: 7\n"
        f"uuid: {visit.uuid}\n"
        f"created_at: '{visit.created_at.isoformat()}'\n"
        f"updated_at: '{visit.updated_at.isoformat()}'\n"
        "---\n\n"
        "# Visite à domicile\n\n"
        "Le **réseau** tient.\n\n- suite\n\n---\n\ntitle: pas une clé\n")
    untitled = (folder / "2024-07-03-2200.md").read_text("utf-8")
    assert "title: ''\n" in untitled and untitled.endswith("---\n\n# Un titre dans le texte\n\nmais pas de titre.\n")
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700


def test_markdown_round_trip_gives_back_the_same_entries(new_journal, tmp_path):
    fill(new_journal)
    interchange.write_markdown_export(new_journal, tmp_path / "export")
    other = make_journal(tmp_path / "other.carnet")
    try:
        batch = interchange.read_source(tmp_path / "export")
        assert batch.left_out == ()
        assert interchange.import_batch(other, batch) == interchange.ImportResult(5, 0)
        # Every field: identity, offsets, microseconds, flags, persons, tags, times of creation.
        assert other.entries.list() == new_journal.entries.list()
        assert [e.occurred_at.isoformat() for e in other.entries.list()] == [
            e.occurred_at.isoformat() for e in new_journal.entries.list()]
        # What the format cannot hold: the notes about persons.
        assert {p.pseudonym: p.note for p in other.entries.person_records()} == {"Bruno": "", "Madame L.": ""}
        # And the same export read again adds nothing.
        assert interchange.import_batch(other, interchange.read_source(tmp_path / "export")).imported == 0
    finally:
        other.close()


def test_what_markdown_does_not_keep_at_the_edges_of_the_text(new_journal, tmp_path):
    new_journal.entries.add(EntryFields(title="Bords", body="\n\n  texte indenté\n\n",
                                        occurred_at=datetime(2024, 1, 1, 10, 0, tzinfo=PARIS)))
    interchange.write_markdown_export(new_journal, tmp_path / "export")
    (entry,) = interchange.read_source(tmp_path / "export").entries
    assert entry.body == "  texte indenté"  # blank lines at the start and the end are not kept


def test_computed_off_hours_survive_the_markdown_round_trip(new_journal, tmp_path):
    ScheduleStore(new_journal.database).set(parse_spec("mon=09:00-17:00"), date(2024, 1, 1))
    new_journal.entries.add(EntryFields(kind="contact", title="Lundi soir",
                                        occurred_at=datetime(2024, 3, 4, 20, 0, tzinfo=PARIS)))
    interchange.write_markdown_export(new_journal, tmp_path / "export")
    (path,) = (tmp_path / "export").iterdir()
    assert "flags: [off_hours]\noff_hours_by_hand: false\n" in path.read_text("utf-8")
    other = make_journal(tmp_path / "other.carnet")
    interchange.import_batch(other, interchange.read_source(tmp_path / "export"))
    (copy,) = other.entries.list()
    assert (copy.off_hours, copy.off_hours_by_hand) == (True, False)
    other.close()


def test_a_range_of_days_exports_only_those_entries(new_journal, tmp_path):
    fill(new_journal)
    count = interchange.write_markdown_export(new_journal, tmp_path / "july", since=date(2024, 7, 1),
                                              until=date(2024, 7, 2))
    assert count == 2 and sorted(p.name for p in (tmp_path / "july").iterdir()) == [
        "2024-07-02-0900-appel-2.md", "2024-07-02-0900-appel.md"]
    assert interchange.write_markdown_export(new_journal, tmp_path / "none", since=date(2020, 1, 1),
                                             until=date(2020, 12, 31)) == 0
    with pytest.raises(InvalidInput):
        interchange.write_markdown_export(new_journal, tmp_path / "backwards", since=date(2024, 7, 2),
                                          until=date(2024, 7, 1))


def test_json_export_of_a_range_keeps_only_its_entries_and_their_persons(new_journal, tmp_path):
    fill(new_journal)
    new_journal.entries.add(EntryFields(title="Autre", persons=("Chloé",),
                                        occurred_at=datetime(2024, 8, 1, 9, 0, tzinfo=SUMMER_PARIS)))
    target = tmp_path / "march.json"
    assert interchange.write_export(new_journal, target, since=date(2024, 3, 1), until=date(2024, 3, 31)) == 1
    document = json.loads(target.read_text("utf-8"))
    assert [e["title"] for e in document["entries"]] == ["Visite à domicile"]
    assert sorted(p["pseudonym"] for p in document["persons"]) == ["Bruno", "Madame L."]
    whole = interchange.export_document(new_journal)
    assert sorted(p["pseudonym"] for p in whole["persons"]) == ["Bruno", "Chloé", "Madame L."]


def test_json_round_trip_stays_lossless(new_journal, tmp_path):
    fill(new_journal)
    interchange.write_export(new_journal, tmp_path / "all.json")
    other = make_journal(tmp_path / "other.carnet")
    interchange.import_batch(other, interchange.read_source(tmp_path / "all.json"))
    assert other.entries.list() == new_journal.entries.list()
    other.close()


def test_the_export_folder_must_be_new_or_empty(new_journal, tmp_path):
    fill(new_journal)
    (tmp_path / "empty").mkdir()
    assert interchange.write_markdown_export(new_journal, tmp_path / "empty") == 5
    with pytest.raises(InvalidInput, match="not empty"):
        interchange.write_markdown_export(new_journal, tmp_path / "empty")
    (tmp_path / "file").write_text("x")
    with pytest.raises(InvalidInput):
        interchange.write_markdown_export(new_journal, tmp_path / "file")
    with pytest.raises(StorageError, match="does not exist"):
        interchange.write_markdown_export(new_journal, tmp_path / "absent" / "export")


@pytest.mark.parametrize("existing", [False, True])
def test_a_failure_part_way_leaves_no_partial_export(new_journal, tmp_path, monkeypatch, existing):
    fill(new_journal)
    if existing:
        (tmp_path / "export").mkdir()
    calls = []
    real_write = vaultfile._write_all

    def failing_write(handle, data):  # type: ignore[no-untyped-def]
        calls.append(len(data))
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_write(handle, data)

    monkeypatch.setattr(vaultfile, "_write_all", failing_write)
    with pytest.raises(StorageError, match="disk is full"):
        interchange.write_markdown_export(new_journal, tmp_path / "export")
    assert len(calls) == 3
    left = sorted(p.name for p in tmp_path.iterdir() if p != new_journal.path.parent)
    assert left == (["export"] if existing else [])  # no half export, no hidden folder of files
    if existing:
        assert not any((tmp_path / "export").iterdir())
    monkeypatch.undo()
    assert interchange.write_markdown_export(new_journal, tmp_path / "export") == 5  # and it can be done again


def test_progress_counts_every_file_up_to_the_total(new_journal, tmp_path):
    fill(new_journal)
    seen: list[tuple[int, int]] = []
    written = interchange.write_markdown_export(new_journal, tmp_path / "export",
                                                progress=lambda done, total: seen.append((done, total)))
    assert written == 5
    assert seen == [(done, 5) for done in range(1, 6)]
    assert len(list((tmp_path / "export").iterdir())) == 5


@pytest.mark.parametrize(("title", "slug"), [
    ("Visite à domicile", "visite-a-domicile"),
    ("  Œuvre: « ça » & co!  ", "oeuvre-ca-co"),
    ("Le cœur de Straße", "le-coeur-de-strasse"),
    ("Ελληνικά", ""),
    ("CON", "con"),
    ("a" * 80, "a" * 60),
    ("mot " * 30, "mot-mot-mot-mot-mot-mot-mot-mot-mot-mot-mot-mot-mot-mot-mot"),
])
def test_slugs_are_plain_ascii(title, slug):
    assert slugify(title) == slug


def test_file_names_carry_the_local_time_the_entry_was_written_in():
    from journal_app.core.entries import EntryRecord

    record = EntryRecord(title="Nuit", occurred_at=datetime(2024, 3, 1, 23, 30, tzinfo=MONTREAL))
    assert file_name(record) == "2024-03-01-2330-nuit.md"


# ----- the journal as a brief, for the PDF export


def test_the_journal_brief_has_a_section_per_month_and_every_fact(new_journal):
    fill(new_journal)
    brief = interchange.journal_brief(new_journal.database, None, None, "fr", today=date(2024, 8, 1))
    assert (brief.title, brief.subtitle, brief.language, brief.created) == (
        "Journal", "Toutes les notes", "fr", date(2024, 8, 1))
    assert [s.heading for s in brief.sections] == ["Novembre 2023", "Mars 2024", "Juillet 2024"]
    visit = brief.sections[1].items[0]
    assert (visit.kind, visit.title, visit.when) == ("entry", "Visite à domicile", date(2024, 3, 1))
    assert visit.persons == ("Bruno", "Madame L.") and visit.body.startswith("Le **réseau** tient.")
    assert visit.details == (("Heure", "14:30"), ("Type", "Contact"), ("Canal", "Visite à domicile"),
                             ("Durée", "45 min"), ("Étiquettes", "logement, réseau"),
                             ("Repères", "Hors horaires, Hors cadre, Non partagé, Supervision"),
                             ("Charge émotionnelle", "7 / 10"))
    untitled = brief.sections[2].items[-1]
    assert untitled.title == "Note sans titre" and untitled.details == (("Heure", "22:00"), ("Étiquettes", "soir"))


def test_the_journal_brief_of_a_range_says_which(new_journal):
    fill(new_journal)
    brief = interchange.journal_brief(new_journal.database, date(2024, 7, 1), date(2024, 7, 31), "en")
    assert brief.subtitle == "From 1 July 2024 to 31 July 2024"
    assert [item.title for section in brief.sections for item in section.items] == ["Appel", "Appel", "Untitled entry"]
    empty = interchange.journal_brief(new_journal.database, date(2020, 1, 1), None, "nl")
    assert empty.subtitle == "Vanaf 1 januari 2020" and len(empty.sections) == 3
    nothing = interchange.journal_brief(new_journal.database, None, date(2000, 1, 1), "nl")
    assert [(s.heading, s.items) for s in nothing.sections] == [("Geen notities in deze periode.", ())]


@pytest.mark.parametrize(("since", "until"), [(None, None), (date(2024, 3, 1), date(2024, 7, 2)),
                                              (None, date(2024, 3, 1)), (date(2024, 7, 3), None)])
def test_the_export_reads_the_same_records_as_the_entry_list(new_journal, since, until):
    """The export reads rows, not mapped objects (issue 17): the same records, in the same order."""
    fill(new_journal)
    new_journal.entries.add(EntryFields(title="Sans personne", occurred_at=datetime(2024, 7, 2, 9, 0, tzinfo=PARIS)))
    read = interchange._export_records(new_journal.entries, since, until)  # noqa: SLF001
    assert read == interchange.entries_between(new_journal, since, until)
    assert [r.occurred_at.utcoffset() for r in read] == [r.occurred_at.utcoffset() for r in
                                                          interchange.entries_between(new_journal, since, until)]
