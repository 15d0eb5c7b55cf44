"""Dilemmas: the shipped taxonomy, the worker's categories, and a dilemma's life from its
first entry to being settled."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.core.database import Database
from journal_app.core.dilemmas import (
    CLOSED_STATUSES,
    STATUSES,
    Category,
    DilemmaRecord,
    DilemmaStore,
    Reflection,
    StatusChange,
    builtin_categories,
    taxonomy_problems,
)
from journal_app.core.entries import EntryFields, EntryRecord, EntryStore
from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.resources import LANGUAGES
from tests.conftest import PASSPHRASE
from tests.core.helpers import Clock

BXL = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
EXPECTED_IDS = [
    "how-far-to-adapt", "personal-resources", "hero-or-dependency", "fairness-and-arbitrariness",
    "hierarchy-and-mandate", "rule-or-humane-response", "judgement-and-norms", "protection-and-trust",
    "limits-of-competence", "between-institutions", "digital-burden",
]


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def entries(database: Database) -> EntryStore:
    return EntryStore(database)


@pytest.fixture
def dilemmas(database: Database, clock: Clock) -> DilemmaStore:
    return DilemmaStore(database, language="fr", clock=clock)


def entry(entries: EntryStore, title: str, when: datetime) -> EntryRecord:
    return entries.add(EntryFields(title=title, kind="contact", channel="personal_phone", occurred_at=when,
                                   persons=("Karim B.",), tags=("limites",)))


# ----- the taxonomy


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_taxonomy_is_complete_in_each_language(language: str) -> None:
    categories = builtin_categories(language)
    assert [c.id for c in categories] == EXPECTED_IDS
    for category in categories:
        assert category.builtin and not category.hidden and not category.renamed
        assert category.name.strip() and category.name == category.shipped_name
        sentences = [s for s in category.explanation.replace("?", ".").replace("!", ".").split(". ") if s.strip()]
        assert 2 <= len(sentences) <= 4, (category.id, language)
        assert len(category.questions) >= 3 and all(q.strip().endswith("?") for q in category.questions)
        assert category.report_section in {"3.1", "3.3", "4.1", "4.2", "4.3", "annex"}
    assert taxonomy_problems() == []


def test_each_language_has_its_own_text() -> None:
    """No category falls back to another language (the loader falls back silently)."""
    by_language = {language: builtin_categories(language) for language in LANGUAGES}
    for index in range(len(EXPECTED_IDS)):
        names = {by_language[language][index].name for language in LANGUAGES}
        explanations = {by_language[language][index].explanation for language in LANGUAGES}
        questions = {by_language[language][index].questions for language in LANGUAGES}
        assert len(names) == len(explanations) == len(questions) == len(LANGUAGES)
    assert by_language["nl"][1].name == "Persoonlijke middelen in het werk"
    assert by_language["en"][1].questions[0] == "What did this gesture give the person?"


def test_an_unknown_language_falls_back_to_french() -> None:
    assert builtin_categories("de") == builtin_categories("fr")


def test_guiding_questions_per_category_and_language(dilemmas: DilemmaStore) -> None:
    questions = dilemmas.guiding_questions("personal-resources", language="en")
    assert questions[:3] == ("What did this gesture give the person?",
                             "What did it cost me, and the people close to me?",
                             "What would happen if the whole team did the same?")
    assert dilemmas.guiding_questions("personal-resources")[0] == "Qu’est-ce que ce geste a apporté à la personne\u202f?"
    with pytest.raises(InvalidInput, match="does not exist"):
        dilemmas.guiding_questions("no-such-category")


# ----- the worker's categories


def test_own_categories_are_added_after_the_built_in_ones(dilemmas: DilemmaStore) -> None:
    own = dilemmas.add_category("  Secret   partagé ", "Ce que je sais et que l'équipe ignore.",
                                ["Qui d'autre devrait savoir ?", "  ", "Qu'ai-je promis ?"])
    assert len(own.id) == 32 and not own.builtin and own.name == "Secret partagé"
    assert own.questions == ("Qui d'autre devrait savoir ?", "Qu'ai-je promis ?")
    assert [c.id for c in dilemmas.categories()] == [*EXPECTED_IDS, own.id]
    assert dilemmas.category(own.id, language="nl") == own  # the worker's words, in any language
    edited = dilemmas.edit_category(own.id, explanation="Autre chose.", questions=["Et alors ?"])
    assert (edited.explanation, edited.questions, edited.name) == ("Autre chose.", ("Et alors ?",), "Secret partagé")
    with pytest.raises(InvalidInput, match="already has this name"):
        dilemmas.add_category("secret PARTAGÉ")
    with pytest.raises(InvalidInput, match="needs a name"):
        dilemmas.add_category("   ")
    with pytest.raises(InvalidInput, match="only your own"):
        dilemmas.edit_category("personal-resources", explanation="non")


def test_renaming_categories_built_in_or_own(dilemmas: DilemmaStore) -> None:
    renamed = dilemmas.rename_category("digital-burden", "Le numérique à la place des gens")
    assert renamed.renamed and renamed.name == "Le numérique à la place des gens"
    assert renamed.shipped_name == "La charge du numérique" and renamed.builtin
    assert renamed.questions == builtin_categories("fr")[-1].questions  # questions stay
    assert dilemmas.category("digital-burden", language="nl").name == "Le numérique à la place des gens"
    restored = dilemmas.rename_category("digital-burden", "")
    assert not restored.renamed and restored.name == "La charge du numérique"
    own = dilemmas.add_category("Argent")
    assert dilemmas.rename_category(own.id, "Argent prêté").name == "Argent prêté"
    with pytest.raises(InvalidInput, match="needs a name"):
        dilemmas.rename_category(own.id, "")
    with pytest.raises(InvalidInput, match="does not exist"):
        dilemmas.rename_category("nothing", "x")


def test_hiding_categories(dilemmas: DilemmaStore) -> None:
    own = dilemmas.add_category("Argent")
    dilemmas.hide_category("how-far-to-adapt")
    dilemmas.hide_category(own.id)
    shown = [c.id for c in dilemmas.categories()]
    assert "how-far-to-adapt" not in shown and own.id not in shown and len(shown) == 10
    everything = dilemmas.categories(include_hidden=True)
    assert [c.id for c in everything if c.hidden] == ["how-far-to-adapt", own.id]
    assert dilemmas.show_category("how-far-to-adapt").hidden is False
    assert len(dilemmas.categories()) == 11


# ----- a dilemma's life


def test_a_dilemma_opened_from_an_entry(dilemmas: DilemmaStore, entries: EntryStore) -> None:
    call = entry(entries, "Appel un dimanche", datetime(2026, 11, 22, 21, 0, tzinfo=BXL))
    record = dilemmas.create("  Mon numéro   privé ", ["personal-resources", "hero-or-dependency"], call.uuid,
                             note="après l'appel")
    assert len(record.uuid) == 32 and record.title == "Mon numéro privé"
    assert record.status == "open" and not record.closed
    assert record.categories == ("personal-resources", "hero-or-dependency")
    assert record.opened_at == record.status_since == record.created_at == NOW
    assert (record.entry_count, record.reflection_count, record.age_days) == (1, 0, 0)
    assert record.decision == record.learned == ""
    (opening,) = dilemmas.status_history(record.uuid)
    assert opening.status == "open" and opening.changed_at == NOW and opening.note == "après l'appel"
    assert dilemmas.get(record.uuid) == record and dilemmas.exists(record.uuid)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.title = "autre"  # type: ignore[misc]


def test_lifecycle_through_every_status(dilemmas: DilemmaStore, clock: Clock) -> None:
    record = dilemmas.create("Prêter de l'argent", ["personal-resources"], opened_at=NOW - timedelta(days=20))
    assert record.age_days == 20
    path = ["thinking", "to_supervision", "thinking", "settled", "living_with", "open", "settled"]
    for number, status in enumerate(path, 1):
        when = clock.advance(days=1)
        record = dilemmas.set_status(record.uuid, status, note=f"étape {number}")
        assert record.status == status and record.status_since == when
        assert record.closed == (status in CLOSED_STATUSES)
    assert set(path) | {"open"} == set(STATUSES)
    history = dilemmas.status_history(record.uuid)
    assert [h.status for h in history] == ["open", *path]
    assert [h.note for h in history[1:]] == [f"étape {n}" for n in range(1, len(path) + 1)]
    assert [h.changed_at for h in history] == sorted(h.changed_at for h in history)
    assert len({h.uuid for h in history}) == len(history)
    # the same status again: no new step
    assert dilemmas.set_status(record.uuid, "settled").status_since == history[-1].changed_at
    assert len(dilemmas.status_history(record.uuid)) == len(history)
    record = dilemmas.update(record.uuid, decision="Je ne prête plus : j'oriente vers le CPAS, parce que...",
                             learned="  En parler tôt en équipe.  ")
    assert record.decision.startswith("Je ne prête plus") and record.learned == "En parler tôt en équipe."
    assert record.age_days == 20 + len(path)


def test_status_changes_are_dated_and_checked(dilemmas: DilemmaStore) -> None:
    record = dilemmas.create("Dilemme", ["digital-burden"], opened_at=NOW - timedelta(days=10))
    dated = dilemmas.set_status(record.uuid, "thinking", at=NOW - timedelta(days=5))
    assert dated.status_since == NOW - timedelta(days=5)
    with pytest.raises(InvalidInput, match="before the previous"):
        dilemmas.set_status(record.uuid, "settled", at=NOW - timedelta(days=6))
    with pytest.raises(InvalidInput, match="unknown status"):
        dilemmas.set_status(record.uuid, "forgotten")
    with pytest.raises(InvalidInput, match="time zone"):
        dilemmas.set_status(record.uuid, "settled", at=datetime(2026, 11, 1))
    assert dilemmas.get(record.uuid).status == "thinking"


def test_a_dilemma_needs_a_title_and_known_categories(dilemmas: DilemmaStore) -> None:
    with pytest.raises(InvalidInput, match="title"):
        dilemmas.create("  ", ["digital-burden"])
    with pytest.raises(InvalidInput, match="at least one category"):
        dilemmas.create("Titre", [])
    with pytest.raises(InvalidInput, match="unknown dilemma category"):
        dilemmas.create("Titre", ["digital-burden", "made-up"])
    with pytest.raises(InvalidInput, match="entry no longer exists"):
        dilemmas.create("Titre", ["digital-burden"], "0" * 32)
    with pytest.raises(InvalidInput, match="unknown status"):
        dilemmas.create("Titre", ["digital-burden"], status="closed")
    assert dilemmas.list() == []


def test_categories_of_a_dilemma(dilemmas: DilemmaStore) -> None:
    own = dilemmas.add_category("Argent")
    record = dilemmas.create("Titre", [own.id, "personal-resources", own.id])
    assert record.categories == (own.id, "personal-resources")
    dilemmas.hide_category(own.id)  # hidden: offered no more, but kept
    record = dilemmas.update(record.uuid, title="Nouveau titre")
    assert record.categories == (own.id, "personal-resources") and record.title == "Nouveau titre"
    record = dilemmas.update(record.uuid, categories=["between-institutions"])
    assert record.categories == ("between-institutions",)
    with pytest.raises(InvalidInput):
        dilemmas.update(record.uuid, categories=[])
    other = dilemmas.create("Autre", ["personal-resources"])
    assert [d.uuid for d in dilemmas.list(category="between-institutions")] == [record.uuid]
    assert [d.uuid for d in dilemmas.list(category="personal-resources")] == [other.uuid]
    story = dilemmas.story(record.uuid, language="nl")
    assert [c.name for c in story.categories] == ["Tussen de voorzieningen"]
    assert isinstance(story.categories[0], Category) and story.categories[0].questions


# ----- entries


def test_linking_and_unlinking_entries(dilemmas: DilemmaStore, entries: EntryStore, clock: Clock) -> None:
    later = entry(entries, "Deuxième appel", datetime(2026, 11, 25, 22, 0, tzinfo=BXL))
    first = entry(entries, "Premier appel", datetime(2026, 11, 3, 20, 30, tzinfo=BXL))
    phone = dilemmas.create("Numéro privé", ["personal-resources"], later.uuid)
    money = dilemmas.create("Argent", ["personal-resources"])
    clock.advance(hours=1)
    dilemmas.link_entry(phone.uuid, first.uuid)
    assert dilemmas.link_entry(phone.uuid, first.uuid).entry_count == 2  # twice: still linked once
    dilemmas.link_entry(money.uuid, first.uuid)  # one entry, two dilemmas
    story = dilemmas.story(phone.uuid)
    assert [e.title for e in story.entries] == ["Premier appel", "Deuxième appel"]  # time order, not link order
    assert story.entries[0] == entries.get(first.uuid) and story.entries[0].persons == ("Karim B.",)
    assert {d.uuid for d in dilemmas.of_entry(first.uuid)} == {phone.uuid, money.uuid}
    assert dilemmas.dilemmas_of_entry(later.uuid) == dilemmas.of_entry(later.uuid)
    assert [d.uuid for d in dilemmas.of_entry(later.uuid)] == [phone.uuid]
    lonely = entry(entries, "Sans dilemme", datetime(2026, 11, 26, 10, 0, tzinfo=BXL))
    assert dilemmas.counts_of_entries([first.uuid, later.uuid, lonely.uuid, first.uuid]) == {
        first.uuid: 2, later.uuid: 1}

    unlinked = dilemmas.unlink_entry(phone.uuid, first.uuid)
    assert unlinked.entry_count == 1 and entries.exists(first.uuid)
    assert dilemmas.unlink_entry(phone.uuid, first.uuid).entry_count == 1  # not linked: nothing
    assert [d.uuid for d in dilemmas.of_entry(first.uuid)] == [money.uuid]
    with pytest.raises(InvalidInput, match="entry no longer exists"):
        dilemmas.link_entry(phone.uuid, "0" * 32)
    with pytest.raises(InvalidInput, match="dilemma no longer exists"):
        dilemmas.link_entry("0" * 32, first.uuid)


def test_deleting_an_entry_does_not_break_its_dilemmas(dilemmas: DilemmaStore, entries: EntryStore,
                                                        database: Database) -> None:
    call = entry(entries, "Appel", datetime(2026, 11, 22, 21, 0, tzinfo=BXL))
    kept = entry(entries, "Visite", datetime(2026, 11, 23, 10, 0, tzinfo=BXL))
    one = dilemmas.create("Un", ["personal-resources"], call.uuid)
    two = dilemmas.create("Deux", ["how-far-to-adapt"], call.uuid)
    dilemmas.link_entry(one.uuid, kept.uuid)
    entries.delete(call.uuid)
    assert dilemmas.get(one.uuid).entry_count == 1 and dilemmas.get(two.uuid).entry_count == 0
    assert [e.uuid for e in dilemmas.story(one.uuid).entries] == [kept.uuid]
    assert database.raw.execute("SELECT count(*) FROM dilemma_entries").fetchone() == (1,)
    with pytest.raises(InvalidInput):
        dilemmas.of_entry(call.uuid)
    # undo: the entry comes back with its identity and can be linked again
    restored = entries.restore(call)
    dilemmas.link_entry(two.uuid, restored.uuid)
    assert [d.uuid for d in dilemmas.of_entry(call.uuid)] == [two.uuid]


def test_deleting_a_dilemma_keeps_its_entries(dilemmas: DilemmaStore, entries: EntryStore, database: Database) -> None:
    call = entry(entries, "Appel", datetime(2026, 11, 22, 21, 0, tzinfo=BXL))
    record = dilemmas.create("Un", ["personal-resources"], call.uuid)
    dilemmas.add_reflection(record.uuid, "Une pensée")
    dilemmas.set_status(record.uuid, "thinking")
    dilemmas.delete(record.uuid)
    assert not dilemmas.exists(record.uuid) and entries.exists(call.uuid)
    for table in ("dilemmas", "dilemma_entries", "dilemma_category_links", "dilemma_status_changes",
                  "dilemma_reflections"):
        assert database.raw.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    with pytest.raises(InvalidInput):
        dilemmas.get(record.uuid)


# ----- reflections


def test_dated_reflections(dilemmas: DilemmaStore, clock: Clock) -> None:
    record = dilemmas.create("Titre", ["judgement-and-norms"])
    clock.advance(days=1)
    now = dilemmas.add_reflection(record.uuid, "  Qui suis-je pour juger ?  ")
    earlier = dilemmas.add_reflection(record.uuid, "Après la supervision.",
                                      written_at=datetime(2026, 11, 20, 18, 0, tzinfo=BXL))
    assert isinstance(now, Reflection) and now.body == "Qui suis-je pour juger ?" and now.written_at == clock.now
    assert earlier.written_at.utcoffset() == timedelta(hours=1) and earlier.dilemma_uuid == record.uuid
    assert [r.uuid for r in dilemmas.reflections(record.uuid)] == [earlier.uuid, now.uuid]
    clock.advance(hours=2)
    edited = dilemmas.edit_reflection(earlier.uuid, "Après la supervision : respecter son choix.",
                                      written_at=datetime(2026, 12, 2, 9, 0, tzinfo=BXL))
    assert edited.uuid == earlier.uuid and edited.updated_at == clock.now and edited.created_at < clock.now
    assert [r.uuid for r in dilemmas.reflections(record.uuid)] == [now.uuid, earlier.uuid]
    assert dilemmas.get(record.uuid).reflection_count == 2
    removed = dilemmas.delete_reflection(now.uuid)
    assert removed == now and [r.uuid for r in dilemmas.reflections(record.uuid)] == [earlier.uuid]
    with pytest.raises(InvalidInput, match="cannot be empty"):
        dilemmas.add_reflection(record.uuid, "   ")
    with pytest.raises(InvalidInput, match="no longer exists"):
        dilemmas.edit_reflection(now.uuid, "x")


# ----- the dilemmas view and a dilemma's page


def test_grouped_by_status_with_age_and_last_activity(dilemmas: DilemmaStore, entries: EntryStore,
                                                       clock: Clock) -> None:
    start = clock.now
    old = dilemmas.create("Ancien", ["fairness-and-arbitrariness"], opened_at=start - timedelta(days=40))
    fresh = dilemmas.create("Récent", ["fairness-and-arbitrariness"])
    settled = dilemmas.create("Réglé", ["rule-or-humane-response"], opened_at=start - timedelta(days=3))
    dilemmas.set_status(settled.uuid, "settled")
    assert dilemmas.get(old.uuid).last_activity == start  # opened long ago, created now: an edit
    clock.advance(days=2)
    dilemmas.set_status(old.uuid, "thinking")
    assert dilemmas.get(old.uuid).last_activity == clock.now
    clock.advance(days=1)
    dilemmas.add_reflection(fresh.uuid, "Une idée")
    assert dilemmas.get(fresh.uuid).last_activity == clock.now
    # a linked entry's own time counts too (here, an entry dated later than anything else)
    future = entry(entries, "Rendez-vous prévu", clock.now + timedelta(days=5))
    clock.advance(minutes=1)
    dilemmas.link_entry(old.uuid, future.uuid)
    assert dilemmas.get(old.uuid).last_activity == future.occurred_at
    # a reflection dated in the future likewise
    ahead = clock.now + timedelta(days=9)
    dilemmas.add_reflection(settled.uuid, "À relire", written_at=ahead)
    assert dilemmas.get(settled.uuid).last_activity == ahead

    groups = dilemmas.overview()
    assert [g.status for g in groups] == list(STATUSES)
    content = {g.status: [d.title for d in g.dilemmas] for g in groups}
    assert content == {"open": ["Récent"], "thinking": ["Ancien"], "to_supervision": [], "settled": ["Réglé"],
                       "living_with": []}
    assert [d.title for d in dilemmas.list()] == ["Réglé", "Ancien", "Récent"]  # most recent activity first
    assert [d.title for d in dilemmas.list(status="open")] == ["Récent"]
    ages = {d.title: d.age_days for d in dilemmas.list()}
    assert ages == {"Ancien": 43, "Récent": 3, "Réglé": 6}
    assert all(isinstance(d, DilemmaRecord) for d in dilemmas.list())


def test_the_whole_story_on_one_page(dilemmas: DilemmaStore, entries: EntryStore, clock: Clock) -> None:
    first = entry(entries, "Appel du soir", datetime(2026, 11, 2, 21, 0, tzinfo=BXL))
    second = entry(entries, "Il rappelle", datetime(2026, 11, 20, 22, 0, tzinfo=BXL))
    record = dilemmas.create("Numéro privé", ["personal-resources"], first.uuid,
                             opened_at=datetime(2026, 11, 3, 8, 0, tzinfo=BXL))
    dilemmas.add_reflection(record.uuid, "Pourquoi ai-je donné mon numéro ?",
                            written_at=datetime(2026, 11, 4, 19, 0, tzinfo=BXL))
    dilemmas.set_status(record.uuid, "to_supervision", at=datetime(2026, 11, 10, 12, 0, tzinfo=BXL))
    dilemmas.link_entry(record.uuid, second.uuid)
    dilemmas.set_status(record.uuid, "settled", at=datetime(2026, 11, 25, 12, 0, tzinfo=BXL))
    dilemmas.update(record.uuid, decision="Numéro changé, expliqué à la personne.", learned="Dire non plus tôt.")

    story = dilemmas.story(record.uuid)
    assert story.dilemma == dilemmas.get(record.uuid)
    assert story.dilemma.decision == "Numéro changé, expliqué à la personne."
    assert [e.uuid for e in story.entries] == [first.uuid, second.uuid]
    assert [r.body for r in story.reflections] == ["Pourquoi ai-je donné mon numéro ?"]
    assert [s.status for s in story.status_history] == ["open", "to_supervision", "settled"]
    assert all(isinstance(s, StatusChange) for s in story.status_history)
    assert [(e.kind, e.at.date().day) for e in story.events] == [
        ("entry", 2), ("status", 3), ("reflection", 4), ("status", 10), ("entry", 20), ("status", 25)]
    assert story.categories[0].id == "personal-resources" and story.categories[0].questions
    with pytest.raises(InvalidInput):
        dilemmas.story("0" * 32)


# ----- saved with the journal


def test_dilemmas_are_saved_in_the_journal(new_journal: Journal, journal_path: Path) -> None:
    call = new_journal.entries.add(EntryFields(title="Appel", kind="contact", channel="personal_phone",
                                               occurred_at=datetime(2026, 11, 22, 21, 0, tzinfo=BXL)))
    store = DilemmaStore(new_journal.database)
    own = store.add_category("Argent")
    store.rename_category("digital-burden", "Numérique")
    store.hide_category("how-far-to-adapt")
    record = store.create("Numéro privé", ["personal-resources", own.id], call.uuid)
    store.add_reflection(record.uuid, "Une pensée")
    store.set_status(record.uuid, "thinking")
    before = store.story(record.uuid)
    new_journal.save()
    new_journal.close()

    reopened = Journal.open(journal_path, PASSPHRASE, read_only=True)
    try:
        again = DilemmaStore(reopened.database)
        story = again.story(record.uuid)
        assert story.dilemma.uuid == before.dilemma.uuid and story.dilemma.status == "thinking"
        assert story.entries == before.entries and story.reflections == before.reflections
        assert story.status_history == before.status_history
        assert again.category("digital-burden").name == "Numérique"
        assert again.category(own.id).name == "Argent"
        assert "how-far-to-adapt" not in [c.id for c in again.categories()]
    finally:
        reopened.close()
