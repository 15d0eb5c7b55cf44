"""A folder of Markdown notes (with or without YAML front matter) read from a hand-written
sample, previewed, imported all or nothing, and not duplicated on re-import."""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from journal_app.core import interchange
from journal_app.core.formats import markdown
from journal_app.core.formats.common import ImportOptions, ImportRefused, SourceProblem, SourceUnreadable
from journal_app.core.schedule import ScheduleStore, parse_spec
from tests.core.interchange_helpers import MARKDOWN_SAMPLE, local_time_zone


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def read_one(tmp_path: Path, text: str, name: str = "note.md"):  # type: ignore[no-untyped-def]
    write(tmp_path / "notes", name, text)
    (entry,) = interchange.read_source(tmp_path / "notes").entries
    return entry


def test_the_sample_folder_is_read_with_dates_titles_tags_and_persons():
    with local_time_zone("Europe/Brussels"):
        batch = interchange.read_source(MARKDOWN_SAMPLE, options=SKIP_UNDATED)
    assert interchange.detect_format(MARKDOWN_SAMPLE) == "markdown" and batch.source_format == "markdown"
    meeting, visit, call, tired = batch.entries  # oldest first
    # No front matter: the date from the file name (taken at noon), the title from the heading.
    assert (meeting.title, meeting.occurred_at.isoformat()) == ("Réunion d'équipe", "2024-03-05T12:00:00+01:00")
    assert meeting.body.startswith("Tour de table") and meeting.body.endswith("- voir avec la coordinatrice")
    # Title from the front matter; date and time from the name; tags as a comma-separated text.
    assert (visit.title, visit.occurred_at.isoformat()) == ("Visite à domicile", "2024-03-07T14:30:00+01:00")
    assert visit.tags == ("logement", "réseau")
    assert visit.body == "Le **réseau** tient : la voisine passe tous les jours."
    # A local date and time in the front matter; tags as a list ("#" dropped); persons.
    assert (call.title, call.occurred_at.isoformat()) == ("Appel de Mme R", "2024-03-08T16:15:00+01:00")
    assert (call.tags, call.persons) == (("appel", "téléphone"), ("Mme R.",))
    # Keys in any case, "created" for the date, with its own offset.
    assert (tired.title, tired.occurred_at.isoformat()) == ("Fatigue du dimanche", "2024-03-10T21:05:00+01:00")
    assert tired.tags == ("fatigue", "soir") and tired.body == "Je relis mes notes de la semaine un dimanche soir. Encore."
    # The undated text file left out as asked, the empty daily note left out, the hidden folder never read.
    assert batch.left_out == (("empty_entries", 1), ("undated_files", 1))
    assert batch.problems == (SourceProblem("undated", "suivis/à lire.txt"),)
    assert not any("caché" in e.body for e in batch.entries)
    assert all(e.kind == "reflection" and e.off_hours is None and e.off_hours_by_hand for e in batch.entries)


SKIP_UNDATED = ImportOptions(undated="skip")


def test_import_then_reimport_adds_nothing_the_second_time(new_journal):
    batch = interchange.read_source(MARKDOWN_SAMPLE, options=SKIP_UNDATED)
    preview = interchange.preview(batch, new_journal)
    assert (preview.entries, preview.new, preview.already_present) == (4, 4, 0)
    assert (preview.first_day, preview.last_day) == (date(2024, 3, 5), date(2024, 3, 10))
    assert preview.persons == (("Mme R.", 1),)
    assert dict(preview.tags) == {"appel": 1, "fatigue": 1, "logement": 1, "réseau": 1, "soir": 1, "téléphone": 1}
    assert preview.left_out == (("empty_entries", 1), ("undated_files", 1))
    assert interchange.import_batch(new_journal, batch) == interchange.ImportResult(4, 0)
    assert [e.title for e in new_journal.entries.search("voisine")] == ["Visite à domicile"]
    again = interchange.read_source(MARKDOWN_SAMPLE, options=SKIP_UNDATED)
    assert interchange.preview(again, new_journal).already_present == 4
    assert interchange.import_batch(new_journal, again) == interchange.ImportResult(0, 4)
    # Taking the undated text file in (dated by its file) adds it alone, and only once.
    with_undated = interchange.read_source(MARKDOWN_SAMPLE)
    assert interchange.import_batch(new_journal, with_undated) == interchange.ImportResult(1, 4)
    assert interchange.import_batch(new_journal, interchange.read_source(MARKDOWN_SAMPLE)) == (
        interchange.ImportResult(0, 5))


