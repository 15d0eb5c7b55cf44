"""Journey: a night shift typed in the working hours judges the contacts of the next morning."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from journal_app.core.entries import EntryFields
from journal_app.ui.schedule_dialog import ScheduleDialog
from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code


def _open_schedule(qtbot, window) -> ScheduleDialog:  # type: ignore[no-untyped-def]
    window.schedule_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "schedule_dialog", None), ScheduleDialog)
                    and shiboken6.isValid(window.schedule_dialog) and window.schedule_dialog.isVisible())
    return window.schedule_dialog


def test_typing_a_night_shift_judges_saturday_morning(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    for title, when in (("Nuit", datetime(2026, 11, 21, 3, 0)), ("Matin", datetime(2026, 11, 21, 7, 0))):
        window.worker.submit(lambda h, t=title, w=when.astimezone(): h.require().entries.add(
            EntryFields(title=t, kind="contact", occurred_at=w, off_hours=None)))
    add_entries(qtbot, window)
    dialog = _open_schedule(qtbot, window)
    for name in ("mon", "tue", "wed", "thu", "fri"):
        dialog.day_fields[name].selectAll()
        qtbot.keyClick(dialog.day_fields[name], Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.day_fields["fri"], "22:00-06:00")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "re-evaluated" in window.save_status.text(), timeout=5_000)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not window.worker.is_busy())
    flags = {page.model.record(r).title: page.model.record(r).off_hours for r in range(2)}
    assert flags == {"Nuit": False, "Matin": True}
    dialog = _open_schedule(qtbot, window)
    assert dialog.day_fields["fri"].text() == "22:00-06:00"
    assert dialog.day_fields["sat"].text() == ""
