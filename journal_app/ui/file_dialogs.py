"""Every file dialog of Carnet: in the worker's language, starting in Documents or in the
last folder chosen, and leaving no folder name outside the journal.

Qt's own (non-native) dialog, the one used on Linux without a desktop theme, has two habits
this module undoes:

- **It remembers.** Every QFileDialog, when destroyed, writes the folders it visited (its
  history and the last one) into the user's ``QtProject`` settings (``~/.config/QtProject.conf``
  on Linux), shared by every Qt program, and reads them back when the next one is created. A
  folder's name can name a service or a person. Here, while any of Carnet's dialogs exists, the
  ``QtProject`` settings are pointed at a path that cannot exist, so nothing is read or written
  (Linux and other Unix systems, where those settings are a file; on Windows and macOS they
  live in the registry and in a preference list, which ``QSettings.setPath`` cannot redirect:
  there the history is emptied before the dialog goes, and the system's own dialog keeps its
  own list of recent places, which Carnet cannot reach). The last folder chosen is kept only
  inside the encrypted journal (its settings table), read and written on the journal worker.
- **It is half in English.** Qt 6 renamed two of its labels ("&Look in:", "Files of &type:")
  and its French and Dutch translations still carry the old ones: Carnet sets them itself.

Dialogs open with ``open()``: they never block, and tests drive them (see tests/ui/test_traces.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QStyle, QTreeView, QWidget

from journal_app.ui.worker import JournalHolder, JournalWorker

LAST_FOLDER_SETTING = "last_folder"  # in the journal's settings table, encrypted with the rest
# A folder below a device file cannot be created, not even by root: QSettings writes nothing.
_NOWHERE = os.path.join(os.devnull, "carnet-no-qt-settings")
_SETTINGS_ARE_A_FILE = sys.platform not in ("win32", "darwin")


def documents_folder() -> str:
    """Documents, or the home folder when there is none: never the folder Carnet was started
    from, where Qt goes when asked for a folder that does not exist."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _usable(start: Path | str | None) -> str:
    """``start`` if it, or the folder it would be created in, exists; else Documents."""
    if start is not None and (Path(start).exists() or Path(start).parent.is_dir()):
        return str(start)
    return documents_folder()


_live_dialogs = 0


def _qt_dialog_memory_nowhere() -> None:
    """Point the user's ``QtProject`` settings, where QFileDialog reads and writes its
    history, at a path that cannot exist, for as long as one of our dialogs exists: its
    destructor writes them, whether it is deleted by us or with its parent window."""
    global _live_dialogs
    _live_dialogs += 1
    if _live_dialogs == 1 and _SETTINGS_ARE_A_FILE:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, _NOWHERE)


def _qt_dialog_memory_back() -> None:
    """The last of our dialogs is gone: Qt's settings where Qt keeps them on these systems."""
    global _live_dialogs
    _live_dialogs -= 1
    if _live_dialogs == 0 and _SETTINGS_ARE_A_FILE:
        config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config)


def file_dialog(parent: QWidget, title: str, *, worker: JournalWorker | None = None,
                start: Path | str | None = None) -> QFileDialog:
    """A file dialog to configure (modes, filters) and ``open()``.

    It starts in ``start`` when given (what the dialog is about: a file already chosen, the
    journal's own folder), else in the last folder chosen in this journal (asked from
    ``worker``, when a journal is open), else in Documents. The folder of what the worker
    chooses is remembered in the journal. The dialog deletes itself once closed."""
    _qt_dialog_memory_nowhere()
    dialog = QFileDialog(parent, title, _usable(start))
    dialog.destroyed.connect(_qt_dialog_memory_back)  # emitted after its destructor wrote
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialog", "Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialog", "Files of type:"))
    _fit_column_titles(dialog)
    if worker is not None:
        if start is None:
            worker.submit_for(dialog, _read_last_folder, lambda folder: _start_in(dialog, folder), _ignore)
        dialog.fileSelected.connect(lambda name: _remember(worker, name))
    dialog.finished.connect(lambda _result: QTimer.singleShot(0, lambda: _dispose(dialog)))
    return dialog


def _fit_column_titles(dialog: QFileDialog) -> None:
    """Widen the list's columns to their titles ("Dernière modification" was cut)."""
    view = dialog.findChild(QTreeView)
    if view is None:  # a native dialog
        return
    header = view.header()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 16  # and the sort arrow
    for column in range(header.count()):
        title = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + margin
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


def _read_last_folder(holder: JournalHolder) -> Any:
    return holder.require().database.read_setting(LAST_FOLDER_SETTING)


def _start_in(dialog: QFileDialog, folder: Any) -> None:
    if not isinstance(folder, str) or not Path(folder).is_dir() or not dialog.isVisible():
        return
    chosen = dialog.selectedFiles()
    name = Path(chosen[0]).name if chosen and not Path(chosen[0]).is_dir() else ""
    dialog.setDirectory(folder)
    if name and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
        dialog.selectFile(name)  # the proposed file name, in the remembered folder


def _remember(worker: JournalWorker, name: str) -> None:
    if not name:
        return
    chosen = Path(name)
    folder = str(chosen if chosen.is_dir() else chosen.parent)

    def work(holder: JournalHolder) -> None:
        database = holder.require().database
        if database.read_setting(LAST_FOLDER_SETTING) != folder:  # unchanged: nothing to save
            database.write_setting(LAST_FOLDER_SETTING, folder)

    worker.submit(work, None, _ignore)


def _ignore(_error: object) -> None:
    """No journal open (or locked meanwhile): the dialog simply starts in Documents."""


def _dispose(dialog: QFileDialog) -> None:
    if not shiboken6.isValid(dialog) or dialog.isVisible():  # already gone, or opened again
        return
    dialog.setHistory([])  # where the settings cannot be redirected (Windows, macOS)
    shiboken6.delete(dialog)
