"""The words an edit replaced leave the file when the person pauses, or locks (issue 17).

The editor's autosave leaves them in the encrypted search index so that "Saved" comes at once
(purging rewrites the whole index); a save when the person pauses, or locking, purges them.
Driven through the real window with key presses; what is checked is the file on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.core.helpers import decrypted_image
from tests.ui.test_nothing_lost_window import open_with_an_entry, settle

OLD = "fjordique"


def replace_the_body(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Write a body, let it be saved, then write another over it: an edit of a saved entry."""
    body = window.journal_page.editor.body
    qtbot.keyClicks(body, f"premier jet {OLD}")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    settle(qtbot, window)
    qtbot.keySequence(body, QKeySequence.StandardKey.SelectAll)
    qtbot.keyClicks(body, "second jet")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saving…", timeout=5_000)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    settle(qtbot, window)


def test_words_an_edit_replaced_leave_the_file_once_the_person_pauses(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    replace_the_body(qtbot, window)
    image = decrypted_image(path)
    assert b"second jet" in image
    assert OLD.encode() in image  # the autosave left them, in the encrypted search index
    window.journal_page.purge_timer.setInterval(200)  # injected: no test waits 20 s
    qtbot.keyClicks(window.journal_page.editor.body, ".")  # one more autosave starts the wait
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    qtbot.waitUntil(lambda: not window.worker.is_busy() and OLD.encode() not in decrypted_image(path),
                    timeout=10_000)
    assert b"second jet." in decrypted_image(path)


def test_words_an_edit_replaced_leave_the_file_when_the_journal_is_locked(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    replace_the_body(qtbot, window)
    assert OLD.encode() in decrypted_image(path)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    image = decrypted_image(path)
    assert OLD.encode() not in image and b"second jet" in image


def test_a_purge_that_fails_on_a_full_disk_loses_nothing_and_is_done_when_the_disk_has_room(
        qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_nothing_lost_window import Disk

    disk = Disk(monkeypatch)
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    replace_the_body(qtbot, window)
    window.journal_page.purge_timer.setInterval(1_500)
    qtbot.keyClicks(window.journal_page.editor.body, ".")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    disk.full = True  # when the pause's purge writes
    qtbot.waitUntil(lambda: window.save_problem.isVisible(), timeout=10_000)
    assert b"second jet." in decrypted_image(path)  # the autosave before it is on disk, whole
    disk.full = False  # the window tries the save again by itself
    qtbot.waitUntil(lambda: not window.save_problem.isVisible() and not window.worker.is_busy(), timeout=10_000)
    image = decrypted_image(path)
    assert OLD.encode() not in image and b"second jet." in image


def test_opening_a_view_that_saves_if_changed_leaves_the_purge_to_the_pause(qtbot, window, tmp_path: Path) -> None:
    """Supervision saves its agenda "if changed" when it opens. With a purge owed and nothing
    changed it must write nothing: a purge is a whole save (~0.5 s at 50,000 entries, while the
    view waits for its data) and a version in backups/ that differs from the last in nothing."""
    path = tmp_path / "j.carnet"
    open_with_an_entry(qtbot, window, path)
    replace_the_body(qtbot, window)
    written = path.read_bytes()
    backups = sorted((path.parent / "backups").iterdir()) if (path.parent / "backups").exists() else []
    qtbot.keySequence(window, QKeySequence("Ctrl+8"))
    qtbot.waitUntil(lambda: window.workspace.views.currentWidget() is window.workspace.supervision)
    settle(qtbot, window)
    assert path.read_bytes() == written
    assert (sorted((path.parent / "backups").iterdir()) if (path.parent / "backups").exists() else []) == backups
    assert OLD.encode() in decrypted_image(path)  # still owed: locking purges it
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    assert OLD.encode() not in decrypted_image(path)
