"""The person register's figures: what the People view's table shows of each person."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.persons import PersonStore

BRUSSELS = timezone(timedelta(hours=1))


def test_each_persons_contacts_off_hours_and_first_and_last_contact(new_journal: Journal) -> None:
    store = new_journal.entries
    for day, hour, persons, off_hours in ((3, 21, ("Karim",), True), (5, 10, ("Karim", "Élodie L."), False),
                                          (9, 23, ("Karim",), True), (12, 7, ("Élodie L.",), True)):
        store.add(EntryFields(title=f"Contact {day}", persons=persons, off_hours=off_hours,
                              occurred_at=datetime(2026, 3, day, hour, 0, tzinfo=BRUSSELS)))
    store.add(EntryFields(title="Sans personne", off_hours=True))
    PersonStore(new_journal.database).set_note("Karim", "Joignable le soir")

    summaries = {s.pseudonym: s for s in PersonStore(new_journal.database).summaries()}

    karim, elodie = summaries["Karim"], summaries["Élodie L."]
    assert (karim.contacts, karim.off_hours, karim.note) == (3, 2, "Joignable le soir")  # not "1": a count
    assert (elodie.contacts, elodie.off_hours) == (2, 1)
    assert karim.first_contact == datetime(2026, 3, 3, 21, 0, tzinfo=BRUSSELS)
    assert karim.last_contact == datetime(2026, 3, 9, 23, 0, tzinfo=BRUSSELS)
    assert [s.pseudonym for s in PersonStore(new_journal.database).summaries()] == ["Élodie L.", "Karim"]  # latest first


def test_a_person_with_no_entry_left_is_listed_with_nothing(new_journal: Journal) -> None:
    record = new_journal.entries.add(EntryFields(title="Un appel", persons=("Mme R.",)))
    new_journal.entries.delete(record.uuid)
    (summary,) = PersonStore(new_journal.database).summaries()
    assert (summary.pseudonym, summary.contacts, summary.off_hours, summary.first_contact, summary.last_contact) == (
        "Mme R.", 0, 0, None, None)
