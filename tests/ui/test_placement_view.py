"""The placement portfolio through its real widgets: set up a placement, log hours by keyboard,
objectives pasted and linked to reflections, the self-evaluation, the export."""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTableWidget, QWidget

from journal_app.core.entries import EntryFields
from journal_app.core.placement import PlacementFields, PlacementRecord, PlacementStore
from journal_app.ui.placement_view import (
    DEFAULT_TEMPLATE,
    UuidRole,
    PlacementDialog,
    PlacementView,
    hours_text,
    progress_text,
    steady_pace_minutes,
)
from journal_app.ui.review_dialog import ExportReviewDialog
from journal_app.ui.worker import JournalHolder, JournalWorker
from tests.ui.test_main_window import on_worker

TODAY = date(2026, 3, 18)  # a Wednesday
AMO = PlacementFields("AMO du quartier", date(2026, 2, 23), date(2026, 5, 29), "tuteur", "superviseuse", 400)


@pytest.fixture
def worker(qtbot, app_settings, new_journal):  # type: ignore[no-untyped-def]
    journal_worker = JournalWorker()
    journal_worker.holder_for_tests.journal = new_journal
    yield journal_worker
    journal_worker.shutdown()
    gc.collect()


@pytest.fixture
def view(qtbot, worker: JournalWorker) -> PlacementView:  # type: ignore[no-untyped-def]
    widget = PlacementView(worker, today=lambda: TODAY)
    widget.language = "en"
    qtbot.addWidget(widget)
    widget.resize(880, 560)
    widget.show()
    return widget


def settled(qtbot, view: PlacementView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view._worker.is_busy(), timeout=5_000)


def refreshed(qtbot, view: PlacementView) -> PlacementView:  # type: ignore[no-untyped-def]
    view.refresh()
    qtbot.waitUntil(lambda: view._data is not None and not view._worker.is_busy(), timeout=5_000)
    return view


def store_of(holder: JournalHolder) -> PlacementStore:
    return PlacementStore(holder.require().database)


def with_placement(qtbot, view: PlacementView) -> str:  # type: ignore[no-untyped-def]
    placement = on_worker(qtbot, view._worker, lambda holder: store_of(holder).create(AMO))
    refreshed(qtbot, view)
    return placement.uuid


# ----- words and figures


def test_hours_and_progress_read_as_a_person_says_them(app_settings) -> None:  # type: ignore[no-untyped-def]
    assert (hours_text(450), hours_text(420), hours_text(5)) == ("7 h 30", "7 h", "0 h 05")
    assert progress_text(212 * 60, 400 * 60) == "212 h of 400 h — 53%"
    assert progress_text(90, 0) == "1 h 30 done (no required hours set)"


def test_the_steady_pace_runs_straight_from_the_first_day_to_the_last() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    record = PlacementRecord("u", "AMO", date(2026, 3, 1), date(2026, 3, 11), "", "", 100 * 60, "", now, now)
    assert steady_pace_minutes(record, date(2026, 2, 1)) == 0
    assert steady_pace_minutes(record, date(2026, 3, 6)) == 50 * 60
    assert steady_pace_minutes(record, date(2026, 4, 1)) == 100 * 60
    undated = PlacementRecord("u", "AMO", date(2026, 3, 1), None, "", "", 100 * 60, "", now, now)
    assert steady_pace_minutes(undated, date(2026, 3, 6)) is None


# ----- the placement and its hours


