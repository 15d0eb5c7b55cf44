"""A merge keeps every text a person wrote, in every table (issue 12).

Two copies of one journal (the journal and a sync service's conflict copy) are changed apart:
texts edited, records added and deleted, in every table that holds the worker's words. Merged
either way round, and merged again, no text either copy held at the end is lost, and the
result does not depend on the order. The copies are databases made from one image, as a
sync service copies the file: the merge itself is ``merge.merge_databases``, as on unlock.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core import merge
from journal_app.core.checkins import CheckinStore
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields, EntryStore
from journal_app.core.limits import LimitStore
from journal_app.core.models import REVISED_TABLES
from journal_app.core.persons import PersonStore
from journal_app.core.placement import PlacementFields, PlacementStore
from journal_app.core.supervision import SupervisionStore
from journal_app.core.templates import TemplateSection, TemplateStore

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

# Every column that holds the worker's own words, table by table (the test's own list, not
# merge.py's: a table merge.py forgets is caught here). Check-in answers are numbers in JSON:
# a changed answer must not vanish either. Own templates live in a setting (below).
TEXTS: dict[str, tuple[str, ...]] = {
    "persons": ("note",),
    "dilemma_categories": ("name", "explanation"),
    "entries": ("title", "body"),
    "dilemmas": ("title", "decision", "learned"),
    "dilemma_status_changes": ("note",),
    "dilemma_reflections": ("body",),
    "limit_versions": ("label",),
    "limit_marks": ("note",),
    "checkins": ("answers",),
    "supervision_sessions": ("with_whom", "discussed", "outcome"),
    "supervision_agenda": ("question", "follow_up"),
    "supervision_session_items": ("question", "follow_up"),
    "placements": ("institution", "tutor", "school_supervisor", "self_evaluation"),
    "placement_objectives": ("text",),
    "placement_hours": ("note",),
}
# Tables without words of the worker: what they hold is a choice, not a text.
NO_TEXT = {"settings", "schedules", "limits"}
TEMPLATES = "templates"  # the worker's own templates (a setting)
TABLES = sorted(TEXTS) + [TEMPLATES]

# What a record added by copying one of the table's rows must change so that it can stand
# beside it (a unique name, a unique day): column -> SQL value, "{token}" and "{day}" filled in.
ADDED_AS: dict[str, dict[str, str]] = {
    "persons": {"pseudonym": "'{token}'"},
    "dilemma_categories": {"builtin_id": "NULL"},
    "limit_versions": {"effective_from": "'{day}'"},
    "limit_marks": {"entry_id": "(SELECT max(id) FROM entries)"},  # the entry added just before
    "supervision_agenda": {"entry_id": "NULL", "dilemma_id": "NULL"},
    "placement_hours": {"day": "'{day}'"},
}


def test_every_table_with_a_revision_is_checked() -> None:
    assert set(REVISED_TABLES) == set(TEXTS) | NO_TEXT


def _fill(database: Database) -> None:
    """One journal with records in every table that holds words."""
    entries = EntryStore(database)
    first = entries.add(EntryFields(title="Visite", body="Mme R. va mieux.", occurred_at=WHEN, persons=("Mme R.",),
                                    for_supervision=True))
    entries.add(EntryFields(title="Appel", body="Le CPAS rappelle.", occurred_at=WHEN, persons=("M. K.",)))
    PersonStore(database).set_note("Mme R.", "Suivie depuis l'automne.")
    dilemmas = DilemmaStore(database, clock=lambda: WHEN)
    own = dilemmas.add_category("Argent", "Quand on me demande de l'argent.", ["Qui demande ?"])
    dilemmas.add_category("Temps", "Mon temps libre.")
    secret = dilemmas.create("Garder le secret ?", ["protection-and-trust", own.id], first.uuid)
    dilemmas.set_status(secret.uuid, "to_supervision", note="à reprendre")
    dilemmas.update(secret.uuid, decision="Je garde le secret pour l'instant.", learned="Demander tôt.")
    dilemmas.add_reflection(secret.uuid, "Le cadre dit une chose, la confiance une autre.")
    dilemmas.add_reflection(secret.uuid, "J'en parle en supervision.")
    dilemmas.create("Prêter de l'argent ?", ["personal-resources"])
    limits = LimitStore(database, today=lambda: date(2026, 11, 1))
    limit = limits.add("free_text", label="Pas de numéro personnel")
    money = limits.add("no_lending_money", label="Ne pas prêter d'argent")
    limits.mark_crossed(limit.uuid, first.uuid, note="Elle avait mon numéro.")
    limits.mark_crossed(money.uuid, first.uuid, note="Dix euros.")
    checkins = CheckinStore(database)
    checkins.record({}, {"time-to-breathe": 1}, at=WHEN)
    checkins.record({}, {"time-to-breathe": 2}, at=datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    supervision = SupervisionStore(database)
    supervision.sync_agenda()
    item = supervision.add_follow_up("Relire le ROI", question="Que dit le ROI ?")
    supervision.add_follow_up("Appeler le CPAS")
    supervision.record_session(date(2026, 11, 3), "superviseuse", "individual", "Le secret.", "Attendre.",
                               discussed_item_ids=[item.uuid])
    supervision.record_session(date(2026, 11, 10), "équipe", "group", "Les visites.", "Continuer.")
    placements = PlacementStore(database)
    placement = placements.create(PlacementFields("AMO", date(2026, 9, 1), tutor="tutrice", required_hours=400))
    placements.create(PlacementFields("CPAS", date(2027, 2, 1)))
    placements.set_self_evaluation(placement.uuid, "J'ose davantage.")
    placements.add_objective(placement.uuid, "Mener un entretien")
    placements.add_objective(placement.uuid, "Travailler en réseau")
    placements.log_hours(placement.uuid, date(2026, 11, 2), "7:30", note="Réunion")
    placements.log_hours(placement.uuid, date(2026, 11, 3), "6:00", note="Visites")
    templates = TemplateStore(database)
    templates.save_own("Mon bureau", [TemplateSection("Quoi ?", ("Qui ?",))])
    templates.save_own("Ma maison", [TemplateSection("Pourquoi ?", ())])
    for table in TEXTS:
        assert database.raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= 1, table


@functools.cache
def _base_image() -> bytes:
    database = Database.new()
    try:
        _fill(database)
        return database.image()
    finally:
        database.close()


@pytest.fixture
def base_image() -> bytes:
    return _base_image()


@contextmanager
def _copies(image: bytes, count: int) -> Iterator[list[Database]]:
    databases = [Database.from_image(image) for _ in range(count)]
    try:
        yield databases
    finally:
        for database in databases:
            database.close()


# ----- changes, as a person makes them (through SQL, which the triggers follow as they follow the stores)

Change = tuple[str, str, int, int]  # (table, "edit" | "add" | "delete", which record, which column)


class _Writer:
    """Applies changes to one copy; each text written is a new token, remembered."""

    def __init__(self, database: Database, side: str) -> None:
        self.database = database
        self.side = side
        self.written: list[str] = []

    def token(self) -> str:
        token = f"«{self.side}{len(self.written)}»"
        self.written.append(token)
        return token

    def apply(self, change: Change) -> None:
        table, action, which, column = change
        if table == TEMPLATES:
            self._template(action, which)
            return
        raw = self.database.raw
        uuids = [uuid for (uuid,) in raw.execute(f"SELECT uuid FROM {table} ORDER BY id").fetchall()]
        if not uuids:
            return
        uuid = uuids[which % len(uuids)]
        if action == "delete":
            raw.execute(f"DELETE FROM {table} WHERE uuid = ?", (uuid,))
        elif action == "edit":
            name = TEXTS[table][column % len(TEXTS[table])]
            raw.execute(f"UPDATE {table} SET {name} = ? WHERE uuid = ?", (self._text(table, name), uuid))
        else:
            self._add(table, uuid, which)

    def _text(self, table: str, column: str) -> str:
        token = self.token()
        return json.dumps({token: 2}) if table == "checkins" else f"texte {token}"

    def _add(self, table: str, like: str, which: int) -> None:
        """A new record, made from one of the table's (its parents are that record's)."""
        raw = self.database.raw
        if table == "limit_marks":  # a mark needs an entry without one: a new entry
            self._add("entries", raw.execute("SELECT uuid FROM entries LIMIT 1").fetchone()[0], which)
        columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})").fetchall()
                   if row[1] not in ("id", "revision", "revisions", "revised_at")]
        day = f"2031-{1 + which % 12:02d}-{1 + len(self.written) % 28:02d}"
        values = {column: column for column in columns}
        values["uuid"] = f"'{self.side}{len(self.written):030d}'"
        for name in TEXTS[table]:
            values[name] = "?"
        for name, value in ADDED_AS.get(table, {}).items():
            values[name] = value.format(token=self.token(), day=day)
        texts = [self._text(table, name) for name in TEXTS[table]]
        try:
            raw.execute(f"INSERT INTO {table} ({', '.join(values)}) SELECT {', '.join(values.values())} "
                        f"FROM {table} WHERE uuid = ?", (*texts, like))
        except sqlite3.IntegrityError:  # that day is taken (a day's hours are one record): nothing added
            pass

    def _template(self, action: str, which: int) -> None:
        templates = TemplateStore(self.database)
        own = templates.own()
        if action == "delete" and own:
            templates.delete_own(own[which % len(own)].id)
        elif action == "edit" and own:  # saving one again under its name replaces it
            templates.save_own(own[which % len(own)].name, [TemplateSection(f"Section {self.token()}", ())])
        elif action == "add":
            templates.save_own(f"Modèle {self.token()}", [TemplateSection(f"Section {self.token()}", ())])


def _texts(database: Database) -> list[str]:
    """Every text in the journal, table by table, as a sorted list (ids and times left out)."""
    found = []
    for table, columns in TEXTS.items():
        for row in database.raw.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall():
            found.append(f"{table}: " + " | ".join(str(value) for value in row))
    for template in TemplateStore(database).own():
        found.append(f"{TEMPLATES}: {template.name} | " + " | ".join(s.title for s in template.sections))
    return sorted(found)


def _tokens(database: Database, written: list[str]) -> set[str]:
    """The tokens of ``written`` the copy still holds at the end (one deleted later is gone by choice)."""
    everything = "\n".join(_texts(database))
    return {token for token in written if token in everything}


_MARKED = re.compile(r"«[ab]\d+»")

changes = st.lists(st.tuples(st.sampled_from(TABLES), st.sampled_from(("edit", "edit", "add", "delete")),
                             st.integers(0, 5), st.integers(0, 3)), max_size=14)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(here_changes=changes, there_changes=changes)
def test_no_text_is_lost_and_the_order_does_not_matter(here_changes: list[Change], there_changes: list[Change]) -> None:
    with _copies(_base_image(), 2) as (here, there):
        here_writer, there_writer = _Writer(here, "a"), _Writer(there, "b")
        for change in there_changes:  # the other computer first
            there_writer.apply(change)
        for change in here_changes:
            here_writer.apply(change)
        kept = _tokens(here, here_writer.written) | _tokens(there, there_writer.written)
        with _copies(here.image(), 1) as (here_again,), _copies(there.image(), 1) as (there_again,):
            _merge_both_ways_and_twice(here, there, here_again, there_again, kept,
                                       set(here_writer.written) | set(there_writer.written))


def _merge_both_ways_and_twice(here: Database, there: Database, here_again: Database, there_again: Database,
                               kept: set[str], written: set[str]) -> None:
    if True:

        merge.merge_databases(here, there)
        merge.merge_databases(there_again, here_again)
        merged = _texts(here)
        assert merged == _texts(there_again)  # the same journal, whichever way round
        everything = "\n".join(merged)
        assert {token for token in kept if token not in everything} == set()  # nothing written is lost
        assert set(_MARKED.findall(everything)) <= written

        again = merge.merge_databases(here, there)  # merged twice: nothing more
        assert not again.changed and _texts(here) == merged
        # and with the other side's result: the same texts (positions and statuses that changes
        # made through SQL left unsettled may be settled then)
        merge.merge_databases(here, there_again)
        assert _texts(here) == merged
        assert here.integrity_problems() == []


# ----- both copies changed the same text, table by table

EARLIER = "2026-11-20T10:00:00.000000Z"


def _made_earlier(database: Database, table: str, where: str = "1") -> None:
    """The other computer's edit was made on 20 November (its time alone: not an edit)."""
    database.raw.execute(f"UPDATE {table} SET revised_at = ? WHERE {where}", (EARLIER,))



