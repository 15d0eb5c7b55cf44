"""A failed save never loses text: closing, locking and auto-locking after a failed save,
through the real window and real key presses; a journal moved away while open.

The disk "fills" through vaultfile._write_all, the seam every save writes through."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton

from journal_app.core import vaultfile
from journal_app.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import create_through_ui, finish_recovery_code, unlock_through_ui

TEXT = "Ce que la mere a dit ce soir"


class Disk:
    """A disk that can fill up and be freed again."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        real = vaultfile._write_all

        def write_all(handle, data):  # type: ignore[no-untyped-def]
            if self.full:
                raise OSError(errno.ENOSPC, "No space left on device")
            real(handle, data)

        monkeypatch.setattr(vaultfile, "_write_all", write_all)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    return Disk(monkeypatch)


def press_ctrl(qtbot, window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()  # offscreen, closing a dialog does not give the window back its focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not window.worker.is_busy(), timeout=10_000)


def open_with_an_entry(qtbot, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    create_through_ui(qtbot, window, path)
    finish_recovery_code(qtbot, window)
    window.save_retry.delays_ms = [100]  # injected, as the idle timer is: no test waits a minute
    press_ctrl(qtbot, window, Qt.Key.Key_N)
    qtbot.keyClicks(window.journal_page.editor.title, "Soir")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)


def write_while_the_disk_is_full(qtbot, window, disk: Disk) -> None:  # type: ignore[no-untyped-def]
    disk.full = True
    qtbot.keyClicks(window.journal_page.editor.body, TEXT)
    qtbot.waitUntil(lambda: window.save_problem.isVisible(), timeout=5_000)


def question(window) -> QMessageBox | None:  # type: ignore[no-untyped-def]
    shown = [box for box in window.findChildren(QMessageBox, "unsavedQuestion") if box.isVisible()]
    return shown[0] if shown else None


def titles_and_bodies(path: Path) -> str:
    journal = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        return "\n".join(f"{r.title} {journal.entries.get(r.uuid).body}" for r in journal.entries.list())
    finally:
        journal.close()


def test_quitting_twice_after_a_failed_save_keeps_the_text(qtbot, window, tmp_path: Path, disk: Disk) -> None:
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    write_while_the_disk_is_full(qtbot, window, disk)
    assert "not saved yet" in window.save_problem.text()
    for _attempt in range(2):  # the person insists: Ctrl+Q, Enter (the default), Ctrl+Q again
        press_ctrl(qtbot, window, Qt.Key.Key_Q)
        qtbot.waitUntil(lambda: question(window) is not None, timeout=5_000)
        box = question(window)
        assert "1 entry written since" in box.text() and "not saved yet" in box.text()
        assert box.defaultButton() is box.escapeButton()  # the default keeps Carnet open
        qtbot.keyClick(box, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert window.isVisible()
    disk.full = False  # space freed: the retry saves on its own
    qtbot.waitUntil(lambda: not window.save_problem.isVisible(), timeout=5_000)
    assert TEXT in titles_and_bodies(path)
    press_ctrl(qtbot, window, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert question(window) is None


def test_auto_lock_after_a_failed_save_keeps_the_key_until_saved(qtbot, window, tmp_path: Path, disk: Disk) -> None:
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    write_while_the_disk_is_full(qtbot, window, disk)
    window.idle_lock.timer.setInterval(150)
    window.idle_lock.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=3_000)
    settle(qtbot, window)
    assert TEXT not in window.journal_page.editor.body.toPlainText()  # the screen is locked
    assert "not saved yet" in window.unlock_page.error.text()
    assert window.worker.holder_for_tests.journal is not None  # the changes, still in memory
    press_ctrl(qtbot, window, Qt.Key.Key_Q)  # closing, as the tester did
    qtbot.waitUntil(lambda: question(window) is not None, timeout=5_000)
    qtbot.keyClick(question(window), Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.isVisible()
    disk.full = False
    qtbot.waitUntil(lambda: window.worker.holder_for_tests.journal is None, timeout=5_000)  # saved, key forgotten
    assert TEXT in titles_and_bodies(path)
    press_ctrl(qtbot, window, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_ctrl_l_after_a_failed_save_asks_and_unlocking_gives_the_text_back(qtbot, window, tmp_path: Path,
                                                                          disk: Disk) -> None:
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    write_while_the_disk_is_full(qtbot, window, disk)
    press_ctrl(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: question(window) is not None, timeout=5_000)
    qtbot.keyClick(question(window), Qt.Key.Key_Return)  # the default: stay open
    settle(qtbot, window)
    assert window.is_unlocked()
    press_ctrl(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: question(window) is not None, timeout=5_000)
    lock_button = next(b for b in question(window).findChildren(QPushButton) if b.text() == "&Lock")
    qtbot.mouseClick(lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=3_000)
    settle(qtbot, window)
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert window.is_unlocked()
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: TEXT in page.editor.body.toPlainText())
    disk.full = False
    qtbot.waitUntil(lambda: not window.save_problem.isVisible(), timeout=5_000)
    assert TEXT in titles_and_bodies(path)


def test_a_journal_moved_away_while_open_can_be_saved_as_a_copy_elsewhere(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "usb" / "j.carnet"
    path.parent.mkdir()
    open_with_an_entry(qtbot, window, path)
    os.replace(path, tmp_path / "moved.carnet")  # the file goes away under Carnet
    qtbot.keyClicks(window.journal_page.editor.body, TEXT)
    qtbot.waitUntil(lambda: window.save_problem.isVisible(), timeout=5_000)
    assert "no longer where it was opened from" in window.save_problem.text()
    # Locking and unlocking again work on the journal kept in memory.
    press_ctrl(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: question(window) is not None, timeout=5_000)
    lock_button = next(b for b in question(window).findChildren(QPushButton) if b.text() == "&Lock")
    qtbot.mouseClick(lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=3_000)
    settle(qtbot, window)
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert window.is_unlocked(), window.unlock_page.error.text()
    # The way out: an encrypted copy in another folder (another disk, a USB key).
    elsewhere = tmp_path / "other-disk"
    elsewhere.mkdir()
    qtbot.mouseClick(window.save_problem.copy_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QFileDialog, "copyFolderDialog")
    qtbot.waitUntil(lambda: dialog.isVisible())
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    name_field.setText(str(elsewhere))
    qtbot.keyClick(name_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: list(elsewhere.glob("*.carnet")) != [], timeout=5_000)
    settle(qtbot, window)
    (copy,) = elsewhere.glob("*.carnet")
    assert TEXT in titles_and_bodies(copy)


def test_another_journal_cannot_push_out_the_unsaved_one(qtbot, window, tmp_path: Path, disk: Disk) -> None:
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    write_while_the_disk_is_full(qtbot, window, disk)
    window.idle_lock.timer.setInterval(150)
    window.idle_lock.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=3_000)
    settle(qtbot, window)
    for link in (window.unlock_page.other_button, window.unlock_page.create_button,
                 window.unlock_page.forgot_button):
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.unlock_page
        assert "not saved yet" in window.unlock_page.error.text()
    assert window.findChild(QFileDialog) is None or not window.findChild(QFileDialog).isVisible()
    disk.full = False
    qtbot.waitUntil(lambda: window.worker.holder_for_tests.journal is None, timeout=5_000)
    assert TEXT in titles_and_bodies(path)


def test_a_journal_moved_away_while_locked_is_said_plainly(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    press_ctrl(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=3_000)
    settle(qtbot, window)
    os.replace(path, tmp_path / "moved.carnet")
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert not window.is_unlocked()
    assert "not at this place any more" in window.unlock_page.error.text()
    os.replace(tmp_path / "moved.carnet", path)  # the USB key is back
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert window.is_unlocked()


def test_saved_is_never_shown_while_newer_text_waits_for_its_save(qtbot, window, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A save that ends while the person has typed more must not say "Saved": the newer text is
    not on disk yet (seen under load: "Saved", and the file without the last words)."""
    import threading

    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    writing, go_on = threading.Event(), threading.Event()
    real = vaultfile._write_all

    def write_all(handle, data):  # type: ignore[no-untyped-def]
        writing.set()
        go_on.wait(10)  # the first autosave's write waits here while the person types on
        real(handle, data)

    monkeypatch.setattr(vaultfile, "_write_all", write_all)
    body = window.journal_page.editor.body
    qtbot.keyClicks(body, "premier")
    qtbot.waitUntil(writing.is_set, timeout=5_000)
    qtbot.keyClicks(body, " second")
    go_on.set()
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    settle(qtbot, window)
    assert "premier second" in titles_and_bodies(path)


def test_the_agenda_kept_in_the_background_on_a_full_disk_is_said_and_saved_once_freed(qtbot, window, tmp_path: Path,
                                                                                        disk: Disk) -> None:
    """After a pause the views not shown fetch what changed; Supervision's agenda then takes in
    the entry just marked "for supervision" and saves. That background save meeting a full disk
    must be said as any save's failure is, and be made once the disk has room: the agenda item is
    there after reopening."""
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    window.workspace.fresh_ahead_timer.setInterval(300)  # injected: the pause before the views fetch, shortened
    editor = window.journal_page.editor
    for_supervision = editor.flag_boxes["for_supervision"]
    if not for_supervision.isVisible():
        qtbot.mouseClick(editor.summary, Qt.MouseButton.LeftButton)  # the details line opens them
    qtbot.waitUntil(for_supervision.isVisible)
    qtbot.mouseClick(for_supervision, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    disk.full = True  # the entry is saved; the agenda's own save, a moment later, is not

    qtbot.waitUntil(window.save_problem.isVisible, timeout=5_000)
    assert window.workspace.views.currentWidget() is window.journal_page  # the person never left the page

    disk.full = False
    qtbot.waitUntil(lambda: not window.save_problem.isVisible(), timeout=5_000)  # the retry (100 ms) saved it
    settle(qtbot, window)
    journal = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        from journal_app.core.supervision import SupervisionStore

        assert [item.title for item in SupervisionStore(journal.database).agenda()] == ["Soir"]
    finally:
        journal.close()