def test_a_placement_is_set_up_through_the_ui_and_hours_logged_by_keyboard(qtbot, view: PlacementView) -> None:
    refreshed(qtbot, view)
    assert view.pages.currentWidget() is view.empty_page
    assert "Not on placement" in " ".join(label.text() for label in view.empty_page.findChildren(type(view.details_label)))

    qtbot.mouseClick(view.setup_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, PlacementDialog) and dialog.isVisible()
    assert dialog.ends.value() is None and dialog.starts.value() == TODAY  # a new placement: from today, end not known
    dialog.accept()
    assert dialog.error.isVisible() and "institution" in dialog.error.text()
    qtbot.keyClicks(dialog.institution, "AMO du quartier")
    dialog.starts.edit.setDate(QDate(2026, 2, 23))
    dialog.ends.unknown.setChecked(False)
    dialog.ends.edit.setDate(QDate(2026, 2, 1))
    dialog.accept()
    assert "before the start" in dialog.error.text()
    dialog.ends.edit.setDate(QDate(2026, 5, 29))
    qtbot.keyClicks(dialog.tutor, "tuteur")
    qtbot.keyClicks(dialog.supervisor, "superviseuse")
    dialog.required.setValue(400)
    dialog.accept()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.main_page and not view._worker.is_busy(), timeout=5_000)
    [placement] = on_worker(qtbot, view._worker, lambda holder: store_of(holder).list())
    assert placement.fields() == AMO
    assert view.placement_box.currentText().startswith("AMO du quartier")
    assert "tutor: tuteur" in view.details_label.text() and "400 h required" in view.details_label.text()

    # Enter in the day goes on to the hours; Enter in the hours logs them.
    view.day_edit.setFocus()
    qtbot.keyClick(view.day_edit, Qt.Key.Key_Return)
    assert view.focusWidget() is view.hours_edit
    logged = [(date(2026, 2, 23), "7.5"), (date(2026, 2, 24), "7,5"), (date(2026, 2, 27), "7h30"),
              (date(2026, 3, 2), "6"), (date(2026, 3, 17), "4:15"), (date(2026, 3, 18), "8")]
    for count, (day, typed) in enumerate(logged, start=1):
        view.day_edit.setDate(QDate(day))
        qtbot.keyClicks(view.hours_edit, typed)
        if day == date(2026, 3, 2):
            qtbot.keyClicks(view.note_edit, "team day")
            qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda count=count: view.days_table.rowCount() == count and not view._worker.is_busy(),
                        timeout=5_000)
        assert view.hours_edit.text() == "" and not view.hours_error.isVisible()

    # Hours that cannot be read are said so, and nothing is logged.
    for typed, said in (("seven", "cannot be read"), ("25", "at most 24 hours")):
        qtbot.keyClicks(view.hours_edit, typed)
        qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
        assert view.hours_error.isVisible() and said in view.hours_error.text()
        view.hours_edit.clear()
    settled(qtbot, view)
    assert view.days_table.rowCount() == len(logged)

    days = on_worker(qtbot, view._worker, lambda holder: store_of(holder).hours(placement.uuid))
    assert [(d.day, d.minutes) for d in days] == [(date(2026, 2, 23), 450), (date(2026, 2, 24), 450),
                                                  (date(2026, 2, 27), 450), (date(2026, 3, 2), 360),
                                                  (date(2026, 3, 17), 255), (date(2026, 3, 18), 480)]
    assert days[3].note == "team day"
    assert view.days_table.item(0, 1).text() == "8 h" and view.days_table.item(1, 1).text() == "4 h 15"
    assert_totals_match_the_core(qtbot, view, placement.uuid)
    assert "February 2026: 22 h 30" in view.months_label.text()
    assert "March 2026: 18 h 15" in view.months_label.text()
    assert "This month: 18 h 15" in view.periods_label.text() and "this week: 12 h 15" in view.periods_label.text()

    # Logging a day again replaces it; a day's hours and note are edited in the table.
    view.day_edit.setDate(QDate(2026, 3, 18))
    assert "Already logged that day: 8 h" in view.day_hint.text()
    qtbot.keyClicks(view.hours_edit, "5")
    qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.days_table.item(0, 1).text() == "5 h", timeout=5_000)
    view.days_table.item(1, 1).setText("9h")
    qtbot.waitUntil(lambda: view.days_table.item(1, 1).text() == "9 h" and not view._worker.is_busy(), timeout=5_000)
    view.days_table.item(1, 1).setText("lots")
    assert view.hours_error.isVisible() and view.days_table.item(1, 1).text() == "9 h"
    view.days_table.item(2, 2).setText("visite à domicile")
    settled(qtbot, view)
    days = on_worker(qtbot, view._worker, lambda holder: store_of(holder).hours(placement.uuid))
    assert [(d.day, d.minutes, d.note) for d in days[-3:]] == [
        (date(2026, 3, 2), 360, "visite à domicile"), (date(2026, 3, 17), 540, ""), (date(2026, 3, 18), 300, "")]

    # Delete removes the chosen day.
    view.days_table.setCurrentCell(0, 0)
    view.days_table.setFocus()
    qtbot.keyClick(view.days_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.days_table.rowCount() == len(logged) - 1 and not view._worker.is_busy(), timeout=5_000)
    assert_totals_match_the_core(qtbot, view, placement.uuid)


