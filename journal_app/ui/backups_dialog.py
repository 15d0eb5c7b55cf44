"""Backups: the folder, the schedule, "Back up now", the list of backups and restoring one;
and the calm reminder banner shown on unlocking when the last backup is old.

Everything runs on the journal's worker (``journal_app.core.backups``); the plan lives inside
the encrypted journal, so nothing here touches QSettings. A restore replaces the journal in
place while it stays open (decrypted with the key in memory: the passphrase stays the same),
then ``restored`` tells the main window to reload its views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import backups
from journal_app.core.backups import BackupInfo, BackupPlan, BackupReminder, BackupResult, BackupSkipped
from journal_app.core.errors import Cancelled, JournalError
from journal_app.ui.file_dialogs import file_dialog
from journal_app.ui.messages import error_text
from journal_app.ui.prompt_banner import Banner
from journal_app.ui.widgets import BusyLine, WaitsWhileBusy, error_label, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker, WorkProgress

# Literal calls, so pyside6-lupdate can extract every string.
translate = QCoreApplication.translate


def _local_now() -> datetime:
    return datetime.now().astimezone()


def backup_error_text(error: JournalError) -> str:
    """What went wrong with a backup or a restore: a damaged file here is the backup, not the journal."""
    code = getattr(error, "code", "")
    if code in ("damaged", "newer-format"):
        return translate("Backups", "This backup is damaged or cannot be read, so it was not restored. Nothing has "
                                    "been changed: choose another backup.")
    return error_text(error)


def scheduled_backup_text(outcome: BackupResult | BackupSkipped | None) -> str:
    """A line for the status bar after a scheduled backup ("" when none was due)."""
    if outcome is None:
        return ""
    if isinstance(outcome, BackupResult):
        return translate("Backups", "Backed up to %1").replace("%1", str(outcome.folder))
    if outcome.error.code == "backup-folder-unavailable":
        return translate("Backups", "Scheduled backup not made: the backup folder is not available")
    return translate("Backups", "Scheduled backup not made: %1").replace("%1", backup_error_text(outcome.error))


def _when(moment: datetime) -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), QLocale.FormatType.ShortFormat)


def in_words(moment: datetime, now: datetime) -> str:
    """When a version was saved, as a person says it: "today at 21:40", "yesterday at 21:40",
    "on Tuesday 24 November 2026 at 21:40"."""
    local = moment.astimezone(now.tzinfo)
    locale = QLocale()
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    days = (now.date() - local.date()).days
    if days == 0:
        return translate("Backups", "today at %1").replace("%1", time_text)
    if days == 1:
        return translate("Backups", "yesterday at %1").replace("%1", time_text)
    date_text = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    return translate("Backups", "on %1 at %2").replace("%1", date_text).replace("%2", time_text)


def _place(place: str) -> str:
    names = {
        "folder": translate("Backups", "Backup folder"),
        "beside": translate("Backups", "Beside the journal"),
        "replaced": translate("Backups", "Kept aside by a restore"),
    }
    return names.get(place, place)


@dataclass(frozen=True)
class _State:
    """What the dialog shows, read on the worker."""

    plan: BackupPlan
    backups: list[BackupInfo]
    folder_available: bool
    same_disk: bool


def _read_state(holder: JournalHolder) -> _State:
    journal = holder.require()
    plan = backups.read_plan(journal.database)
    folder = plan.destination
    available = folder is not None and folder.is_dir()
    return _State(
        plan=plan,
        backups=backups.list_backups(journal.path, journal.journal_id, folder),
        folder_available=available,
        same_disk=available and folder is not None and backups.on_same_disk(folder, journal.path),
    )


class BackupsDialog(WaitsWhileBusy, QDialog):
    """Open with ``open()``. Changes to the plan are kept in the journal at once and saved
    when the dialog closes. ``restored(Path)`` (the file kept aside) follows a restore: the
    main window reloads what it shows."""

    restored = Signal(object)
    backed_up = Signal(object)  # BackupResult

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = _local_now, back_up_at_once: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.worker = worker
        self._clock = clock
        self._back_up_when_loaded = back_up_at_once
        self._plan = BackupPlan()
        self._loading = True
        self._first_load = True
        self.confirm_box: QMessageBox | None = None
        self.folder_dialog: QFileDialog | None = None

        intro = paragraph(self.tr(
            "A backup is an encrypted copy of your journal in a folder you choose: a USB key, or a folder your "
            "computer synchronises. It opens with the passphrase you had when it was made."))

        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen yet"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.folder_hint = paragraph()
        self.folder_hint.setObjectName("backupFolderHint")
        self.folder_hint.setProperty("role", "hint")
        self.folder_hint.hide()
        folder_line = QHBoxLayout()
        folder_line.addWidget(self.folder, 1)
        folder_line.addWidget(self.choose_button)
        folder_row = QVBoxLayout()
        folder_row.addLayout(folder_line)
        folder_row.addWidget(self.folder_hint)

        self.schedule = QComboBox()
        self.schedule.setObjectName("backupSchedule")
        self.schedule.addItem(self.tr("Only when I ask"), "off")
        self.schedule.addItem(self.tr("Once a day"), "daily")
        self.schedule.addItem(self.tr("Once a week"), "weekly")
        self.schedule.setToolTip(self.tr("Scheduled backups are made when you open, save or lock the journal, "
                                         "if the folder is available."))
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, backups.MAX_KEEP)
        self.keep.setValue(backups.DEFAULT_KEEP)
        keep_hint = paragraph(self.tr("Older ones are deleted. No other file in the folder is ever touched."))
        keep_hint.setProperty("role", "hint")
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(keep_hint, 1)
        self.reminder = QSpinBox()
        self.reminder.setObjectName("backupReminderDays")
        self.reminder.setRange(0, backups.MAX_REMINDER_DAYS)
        self.reminder.setValue(backups.DEFAULT_REMINDER_DAYS)
        self.reminder.setSpecialValueText(self.tr("Never"))
        self.reminder.setSuffix(self.tr(" days"))
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder)
        reminder_row.addStretch(1)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, row in ((self.tr("Backup &folder:"), self.choose_button, folder_row),
                                 (self.tr("&Automatic backup:"), self.schedule, self.schedule),
                                 (self.tr("Backups to &keep:"), self.keep, keep_row),
                                 (self.tr("Re&mind me after:"), self.reminder, reminder_row)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, row)

        self.back_up_button = QPushButton(self.tr("Back &up now"))
        self.back_up_button.setObjectName("backUpNow")
        self.status = paragraph()
        self.status.setObjectName("backupStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        action_row = QHBoxLayout()
        action_row.addWidget(self.back_up_button, 0, Qt.AlignmentFlag.AlignTop)
        action_row.addWidget(self.status, 1)
        self.busy = BusyLine()
        self.stop_button = QPushButton(self.tr("&Stop the restore"))
        self.stop_button.setObjectName("stopRestore")
        self.stop_button.hide()
        self._progress: WorkProgress | None = None  # the restore under way, which the stop button cancels
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignBottom)

        list_box = QGroupBox(self.tr("Backups of this journal"))
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups of this journal"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Made on"), self.tr("Size"), self.tr("Where"), self.tr("File")])
        self.list.header().setStretchLastSection(True)
        self.empty_list = paragraph(self.tr("No backup yet."))
        self.empty_list.setProperty("role", "hint")
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setEnabled(False)
        restore_hint = paragraph(self.tr("Your journal as it is now is kept beside it, so a restore can be undone."))
        restore_hint.setProperty("role", "hint")
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        restore_row.addWidget(restore_hint, 1)
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.empty_list)
        list_layout.addLayout(restore_row)

        self.error = error_label("backupError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(action_row)
        layout.addLayout(busy_row)
        layout.addWidget(list_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.choose_button.clicked.connect(self._on_choose_folder)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.schedule.currentIndexChanged.connect(self._on_plan_edited)
        self.keep.valueChanged.connect(self._on_plan_edited)
        self.reminder.valueChanged.connect(self._on_plan_edited)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item, _column: self._on_restore_clicked())
        self.finished.connect(self._on_finished)

        self.back_up_button.setDefault(True)
        self.resize(opening_size(self, 780, 600))
        self._set_enabled(False)
        self._submit(_read_state, self._on_loaded, self._show_error)

    # ----- the plan

    def set_destination(self, folder: Path | str) -> None:
        """Use this folder for backups (what the folder chooser calls)."""
        folder = Path(folder)
        self.folder.setText(str(folder))
        self.error.hide()
        self._first_load = True  # then focus "Back up now": the next step

        def work(holder: JournalHolder) -> _State:
            backups.change_plan(holder.require().database, destination=folder)
            return _read_state(holder)

        self._submit(work, self._on_loaded, self._show_error)

    def _on_choose_folder(self) -> None:
        dialog = file_dialog(self, self.tr("Choose a folder for backups"), worker=self.worker,
                             start=self.folder.text() or None)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda name: name and self.set_destination(Path(name)))
        self.folder_dialog = dialog
        dialog.open()

    def _on_plan_edited(self) -> None:
        if self._loading:
            return
        schedule, keep, reminder_days = self.schedule.currentData(), self.keep.value(), self.reminder.value()

        def work(holder: JournalHolder) -> BackupPlan:
            return backups.change_plan(holder.require().database, schedule=schedule, keep=keep,
                                       reminder_days=reminder_days)

        def done(plan: BackupPlan) -> None:
            self._plan = plan

        self._submit(work, done, self._show_error)

    def _on_loaded(self, state: _State) -> None:
        self._plan = plan = state.plan
        self._loading = True
        self.folder.setText(str(plan.destination) if plan.destination is not None else "")
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(plan.schedule)))
        self.keep.setValue(plan.keep)
        self.reminder.setValue(plan.reminder_days)
        self._loading = False
        if plan.destination is not None and not state.folder_available:
            self._show_hint(self.tr("This folder is not available right now. If it is on a USB key, plug it in "
                                    "and open this window again."))
        elif state.same_disk:
            self._show_hint(self.tr("This folder is on the same disk as your journal: if the computer is lost or "
                                    "the disk fails, the backups go with it. A USB key or a synchronised folder "
                                    "is safer."))
        else:
            self.folder_hint.hide()
        if not self.busy.isVisible():
            self.status.setText(self._last_backup_text(plan))
        self._fill_list(state.backups)
        self._set_enabled(True)
        if self._first_load:  # focus the next step: choosing a folder, or backing up
            self._first_load = False
            (self.back_up_button if plan.destination is not None else self.choose_button).setFocus()
        if self._back_up_when_loaded:
            self._back_up_when_loaded = False
            if self.back_up_button.isEnabled():
                self.back_up_now()

    def _show_hint(self, text: str) -> None:
        self.folder_hint.setText(text)
        self.folder_hint.show()

    def _last_backup_text(self, plan: BackupPlan) -> str:
        if plan.last_backup_at is None:
            return self.tr("No backup made yet.")
        return self.tr("Last backup: %1").replace("%1", _when(plan.last_backup_at))

    # ----- the list

    def _fill_list(self, found: list[BackupInfo]) -> None:
        self.list.clear()
        locale = QLocale()
        for info in found:
            item = QTreeWidgetItem([_when(info.modified), locale.formattedDataSize(info.size), _place(info.place),
                                    info.path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setData(1, Qt.ItemDataRole.UserRole, info.modified)
            item.setToolTip(3, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        spacing = self.list.fontMetrics().averageCharWidth() * 3  # columns that do not touch
        for column in range(self.list.columnCount() - 1):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, self.list.columnWidth(column) + spacing)
        self.list.setVisible(bool(found))
        self.empty_list.setVisible(not found)
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def select_backup(self, path: Path) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if Path(item.data(0, Qt.ItemDataRole.UserRole)) == path:
                self.list.setCurrentItem(item)
                return
        raise LookupError(path)

    # ----- backing up

    def back_up_now(self) -> None:
        if self.busy.isVisible():
            return
        self.error.hide()
        self._start_busy(self.tr("Writing an encrypted backup…"))
        clock = self._clock

        def work(holder: JournalHolder) -> tuple[BackupResult, _State]:
            result = backups.back_up(holder.require(), now=clock())
            return result, _read_state(holder)

        def done(outcome: tuple[BackupResult, _State]) -> None:
            result, state = outcome
            self._stop_busy()
            self._on_loaded(state)
            text = self.tr("Backed up at %1 to %2").replace("%1", QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(result.at.timestamp())).time(), QLocale.FormatType.ShortFormat)
            ).replace("%2", str(result.folder))
            if result.pruned:
                text += " " + self.tr("(%n older backups deleted)", "", len(result.pruned))
            self.status.setText(text)
            self.backed_up.emit(result)

        self._submit(work, done, self._failed)

    # ----- restoring

    def _on_restore_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.busy.isVisible():
            return
        item = self.list.selectedItems()[0]
        made = in_words(item.data(1, Qt.ItemDataRole.UserRole), self._clock())
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this backup?"), self.tr(
            "Your journal will be replaced by the backup made %1. Your journal as it is now is kept beside it "
            "and will appear in this list, so you can come back to it. Your passphrase stays the same.").replace(
            "%1", made), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: box.clickedButton() is restore and self._restore(backup))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _restore(self, backup: Path) -> None:
        self.confirm_box = None
        self.error.hide()
        self._start_busy(self.tr("Checking the backup, then restoring it…"))
        progress = self._progress = WorkProgress(self.busy.bar)
        self.stop_button.setEnabled(True)
        self.stop_button.show()

        def work(holder: JournalHolder) -> tuple[Path, _State]:
            aside = backups.restore_into(holder.require(), backup, progress)
            return aside, _read_state(holder)

        def over() -> None:
            progress.finish()
            self._progress = None
            self.stop_button.hide()
            self.busy.bar.setRange(0, 0)  # "working" again for the next backup

        def done(outcome: tuple[Path, _State]) -> None:
            aside, state = outcome
            over()
            self._stop_busy()
            self._on_loaded(state)
            self.status.setText(self.tr("Backup restored. Your journal as it was is kept as \u201c%1\u201d.").replace(
                "%1", aside.name))
            self.restored.emit(aside)

        def failed(error: JournalError) -> None:
            over()
            if isinstance(error, Cancelled):
                self._stop_busy()
                self.status.setText(self.tr("The restore was stopped: your journal was not changed."))
                return
            self._failed(error)

        self._submit(work, done, failed)

    def _on_stop_clicked(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.stop_button.setEnabled(False)  # once: it stops at the next step

    # ----- states

    def _submit(self, work: Callable[[JournalHolder], Any], on_done: Callable[[Any], None],
                on_error: Callable[[JournalError], None]) -> None:
        """``worker.submit``, with answers dropped once the dialog is gone (closed and deleted
        while the worker was still writing)."""
        self.worker.submit_for(self, work, on_done, on_error)

    def _start_busy(self, text: str) -> None:
        self.busy.start(text)
        self._set_enabled(False)
        self.close_button.setEnabled(False)

    def _stop_busy(self) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.close_button.setEnabled(True)


    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.choose_button, self.schedule, self.keep, self.reminder, self.list):
            widget.setEnabled(enabled)
        self._update_buttons(enabled)

    def _update_buttons(self, enabled: bool | None = None) -> None:
        if enabled is None:
            enabled = not self.busy.isVisible() and not self._loading
        has_folder = bool(self.folder.text())
        self.back_up_button.setEnabled(enabled and has_folder)
        self.restore_button.setEnabled(enabled and self.selected_backup() is not None)

    def _failed(self, error: JournalError) -> None:
        self._stop_busy()
        self._show_error(error)
        self._submit(_read_state, self._on_loaded, self._show_error)  # what is there now (a pruned file, a new one)

    def _show_error(self, error: JournalError) -> None:
        self.error.setText(backup_error_text(error))
        self.error.show()
        if self._loading:
            self._loading = False
            self._set_enabled(True)

    def _on_finished(self, _result: int) -> None:
        # The plan (and the time of a backup) were changed in memory: keep them. An
        # unchanged journal is not saved (no new version pushes an old one out).
        self.worker.submit(lambda holder: holder.journal is not None and holder.journal.is_open
                           and holder.require().save_if_changed(), None, None)


class BackupReminderBanner(Banner):
    """"Your last backup is 23 days old — back up now?", calm, on unlocking. ``backup_requested``:
    open the backups dialog (backing up at once when a folder is chosen); ``snoozed``: "not now"
    (the window records it with ``backups.snooze_reminder``)."""

    backup_requested = Signal(bool)  # True when a folder is chosen: back up at once
    snoozed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupReminderBanner")
        self.setProperty("role", "banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._has_folder = False
        self.text = QLabel()
        self.text.setObjectName("backupReminderText")
        self.text.setWordWrap(True)
        self.back_up_button = QPushButton()
        self.back_up_button.setObjectName("backupReminderBackUp")
        self.later_button = QPushButton(self.tr("Not &now"))
        self.later_button.setObjectName("backupReminderLater")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.back_up_button)
        layout.addWidget(self.later_button)
        self.back_up_button.clicked.connect(self._on_back_up)
        self.later_button.clicked.connect(self._on_later)
        self.hide()

    def show_reminder(self, reminder: BackupReminder | None) -> None:
        if reminder is None:
            self.hide()
            return
        if reminder.never:
            text = self.tr("Your journal has no backup yet. A copy on a USB key or in a synchronised folder keeps "
                           "it safe if this computer is lost or breaks.")
        else:
            text = self.tr("Your last backup is %n days old. Back up now?", "", reminder.days)
        self._has_folder = reminder.has_folder
        self.text.setText(text)
        self.setAccessibleName(text)
        self.back_up_button.setText(self.tr("&Back up now") if reminder.has_folder
                                    else self.tr("&Choose a backup folder…"))
        self.show()

    def clear(self) -> None:
        self.show_reminder(None)

    def _on_back_up(self) -> None:
        self.hide()
        self.backup_requested.emit(self._has_folder)

    def _on_later(self) -> None:
        self.hide()
        self.snoozed.emit()
