"""The placement portfolio: placement, objectives, hours, linked reflections, brief (core, no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.core.database import Database
from journal_app.core.entries import EntryFields, EntryStore
from journal_app.core.errors import InvalidInput
from journal_app.core.persons import PersonStore
from journal_app.core.placement import (
    PlacementFields,
    PlacementStore,
    objectives_from_text,
    parse_hours,
    portfolio_brief,
)
from tests.core.helpers import Clock

T0 = datetime(2026, 3, 16, 12, 0, tzinfo=UTC)
AMO = PlacementFields("AMO du quartier", date(2026, 1, 26), date(2026, 5, 29), "Maître de stage (M. V.)",
                      "Superviseuse de l'école", required_hours=400)


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def store(database: Database, clock: Clock) -> PlacementStore:
    return PlacementStore(database, clock=clock)


@pytest.fixture
def entries(database: Database) -> EntryStore:
    return EntryStore(database)


# ----- the placement


def test_a_placement_is_created_updated_and_deleted(store: PlacementStore, clock: Clock) -> None:
    placement = store.create(PlacementFields("  AMO   du quartier ", date(2026, 1, 26), None, " tuteur ", "", 37.5))
    assert (placement.institution, placement.starts_on, placement.ends_on, placement.tutor) == (
        "AMO du quartier", date(2026, 1, 26), None, "tuteur")
    assert (placement.required_minutes, placement.required_hours, placement.created_at) == (
        2250, 37.5, T0.astimezone())
    clock.advance(days=1)
    updated = store.update(placement.uuid, AMO)
    assert updated.fields() == AMO and updated.updated_at == clock.now.astimezone()
    assert store.set_self_evaluation(placement.uuid, "  J'ai appris à écouter.\n").self_evaluation == (
        "J'ai appris à écouter.")
    older = store.create(PlacementFields("CPAS", date(2025, 2, 1), date(2025, 4, 30)))
    undated = store.create(PlacementFields("Maison de quartier"))
    assert [p.uuid for p in store.list()] == [placement.uuid, older.uuid, undated.uuid]
    store.delete(older.uuid)
    assert [p.uuid for p in store.list()] == [placement.uuid, undated.uuid]
    with pytest.raises(InvalidInput):
        store.get(older.uuid)


@pytest.mark.parametrize("fields", [
    PlacementFields("   "),
    PlacementFields("AMO", date(2026, 5, 1), date(2026, 4, 30)),
    PlacementFields("AMO", required_hours=-1),
])
def test_a_placement_needs_sensible_fields(store: PlacementStore, fields: PlacementFields) -> None:
    with pytest.raises(InvalidInput):
        store.create(fields)
    assert store.list() == []


# ----- objectives


def test_objectives_keep_the_schools_order(store: PlacementStore, clock: Clock) -> None:
    placement = store.create(AMO)
    first = store.add_objective(placement.uuid, "Mener un entretien d'accueil")
    third = store.add_objective(placement.uuid, "Travailler en réseau")
    second = store.add_objective(placement.uuid, "  Rédiger   un rapport social ", position=1)
    assert [(o.text, o.position) for o in store.objectives(placement.uuid)] == [
        ("Mener un entretien d'accueil", 0), ("Rédiger un rapport social", 1), ("Travailler en réseau", 2)]
    assert [o.uuid for o in store.move_objective(third.uuid, 0)] == [third.uuid, first.uuid, second.uuid]
    assert [o.uuid for o in store.move_objective(third.uuid, 10)] == [first.uuid, second.uuid, third.uuid]
    clock.advance(minutes=1)
    edited = store.edit_objective(second.uuid, "Rédiger un rapport social argumenté")
    assert (edited.text, edited.position, edited.updated_at) == (
        "Rédiger un rapport social argumenté", 1, clock.now.astimezone())
    store.remove_objective(first.uuid)
    assert [(o.uuid, o.position) for o in store.objectives(placement.uuid)] == [(second.uuid, 0), (third.uuid, 1)]
    with pytest.raises(InvalidInput):
        store.add_objective(placement.uuid, "  ")
    with pytest.raises(InvalidInput):
        store.edit_objective(first.uuid, "Disparu")


PASTED = """Objectifs du stage :
1. Mener un entretien d'accueil ;
2) Rédiger un rapport social
   - Travailler en réseau avec les partenaires
• Situer son action dans le cadre déontologique