def assert_totals_match_the_core(qtbot, view: PlacementView, uuid: str) -> None:  # type: ignore[no-untyped-def]
    totals = on_worker(qtbot, view._worker, lambda holder: store_of(holder).totals(uuid))
    assert view.total_label.text() == progress_text(totals.total_minutes, totals.required_minutes)
    points = view.chart_view.points()
    assert points[0] == (AMO.starts_on, 0.0) or points[0] == (totals.cumulative[0][0], totals.cumulative[0][1] / 60)
    assert [p for p in points if p[1]] == [(day, minutes / 60) for day, minutes in totals.cumulative]
    # The figures of the chart are said in words too.
    assert progress_text(totals.total_minutes, totals.required_minutes) in view.chart_view.accessibleDescription()


def test_the_chart_draws_the_required_total_and_the_steady_pace(qtbot, view: PlacementView) -> None:
    uuid = with_placement(qtbot, view)
    on_worker(qtbot, view._worker, lambda holder: store_of(holder).log_hours(uuid, date(2026, 3, 2), "7:30"))
    refreshed(qtbot, view)
    chart = view.chart_view
    assert [(p.y()) for p in chart.required_series.points()] == [400.0, 400.0]
    pace = [(p.x(), p.y()) for p in chart.pace_series.points()]
    assert pace[0][1] == 0.0 and pace[1][1] == 400.0
    assert chart.y_axis.max() >= 400
    assert "about 97 h by today" in view.pace_label.text()  # 23 of the 95 days: 400 h × 23 / 95
    assert chart.points() == [(date(2026, 2, 23), 0.0), (date(2026, 3, 2), 7.5)]  # rising from the first day


def test_a_placement_without_dates_or_required_hours_still_shows_its_hours(qtbot, view: PlacementView) -> None:
    placement = on_worker(qtbot, view._worker, lambda holder: store_of(holder).create(PlacementFields("Maison")))
    refreshed(qtbot, view)
    assert view.chart_view.points() == [] and "No hours logged yet" in view.months_label.text()
    assert "add the dates and the required hours" in view.details_label.text()
    on_worker(qtbot, view._worker, lambda holder: store_of(holder).log_hours(placement.uuid, date(2026, 3, 2), 6))
    refreshed(qtbot, view)
    assert view.total_label.text() == "6 h done (no required hours set)"
    assert view.chart_view.points() == [(date(2026, 3, 1), 0.0), (date(2026, 3, 2), 6.0)]
    assert view.chart_view.required_series.count() == 0 and view.chart_view.pace_series.count() == 0
    assert "steady pace" in view.pace_label.text()


def test_the_chart_follows_the_palette(qtbot, view: PlacementView) -> None:
    with_placement(qtbot, view)
    chart = view.chart_view
    assert chart.done_series.pen().color() == view.palette().color(QPalette.ColorRole.Highlight)
    assert not chart.hours_chart.isBackgroundVisible()  # drawn on its card
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#56b4e9"))
    chart.setPalette(dark)
    assert chart.done_series.pen().color() == QColor("#56b4e9")
    assert chart.required_series.pen().color() == QColor("#eeeeee")
    assert chart.required_series.pen().style() == Qt.PenStyle.DashLine  # not told by colour alone
    assert chart.x_axis.labelsBrush().color() == QColor("#eeeeee")


