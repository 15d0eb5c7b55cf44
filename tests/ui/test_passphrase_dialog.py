"""Journeys: *Change passphrase…* and *New recovery code…*, from the Journal menu opened by
its keys, typing in the fields and clicking; checked after locking and in a new window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app.core.errors import WrongPassphrase, WrongRecoveryCode
from journal_app.core.journal import Journal
from journal_app.ui.passphrase_dialog import KeyDialog
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code, unlock_through_ui

NEW_PASSPHRASE = "une toute nouvelle phrase de passe"


def _menu_item(qtbot, window, key: Qt.Key) -> KeyDialog:  # type: ignore[no-untyped-def]
    """Alt+J opens the Journal menu; the item's underlined letter opens the dialog."""
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), key)
    qtbot.waitUntil(lambda: window.findChild(KeyDialog) is not None and window.findChild(KeyDialog).isVisible())
    return window.findChild(KeyDialog)


def _new_code_shown(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    """The code as the recovery-code page shows it (groups spaced over two lines)."""
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_page, timeout=10_000)
    return "-".join(window.recovery_page.code_label.text().split())


def _continue_and_read_the_note(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    page = window.recovery_page
    qtbot.keyClick(page.confirm, Qt.Key.Key_Space)  # "I have written it down"
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None and window.findChild(QMessageBox).isVisible())
    box = window.findChild(QMessageBox)
    text = box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked() and not window.worker.is_busy())
    window.activateWindow()  # what the window manager does when the message closes (offscreen does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return text


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "journal.carnet"
    create_through_ui(qtbot, window, path)
    old_code = finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, "Avant le changement")
    return window, path, old_code


def test_change_passphrase_then_only_the_new_one_opens(qtbot, opened, make_window) -> None:  # type: ignore[no-untyped-def]
    window, path, old_code = opened
    dialog = _menu_item(qtbot, window, Qt.Key.Key_P)
    assert dialog.objectName() == "changePassphraseDialog"
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and not dialog.ok_button.isEnabled()  # re-encrypting, on the worker
    new_code = _new_code_shown(qtbot, window)
    assert new_code != old_code and len(new_code) == len(old_code)
    note = _continue_and_read_the_note(qtbot, window)
    assert "new passphrase" in note and "still open with the old passphrase" in note
    add_entries(qtbot, window, "Après le changement")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert not window.is_unlocked() and window.unlock_page.error.isVisible()
    assert "a backup can be tried" in window.unlock_page.error.text()
    unlock_through_ui(qtbot, window, NEW_PASSPHRASE)
    assert window.is_unlocked()
    window.close()
    qtbot.waitUntil(lambda: not window.worker.is_busy())

    again = make_window()  # a new window, as after restarting Carnet
    assert again.pages.currentWidget() is again.unlock_page
    unlock_through_ui(qtbot, again, NEW_PASSPHRASE)
    assert again.is_unlocked()
    qtbot.waitUntil(lambda: again.journal_page.model.rowCount() == 2)
    again.close()
    qtbot.waitUntil(lambda: not again.worker.is_busy())
    with pytest.raises(WrongRecoveryCode):
        Journal.reset_passphrase(path, old_code, "la phrase d'un intrus")


def test_new_recovery_code_makes_the_old_one_useless(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    window, path, old_code = opened
    dialog = _menu_item(qtbot, window, Qt.Key.Key_V)
    assert dialog.objectName() == "newRecoveryCodeDialog" and dialog.fields is None
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    new_code = _new_code_shown(qtbot, window)
    assert new_code != old_code
    _continue_and_read_the_note(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    unlock_through_ui(qtbot, window, PASSPHRASE)  # the passphrase stays
    assert window.is_unlocked()
    window.close()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    with pytest.raises(WrongRecoveryCode):
        Journal.reset_passphrase(path, old_code, "la phrase d'un intrus")
    journal, _change = Journal.reset_passphrase(path, new_code, "encore une autre phrase")
    assert [entry.title for entry in journal.entries.list()] == ["Avant le changement"]
    journal.close()


def test_a_wrong_current_passphrase_changes_nothing(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    window, path, _old_code = opened
    before = path.read_bytes()
    dialog = _menu_item(qtbot, window, Qt.Key.Key_P)
    qtbot.keyClicks(dialog.current, "pas la bonne phrase")
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not window.worker.is_busy())
    assert "does not open the journal" in dialog.error.text() and dialog.current.hasFocus()
    assert dialog.isVisible() and window.pages.currentWidget() is window.workspace
    assert path.read_bytes() == before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_window_refuses_a_weak_new_passphrase(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """The same rule as the command line (core/passphrase.py ``acceptable``)."""
    window, path, _old_code = opened
    before = path.read_bytes()
    dialog = _menu_item(qtbot, window, Qt.Key.Key_P)
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.first, "motdepasse")
    qtbot.keyClicks(dialog.fields.second, "motdepasse")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and not dialog.busy.isVisible()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert path.read_bytes() == before
    with pytest.raises(WrongPassphrase):
        Journal.open(path, "motdepasse", read_only=True)


def test_recovering_with_the_code_shows_a_new_one(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    window, path, old_code = opened
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    qtbot.mouseClick(window.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    page = window.recover_page
    qtbot.keyClicks(page.code, old_code)
    qtbot.keyClicks(page.passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(page.passphrase.second, NEW_PASSPHRASE)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    new_code = _new_code_shown(qtbot, window)
    assert new_code != old_code
    _continue_and_read_the_note(qtbot, window)
    assert window.is_unlocked()
    window.close()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    with pytest.raises(WrongRecoveryCode):
        Journal.reset_passphrase(path, old_code, "la phrase d'un intrus")
