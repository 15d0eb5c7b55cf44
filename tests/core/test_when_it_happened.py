"""Off-hours is about what happened off-hours (issue 14, item 2): a contact's date is when it
happened; a reflection's is the situation it is about (or the time of writing), and writing in
the evening is not working in the evening."""

from __future__ import annotations

from datetime import date, datetime

from journal_app.core.entries import EntryFields
from journal_app.core.metrics import WorkloadMetrics
from journal_app.core.schedule import ScheduleStore, parse_spec

SUNDAY_EVENING = datetime(2026, 12, 6, 21, 0).astimezone()  # a Sunday
FRIDAY_MORNING = datetime(2026, 12, 4, 10, 0).astimezone()
WEEK = "2026-W49"


def with_office_hours(journal):  # type: ignore[no-untyped-def]
    ScheduleStore(journal.database).set(parse_spec("mon=08:30-17:00;tue=08:30-17:00;wed=08:30-17:00;"
                                                   "thu=08:30-17:00;fri=08:30-17:00"), date(2026, 1, 1))
    return journal


def test_a_reflection_written_on_sunday_evening_is_not_off_hours(new_journal) -> None:  # type: ignore[no-untyped-def]
    entries = with_office_hours(new_journal).entries
    about_nothing = entries.add(EntryFields(title="Ce qui me reste", occurred_at=SUNDAY_EVENING))
    about_friday = entries.add(EntryFields(title="La visite de vendredi", occurred_at=FRIDAY_MORNING,
                                           channel="home_visit"))
    contact = entries.add(EntryFields(kind="contact", title="Appel", occurred_at=SUNDAY_EVENING.replace(minute=30),
                                      channel="personal_phone", duration_minutes=10))
    assert (about_nothing.off_hours, about_friday.off_hours, contact.off_hours) == (False, False, True)
    figures = WorkloadMetrics(new_journal.database).week(WEEK)
    assert figures.value("off_hours_contacts") == 1 and figures.value("off_hours_minutes") == 10


def test_setting_hours_later_still_leaves_reflections_alone(new_journal) -> None:  # type: ignore[no-untyped-def]
    entries = new_journal.entries
    reflection = entries.add(EntryFields(title="Ce qui me reste", occurred_at=SUNDAY_EVENING))
    contact = entries.add(EntryFields(kind="contact", title="Appel", occurred_at=SUNDAY_EVENING))
    with_office_hours(new_journal)  # the first schedule judges the earlier entries
    assert entries.get(reflection.uuid).off_hours is False
    assert entries.get(contact.uuid).off_hours is True
    assert WorkloadMetrics(new_journal.database).week(WEEK).value("off_hours_contacts") == 1


def test_a_reflection_ticked_off_hours_by_hand_keeps_it(new_journal) -> None:  # type: ignore[no-untyped-def]
    entries = with_office_hours(new_journal).entries
    ticked = entries.add(EntryFields(title="Écrit tard", occurred_at=SUNDAY_EVENING, off_hours=True))
    assert ticked.off_hours and ticked.off_hours_by_hand
