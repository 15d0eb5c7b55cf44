"""The person register: pseudonyms, a private note, and what the journal says of each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput
from journal_app.core.models import Entry, Person, entry_persons


@dataclass(frozen=True)
class PersonSummary:
    pseudonym: str
    note: str
    contacts: int
    off_hours: int
    first_contact: datetime | None
    last_contact: datetime | None


class PersonStore:
    def __init__(self, database: Database) -> None:
        self._database = database

    def summaries(self) -> list[PersonSummary]:
        """Every person with counts, most recent contact first, in one query."""
        query = (
            select(Person.pseudonym, Person.note, func.count(Entry.id), func.coalesce(func.sum(Entry.off_hours), 0),
                   func.min(Entry.occurred_at), func.max(Entry.occurred_at))
            .select_from(Person)
            .outerjoin(entry_persons, entry_persons.c.person_id == Person.id)
            .outerjoin(Entry, Entry.id == entry_persons.c.entry_id)
            .group_by(Person.id)
            .order_by(func.max(Entry.occurred_at).desc(), Person.pseudonym)
        )
        with self._database.session() as session:
            return [PersonSummary(row[0], row[1], row[2], int(row[3]), row[4], row[5]) for row in session.execute(query)]

    def set_note(self, pseudonym: str, note: str) -> None:
        with self._database.session() as session:
            self._get(session, pseudonym).note = note

    def rename(self, old: str, new: str) -> None:
        """Change a pseudonym everywhere (its entries are re-indexed for search)."""
        new = " ".join(new.split())
        if not new:
            raise InvalidInput("a pseudonym cannot be empty")
        with self._database.session() as session:
            person = self._get(session, old)
            clash = session.scalar(select(Person).where(func.casefold(Person.pseudonym) == new.casefold()))
            if clash is not None and clash.id != person.id:
                raise InvalidInput("another person already has this pseudonym")
            person.pseudonym = new
            session.flush()
            for entry in person.entries:
                entry.search_persons = " ".join(p.pseudonym for p in entry.persons)
        self._database.search_index_dirty = True

    def _get(self, session, pseudonym: str) -> Person:  # type: ignore[no-untyped-def]
        person = session.scalar(select(Person).where(func.casefold(Person.pseudonym) == pseudonym.casefold()))
        if person is None:
            raise InvalidInput("this person is not in the register")
        return person
