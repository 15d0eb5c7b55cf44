"""``journal-app import`` of every format (recognised when --format is not given, previewed with
--dry-run) and ``journal-app export`` as Markdown or JSON, whole or for a range of days."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from journal_app.core.formats import markdown
from tests.core.import_folders import hugo_site, jekyll_site, obsidian_vault, odt_document, text_folder, word_diary
from tests.core.interchange_helpers import DAYONE_SAMPLE, MARKDOWN_SAMPLE, local_time_zone

JRNL_SAMPLE = Path(__file__).resolve().parent / "data" / "jrnl-export.json"


@pytest.fixture
def journal_file(journal_path: Path) -> Path:
    Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    return journal_path


def listed(run, journal_file: Path) -> list[dict]:  # type: ignore[no-untyped-def]
    return json.loads(run("list", journal_file, "--json").out)


def test_dry_run_previews_a_day_one_zip_and_changes_nothing(run, journal_file, tmp_path):
    archive = tmp_path / "Day One.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Journal.json", DAYONE_SAMPLE.read_bytes())
        zipped.writestr("photos/4c1e5a8b2f3d6e7a9b0c1d2e3f4a5b6c.jpeg", b"\xff\xd8")
    before = journal_file.read_bytes()
    result = run("import", journal_file, "--dry-run", archive)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "5 entries: 5 to import, 0 already present",
        "from 2019-05-02 to 2023-11-20",
        "tags: travail (2), fatigue (1), formation (1), garde (1), réseau (1), starred (1), visite (1)",
        "not imported: 3 photo(s), 1 video(s), 1 audio recording(s), 1 PDF attachment(s), 3 place(s), "
        "2 weather record(s), 1 entry(ies) without text",
    ]
    assert journal_file.read_bytes() == before and listed(run, journal_file) == []

    imported = run("import", journal_file, archive)  # recognised as Day One from the zip
    assert (imported.code, imported.out) == (0, "5 imported, 0 already present\n")
    assert imported.err.startswith("journal-app: note: not imported: 3 photo(s)")
    again = run("import", journal_file, "--dry-run", "--format", "dayone", DAYONE_SAMPLE)
    assert again.out.splitlines()[0] == "5 entries: 0 to import, 5 already present"


def test_a_markdown_folder_is_recognised_and_imported_once(run, journal_file):
    with local_time_zone("Europe/Brussels"):
        result = run("import", journal_file, "--undated", "skip", MARKDOWN_SAMPLE)
        assert (result.code, result.out) == (0, "4 imported, 0 already present\n")
        assert "1 note(s) have no date in them: left out (--undated skip)" in result.err
        assert "suivis/à lire.txt" in result.err
        titles = [e["title"] for e in listed(run, journal_file)]
        assert titles == ["Fatigue du dimanche", "Appel de Mme R", "Visite à domicile", "Réunion d'équipe"]
        assert run("import", journal_file, "--format", "markdown", "--undated", "skip", MARKDOWN_SAMPLE).out == (
            "0 imported, 4 already present\n")


def test_jrnl_and_carnet_files_are_recognised_by_their_content(run, journal_file, tmp_path):
    assert run("import", journal_file, JRNL_SAMPLE).out == "5 imported, 0 already present\n"
    export = tmp_path / "carnet.json"
    assert run("export", journal_file, export).code == 0
    other = tmp_path / "other.carnet"
    Journal.create(other, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    assert run("import", other, export).out == "5 imported, 0 already present\n"
    assert run("import", other, "--format", "carnet", export).out == "0 imported, 5 already present\n"


def test_unreadable_files_stop_the_import_until_the_worker_agrees_and_ask_no_passphrase(run, journal_file,
                                                                                         tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "Modèle.md").write_text("---\ncreated: {{date}}\n---\n# {{title}}", "utf-8")
    (notes / "2024-03-05 note.md").write_text("Une note.", "utf-8")
    before = journal_file.read_bytes()
    result = run("import", journal_file, notes, stdin="")  # no passphrase given: never asked
    assert result.code == 1 and result.out == ""
    assert result.err == ("journal-app: cannot read: Modèle.md: the front matter is not valid YAML (line 2)\n"
                          "journal-app: error: 1 file(s) cannot be read: nothing was imported (--skip-unreadable "
                          "imports the rest, leaving them out)\n")
    assert journal_file.read_bytes() == before
    preview = run("import", journal_file, "--dry-run", notes)
    assert preview.code == 0 and preview.out.splitlines()[-2:] == [
        "1 file(s) cannot be read: nothing is imported unless you agree to leave them out (--skip-unreadable)",
        "  Modèle.md: the front matter is not valid YAML (line 2)"]
    agreed = run("import", journal_file, "--skip-unreadable", notes)
    assert (agreed.code, agreed.out) == (0, "1 imported, 0 already present\n")
    assert "not imported: 1 file(s) that cannot be read" in agreed.err
    unknown = tmp_path / "notes.json"
    unknown.write_text('{"notes": []}', "utf-8")
    assert run("import", journal_file, unknown, stdin="").code == 1
    assert run("import", journal_file, tmp_path / "absent", stdin="").code == 5


def test_export_as_markdown_for_a_range_reads_back(run, journal_file, tmp_path):
    run("import", journal_file, JRNL_SAMPLE)
    folder = tmp_path / "export-2023"
    result = run("export", journal_file, "--format", "markdown", "--since", "2023-03-01", "--until", "2023-07-31",
                 folder)
    assert result.code == 0 and "NOT encrypted" in result.err and "2 entries" in result.err
    assert len(list(folder.iterdir())) == 2
    other = tmp_path / "other.carnet"
    Journal.create(other, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    assert run("import", other, folder).out == "2 imported, 0 already present\n"
    originals = {e["uuid"]: e for e in listed(run, journal_file)}
    for copy in listed(run, other):
        assert copy == originals[copy["uuid"]]


def test_json_export_of_a_range(run, journal_file, tmp_path):
    run("import", journal_file, JRNL_SAMPLE)
    target = tmp_path / "march.json"
    assert run("export", journal_file, "--since", "2023-03-01", "--until", "2023-03-31", target).code == 0
    assert [e["title"] for e in json.loads(target.read_text("utf-8"))["entries"]] == [
        "Visite chez M. D. qui n'ouvrait pas."]


# ----- real folders and documents, as workers have them


def test_an_obsidian_vault_through_the_command_line(run, journal_file, tmp_path):
    vault = obsidian_vault(tmp_path)
    preview = run("import", journal_file, "--dry-run", vault)
    assert preview.code == 0
    assert preview.out.splitlines()[0] == "4 entries: 4 to import, 0 already present"
    assert "not imported: 2 attachment(s) (images, PDFs, sounds), 1 template(s), 1 file(s) that cannot be read" in (
        preview.out)
    assert "  Modèle visite.md: the front matter is not valid YAML (line 2)" in preview.out.splitlines()
    assert "2 note(s) have no date in them: dated the day their file was last modified" in preview.out
    refused = run("import", journal_file, vault, stdin="")
    assert refused.code == 1 and "--skip-unreadable" in refused.err.splitlines()[-1]
    imported = run("import", journal_file, "--skip-unreadable", "--undated", "skip", vault)
    assert (imported.code, imported.out) == (0, "2 imported, 0 already present\n")
    assert "journal-app:   Idées.md" in imported.err.splitlines()
    titles = [e["title"] for e in listed(run, journal_file)]
    assert titles == ["Réunion 5 mars", ""]
    # An entry without a title shows its first line wherever a title is shown.
    assert "2024-03-05 12:00  ----  Journée chargée. #fatigue #travail/équipe" in run("list", journal_file).out.splitlines()
    assert "Journée chargée" in run("search", journal_file, "réunion").out


def test_hugo_and_jekyll_folders_through_the_command_line(run, journal_file, tmp_path):
    hugo = run("import", journal_file, "--undated", "skip", hugo_site(tmp_path))
    assert (hugo.code, hugo.out) == (0, "2 imported, 0 already present\n")
    jekyll = run("import", journal_file, "--format", "markdown", jekyll_site(tmp_path))
    assert (jekyll.code, jekyll.out) == (0, "4 imported, 0 already present\n")
    days = sorted(e["occurred_at"][:10] for e in listed(run, journal_file))
    assert days[:4] == ["2017-02-05", "2017-02-14", "2019-03-05", "2019-03-06"]


def test_a_word_diary_an_odt_and_text_files_through_the_command_line(run, journal_file, tmp_path):
    diary = run("import", journal_file, word_diary(tmp_path / "Journal de stage.docx"))
    assert (diary.code, diary.out) == (0, "3 imported, 0 already present\n")
    assert "not imported: 1 image(s) in documents, 1 table(s) in documents" in diary.err
    assert run("import", journal_file, "--format", "documents", odt_document(tmp_path / "c.odt")).out == (
        "2 imported, 0 already present\n")
    assert run("import", journal_file, "--undated", "skip", text_folder(tmp_path)).out == (
        "3 imported, 0 already present\n")
    assert len(listed(run, journal_file)) == 8


def test_an_encrypted_word_file_alone_is_refused_in_one_clear_line(run, journal_file, tmp_path):
    locked = tmp_path / "protégé.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    result = run("import", journal_file, locked, stdin="")
    assert result.code == 1 and result.error_line.startswith(
        "journal-app: error: protégé.docx: protected by a password, or an old Word file (.doc): open it in Word")


def test_creation_dates_where_the_system_has_none_are_refused_clearly(run, journal_file, tmp_path, monkeypatch):
    monkeypatch.setattr(markdown, "CREATION_TIME_KNOWN", False)
    result = run("import", journal_file, "--undated", "creation-date", text_folder(tmp_path), stdin="")
    assert result.code == 1 and result.error_line.startswith(
        "journal-app: error: this system does not record when a file was created")


# ----- values no journal could hold: refused with one line and exit 1, nothing imported


def _export_with_one_entry(run, journal_file: Path, tmp_path: Path) -> dict:  # type: ignore[no-untyped-def]
    assert run("add", journal_file, "--title", "Visite", "--body", "Mme R. va mieux.").code == 0
    export = tmp_path / "carnet.json"
    assert run("export", journal_file, export).code == 0
    return json.loads(export.read_text("utf-8"))


@pytest.mark.parametrize(("field", "value", "said"), [
    ("duration_minutes", 10**30, '"duration_minutes" must be a whole number'),
    ("emotional_weight", -(10**30), '"emotional_weight" must be a whole number'),
    ("title", "\ud800", '"title" must be text'),  # a lone surrogate: JSON can say it, no text is made of it
    ("body", "avant \udfff après", '"body" must be text'),
    ("title", "x" * (50 * 1024 * 1024), '"title" is too long'),
    ("body", "x" * 1_000_001, '"body" is too long'),
    ("occurred_at", "9999-12-31T23:59:59-14:00", '"occurred_at" must be an ISO 8601 date-time'),  # past year 9999 in UTC
    ("created_at", "0001-01-01T00:00:00+14:00", '"created_at" must be an ISO 8601 date-time'),
])
def test_a_value_no_journal_could_hold_is_refused_in_one_line(run, journal_file, tmp_path, field, value, said):
    document = _export_with_one_entry(run, journal_file, tmp_path)
    document["entries"][0][field] = value
    document["entries"][0]["uuid"] = "0" * 32  # a new entry: it would be imported
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(document), "utf-8")  # ensure_ascii: "\ud800" is written as its escape
    before = journal_file.read_bytes()
    result = run("import", journal_file, source)
    assert result.code == 1, result.err
    assert said in result.error_line and "entry 1: " in result.error_line
    assert journal_file.read_bytes() == before and len(listed(run, journal_file)) == 1


def test_the_limits_hold_in_every_table_of_an_export(run, journal_file, tmp_path):
    document = _export_with_one_entry(run, journal_file, tmp_path)
    document["persons"] = [{"uuid": "1" * 32, "pseudonym": "Mme R.", "note": "\ud83d"}]
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(document), "utf-8")
    result = run("import", journal_file, source)
    assert result.code == 1 and '"note" must be text' in result.error_line


def test_the_largest_values_allowed_are_imported(run, journal_file, tmp_path):
    document = _export_with_one_entry(run, journal_file, tmp_path)
    entry = document["entries"][0]
    entry.update(uuid="0" * 32, title="t" * 2_000, body="b" * 1_000_000, duration_minutes=2**31 - 1)
    source = tmp_path / "large.json"
    source.write_text(json.dumps(document), "utf-8")
    result = run("import", journal_file, source)
    assert result.code == 0, result.err
    (imported,) = [e for e in listed(run, journal_file) if e["uuid"] == "0" * 32]
    assert len(imported["title"]) == 2_000 and imported["duration_minutes"] == 2**31 - 1