def test_an_edited_note_comes_back_as_a_new_entry(new_journal, tmp_path):
    note = write(tmp_path / "notes", "2024-03-05 note.md", "Premier jet.")
    interchange.import_batch(new_journal, interchange.read_source(tmp_path / "notes"))
    note.write_text("Premier jet, complété.", "utf-8")
    assert interchange.import_batch(new_journal, interchange.read_source(tmp_path / "notes")) == (
        interchange.ImportResult(1, 0))


def test_identical_notes_in_two_files_are_both_kept(new_journal, tmp_path):
    for name in ("a/2024-01-02.md", "b/2024-01-02.md"):
        write(tmp_path / "notes", name, "Même texte.")
    assert interchange.import_batch(new_journal, interchange.read_source(tmp_path / "notes")) == (
        interchange.ImportResult(2, 0))


def test_one_markdown_file_can_be_imported_alone(tmp_path):
    note = write(tmp_path, "2024-05-01-0815 Seule.md", "# Une seule note\n\nTexte.")
    assert interchange.detect_format(note) == "markdown"
    (entry,) = interchange.read_source(note).entries
    assert entry.title == "Une seule note" and entry.occurred_at.hour == 8


@pytest.mark.parametrize(("front", "expected"), [
    ("date: 2024-03-05", "2024-03-05T12:00:00+01:00"),  # a day: noon, local time
    ("date: '2024-03-05'", "2024-03-05T12:00:00+01:00"),
    ("date: 2024-03-05 14:30", "2024-03-05T14:30:00+01:00"),
    ("date: 2024-07-05T14:30", "2024-07-05T14:30:00+02:00"),  # local summer time
    ("date: 2024-03-05T14:30:00", "2024-03-05T14:30:00+01:00"),
    ("date: 2024-03-05T14:30:00-05:00", "2024-03-05T14:30:00-05:00"),  # its own offset is kept
    ("date: '2024-03-05T13:30:00Z'", "2024-03-05T13:30:00+00:00"),
    ("created: 2024-03-05\ndate:", "2024-03-05T12:00:00+01:00"),
    ("date: 2024-03-05 10:00\ncreated: 2020-01-01", "2024-03-05T10:00:00+01:00"),  # "date" first
])
def test_front_matter_dates(tmp_path, front, expected):
    with local_time_zone("Europe/Brussels"):
        entry = read_one(tmp_path, f"---\n{front}\n---\nTexte.")
    assert entry.occurred_at.isoformat() == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("2024-03-05.md", "2024-03-05T12:00:00+01:00"),
    ("2024-03-05 Réunion.md", "2024-03-05T12:00:00+01:00"),
    ("2024-03-05-1430-visite.md", "2024-03-05T14:30:00+01:00"),
    ("2024-03-05 14h30 visite.md", "2024-03-05T14:30:00+01:00"),
    ("2024-03-05T09:05 appel.md", "2024-03-05T09:05:00+01:00"),
    ("2024-03-05-9999 dossier.md", "2024-03-05T12:00:00+01:00"),  # four digits that are not a time
])
def test_dates_in_file_names(tmp_path, name, expected):
    with local_time_zone("Europe/Brussels"):
        entry = read_one(tmp_path, "Texte.", name)
    assert entry.occurred_at.isoformat() == expected


@pytest.mark.parametrize(("name", "text", "title", "body"), [
    ("2024-03-05 Réunion d'équipe.md", "Texte.", "Réunion d'équipe", "Texte."),
    ("2024-03-05-visite-a-domicile.md", "Texte.", "visite a domicile", "Texte."),
    ("2024-03-05.md", "Texte seul.", "", "Texte seul."),
    ("2024-03-05.md", "---\ntitle: Choisi\n---\n# Choisi\n\nTexte.", "Choisi", "Texte."),  # heading repeated
    ("2024-03-05.md", "---\ntitle: Choisi\n---\n# Autre titre\n\nTexte.", "Choisi", "# Autre titre\n\nTexte."),
    ("2024-03-05.md", "---\ntitle: ''\n---\n# Pas un titre\nTexte.", "", "# Pas un titre\nTexte."),
    ("2024-03-05.md", "---\ntitle: 2024\n---\nTexte.", "2024", "Texte."),
    ("2024-03-05 x.md", "\n\n# Titre\r\n\r\nLigne 1\r\nLigne 2\r\n\r\n", "Titre", "Ligne 1\nLigne 2"),
])
def test_titles_and_bodies(tmp_path, name, text, title, body):
    entry = read_one(tmp_path, text, name)
    assert (entry.title, entry.body) == (title, body)


