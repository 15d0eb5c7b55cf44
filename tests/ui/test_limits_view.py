"""My limits through the real widgets: set one, see a crossing quietly, tick one by hand."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTime

from journal_app.core.entries import EntryFields
from journal_app.core.limits import LimitStore
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
