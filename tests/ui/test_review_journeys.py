"""The weekly review and "How am I doing" in a young journal, lived through the window.

A journal is prepared on disk as a person would have left it; then the window is used only
through keys and clicks, and the checks read what is on screen.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.test_main_window import unlock_through_ui


def _journal_of_two_entries(path: Path) -> Journal:
    """A Sunday-evening call last week, a visit this week: two entries, no history yet."""
    journal, _code = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    monday = date.today() - timedelta(days=date.today().weekday())
    sunday_evening = datetime.combine(monday - timedelta(days=1), time(21, 30)).astimezone()
    journal.entries.add(EntryFields(title="Appel de Mme R.", kind="contact", channel="personal_phone",
                                    occurred_at=sunday_evening, off_hours=True, duration_minutes=20))
    journal.entries.add(EntryFields(title="Visite", kind="contact", channel="home_visit",
                                    occurred_at=datetime.combine(date.today(), time(0, 5)).astimezone(),
                                    duration_minutes=60))
    return journal


def _open(qtbot, make_window, app_settings, path: Path):  # type: ignore[no-untyped-def]
    app_settings.last_journal = path
    window = make_window()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert window.is_unlocked()
    return window


def _column(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_two_entries_make_no_usual_level_yet(qtbot, make_window, app_settings, journal_path: Path) -> None:
    journal = _journal_of_two_entries(journal_path)
    journal.save()
    journal.close()
    window = _open(qtbot, make_window, app_settings, journal_path)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    review = window.workspace.review
    qtbot.waitUntil(lambda: review.figures.rowCount() > 0)
    compared = _column(review.figures, 3)
    assert not any("usual" in text for text in compared), compared  # no "more/less than usual" yet
    assert set(_column(review.figures, 2)) == {"—"}
    assert "after 4 weeks of writing" in review.usual_note.text()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    dashboard = window.workspace.dashboard
    qtbot.waitUntil(lambda: dashboard.table.rowCount() > 0)
    assert "after 4 weeks of writing" in dashboard.usual_label.text()
    # The weeks before the journal existed are not zeros: nothing was written then.
    assert _column(dashboard.table, 2)[:-2] == ["—"] * (dashboard.table.rowCount() - 2)


def test_a_dilemma_to_bring_to_supervision_shows_in_the_review(qtbot, make_window, app_settings,
                                                              journal_path: Path) -> None:
    journal = _journal_of_two_entries(journal_path)
    store = DilemmaStore(journal.database, "en")
    dilemma = store.create("Give my personal number?", ["personal-resources"])
    store.set_status(dilemma.uuid, "to_supervision")
    journal.save()
    journal.close()
    window = _open(qtbot, make_window, app_settings, journal_path)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    review = window.workspace.review
    qtbot.waitUntil(lambda: review.supervision.count() > 0 and review.figures.rowCount() > 0)
    shown = [review.supervision.item(row).text() for row in range(review.supervision.count())]
    assert not any("Nothing" in text for text in shown), shown
    assert any("Give my personal number?" in text for text in shown)
    # Enter on it opens the dilemma.
    assert "personal number" in shown[0]  # what waits for supervision comes first
    review.supervision.setFocus()
    qtbot.keyClick(review.supervision, Qt.Key.Key_Home)
    qtbot.keyClick(review.supervision, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.views.currentWidget() is window.workspace.dilemmas)
