"""A merge looks only at what the two copies hold differently (issue 17), and that changes nothing.

``merge.merge_databases`` reads whole, and merges, only the records whose revision, history,
parents or tombstone differ between the copies (and what hangs on them); every other record
is the same in both and needs nothing. Here the same pairs of copies are merged that way and
by reading every record (``read_everything=True``, the merge as it was): the journals must be
the same, row for row, in every table. And two copies that differ in nothing are merged
without reading a single entry's text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core import merge
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields, EntryStore
from journal_app.core.journal import Journal
from journal_app.core.persons import PersonStore
from journal_app.core.placement import PlacementStore
from journal_app.core.schedule import ScheduleStore, parse_spec
from tests.conftest import PASSPHRASE
from tests.core.test_merge import BRUSSELS, _both_ways, _entry
from tests.core.test_merge_every_text import TABLES, TEXTS, Change, _base_image, _copies, _Writer

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
# What a person does through the stores, beside the SQL edits of ``_Writer``: (what, which record, which other)
STORE_CHANGES = ("rename person", "entry persons", "entry tags", "new entry", "link dilemma", "unlink dilemma",
                 "link objective", "delete entry", "edited and back")


class _Person(_Writer):
    """``_Writer``'s changes, and those made through the stores: renames, an entry's persons
    and tags, links between dilemmas or objectives and entries; and a record changed, then
    changed back a while later (its revision the same, its history longer)."""

    def apply(self, change: Change) -> None:
        what, action, which, other = change
        if what not in STORE_CHANGES:
            super().apply(change)
            return
        database = self.database
        entries = EntryStore(database)
        uuids = [uuid for (uuid,) in database.raw.execute("SELECT uuid FROM entries ORDER BY id")]
        entry = uuids[which % len(uuids)] if uuids else None
        persons = [name for (name,) in database.raw.execute("SELECT pseudonym FROM persons ORDER BY id")]
        if what == "edited and back":
            table = sorted(TEXTS)[which % len(TEXTS)]
            database.raw.execute(f"UPDATE {table} SET revisions = trim(coalesce(revisions, '') || ' ' || ?) "
                                 f"WHERE rowid = (SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 OFFSET ?)",
                                 (f"{self.token()}", other))
        elif what == "new entry" or entry is None:
            entries.add(EntryFields(title=f"Note {self.token()}", body="", occurred_at=WHEN,
                                    persons=tuple(persons[other % len(persons):][:1]), tags=(f"tag{other}",)))
        elif what == "rename person" and persons:
            name = persons[which % len(persons)]
            PersonStore(database).rename(name, f"{name} {self.token()}")
        elif what in ("entry persons", "entry tags"):
            fields = entries.get(entry).fields_only()
            if what == "entry persons":
                chosen = tuple(persons[other % len(persons):][:1]) if persons else ()
                fields = replace(fields, persons=chosen if chosen != fields.persons else ())
            else:
                fields = replace(fields, tags=(*fields.tags[1:], f"tag{other}"))
            entries.update(entry, fields)
        elif what == "delete entry":
            entries.delete(entry)
        elif what in ("link dilemma", "unlink dilemma"):
            dilemmas = [uuid for (uuid,) in database.raw.execute("SELECT uuid FROM dilemmas ORDER BY id")]
            if dilemmas:
                store = DilemmaStore(database, clock=lambda: WHEN)
                dilemma = dilemmas[other % len(dilemmas)]
                (store.link_entry if what == "link dilemma" else store.unlink_entry)(dilemma, entry)
        elif what == "link objective":
            objectives = [uuid for (uuid,) in database.raw.execute("SELECT uuid FROM placement_objectives ORDER BY id")]
            if objectives:
                PlacementStore(database).link_entry(objectives[other % len(objectives)], entry)


changes = st.lists(st.one_of(
    st.tuples(st.sampled_from(TABLES), st.sampled_from(("edit", "edit", "add", "delete")),
              st.integers(0, 5), st.integers(0, 3)),
    st.tuples(st.sampled_from(STORE_CHANGES), st.just(""), st.integers(0, 5), st.integers(0, 3)),
), max_size=10)

_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


def _now() -> str:
    """The moment, as SQLite's triggers write it (milliseconds)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]


@contextmanager
def _merged(here_image: bytes, there_image: bytes, *, read_everything: bool) -> Iterator[Database]:
    with _copies(here_image, 1) as (here,), _copies(there_image, 1) as (there,):
        merge.merge_databases(here, there, read_everything=read_everything)
        yield here


