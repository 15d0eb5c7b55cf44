"""Issue 6 and the backups, reached the way a worker reaches them: from the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from journal_app.core.backups import read_plan
from journal_app.core.checkins import CheckinStore
from journal_app.core.prompts import PromptEngine
from journal_app.ui.backups_dialog import BackupsDialog
from journal_app.ui.checkin_dialog import CheckinDialog, WhereToTurnDialog
from journal_app.ui.dashboard_view import DashboardView
from journal_app.ui.prompt_settings import PromptSettingsDialog
from journal_app.ui.weekly_review import WeeklyReviewView
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import create_through_ui, finish_recovery_code, unlock_through_ui


def _open_journal(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    qtbot.waitUntil(lambda: not window.worker.is_busy())


def _run(qtbot, window, work):  # type: ignore[no-untyped-def]
    results: list[object] = []
    window.worker.submit(work, results.append)
    qtbot.waitUntil(lambda: bool(results))
    return results[0]


def _lock_and_unlock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    unlock_through_ui(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.is_unlocked() and not window.worker.is_busy())


def test_a_due_check_in_is_offered_on_unlocking_and_not_now_waits_a_few_days(qtbot, window, tmp_path) -> None:
    from datetime import datetime, timedelta

    from journal_app.core.entries import EntryFields

    _open_journal(qtbot, window, tmp_path)
    assert not window.workspace.prompt_banner.isVisible() or "check-in" not in window.workspace.prompt_banner.text.text()
    # A journal written in for more than a week, never checked in: the invitation comes.
    _run(qtbot, window, lambda holder: holder.require().entries.add(EntryFields(
        title="Il y a dix jours", occurred_at=datetime.now().astimezone() - timedelta(days=10))))
    _lock_and_unlock(qtbot, window)
    banner = window.workspace.prompt_banner
    qtbot.waitUntil(banner.isVisible)
    assert "check-in" in banner.text.text()
    qtbot.mouseClick(banner.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "checkin_dialog", None), CheckinDialog)
                    and window.checkin_dialog.isVisible())
    window.checkin_dialog.reject()

    _lock_and_unlock(qtbot, window)
    qtbot.waitUntil(banner.isVisible)
    qtbot.mouseClick(banner.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert not _run(qtbot, window, lambda holder: CheckinStore(holder.require().database).invitation_due())

    _lock_and_unlock(qtbot, window)  # postponed: the question of the day may come, never the check-in
    assert "check-in" not in banner.text.text() or not banner.isVisible()


def test_how_am_i_doing_and_the_weekly_review_are_one_shortcut_away(qtbot, window, tmp_path) -> None:
    _open_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.workspace.views.currentWidget(), DashboardView)
    window.workspace.dashboard.checkin_requested.emit()
    qtbot.waitUntil(lambda: window.checkin_dialog.isVisible())
    window.checkin_dialog.reject()
    window.workspace.dashboard.help_requested.emit()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "where_to_turn_dialog", None), WhereToTurnDialog)
                    and window.where_to_turn_dialog.isVisible())
    window.where_to_turn_dialog.reject()

    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    review = window.workspace.views.currentWidget()
    assert isinstance(review, WeeklyReviewView)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    review.write_reflection.emit(None)  # "Write this week's reflection" on a blank page
    assert window.workspace.views.currentWidget() is window.journal_page
    assert window.journal_page.editor.isEnabled()


def test_question_and_check_in_settings_are_saved_in_the_journal(qtbot, window, tmp_path) -> None:
    _open_journal(qtbot, window, tmp_path)
    window.prompt_settings_action.trigger()
    dialog = window.prompt_settings_dialog
    assert isinstance(dialog, PromptSettingsDialog)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    dialog.checkins.every.setValue(21)
    dialog.page.no_entry_days.setValue(12)
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.accept()
    checkin_settings = _run(qtbot, window, lambda holder: CheckinStore(holder.require().database).settings())
    assert checkin_settings.every_days == 21
    prompt_settings = _run(qtbot, window, lambda holder: PromptEngine(holder.require().database, lambda: None).settings)
    assert prompt_settings.no_entry_days == 12


def test_backups_open_from_the_menu_and_back_up_to_the_chosen_folder(qtbot, window, tmp_path) -> None:
    _open_journal(qtbot, window, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    window.backups_action.trigger()
    dialog = window.backups_dialog
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    dialog.set_destination(usb)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    dialog.back_up_now()
    qtbot.waitUntil(lambda: any(usb.glob("*.carnet")), timeout=5_000)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    plan = _run(qtbot, window, lambda holder: read_plan(holder.require().database))
    assert plan.destination == usb and plan.last_backup_at is not None


def test_locking_closes_every_dialog_that_shows_journal_data(qtbot, window, tmp_path) -> None:
    _open_journal(qtbot, window, tmp_path)
    window.checkin_action.trigger()
    window.prompt_settings_action.trigger()
    qtbot.waitUntil(lambda: window.checkin_dialog.isVisible() and window.prompt_settings_dialog.isVisible())
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    window.lock()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    assert not [dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()]


def test_import_export_and_about_open_from_the_menus(qtbot, window, tmp_path) -> None:
    from journal_app.ui.about_dialog import AboutDialog
    from journal_app.ui.import_dialog import ExportDialog, ImportDialog

    window.about_action.trigger()  # available before any journal is open
    assert isinstance(window.about_dialog, AboutDialog) and window.about_dialog.isVisible()
    window.about_dialog.reject()
    assert not window.import_action.isEnabled() and not window.export_action.isEnabled()
    _open_journal(qtbot, window, tmp_path)
    window.import_action.trigger()
    assert isinstance(window.import_dialog, ImportDialog) and window.import_dialog.isVisible()
    window.import_dialog.reject()
    window.export_action.trigger()
    assert isinstance(window.export_dialog, ExportDialog) and window.export_dialog.isVisible()
    window.export_dialog.reject()


def test_an_entry_marked_for_supervision_is_on_the_agenda_one_shortcut_away(qtbot, window, tmp_path) -> None:
    from journal_app.core.entries import EntryFields
    from journal_app.ui.supervision_view import SupervisionView

    _open_journal(qtbot, window, tmp_path)
    _run(qtbot, window, lambda holder: holder.require().entries.add(
        EntryFields(title="Prêt d'argent à A.", body="Je lui ai prêté 20 euros.", for_supervision=True)))
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    view = window.workspace.views.currentWidget()
    assert isinstance(view, SupervisionView)
    qtbot.waitUntil(lambda: view.agenda.count() == 1)
    assert "Prêt d'argent" in view.agenda.item(0).data(Qt.ItemDataRole.DisplayRole)


def test_a_conflict_copy_from_a_sync_service_is_merged_on_unlocking(qtbot, window, tmp_path) -> None:
    import shutil

    from journal_app.core.entries import EntryFields
    from journal_app.core.journal import Journal

    _open_journal(qtbot, window, tmp_path)
    _run(qtbot, window, lambda holder: holder.require().entries.add(EntryFields(title="Écrit au bureau")))
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    journal_path = tmp_path / "j.carnet"
    copy = tmp_path / "j.sync-conflict-20261124-101530-ABCDEFG.carnet"
    shutil.copy2(journal_path, copy)
    other = Journal.open(copy, PASSPHRASE)  # the home computer writes in its copy
    other.entries.add(EntryFields(title="Écrit à la maison"))
    other.save()
    other.close()

    unlock_through_ui(qtbot, window, PASSPHRASE)
    banner = window.workspace.merge_banner
    qtbot.waitUntil(lambda: banner.isVisible() and not window.worker.is_busy())
    assert "1" in banner.text.text()
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 2)
    titles = {window.journal_page.model.record(row).title for row in range(2)}
    assert titles == {"Écrit au bureau", "Écrit à la maison"}
    assert not copy.exists() and list((tmp_path / "merged-conflicts").glob("*.carnet"))


def test_a_trainee_writes_a_reflection_for_an_objective_and_it_is_linked(qtbot, window, tmp_path) -> None:
    from datetime import date

    from journal_app.core.placement import PlacementFields, PlacementStore
    from journal_app.core.templates import builtin_templates
    from journal_app.ui.placement_view import PlacementView

    _open_journal(qtbot, window, tmp_path)

    def set_up(holder):  # type: ignore[no-untyped-def]
        store = PlacementStore(holder.require().database)
        placement = store.create(PlacementFields(institution="CPAS", starts_on=date(2026, 9, 1), required_hours=400))
        return store.add_objective(placement.uuid, "Mener un entretien d'accueil").uuid

    objective = _run(qtbot, window, set_up)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.workspace.views.currentWidget(), PlacementView)
    template = next(t for t in builtin_templates("en") if "reflective" in t.id)
    window.workspace.placement.write_reflection.emit(template, objective)
    qtbot.waitUntil(lambda: window.workspace.views.currentWidget() is window.journal_page
                    and window.journal_page.editor.title.text() == template.name)
    linked = _run(qtbot, window, lambda holder: PlacementStore(holder.require().database).entries_of(objective))
    assert [record.title for record in linked] == [template.name]


def test_a_copy_that_asks_for_its_own_passphrase_gets_a_password_field(qtbot, window, tmp_path) -> None:
    import shutil

    from PySide6.QtWidgets import QLineEdit

    from journal_app.core.entries import EntryFields
    from journal_app.core.journal import Journal

    _open_journal(qtbot, window, tmp_path)
    copy = tmp_path / "j (conflicted copy 2026-11-24 101530).carnet"
    shutil.copy2(tmp_path / "j.carnet", copy)
    other = Journal.open(copy, PASSPHRASE)
    other.entries.add(EntryFields(title="Sur l'autre ordinateur"))
    other.save()
    other.close()
    window.workspace.merge_banner.passphrase_requested.emit((copy,))
    dialog = window.copy_passphrase_dialog
    assert dialog.isVisible() and dialog.textEchoMode() == QLineEdit.EchoMode.Password
    dialog.setTextValue(PASSPHRASE)
    dialog.accept()
    qtbot.waitUntil(lambda: window.workspace.merge_banner.isVisible() and not window.worker.is_busy())
    assert not copy.exists()
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 1)
