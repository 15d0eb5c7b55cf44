"""The backups dialog and the reminder banner, driven through their real widgets."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.core import backups
from journal_app.core.backups import BackupReminder, BackupResult, BackupSkipped
from journal_app.core.entries import EntryFields
from journal_app.core.errors import BackupFolderFull, BackupFolderUnavailable
from journal_app.core.journal import Journal, backups_of
from journal_app.ui.backups_dialog import BackupReminderBanner, BackupsDialog, scheduled_backup_text
from journal_app.ui.worker import JournalWorker
from tests.conftest import CHEAP_KDF, PASSPHRASE

MOMENT = datetime(2026, 11, 24, 22, 14, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def worker(qtbot, app_settings, journal_path: Path):  # type: ignore[no-untyped-def]
    """A worker holding an open journal with one saved entry, as after unlocking."""
    worker = JournalWorker()

    def create(holder) -> None:  # type: ignore[no-untyped-def]
        holder.journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
        holder.journal.entries.add(EntryFields(title="Avant la sauvegarde"))
        holder.journal.save()

    worker.submit(create)
    qtbot.waitUntil(lambda: not worker.is_busy())
    yield worker
    worker.shutdown()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "USB key" / "Carnet"
    folder.mkdir(parents=True)
    return folder


def journal_of(worker: JournalWorker) -> Journal:
    return worker.holder_for_tests.require()


def open_dialog(qtbot, worker: JournalWorker, **kwargs) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(worker, clock=lambda: MOMENT, **kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not worker.is_busy() and dialog.choose_button.isEnabled())
    return dialog


def rows(dialog: BackupsDialog) -> list[tuple[str, str]]:
    """(where, file name) of each row, as shown."""
    return [(dialog.list.topLevelItem(i).text(2), dialog.list.topLevelItem(i).text(3))
            for i in range(dialog.list.topLevelItemCount())]


def test_choose_a_folder_back_up_now_and_see_it_listed(qtbot, worker, usb: Path) -> None:
    dialog = open_dialog(qtbot, worker)
    assert not dialog.back_up_button.isEnabled()  # no folder yet
    assert dialog.status.text() == "No backup made yet."
    assert dialog.folder.placeholderText() and dialog.folder.text() == ""

    dialog.set_destination(usb)
    qtbot.waitUntil(lambda: dialog.back_up_button.isEnabled() and not worker.is_busy())
    assert dialog.back_up_button.isDefault()  # Enter backs up
    dialog.schedule.setCurrentIndex(dialog.schedule.findData("daily"))
    dialog.keep.setValue(3)
    dialog.reminder.setValue(21)
    qtbot.waitUntil(lambda: not worker.is_busy())
    plan = backups.read_plan(journal_of(worker).database)
    assert (plan.destination, plan.schedule, plan.keep, plan.reminder_days) == (usb, "daily", 3, 21)

    with qtbot.waitSignal(dialog.backed_up, timeout=10_000) as backed_up:
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
        assert dialog.busy.isVisible() and not dialog.back_up_button.isEnabled()
    result = backed_up.args[0]
    assert isinstance(result, BackupResult) and result.path.parent == usb and result.path.exists()
    assert not dialog.busy.isVisible()
    assert dialog.status.text().startswith("Backed up at ") and dialog.status.text().endswith(f" to {usb}")
    assert ("Backup folder", result.path.name) in rows(dialog)
    assert ("Beside the journal", backups_of(journal_of(worker).path)[0].name) in rows(dialog)

    dialog.close()  # the plan and the time of the backup are saved with the journal
    qtbot.waitUntil(lambda: not worker.is_busy())
    on_disk = Journal.open(journal_of(worker).path, PASSPHRASE, read_only=True)
    try:
        saved = backups.read_plan(on_disk.database)
    finally:
        on_disk.close()
    assert (saved.destination, saved.schedule, saved.last_backup_at) == (usb, "daily", MOMENT)


def test_restore_asks_first_then_replaces_and_keeps_the_journal_aside(qtbot, worker, usb: Path) -> None:
    journal = journal_of(worker)
    worker.submit(lambda holder: backups.change_plan(holder.require().database, destination=usb))
    worker.submit(lambda holder: backups.back_up(holder.require()))
    worker.submit(lambda holder: (holder.require().entries.add(EntryFields(title="Après la sauvegarde")),
                                  holder.require().save()))
    dialog = open_dialog(qtbot, worker)
    (backup,) = usb.iterdir()
    assert ("Backup folder", backup.name) in rows(dialog)
    assert not dialog.restore_button.isEnabled()
    dialog.select_backup(backup)
    assert dialog.restore_button.isEnabled()

    dialog.restore_button.click()  # returns at once: the question is not a blocking exec()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not worker.is_busy())
    assert sorted(r.title for r in journal.entries.list()) == ["Après la sauvegarde", "Avant la sauvegarde"]

    dialog.restore_button.click()
    box = dialog.confirm_box
    [restore] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        restore.click()
    aside = restored.args[0]
    journal = journal_of(worker)  # the same journal, still open, now holding the backup
    assert [r.title for r in journal.entries.list()] == ["Avant la sauvegarde"]
    assert aside == journal.path.with_name("journal.replaced-1.carnet")
    assert "journal.replaced-1.carnet" in dialog.status.text()
    assert ("Kept aside by a restore", aside.name) in rows(dialog)  # the restore can be undone from here
    reopened = Journal.open(aside, PASSPHRASE, read_only=True)
    assert reopened.entries.count() == 2
    reopened.close()


def test_a_folder_that_went_away_is_said_plainly_and_changes_nothing(qtbot, worker, usb: Path) -> None:
    dialog = open_dialog(qtbot, worker)
    dialog.set_destination(usb)
    qtbot.waitUntil(lambda: dialog.back_up_button.isEnabled() and not worker.is_busy())
    before = journal_of(worker).path.read_bytes()
    shutil.rmtree(usb.parent)  # the USB key is taken out
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not worker.is_busy())
    assert "not available" in dialog.error.text() and "has not been changed" in dialog.error.text()
    assert not dialog.busy.isVisible() and dialog.close_button.isEnabled()
    assert journal_of(worker).path.read_bytes() == before
    assert backups.read_plan(journal_of(worker).database).last_backup_at is None
    dialog.close()

    again = open_dialog(qtbot, worker)
    assert again.folder_hint.isVisible() and "not available" in again.folder_hint.text()
    assert {where for where, _name in rows(again)} == {"Beside the journal"}  # what is still within reach


def test_a_damaged_backup_is_refused_and_the_journal_kept(qtbot, worker, usb: Path) -> None:
    worker.submit(lambda holder: backups.change_plan(holder.require().database, destination=usb))
    worker.submit(lambda holder: backups.back_up(holder.require()))
    worker.submit(lambda holder: holder.require().save())  # so that nothing is left to save before a restore
    qtbot.waitUntil(lambda: not worker.is_busy())
    (backup,) = usb.iterdir()
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    before = journal_of(worker).path.read_bytes()

    dialog = open_dialog(qtbot, worker)
    dialog.select_backup(backup)
    dialog.restore_button.click()
    box = dialog.confirm_box
    [restore] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    restore.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not worker.is_busy())
    assert "damaged" in dialog.error.text() and "Nothing has been changed" in dialog.error.text()
    assert journal_of(worker).path.read_bytes() == before
    assert [r.title for r in journal_of(worker).entries.list()] == ["Avant la sauvegarde"]
    assert not [p for p in journal_of(worker).path.parent.iterdir() if "replaced" in p.name]


def test_back_up_at_once_from_the_reminder(qtbot, worker, usb: Path) -> None:
    worker.submit(lambda holder: backups.change_plan(holder.require().database, destination=usb))
    dialog = BackupsDialog(worker, back_up_at_once=True)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.backed_up, timeout=10_000) as backed_up:
        dialog.open()
    assert backed_up.args[0].path.parent == usb
    assert [backups.is_backup_name(p.name) for p in usb.iterdir()] == [True]


def test_the_dialog_cannot_be_closed_while_a_backup_is_written(qtbot, worker, usb: Path) -> None:
    dialog = open_dialog(qtbot, worker)
    dialog.set_destination(usb)
    qtbot.waitUntil(lambda: dialog.back_up_button.isEnabled() and not worker.is_busy())
    dialog.back_up_button.click()
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()  # the window's own close button
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not worker.is_busy())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_locking_closes_the_dialog_even_while_it_writes(qtbot, worker, usb: Path) -> None:
    """The main window rejects every open dialog when it locks; the backup already handed to
    the worker is finished first, its time kept by the lock's save."""
    dialog = open_dialog(qtbot, worker)
    dialog.set_destination(usb)
    qtbot.waitUntil(lambda: dialog.back_up_button.isEnabled() and not worker.is_busy())
    dialog.back_up_button.click()
    dialog.reject()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not worker.is_busy())
    assert [backups.is_backup_name(p.name) for p in usb.iterdir()] == [True]