a) Observer la dynamique d'équipe
iv. Animer une réunion
(3) Évaluer sa pratique
1.2 Construire un projet
10 entretiens menés en autonomie
2. MENER UN ENTRETIEN D'ACCUEIL
"""


def test_objectives_from_pasted_text() -> None:
    assert objectives_from_text(PASTED) == [
        "Objectifs du stage :", "Mener un entretien d'accueil", "Rédiger un rapport social",
        "Travailler en réseau avec les partenaires", "Situer son action dans le cadre déontologique",
        "Observer la dynamique d'équipe", "Animer une réunion", "Évaluer sa pratique", "Construire un projet",
        "10 entretiens menés en autonomie",
    ]
    assert objectives_from_text("\n \n") == []


def test_importing_objectives_adds_the_new_ones_after_the_others(store: PlacementStore) -> None:
    placement = store.create(AMO)
    store.add_objective(placement.uuid, "Rédiger un rapport social")
    added = store.import_objectives(placement.uuid, "- Rédiger un rapport social\n- Travailler en réseau\n"
                                                    "- Animer une réunion\n")
    assert [(o.text, o.position) for o in added] == [("Travailler en réseau", 1), ("Animer une réunion", 2)]
    assert len(store.objectives(placement.uuid)) == 3
    assert store.import_objectives(placement.uuid, "• Animer une réunion") == []


# ----- reflections linked to objectives


def test_entries_show_objectives(database: Database, store: PlacementStore, entries: EntryStore) -> None:
    placement = store.create(AMO)
    listening, network = (store.add_objective(placement.uuid, text) for text in ("Écouter", "Réseau"))
    late = entries.add(EntryFields(title="Plus tard", occurred_at=T0))
    early = entries.add(EntryFields(title="Plus tôt", occurred_at=T0 - timedelta(days=9)))
    unrelated = entries.add(EntryFields(title="Sans lien", occurred_at=T0))
    for entry in (late, early):
        store.link_entry(listening.uuid, entry.uuid)
    assert store.link_entry(listening.uuid, late.uuid).entry_count == 2  # again: nothing changes
    store.link_entry(network.uuid, late.uuid)

    assert [e.title for e in store.entries_of(listening.uuid)] == ["Plus tôt", "Plus tard"]
    assert [o.text for o in store.objectives_of_entry(late.uuid)] == ["Écouter", "Réseau"]
    assert store.objectives_of_entry(unrelated.uuid) == []
    assert [(o.text, o.entry_count) for o in store.objectives(placement.uuid)] == [("Écouter", 2), ("Réseau", 1)]

    assert store.unlink_entry(listening.uuid, early.uuid).entry_count == 1
    entries.delete(late.uuid)  # deleting an entry removes its links, never the objective
    assert [(o.text, o.entry_count) for o in store.objectives(placement.uuid)] == [("Écouter", 0), ("Réseau", 0)]
    store.link_entry(network.uuid, early.uuid)
    store.remove_objective(network.uuid)  # removing an objective keeps its entries
    assert entries.exists(early.uuid)
    with pytest.raises(InvalidInput):
        store.link_entry(listening.uuid, late.uuid)


# ----- hours


@pytest.mark.parametrize(("typed", "minutes"), [
    ("7", 420), ("7.5", 450), ("7,5", 450), ("7:30", 450), ("7h30", 450), ("7 h 30", 450), ("7H", 420),
    ("7u30", 450), ("7,25", 435), ("90 min", 90), ("0", 0), (6.5, 390), (8, 480),
])
def test_hours_as_typed(typed: str | float, minutes: int) -> None:
    assert parse_hours(typed) == minutes


@pytest.mark.parametrize("typed", ["", "sept", "7:75", "-2", "7h30h", -1.0])
def test_unreadable_hours_are_refused(typed: str | float) -> None:
    with pytest.raises(InvalidInput):
        parse_hours(typed)


def test_one_row_per_day(store: PlacementStore, clock: Clock) -> None:
    placement = store.create(AMO)
    day = date(2026, 2, 2)
    assert store.log_hours(placement.uuid, day, "7:30", note="Accueil").minutes == 450  # type: ignore[union-attr]
    logged = store.log_hours(placement.uuid, day, 6)  # the same day again: replaced, its note kept
    assert logged is not None and (logged.day, logged.minutes, logged.note) == (day, 360, "Accueil")
    store.log_hours(placement.uuid, day, "6", note="")
    store.log_hours(placement.uuid, day + timedelta(days=1), "4")
    assert [(d.day, d.minutes, d.note) for d in store.hours(placement.uuid)] == [
        (day, 360, ""), (day + timedelta(days=1), 240, "")]
    assert store.log_hours(placement.uuid, day, "0") is None
    assert [d.day for d in store.hours(placement.uuid)] == [day + timedelta(days=1)]
    with pytest.raises(InvalidInput, match="24 hours"):
        store.log_hours(placement.uuid, day, "25")
    with pytest.raises(InvalidInput):
        store.log_hours("no-such-placement", day, "7")


def test_totals_across_months_and_weeks(store: PlacementStore) -> None:
    placement = store.create(AMO)
    for day, hours in ((date(2026, 1, 29), "7"), (date(2026, 1, 31), "3:30"), (date(2026, 2, 2), "8"),
                       (date(2026, 2, 27), "7.5"), (date(2026, 3, 2), "6")):
        store.log_hours(placement.uuid, day, hours)
    totals = store.totals(placement.uuid)
    assert (totals.total_minutes, totals.required_minutes, totals.days) == (1920, 24000, 5)
    assert totals.progress == pytest.approx(0.08) and totals.remaining_minutes == 22080
    assert totals.by_month == ((date(2026, 1, 1), 630), (date(2026, 2, 1), 930), (date(2026, 3, 1), 360))
    assert totals.by_week == (
        (date(2026, 1, 26), 630), (date(2026, 2, 2), 480), (date(2026, 2, 9), 0), (date(2026, 2, 16), 0),
        (date(2026, 2, 23), 450), (date(2026, 3, 2), 360))
    assert [minutes for _, minutes in totals.cumulative] == [420, 630, 1110, 1560, 1920]
    assert [p.day for p in store.hours(placement.uuid, since=date(2026, 2, 1), until=date(2026, 2, 28))] == [
        date(2026, 2, 2), date(2026, 2, 27)]

    empty = store.totals(store.create(PlacementFields("Sans heures requises")).uuid)
    assert (empty.total_minutes, empty.progress, empty.by_month, empty.by_week, empty.remaining_minutes) == (
        0, None, (), (), 0)


def test_deleting_a_placement_takes_its_objectives_and_hours(database: Database, store: PlacementStore,
                                                             entries: EntryStore) -> None:
    placement = store.create(AMO)
    objective = store.add_objective(placement.uuid, "Écouter")
    entry = entries.add(EntryFields(title="Gardée", occurred_at=T0))
    store.link_entry(objective.uuid, entry.uuid)
    store.log_hours(placement.uuid, date(2026, 2, 2), "7")
    store.delete(placement.uuid)
    counts = [database.raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("placement_objectives", "placement_hours", "objective_entries")]
    assert counts == [0, 0, 0] and entries.exists(entry.uuid)


# ----- the portfolio brief


def test_the_portfolio_brief(database: Database, store: PlacementStore, entries: EntryStore, clock: Clock) -> None:
    placement = store.create(AMO)
    listening = store.add_objective(placement.uuid, "Mener un entretien d'accueil")
    store.add_objective(placement.uuid, "Travailler en réseau")
    shown = entries.add(EntryFields(title="Premier accueil", body="Jeune 17 est arrivé en retard.",
                                    occurred_at=datetime(2026, 2, 3, 10, 0, tzinfo=UTC), persons=("Jeune 17",)))
    entries.add(EntryFields(title="Pas dans le portfolio", body="Une note pour moi seule.", occurred_at=T0,
                            persons=("Mme R.",)))
    PersonStore(database).set_note("Jeune 17", "Une note privée.")
    store.link_entry(listening.uuid, shown.uuid)
    for day, hours in ((date(2026, 1, 29), "7"), (date(2026, 2, 2), "7:30")):
        store.log_hours(placement.uuid, day, hours)
    store.set_self_evaluation(placement.uuid, "Je me sens plus à l'aise en entretien.")

    brief = portfolio_brief(database, placement.uuid, language="fr", clock=clock)
    assert (brief.title, brief.subtitle, brief.language, brief.created, brief.coarsen_dates) == (
        "Portfolio de stage", "AMO du quartier", "fr", date(2026, 3, 16), False)
    assert [s.heading for s in brief.sections] == [
        "Le stage", "Heures de stage", "Objectif 1\u00a0: Mener un entretien d'accueil",
        "Objectif 2\u00a0: Travailler en réseau", "Auto-évaluation"]
    details, hours, first, second, evaluation = brief.sections
    (about,) = details.items
    assert (about.title, about.details) == ("AMO du quartier", (
        ("Période", "du 26 janvier 2026 au 29 mai 2026"), ("Maître de stage", "Maître de stage (M. V.)"),
        ("Superviseur ou superviseuse de l’école", "Superviseuse de l'école"), ("Heures requises", "400 h")))
    assert [item.title for item in hours.items] == ["Total", "Par mois"]
    assert [item.details for item in hours.items] == [
        (("Heures prestées", "14 h 30"), ("Heures requises", "400 h"), ("Heures restantes", "385 h 30"),
         ("Progression", "4\u00a0%")),
        (("janvier 2026", "7 h"), ("février 2026", "7 h 30")),
    ]
    (reflection,) = first.items
    assert (reflection.kind, reflection.title, reflection.body, reflection.when, reflection.persons,
            reflection.source_uuid) == ("entry", "Premier accueil", "Jeune 17 est arrivé en retard.",
                                        date(2026, 2, 3), ("Jeune 17",), shown.uuid)
    assert second.items == ()
    assert [item.body for item in evaluation.items] == ["Je me sens plus à l'aise en entretien."]
    every_text = repr(brief)
    assert "Pas dans le portfolio" not in every_text and "Une note pour moi seule" not in every_text
    assert "Mme R." not in every_text and "Une note privée" not in every_text

    english = portfolio_brief(database, placement.uuid, language="en", coarsen_dates=True, clock=clock)
    assert english.coarsen_dates and english.sections[0].heading == "The placement"
    assert english.sections[0].items[0].details[0] == ("Period", "January 2026 – May 2026")  # coarsened: months
    assert english.sections[1].items[0].details[-1] == ("Progress", "4%")
    with pytest.raises(InvalidInput):
        portfolio_brief(database, "no-such-placement", language="fr")
