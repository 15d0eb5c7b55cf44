"""Typed errors of the core.

Each error carries the CLI exit code the README documents, and a stable ``code`` the
desktop app maps to a translated message. Messages here are English, for the CLI and logs;
none of them ever contains journal content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class JournalError(Exception):
    """Base of every error the core reports to a person (never a bug)."""

    exit_code = 5
    code = "io"


class WrongPassphrase(JournalError):
    exit_code = 2
    code = "wrong-passphrase"


class WrongRecoveryCode(WrongPassphrase):
    code = "wrong-recovery-code"


class DamagedJournal(JournalError):
    """The file is not a journal, is truncated, corrupted or was tampered with."""

    exit_code = 3
    code = "damaged"


class UnsupportedFormat(DamagedJournal):
    """The file was written by a newer Carnet."""

    code = "newer-format"


class JournalLocked(JournalError):
    """Another process has this journal open for writing."""

    exit_code = 4
    code = "locked"


class StorageError(JournalError):
    """Reading or writing the disk failed (full disk, permission, missing folder)."""

    exit_code = 5
    code = "io"


class JournalChangedOnDisk(StorageError):
    """The file was replaced by someone else (a sync client, another computer) since we opened it."""

    code = "changed-on-disk"


class JournalMissing(StorageError):
    """The journal file is no longer where it was opened from (moved, deleted, its disk or USB
    key removed). Nothing was written: a save never recreates it unasked. The journal is still
    open in memory; ``Journal.write_copy`` saves an encrypted copy elsewhere."""

    code = "journal-missing"


class FileHeldOpen(StorageError):
    """Windows kept refusing, for a while, to replace the journal file: another program (a
    sync client, an antivirus) holds it open. The previous version is still in place and the
    changes are still in memory; the new version waits, encrypted, in the temporary file
    ``kept`` (removed by the next successful save)."""

    code = "held-open"

    def __init__(self, message: str, kept: Path) -> None:
        super().__init__(message)
        self.kept = kept


class InvalidInput(JournalError):
    """Bad input from the person: a malformed import file, an unknown option value."""

    exit_code = 1
    code = "invalid-input"


class NoBackupFolder(InvalidInput):
    """A backup was asked for, but no backup folder has been chosen."""

    code = "no-backup-folder"


class BackupFolderUnavailable(StorageError):
    """The backup folder is not there: a USB key taken out, a network folder offline."""

    code = "backup-folder-unavailable"


class BackupFolderFull(StorageError):
    """The disk holding the backup folder is full."""

    code = "backup-folder-full"


class BackupFolderReadOnly(StorageError):
    """The backup folder cannot be written to (read-only key, permissions)."""

    code = "backup-folder-read-only"


class ForeignBackup(InvalidInput):
    """A backup of another journal (another identity) offered in place of this one."""

    code = "foreign-backup"


class OlderCopy(InvalidInput):
    """A copy of this journal under another data key: made before a passphrase change (or
    by someone who knew an old passphrase). Never merged automatically: the worker may open
    it with its own passphrase and compare."""

    code = "older-copy"


class Cancelled(JournalError):
    """Long work stopped at the person's request (raised by a progress callback). What it was
    doing is undone: an import's transaction rolled back, an export's file never written."""

    exit_code = 130
    code = "cancelled"



Progress = Callable[[int, int], None]
"""``progress(done, total)``, called as long work advances (the last call has ``done == total``);
it may raise ``Cancelled`` to stop the work."""

PROGRESS_STEP = 200  # records between two calls of a progress callback
