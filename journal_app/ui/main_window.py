"""The main window: moves between the access pages and the open journal, and locks."""

from __future__ import annotations

import importlib
import threading
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import DamagedJournal, InvalidInput, JournalChangedOnDisk, JournalError, StorageError
from journal_app.core.sqla import load_orm
from journal_app.ui.access_pages import CreatePage, RecoverPage, RecoveryCodePage, UnlockPage, WelcomePage
from journal_app.ui.file_dialogs import file_dialog
from journal_app.ui.icons import icon
from journal_app.ui.i18n import resolve_language
from journal_app.ui.reminder import DailyReminder, reminder_message
from journal_app.ui.messages import error_text, show_message
from journal_app.ui.save_problem import SaveProblemBar, SaveRetry
from journal_app.ui.session_watch import IdleLock, SessionWatcher
from journal_app.ui.settings import AppSettings, default_journal_folder, default_journal_path
from journal_app.ui.worker import (FileMissing, JournalClosed, JournalHolder, JournalWorker, WorkProgress,
                                   fair_single_shot)

if TYPE_CHECKING:
    from journal_app.core.entries import EntryFields, EntryRecord
    from journal_app.core.journal import Journal, KeyChange
    from journal_app.core.merge import MergeReport
    from journal_app.core.prompts import PromptEngine, ShownPrompt
    from journal_app.core.schedule import WeeklySchedule
    from journal_app.core.templates import Template
    from journal_app.core.unsaved import UnsavedWork
    from journal_app.ui.journal_page import JournalPage
    from journal_app.ui.passphrase_dialog import KeyDialog
    from journal_app.ui.workspace import Workspace

UNDO_VISIBLE_MS = 15_000
BETWEEN_STEPS_MS = 10  # building the views ahead of need, in steps
# Libraries the workspace's modules import, loaded on the journal's worker at the first paint:
# Python beside the window, which gets the GIL back every millisecond. On the window's thread,
# filelock alone was a step of 10-14 ms.
LIBRARIES_AHEAD = ("decimal", "filelock", "cryptography.hazmat.primitives.hashes",
                   "cryptography.hazmat.primitives.ciphers.aead", "concurrent.futures.thread", "blake3", "statistics")
# Then the workspace's modules (~150 ms together), on the window's thread one per step, each after
# what it imports: a step is served whole, and keys typed meanwhile wait for its end.
# tests/ui/test_lazy_workspace.py checks that no step drags in another of the app's or Qt's modules.
WORKSPACE_MODULES = tuple(f"journal_app.{name}" for name in (
    "core.crypto", "core.vaultfile", "core.journal", "core.backups", "core.limits", "core.dilemmas", "core.metrics",
    "core.prompts", "ui.prompt_banner", "ui.backups_dialog", "ui.labels", "core.pseudonymise", "core.briefs",
    "core.supervision", "ui.components", "ui.entry_list", "ui.calendar_view", "core.checkins", "core.demo",
    "ui.dashboard_view", "ui.dilemmas_view", "core.templates", "ui.editor", "ui.limits_view", "ui.journal_page",
    "core.merge", "ui.merge_banner", "core.placement", "core.persons", "pdf", "ui.review_dialog",
    "ui.placement_view", "ui.session_dialog", "ui.supervision_view", "ui.weekly_review", "ui.persons_view",
    "ui.workspace"))
REMINDER_WITHOUT_TRAY_MS = 10 * 60_000


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _load_ahead() -> None:
    """What the first look at a journal and the first words typed would load on the spot."""
    from journal_app.core import pseudonymise

    load_orm()
    pseudonymise.prepare()  # the editor checks each text for real names as it is typed


def make_qt_classes_known() -> None:
    """PySide makes each Qt class at its first use, and the first object handed to Python whose
    class it does not wrap makes every QObject class of the modules loaded, at once: ~160 classes,
    25-32 ms in a fresh process. Made before the window's first paint, the charts' included; else
    it happened in the middle of the first unlock (issue 17)."""
    import PySide6.QtCharts  # noqa: F401  (the dashboard's, or its ~50 classes wait for the next time)

    QLineEdit().children()  # its text control: an object of a class PySide does not wrap


def forget_undo_histories(window: QWidget) -> None:
    """Empty the undo history of every line edit in ``window``. Qt makes ``QLineEdit.clear()``
    undoable: a field emptied at locking kept what it showed (a dilemma's title, a person's
    pseudonym) for Ctrl+Z, in the process. ``setText`` starts a new history. Text edits need
    nothing: their ``clear()`` and ``setPlainText`` drop their history."""
    for field in window.findChildren(QLineEdit):
        if field.isUndoAvailable() or field.isRedoAvailable():
            blocked = field.blockSignals(True)  # the same text: nothing to react to
            field.setText(field.text())
            field.blockSignals(blocked)


def _save_if_changed(journal: Journal) -> None:
    """Save before locking or quitting, purging what the autosaves left in the search index; a
    file that vanished is said as such (the core may report it as changed on disk)."""
    try:
        journal.save_if_changed(purge_removed_words=True)
    except JournalChangedOnDisk as exc:
        if not journal.path.exists():
            raise FileMissing("the journal file is no longer there") from exc
        raise