def test_controls_have_names_and_labels(qtbot, worker) -> None:
    dialog = open_dialog(qtbot, worker)
    assert dialog.folder.accessibleName() == "Backup folder"
    assert dialog.list.accessibleName() == "Backups of this journal"
    assert dialog.focusWidget() is dialog.choose_button  # no folder yet: choosing one is the next step
    buddies = {label.buddy() for label in dialog.findChildren(type(dialog.status)) if label.buddy() is not None}
    assert {dialog.choose_button, dialog.schedule, dialog.keep, dialog.reminder} <= buddies
    assert dialog.reminder.specialValueText() == "Never"


# ----- the reminder banner and the status line of scheduled backups


def test_reminder_banner(qtbot) -> None:
    banner = BackupReminderBanner()
    qtbot.addWidget(banner)
    banner.show_reminder(None)
    assert banner.isHidden()
    banner.show_reminder(BackupReminder(days=23, never=False, has_folder=True))
    assert not banner.isHidden()
    assert banner.text.text() == "Your last backup is 23 days old. Back up now?"
    assert banner.back_up_button.text() == "&Back up now"
    with qtbot.waitSignal(banner.backup_requested) as requested:
        banner.back_up_button.click()
    assert requested.args == [True] and banner.isHidden()

    banner.show_reminder(BackupReminder(days=40, never=True, has_folder=False))
    assert "no backup yet" in banner.text.text()
    assert banner.back_up_button.text() == "&Choose a backup folder…"
    with qtbot.waitSignal(banner.snoozed):
        banner.later_button.click()
    assert banner.isHidden()


