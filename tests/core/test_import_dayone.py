"""Day One's export (the zip, or the JSON inside) read from a hand-written sample in the shape
Day One documents, previewed, imported all or nothing, and not duplicated on re-import."""

from __future__ import annotations

import copy
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from journal_app.core import interchange
from journal_app.core.entries import EntryFilter
from journal_app.core.formats.common import ImportRefused, SourceUnreadable
from journal_app.core.formats.dayone import read_dayone_json, split_heading, unescape_markdown
from tests.core.interchange_helpers import DAYONE_SAMPLE, local_time_zone

ALL_LEFT_OUT = (("photos", 3), ("videos", 1), ("audios", 1), ("documents", 1), ("locations", 3), ("weather", 2),
                ("empty_entries", 1))


def sample() -> dict:
    return json.loads(DAYONE_SAMPLE.read_text("utf-8"))


def make_zip(path: Path, journals: dict[str, bytes], with_photos: bool = True) -> Path:
    """A zip laid out as Day One writes it: the journals at the top, media in folders."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in journals.items():
            archive.writestr(name, data)
        if with_photos:
            archive.writestr("photos/4c1e5a8b2f3d6e7a9b0c1d2e3f4a5b6c.jpeg", b"\xff\xd8\xff\xe0 not a real jpeg")
            archive.writestr("photos/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.jpeg", b"\xff\xd8\xff\xe0 not a real jpeg")
            archive.writestr("videos/5d4c3b2a1f0e9d8c7b6a594837261504.mov", b"not a real video")
            archive.writestr("photos/stray.json", b"{not json: media folders are never read")
    return path


def test_the_sample_is_read_with_local_times_titles_tags_and_identities():
    with local_time_zone("Europe/Brussels"):
        batch = interchange.read_source(DAYONE_SAMPLE)
    assert batch.source_format == "dayone" and batch.persons == ()
    assert [e.uuid for e in batch.entries] == [  # oldest first; the photo-only entry left out
        "07845dcb40bb4b9089cc9a0252ee258b", "b734bb8c54444ff392a501942977abac", "b2338869e69440ec8fc100cd3b5ff2c5",
        "a41e43cca14d4a9d96f1c4f2a53c80bf", "1541bab2633a4d9086a2ae8b20d3adf9"]
    old_tablet, first_day, visit, night, montreal = batch.entries

    # creationDate (UTC) shown in the entry's timeZone, with that zone's offset at that moment.
    assert first_day.occurred_at.isoformat() == "2023-01-15T09:30:00+01:00"
    assert visit.occurred_at.isoformat() == "2023-07-03T18:45:00+02:00"  # summer time
    assert night.occurred_at.isoformat() == "2023-10-29T02:30:00+01:00"  # the second 02:30 of that night
    assert montreal.occurred_at.isoformat() == "2023-11-20T18:00:00-05:00"
    assert old_tablet.occurred_at.isoformat() == "2019-05-02T12:00:00+02:00"  # no timeZone: this computer's
    assert first_day.created_at.isoformat() == "2023-01-15T08:30:00+00:00"
    assert first_day.updated_at.isoformat() == "2023-01-15T09:02:11+00:00"
    assert old_tablet.updated_at == old_tablet.created_at  # no modifiedDate

    # Title: the first line when it is a heading, of any level.
    assert (first_day.title, night.title, montreal.title) == (
        "Premier jour au CPAS", "Nuit du changement d'heure", "Colloque à Montréal")
    assert visit.title == "" and visit.body.startswith("Visite chez M. D. qui n'ouvrait pas.")

    assert first_day.tags == ("travail", "réseau")
    assert visit.tags == ("travail", "visite", "starred")
    assert old_tablet.tags == ()
    assert all(e.kind == "reflection" and not e.private and not e.for_supervision for e in batch.entries)


def test_day_one_escapes_are_removed_where_markdown_does_not_need_them():
    batch = interchange.read_source(DAYONE_SAMPLE)
    first_day = next(e for e in batch.entries if e.title == "Premier jour au CPAS")
    assert first_day.body == (
        "Accueil à 9h, 3.5 heures de réunions. Tout le monde communique par e-mail, même pour dire bonjour!\n\n"
        "À retenir (pour moi) :\n\n- demander les codes du logiciel\n- lire le règlement [version 2022]\n\n"
        "\\*important\\* : ne rien noter de nominatif ici.")
    montreal = next(e for e in batch.entries if e.title == "Colloque à Montréal")
    # At the start of a line these escapes keep the text from becoming a list.
    assert "\n1\\. Ce n'est pas une liste, c'est le chiffre de l'atelier.\n\\- 5 degrés dehors" in montreal.body


def test_photos_videos_audio_and_pdfs_are_counted_and_leave_the_text():
    batch = interchange.read_source(DAYONE_SAMPLE)
    assert batch.left_out == ALL_LEFT_OUT
    assert not any("dayone-moment" in e.body for e in batch.entries)
    visit = next(e for e in batch.entries if e.uuid.startswith("b2338869"))
    assert visit.body == ("Visite chez M. D. qui n'ouvrait pas. Troisième tentative.\n\n"
                          "La voisine dit qu'il sort le matin. Repasser jeudi.")
    montreal = next(e for e in batch.entries if e.title == "Colloque à Montréal")
    assert montreal.body.endswith("la salle surchauffée.")


@pytest.mark.parametrize(("escaped", "plain"), [
    ("3\\.5 et e\\-mail\\!", "3.5 et e-mail!"),
    ("\\(entre parenthèses\\) \\[et crochets\\] \\{accolades\\} \\? \\: \\; \\, \\' \\\" \\=",
     "(entre parenthèses) [et crochets] {accolades} ? : ; , ' \" ="),
    ("\\*pas d'italique\\* ni \\_souligné\\_ ni \\`code\\` ni \\<balise>", None),
    ("\\# pas un titre\n\\- pas une liste\n\\+ non plus\n\\> pas une citation\n12\\. pas numéroté\n3\\) non plus", None),
    ("  \\- indenté, toujours pas une liste", None),
    ("\\-5 degrés\n\\#hashtag\n2024\\.03", "-5 degrés\n#hashtag\n2024.03"),
    ("au milieu: a \\# b \\- c \\+ d \\> e 12\\. f", "au milieu: a # b - c + d > e 12. f"),
    ("chemin C:\\\\Users reste", None),
])
def test_unescaping_keeps_what_markdown_would_read_differently(escaped, plain):
    assert unescape_markdown(escaped) == (escaped if plain is None else plain)


@pytest.mark.parametrize(("text", "title", "body"), [
    ("# Titre\n\nCorps", "Titre", "Corps"),
    ("### Titre ###\nCorps\n\n", "Titre", "Corps"),
    ("\n\n# Titre", "Titre", ""),
    ("#pas un titre\nCorps", "", "#pas un titre\nCorps"),
    ("Première ligne\n# Titre plus bas", "", "Première ligne\n# Titre plus bas"),
    ("# C# et F#\r\nCorps", "C# et F#", "Corps"),
])
def test_title_is_the_first_line_when_it_is_a_heading(text, title, body):
    assert split_heading(text) == (title, body)


def test_the_zip_day_one_writes_is_read_whole_without_opening_media(tmp_path):
    work = {"metadata": {"version": "1.0"}, "entries": [{
        "uuid": "E2D95CE315794DC4A0829BE47752F76F", "creationDate": "2024-02-01T07:45:00Z",
        "timeZone": "Europe/Brussels", "text": "# Journal du travail\n\nUn deuxième journal dans le même export\\.",
        "tags": ["travail"], "starred": False}]}
    archive = make_zip(tmp_path / "Export-Day-One.zip", {
        "Journal.json": DAYONE_SAMPLE.read_bytes(), "Travail.json": json.dumps(work).encode()})
    batch = interchange.read_source(archive)
    assert interchange.detect_format(archive) == "dayone"
    assert len(batch.entries) == 6 and batch.source_format == "dayone"
    assert batch.entries[-1].title == "Journal du travail"
    assert batch.entries[-1].body == "Un deuxième journal dans le même export."
    assert batch.left_out == ALL_LEFT_OUT


def test_import_then_reimport_adds_nothing_the_second_time(new_journal, tmp_path):
    archive = make_zip(tmp_path / "export.zip", {"Journal.json": DAYONE_SAMPLE.read_bytes()})
    batch = interchange.read_source(archive)
    before = interchange.preview(batch, new_journal)
    assert (before.entries, before.new, before.already_present) == (5, 5, 0)
    assert (before.first_day, before.last_day) == (date(2019, 5, 2), date(2023, 11, 20))
    assert before.tags == (("travail", 2), ("fatigue", 1), ("formation", 1), ("garde", 1), ("réseau", 1),
                           ("starred", 1), ("visite", 1))
    assert before.persons == () and before.left_out == ALL_LEFT_OUT

    assert interchange.import_batch(new_journal, batch) == interchange.ImportResult(5, 0)
    assert [e.title for e in new_journal.entries.search("epuisement")] == ["Colloque à Montréal"]
    assert new_journal.entries.count(EntryFilter(tags=("starred",))) == 1

    again = interchange.read_source(DAYONE_SAMPLE)  # the JSON alone this time: same identities
    after = interchange.preview(again, new_journal)
    assert (after.new, after.already_present) == (0, 5)
    assert interchange.import_batch(new_journal, again) == interchange.ImportResult(0, 5)
    assert new_journal.entries.count() == 5


def test_an_edited_day_one_entry_already_imported_is_still_skipped(new_journal):
    interchange.import_batch(new_journal, interchange.read_source(DAYONE_SAMPLE))
    document = sample()
    document["entries"][0]["text"] += "\nAjouté après l'import."
    document["entries"].append({"uuid": "D9C852656D1242209917C096C04F4DCF", "creationDate": "2024-01-01T10:00:00Z",
                                "text": "Nouvelle entrée"})
    batch = read_dayone_json(json.dumps(document).encode())
    assert interchange.import_batch(new_journal, batch) == interchange.ImportResult(1, 5)


def mutated(change) -> bytes:  # type: ignore[no-untyped-def]
    document = copy.deepcopy(sample())
    change(document)
    return json.dumps(document).encode()


MALFORMED = {
    "not json": (b'{"metadata": {"version": "1.0"}, "entries": [', "not-json", None, ""),
    "not utf-8": ('{"entries": [{"text": "é"}]}'.encode("latin-1"), "not-text", None, ""),
    "a list": (b"[]", "wrong-format", None, ""),
    "no entries": (mutated(lambda d: d.pop("entries")), "wrong-format", None, ""),
    "entries not a list": (mutated(lambda d: d.update(entries={"uuid": "x"})), "wrong-format", None, "entries"),
    "entry not an object": (mutated(lambda d: d["entries"].append("texte")), "wrong-format", 7, "entries"),
    "missing uuid": (mutated(lambda d: d["entries"][2].pop("uuid")), "bad-field", 3, "uuid"),
    "bad uuid": (mutated(lambda d: d["entries"][1].update(uuid="entry-002")), "bad-field", 2, "uuid"),
    "missing creationDate": (mutated(lambda d: d["entries"][4].pop("creationDate")), "bad-field", 5, "creationDate"),
    "invalid date": (mutated(lambda d: d["entries"][0].update(creationDate="2023-02-30T08:30:00Z")),
                     "bad-field", 1, "creationDate"),
    "date as a number": (mutated(lambda d: d["entries"][0].update(creationDate=1673771400)),
                         "bad-field", 1, "creationDate"),
    "bad modifiedDate": (mutated(lambda d: d["entries"][0].update(modifiedDate="hier")), "bad-field", 1,
                         "modifiedDate"),
    "unknown time zone": (mutated(lambda d: d["entries"][3].update(timeZone="Europe/Atlantis")), "bad-field", 4,
                          "timeZone"),
    "text as a number": (mutated(lambda d: d["entries"][0].update(text=42)), "bad-field", 1, "text"),
    "tags as text": (mutated(lambda d: d["entries"][0].update(tags="travail")), "bad-field", 1, "tags"),
    "starred as text": (mutated(lambda d: d["entries"][1].update(starred="yes")), "bad-field", 2, "starred"),
    "photos not a list": (mutated(lambda d: d["entries"][1].update(photos={"identifier": "x"})), "bad-field", 2,
                          "photos"),
    "same uuid twice": (mutated(lambda d: d["entries"].append(dict(d["entries"][0]))), "duplicate", None, ""),
}


@pytest.mark.parametrize(("data", "reason", "entry", "field"), MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_exports_are_refused_saying_where_and_nothing_is_imported(new_journal, tmp_path, data, reason,
                                                                            entry, field):
    source = tmp_path / "Journal.json"
    source.write_bytes(data)
    with pytest.raises(ImportRefused) as raised:
        interchange.import_batch(new_journal, interchange.read_source(source, "dayone"))
    error = raised.value
    assert (error.reason, error.entry, error.field) == (reason, entry, field)
    message = str(error)
    assert message and "\n" not in message
    if entry is not None and reason == "bad-field":
        assert message.startswith(f"entry {entry}: \"{field}\"")
    assert new_journal.entries.count() == 0


def test_a_bad_entry_at_the_end_refuses_the_whole_export(new_journal, tmp_path):
    source = tmp_path / "Journal.json"
    source.write_bytes(mutated(lambda d: d["entries"].append({"uuid": "D9C852656D1242209917C096C04F4DCF",
                                                             "creationDate": "le 3 mars"})))
    with pytest.raises(ImportRefused, match=r'entry 7: "creationDate" must be a date-time like'):
        interchange.read_source(source)
    assert new_journal.entries.count() == 0


def test_a_zip_without_a_journal_is_refused(tmp_path):
    archive = make_zip(tmp_path / "photos-only.zip", {})
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(archive)
    assert raised.value.reason == "no-journal-in-zip"


def test_a_damaged_zip_is_refused(tmp_path):
    archive = tmp_path / "export.zip"
    archive.write_bytes(b"PK\x03\x04 this was cut short")
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(archive, "dayone")
    assert raised.value.reason == "not-zip"


def test_a_malformed_journal_inside_a_zip_is_named(tmp_path):
    archive = make_zip(tmp_path / "export.zip", {
        "Journal.json": DAYONE_SAMPLE.read_bytes(),
        "Travail.json": mutated(lambda d: d["entries"][0].update(tags=[1, 2]))})
    with pytest.raises(ImportRefused, match=r'^Travail.json: entry 1: "tags" must be a list of texts') as raised:
        interchange.read_source(archive)
    assert (raised.value.file, raised.value.entry) == ("Travail.json", 1)


def test_the_same_entry_in_two_journals_of_one_zip_is_refused(tmp_path):
    archive = make_zip(tmp_path / "export.zip", {"A.json": DAYONE_SAMPLE.read_bytes(),
                                                 "B.json": DAYONE_SAMPLE.read_bytes()})
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(archive)
    assert raised.value.reason == "duplicate"


def test_a_missing_file_is_a_storage_error(tmp_path):
    with pytest.raises(SourceUnreadable, match="no file"):
        interchange.read_source(tmp_path / "absent.zip")
    with pytest.raises(SourceUnreadable, match="no file"):
        interchange.read_source(tmp_path / "absent.json", "dayone")


def test_json_formats_are_recognised_by_their_content(tmp_path):
    day_one = tmp_path / "export.json"
    day_one.write_bytes(DAYONE_SAMPLE.read_bytes())
    assert interchange.detect_format(day_one) == "dayone"
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"tags": {"@travail": 1}, "entries": []}), "utf-8")
    assert interchange.detect_format(jrnl) == "jrnl"
    carnet = tmp_path / "carnet.json"
    carnet.write_text(json.dumps({"format": "carnet-export", "version": 1, "entries": []}), "utf-8")
    assert interchange.detect_format(carnet) == "carnet"
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"notes": []}), "utf-8")
    with pytest.raises(ImportRefused) as raised:
        interchange.detect_format(other)
    assert raised.value.reason == "unknown-format"


def test_an_all_day_entry_lands_at_noon_of_its_day_not_at_midnight():
    # Day One stores an all-day entry at midnight of its day: that would count as off-hours.
    document = {"metadata": {"version": "1.0"}, "entries": [
        {"uuid": "A" * 32, "creationDate": "2024-03-04T23:00:00Z", "timeZone": "Europe/Brussels", "isAllDay": True,
         "text": "Journée de formation"},
        {"uuid": "B" * 32, "creationDate": "2024-03-04T23:00:00Z", "isAllDay": True, "text": "Sans fuseau"},
        {"uuid": "C" * 32, "creationDate": "2024-03-04T23:00:00Z", "timeZone": "Europe/Brussels", "isAllDay": False,
         "text": "À minuit"}]}
    with local_time_zone("Europe/Brussels"):
        entries = {entry.uuid: entry for entry in read_dayone_json(json.dumps(document).encode()).entries}
    zoned, local, midnight = entries["a" * 32], entries["b" * 32], entries["c" * 32]
    assert zoned.occurred_at.isoformat() == "2024-03-05T12:00:00+01:00"
    assert local.occurred_at.isoformat() == "2024-03-05T12:00:00+01:00"
    assert midnight.occurred_at.isoformat() == "2024-03-05T00:00:00+01:00"