def _both_changed(base_image: bytes, table: str, column: str) -> tuple[list[str], list[str]]:
    """The first record of ``table`` changed in both copies (``column``): merged both ways,
    the texts of that table in each result."""
    with _copies(base_image, 2) as (here, there):
        uuid = here.raw.execute(f"SELECT uuid FROM {table} ORDER BY id LIMIT 1").fetchone()[0]
        there.raw.execute(f"UPDATE {table} SET {column} = ? WHERE uuid = ?",
                          ('{"maison": 3}' if table == "checkins" else "version de la maison", uuid))
        _made_earlier(there, table, f"uuid = '{uuid}'")
        here.raw.execute(f"UPDATE {table} SET {column} = ? WHERE uuid = ?",
                         ('{"ici": 1}' if table == "checkins" else "version du bureau", uuid))
        here_image, there_image = here.image(), there.image()
    results = []
    for local_image, other_image in ((here_image, there_image), (there_image, here_image)):
        local, other = Database.from_image(local_image), Database.from_image(other_image)
        try:
            report = merge.merge_databases(local, other)
            assert report.changed and report.texts_kept_both == (table != "entries")
            results.append([text for text in _texts(local) if text.startswith(f"{table}: ")])
        finally:
            local.close()
            other.close()
    return results[0], results[1]


