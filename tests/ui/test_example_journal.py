"""The example journal, lived through the window: reachable at any time, and whole inside.

Journeys: real clicks and keys on the widgets a person uses; the checks are what a person sees.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from journal_app.core.journal import Journal
from journal_app.ui.app import prepare_application
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.test_main_window import unlock_through_ui


def choose_from_menu(qtbot, window, menu_key: Qt.Key, item_key: Qt.Key,  # type: ignore[no-untyped-def]
                     confirm: bool = False) -> None:
    """Open a menu of the menu bar by its Alt key, then choose an item by its letter (with
    ``confirm``, a letter two items share: the first is highlighted, Return chooses it)."""
    back_to_the_window(qtbot, window)
    # Keys go where the focus is, as they do for a person.
    qtbot.keyClick(QApplication.focusWidget() or window, menu_key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    qtbot.keyClick(menu, item_key)
    if confirm:
        qtbot.keyClick(menu, Qt.Key.Key_Return)
    if QApplication.activePopupWidget() in (None, menu):  # not a submenu left open for the next key
        back_to_the_window(qtbot, window)


def back_to_the_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After a menu closes, the offscreen platform leaves no window active (a desktop gives
    the activation back): give it back, as the person's next key press would find it."""
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def wait_for_the_example(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.is_unlocked() and window.journal_page.model.rowCount() > 50
                    and not window.worker.is_busy(), timeout=30_000)


def test_the_example_opens_with_progress_and_a_new_entry_is_dated_now(qtbot, window) -> None:
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    progress = window.welcome.busy
    assert progress.isVisible() and "example" in progress.label.text()  # not three seconds of grey
    wait_for_the_example(qtbot, window)
    editor = window.journal_page.editor
    # What the form shows before anything is chosen: a new entry of today, nothing set.
    assert editor.occurred_at.value().date() == date.today()
    assert editor.duration.text() == "not set" and editor.weight.text() == "not set"
    qtbot.keyClicks(editor.title, "Une soiree calme")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    top = window.journal_page.model.record(0)
    assert top.title == "Une soiree calme" and top.occurred_at.date() == date.today()


def test_every_view_of_the_example_shows_something(qtbot, window) -> None:
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_for_the_example(qtbot, window)
    workspace = window.workspace
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.dilemmas.tree.topLevelItemCount() > 0)
    shown = [workspace.dilemmas.tree.topLevelItem(i).text(0) for i in range(workspace.dilemmas.tree.topLevelItemCount())]
    assert any("supervision" in text.lower() for text in shown)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.limits.list.count() == 2)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.supervision.agenda.count() >= 3)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    choose_from_menu(qtbot, window, Qt.Key.Key_J, Qt.Key.Key_W)  # Journal > Working hours…
    qtbot.waitUntil(lambda: getattr(window, "schedule_dialog", None) is not None
                    and window.schedule_dialog.isVisible())
    # The example's own hours (Wednesday afternoons off), not the preset offered to a new journal.
    assert window.schedule_dialog.day_fields["wed"].text() == "08:30-12:30"


def _existing_journal(journal_path: Path) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.close()


def test_the_example_can_be_opened_from_the_unlock_page(qtbot, make_window, app_settings, journal_path: Path) -> None:
    _existing_journal(journal_path)
    app_settings.last_journal = journal_path
    window = make_window()
    assert window.pages.currentWidget() is window.unlock_page
    qtbot.mouseClick(window.unlock_page.demo_button, Qt.MouseButton.LeftButton)
    wait_for_the_example(qtbot, window)
    assert window.settings.last_journal == journal_path  # the example is never remembered as "my journal"


def test_the_example_can_be_opened_from_the_help_menu_while_a_journal_is_open(
        qtbot, make_window, app_settings, journal_path: Path) -> None:
    _existing_journal(journal_path)
    app_settings.last_journal = journal_path
    window = make_window()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert window.is_unlocked() and window.journal_page.model.rowCount() == 0
    choose_from_menu(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_E)
    wait_for_the_example(qtbot, window)
    assert window.journal_page.model.rowCount() > 50


def test_in_french_at_1024_the_dilemmas_are_not_cut(qtbot, make_window, app_settings) -> None:
    app_settings.language = "fr"
    prepare_application(QApplication.instance(), app_settings)
    window = make_window()
    window.resize(1024, 640)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_for_the_example(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.workspace.dilemmas
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0)
    tree = view.tree
    dilemmas = [tree.topLevelItem(g).child(c) for g in range(tree.topLevelItemCount())
                for c in range(tree.topLevelItem(g).childCount())]
    assert len(dilemmas) == 3
    metrics = tree.fontMetrics()
    for item in dilemmas:
        shown = tree.visualItemRect(item)
        room = QRect(0, 0, tree.columnWidth(0) - tree.indentation() - 8, 10_000)  # the title's own column
        needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), item.text(0))
        assert needed.height() <= shown.height(), item.text(0)  # every line of it, none cut to "…"
    assert not any(re.search(r"(?<!\d)0 jour", item.text(0)) for item in dilemmas)
    # "À apporter en supervision" fits in the status box.
    waiting = next(item for item in dilemmas if "Prêter" in item.text(0))
    tree.setFocus()
    tree.setCurrentItem(waiting)
    qtbot.waitUntil(lambda: view.status_box.currentText() == "À apporter en supervision")
    assert view.status_box.width() >= view.status_box.sizeHint().width()
    assert view.title.cursorPosition() == 0


def test_in_french_the_emotional_weight_is_named_and_explained(qtbot, make_window, app_settings) -> None:
    app_settings.language = "fr"
    prepare_application(QApplication.instance(), app_settings)
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_for_the_example(qtbot, window)
    editor = window.journal_page.editor
    [label] = [label for label in editor.findChildren(QLabel) if label.buddy() is editor.weight]
    assert label.text().replace("&", "") == "Charge émotionnelle\u00a0:"
    assert "de 0 (pas du tout) à 10" in editor.weight.toolTip()
