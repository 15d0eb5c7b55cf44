"""A view shown again shows what changed elsewhere meanwhile (issue 17): showing a view skips its
refresh when the journal is as it was when the view last asked for its data, and the views are
made ready ahead of need after unlocking. Neither may leave a view showing old data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from journal_app.core.entries import EntryFields

from tests.ui.test_main_window import create_through_ui, finish_recovery_code


def persons_listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.workspace.persons.table_model
    return [model.item(row, 0).text() for row in range(model.rowCount())]


def show_view(qtbot, window, number: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.keySequence(window, QKeySequence(f"Ctrl+{number}"))
    qtbot.waitUntil(lambda: not window.worker.is_busy())


def write_an_entry_about(qtbot, window, title: str, person: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, title)
    qtbot.keyClicks(editor.persons, person)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)


def test_a_person_written_in_an_entry_shows_in_people_already_shown_before(qtbot, window, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.workspace.views_ready, timeout=10_000):  # made ready ahead, one after another
        create_through_ui(qtbot, window, tmp_path / "j.carnet")
        finish_recovery_code(qtbot, window)
    show_view(qtbot, window, 3)
    assert persons_listed(window) == []
    show_view(qtbot, window, 1)
    write_an_entry_about(qtbot, window, "Visite", "Jeune 17")
    show_view(qtbot, window, 3)
    qtbot.waitUntil(lambda: persons_listed(window) == ["Jeune 17"], timeout=5_000)
    # Shown again with nothing changed: still there (a skipped refresh keeps what the view shows).
    show_view(qtbot, window, 2)
    show_view(qtbot, window, 3)
    assert persons_listed(window) == ["Jeune 17"]


def test_a_view_made_ready_ahead_shows_an_entry_written_after_unlocking(qtbot, window, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.workspace.views_ready, timeout=10_000):  # People ready, with nobody in it yet
        create_through_ui(qtbot, window, tmp_path / "j.carnet")
        finish_recovery_code(qtbot, window)
    write_an_entry_about(qtbot, window, "Appel", "Mme R.")
    show_view(qtbot, window, 3)
    qtbot.waitUntil(lambda: persons_listed(window) == ["Mme R."], timeout=5_000)


def test_people_keep_their_order_most_recent_first_then_as_the_person_sorts(qtbot, window, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.workspace.views_ready, timeout=10_000):
        create_through_ui(qtbot, window, tmp_path / "j.carnet")
        finish_recovery_code(qtbot, window)

    def write(pseudonym: str, day: int) -> None:  # entries as another computer's copy would bring them
        window.worker.submit(lambda holder: holder.require().entries.add(EntryFields(
            title="Visite", persons=(pseudonym,), occurred_at=datetime(2026, 1, day, 10, 0).astimezone())))
        qtbot.waitUntil(lambda: not window.worker.is_busy())

    for pseudonym, day in (("alice", 1), ("Chloé", 2), ("Bruno", 3)):
        write(pseudonym, day)
    show_view(qtbot, window, 3)
    qtbot.waitUntil(lambda: len(persons_listed(window)) == 3)
    assert persons_listed(window) == ["Bruno", "Chloé", "alice"]  # the most recent contact first
    table = window.workspace.persons.table
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, header.height() // 2))
    assert persons_listed(window) == ["alice", "Bruno", "Chloé"]  # by pseudonym, accents and case aside
    write("Denise", 4)
    show_view(qtbot, window, 2)
    show_view(qtbot, window, 3)
    qtbot.waitUntil(lambda: len(persons_listed(window)) == 4)
    assert persons_listed(window) == ["alice", "Bruno", "Chloé", "Denise"]  # refilled in the person's order


def test_after_a_pause_the_views_not_shown_already_show_what_was_just_written(qtbot, window, tmp_path: Path) -> None:
    """Written, saved, a pause: each view not shown fetches what changed ahead of need, so that
    showing it is only a page switch (at 50,000 entries, People took 120-170 ms to catch up)."""
    with qtbot.waitSignal(window.workspace.views_ready, timeout=10_000):
        create_through_ui(qtbot, window, tmp_path / "j.carnet")
        finish_recovery_code(qtbot, window)
    show_view(qtbot, window, 3)
    assert persons_listed(window) == []
    show_view(qtbot, window, 1)
    window.workspace.fresh_ahead_timer.setInterval(100)  # injected: the pause, shortened
    with qtbot.waitSignal(window.workspace.views_ready, timeout=10_000):  # the views made ready again
        write_an_entry_about(qtbot, window, "Appel du dimanche", "Mme R.")
    qtbot.keySequence(window, QKeySequence("Ctrl+3"))
    # At once: no answer from the worker can have arrived since the key press.
    assert window.workspace.views.currentWidget() is window.workspace.persons
    assert persons_listed(window) == ["Mme R."]


def test_people_counts_each_persons_off_hours_contacts(qtbot, make_window, app_settings, journal_path: Path) -> None:
    """The "Off-hours" column is a count: two evening calls with Karim show 2 (it showed 1,
    SQLAlchemy read the sum of a boolean column as a boolean)."""
    from journal_app.core.journal import Journal
    from tests.conftest import CHEAP_KDF, PASSPHRASE
    from tests.ui.test_main_window import unlock_through_ui

    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    for title, off_hours in (("Appel du dimanche", True), ("Visite", False), ("SMS à 22 h", True)):
        journal.entries.add(EntryFields(title=title, persons=("Karim",), off_hours=off_hours))
    journal.save()
    journal.close()
    app_settings.last_journal = journal_path
    window = make_window()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    show_view(qtbot, window, 3)
    qtbot.waitUntil(lambda: persons_listed(window) == ["Karim"], timeout=5_000)
    model = window.workspace.persons.table_model
    headers = [model.horizontalHeaderItem(column).text() for column in range(model.columnCount())]
    row = {header: model.item(0, column).text() for column, header in enumerate(headers)}
    assert (row["Contacts"], row["Off-hours"]) == ("3", "2"), row


def test_a_placement_filled_ahead_in_batches_shows_every_logged_day(qtbot, make_window, app_settings,
                                                                     journal_path: Path) -> None:
    """Made ready while hidden, the Placement view fills its table of days 100 rows per pass:
    shown afterwards, every day is there, the most recent first, and the total reads right."""
    from datetime import date, timedelta

    from journal_app.core.journal import Journal
    from journal_app.core.placement import PlacementFields, PlacementStore
    from journal_app.ui.placement_view import DayRole
    from tests.conftest import CHEAP_KDF, PASSPHRASE
    from tests.ui.test_main_window import unlock_through_ui

    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    store = PlacementStore(journal.database)
    start = date(2025, 9, 1)
    placement = store.create(PlacementFields(institution="CPAS", starts_on=start, ends_on=start + timedelta(days=300),
                                             required_hours=900))
    for offset in range(250):
        store.log_hours(placement.uuid, start + timedelta(days=offset), 3)
    journal.save()
    journal.close()
    app_settings.last_journal = journal_path
    window = make_window()
    with qtbot.waitSignal(window.workspace.views_ready, timeout=10_000):
        unlock_through_ui(qtbot, window, PASSPHRASE)
    show_view(qtbot, window, 9)
    table = window.workspace.placement.days_table
    assert table.rowCount() == 250
    assert all(table.item(row, column) is not None for row in range(250) for column in range(3))
    assert [table.item(row, 0).data(DayRole) for row in (0, 249)] == [
        (start + timedelta(days=249)).isoformat(), start.isoformat()]  # the most recent first
    assert "750" in window.workspace.placement.total_label.text(), window.workspace.placement.total_label.text()
