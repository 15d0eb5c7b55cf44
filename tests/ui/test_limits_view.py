"""My limits through the real widgets: set one, see a crossing quietly, tick one by hand."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.limits import LimitStore
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.test_accessibility import activate
from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code, on_worker


def test_limits_are_set_crossings_shown_and_hand_checked_ones_ticked(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    yesterday_evening = (datetime.now() - timedelta(days=1)).replace(hour=21, minute=30, second=0, microsecond=0).astimezone()
    window.worker.submit(lambda h: h.require().entries.add(EntryFields(
        kind="contact", title="Appel tardif", channel="personal_phone", occurred_at=yesterday_evening)))
    add_entries(qtbot, window)
    window.workspace.show_view(4)
    view = window.workspace.limits
    assert window.workspace.views.currentWidget() is view

    view.add_button.click()
    dialog = view.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("no_contact_after"))
    assert dialog.hour.isVisible() and not dialog.count.isVisible()
    dialog.hour.setTime(QTime(20, 0))
    dialog.effective_from.setDate(dialog.effective_from.date().addDays(-30))
    dialog.accept()
    qtbot.waitUntil(lambda: view.list.count() == 1 and not window.worker.is_busy(), timeout=5_000)
    assert view.list.item(0).text().startswith("No contacts after")  # the hour in the locale's format
    assert view.history.rowCount() == 1 and view.history.columnCount() == 12
    # A long name is cut with "…" where the weeks begin (not clipped mid-letter), whole in its tooltip.
    header = view.history.verticalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight and header.maximumWidth() < view.width()
    # It measures with its own font what it draws: bold set on the sections alone was measured
    # regular, drawn bold, and clipped instead of elided.
    assert header.font().weight() >= QFont.Weight.DemiBold
    assert view.history.verticalHeaderItem(0).toolTip() == view.list.item(0).text()
    crossed = [view.history.item(0, c) for c in range(12) if view.history.item(0, c).toolTip().endswith("crossed")]
    assert len(crossed) == 1 and crossed[0].text() == "1"  # said in words, not only by the tint
    assert "No contacts after" in view.crossings.item(0).text()

    view.add_button.click()
    dialog = view.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("no_lending_money"))
    assert not dialog.hour.isVisible() and not dialog.count.isVisible()
    dialog.effective_from.setDate(dialog.effective_from.date().addDays(-30))
    dialog.accept()
    qtbot.waitUntil(lambda: view.list.count() == 2 and not window.worker.is_busy(), timeout=5_000)

    view.crossings.itemActivated.emit(view.crossings.item(0))  # opens the entry behind it
    page = window.journal_page
    qtbot.waitUntil(lambda: page.editor.title.text() == "Appel tardif" and page.editor.limits_label.text() != "",
                    timeout=5_000)
    assert "No contacts after" in page.editor.limits_label.text()
    assert page.editor.tick_button.isVisible()
    [tick] = page.editor.tick_menu.actions()
    tick.trigger()
    qtbot.waitUntil(lambda: "lending" in page.editor.limits_label.text(), timeout=5_000)
    uuid = page.editor.uuid
    crossings = on_worker(qtbot, window.worker,
                          lambda holder: LimitStore(holder.require().database).crossings_of_entry(uuid))
    assert {c.kind for c in crossings} == {"no_contact_after", "no_lending_money"}


def test_my_limits_opened_before_its_limits_came_shows_them_as_when_opened_later(qtbot, window,
                                                                                  tmp_path: Path) -> None:
    """Opened at once after unlocking, the page showed only "Add a limit…", which took the focus;
    its limits came just after and the focus stayed on the button. Opened later, the list has the
    focus and its first limit is chosen. Now the same, however the two met."""
    path = tmp_path / "j.carnet"
    journal, _code = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    LimitStore(journal.database).add("no_contact_after", hour=time(20, 0))
    LimitStore(journal.database).add("no_lending_money")
    journal.save()
    journal.close()
    window.show_unlock(path)
    activate(window)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.is_unlocked, timeout=10_000)
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.workspace.limits
    assert window.workspace.views.currentWidget() is view and view.list.isHidden()  # its limits not there yet
    qtbot.waitUntil(lambda: view.list.isVisible() and not window.worker.is_busy(), timeout=10_000)
    qtbot.wait(100)
    assert view.list.hasFocus() and view.list.currentRow() == 0
    assert view.change_button.isEnabled()  # the limit chosen can be changed at once
