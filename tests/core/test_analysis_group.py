"""A situation for an analysis group: pre-filled from a dilemma, reviewed like the brief."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from journal_app.core.analysis_group import (
    Account,
    account_brief,
    draft_fields,
    from_dilemma,
    from_entry,
    grid,
    grid_keys,
)
from journal_app.core.briefs import Decision, apply_review, fix_all, review, to_markdown, unresolved
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields, EntryStore

BXL = timezone(timedelta(hours=1))


def _dilemma(database: Database) -> str:
    entry = EntryStore(database).add(EntryFields(
        title="Appel du dimanche", body="Fatima Benali a appelé au 0478 12 34 56 le 14 mars 2026.",
        persons=("Mme R.",), kind="contact", occurred_at=datetime(2026, 3, 14, 18, tzinfo=BXL)))
    dilemmas = DilemmaStore(database, language="fr")
    dilemma = dilemmas.create("Répondre le dimanche ?", ["rule-or-humane-response"], entry.uuid)
    dilemmas.update(dilemma.uuid, decision="J’ai répondu, puis prévenu l’équipe.", learned="Où poser la limite ?")
    dilemmas.add_reflection(dilemma.uuid, "Je me suis sentie seule face à la demande.")
    return dilemma.uuid


def test_grid_is_the_reports_in_three_languages() -> None:
    assert grid_keys() == ("situation", "people", "action", "rules", "helped", "hindered", "questions")
    for language in ("fr", "nl", "en"):
        assert [field.key for field in grid(language)] == list(grid_keys())
        assert all(field.heading for field in grid(language))


def test_prefilled_from_the_dilemma_story_and_reflections(database: Database) -> None:
    account = from_dilemma(database, _dilemma(database), "fr")
    assert account.title == "Répondre le dimanche ?"
    assert "Appel du dimanche" in account.fields["situation"] and "0478" in account.fields["situation"]
    assert account.fields["people"] == "Mme R."
    assert account.fields["action"].startswith("J’ai répondu") and "seule face" in account.fields["action"]
    assert account.fields["rules"].startswith("- ")
    assert account.fields["questions"] == "Où poser la limite ?"
    assert account.fields["helped"] == account.fields["hindered"] == ""


def test_the_same_review_step_blocks_until_every_finding_is_decided(database: Database) -> None:
    account = from_dilemma(database, _dilemma(database), "fr")
    brief = account_brief(account, created=date(2026, 3, 20))
    findings = review(brief, ["Mme R."])
    kinds = sorted(found.kind for found in findings)
    assert "name" in kinds and "phone" in kinds and "date" in kinds
    decisions = {found.id: Decision.fix() for found in findings[1:]}
    assert unresolved(findings, decisions) == [findings[0]]
    text = to_markdown(apply_review(brief, findings, fix_all(findings)))
    assert "Fatima" not in text and "0478" not in text and "14 mars 2026" not in text
    assert "le mars 2026." in text  # the exact date, coarsened to its month
    assert text.startswith("# Situation pour un groupe d’analyse")
    assert "## 3. Ce que j’ai fait, et pourquoi\n\nJ’ai répondu" in text
    assert "Ce qui a aidé" not in text and "Rien dans" not in text  # empty fields are left out


def test_from_an_entry_and_kept_as_a_draft(database: Database) -> None:
    entry = EntryStore(database).add(EntryFields(title="Visite", body="Le frigo était vide.", persons=("M. T.",)))
    account = from_entry(database, entry.uuid, "en")
    assert account.fields["situation"] == "Le frigo était vide." and account.fields["people"] == "M. T."
    edited = Account(account.title, {**account.fields, "helped": "The team"}, "en")
    draft = EntryStore(database).add(draft_fields(edited))
    assert draft.title == "Draft for an analysis group: Visite"
    assert "## What helped\n\nThe team" in draft.body