def test_carnet_keys_are_read_too(tmp_path):
    entry = read_one(tmp_path, (
        "---\ntitle: Visite\ndate: '2024-03-01T14:30:05.123456+01:00'\nkind: contact\nchannel: home_visit\n"
        "duration_minutes: 45\npersons: [Madame L., Bruno]\ntags: [réseau]\nflags: [off_hours, private]\n"
        "emotional_weight: 7\nuuid: 3b8e0c5d4f1a4b2c9d8e7f6a5b4c3d2e\n"
        "created_at: '2024-03-01T13:52:10.114000+00:00'\nupdated_at: 2024-03-02T08:00:00+00:00\n---\nTexte."))
    assert (entry.kind, entry.channel, entry.duration_minutes, entry.emotional_weight) == ("contact", "home_visit", 45, 7)
    assert entry.persons == ("Madame L.", "Bruno") and entry.tags == ("réseau",)
    assert (entry.off_hours, entry.private, entry.out_of_frame, entry.for_supervision) == (True, True, False, False)
    assert entry.uuid == "3b8e0c5d4f1a4b2c9d8e7f6a5b4c3d2e"
    assert entry.created_at.isoformat() == "2024-03-01T13:52:10.114000+00:00"
    assert entry.updated_at == datetime.fromisoformat("2024-03-02T08:00:00+00:00")


def test_off_hours_of_notes_follow_the_working_hours(new_journal, tmp_path):
    ScheduleStore(new_journal.database).set(parse_spec("mon=09:00-17:00;tue=09:00-17:00"), date(2000, 1, 1))
    # Contacts: only what happened is judged off-hours, not a reflection (schedule.py).
    write(tmp_path / "notes", "2024-03-04-1000 lundi.md", "---\nkind: contact\n---\nAu bureau.")
    write(tmp_path / "notes", "2024-03-09 samedi.md", "---\nkind: contact\n---\nUn samedi.")
    interchange.import_batch(new_journal, interchange.read_source(tmp_path / "notes"))
    flags = {e.title: (e.off_hours, e.off_hours_by_hand) for e in new_journal.entries.list()}
    assert flags == {"lundi": (False, False), "samedi": (True, False)}


def test_files_without_a_date_are_all_listed_and_dated_by_their_file_or_left_out(new_journal, tmp_path):
    write(tmp_path / "notes", "2024-03-05 daté.md", "Daté par son nom.")
    os.utime(write(tmp_path / "notes", "idées.md", "Sans date."), (0, datetime(2023, 6, 1, 23, 40).timestamp()))
    write(tmp_path / "notes", "sous/liste.md", "---\ntags: [a]\n---\nSans date non plus.")
    batch = interchange.read_source(tmp_path / "notes")
    assert [p.file for p in batch.problems_of("undated")] == ["idées.md", "sous/liste.md"]
    ideas = next(e for e in batch.entries if e.title == "idées")
    # The file's day, at noon like a date-only note: a copy changes the time more often than the day.
    assert ideas.occurred_at.replace(tzinfo=None) == datetime(2023, 6, 1, 12, 0)
    skipped = interchange.read_source(tmp_path / "notes", options=ImportOptions(undated="skip"))
    assert [e.title for e in skipped.entries] == ["daté"] and dict(skipped.left_out)["undated_files"] == 2
    assert new_journal.entries.count() == 0  # reading imports nothing
    assert interchange.import_batch(new_journal, batch).imported == 3


def test_an_undated_note_is_not_duplicated_when_its_file_date_changes(new_journal, tmp_path):
    note = write(tmp_path / "notes", "idées.md", "Sans date.")
    interchange.import_batch(new_journal, interchange.read_source(tmp_path / "notes"))
    os.utime(note, (0, datetime(2020, 1, 1).timestamp()))  # copied to another computer
    assert interchange.import_batch(new_journal, interchange.read_source(tmp_path / "notes")).imported == 0


def test_creation_time_is_refused_where_the_system_does_not_record_it(tmp_path, monkeypatch):
    write(tmp_path / "notes", "idées.md", "Sans date.")
    monkeypatch.setattr(markdown, "CREATION_TIME_KNOWN", False)
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(tmp_path / "notes", options=ImportOptions(undated="created"))
    assert raised.value.reason == "no-creation-time"