@pytest.mark.parametrize(("table", "column"), [(table, column) for table, columns in TEXTS.items()
                                               for column in columns])
def test_both_copies_changed_the_same_text(base_image: bytes, table: str, column: str) -> None:
    into_here, into_there = _both_changed(base_image, table, column)
    assert into_here == into_there
    texts = "\n".join(into_here)
    if table == "checkins":
        assert '"ici": 1' in texts and '"maison": 3' in texts
    else:
        assert "version du bureau" in texts and "version de la maison" in texts


def test_the_older_text_is_kept_after_the_newer_marked_in_words(base_image: bytes) -> None:
    with _copies(base_image, 2) as (here, there):
        dilemmas = DilemmaStore(there, clock=lambda: WHEN)
        (secret,) = [d.uuid for d in dilemmas.list() if d.title == "Garder le secret ?"]
        dilemmas.update(secret, decision="J'en parle à ma responsable.")
        _made_earlier(there, "dilemmas", f"uuid = '{secret}'")
        DilemmaStore(here, clock=lambda: WHEN).update(secret, decision="J'attends la supervision.")
        merge.merge_databases(here, there, language="en")
        decision = DilemmaStore(here).get(secret).decision
    assert decision == ("J'attends la supervision.\n\n——— Other version, from another copy of the journal "
                        "(2026-11-20) ———\nJ'en parle à ma responsable.")


