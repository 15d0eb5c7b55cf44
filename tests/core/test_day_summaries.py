"""What the calendar paints on each day: how many entries, and how many of them were off hours,
out of frame or private (a number beside the icon when more than one)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from journal_app.core.entries import EntryFields, EntryFilter
from journal_app.core.journal import Journal
from journal_app.core.timeline import DaySummary, day_summaries

BRUSSELS = timezone(timedelta(hours=1))


def test_each_day_counts_its_flagged_entries(new_journal: Journal) -> None:
    store = new_journal.entries
    for hour, off_hours, out_of_frame, private in ((21, True, True, False), (22, True, False, True),
                                                   (23, True, True, True), (10, False, False, False)):
        store.add(EntryFields(title=f"{hour} h", off_hours=off_hours, out_of_frame=out_of_frame, private=private,
                              occurred_at=datetime(2026, 3, 3, hour, 0, tzinfo=BRUSSELS)))
    store.add(EntryFields(title="le lendemain", off_hours=True, occurred_at=datetime(2026, 3, 4, 8, 0, tzinfo=BRUSSELS)))

    days = day_summaries(new_journal.database, date(2026, 3, 1), date(2026, 3, 31))

    assert days == {date(2026, 3, 3): DaySummary(entries=4, off_hours=3, out_of_frame=2, private=2),
                    date(2026, 3, 4): DaySummary(entries=1, off_hours=1)}
    only_private = day_summaries(new_journal.database, date(2026, 3, 1), date(2026, 3, 31),
                                 EntryFilter(flags=frozenset({"private"})))
    assert only_private == {date(2026, 3, 3): DaySummary(entries=2, off_hours=2, out_of_frame=1, private=2)}