MALFORMED = {
    "yaml error": ("---\ntitle: Visite\ntags: [a, b\n---\nTexte.", "front-matter", ""),
    "front matter is a list": ("---\n- a\n- b\n---\nTexte.", "front-matter", ""),
    "no closing line": ("---\ntitle: Visite\n\nTexte sans fin de bloc.", "front-matter", ""),
    "impossible date": ("---\ndate: 2024-02-30\n---\nTexte.", "front-matter", ""),
    "impossible date as text": ("---\ndate: '2024-02-30 10:00'\n---\nTexte.", "bad-field", "date"),
    "date in words": ("---\ndate: le 3 mars\n---\nTexte.", "bad-field", "date"),
    "date as a list": ("---\ndate: [2024-03-05]\n---\nTexte.", "bad-field", "date"),
    "tags as a mapping": ("---\ndate: 2024-03-05\ntags: {a: 1}\n---\nTexte.", "bad-field", "tags"),
    "title as a list": ("---\ndate: 2024-03-05\ntitle: [a]\n---\nTexte.", "bad-field", "title"),
    "unknown flag": ("---\ndate: 2024-03-05\nflags: [urgent]\n---\nTexte.", "bad-field", "flags"),
    "bad uuid": ("---\ndate: 2024-03-05\nuuid: note-1\n---\nTexte.", "bad-field", "uuid"),
    "naive created_at": ("---\ndate: 2024-03-05\ncreated_at: 2024-03-05T10:00:00\n---\nx", "bad-field", "created_at"),
    "unknown kind": ("---\ndate: 2024-03-05\nkind: poème\n---\nTexte.", "bad-field", ""),
    "weight as text": ("---\ndate: 2024-03-05\nemotional_weight: lourd\n---\nx", "bad-field", "emotional_weight"),
}


@pytest.mark.parametrize(("text", "reason", "field"), MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_notes_are_listed_and_nothing_is_imported_without_consent(new_journal, tmp_path, text, reason,
                                                                            field):
    write(tmp_path / "notes", "2024-01-01 bonne.md", "Une note correcte, lue avant la mauvaise.")
    write(tmp_path / "notes", "suivis/2024-03-05 mauvaise.md", text)
    batch = interchange.read_source(tmp_path / "notes")
    (problem,) = batch.problems_of("unreadable")
    assert (problem.reason, problem.file, problem.field) == (reason, "suivis/2024-03-05 mauvaise.md", field)
    assert problem.message.startswith("suivis/2024-03-05 mauvaise.md") and "\n" not in problem.message
    assert batch.needs_consent and dict(batch.left_out)["unreadable_files"] == 1
    with pytest.raises(ImportRefused) as raised:
        interchange.import_batch(new_journal, batch)
    assert (raised.value.reason, raised.value.files) == ("unreadable-files", ("suivis/2024-03-05 mauvaise.md",))
    assert new_journal.entries.count() == 0
    consented = interchange.read_source(tmp_path / "notes", options=ImportOptions(skip_unreadable=True))
    assert interchange.import_batch(new_journal, consented).imported == 1


def unreadable(folder: Path) -> SourceProblem:
    (problem,) = interchange.read_source(folder).problems_of("unreadable")
    return problem


def test_a_yaml_error_says_which_line(tmp_path):
    write(tmp_path / "notes", "2024-03-05.md", "---\ntitle: Visite\ndate: 2024-03-05\ntags: [a, b\nx: 1\n---\nTexte.")
    problem = unreadable(tmp_path / "notes")
    assert re.match(r"2024-03-05.md: the front matter is not valid YAML \(line \d\)", problem.message)
    assert problem.line in (4, 5, 6)


def test_a_file_that_is_not_utf8_is_listed(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "2024-03-05.md").write_bytes("Déjà vu".encode("latin-1"))
    problem = unreadable(tmp_path / "notes")
    assert (problem.reason, problem.file) == ("not-text", "2024-03-05.md")


def test_a_folder_without_notes_is_refused(tmp_path):
    write(tmp_path / "notes", "photo.jpg", "pas une note")
    write(tmp_path / "notes", ".cache/2024-03-05.md", "caché")
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(tmp_path / "notes")
    assert raised.value.reason == "no-notes"


def test_a_huge_folder_or_file_is_refused(tmp_path, monkeypatch):
    for number in range(4):
        write(tmp_path / "notes", f"2024-03-0{number + 1}.md", "x" * 100)
    monkeypatch.setattr(markdown, "MAX_FILES", 3)
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(tmp_path / "notes")
    assert raised.value.reason == "too-large"
    monkeypatch.setattr(markdown, "MAX_FILES", 100)
    monkeypatch.setattr(markdown, "MAX_FILE_BYTES", 50)
    batch = interchange.read_source(tmp_path / "notes")
    assert [(p.reason, p.file) for p in batch.problems_of("unreadable")][0] == ("too-large", "2024-03-01.md")
    assert batch.entries == ()


def test_a_missing_folder_is_a_storage_error(tmp_path):
    with pytest.raises(SourceUnreadable):
        interchange.read_source(tmp_path / "absent", "markdown")
    with pytest.raises(SourceUnreadable):
        interchange.read_source(tmp_path / "absent")
