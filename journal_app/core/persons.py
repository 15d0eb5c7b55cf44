"""The person register: pseudonyms, a private note, and what the journal says of each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput


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
            sa.select(models.Person.pseudonym, models.Person.note,
                      sa.func.count(models.Entry.id), sa.func.coalesce(sa.func.sum(models.Entry.off_hours), 0),
                   sa.func.min(models.Entry.occurred_at), sa.func.max(models.Entry.occurred_at))
            .select_from(models.Person)
            .outerjoin(models.entry_persons, models.entry_persons.c.person_id == models.Person.id)
            .outerjoin(models.Entry, models.Entry.id == models.entry_persons.c.entry_id)
            .group_by(models.Person.id)
            .order_by(sa.func.max(models.Entry.occurred_at).desc(), models.Person.pseudonym)
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
            clash = session.scalar(sa.select(models.Person).where(sa.func.casefold(models.Person.pseudonym) == new.casefold()))
            if clash is not None and clash.id != person.id:
                raise InvalidInput("another person already has this pseudonym")
            person.pseudonym = new
            session.flush()
            for entry in person.entries:
                entry.search_persons = " ".join(p.pseudonym for p in entry.persons)
        self._database.search_index_dirty = True

    def _get(self, session, pseudonym: str) -> models.Person:  # type: ignore[no-untyped-def]
        person = session.scalar(sa.select(models.Person).where(sa.func.casefold(models.Person.pseudonym) == pseudonym.casefold()))
        if person is None:
            raise InvalidInput("this person is not in the register")
        return person