def _moment_in_words(moment: datetime | None) -> str:
    """"21:40" today, else the date and time, in the person's locale."""
    if moment is None:
        return QCoreApplication.translate("MainWindow", "the journal was opened")
    local = moment.astimezone()
    when = QDateTime(local.date(), local.time().replace(microsecond=0))
    if local.date() == _local_now().date():
        return QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def _distinct_keys(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The platform's standard keys plus our own, each once: on X11 the standard Quit key is
    already Ctrl+Q, and one action holding Ctrl+Q twice is an "ambiguous shortcut" that does nothing."""
    sequences: list[QKeySequence] = []
    for key in keys:
        for sequence in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                         else [QKeySequence(key)]):
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
    return sequences


class MainWindow(QMainWindow):
    built_ahead = Signal()  # the views were built ahead of need while no journal was in memory

    def __init__(self, settings: AppSettings, worker: JournalWorker | None = None,
                 kdf_for_tests: object | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Carnet")  # never the journal's content, nor its name
        self.setWindowIcon(icon("carnet"))
        self.settings = settings
        self.worker = worker or JournalWorker()
        self._kdf_for_tests = kdf_for_tests  # tests pass cheap parameters; people never can
        self._journal_path: Path | None = None
        self._closing = False
        self._deleted: list[EntryRecord] = []

        self.pages = QStackedWidget()
        self.welcome = WelcomePage()
        self.create_page = CreatePage(default_journal_path())
        self.recovery_page = RecoveryCodePage()
        self.unlock_page = UnlockPage()
        self.recover_page = RecoverPage()
        # The journal's views are built after the unlock page's first paint (or on first use):
        # importing and building them would double the time to that page (issue 17).
        self._workspace: Workspace | None = None
        self._building_ahead = False
        self._libraries_loaded = threading.Event()  # LIBRARIES_AHEAD, on the worker
        self._workspace_ahead: Workspace | None = None  # while its views are made, one per step
        self._modules_imported_ahead = 0
        self._orm_ahead = ""  # SQLAlchemy loaded after the steps ahead: "", "loading", "loaded"
        self.language = resolve_language(settings.language)
        self._own_templates: list[Template] = []  # the worker's own, read from the journal on unlock
        self._after_unlock: list = []  # what the person asked for while the journal was locked
        for page in (self.welcome, self.create_page, self.recovery_page, self.unlock_page, self.recover_page):
            self.pages.addWidget(page)
        # Above every page, locked or not: changes that could not be saved yet, and the ways out.
        self.save_problem = SaveProblemBar()
        self.save_retry = SaveRetry(self)
        self._unsaved_error: JournalError | None = None  # the last failed save, until one succeeds
        self._quit_confirmed = False  # "quit without saving" was chosen
        self.unsaved_question: QMessageBox | None = None
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.save_problem)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.undo_button = QPushButton(self.tr("&Restore the deleted entry"))
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.save_status)
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_VISIBLE_MS)
        self._undo_timer.timeout.connect(self.undo_button.hide)

        self._build_actions()
        self._connect_pages()
        self.idle_lock = IdleLock(settings.autolock_minutes, self)
        self.idle_lock.idle.connect(self.lock)
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.lock_wanted.connect(self.lock)
        self.worker.busy_changed.connect(self._on_busy_changed)
        self.tray = self._make_tray()
        # The daily reminder runs while locked too: its text never says anything of the journal.
        self.reminder = DailyReminder(settings, _local_now, self)
        self.reminder.due.connect(self._on_reminder_due)
        self.reminder.rearm()
        # Not every platform reports clipboard ownership (ownsClipboard), so also remember
        # whether the clipboard last changed while Carnet was the active application.
        self._clipboard_from_journal = False
        QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard_changed)
        make_qt_classes_known()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        last = settings.last_journal
        if last is not None and last.exists():
            self.show_unlock(last)
        else:
            self._show_page(self.welcome)

    # ----- actions and menus

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot, name: str) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(self.tr("&New entry"), QKeySequence.StandardKey.New, self._on_new_entry, "newEntry")
        self.quick_log_action = action(self.tr("Log a &contact…"), "Ctrl+Shift+N", self.open_quick_log, "quickLog")
        self.view_actions = [
            action(text, f"Ctrl+{number}", lambda _c=False, row=number - 1: self.workspace.show_view(row), f"view{number}")
            for number, text in ((1, self.tr("&Entries")), (2, self.tr("&Calendar")), (3, self.tr("&People")),
                                 (4, self.tr("&Dilemmas")), (5, self.tr("My &limits")),
                                 (6, self.tr("&How am I doing")), (7, self.tr("&Weekly review")),
                                 (8, self.tr("&Supervision")), (9, self.tr("&Placement")))
        ]
        self.template_menu = QMenu(self.tr("New reflection from a &template"), self)
        self.template_menu.setObjectName("templateMenu")
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.find_action = action(self.tr("&Search"), QKeySequence.StandardKey.Find,
                                  lambda _checked=False: self.journal_page.focus_search(), "find")
        self.lock_action = action(self.tr("&Lock"), "Ctrl+L", self._on_lock_requested, "lock")
        self.delete_action = action(self.tr("&Delete entry…"), None, self._on_delete, "deleteEntry")
        self.undo_delete_action = action(self.tr("&Restore the deleted entry"), None, self._on_undo_delete, "undoDelete")
        self.settings_action = action(self.tr("Se&ttings…"), QKeySequence.StandardKey.Preferences, self._on_settings, "settings")
        self.schedule_action = action(self.tr("&Working hours…"), None, self.open_schedule, "workingHours")
        self.import_action = action(self.tr("&Import entries…"), None, self.open_import, "importEntries")
        self.export_action = action(self.tr("E&xport entries…"), None, self.open_export, "exportEntries")
        self.visible_action = action(self.tr("&Make my work visible…"), None, self.open_visible, "makeVisible")
        self.backups_action = action(self.tr("&Backups…"), None, self.open_backups, "backups")
        self.change_passphrase_action = action(self.tr("Change &passphrase…"), None, self.open_change_passphrase,
                                               "changePassphrase")
        self.new_recovery_code_action = action(self.tr("New reco&very code…"), None, self.open_new_recovery_code,
                                               "newRecoveryCode")
        self.checkin_action = action(self.tr("Check &in…"), None, self.open_checkin, "checkin")
        self.where_to_turn_action = action(self.tr("Where to &turn for support…"), None, self.open_where_to_turn,
                                           "whereToTurn")
        self.prompt_settings_action = action(self.tr("&Questions and reminder…"), None, self.open_prompt_settings,
                                             "promptSettings")
        self.close_action = action(self.tr("&Close window"), QKeySequence.StandardKey.Close, self.close, "closeWindow")
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "quit")
        self.about_action = action(self.tr("&About Carnet"), None, self._on_about, "about")
        self.demo_action = action(self.tr("Open the &example journal…"), None, self.open_demo, "openExample")
        # Ctrl+W and Ctrl+Q everywhere, whatever the platform's standard keys are.
        self.close_action.setShortcuts(_distinct_keys(QKeySequence.StandardKey.Close, "Ctrl+W"))
        self.quit_action.setShortcuts(_distinct_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.delete_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.undo_delete_action.setEnabled(False)
        journal_menu = self.menuBar().addMenu(self.tr("&Journal"))
        journal_menu.addActions([self.new_action, self.quick_log_action, self.checkin_action])
        journal_menu.addMenu(self.template_menu)
        journal_menu.addAction(self.find_action)
        journal_menu.addSeparator()
        journal_menu.addActions([self.delete_action, self.undo_delete_action])
        journal_menu.addSeparator()
        journal_menu.addActions([self.import_action, self.export_action, self.visible_action])
        journal_menu.addSeparator()
        journal_menu.addActions([self.backups_action, self.change_passphrase_action, self.new_recovery_code_action,
                                 self.schedule_action, self.prompt_settings_action,
                                 self.lock_action,
                                 self.settings_action])
        journal_menu.addSeparator()
        journal_menu.addActions([self.close_action, self.quit_action])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(self.view_actions)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.where_to_turn_action, self.demo_action, self.about_action])
        self._journal_actions = [self.new_action, self.find_action, self.lock_action, self.delete_action,
                                 self.schedule_action, self.prompt_settings_action, self.checkin_action,
                                 self.backups_action, self.import_action, self.export_action,
                                 self.change_passphrase_action, self.new_recovery_code_action,
                                 self.visible_action, *self.view_actions]
        self.template_menu.setEnabled(False)
        self.undo_button.clicked.connect(self._on_undo_delete)

    def _connect_pages(self) -> None:
        self.welcome.create_requested.connect(lambda: self._show_page(self.create_page))
        self.welcome.open_requested.connect(self._ask_journal_to_open)
        self.welcome.demo_requested.connect(self.open_demo)
        self.create_page.back_requested.connect(self._show_start)
        self.create_page.create_requested.connect(self._create)
        self.recovery_page.done.connect(self._show_journal)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.open_other_requested.connect(self._unless_unsaved(self._ask_journal_to_open))
        self.unlock_page.create_requested.connect(self._unless_unsaved(lambda: self._show_page(self.create_page)))
        self.unlock_page.forgot_requested.connect(self._unless_unsaved(lambda: self._show_page(self.recover_page)))
        self.unlock_page.open_backup_requested.connect(self._unless_unsaved(self._open_newest_backup))
        self.unlock_page.demo_requested.connect(self._unless_unsaved(self.open_demo))
        self.recover_page.back_requested.connect(self._show_start)
        self.recover_page.reset_requested.connect(self._reset_passphrase)
        self.save_retry.due.connect(self._retry_save)
        self.save_problem.retry_requested.connect(self._retry_save)
        self.save_problem.copy_requested.connect(self._ask_copy_folder)

    # ----- the unlocked journal's views, built ahead of need

    @property
    def workspace(self) -> Workspace:
        """The views of the unlocked journal: built after the first paint, or here on first use."""
        if self._workspace is None:
            self._build_workspace()
        assert self._workspace is not None
        return self._workspace

    @property
    def journal_page(self) -> JournalPage:
        return self.workspace.entries

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._workspace is None and not self._building_ahead:
            # Once the page is on screen, while the person reaches for the keyboard: unlocking
            # then finds the views ready. In two steps, so key presses are served in between.
            self._building_ahead = True
            loaded = self._libraries_loaded

            def load(_holder: JournalHolder) -> None:
                try:
                    for name in LIBRARIES_AHEAD:
                        importlib.import_module(name)
                finally:  # loaded, or failed: a step importing one then fails as it would
                    loaded.set()

            self.worker.submit(load)  # its answer is not waited for: locking drops answers
            QTimer.singleShot(BETWEEN_STEPS_MS, self, self._import_workspace_ahead)

    def _import_workspace_ahead(self) -> None:
        if not self._libraries_loaded.is_set():  # still on the worker: a step would wait for its locks
            QTimer.singleShot(BETWEEN_STEPS_MS, self, self._import_workspace_ahead)
            return
        # The slow half, about forty modules (~150 ms): one of the workspace's modules per step.
        importlib.import_module(WORKSPACE_MODULES[self._modules_imported_ahead])
        self._modules_imported_ahead += 1
        # A timer, not a posted call: keys and clicks that arrived meanwhile are served first.
        QTimer.singleShot(BETWEEN_STEPS_MS, self, self._import_workspace_ahead
                          if self._modules_imported_ahead < len(WORKSPACE_MODULES) else self._build_workspace_ahead)

    def _build_workspace_ahead(self) -> None:
        from journal_app.ui.workspace import Workspace

        if self._workspace is None:
            # The frame, then one view per step; made inside the page stack (parentless, it would be
            # a window of its own for a moment).
            if self._workspace_ahead is None:
                self._workspace_ahead = Workspace(self.worker, self.pages, views_now=False)
                QTimer.singleShot(BETWEEN_STEPS_MS, self, self._build_workspace_ahead)
                return
            if self._workspace_ahead.build_next_view():
                QTimer.singleShot(BETWEEN_STEPS_MS, self, self._build_workspace_ahead)
                return
            self._build_workspace()
        if self._orm_ahead != "loaded":
            if self._orm_ahead == "":
                # Last, on the worker while the person types (~0.25 s of Python): what the first look
                # at a journal would load on the spot. Loaded before any journal is, it is set aside
                # with the views (built_ahead): otherwise each collection every 10 s walks
                # SQLAlchemy's ~45,000 objects, 26-31 ms at 1,000 entries, instead of 3-7. (On a
                # thread of its own, its start held the window still 14-130 ms, median 46; on the
                # worker 14-78, median 16.)
                self._orm_ahead = "loading"
                self.worker.submit(lambda _holder: _load_ahead(), self._orm_loaded_ahead, self._orm_loaded_ahead)
            return
        # Said only while nothing of a journal can be in memory, garbage included: none was ever
        # opened in this window, none is being opened. What is in memory then is kept for good.
        if not self.worker.held_a_journal() and not self.worker.is_busy():
            self.built_ahead.emit()

    def _orm_loaded_ahead(self, _result: object) -> None:
        # Loaded, or failed: it is loaded again where needed, and fails there with its message.
        self._orm_ahead = "loaded"
        self._build_workspace_ahead()

    def _build_workspace(self) -> None:
        from journal_app.core.templates import builtin_templates
        from journal_app.ui.prompt_banner import OneBannerAtATime
        from journal_app.ui.workspace import Workspace

        # Made inside the page stack: made parentless, it would be a window of its own for a moment.
        workspace = self._workspace = self._workspace_ahead or Workspace(self.worker, self.pages)
        workspace.finish()  # what the steps ahead have not made yet
        editor = workspace.entries.editor
        editor.template_provider = lambda: [*builtin_templates(self.language), *self._own_templates]
        editor.save_as_template_requested.connect(self._save_own_template)
        editor.language = self.language
        editor.dilemma_requested.connect(self.raise_dilemma_from_entry)
        for view in (workspace.dilemmas, workspace.review, workspace.dashboard, workspace.supervision,
                     workspace.placement):
            view.language = self.language
        workspace.placement.template_provider = editor.template_provider
        workspace.placement.write_reflection.connect(self._write_objective_reflection)
        workspace.dashboard.checkin_requested.connect(self.open_checkin)
        workspace.dashboard.help_requested.connect(self.open_where_to_turn)
        workspace.review.write_reflection.connect(self._write_reflection)
        for view in (workspace.entries, workspace.dilemmas, workspace.limits, workspace.supervision,
                     workspace.placement):
            view.status.connect(self.save_status.setText)
        workspace.dilemmas.analysis_group_requested.connect(lambda uuid: self.open_visible(dilemma=uuid))
        workspace.persons.log_contact_requested.connect(self.open_quick_log)
        banner = workspace.prompt_banner
        banner.write_requested.connect(lambda prompt: self._on_prompt_action("answer", prompt))
        banner.snoozed.connect(lambda prompt: self._on_prompt_action("snooze", prompt))
        banner.dismissed.connect(lambda prompt: self._on_prompt_action("dismiss", prompt))
        banner.checkin_requested.connect(self.open_checkin)
        banner.checkin_postponed.connect(self._postpone_checkin)
        backup_banner = workspace.backup_banner
        backup_banner.backup_requested.connect(lambda has_folder: self.open_backups(back_up_at_once=has_folder))
        backup_banner.snoozed.connect(self._snooze_backup_reminder)
        workspace.merge_banner.passphrase_requested.connect(self._ask_copy_passphrase)
        # One banner at a time, most important first; the question of the day only over the entries.
        self.banners = OneBannerAtATime([workspace.merge_banner, workspace.backup_banner, workspace.prompt_banner,
                                         workspace.demo_banner], self)
        workspace.navigation.currentRowChanged.connect(
            lambda row: self.banners.set_quiet([workspace.prompt_banner], row != 0))
        workspace.failed.connect(self._show_error)
        workspace.entries.deleted.connect(self._on_deleted)
        self.pages.addWidget(workspace)

    # ----- page changes

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        journal_open = page is self._workspace
        for act in self._journal_actions:
            act.setEnabled(journal_open)
        self.template_menu.setEnabled(journal_open)
        if not journal_open:
            self.undo_delete_action.setEnabled(False)
        page.setFocus()

    def _show_start(self) -> None:
        if self._journal_path is not None and self._journal_path.exists():
            self.show_unlock(self._journal_path)
        else:
            self._show_page(self.welcome)

    def show_unlock(self, path: Path) -> None:
        self._journal_path = path
        self.unlock_page.clear()
        self.unlock_page.set_journal(path)
        self._show_page(self.unlock_page)

    def _show_journal(self) -> None:
        # The journal's first look is painted before the work it submits starts: while the worker
        # runs Python, each call into Python of a paint waits for the GIL (JournalWorker.hold).
        # Shown and laid out in this pass, painted in a later one: in one pass, with the answer
        # that unlocked, they held the window still for 10-17 ms (issue 17). Updates are off
        # meanwhile, so no paint of the half-made page is queued in between.
        self.worker.hold()
        self.setUpdatesEnabled(False)
        try:
            self._show_workspace()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out, then painted
        finally:  # a timer started now: due after the timers that fell due during this pass
            fair_single_shot(1, self, self._paint_journal)

    def _paint_journal(self) -> None:
        try:
            self.setUpdatesEnabled(True)
            self.repaint()
        finally:  # and after the paint Qt has already queued for the page shown
            fair_single_shot(0, self, self.worker.release)

    def _show_workspace(self) -> None:
        from journal_app.core.backups import backup_reminder, run_scheduled_backup
        from journal_app.core.demo import is_demo
        from journal_app.core.merge import merge_conflict_copies

        self.create_page.clear()
        self.recover_page.clear()
        self.unlock_page.clear()
        self._show_page(self.workspace)

        def merged(report: MergeReport | None) -> None:
            self.workspace.merge_banner.show_report(report)
            if report is not None and report.changed:
                self.workspace.refresh()

        def merge_failed(error: JournalError) -> None:
            self.workspace.merge_banner.merge_failed()
            self._show_error(error)

        def merge(holder: JournalHolder) -> MergeReport | None:
            journal = holder.require()
            if journal.read_only:
                return None
            return merge_conflict_copies(journal, language=self.language, progress=progress)  # the banner's bar

        # First, so everything after sees the merged journal: a conflict copy left by a sync service.
        # (The words that mark the other version of a text both copies changed: in the window's language.)
        progress = self.workspace.merge_banner.merging()
        self.worker.submit(merge, merged, merge_failed)
        self.workspace.refresh()
        self.idle_lock.set_minutes(self.settings.autolock_minutes)
        self.idle_lock.start()

        def show_banner(demo: bool) -> None:
            self.workspace.demo_banner.setVisible(demo)

        self.worker.submit(lambda holder: is_demo(holder.require()), show_banner)

        def the_rest() -> None:
            if not self.is_unlocked():
                return
            self._load_own_templates()
            self._show_prompt_of_the_day()
            self.worker.submit(lambda holder: backup_reminder(holder.require().database, _local_now()),
                               self.workspace.backup_banner.show_reminder, self._show_error)
            self.worker.submit(lambda holder: run_scheduled_backup(holder.require()), self._show_backup_outcome,
                               self._show_error)

        # The rest of the evening's work starts once the entries are painted: painted while the
        # worker runs Python, each call of the paint into Python waits for the GIL (issue 17: the
        # list's first paint was most of the unlock's last 17-20 ms). Answers come in order, one
        # per pass; the 1 ms timer runs after the paint of that pass.
        self.worker.submit(lambda _holder: None, lambda _none: QTimer.singleShot(1, self, the_rest))
        pending, self._after_unlock = self._after_unlock, []
        for request in pending:
            request()

    def _ask_journal_to_open(self) -> None:
        dialog = file_dialog(self, self.tr("Open a journal"), start=default_journal_path().parent)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Carnet journals (*.carnet)"))
        dialog.fileSelected.connect(lambda name: self.show_unlock(Path(name)))
        dialog.open()

    # ----- create, unlock, recover

    def _create(self, path: Path, passphrase: str) -> None:
        from journal_app.core.journal import Journal

        self.create_page.set_busy(True)
        kdf = self._kdf_for_tests

        def work(holder: JournalHolder) -> str:
            holder.close()
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise StorageError("the folder cannot be created") from exc
            holder.journal, code = Journal.create(path, passphrase, kdf=kdf)  # type: ignore[arg-type]
            return code

        def done(code: str) -> None:
            self.create_page.set_busy(False)
            self._remember(path)
            self.recovery_page.set_code(code)
            self._show_page(self.recovery_page)

        def failed(error: JournalError) -> None:
            self.create_page.set_busy(False)
            if error.code == "invalid-input" and path.exists():
                self.create_page.show_error(self.tr("A file already exists there. Choose another name or place."))
            else:
                self.create_page.show_error(error_text(error))

        self.worker.submit(work, done, failed)

    def _unlock(self, passphrase: str) -> None:
        from journal_app.core.journal import Journal
        from journal_app.core.sqla import meanwhile

        path = self._journal_path
        assert path is not None
        self.unlock_page.set_busy(True)

        def work(holder: JournalHolder) -> None:
            kept = holder.kept()
            if kept is not None and kept.path == path:
                # Kept open because its latest changes could not be saved: check the passphrase
                # against the header in memory (the file may be gone) and carry on with what
                # is in memory; the retries go on saving it.
                kept.check_passphrase(passphrase)
                holder.locked = False
                return
            holder.close()
            if not path.exists():
                raise FileMissing("no journal at this place any more")
            # If it was not loaded ahead, what the journal's first look needs loads beside the key derivation.
            with meanwhile(load_orm):
                holder.journal = Journal.open(path, passphrase)

        def done(_result: None) -> None:
            self.unlock_page.set_busy(False)
            self._remember(path)
            self._show_journal()

        def failed(error: JournalError) -> None:
            self.unlock_page.set_busy(False)
            if isinstance(error, FileMissing):
                self.unlock_page.show_error(self.tr(
                    "The journal file is not at this place any more: it was moved or deleted, or its disk or USB "
                    "key is not connected. Connect it and try again, or open the journal where it is now "
                    "(Open another journal)."))
                return
            self.unlock_page.show_error(error_text(error), offer_backup=isinstance(error, DamagedJournal)
                                        and error.code == "damaged")

        self.worker.submit(work, done, failed)

    def _open_newest_backup(self, passphrase: str) -> None:
        from journal_app.core.journal import Journal, newest_good_backup, restore_backup

        path = self._journal_path
        assert path is not None
        if not passphrase:
            self.unlock_page.show_error(self.tr("Type your passphrase first: it is needed to check the backups."),
                                        offer_backup=True)
            return
        self.unlock_page.set_busy(True)
        # One key derivation per backup tried, newest first: the bar counts them.
        self.unlock_page.busy.start(self.tr("Trying the backups, newest first…"))
        progress = WorkProgress(self.unlock_page.busy.bar)

        def over() -> None:
            progress.finish()
            self.unlock_page.busy.bar.setRange(0, 0)  # "working" again for the next unlocking
            self.unlock_page.set_busy(False)

        def work(holder: JournalHolder) -> Path:
            backup = newest_good_backup(path, passphrase, progress)
            if backup is None:
                raise DamagedJournal("no backup opens")
            aside = restore_backup(path, backup)
            holder.close()
            holder.journal = Journal.open(path, passphrase)
            return aside

        def done(aside: Path) -> None:
            over()
            self._show_journal()
            show_message(self, self.tr("Backup opened"), self.tr(
                "Carnet opened the newest backup that works. The damaged file was kept aside as \u201c%1\u201d; "
                "you can delete it later.").replace("%1", aside.name))

        def failed(error: JournalError) -> None:
            over()
            if isinstance(error, DamagedJournal):
                self.unlock_page.show_error(self.tr(
                    "No backup of this journal could be opened with this passphrase. Nothing has been changed."))
            else:
                self.unlock_page.show_error(error_text(error))

        self.worker.submit(work, done, failed)

    def _reset_passphrase(self, code: str, passphrase: str) -> None:
        from journal_app.core.journal import Journal

        path = self._journal_path
        if path is None:
            self.recover_page.show_error(self.tr("Open the journal file first."))
            return
        self.recover_page.set_busy(True)

        def work(holder: JournalHolder) -> KeyChange:
            holder.close()
            holder.journal, change = Journal.reset_passphrase(path, code, passphrase)
            return change

        def done(change: KeyChange) -> None:
            self.recover_page.set_busy(False)
            self.recover_page.clear()
            self._show_new_recovery_code(change)  # the old code no longer opens the journal

        def failed(error: JournalError) -> None:
            self.recover_page.set_busy(False)
            self.recover_page.show_error(error_text(error))

        self.worker.submit(work, done, failed)

    def open_change_passphrase(self, _checked: bool = False) -> None:
        self._open_key_dialog(new_passphrase=True)

    def open_new_recovery_code(self, _checked: bool = False) -> None:
        self._open_key_dialog(new_passphrase=False)

    def _open_key_dialog(self, *, new_passphrase: bool) -> None:
        from journal_app.ui.passphrase_dialog import KeyDialog

        if not self.is_unlocked():
            return
        self.journal_page.save_now()  # the editor's text reaches the journal before it is re-encrypted
        dialog = KeyDialog(self, new_passphrase=new_passphrase)
        dialog.requested.connect(lambda current, new: self._change_key(dialog, current, new))
        dialog.finished.connect(dialog.deleteLater)
        self.key_dialog = dialog
        dialog.open()

    def _change_key(self, dialog: KeyDialog, current: str, new: str) -> None:
        """Runs here, not in the dialog: the new recovery code must be shown even if locking
        closed the dialog meanwhile."""
        progress = WorkProgress(dialog.busy.bar)  # the copies re-encrypted, on the dialog's bar

        def work(holder: JournalHolder) -> KeyChange:
            journal = holder.require()
            journal.check_passphrase(current)
            return journal.change_passphrase(new, progress) if new else journal.renew_recovery_code(current, progress)

        def done(change: KeyChange) -> None:
            progress.finish()
            if shiboken6.isValid(dialog):
                dialog.finish()
            if not self.is_unlocked():  # locked meanwhile: never a recovery code on a locked screen
                self.unlock_page.show_error(self.tr(
                    "The journal has a new key, but it locked before the new recovery code could be shown. After "
                    "unlocking, choose Journal ▸ New recovery code… to get one."))
                return
            self._show_new_recovery_code(change)

        def failed(error: JournalError) -> None:
            progress.finish()
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.show_error(error_text(error), wrong_current=error.code == "wrong-passphrase")
            else:
                self._show_error(error)

        self.worker.submit(work, done, failed)

    def _show_new_recovery_code(self, change: KeyChange) -> None:
        """The new code on the page that shows it at creation; then what became of the copies."""
        from journal_app.ui.passphrase_dialog import key_change_text

        self.recovery_page.set_code(change.recovery_code)
        self._show_page(self.recovery_page)
        self.recovery_page.done.connect(
            lambda: show_message(self, self.tr("A new key"), key_change_text(change)),
            Qt.ConnectionType.SingleShotConnection)

    def _remember(self, path: Path) -> None:
        self._journal_path = path
        self.settings.last_journal = path

    # ----- locking and closing

    def is_unlocked(self) -> bool:
        return self._workspace is not None and self.pages.currentWidget() is self._workspace

    def _on_lock_requested(self, _checked: bool = False) -> None:
        """Ctrl+L: with changes that cannot be saved yet, say so first (the default keeps the
        journal open). Locking on idle or on suspend never asks: it locks, keeping the changes."""
        if self.is_unlocked() and self._unsaved_error is not None:
            self._ask_about_unsaved("lock")
        else:
            self.lock()

    def lock(self, _checked: bool = False, *, on_locked=None) -> None:  # type: ignore[no-untyped-def]
        """Save, empty every widget of journal data, forget the key, clear our clipboard.

        When the save fails, the screen is locked all the same but the journal, its key and
        its changes stay in memory (the holder is marked locked) until a retry saves them:
        forgetting the key then would lose them."""
        from journal_app.core.backups import backup_if_due

        if not self.is_unlocked():
            if on_locked is not None:
                on_locked()
            return
        self.idle_lock.stop()
        self.journal_page.save_now()
        self.workspace.supervision.save_now()  # a question typed just before locking
        self.workspace.placement.flush()  # and the self-evaluation
        # Answers to work sent until now would reach widgets emptied below: drop them.
        self.worker.end_session()

        def work(holder: JournalHolder) -> None:
            journal = holder.kept()
            if journal is not None:
                try:
                    backup_if_due(journal)  # before the save, so one save records both
                    _save_if_changed(journal)  # an unchanged journal adds no backup
                except BaseException:
                    holder.locked = True  # keep it in memory, with its key, for the retries
                    raise
            holder.close()

        def done(_result: None) -> None:
            self._on_saved_again()
            if on_locked is not None:
                on_locked()

        def failed(error: JournalError) -> None:
            self.unlock_page.show_error(self.tr(
                "Your latest changes are not saved yet. Carnet keeps them in memory while the journal is "
                "locked and keeps trying to save them. Do not quit Carnet before they are saved, or save an "
                "encrypted copy elsewhere."))  # why, and the ways out: in the bar above
            self._on_save_failed(error)
            if self._closing:  # quitting: ask now, the default keeps Carnet open
                self._closing = False
                self._ask_about_unsaved("quit")

        self.worker.submit(work, done, failed)
        # Open dialogs may show journal data (persons, a dilemma, check-in answers): close them all.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.workspace.clear()
        forget_undo_histories(self)
        self._deleted.clear()
        self._own_templates = []
        self.undo_button.hide()
        self.save_status.clear()
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard() or self._clipboard_from_journal:
            clipboard.clear()
        self._clipboard_from_journal = False
        if self._journal_path is not None:
            self.show_unlock(self._journal_path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = self.saveGeometry()
        if not self._quit_confirmed and self._unsaved_error is not None:
            event.ignore()  # never close over changes that are not saved without asking
            self._ask_about_unsaved("quit")
            return
        if self._quit_confirmed or self._closing or not self.is_unlocked():
            self.save_retry.stop()
            self.worker.shutdown()
            event.accept()
            return
        event.ignore()
        self._closing = True
        self.lock(on_locked=self.close)

    # ----- changes that cannot be saved yet

    def _unless_unsaved(self, action):  # type: ignore[no-untyped-def]
        """Opening or creating another journal, or resetting this one, would drop the journal
        kept in memory with its unsaved changes: say so instead."""
        def guarded(*args):  # type: ignore[no-untyped-def]
            if self._unsaved_error is None:
                action(*args)
                return
            self.unlock_page.show_error(self.tr(
                "Your latest changes to this journal are not saved yet. Unlock it to keep working, or save an "
                "encrypted copy elsewhere, before opening or creating another journal."))
        return guarded

    def _on_save_failed(self, error: JournalError) -> None:
        """The journal's latest changes are in memory only: say so calmly, and retry."""
        self._unsaved_error = error
        self.save_problem.show_problem(self.tr(
            "Your latest changes are not saved yet: %1 Carnet keeps them in memory and tries again by "
            "itself.").replace("%1", error_text(error)))
        self.save_status.setText(self.tr("Not saved yet"))
        self.save_retry.schedule()

    def _on_saved_again(self) -> None:
        if self._unsaved_error is None:
            return
        self._unsaved_error = None
        self.save_retry.stop()
        self.save_problem.clear()
        if self.is_unlocked():
            self.save_status.setText(self.tr("Saved"))
        else:
            self.unlock_page.show_error(self.tr("Your changes are saved now."))

    def _retry_save(self) -> None:
        if self.is_unlocked():  # what is being typed reaches the journal first
            self.journal_page.save_now()
            self.workspace.supervision.save_now()
            self.workspace.placement.flush()

        def work(holder: JournalHolder) -> None:
            journal = holder.kept()
            if journal is None:
                return
            _save_if_changed(journal)
            if holder.locked:
                holder.close()  # saved: now the key can be forgotten

        def failed(error: JournalError) -> None:
            if isinstance(error, JournalClosed):
                return
            self._on_save_failed(error)

        self.worker.submit(work, lambda _result: self._on_saved_again(), failed)

    def _check_unsaved_after(self, error: StorageError) -> None:
        """A storage error: when it left changes in memory only, it is a failed save."""

        def work(holder: JournalHolder) -> tuple[bool, bool]:
            journal = holder.kept()
            if journal is None:
                return False, False
            return journal.has_unsaved_changes(), not journal.path.exists()

        def done(result: tuple[bool, bool]) -> None:
            unsaved, missing = result
            said = FileMissing("the journal file is no longer there") if missing else error
            if unsaved:
                self._on_save_failed(said)
            else:
                show_message(self, self.tr("Carnet"), error_text(said), QMessageBox.Icon.Warning)

        self.worker.submit(work, done)

    def _ask_about_unsaved(self, about: str) -> None:
        """Before quitting or locking with changes not saved: name them, and let the person choose.
        Non-blocking (``open()``); the default button keeps Carnet open."""
        from journal_app.core.unsaved import unsaved_work

        if self.is_unlocked():
            self.journal_page.save_now()  # the text being typed counts too

        def done(work: UnsavedWork | None) -> None:
            if work is None:  # saved meanwhile
                self._on_saved_again()
                if about == "quit":
                    self.close()
                else:
                    self.lock()
                return
            self._show_unsaved_question(about, work)

        self.worker.submit(lambda holder: (journal := holder.kept()) and unsaved_work(journal), done)

    def _show_unsaved_question(self, about: str, work: UnsavedWork) -> None:
        old = self.unsaved_question
        if old is not None and shiboken6.isValid(old) and old.isVisible():
            return  # already asking
        when = _moment_in_words(work.since)
        if work.entries:
            what = self.tr("%n entries written since %1 are not saved yet.", "", work.entries).replace("%1", when)
        else:
            what = self.tr("Changes made since %1 are not saved yet.").replace("%1", when)
        if about == "quit":
            consequence = self.tr("If you quit now, they are lost. Keep Carnet open: it keeps trying to save "
                                  "them. Or save an encrypted copy elsewhere (another disk, a USB key).")
            go_text = self.tr("&Quit and lose them")
            go_role = QMessageBox.ButtonRole.DestructiveRole
        else:
            consequence = self.tr("Locking keeps them in memory and Carnet keeps trying to save them; quitting "
                                  "Carnet before they are saved would lose them.")
            go_text = self.tr("&Lock")
            go_role = QMessageBox.ButtonRole.AcceptRole
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved yet"), what + "\n\n" + consequence,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("unsavedQuestion")
        copy_button = box.addButton(self.tr("Save an encrypted copy &elsewhere…"), QMessageBox.ButtonRole.ActionRole)
        go_button = box.addButton(go_text, go_role)
        keep_button = box.addButton(self.tr("&Keep Carnet open") if about == "quit" else self.tr("&Cancel"),
                                    QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep_button)
        box.setEscapeButton(keep_button)

        def answered(button: QAbstractButton) -> None:
            if button is copy_button:
                self._ask_copy_folder(then_quit=about == "quit")
            elif button is go_button and about == "quit":
                self._quit_confirmed = True
                self.close()
            elif button is go_button:
                self.lock()

        box.buttonClicked.connect(answered)
        box.finished.connect(box.deleteLater)
        self.unsaved_question = box
        box.open()

    def _ask_copy_folder(self, _checked: bool = False, *, then_quit: bool = False) -> None:
        """Save an encrypted copy elsewhere: a folder the person picks (another disk, a USB key)."""
        dialog = QFileDialog(self, self.tr("Save an encrypted copy in this folder"), str(Path.home()))
        dialog.setObjectName("copyFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self._write_copy(Path(folder), then_quit))
        dialog.finished.connect(dialog.deleteLater)
        self.copy_folder_dialog = dialog
        dialog.open()

    def _write_copy(self, folder: Path, then_quit: bool) -> None:
        if self.is_unlocked():
            self.journal_page.save_now()  # the text being typed goes into the copy too
        stamp = _local_now().strftime("%Y-%m-%d %H%M")

        def work(holder: JournalHolder) -> Path:
            journal = holder.kept()
            if journal is None:
                raise JournalClosed("the journal is closed")
            name = f"{journal.path.stem} ({stamp}){journal.path.suffix}"
            target, number = folder / name, 2
            while target.exists():  # never over another file, which may be another copy
                target, number = folder / f"{journal.path.stem} ({stamp}, {number}){journal.path.suffix}", number + 1
            return journal.write_copy(target)

        def done(copy: Path) -> None:
            self.save_status.setText(self.tr("Encrypted copy saved"))
            text = self.tr("An encrypted copy with all your changes was saved as \u201c%1\u201d in %2. It opens with "
                           "your passphrase.").replace("%1", copy.name).replace("%2", str(copy.parent))
            if then_quit:
                self._quit_confirmed = True
                self.close()
            else:
                show_message(self, self.tr("Copy saved"), text)

        self.worker.submit(work, done, lambda error: show_message(self, self.tr("Carnet"), error_text(error),
                                                                   QMessageBox.Icon.Warning))

    # ----- entries

    def _on_new_entry(self) -> None:
        if self.is_unlocked():
            self.journal_page.new_entry()

    def _on_delete(self) -> None:
        if not self.is_unlocked():
            return
        show_message(
            self, self.tr("Delete this entry?"),
            self.tr("The entry will be deleted from the journal. You can restore it until you lock or close Carnet."),
            QMessageBox.Icon.Question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            on_finished=lambda button: button == QMessageBox.StandardButton.Yes and self.journal_page.delete_current(),
            default=QMessageBox.StandardButton.Cancel)

    def _on_deleted(self, record: EntryRecord) -> None:
        self._deleted.append(record)
        self.undo_delete_action.setEnabled(True)
        self.undo_button.show()
        self._undo_timer.start()
        self.save_status.setText(self.tr("Entry deleted"))

    def _on_undo_delete(self) -> None:
        if self._deleted:
            self.journal_page.restore(self._deleted.pop())
        self.undo_delete_action.setEnabled(bool(self._deleted))
        self.undo_button.setVisible(bool(self._deleted) and self._undo_timer.isActive())

    def _make_tray(self) -> QSystemTrayIcon | None:
        """A tray menu to log a contact while Carnet runs. It never shows journal content."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(icon("carnet"), self)
        tray.setToolTip("Carnet")
        menu = QMenu(self)
        menu.addAction(self.tr("Log a contact…"), self.open_quick_log)
        menu.addAction(self.tr("Open Carnet"), self._bring_to_front)
        menu.addAction(self.tr("Lock"), self.lock)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.close)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self._bring_to_front)
        tray.activated.connect(lambda reason: reason == QSystemTrayIcon.ActivationReason.Trigger and self._bring_to_front())
        tray.show()
        return tray

    def _on_reminder_due(self) -> None:
        title, text = reminder_message(self.language)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
            return
        # No tray on this desktop (some Linux desktops, a kiosk session): the same generic
        # words in the status bar, and the taskbar entry asks for attention.
        self.statusBar().showMessage(text, REMINDER_WITHOUT_TRAY_MS)
        QApplication.alert(self)

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # ----- quick log, templates, example journal

    def open_quick_log(self, _checked: bool = False) -> None:
        """Log a contact. When locked, ask to unlock first, then open it."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if not self.is_unlocked():
            self._after_unlock = [self.open_quick_log]
            if self.pages.currentWidget() is not self.unlock_page and self._journal_path is not None:
                self.show_unlock(self._journal_path)
            self.save_status.setText(self.tr("Unlock the journal first, then log the contact."))
            return
        self.journal_page.save_now()
        self.worker.submit(lambda holder: holder.require().entries.persons(), self._show_quick_log, self._show_error)

    def _show_quick_log(self, persons: list[str]) -> None:
        from journal_app.ui.quick_log import QuickLogDialog

        dialog = QuickLogDialog(persons, self)
        dialog.logged.connect(self._save_contact)
        dialog.finished.connect(dialog.deleteLater)
        self.quick_log_dialog = dialog
        dialog.open()

    def _save_contact(self, fields: EntryFields) -> None:
        def work(holder: JournalHolder) -> EntryRecord:
            record = holder.require().entries.add(fields)
            holder.require().save()
            return record

        def done(record: EntryRecord) -> None:
            self.save_status.setText(self.tr("Contact logged"))
            self.workspace.refresh()

        self.worker.submit(work, done, self._show_error)

    def _fill_template_menu(self) -> None:
        from journal_app.core.templates import builtin_templates

        self.template_menu.clear()
        for template in [*builtin_templates(self.language), *self._own_templates]:
            act = self.template_menu.addAction(template.name)
            act.setToolTip(template.description)
            act.triggered.connect(lambda _c=False, t=template: self._start_from_template(t))
        self.template_menu.setToolTipsVisible(True)

    def _start_from_template(self, template) -> None:  # type: ignore[no-untyped-def]
        self.workspace.show_view(0)
        self.journal_page.start_from_template(template)

    def _write_reflection(self, template) -> None:  # type: ignore[no-untyped-def]
        if template is not None:
            self._start_from_template(template)
        else:
            self.workspace.show_view(0)
            self.journal_page.new_entry()

    def _write_objective_reflection(self, template, objective_uuid: str) -> None:  # type: ignore[no-untyped-def]
        """A trainee's reflection for a learning objective: a new entry from the template, linked."""
        from journal_app.core.entries import EntryFields
        from journal_app.core.placement import PlacementStore

        self.journal_page.save_now()

        def work(holder: JournalHolder) -> str:
            journal = holder.require()
            record = journal.entries.add(EntryFields(title=template.name, body=template.as_markdown()))
            PlacementStore(journal.database).link_entry(objective_uuid, record.uuid)
            journal.save()
            return record.uuid

        def done(uuid: str) -> None:
            self.workspace.refresh()
            self.workspace.open_entry(uuid)
            self.journal_page.editor.body.setFocus()

        self.worker.submit(work, done, self._show_error)

    def open_prompt_settings(self, _checked: bool = False) -> None:
        from journal_app.ui.prompt_settings import PromptSettingsDialog

        if not self.is_unlocked():
            return
        dialog = PromptSettingsDialog(self.worker, self.settings, self)
        dialog.page.saved.connect(self.reminder.rearm)
        dialog.finished.connect(dialog.deleteLater)
        self.prompt_settings_dialog = dialog
        dialog.open()

    def raise_dilemma_from_entry(self) -> None:
        """"This raises a dilemma": attach the entry being edited to a dilemma, or open one."""
        from journal_app.core.dilemmas import DilemmaStore

        self.journal_page.save_now()
        entry_uuid, language = self.journal_page.editor.uuid, self.language

        def work(holder: JournalHolder):  # type: ignore[no-untyped-def]
            store = DilemmaStore(holder.require().database, language)
            if not holder.require().entries.exists(entry_uuid):
                raise InvalidInput("write something in the entry first")
            return store.categories(), [d for d in store.list() if not d.closed]

        def done(result) -> None:  # type: ignore[no-untyped-def]
            categories, dilemmas = result
            self.workspace.dilemmas._open_dialog(categories, dilemmas, entry_uuid)
            self.workspace.dilemmas.dialog.chosen.connect(lambda *_args: self.workspace.show_view(3))

        self.worker.submit(work, done, self._show_error)

    def _prompt_engine(self, holder: JournalHolder) -> PromptEngine:
        from journal_app.core.checkins import CheckinStore
        from journal_app.core.prompts import PromptEngine

        database = holder.require().database
        return PromptEngine(database, _local_now,
                            checkin_trend_rising=lambda: CheckinStore(database).rising(_local_now()))

    def _show_prompt_of_the_day(self) -> None:
        """One calm banner on unlocking: the check-in when one is due, else the question of the day."""
        from journal_app.core.checkins import CheckinStore

        language = self.language

        def work(holder: JournalHolder) -> ShownPrompt | None | bool:
            if holder.require().entries.count() == 0:
                return None  # the first evening: the empty journal's welcome, not a question
            if CheckinStore(holder.require().database).invitation_due(_local_now()):
                return True
            with holder.require().bookkeeping():  # what the engine showed: saved with the next real work
                return self._prompt_engine(holder).next_prompt(language)

        def show(result: ShownPrompt | None | bool) -> None:
            if result is True:
                self.workspace.prompt_banner.show_checkin_invitation()
            else:
                self.workspace.prompt_banner.show_prompt(result)  # type: ignore[arg-type]

        def done(result: ShownPrompt | None | bool) -> None:
            if result is None and not self.workspace.prompt_banner.isVisible():
                return  # nothing changes on screen
            # The banner appearing lays out and paints the whole page again: in a pass where
            # the worker runs no Python (it ran the backups' and the views' work meanwhile, and
            # the page took 15-22 ms; issue 17). Laying out and painting it at once there, in
            # one pass, measured no better.
            self.worker.when_idle(lambda: show(result))

        self.worker.submit(work, done, self._show_error)

    def open_checkin(self, _checked: bool = False) -> None:
        from journal_app.ui.checkin_dialog import CheckinDialog

        if not self.is_unlocked():
            return
        dialog = CheckinDialog(self.worker, self.language, self)
        dialog.recorded.connect(self._on_checkin_recorded)  # a failed save is said inside the dialog
        dialog.finished.connect(dialog.deleteLater)
        self.checkin_dialog = dialog
        dialog.open()

    def _on_checkin_recorded(self) -> None:
        self.save_status.setText(self.tr("Check-in saved"))
        if self.workspace.views.currentWidget() is self.workspace.dashboard:
            self.workspace.dashboard.refresh()

    def _postpone_checkin(self) -> None:
        from journal_app.core.checkins import CheckinStore

        def work(holder: JournalHolder) -> None:
            CheckinStore(holder.require().database).postpone_invitation(_local_now())
            holder.require().save_if_changed()

        self.worker.submit(work, None, self._show_error)

    def _ask_copy_passphrase(self, copies: tuple[Path, ...]) -> None:
        """A conflict copy whose passphrase was changed on the other computer: ask for it."""
        dialog = QInputDialog(self)
        dialog.setObjectName("copyPassphraseDialog")
        dialog.setWindowTitle(self.tr("Another copy of this journal"))
        dialog.setLabelText(self.tr("The passphrase this copy was last saved with (on the other computer):"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda passphrase: self._merge_copies_with(copies, passphrase))
        dialog.finished.connect(dialog.deleteLater)
        self.copy_passphrase_dialog = dialog
        dialog.open()

    def _merge_copies_with(self, copies: tuple[Path, ...], passphrase: str) -> None:
        from journal_app.core.merge import merge_copies

        def done(report: MergeReport) -> None:
            self.workspace.merge_banner.show_report(report)
            if report.changed:
                self.workspace.refresh()

        self.worker.submit(lambda holder: merge_copies(holder.require(), copies, passphrase, self.language),
                           done, self._show_error)

    def open_backups(self, _checked: bool = False, *, back_up_at_once: bool = False) -> None:
        from journal_app.ui.backups_dialog import BackupsDialog

        if not self.is_unlocked():
            return
        self.journal_page.save_now()  # the editor's text reaches the journal first
        dialog = BackupsDialog(self.worker, self, back_up_at_once=back_up_at_once)
        dialog.restored.connect(self._on_backup_restored)
        dialog.finished.connect(dialog.deleteLater)  # late answers are dropped by the dialog
        self.backups_dialog = dialog
        dialog.open()

    def _on_backup_restored(self, _aside: Path) -> None:
        if not self.is_unlocked():
            return  # locking may close the dialog mid-restore
        self._deleted.clear()
        self.undo_button.hide()
        self.workspace.clear()
        self.workspace.refresh()
        self._load_own_templates()
        self.save_status.setText(self.tr("Backup restored"))

    def _show_backup_outcome(self, outcome) -> None:  # type: ignore[no-untyped-def]
        from journal_app.ui.backups_dialog import scheduled_backup_text

        text = scheduled_backup_text(outcome)
        if text:
            self.save_status.setText(text)

    def _snooze_backup_reminder(self) -> None:
        from journal_app.core.backups import snooze_reminder

        def work(holder: JournalHolder) -> None:
            snooze_reminder(holder.require().database, _local_now())
            holder.require().save_if_changed()

        self.worker.submit(work, None, self._show_error)

    def open_where_to_turn(self, _checked: bool = False) -> None:
        """Help lines and people to talk to: from a data file, so available even when locked."""
        from journal_app.ui.checkin_dialog import WhereToTurnDialog

        dialog = WhereToTurnDialog(self.language, self)
        dialog.finished.connect(dialog.deleteLater)
        self.where_to_turn_dialog = dialog
        dialog.open()

    def _on_prompt_action(self, action: str, prompt: ShownPrompt) -> None:
        entry_uuid = None
        if action == "answer":
            self.workspace.show_view(0)
            self.journal_page.new_entry()
            editor = self.journal_page.editor
            editor.body.setMarkdown(f"> {prompt.text}\n\n")
            editor.body.moveCursor(QTextCursor.MoveOperation.End)
            editor.body.setFocus()
            entry_uuid = editor.uuid

        def work(holder: JournalHolder) -> None:
            engine = self._prompt_engine(holder)
            getattr(engine, action)(prompt.id)
            if entry_uuid is not None:
                engine.link_entry(prompt.id, entry_uuid)
            holder.require().save_if_changed()

        self.worker.submit(work, None, self._show_error)

    def _load_own_templates(self) -> None:
        from journal_app.core.templates import TemplateStore

        def done(templates: list[Template]) -> None:
            self._own_templates = templates

        self.worker.submit(lambda holder: TemplateStore(holder.require().database).own(), done, self._show_error)

    def _save_own_template(self, name: str, sections: list) -> None:  # type: ignore[type-arg]
        from journal_app.core.templates import TemplateStore

        def work(holder: JournalHolder) -> None:
            TemplateStore(holder.require().database).save_own(name, sections)
            holder.require().save()

        def done(_result: None) -> None:
            self.save_status.setText(self.tr("Template saved"))
            self._load_own_templates()

        self.worker.submit(work, done, self._show_error)

    def open_demo(self, _checked: bool = False) -> None:
        """Create (or re-create) the example journal and open it; an open journal is locked first."""
        from journal_app.core.demo import create_demo_journal

        if self.is_unlocked():
            self.lock(on_locked=self.open_demo)
            return
        path = default_journal_folder() / f"example-{self.language}.carnet"
        language, kdf = self.language, self._kdf_for_tests
        self._show_page(self.welcome)  # its progress line says what happens during these seconds
        self.welcome.set_busy(True)

        def work(holder: JournalHolder) -> None:
            holder.close()
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise StorageError("the folder cannot be created") from exc
            holder.journal = create_demo_journal(path, language, kdf=kdf)  # type: ignore[arg-type]

        def done(_result: None) -> None:
            self.welcome.set_busy(False)
            self._journal_path = path  # not remembered as the last journal: it is only an example
            self._show_journal()

        def failed(error: JournalError) -> None:
            self.welcome.set_busy(False)
            self._show_error(error)

        self.worker.submit(work, done, failed)

    def open_schedule(self, _checked: bool = False) -> None:
        from journal_app.core.schedule import ScheduleStore

        if not self.is_unlocked():
            return
        self.worker.submit(lambda holder: ScheduleStore(holder.require().database).current(),
                           self._show_schedule_dialog, self._show_error)

    def _show_schedule_dialog(self, current: WeeklySchedule | None) -> None:
        from journal_app.ui.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(current, self.language, self)
        dialog.schedule_chosen.connect(self._save_schedule)
        dialog.finished.connect(dialog.deleteLater)
        self.schedule_dialog = dialog
        dialog.open()

    def _save_schedule(self, schedule: WeeklySchedule, effective_from: date) -> None:
        from journal_app.core.schedule import ScheduleStore

        def work(holder: JournalHolder) -> int:
            changed = ScheduleStore(holder.require().database).set(schedule, effective_from)
            holder.require().save()
            return changed

        def done(changed: int) -> None:
            self.save_status.setText(self.tr("Working hours saved; %n entries re-evaluated", "", changed))
            self.workspace.refresh()

        self.worker.submit(work, done, self._show_error)

    # ----- dialogs

    def _on_settings(self) -> None:
        from journal_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(self._apply_settings)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _apply_settings(self) -> None:
        from journal_app.ui.app import apply_theme

        self.idle_lock.set_minutes(self.settings.autolock_minutes)
        if self.is_unlocked():
            self.idle_lock.start()
        apply_theme(self.settings.theme)

    def _on_about(self) -> None:
        from journal_app.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self._journal_path, self.settings.file_name(), self)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()

    def open_import(self, _checked: bool = False) -> None:
        from journal_app.ui.import_dialog import ImportDialog

        if not self.is_unlocked():
            return
        self.journal_page.save_now()
        dialog = ImportDialog(self.worker, self)
        dialog.imported.connect(self._on_imported)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()

    def _on_imported(self, count: int) -> None:
        self.save_status.setText(self.tr("%n entries imported", "", count))
        self.workspace.refresh()

    def open_export(self, _checked: bool = False) -> None:
        from journal_app.ui.import_dialog import ExportDialog

        if not self.is_unlocked():
            return
        self.journal_page.save_now()
        dialog = ExportDialog(self.worker, self, language=self.language)
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def open_visible(self, _checked: bool = False, *, dilemma: str | None = None) -> None:
        if not self.is_unlocked():
            return
        from journal_app.ui.visible_dialog import VisibleDialog

        self.journal_page.save_now()
        editor = self.journal_page.editor
        entry = None if editor.is_draft else (editor.uuid, editor.title.text())
        dialog = VisibleDialog(self.worker, self.language, self, entry=entry, dilemma=dilemma)
        dialog.status.connect(self.save_status.setText)
        dialog.finished.connect(dialog.deleteLater)
        self.visible_dialog = dialog
        dialog.open()

    def _show_error(self, error: JournalError) -> None:
        if isinstance(error, JournalClosed):
            return  # work that reached the journal after locking: the person sees the unlock page
        if isinstance(error, StorageError) and not error.code.startswith("backup-"):
            self._check_unsaved_after(error)  # a failed save says so in the bar, not in a box
            return
        show_message(self, self.tr("Carnet"), error_text(error), QMessageBox.Icon.Warning)

    def _on_clipboard_changed(self) -> None:
        self._clipboard_from_journal = self.is_unlocked() and (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive)

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