def test_the_hours_of_one_day_logged_twice_keep_the_other_count(base_image: bytes) -> None:
    with _copies(base_image, 2) as (here, there):
        (placement, *_) = PlacementStore(here).list()
        PlacementStore(there).log_hours(placement.uuid, date(2026, 11, 2), "6:00")
        _made_earlier(there, "placement_hours", "day = '2026-11-02'")
        PlacementStore(here).log_hours(placement.uuid, date(2026, 11, 2), "8:00")
        merge.merge_databases(here, there)
        (day,) = [h for h in PlacementStore(here).hours(placement.uuid) if h.day == date(2026, 11, 2)]
    assert day.minutes == 8 * 60 and "[autre version" not in day.note and "6:00" in day.note


def test_an_own_template_saved_again_in_both_copies_is_kept_twice(base_image: bytes) -> None:
    with _copies(base_image, 2) as (here, there):
        TemplateStore(there).save_own("Mon bureau", [TemplateSection("Version maison", ())])
        _made_earlier(there, "settings", "key = 'user_templates'")
        TemplateStore(here).save_own("Mon bureau", [TemplateSection("Version bureau", ())])
        merge.merge_databases(here, there)
        own = {t.name: t.sections[0].title for t in TemplateStore(here).own()}
    assert own["Mon bureau"] == "Version bureau"
    assert own["[autre version\u00a0: Mon bureau]"] == "Version maison"
