"""A worker's first evening of writing (issue 14), lived through the real window and real input."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal_app.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code, unlock_through_ui


def open_new_journal(qtbot, window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "j.carnet"
    create_through_ui(qtbot, window, path)
    finish_recovery_code(qtbot, window)
    return path


def click_row(qtbot, page, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = page.list.visualRect(page.model.index(row))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def lock_and_unlock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    unlock_through_ui(qtbot, window, PASSPHRASE)


def bodies(path: Path) -> dict[str, str]:
    reader = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        return {entry.title: entry.body for entry in reader.entries.list()}
    finally:
        reader.close()


# ----- 0. autosave keeps the person in the entry they are writing


def test_typing_through_an_autosave_stays_in_the_same_entry(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    add_entries(qtbot, window, "Premier", "Deuxieme", "Troisieme", "Quatrieme")
    page = window.journal_page
    titles = [page.model.record(row).title for row in range(page.model.rowCount())]
    middle = titles[1]
    click_row(qtbot, page, 1)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.title.text() == middle)
    editor.body.setFocus()
    cursor = editor.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    qtbot.keyClicks(editor.body, " avant")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)  # the real autosave timer
    qtbot.keyClicks(editor.body, " pendant")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    qtbot.keyClicks(editor.body, " apres")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert editor.title.text() == middle
    assert page.model.record(page.list.currentIndex().row()).title == middle
    saved = bodies(path)
    assert saved[middle].endswith("avant pendant apres")
    assert all("avant" not in body and "apres" not in body for title, body in saved.items() if title != middle)
    lock_and_unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    click_row(qtbot, page, [page.model.record(r).title for r in range(4)].index(middle))
    qtbot.waitUntil(lambda: editor.title.text() == middle)
    assert editor.body.toPlainText().endswith("avant pendant apres")