def test_scheduled_backup_status_text(tmp_path: Path, app_settings) -> None:  # type: ignore[no-untyped-def]
    assert scheduled_backup_text(None) == ""
    done = BackupResult(path=tmp_path / "journal-backup-000001.carnet", at=MOMENT, pruned=())
    assert scheduled_backup_text(done) == f"Backed up to {tmp_path}"
    missing = BackupSkipped(BackupFolderUnavailable("gone"))
    assert scheduled_backup_text(missing) == "Scheduled backup not made: the backup folder is not available"
    assert "disk holding the backup folder is full" in scheduled_backup_text(BackupSkipped(BackupFolderFull("full")))


def test_restoring_names_the_versions_date_in_words(qtbot, worker, usb: Path) -> None:
    """"The backup made yesterday at 10:40 PM": the date of the version, from its file."""
    import os

    from journal_app.ui.backups_dialog import in_words

    worker.submit(lambda holder: holder.require().save())
    qtbot.waitUntil(lambda: not worker.is_busy())
    versions = backups_of(journal_of(worker).path)
    yesterday = MOMENT - timedelta(days=1, minutes=34)
    last_week = MOMENT - timedelta(days=8)
    for version, moment in zip(versions, (yesterday, last_week), strict=False):
        os.utime(version, (moment.timestamp(), moment.timestamp()))
    dialog = open_dialog(qtbot, worker)
    for version, moment in zip(versions, (yesterday, last_week), strict=False):
        dialog.select_backup(version)
        dialog.restore_button.click()
        box = dialog.confirm_box
        assert box is not None
        assert f"the backup made {in_words(moment, MOMENT)}." in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: dialog.confirm_box is None or not dialog.confirm_box.isVisible())
    assert in_words(yesterday, MOMENT).startswith("yesterday at ")
    assert in_words(MOMENT - timedelta(minutes=5), MOMENT).startswith("today at ")
    assert in_words(last_week, MOMENT).startswith("on ") and "2026" in in_words(last_week, MOMENT)
