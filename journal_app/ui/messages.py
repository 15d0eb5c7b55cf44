"""Everything the app says about a failure, translated, with the next step to take.

Message boxes are shown with ``open()`` (never a blocking ``exec()``), so tests can drive
them through their ``finished`` signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal_app.core.errors import JournalError


# Literal calls, so pyside6-lupdate can extract every string.
translate = QCoreApplication.translate


def error_text(error: JournalError) -> str:
    """A sentence for the person: what happened, and what to do next. Never any content."""
    code = getattr(error, "code", "io")
    if code == "wrong-passphrase":
        return translate("Messages", "This passphrase does not open the journal. Check the keyboard layout and Caps Lock, "
                   "then try again. If you have forgotten it, use your recovery code. If you are sure of it: a file "
                   "changed by someone else would look just the same, and a backup can be tried.")
    if code == "wrong-recovery-code":
        return translate("Messages", "This recovery code does not match the journal. Check each group of characters and try again.")
    if code == "damaged":
        return translate("Messages", "This journal file is damaged or was modified by another program, so it cannot be opened. "
                   "Nothing has been changed. You can open the newest backup that still works.")
    if code == "newer-format":
        return translate("Messages", "This journal was saved by a newer version of Carnet. Install the latest version to open it.")
    if code == "locked":
        return translate("Messages", "This journal is already open in another Carnet window or in another session. "
                   "Close it there first, then try again.")
    if code == "changed-on-disk":
        return translate("Messages", "The journal file was changed by another program (for example a synchronisation service) "
                   "since you opened it. Your latest changes were not written over it. "
                   "Lock the journal and open it again.")
    if code == "journal-missing":
        return translate("Messages", "The journal file is no longer where it was opened from: it was moved or deleted, "
                                     "or its disk or USB key was removed. Put it back, or save an encrypted copy "
                                     "elsewhere.")
    if code == "held-open":
        return translate("Messages", "Another program (a synchronisation service or an antivirus) keeps the journal "
                                     "file open, so Carnet cannot replace it yet.")
    if code == "journal-closed":
        return translate("Messages", "The journal is locked. Unlock it, then try again.")
    if code == "no-backup-folder":
        return translate("Backups", "Choose a folder for your backups first: a USB key, or a folder your computer "
                                    "synchronises.")
    if code == "backup-folder-unavailable":
        return translate("Backups", "The backup folder is not available. If it is on a USB key or a network drive, "
                                    "connect it and try again. Your journal has not been changed.")
    if code == "backup-folder-full":
        return translate("Backups", "The disk holding the backup folder is full, so no backup was written. Free "
                                    "some space or choose another folder. Your journal has not been changed.")
    if code == "backup-folder-read-only":
        return translate("Backups", "Carnet may not write in the backup folder (a locked USB key, or a folder "
                                    "without permission). Choose another folder. Your journal has not been changed.")
    if code == "older-copy":
        return translate("Messages", "This is an older copy of this journal, from before its passphrase was changed. "
                   "Carnet never takes it in by itself: open it with the passphrase it had then to compare. "
                   "Nothing has been changed.")
    if code == "foreign-backup":
        return translate("Backups", "This backup belongs to another journal, so it was not restored. "
                                    "Nothing has been changed.")
    if code == "invalid-input":
        return translate("Messages", "This cannot be done: the information given is not valid.")
    if code == "unexpected":
        return translate("Messages", "Something unexpected went wrong. Your journal on disk has not been changed.")
    return translate("Messages", "The journal could not be read or written. Check that the disk is not full and that the "
               "folder is still available (a USB key may have been removed), then try again.")


def show_message(
    parent: QWidget,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    on_finished: Callable[[QMessageBox.StandardButton], None] | None = None,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName("messageBox")
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    if on_finished is not None:
        box.finished.connect(lambda _result: on_finished(box.standardButton(box.clickedButton())))
    box.finished.connect(box.deleteLater)
    box.open()
    return box
