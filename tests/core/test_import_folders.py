"""Real-looking folders of notes (an Obsidian vault, a Hugo site, a Jekyll site), read as they are:
every problem listed at once, the worker's data kept (inline tags, wikilinks, other properties)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from journal_app.core import interchange
from journal_app.core.entries import EntryRecord, display_title
from journal_app.core.formats import markdown
from journal_app.core.formats.common import ImportOptions, ImportRefused, SourceProblem
from tests.core.import_folders import UNDATED_DAY, hugo_site, jekyll_site, obsidian_vault, write
from tests.core.interchange_helpers import local_time_zone


def by_title(batch):  # type: ignore[no-untyped-def]
    return {display_title(entry): entry for entry in batch.entries}


def test_an_obsidian_vault_is_read_whole_with_its_problems_listed(tmp_path):
    with local_time_zone("Europe/Brussels"):
        batch = interchange.read_source(obsidian_vault(tmp_path))
    assert batch.source_format == "markdown"
    # The template in Templates/ is counted, the other one cannot be read: listed, not fatal.
    assert dict(batch.left_out) == {"attachments": 2, "templates": 1, "unreadable_files": 1}
    assert batch.problems_of("unreadable") == (SourceProblem(
        "unreadable", "Modèle visite.md", reason="front-matter",
        message="Modèle visite.md: the front matter is not valid YAML (line 2)", line=2),)
    assert [p.file for p in batch.problems_of("undated")] == ["Idées.md", "Suivi Mme R.md"]
    assert {p.file: p.keys for p in batch.problems_of("properties")} == {
        "Réunion 5 mars.md": ("participants", "lieu"), "Suivi Mme R.md": ("aliases", "status")}
    assert batch.needs_consent
    entries = by_title(batch)
    assert sorted(entries) == ["Idées", "Journée chargée. #fatigue #travail/équipe", "Réunion 5 mars", "Suivi Mme R"]
    # Undated notes: the day of their file, at noon.
    assert entries["Idées"].occurred_at.isoformat() == f"{UNDATED_DAY.date().isoformat()}T12:00:00+01:00"


def test_inline_tags_and_wikilinks_become_tags_and_text(tmp_path):
    entries = by_title(interchange.read_source(obsidian_vault(tmp_path)))
    daily = entries["Journée chargée. #fatigue #travail/équipe"]
    assert daily.title == "" and daily.tags == ("fatigue", "travail/équipe")
    assert daily.body == ("Journée chargée. #fatigue #travail/équipe\n\nAppel de Mme R puis réunion avec l'équipe.")
    follow_up = entries["Suivi Mme R"]
    # Not in code, a URL's anchor, a link to an anchor, or a number; front matter tags first.
    assert follow_up.tags == ("suivi", "réseau", "logement")
    assert "#pas-un-tag dans du code" in follow_up.body


def test_other_properties_are_kept_in_a_block_at_the_end(tmp_path):
    entries = by_title(interchange.read_source(obsidian_vault(tmp_path)))
    assert entries["Suivi Mme R"].body.endswith("**Properties**\n- aliases: Mme R, R.\n- status: en cours")
    # A note made only of properties is no longer an empty entry.
    meeting = entries["Réunion 5 mars"]
    assert meeting.body == "**Properties**\n- participants: Luc, Sarah\n- lieu: bureau"
    assert meeting.occurred_at.date() == date(2024, 3, 5)


def test_a_hugo_site_with_toml_front_matter(tmp_path):
    with local_time_zone("Europe/Brussels"):
        batch = interchange.read_source(hugo_site(tmp_path))
    entries = by_title(batch)
    first = entries["Premier billet"]
    assert (first.occurred_at.isoformat(), first.tags) == ("2019-03-05T12:00:00+01:00", ("hugo", "début"))
    assert first.body == "Le texte du premier billet.\n\n**Properties**\n- draft: false"
    assert entries["Second"].occurred_at.isoformat() == "2019-03-06T10:00:00+01:00"
    assert "+++" not in entries["Second"].body and "categories: notes" in entries["Second"].body
    assert [p.file for p in batch.problems_of("undated")] == ["_index.md"]
    assert not batch.needs_consent


def test_a_jekyll_site_with_dates_without_leading_zeros_and_pages_beside_the_posts(tmp_path):
    with local_time_zone("Europe/Brussels"):
        batch = interchange.read_source(jekyll_site(tmp_path), options=ImportOptions(undated="skip"))
    entries = by_title(batch)
    assert sorted(entries) == ["Le 14", "Premier billet"]
    assert entries["Premier billet"].occurred_at.isoformat() == "2017-02-05T12:00:00+01:00"
    assert entries["Premier billet"].body == "Texte.\n\n**Properties**\n- layout: post"  # "---   " opened it
    assert entries["Le 14"].body == "Plus tard."  # "..." closed it
    assert [p.file for p in batch.problems_of("undated")] == ["_drafts/brouillon.mkdn", "about.mdown"]
    assert dict(batch.left_out) == {"other_files": 1, "attachments": 1, "undated_files": 2}


def test_the_preview_says_every_problem_for_the_command_line(tmp_path, new_journal):
    batch = interchange.read_source(obsidian_vault(tmp_path), options=ImportOptions(skip_unreadable=True))
    lines = interchange.preview_lines(interchange.preview(batch, new_journal))
    assert lines[-6:] == [
        "1 file(s) cannot be read: left out, as agreed (--skip-unreadable)",
        "  Modèle visite.md: the front matter is not valid YAML (line 2)",
        "2 note(s) have no date in them: dated the day their file was last modified (--undated skip leaves them out)",
        "  Idées.md",
        "  Suivi Mme R.md",
        "2 note(s) have other properties (aliases, lieu, participants, status): kept at the end of their text",
    ]
    assert interchange.import_batch(new_journal, batch).imported == 4
    assert interchange.import_batch(new_journal, interchange.read_source(
        obsidian_vault(tmp_path / "copy"), options=ImportOptions(skip_unreadable=True))).imported == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("#tag", ["tag"]),
    ("# Heading\n## Other", []),
    ("a #b, #c. (#d) #e/f-g", ["b", "c", "d", "e/f-g"]),
    ("#2024 #1 #x1", ["x1"]),
    ("https://a.org/p#x a&#39;b [l](#anchor) mail#x", []),
    ("`#code` ```\n#fence\n``` #après", ["après"]),
])
def test_inline_tags(text, expected):
    assert markdown.inline_tags(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("[[Note]]", "Note"),
    ("[[Note|texte]] et [[Autre#Titre]]", "texte et Autre#Titre"),
    ("![[photo.png]]fin", "fin"),
    ("![[Autre note]]", "Autre note"),
    ("`[[code]]`", "`[[code]]`"),
])
def test_wikilinks(text, expected):
    assert markdown.without_wikilinks(text) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("2017-2-5-title.md", date(2017, 2, 5)),
    ("2017-02-5 x.markdown", date(2017, 2, 5)),
    ("2017-12-25.mkdn", date(2017, 12, 25)),
    ("2017-2-30-x.mdown", None),
])
def test_dates_without_leading_zeros_and_every_suffix(tmp_path, name, expected):
    write(tmp_path / "notes", name, "Texte.", modified=datetime(2001, 1, 1, 12))
    (entry,) = interchange.read_source(tmp_path / "notes").entries
    assert entry.occurred_at.date() == (expected or date(2001, 1, 1))


def test_front_matter_dates_written_in_words(tmp_path):
    write(tmp_path / "notes", "a.md", "---\ndate: 3 mars 2025\n---\nTexte.")
    write(tmp_path / "notes", "b.md", "---\ncreated: 03/04/2025 14:30\n---\nTexte.")
    days = sorted(e.occurred_at.replace(tzinfo=None) for e in interchange.read_source(tmp_path / "notes").entries)
    assert days == [datetime(2025, 3, 3, 12), datetime(2025, 4, 3, 14, 30)]


def test_a_folder_of_only_unreadable_files_is_listed_not_refused(tmp_path, new_journal):
    write(tmp_path / "notes", "Modèle.md", "---\ncreated: {{date}}\n---\n")
    batch = interchange.read_source(tmp_path / "notes")
    assert batch.entries == () and batch.needs_consent
    with pytest.raises(ImportRefused):
        interchange.import_batch(new_journal, batch)


def test_display_title_is_the_first_line_of_an_untitled_entry():
    assert display_title(EntryRecord(title="  Réunion  d'équipe ", body="x")) == "Réunion d'équipe"
    assert display_title(EntryRecord(title="", body="\n\n## Appel de Mme R.  \nSuite")) == "Appel de Mme R."
    assert display_title(EntryRecord(title="", body="- " + "mot " * 40)).endswith("…")
    assert len(display_title(EntryRecord(title="", body="mot " * 40))) == 80
    assert display_title(EntryRecord(title="", body="")) == ""


@pytest.mark.parametrize("text", ["---\ndate: 0001-01-01\n---\nx", "---\ndate: 9999-12-31 23:59:59\n---\nx",
                                  "+++\ndate = 0001-01-01T00:00:00\n+++\nx", "---\ndate: 1 janvier 0001\n---\nx"])
def test_a_date_at_the_edge_of_the_calendar_is_listed_not_a_crash(tmp_path, text):
    write(tmp_path / "notes", "note.md", text)
    with local_time_zone("Europe/Brussels"):
        (problem,) = interchange.read_source(tmp_path / "notes").problems_of("unreadable")
    assert (problem.reason, problem.file) == ("bad-field", "note.md")
    assert problem.message.startswith("note.md: a date is out of range")