def test_several_placements_the_most_recent_first(qtbot, view: PlacementView) -> None:
    older = on_worker(qtbot, view._worker, lambda holder: store_of(holder).create(
        PlacementFields("CPAS", date(2025, 2, 1), date(2025, 4, 30), required_hours=150)))
    newer = with_placement(qtbot, view)
    assert view.placement_box.count() == 2 and view.placement_box.currentData() == newer
    view.placement_box.setCurrentIndex(1)
    view.placement_box.activated.emit(1)
    qtbot.waitUntil(lambda: view._data.placement.uuid == older.uuid and not view._worker.is_busy(), timeout=5_000)
    assert "150 h required" in view.details_label.text()

    # Details… changes the shown placement.
    qtbot.mouseClick(view.details_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.institution.text() == "CPAS" and dialog.delete_button.isVisible()
    dialog.required.setValue(160)
    dialog.accept()
    qtbot.waitUntil(lambda: "160 h required" in view.details_label.text() and not view._worker.is_busy(), timeout=5_000)

    # And deletes it, after asking.
    qtbot.mouseClick(view.details_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.dialog.delete_button, Qt.MouseButton.LeftButton)
    box = view.message
    assert box is not None and "CPAS" in box.text()
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.placement_box.count() == 1 and not view._worker.is_busy(), timeout=5_000)
    assert view.placement_box.currentData() == newer


# ----- objectives and reflections


def test_objectives_pasted_reordered_and_linked_to_reflections(qtbot, view: PlacementView) -> None:
    uuid = with_placement(qtbot, view)
    journal = view._worker.holder_for_tests.journal

    def add(title: str, day: int) -> str:
        return on_worker(qtbot, view._worker, lambda holder: holder.require().entries.add(EntryFields(
            title=title, body="…", occurred_at=datetime(2026, 3, day, 10, tzinfo=UTC))).uuid)

    alone, network = add("Premier entretien seul", 3), add("Réunion de réseau", 5)
    view.tabs.setCurrentIndex(1)

    qtbot.mouseClick(view.paste_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.text.setPlainText("1. Mener un entretien d'accueil\n- Travailler en réseau\n• Rédiger un rapport social;\n\n"
                             "2) Mener un entretien d'accueil")
    assert dialog.preview.count() == 3 and "3" in dialog.count.text()
    assert dialog.preview.item(1).text() == "2. Travailler en réseau"
    dialog.accept()
    qtbot.waitUntil(lambda: view.objective_list.count() == 3 and not view._worker.is_busy(), timeout=5_000)

    # Typed one by one, then moved up with Alt+Up.
    qtbot.keyClicks(view.new_objective, "Relier au code de deontologie")
    qtbot.keyClick(view.new_objective, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.objective_list.count() == 4 and not view._worker.is_busy(), timeout=5_000)
    assert view.objective_list.currentRow() == 3 and view.new_objective.text() == ""
    qtbot.keyClick(view.objective_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.objective_list.item(2).text().startswith("3. Relier") and not view._worker.is_busy(),
                    timeout=5_000)
    assert view.objective_list.currentRow() == 2
    objectives = on_worker(qtbot, view._worker, lambda holder: store_of(holder).objectives(uuid))
    assert [o.text for o in objectives] == ["Mener un entretien d'accueil", "Travailler en réseau",
                                            "Relier au code de deontologie", "Rédiger un rapport social"]

    # Link an entry, found by a search.
    view.objective_list.setCurrentRow(0)
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5_000)
    qtbot.keyClicks(dialog.search, "seul")
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and "Premier entretien seul" in dialog.list.item(0).text(),
                    timeout=5_000)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.linked_list.count() == 1 and not view._worker.is_busy(), timeout=5_000)
    assert "Premier entretien seul" in view.linked_list.item(0).text()
    assert "1 reflection" in view.objective_list.item(0).text()

    # Enter opens the entry.
    with qtbot.waitSignal(view.open_entry) as opened:
        view.linked_list.setCurrentRow(0)
        view.linked_list.itemActivated.emit(view.linked_list.item(0))
    assert opened.args == [alone]

    # Write a reflection for this objective: the four-question account unless chosen otherwise.
    assert view.template_box.currentData() == DEFAULT_TEMPLATE
    with qtbot.waitSignal(view.write_reflection) as asked:
        qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    template, objective_uuid = asked.args
    assert template.id == DEFAULT_TEMPLATE and objective_uuid == objectives[0].uuid
    view.link_entry(objective_uuid, network)  # what the window does once the new entry exists
    qtbot.waitUntil(lambda: view.linked_list.count() == 2 and not view._worker.is_busy(), timeout=5_000)

    # The link dialog shows what is already linked, not to be chosen again.
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5_000)
    assert all("already linked" in dialog.list.item(i).text() for i in range(2))
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.reject()

    # Unlink: the entry stays in the journal.
    view.linked_list.setCurrentRow(0)
    qtbot.mouseClick(view.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.linked_list.count() == 1 and not view._worker.is_busy(), timeout=5_000)
    assert view.linked_list.item(0).data(UuidRole) == network
    assert journal.entries.exists(alone)

    # Change an objective's words; remove one (after asking, since a reflection shows it).
    view.edit_current_objective()
    view.dialog.setTextValue("Mener un entretien d'accueil en autonomie")
    view.dialog.accept()
    qtbot.waitUntil(lambda: "en autonomie" in view.objective_list.item(0).text() and not view._worker.is_busy(),
                    timeout=5_000)
    view.remove_current_objective()
    box = view.message
    assert box is not None and box.isVisible()
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.objective_list.count() == 3 and not view._worker.is_busy(), timeout=5_000)
    assert view.objective_list.item(0).text().startswith("1. Travailler en réseau")
    assert journal.entries.exists(network)


