"""The window's lifecycle through real input: locking leaves nothing behind and raises no false alarm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code, texts_shown


def visible_messages(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def press_ctrl(qtbot, window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_locking_with_a_search_typed_raises_no_disk_alarm(qtbot, window, tmp_path: Path) -> None:
    """Issue 14 item 3: a search left in the field made Ctrl+L say the disk was full."""
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, "Un", "Deux", "Trois")
    page = window.journal_page
    qtbot.keyClicks(page.search, "deu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    press_ctrl(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    qtbot.wait(400)  # longer than the search delay: a late search would have run by now
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert visible_messages(window) == []
    assert not window.unlock_page.error.isVisible()


def test_locking_right_after_typing_leaves_nothing_of_the_entry_on_screen(qtbot, window, tmp_path: Path) -> None:
    """The save started by Ctrl+L finishes after the window was emptied: its answer must not
    put the entry back into the (hidden) list, the count or the status line."""
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, "Un", "Deux")
    page = window.journal_page
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.title.text() != "" and not window.worker.is_busy())
    qtbot.keyClicks(page.editor.body, " Zebulon-apres")
    press_ctrl(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    qtbot.wait(100)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == ""
    assert window.save_status.text() == ""
    assert "Zebulon" not in texts_shown(window)
    assert window.worker.holder_for_tests.journal is None
