"""Journey: Journal → Make my work visible… — a workload statement and a situation for an
analysis group, driven through the real window."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt

from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.schedule import ScheduleStore, parse_spec
from journal_app.ui.review_dialog import ExportReviewDialog
from journal_app.ui.visible_dialog import AnalysisGroupDialog, VisibleDialog
from tests.core.helpers import files_under, leaks
from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code

CANARY = "Zébulon-canari-7731"


def _alive(widget: object) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def _last_month_monday() -> date:
    first = (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)
    return first + timedelta(days=(7 - first.weekday()) % 7)


def _fill(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    monday = _last_month_monday()

    def work(holder) -> None:  # type: ignore[no-untyped-def]
        journal = holder.require()
        ScheduleStore(journal.database).set(parse_spec("mon=09:00-17:00;tue=09:00-17:00"), date(2000, 1, 1))
        for hour, channel in ((10, "office"), (21, "personal_phone"), (22, "personal_phone")):
            journal.entries.add(EntryFields(
                title=f"{CANARY} titre", body=f"Fatima Benali {CANARY}", kind="contact", channel=channel,
                occurred_at=datetime.combine(monday, datetime.min.time()).replace(hour=hour).astimezone(),
                duration_minutes=20, persons=(f"{CANARY}",), tags=(f"{CANARY}",)))
        entry = journal.entries.list()[0]
        dilemmas = DilemmaStore(journal.database, language="en")
        dilemma = dilemmas.create("Answering on Sunday", ["rule-or-humane-response"], entry.uuid)
        dilemmas.add_reflection(dilemma.uuid, "I felt alone with the request.")
        journal.save()

    window.worker.submit(work)
    add_entries(qtbot, window)


def _open(qtbot, window) -> VisibleDialog:  # type: ignore[no-untyped-def]
    window.visible_action.trigger()
    qtbot.waitUntil(lambda: _alive(getattr(window, "visible_dialog", None)) and window.visible_dialog.isVisible())
    dialog = window.visible_dialog
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    return dialog


def test_statement_preview_then_export_without_any_text(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    _fill(qtbot, window)
    dialog = _open(qtbot, window)
    assert dialog.period.currentData() == "last_month"
    assert not dialog.export_button.isEnabled()  # nothing leaves before a preview
    folder = tmp_path / "out"
    folder.mkdir()
    qtbot.keyClicks(dialog.folder, str(folder))
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)
    shown = dialog.preview.toPlainText()
    assert "Workload statement" in shown and CANARY not in shown and "Fatima" not in shown
    # Changing an option makes the preview stale: export waits for a new one.
    dialog.rounding.setFocus()
    qtbot.keyClick(dialog.rounding, Qt.Key.Key_Down)
    assert dialog.rounding.currentData() == "5"
    assert not dialog.export_button.isEnabled() and dialog.preview.toPlainText() == ""
    dialog.csv.click()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Statement saved" in window.save_status.text(), timeout=10_000)
    (written,) = folder.iterdir()
    assert written.suffix == ".csv"
    text = written.read_text(encoding="utf-8-sig")
    assert "Personal phone,0,0" in text  # rounded to the nearest 5
    assert leaks([CANARY, "Fatima"], files_under(folder)) == []


def test_analysis_group_is_prefilled_and_waits_for_every_finding(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    _fill(qtbot, window)
    dialog = _open(qtbot, window)
    qtbot.waitUntil(dialog.prepare_button.isEnabled, timeout=5_000)
    assert dialog.dilemma_choice.currentText() == "Dilemma: Answering on Sunday"
    qtbot.mouseClick(dialog.prepare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(dialog.analysis_dialog, AnalysisGroupDialog)
                    and dialog.analysis_dialog.isVisible(), timeout=5_000)
    account = dialog.analysis_dialog
    assert "Fatima Benali" in account.fields["situation"].toPlainText()
    assert "I felt alone" in account.fields["action"].toPlainText()
    qtbot.keyClicks(account.fields["helped"], "The team meeting")
    qtbot.mouseClick(account.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(account.review_dialog, ExportReviewDialog)
                    and account.review_dialog.isVisible(), timeout=5_000)
    review = account.review_dialog
    qtbot.waitUntil(lambda: not review._building and not window.worker.is_busy(), timeout=10_000)
    assert review.findings_list.count() >= 1 and not review.export_button.isEnabled()
    qtbot.mouseClick(review.replace_all_button, Qt.MouseButton.LeftButton)
    assert review.export_button.isEnabled()
    preview = review.preview.toPlainText()
    assert "Fatima" not in preview and "The team meeting" in preview
    review.markdown_choice.setChecked(True)
    destination = tmp_path / "account.md"
    review.set_destination(destination)
    with qtbot.waitSignal(review.exported, timeout=20_000):
        qtbot.mouseClick(review.export_button, Qt.MouseButton.LeftButton)
    text = destination.read_text(encoding="utf-8")
    assert "Fatima" not in text and "What helped" in text and "The team meeting" in text

    qtbot.mouseClick(account.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.save_status.text() == "Draft kept in the journal", timeout=5_000)


def test_analysis_group_from_the_entry_open_now(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.journal_page.new_entry()
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, "Visite du mardi")
    editor.body.insertPlainText("Le frigo était vide.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved" and not editor.is_draft, timeout=5_000)
    dialog = _open(qtbot, window)
    qtbot.waitUntil(dialog.prepare_button.isEnabled, timeout=5_000)
    assert dialog.dilemma_choice.currentText() == "The entry open now: Visite du mardi"
    qtbot.mouseClick(dialog.prepare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(dialog.analysis_dialog, AnalysisGroupDialog)
                    and dialog.analysis_dialog.isVisible(), timeout=5_000)
    assert dialog.analysis_dialog.fields["situation"].toPlainText() == "Le frigo était vide."
    assert dialog.analysis_dialog.title.text() == "Visite du mardi"


def test_a_folder_gone_after_the_preview_is_said_and_nothing_is_written(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    _fill(qtbot, window)
    dialog = _open(qtbot, window)
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)
    folder.rmdir()  # the stick was pulled out
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "does not exist" in dialog.error.text()
    assert not folder.exists()
    assert leaks([CANARY], files_under(tmp_path)) == []
    folder.mkdir()  # plugged back in: the same preview can be written
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Statement saved" in window.save_status.text(), timeout=20_000)
    (written,) = folder.iterdir()
    assert written.read_bytes().startswith(b"%PDF-")


def test_analysis_group_from_the_dilemma_page(qtbot, window, tmp_path: Path) -> None:
    """From a dilemma (issue 18): its page offers the analysis group, which opens with that
    dilemma chosen, ready to prepare."""
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    _fill(qtbot, window)

    def second(holder) -> None:  # type: ignore[no-untyped-def]
        journal = holder.require()
        entry = journal.entries.list()[0]
        DilemmaStore(journal.database, language="en").create("Lending money", ["personal-resources"], entry.uuid)
        journal.save()

    window.worker.submit(second)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.workspace.dilemmas
    tree = view.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    items = [tree.topLevelItem(g).child(c) for g in range(tree.topLevelItemCount())
             for c in range(tree.topLevelItem(g).childCount())]
    lending = next(item for item in items if "Lending money" in item.text(0))
    tree.scrollToItem(lending)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(lending).center())
    qtbot.waitUntil(lambda: view.page.isEnabled() and view.title.text() == "Lending money")
    view.page_scroll.ensureWidgetVisible(view.analysis_group_button)
    qtbot.mouseClick(view.analysis_group_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _alive(getattr(window, "visible_dialog", None)) and window.visible_dialog.isVisible())
    dialog = window.visible_dialog
    qtbot.waitUntil(dialog.prepare_button.isEnabled, timeout=5_000)
    assert dialog.dilemma_choice.currentText() == "Dilemma: Lending money"