def test_a_template_of_ones_own_can_be_chosen(qtbot, view: PlacementView) -> None:
    from journal_app.core.templates import builtin_templates

    with_placement(qtbot, view)
    on_worker(qtbot, view._worker, lambda holder: store_of(holder).add_objective(view._chosen, "Écouter"))
    refreshed(qtbot, view)
    gibbs = view.template_box.findData("gibbs")
    assert gibbs >= 0 and view.template_box.count() == len(builtin_templates("en"))
    view.template_box.setCurrentIndex(gibbs)
    with qtbot.waitSignal(view.write_reflection) as asked:
        view.write_button.click()
    assert asked.args[0].id == "gibbs"
    refreshed(qtbot, view)
    assert view.template_box.currentData() == "gibbs"  # a reload keeps the choice


# ----- self-evaluation, locking, export


def test_self_evaluation_is_saved_as_typed_and_clear_empties_everything(qtbot, view: PlacementView) -> None:
    uuid = with_placement(qtbot, view)
    on_worker(qtbot, view._worker, lambda holder: (store_of(holder).log_hours(uuid, date(2026, 3, 2), 7),
                                                   store_of(holder).add_objective(uuid, "Écouter")))
    refreshed(qtbot, view)
    view.tabs.setCurrentIndex(2)
    view.evaluation.setPlainText("J'ai appris à écouter avant de proposer.")
    assert view._save_timer.isActive()
    qtbot.waitUntil(lambda: not view._save_timer.isActive() and not view._worker.is_busy(), timeout=5_000)
    record = on_worker(qtbot, view._worker, lambda holder: store_of(holder).get(uuid))
    assert record.self_evaluation == "J'ai appris à écouter avant de proposer."
    assert view.evaluation_state.text() == "Saved"

    # Typed and left at once: leaving the page saves it.
    view.evaluation.setPlainText("Plus à l'aise en entretien.")
    view.hide()
    settled(qtbot, view)
    record = on_worker(qtbot, view._worker, lambda holder: store_of(holder).get(uuid))
    assert record.self_evaluation == "Plus à l'aise en entretien."
    view.show()

    refreshed(qtbot, view)
    view.clear()
    assert view.pages.currentWidget() is view.blank_page
    assert view.placement_box.count() == 0 and view.days_table.rowCount() == 0
    assert view.objective_list.count() == 0 and view.linked_list.count() == 0
    assert view.evaluation.toPlainText() == "" and view.chart_view.points() == []
    typed = [widget.text() for widget in view.findChildren(QLineEdit) if widget.objectName() != "qt_spinbox_lineedit"]
    assert typed == [""] * len(typed)
    shown = " ".join(label.text() for label in view.findChildren(type(view.total_label)))
    assert "AMO" not in shown and "7 h" not in shown