def _rows(database: Database, since: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, the database's own search index aside. A moment written by the
    merge itself (since ``since``: when a cascade left a tombstone...) reads "merge time": two
    merges run at two moments."""
    def plain(value: object) -> object:
        if isinstance(value, str) and _MOMENT.fullmatch(value) and value[:23].replace(" ", "T") >= since:
            return "merge time"
        return value

    tables = [name for (name,) in database.raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'entry_search%'")]
    return {table: sorted((tuple(plain(v) for v in row) for row in database.raw.execute(f"SELECT * FROM {table}")),
                          key=repr) for table in tables}


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(here_changes=changes, there_changes=changes, into_here=st.booleans())
def test_looking_only_at_what_differs_merges_as_reading_everything(
        here_changes: list[Change], there_changes: list[Change], into_here: bool) -> None:
    with _copies(_base_image(), 2) as (here, there):
        here_person, there_person = _Person(here, "a"), _Person(there, "b")
        for change in there_changes:  # the other computer first
            there_person.apply(change)
        for change in here_changes:
            here_person.apply(change)
        images = (here.image(), there.image()) if into_here else (there.image(), here.image())
    since = _now()
    with _merged(*images, read_everything=False) as narrowed, _merged(*images, read_everything=True) as everything:
        assert _rows(narrowed, since) == _rows(everything, since)


def _columns_read(database: Database, reads: set[tuple[str, str]]) -> None:
    """Every (table, column) a statement on this connection reads, as SQLite prepares it."""
    def authorizer(action: int, table: str | None, column: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and table and column:
            reads.add((table, column))
        return sqlite3.SQLITE_OK

    database.raw.set_authorizer(authorizer)


def test_copies_that_differ_in_nothing_are_merged_without_reading_an_entry() -> None:
    with _copies(_base_image(), 2) as (here, there):
        reads: set[tuple[str, str]] = set()
        _columns_read(here, reads)
        _columns_read(there, reads)
        report = merge.merge_databases(here, there)
        here.raw.set_authorizer(None)
        there.raw.set_authorizer(None)
    assert not report.changed
    assert ("entries", "uuid") in reads  # what tells the records apart was read...
    assert {column for table, column in reads if table == "entries"} <= {"id", "uuid", "revision", "revisions"}
    assert not {table for table, column in reads if column in ("body", "note", "text", "question")}  # ...no text


def test_of_two_copies_only_the_entry_that_differs_is_read_whole() -> None:
    with _copies(_base_image(), 2) as (here, there):
        EntryStore(there).add(EntryFields(title="Nouvelle", body="Écrite sur le portable.", occurred_at=WHEN))
        narrowed = merge._Merge(here, there)
        here.raw.execute("BEGIN")
        narrowed.run()
        here.raw.execute("COMMIT")
        assert dict(narrowed.other.whole) == {"entries": 1}  # the new entry, and nothing else
        assert dict(narrowed.local.whole) == {}
        added = here.raw.execute("SELECT title FROM entries WHERE title = 'Nouvelle'").fetchall()
        assert added == [("Nouvelle",)]


def test_an_entry_from_the_copy_is_judged_again_under_the_schedule_that_stays(tmp_path: Path) -> None:
    """Both copies set Monday's hours; this journal's are the newer and stay (no schedule is
    written): the contact the other copy added, judged there under its longer hours, is judged
    again here (the merge judges again only the entries it wrote)."""
    def there(journal: Journal) -> None:
        ScheduleStore(journal.database).set(parse_spec("mon=09:00-20:00"), date(2026, 1, 1))
        evening = datetime(2026, 11, 2, 18, 0, tzinfo=BRUSSELS)  # a Monday
        journal.entries.add(_entry("visite du soir", kind="contact", occurred_at=evening))
        assert journal.entries.list()[0].off_hours is False

    def here(journal: Journal) -> None:
        ScheduleStore(journal.database).set(parse_spec("mon=09:00-12:00"), date(2026, 1, 1))

    _, merged, reversed_merge = _both_ways(tmp_path, lambda journal: None, here, there)
    for path in (merged, reversed_merge):
        journal = Journal.open(path, PASSPHRASE, read_only=True)
        try:
            assert [(e.title, e.off_hours) for e in journal.entries.list()] == [("visite du soir", True)]
            assert str(ScheduleStore(journal.database).at(date(2026, 11, 2)).hours_of("mon")[0]) == "09:00-12:00"
        finally:
            journal.close()
