"""Views read like pages: a title of their own and one sentence, then cards; an empty view says
so in one calm sentence beside the one thing to do. Driven through real input."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journal_app.core.entries import EntryFields
from journal_app.ui.components import PageHeader
from journal_app.ui.i18n import Translations
from tests.ui.test_accessibility import activate
from tests.ui.test_main_window import PASSPHRASE, create_through_ui, finish_recovery_code, unlock_through_ui

PAGES = ("calendar", "persons", "dilemmas", "limits")


def _header(view) -> PageHeader:  # type: ignore[no-untyped-def]
    header = view.findChild(PageHeader)
    assert header is not None, type(view).__name__
    return header


def test_each_page_has_a_title_of_its_own_and_a_sentence_in_every_language(qapp, app_settings) -> None:
    from journal_app.ui.main_window import MainWindow

    translations = Translations(QApplication.instance())
    try:
        for language in ("fr", "nl", "en"):
            assert translations.apply(language)
            window = MainWindow(app_settings)
            try:
                views = [window.workspace.views.widget(row) for row in range(window.workspace.views.count())]
                titles = [header.title.text() for view in views if (header := view.findChild(PageHeader))]
                assert len(titles) == len(set(titles)), (language, titles)  # no two screens share a title
                for name in PAGES:
                    header = _header(getattr(window.workspace, name))
                    assert header.title.text() and header.lede.text().endswith("."), (language, name)
                    assert header.lede.text().count(". ") == 0, (language, name)  # one sentence
            finally:
                window.worker.shutdown()
                window.deleteLater()
    finally:
        translations.apply("en")


def _open(qtbot, window, number: int):  # type: ignore[no-untyped-def]
    """Ctrl+number, as a person switches views."""
    activate(window)
    QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    qtbot.wait(50)  # an event loop: QTest.qWait would keep the GIL from the worker
    return window.workspace.views.currentWidget()


def test_an_empty_limits_page_offers_one_sentence_and_one_action(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    view = _open(qtbot, window, 5)
    assert view is window.workspace.limits
    assert view.empty_hint.isVisible() and view.add_button.isVisible()
    assert not any(widget.isVisible() for widget in (view.list, view.change_button, view.end_button,
                                                       view.history, view.crossings))

    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "dialog", None) is not None and view.dialog.isVisible())
    dialog = view.dialog
    dialog.kind.setFocus()
    while dialog.kind.currentData() != "no_lending_money":
        QTest.keyClick(dialog.kind, Qt.Key.Key_Down)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.list.count() == 1 and not window.worker.is_busy(), timeout=5_000)
    assert not view.empty_hint.isVisible()
    assert view.list.isVisible() and view.history.isVisible() and view.crossings.isVisible()


def test_the_people_page_says_who_appears_there_then_shows_the_person_chosen(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    view = _open(qtbot, window, 3)
    assert view is window.workspace.persons
    assert view.empty_hint.isVisible() and view.log_button.isVisible() and not view.table.isVisible()
    assert not view.detail.isVisible() and not view.choose_card.isVisible()

    qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)  # the one thing to do here
    qtbot.waitUntil(lambda: getattr(window, "quick_log_dialog", None) is not None
                    and window.quick_log_dialog.isVisible())
    quick = window.quick_log_dialog
    qtbot.keyClicks(quick.person, "Jeune 17")
    qtbot.keyClicks(quick.note, "Visite a domicile")
    qtbot.keyClick(quick.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.isVisible() and view.table_model.rowCount() == 1, timeout=5_000)
    assert window.workspace.views.currentWidget() is view  # still on the people page
    assert not view.empty_hint.isVisible() and not view.log_button.isVisible()
    assert view.choose_card.isVisible() and not view.detail.isVisible()  # until a person is chosen
    cell = view.table.visualRect(view.table_model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.waitUntil(lambda: view.detail.isVisible() and view.entries_model.rowCount() == 1)
    assert view.title.text() == "Jeune 17" and not view.choose_card.isVisible()

    window.lock()  # nothing of the person stays on screen once locked, nor after unlocking
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    assert view.title.text() == "" and not view.detail.isVisibleTo(view)
    # As a person finds People after unlocking, made ready ahead.
    with qtbot.waitSignal(window.workspace.views_ready, timeout=10_000):
        unlock_through_ui(qtbot, window, PASSPHRASE)
    assert window.journal_page.isVisible() and view.title.text() == ""
    _open(qtbot, window, 3)
    # The list takes the focus, and its first person, the most recent, is shown: read again, and
    # the same whether the list was filled before it took the focus or refilled just after.
    qtbot.waitUntil(lambda: view.detail.isVisible() and view.entries_model.rowCount() == 1)
    assert view.title.text() == "Jeune 17" and not view.choose_card.isVisible()


def test_a_calendar_period_without_entries_says_so_calmly(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    view = _open(qtbot, window, 2)
    assert view is window.workspace.calendar
    qtbot.waitUntil(lambda: view.period_label.text() != "")
    assert view.empty_hint.isVisible() and not view.list.isVisible()

    window.worker.submit(lambda holder: holder.require().entries.add(
        EntryFields(title="Permanence", occurred_at=datetime.now().astimezone())))
    view.calendar.setFocus()
    QTest.keyClick(view.calendar.focusWidget() or view.calendar, Qt.Key.Key_Right)  # another day: a refresh
    QTest.keyClick(view.calendar.focusWidget() or view.calendar, Qt.Key.Key_Left)  # and back to today
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not window.worker.is_busy(), timeout=5_000)
    qtbot.waitUntil(lambda: view.list.isVisible())
    assert not view.empty_hint.isVisible()


def test_an_empty_dilemmas_page_offers_to_open_one_then_shows_its_page(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    view = _open(qtbot, window, 4)
    assert view is window.workspace.dilemmas
    assert view.empty_hint.isVisible() and view.new_button.isVisible()
    assert not view.tree.isVisible() and not view.page_scroll.isVisible() and not view.choose_card.isVisible()

    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "dialog", None) is not None and view.dialog.isVisible())
    dialog = view.dialog
    qtbot.keyClicks(dialog.title, "Mon GSM personnel")  # QTest types ASCII only
    dialog.categories.item(0).setCheckState(Qt.CheckState.Checked)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.page_scroll.isVisible() and view.title.text() == "Mon GSM personnel",
                    timeout=5_000)
    assert view.tree.isVisible() and not view.empty_hint.isVisible() and not view.choose_card.isVisible()


def test_a_long_dilemma_title_wraps_without_hiding_its_age(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtGui import QFontMetrics

    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.resize(1024, 640)
    view = _open(qtbot, window, 4)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "dialog", None) is not None and view.dialog.isVisible())
    title = "Jusqu'ou adapter la regle du foyer pour Y. quand il rentre bien apres le couvre-feu du samedi"
    qtbot.keyClicks(view.dialog.title, title)
    view.dialog.categories.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(view.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.page_scroll.isVisible() and not window.worker.is_busy(), timeout=5_000)
    item = view.tree.topLevelItem(0).child(0)
    row = view.tree.visualItemRect(item)
    needed = QFontMetrics(view.tree.font()).boundingRect(
        0, 0, row.width() - 8, 0, Qt.TextFlag.TextWordWrap, item.text(0)).height()
    assert needed > 2 * QFontMetrics(view.tree.font()).height()  # the title does wrap here
    assert row.height() >= needed  # and its age, on the line under it, is still shown


def test_tab_from_the_navigation_reads_each_page_in_order(qtbot, window, tmp_path: Path) -> None:
    """The cards changed the layout, not the keyboard path: Tab enters a page at its top left
    and follows it as it reads."""
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.worker.submit(lambda holder: holder.require().entries.add(EntryFields(title="Appel", persons=("A.",))))
    expected = {
        2: ["markedCalendar", "filterPerson", "filterTag", "filterChannel", "filterKind"],
        3: ["personsTable"],
        4: ["newDilemma", "manageCategories"],
        5: ["addLimit"],
    }
    for number, names in expected.items():
        view = _open(qtbot, window, number)
        window.workspace.navigation.setFocus()
        met = []
        for _ in names:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            assert view.isAncestorOf(focus), (number, met)
            # The calendar's month grid stands for the calendar itself.
            met.append("markedCalendar" if focus.objectName() == "qt_calendar_calendarview" else focus.objectName())
        assert met == names