def test_every_control_has_an_accessible_name_or_a_label(qtbot, view: PlacementView) -> None:
    with_placement(qtbot, view)
    unnamed = []
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        for widget in view.findChildren(QWidget):
            if not isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QTableWidget)):
                continue
            if widget.isVisible() and not widget.accessibleName() and widget.objectName() != "qt_spinbox_lineedit":
                unnamed.append(widget.objectName() or type(widget).__name__)
    assert unnamed == []


def test_export_reviews_and_writes_the_portfolio(qtbot, view: PlacementView, tmp_path) -> None:  # type: ignore[no-untyped-def]
    uuid = with_placement(qtbot, view)

    def seed(holder: JournalHolder) -> None:
        store = store_of(holder)
        store.log_hours(uuid, date(2026, 3, 2), "7:30")
        objective = store.add_objective(uuid, "Mener un entretien d'accueil")
        entry = holder.require().entries.add(EntryFields(
            title="Premier entretien seul", body="Appel de Fatima Benali, GSM 0478 12 34 56.",
            occurred_at=datetime(2026, 3, 3, 10, tzinfo=UTC)))
        store.link_entry(objective.uuid, entry.uuid)
        store.set_self_evaluation(uuid, "Plus à l'aise en entretien.")

    on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    with qtbot.waitSignal(view.status) as said:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        dialog = view.dialog
        assert isinstance(dialog, ExportReviewDialog) and dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog._building and not view._worker.is_busy(), timeout=10_000)
        preview = dialog.preview.toPlainText()
        assert "AMO du quartier" in preview and "Premier entretien seul" in preview
        assert "Plus à l'aise en entretien." in preview and "7 h 30" in preview
        assert dialog.pending_count() > 0 and not dialog.export_button.isEnabled()  # the name and the phone
        dialog.coarsen.setChecked(True)  # the portfolio's dates become its months
        qtbot.waitUntil(lambda: not dialog._building and not view._worker.is_busy(), timeout=10_000)
        assert "February 2026" in dialog.preview.toPlainText() and "23 February" not in dialog.preview.toPlainText()
        dialog.replace_all()
        dialog.markdown_choice.setChecked(True)
        destination = tmp_path / "portfolio.md"
        dialog.set_destination(destination)
        with qtbot.waitSignal(dialog.exported, timeout=20_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Portfolio exported"]
    written = destination.read_text(encoding="utf-8")
    assert "AMO du quartier" in written and "Mener un entretien d'accueil" in written
    assert "Fatima Benali" not in written and "0478 12 34 56" not in written
    dialog.reject()


def test_in_french_every_tab_of_a_placement_fits_beside_the_navigation_at_1024(qtbot, worker) -> None:
    """Issue 16: the cards' breathing room must not push the page wider than a small laptop
    screen (the navigation takes about 200 pixels of its 1024)."""
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    assert translations.apply("fr")
    try:
        widget = PlacementView(worker, today=lambda: TODAY)
        qtbot.addWidget(widget)
        widget.show()
        on_worker(qtbot, worker, lambda holder: store_of(holder).create(AMO))
        refreshed(qtbot, widget)
        assert widget.pages.currentWidget() is widget.main_page
        for tab in range(widget.tabs.count()):
            widget.tabs.setCurrentIndex(tab)
            assert widget.minimumSizeHint().width() <= 1024 - 200, (tab, widget.minimumSizeHint())
    finally:
        translations.apply("en")
