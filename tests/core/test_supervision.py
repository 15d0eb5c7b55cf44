"""The supervision agenda, sessions and brief (core, no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.core.briefs import Brief
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields, EntryStore
from journal_app.core.errors import InvalidInput
from journal_app.core.models import Entry
from journal_app.core.persons import PersonStore
from journal_app.core.resources import LANGUAGES, load_toml
from journal_app.core.supervision import SupervisionStore, supervision_brief
from tests.core.helpers import Clock

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday, noon UTC: the same calendar day everywhere near Belgium


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def entries(database: Database) -> EntryStore:
    return EntryStore(database)


@pytest.fixture
def dilemmas(database: Database, clock: Clock) -> DilemmaStore:
    return DilemmaStore(database, clock=clock)


@pytest.fixture
def store(database: Database, clock: Clock) -> SupervisionStore:
    return SupervisionStore(database, clock=clock)


def _entry(entries: EntryStore, title: str, *, marked: bool = True, at: datetime = T0, **fields: object):
    values = EntryFields(title=title, body=fields.pop("body", f"Texte de « {title} »."),  # type: ignore[arg-type]
                         occurred_at=at, for_supervision=marked, **fields)  # type: ignore[arg-type]
    return entries.add(values, created_at=at, updated_at=at)


def _since(database: Database, uuid: str) -> datetime | None:
    with database.session() as session:
        return session.query(Entry).filter_by(uuid=uuid).one().for_supervision_since


# ----- when an entry was marked


def test_an_entry_remembers_when_it_was_marked_for_supervision(database: Database, entries: EntryStore) -> None:
    written = T0 - timedelta(days=30)
    marked = _entry(entries, "Marquée en l'écrivant", at=written)
    plain = _entry(entries, "Pas marquée", marked=False, at=written)
    assert _since(database, marked.uuid) == written
    assert _since(database, plain.uuid) is None

    before = datetime.now(UTC)
    entries.update(plain.uuid, replace(plain.fields_only(), for_supervision=True))
    assert before <= _since(database, plain.uuid) <= datetime.now(UTC)  # type: ignore[operator]
    entries.update(marked.uuid, replace(marked.fields_only(), body="Une correction"))
    assert _since(database, marked.uuid) == written  # an edit keeps the moment it was marked
    entries.update(marked.uuid, replace(marked.fields_only(), for_supervision=False))
    assert _since(database, marked.uuid) is None

    # a new person flushes the entry halfway through the edit: still the edit's own time
    with_person = _entry(entries, "Avec une nouvelle personne", at=written, persons=("Jeune 17",))
    assert _since(database, with_person.uuid) == written
    newcomer = _entry(entries, "Marquée avec une autre personne", marked=False, at=written)
    before = datetime.now(UTC)
    entries.update(newcomer.uuid, replace(newcomer.fields_only(), for_supervision=True, persons=("M. K.",)))
    assert before <= _since(database, newcomer.uuid) <= datetime.now(UTC)  # type: ignore[operator]


# ----- the agenda


def test_sync_puts_marked_entries_and_dilemmas_on_the_agenda_longest_waiting_first(
        entries: EntryStore, dilemmas: DilemmaStore, store: SupervisionStore, clock: Clock) -> None:
    old = _entry(entries, "Ancienne", at=T0 - timedelta(days=20))
    recent = _entry(entries, "Récente", at=T0 - timedelta(days=2))
    _entry(entries, "Pas pour la supervision", marked=False)
    brought = dilemmas.create("Garder le secret ?", ["protection-and-trust"], status="to_supervision",
                              opened_at=T0 - timedelta(days=9))
    dilemmas.create("Répondre le soir ?", ["digital-burden"], status="thinking", opened_at=T0 - timedelta(days=5))
    assert store.agenda() == []  # reading does not sync

    agenda = store.sync_agenda()
    assert [(i.kind, i.title, i.position) for i in agenda] == [
        ("entry", "Ancienne", 0), ("dilemma", "Garder le secret ?", 1), ("entry", "Récente", 2)]
    assert [i.source_uuid for i in agenda] == [old.uuid, brought.uuid, recent.uuid]
    assert agenda[0].entry == entries.get(old.uuid) and agenda[1].dilemma == dilemmas.get(brought.uuid)
    assert all(i.added_at == T0 for i in agenda)
    clock.advance(hours=1)
    assert store.sync_agenda() == agenda  # again: nothing changes


def test_sync_adds_newcomers_at_the_end_and_drops_what_was_unmarked(
        entries: EntryStore, dilemmas: DilemmaStore, store: SupervisionStore, clock: Clock) -> None:
    first = _entry(entries, "Première", at=T0 - timedelta(days=3))
    second = _entry(entries, "Deuxième", at=T0 - timedelta(days=2))
    dilemma = dilemmas.create("Un dilemme", ["personal-resources"], status="to_supervision", opened_at=T0 - timedelta(days=1))
    store.sync_agenda()
    follow_up = store.add_follow_up("Reparler du cadre")
    store.move(follow_up.uuid, 0)

    older_but_new = _entry(entries, "Écrite il y a longtemps, marquée maintenant", at=T0 - timedelta(days=60))
    entries.update(first.uuid, replace(first.fields_only(), for_supervision=False))
    clock.advance(minutes=1)
    dilemmas.set_status(dilemma.uuid, "thinking")
    agenda = store.sync_agenda()
    assert [i.title for i in agenda] == ["Reparler du cadre", "Deuxième", "Écrite il y a longtemps, marquée maintenant"]
    assert [i.position for i in agenda] == [0, 1, 2]

    entries.delete(second.uuid)  # deleting an entry takes it off the agenda at once
    assert [i.source_uuid for i in store.agenda()] == [None, older_but_new.uuid]


def test_move_orders_the_agenda_and_the_order_survives_a_sync(entries: EntryStore, store: SupervisionStore) -> None:
    for day, title in enumerate(["A", "B", "C", "D"]):
        _entry(entries, title, at=T0 - timedelta(days=10 - day))
    items = store.sync_agenda()
    d = items[3].uuid
    assert [i.title for i in store.move(d, 0)] == ["D", "A", "B", "C"]
    assert [i.title for i in store.move(d, 99)] == ["A", "B", "C", "D"]
    assert [i.title for i in store.move(items[0].uuid, 2)] == ["B", "C", "A", "D"]
    assert [i.title for i in store.move(items[2].uuid, -5)] == ["C", "B", "A", "D"]
    _entry(entries, "E", at=T0 - timedelta(days=99))
    assert [(i.title, i.position) for i in store.sync_agenda()] == [("C", 0), ("B", 1), ("A", 2), ("D", 3), ("E", 4)]
    with pytest.raises(InvalidInput):
        store.move("no-such-item", 0)


def test_questions_are_kept_with_their_item(entries: EntryStore, store: SupervisionStore, clock: Clock) -> None:
    entry = _entry(entries, "Appel du soir")
    (item,) = store.sync_agenda()
    assert item.question == ""
    clock.advance(minutes=5)
    changed = store.set_question(item.uuid, "  Comment poser la limite sans rompre le lien ?\n")
    assert changed.question == "Comment poser la limite sans rompre le lien ?"
    assert store.sync_agenda()[0].question == changed.question
    entries.update(entry.uuid, replace(entry.fields_only(), for_supervision=False))
    assert store.sync_agenda() == []
    entries.update(entry.uuid, replace(entry.fields_only(), for_supervision=True))
    (again,) = store.sync_agenda()
    assert again.question == "" and again.uuid != item.uuid  # unmarked: dropped with its question


def test_waited_days_of_each_kind(database: Database, entries: EntryStore, dilemmas: DilemmaStore,
                                  store: SupervisionStore, clock: Clock) -> None:
    _entry(entries, "Écrite et marquée", at=T0 - timedelta(days=12))
    later = _entry(entries, "Marquée plus tard", marked=False, at=T0 - timedelta(days=40))
    with database.session() as session:  # marked by an edit 3 days ago
        row = session.query(Entry).filter_by(uuid=later.uuid).one()
        row.for_supervision, row.updated_at = True, T0 - timedelta(days=3)
    dilemma = dilemmas.create("Un dilemme", ["judgement-and-norms"], opened_at=T0 - timedelta(days=30))
    dilemmas.set_status(dilemma.uuid, "to_supervision", at=T0 - timedelta(days=7))
    store.record_session(date(2026, 3, 2), "superviseuse", "individual", "", "", follow_ups=["Relire le ROI"])
    clock.advance(days=5)
    agenda = {i.title: i for i in store.sync_agenda()}
    assert {title: i.waited_days for title, i in agenda.items()} == {
        "Écrite et marquée": 17, "Marquée plus tard": 8, "Un dilemme": 12, "Relire le ROI": 5}
    assert agenda["Un dilemme"].waiting_since == (T0 - timedelta(days=7)).astimezone()


def test_an_entry_marked_before_schema_5_waits_since_it_was_written(database: Database, entries: EntryStore,
                                                                   store: SupervisionStore) -> None:
    entry = _entry(entries, "D'avant", at=T0 - timedelta(days=4))
    database.raw.execute("UPDATE entries SET for_supervision_since = NULL")  # as 0005 found it, were it unset
    database.raw.commit()
    assert entry.uuid and store.sync_agenda()[0].waited_days == 4


def test_follow_ups_of_ones_own(store: SupervisionStore) -> None:
    item = store.add_follow_up("  Demander   la procédure ", question="Qui décide ?")
    assert (item.kind, item.title, item.question, item.from_session, item.source_uuid) == (
        "follow_up", "Demander la procédure", "Qui décide ?", None, None)
    assert store.edit_follow_up(item.uuid, "Demander la procédure écrite").title == "Demander la procédure écrite"
    with pytest.raises(InvalidInput):
        store.add_follow_up("   ")
    assert [i.title for i in store.sync_agenda()] == ["Demander la procédure écrite"]  # sync never drops one
    store.remove(item.uuid)
    assert store.agenda() == []


def test_remove_takes_the_mark_off_so_the_item_stays_off(entries: EntryStore, dilemmas: DilemmaStore,
                                                         store: SupervisionStore, clock: Clock) -> None:
    entry = _entry(entries, "Finalement non")
    dilemma = dilemmas.create("Un dilemme", ["hierarchy-and-mandate"], opened_at=T0 - timedelta(days=3))
    dilemmas.set_status(dilemma.uuid, "thinking", at=T0 - timedelta(days=2))
    dilemmas.set_status(dilemma.uuid, "to_supervision", at=T0 - timedelta(days=1))
    straight = dilemmas.create("Ouvert pour la supervision", ["hierarchy-and-mandate"], status="to_supervision",
                               opened_at=T0 - timedelta(days=1))
    items = store.sync_agenda()
    clock.advance(minutes=1)
    for item in items:
        store.remove(item.uuid)
    assert store.sync_agenda() == []
    assert entries.get(entry.uuid).for_supervision is False
    assert [c.status for c in dilemmas.status_history(dilemma.uuid)] == ["open", "thinking", "to_supervision",
                                                                         "thinking"]
    assert dilemmas.get(straight.uuid).status == "open"
    with pytest.raises(InvalidInput):
        store.remove(items[0].uuid)


# ----- sessions


def test_recording_a_session_updates_dilemmas_and_leaves_follow_ups_on_the_next_agenda(
        entries: EntryStore, dilemmas: DilemmaStore, store: SupervisionStore, clock: Clock) -> None:
    discussed_entry = _entry(entries, "Appel du soir", at=T0 - timedelta(days=5))
    waiting_entry = _entry(entries, "Pour la prochaine fois", at=T0 - timedelta(days=1))
    settled = dilemmas.create("Prêter de l'argent ?", ["personal-resources"], status="to_supervision",
                              opened_at=T0 - timedelta(days=4))
    default = dilemmas.create("Signaler ?", ["protection-and-trust"], status="to_supervision",
                              opened_at=T0 - timedelta(days=3))
    again = dilemmas.create("Jusqu'où s'adapter ?", ["how-far-to-adapt"], status="to_supervision",
                            opened_at=T0 - timedelta(days=2))
    items = {i.title: i for i in store.sync_agenda()}
    store.set_question(items["Appel du soir"].uuid, "Répondre ou pas ?")
    store.set_question(items["Jusqu'où s'adapter ?"].uuid, "Encore à creuser")
    clock.advance(days=1)

    record = store.record_session(
        date(2026, 3, 3), " superviseuse ", "individual", "Les appels tardifs.", "Ne plus répondre après 20 h.",
        [items[t].uuid for t in ("Appel du soir", "Prêter de l'argent ?", "Signaler ?", "Jusqu'où s'adapter ?")],
        {settled.uuid: "settled", again.uuid: "to_supervision"}, ["Relire le ROI", "  ", "Parler au chef"])

    assert (record.held_on, record.with_whom, record.kind, record.discussed, record.outcome, record.follow_ups) == (
        date(2026, 3, 3), "superviseuse", "individual", "Les appels tardifs.", "Ne plus répondre après 20 h.",
        ("Relire le ROI", "Parler au chef"))
    assert [(i.kind, i.title, i.question, i.source_uuid, i.status_after) for i in record.items] == [
        ("entry", "Appel du soir", "Répondre ou pas ?", discussed_entry.uuid, None),
        ("dilemma", "Prêter de l'argent ?", "", settled.uuid, "settled"),
        ("dilemma", "Signaler ?", "", default.uuid, "thinking"),
        ("dilemma", "Jusqu'où s'adapter ?", "Encore à creuser", again.uuid, "to_supervision"),
    ]
    assert [(c.status, c.changed_at) for c in dilemmas.status_history(settled.uuid)][-1] == ("settled", clock.now)
    assert dilemmas.get(default.uuid).status == "thinking"
    assert dilemmas.get(again.uuid).status == "to_supervision"
    assert entries.get(discussed_entry.uuid).for_supervision is False
    assert entries.get(waiting_entry.uuid).for_supervision is True

    agenda = store.sync_agenda()
    assert [(i.title, i.question) for i in agenda] == [
        ("Jusqu'où s'adapter ?", "Encore à creuser"), ("Pour la prochaine fois", ""),
        ("Relire le ROI", ""), ("Parler au chef", "")]
    assert {i.from_session for i in agenda if i.kind == "follow_up"} == {record.uuid}

    clock.advance(days=14)
    later = store.record_session(date(2026, 3, 17), "équipe", "intervision", "", "", [agenda[2].uuid])
    assert [i.title for i in store.agenda()] == ["Jusqu'où s'adapter ?", "Pour la prochaine fois", "Parler au chef"]
    assert [(i.kind, i.title) for i in later.items] == [("follow_up", "Relire le ROI")]
    assert [s.uuid for s in store.sessions()] == [later.uuid, record.uuid]
    assert store.with_whom_labels() == ["superviseuse", "équipe"]


def test_a_dilemma_not_on_the_agenda_can_be_updated_by_a_session(dilemmas: DilemmaStore,
                                                                 store: SupervisionStore, clock: Clock) -> None:
    spoken_of = dilemmas.create("Évoqué en passant", ["between-institutions"], status="thinking",
                                opened_at=T0 - timedelta(days=2))
    clock.advance(hours=2)
    record = store.record_session(date(2026, 3, 2), "équipe", "group", "", "", [], {spoken_of.uuid: "living_with"})
    assert [(i.kind, i.source_uuid, i.status_after) for i in record.items] == [("dilemma", spoken_of.uuid, "living_with")]
    assert dilemmas.get(spoken_of.uuid).status == "living_with"


def test_a_refused_session_changes_nothing(entries: EntryStore, dilemmas: DilemmaStore, store: SupervisionStore,
                                           clock: Clock) -> None:
    _entry(entries, "Appel")
    dilemma = dilemmas.create("Un dilemme", ["digital-burden"], status="to_supervision", opened_at=T0)
    agenda = store.sync_agenda()
    ids = [i.uuid for i in agenda]
    with pytest.raises(InvalidInput, match="kind of session"):
        store.record_session(date(2026, 3, 2), "x", "coffee", "", "", ids)
    with pytest.raises(InvalidInput, match="status"):
        store.record_session(date(2026, 3, 2), "x", "group", "", "", ids, {dilemma.uuid: "forgotten"})
    with pytest.raises(InvalidInput, match="no longer exists"):
        store.record_session(date(2026, 3, 2), "x", "group", "", "", ids, {"0" * 32: "settled"})
    with pytest.raises(InvalidInput, match="agenda"):
        store.record_session(date(2026, 3, 2), "x", "group", "", "", [*ids, "gone"])
    with pytest.raises(InvalidInput, match="day"):
        store.record_session(T0, "x", "group", "", "", ids)  # type: ignore[arg-type]
    clock.now = T0 - timedelta(days=1)  # a clock behind the dilemma's last change
    with pytest.raises(InvalidInput, match="before the previous one"):
        store.record_session(date(2026, 3, 2), "x", "group", "", "", ids)
    assert store.sessions() == [] and store.agenda() == agenda
    assert dilemmas.get(dilemma.uuid).status == "to_supervision"


def test_a_session_can_be_corrected_and_deleted(store: SupervisionStore, clock: Clock) -> None:
    record = store.record_session(date(2026, 3, 2), "superviseur", "individual", "Texte", "", follow_ups=["Suivi"])
    clock.advance(hours=1)
    fixed = store.update_session(record.uuid, held_on=date(2026, 3, 1), kind="group", outcome="Une piste")
    assert (fixed.held_on, fixed.kind, fixed.discussed, fixed.outcome, fixed.updated_at) == (
        date(2026, 3, 1), "group", "Texte", "Une piste", clock.now.astimezone())
    with pytest.raises(InvalidInput):
        store.update_session(record.uuid, kind="coffee")
    store.delete_session(record.uuid)
    assert store.sessions() == []
    (follow_up,) = store.agenda()
    assert (follow_up.title, follow_up.from_session) == ("Suivi", None)
    with pytest.raises(InvalidInput):
        store.session_record(record.uuid)


def test_category_counts_tell_how_often_each_category_was_brought(dilemmas: DilemmaStore,
                                                                  store: SupervisionStore, clock: Clock) -> None:
    money = dilemmas.create("Prêter ?", ["personal-resources", "hero-or-dependency"], status="to_supervision",
                            opened_at=T0)
    secret = dilemmas.create("Secret ?", ["protection-and-trust"], status="to_supervision", opened_at=T0)
    dilemmas.create("Jamais amené", ["digital-burden"], status="thinking", opened_at=T0)
    clock.advance(days=1)
    store.sync_agenda()
    store.record_session(date(2026, 3, 3), "s", "individual", "", "", [i.uuid for i in store.agenda()],
                         {money.uuid: "to_supervision"})
    clock.advance(days=14)
    (item,) = store.sync_agenda()
    store.record_session(date(2026, 3, 17), "s", "individual", "", "", [item.uuid], {money.uuid: "settled"})

    counts = store.category_counts(language="en")
    assert [(c.category, c.sessions, c.last_brought) for c in counts] == [
        ("personal-resources", 2, date(2026, 3, 17)),
        ("hero-or-dependency", 2, date(2026, 3, 17)),
        ("protection-and-trust", 1, date(2026, 3, 3)),
    ]
    assert secret.uuid and all(c.name for c in counts)
    everything = store.category_counts(include_unused=True)
    assert len(everything) == 11 and everything[-1].sessions == 0
    assert "digital-burden" in {c.category for c in everything if c.sessions == 0}


# ----- the brief


def _texts(brief: Brief) -> str:
    parts = [brief.title, brief.subtitle]
    for section in brief.sections:
        parts += [section.heading, section.intro]
        for item in section.items:
            parts += [item.title, item.body, item.question, *item.persons]
            parts += [text for pair in item.details for text in pair]
    return "\n".join(parts)


def test_the_brief_holds_exactly_the_agenda_with_pseudonyms(database: Database, entries: EntryStore,
                                                            dilemmas: DilemmaStore, store: SupervisionStore,
                                                            clock: Clock) -> None:
    visit = _entry(entries, "Visite chez Mme R.", at=T0 - timedelta(days=6), persons=("Mme R.",),
                   body="Mme R. a pleuré.", emotional_weight=7)
    _entry(entries, "Note à ne pas montrer", marked=False, body="Rien de tout cela ne sort.", persons=("Jeune 17",))
    untitled = _entry(entries, "", at=T0 - timedelta(days=1), body="Sans titre, mais marquée.")
    PersonStore(database).set_note("Mme R.", "Ma note privée sur elle.")
    linked = _entry(entries, "Ce que Jeune 17 m'a dit", marked=False, persons=("Jeune 17",),
                    body="Texte de l'entrée liée, pas marquée.")
    dilemma = dilemmas.create("Garder le secret ?", ["protection-and-trust"], linked.uuid, status="to_supervision",
                              opened_at=T0 - timedelta(days=3))
    dilemmas.add_reflection(dilemma.uuid, "Première réflexion.", written_at=T0 - timedelta(days=3))
    dilemmas.add_reflection(dilemma.uuid, "Deuxième réflexion.", written_at=T0 - timedelta(days=2))
    store.record_session(date(2026, 2, 16), "superviseuse", "individual", "", "", follow_ups=["Relire le ROI"])
    agenda = {i.title: i for i in store.sync_agenda()}
    assert list(agenda) == ["Relire le ROI", "Visite chez Mme R.", "Garder le secret ?", "Sans titre, mais marquée."]
    store.set_question(agenda["Visite chez Mme R."].uuid, "Comment soutenir sans porter ?")
    store.set_question(agenda["Relire le ROI"].uuid, "Lu ?")
    clock.advance(days=1)

    brief = supervision_brief(database, language="fr", clock=clock)
    assert (brief.title, brief.language, brief.created, brief.coarsen_dates) == (
        "Préparation de la supervision", "fr", date(2026, 3, 3), False)
    agenda_section, follow_ups = brief.sections
    assert agenda_section.heading == "Ordre du jour"
    assert [(i.kind, i.title, i.source_uuid) for i in agenda_section.items] == [
        ("entry", "Visite chez Mme R.", visit.uuid), ("dilemma", "Garder le secret ?", dilemma.uuid),
        ("entry", "Note sans titre", untitled.uuid)]
    first, second, third = agenda_section.items
    assert (first.question, first.waited_days, first.when, first.persons, first.body) == (
        "Comment soutenir sans porter ?", 7, date(2026, 2, 24), ("Mme R.",), "Mme R. a pleuré.")
    assert first.details == (("Charge émotionnelle", "7 / 10"),)
    assert (second.body, second.persons, second.waited_days, second.when) == (
        "Première réflexion.\n\nDeuxième réflexion.", ("Jeune 17",), 4, date(2026, 2, 27))
    assert second.details == (("Types de dilemme", "Devoir de protection et confiance"), ("Statut", "À apporter en supervision"))
    assert third.body == "Sans titre, mais marquée." and third.persons == ()
    assert follow_ups.heading == "Suivis des séances précédentes"
    assert [(i.kind, i.title, i.when, i.waited_days, i.question) for i in follow_ups.items] == [
        ("follow_up", "Relire le ROI", date(2026, 2, 16), 1, "Lu ?")]

    text = _texts(brief)
    for absent in ("Rien de tout cela", "Note à ne pas montrer", "Ma note privée", "Texte de l'entrée liée"):
        assert absent not in text

    coarse = supervision_brief(database, language="nl", coarsen_dates=True, title="Voor dinsdag", clock=clock)
    assert (coarse.title, coarse.coarsen_dates, coarse.language) == ("Voor dinsdag", True, "nl")
    assert [s.heading for s in coarse.sections] == ["Agenda", "Opvolging van vorige sessies"]
    assert coarse.sections[0].items[1].details[1] == ("Status", "Om mee te nemen naar de supervisie")


def test_the_brief_follows_the_marks_and_is_empty_without_them(database: Database, entries: EntryStore,
                                                               clock: Clock) -> None:
    brief = supervision_brief(database, language="en", clock=clock)
    assert [(s.heading, s.items) for s in brief.sections] == [("Agenda", ())]
    entry = _entry(entries, "Marked after the agenda was last opened")
    (item,) = supervision_brief(database, language="en", clock=clock).sections[0].items
    assert item.source_uuid == entry.uuid


def test_brief_labels_exist_in_every_language() -> None:
    labels = load_toml("briefs", "labels.toml")
    assert set(labels) == set(LANGUAGES)
    keys = {language: set(labels[language]) for language in LANGUAGES}
    assert keys["nl"] == keys["fr"] == keys["en"]
    assert all(len(labels[language]["months"]) == 12 for language in LANGUAGES)
    assert all(str(value).strip() for language in LANGUAGES for value in labels[language].values())
