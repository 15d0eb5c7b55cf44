"""A view shown again shows what changed elsewhere meanwhile (issue 17): showing a view skips its
refresh when the journal is as it was when the view last asked for its data, and the views are
made ready ahead of need after unlocking. Neither may leave a view showing old data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from tests.ui.test_main_window import create_through_ui, finish_recovery_code


def persons_listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.workspace.persons.table_model
    return [model.item(row, 0).text() for row in range(model.rowCount())]


def show_view(qtbot, window, number: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.keySequence(window, QKeySequence(f"Ctrl+{number}"))
    qtbot.waitUntil(lambda: not window.worker.is_busy())


def test_a_person_written_in_an_entry_shows_in_people_already_shown_before(qtbot, window, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.workspace.views_ready, timeout=10_000):  # made ready ahead, one after another
        create_through_ui(qtbot, window, tmp_path / "j.carnet")
        finish_recovery_code(qtbot, window)
    show_view(qtbot, window, 3)
    assert persons_listed(window) == []
    show_view(qtbot, window, 1)
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, "Visite")
    qtbot.keyClicks(editor.persons, "Jeune 17")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
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
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, "Appel")
    qtbot.keyClicks(editor.persons, "Mme R.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    show_view(qtbot, window, 3)
    qtbot.waitUntil(lambda: persons_listed(window) == ["Mme R."], timeout=5_000)
