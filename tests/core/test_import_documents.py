"""Word, LibreOffice and plain text documents: one entry per file, or one per dated section of a
running diary; headings, lists, bold and italic kept as Markdown; images and tables counted; hostile
files (encrypted, zip and XML bombs, not a document at all) listed with a clear reason."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

import pytest

from journal_app.core import interchange
from journal_app.core.entries import display_title
from journal_app.core.formats import documents
from journal_app.core.formats.common import ImportOptions, ImportRefused
from journal_app.core.formats.documents import dated_sections, written_date
from tests.core.import_folders import UNDATED_DAY, odt_document, text_folder, word_diary, write


def test_a_running_word_diary_becomes_one_entry_per_day(tmp_path, new_journal):
    diary = word_diary(tmp_path / "Journal de stage.docx")
    assert interchange.detect_format(diary) == "documents"
    batch = interchange.read_source(diary)
    assert [e.occurred_at.replace(tzinfo=None) for e in batch.entries] == [
        datetime(2025, 3, 3, 12), datetime(2025, 3, 4, 12), datetime(2025, 3, 5, 12)]
    first, second, third = batch.entries
    # The text before the first day (the document's title) stays with the first day.
    assert first.body.startswith("# Journal de stage\n\nStage en service d'aide à la jeunesse.\n\n"
                                 "Accueil de **M. D.**, qui semblait *fatigué*.\n\n- appeler le CPAS\n- relire le dossier")
    assert (second.title, third.title) == ("Réunion d'équipe", "")  # a dated heading, a date alone
    assert display_title(third) == "Accueil de **M. D.**, qui semblait *fatigué*."
    assert dict(batch.left_out) == {"images": 1, "tables": 1} and batch.problems == ()
    assert interchange.import_batch(new_journal, batch).imported == 3
    assert interchange.import_batch(new_journal, interchange.read_source(diary)).imported == 0


def test_an_odt_with_dutch_dates_lists_and_bold(tmp_path):
    batch = interchange.read_source(odt_document(tmp_path / "carnet.odt"))
    first, second = batch.entries
    assert first.occurred_at.date() == date(2025, 3, 3)
    assert first.body == "# Carnet de bord\n\nGesprek met **mevrouw K.** over de huur.\n\n- huurcontract\n- OCMW bellen"
    assert (second.occurred_at.date(), second.occurred_at.time(), second.body) == (
        date(2025, 3, 4), time(14, 30), "Huisbezoek.")
    assert dict(batch.left_out) == {"tables": 1}


def test_a_document_without_dates_is_one_entry_dated_by_its_name_or_file(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Compte rendu", level=1)
    document.add_paragraph("Point un", style="List Number")
    document.add_paragraph("Sous-point", style="List Bullet 2")
    document.save(str(tmp_path / "2024-05-02 réunion.docx"))
    write(tmp_path, "plain.txt", "Une ligne.", modified=UNDATED_DAY)
    (entry,) = interchange.read_source(tmp_path / "2024-05-02 réunion.docx").entries
    assert (entry.title, entry.body, entry.occurred_at.date()) == ("Compte rendu", "1. Point un\n- Sous-point",
                                                                   date(2024, 5, 2))
    batch = interchange.read_source(tmp_path / "plain.txt")
    (entry,) = batch.entries
    assert (entry.title, entry.occurred_at.date()) == ("plain", UNDATED_DAY.date())
    assert [p.kind for p in batch.problems] == ["undated"]


def test_a_folder_of_text_files(tmp_path):
    folder = text_folder(tmp_path)
    assert interchange.detect_format(folder) == "documents"
    batch = interchange.read_source(folder, options=ImportOptions(undated="skip"))
    assert [(e.occurred_at.date(), display_title(e)) for e in batch.entries] == [
        (date(2024, 1, 15), "appel"), (date(2025, 3, 3), "Première journée."), (date(2025, 3, 4), "Deuxième journée.")]
    everything = interchange.read_source(folder)
    assert any(e.body == "Réflexion écrite sous Windows : déjà vu." for e in everything.entries)  # cp1252 read


@pytest.mark.parametrize(("text", "expected"), [
    ("Lundi 3 mars 2025", (date(2025, 3, 3), None, "")),
    ("le 1er avril 2025 — Réunion", (date(2025, 4, 1), None, " — Réunion")),
    ("3 maart 2025", (date(2025, 3, 3), None, "")),
    ("maandag 3 maart 2025 om 14.30 uur", (date(2025, 3, 3), time(14, 30), "")),
    ("March 3, 2025 at 9:05", (date(2025, 3, 3), time(9, 5), "")),
    ("03/03/2025", (date(2025, 3, 3), None, "")),
    ("04/03/2025 14h", (date(2025, 3, 4), time(14, 0), "")),
    ("2025-3-3", (date(2025, 3, 3), None, "")),
    ("3 mars 2025 12 personnes", (date(2025, 3, 3), None, " 12 personnes")),
    ("31/02/2025", None),
    ("Le chiffre 3 mars", None),
])
def test_written_dates(text, expected):
    assert written_date(text) == expected


def test_only_a_date_alone_or_a_dated_heading_starts_a_day():
    preamble, sections = dated_sections("Intro\n\n3 mars 2025 fut une journée.\n\n**4/3/2025**\nTexte.\n\n"
                                        "```\n5/3/2025\n```\n## 6 mars 2025: Visite\nSuite.")
    assert preamble == "Intro\n\n3 mars 2025 fut une journée."
    assert [(s.day, s.title, s.body) for s in sections] == [
        (date(2025, 3, 4), "", "Texte.\n\n```\n5/3/2025\n```"), (date(2025, 3, 6), "Visite", "Suite.")]


# ----- hostile documents


def test_an_encrypted_word_file_is_listed_with_a_clear_reason(tmp_path):
    write(tmp_path / "docs", "2024-01-01 ok.txt", "Lisible.")
    (tmp_path / "docs" / "protégé.docx").write_bytes(documents.OLE_MAGIC + b"\x00" * 4096)
    batch = interchange.read_source(tmp_path / "docs")
    (problem,) = batch.problems_of("unreadable")
    assert (problem.file, problem.reason) == ("protégé.docx", "encrypted")
    assert problem.message.startswith("protégé.docx: protected by a password")
    assert len(batch.entries) == 1 and batch.needs_consent
    with pytest.raises(ImportRefused) as raised:  # chosen alone
        interchange.read_source(tmp_path / "docs" / "protégé.docx")
    assert raised.value.reason == "encrypted"


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_a_file_that_is_not_a_document_is_listed(tmp_path, suffix):
    write(tmp_path / "docs", f"faux{suffix}", "pas un zip")
    write(tmp_path / "docs", "vide.docx", "")
    with zipfile.ZipFile(tmp_path / "docs" / f"zip{suffix}", "w") as archive:
        archive.writestr("autre.txt", "un zip sans document")
    batch = interchange.read_source(tmp_path / "docs")
    assert {p.file: p.reason for p in batch.problems_of("unreadable")} == {
        f"faux{suffix}": "not-document", "vide.docx": "not-document", f"zip{suffix}": "not-document"}


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path, monkeypatch):
    diary = word_diary(tmp_path / "diary.docx", days=1)
    monkeypatch.setattr(documents, "MAX_XML_BYTES", 1000)  # the diary's XML is larger: as a bomb would be
    # One document chosen alone: its problem is the answer, a refusal in one line.
    with pytest.raises(ImportRefused, match="too much room") as raised:
        interchange.read_source(diary)
    assert (raised.value.reason, raised.value.file) == ("too-large", "diary.docx")
    monkeypatch.setattr(documents, "MAX_XML_BYTES", 128 * 1024 * 1024)
    monkeypatch.setattr(documents, "MAX_MEMBERS", 3)
    with pytest.raises(ImportRefused, match="too many parts"):
        interchange.read_source(diary)


def test_a_highly_compressed_document_is_refused_by_its_declared_size(tmp_path):
    bomb = tmp_path / "bombe.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (documents.MAX_XML_BYTES + 1))
    assert bomb.stat().st_size < 1024 * 1024
    (bomb.parent / "folder").mkdir()
    bomb.rename(bomb.parent / "folder" / bomb.name)
    (problem,) = interchange.read_source(bomb.parent / "folder").problems_of("unreadable")
    assert problem.reason == "too-large"


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
                            for n in range(1, 10)) + "]>")


def test_an_xml_bomb_in_a_word_file_is_not_expanded(tmp_path):
    source = word_diary(tmp_path / "source.docx", days=1)
    bomb = tmp_path / "bombe.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(bomb, "w") as archive:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "word/document.xml":
                body = data.decode("utf-8").split("?>", 1)[1]
                data = (BILLION_LAUGHS + body.replace("Journal de stage", "&lol9;")).encode("utf-8")
            archive.writestr(info, data)
    # lxml refuses the entity's amplification (python-docx's parser resolves no entity anyway).
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(bomb)
    assert raised.value.reason == "not-document"


def test_an_xml_bomb_in_an_odt_file_is_refused(tmp_path):
    source = odt_document(tmp_path / "source.odt")
    bomb = tmp_path / "bombe.odt"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(bomb, "w") as archive:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "content.xml":
                body = data.decode("utf-8").split("?>", 1)[1]
                data = (BILLION_LAUGHS + body.replace("Carnet de bord", "&lol9;")).encode("utf-8")
            archive.writestr(info, data)
    with pytest.raises(ImportRefused) as raised:  # defusedxml forbids entities
        interchange.read_source(bomb)
    assert raised.value.reason == "not-document"


def test_a_huge_document_is_refused_by_its_size(tmp_path, monkeypatch):
    diary = word_diary(tmp_path / "diary.docx", days=1)
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 100)
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(diary)
    assert raised.value.reason == "too-large"


def test_word_lock_files_are_not_read(tmp_path):
    word_diary(tmp_path / "docs" / "diary.docx", days=1)
    (tmp_path / "docs" / "~$diary.docx").write_bytes(b"\x00" * 162)
    assert interchange.read_source(tmp_path / "docs").problems == ()


def test_reading_writes_nothing_next_to_the_documents(tmp_path):
    folder = tmp_path / "docs"
    word_diary(folder / "diary.docx", days=2)
    odt_document(folder / "carnet.odt")
    before = sorted(p.name for p in folder.iterdir())
    interchange.read_source(folder)
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_word_file_in_a_notes_folder_is_read_too(tmp_path):
    word_diary(tmp_path / "notes" / "diary.docx", days=2)
    write(tmp_path / "notes", "2024-01-01 note.md", "Une note.")
    assert interchange.detect_format(tmp_path / "notes") == "markdown"
    assert len(interchange.read_source(tmp_path / "notes").entries) == 3


def test_document_markdown_keeps_only_what_the_editor_shows(tmp_path):
    diary = word_diary(tmp_path / "diary.docx", days=1)
    text, left_out = documents.document_markdown(diary, "diary.docx")
    assert text.startswith("# Journal de stage\n\n")
    assert "**Lundi 3 mars 2025**" in text and "Heure" not in text  # tables are not imported
    assert left_out == {"images": 1, "tables": 1}


def test_sections_of_a_long_diary_keep_their_order(tmp_path):
    diary = word_diary(tmp_path / "diary.docx", days=40)
    days = [e.occurred_at.date() for e in interchange.read_source(diary).entries]
    assert days == sorted(days) and len(days) == 40 and days[-1] == date(2025, 4, 11)


def test_path_of_the_source_is_only_read(tmp_path):
    # A document is read in memory by its readers: nothing is extracted, so a member named
    # "../../evil" cannot be written anywhere.
    diary = word_diary(tmp_path / "diary.docx", days=1)
    with zipfile.ZipFile(diary, "a") as archive:
        archive.writestr("../../evil.txt", "x")
    interchange.read_source(diary)
    assert not (tmp_path.parent / "evil.txt").exists() and not Path("evil.txt").exists()


def test_an_old_word_file_is_listed_with_the_way_out(tmp_path):
    write(tmp_path / "docs", "2024-01-01 ok.txt", "Lisible.")
    (tmp_path / "docs" / "ancien.doc").write_bytes(documents.OLE_MAGIC + b"\x00" * 4096)
    (problem,) = interchange.read_source(tmp_path / "docs").problems_of("unreadable")
    assert problem.file == "ancien.doc" and "save it as .docx" in problem.message


def test_a_damaged_odt_is_refused_without_printing_its_text(tmp_path, capsys):
    # odfpy prints a part it cannot parse, whole, on standard output: the worker's text in a log.
    source = odt_document(tmp_path / "source.odt")
    damaged = tmp_path / "abîmé.odt"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(damaged, "w") as archive:
        for info in original.infolist():
            data = original.read(info)
            archive.writestr(info, data[: len(data) // 2] if info.filename == "content.xml" else data)
    with pytest.raises(ImportRefused) as raised:
        interchange.read_source(damaged)
    assert raised.value.reason == "not-document"
    captured = capsys.readouterr()
    assert "Gesprek" not in captured.out + captured.err and "SAX" not in captured.out + captured.err
