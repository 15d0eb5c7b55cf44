"""A journal: one encrypted file, unlocked into an in-memory database.

``Journal`` owns the data key, the database and the write lock. It is meant to be used by
one thread at a time (the desktop app's worker, or the CLI).
"""

from __future__ import annotations

import ctypes
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import BinaryIO

from filelock import FileLock, Timeout

from journal_app.core import crypto, sqlite_memory, vaultfile
from journal_app.core.database import Database
from journal_app.core.entries import EntryStore
from journal_app.core.errors import (
    DamagedJournal, FileHeldOpen, ForeignBackup, InvalidInput, JournalChangedOnDisk, JournalError, JournalLocked,
    JournalMissing, OlderCopy, Progress, StorageError, WrongPassphrase,
)
from journal_app.core.portable import path_problem

BACKUP_FOLDER = "backups"
# What a restore's progress counts: the backup read and decrypted, checked, then written.
RESTORE_STEPS = 3
# Saved versions beside the journal: every one of the last hour, then thinned by age.
_EVERY_SAVE_FOR = 3600.0
_THINNING = ((86400.0, 3600.0), (31 * 86400.0, 86400.0), (365 * 86400.0, 7 * 86400.0))  # (reach, one per)
# Most the versions beside the journal may take; the oldest go first beyond it.
BACKUP_BUDGET_BYTES = 512 * 1024 * 1024
# A backup's name: random hex now; a counter in the names of older Carnets, still read.
_VERSION_TAG = r"\.(?:(\d{6,})|[0-9a-f]{16})"
# A save that finds the file replaced right before its own replace merges and starts again.
SAVE_ATTEMPTS = 10
JOURNAL_SUFFIX = ".carnet"


@dataclass(frozen=True)
class _FileIdentity:
    """What we saw of the file when we last read or wrote it, to notice a replacement."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> _FileIdentity:
        return cls.from_stat(path.stat())

    @classmethod
    def from_stat(cls, stat: os.stat_result) -> _FileIdentity:
        return cls(stat.st_size, stat.st_mtime_ns, stat.st_ino)


@dataclass(frozen=True)
class KeyChange:
    """What a change of key did (a new passphrase, a recovery, a new recovery code).

    The journal and every copy listed in ``reencrypted`` now open only with the new
    passphrase and the new recovery code. Copies elsewhere (``left_as_they_were``, the
    backup folder when ``folder_unreachable``, and any copy Carnet does not know of: a USB
    key in a drawer, a file sent by e-mail, the other computer's journal) still open with
    the old passphrase and the old recovery code, as they were when made."""

    recovery_code: str  # shown once, never stored
    reencrypted: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()  # saved versions in backups/ that no key in memory opened (damaged)
    left_as_they_were: tuple[Path, ...] = ()  # could not be re-encrypted (damaged, read-only, another key)
    folder_unreachable: Path | None = None  # the backup folder, not available now (a USB key taken out?)


def _identity_or_none(path: Path) -> _FileIdentity | None:
    """None when there is no file at ``path`` (any longer)."""
    try:
        return _FileIdentity.of(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(f"the journal file could not be examined ({exc.strerror or exc})") from exc


def _missing() -> JournalMissing:
    return JournalMissing(
        "the journal file is no longer where it was (moved, deleted, or its disk removed): nothing was written; "
        "save an encrypted copy elsewhere")


class _ReplacedMeanwhile(Exception):
    """The file changed between the check before a save and its replace: merge and retry."""


class _DisplacedNewcomer(Exception):
    """A version put in place after the last check was swapped out by the save (see
    ``vaultfile._write_atomically_with``): it waits at ``path`` to be merged."""

    def __init__(self, path: Path, written: _FileIdentity) -> None:
        super().__init__(str(path))
        self.path = path
        self.written = written  # our version, now in place


class _ReplaceGuard:
    """Right before the new version replaces the file: check that the file is still the version
    last read (or written), and keep that version as a backup, checked again once kept."""

    def __init__(self, path: Path, expected: _FileIdentity | None, keep_backup: bool = True) -> None:
        self.path = path
        self.expected = expected
        self.keep_backup = keep_backup
        self.backup: Path | None = None

    def check(self) -> None:
        self._require_expected()
        if self.keep_backup and self.expected is not None and self.backup is None:
            self.backup = _keep_backup(self.path)
            self._require_expected()  # the backup is the version checked, not a newcomer

    def _require_expected(self) -> None:
        current = _identity_or_none(self.path)
        if current == self.expected:
            return
        if current is None:
            raise _missing()
        raise _ReplacedMeanwhile

    def after_swap(self, displaced: Path, written: os.stat_result) -> None:
        """The new version took the journal's name; ``displaced`` is the file it swapped out."""
        if _identity_or_none(displaced) == self.expected:
            displaced.unlink(missing_ok=True)  # the version checked, already kept as a backup
            return
        raise _DisplacedNewcomer(displaced, _FileIdentity.from_stat(written))

    def drop_backup(self) -> None:
        if self.backup is not None:
            self.backup.unlink(missing_ok=True)
            self.backup = None


class Journal:
    def __init__(
        self, path: Path, header: vaultfile.VaultHeader, data_key: bytes, database: Database, lock: FileLock | None
    ) -> None:
        self.path = path
        self._header = header
        self._data_key: bytes | None = data_key
        self.database = database
        self._lock = lock
        if isinstance(lock, _WriteLock):
            lock.served_a_journal = True  # its side file stays when it is released (see _WriteLock)
        self._seen: _FileIdentity | None = _identity_or_none(path)
        self._waiting_version: Path | None = None  # see _keep_waiting_version
        # Seconds since the epoch: when the backups are thinned by age (tests set another).
        self.clock: Callable[[], float] = time.time
        # SQLite's count of rows changed when the file last matched memory, for save_if_changed.
        # None: memory differs from the file (new, or just migrated).
        self._saved_changes: int | None = (
            database.raw.total_changes if self._seen is not None and not database.migrated else None)
        self.entries = EntryStore(database)
        # The last save's (or the file's) compressed blocks: a save compresses only what changed.
        self._compressed = vaultfile.CompressedImage()

    # ----- opening and creating

    @classmethod
    def create(cls, path: Path | str, passphrase: str, kdf: crypto.KdfParams | None = None) -> tuple[Journal, str]:
        """Create a new journal file. Returns the open journal and its recovery code, which is
        shown once and never stored. ``kdf`` is for tests; people always get calibrated parameters."""
        path = Path(path)
        if not passphrase:
            raise InvalidInput("the passphrase cannot be empty")
        if path.exists():
            raise InvalidInput("a file already exists at this place: choose another name")
        if problem := path_problem(path):
            raise InvalidInput(f"this name cannot be used on every computer: {problem}")
        if not path.parent.is_dir():
            raise StorageError("the folder for the journal does not exist")
        lock = _acquire_lock(path)
        try:
            header, data_key, recovery_code = vaultfile.new_header(passphrase, kdf or crypto.calibrate_kdf())
            journal = cls(path, header, data_key, Database.new(), lock)
            journal.save()
        except BaseException:
            lock.served_a_journal = False  # no journal was created: no lock file either
            lock.release()
            raise
        return journal, recovery_code

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, read_only: bool = False) -> Journal:
        """Unlock a journal. ``read_only`` skips the write lock (for commands that only read)."""
        path = Path(path)
        _require_existing(path)  # before locking: a mistyped path must not leave a lock file behind
        lock = None if read_only else _acquire_lock(path)
        try:
            journal = cls._unlock(path, lambda parsed: vaultfile.unlock_with_passphrase(parsed, passphrase), lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if lock is not None:
            _remove_leftovers(path, time.time())
        return journal

    @classmethod
    def reset_passphrase(cls, path: Path | str, recovery_code: str, new_passphrase: str) -> tuple[Journal, KeyChange]:
        """Unlock with the recovery code and set a new passphrase. The data key changes too
        (see ``change_passphrase``): the returned KeyChange holds the new recovery code, to show once."""
        path = Path(path)
        if not new_passphrase:
            raise InvalidInput("the passphrase cannot be empty")
        _require_existing(path)
        lock = _acquire_lock(path)
        try:
            journal = cls._unlock(path, lambda parsed: vaultfile.unlock_with_recovery_code(parsed, recovery_code), lock)
        except BaseException:
            lock.release()
            raise
        try:
            change = journal.change_passphrase(new_passphrase)
        except BaseException:
            journal.close()  # release the lock now, not whenever the object is collected
            raise
        return journal, change

    @classmethod
    def _unlock(
        cls, path: Path, unlock: Callable[[vaultfile.ParsedFile], bytes], lock: FileLock | None
    ) -> Journal:
        """Header, key, then the body read from the open file as it is decrypted (never the
        whole file in memory). The file is not held open during the slow key derivation:
        Windows could not replace it meanwhile (a save by another program would fail)."""
        with _open_for_reading(path) as handle:
            parsed = vaultfile.parse_file(handle)
        data_key = unlock(parsed)
        with _open_for_reading(path) as handle:
            current = vaultfile.parse_file(handle)
            if current.header != parsed.header:  # replaced meanwhile, with other wrapped keys
                data_key = unlock(current)
            # Same wrapped keys, same data key; the header MAC and the body are checked with
            # it against this file. The image is decompressed into SQLite's own memory and
            # handed over (sqlite_memory): no second copy where that is possible.
            # The file's frames, for the first save to compress only what changed since; a
            # journal opened read-only never saves (an export, a search): nothing kept.
            compressed = vaultfile.CompressedImage()
            database = Database.from_image(vaultfile.decrypt_body(
                current, data_key, sqlite_memory.image_buffer, compressed if lock is not None else None))
            journal = cls(path, current.header, data_key, database, lock)
            journal._compressed = compressed
            return journal

    @property
    def journal_id(self) -> str:
        return self._header.journal_id

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def is_open(self) -> bool:
        return self._data_key is not None

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless ``passphrase`` opens this journal. Checked against the
        header in memory, not the file: unlocking the window again while a save is pending
        must work even when the file was moved away; asked again before a change of key, so
        that someone at an unlocked computer cannot lock its owner out."""
        if vaultfile.unwrap_with_passphrase(self._header, passphrase) != self._require_key():
            raise WrongPassphrase("wrong passphrase")

    # ----- saving

    @property
    def saved_at(self) -> datetime | None:
        """When the file last held what memory holds (its modification time when we last read
        or wrote it); None before the first save."""
        return None if self._seen is None else datetime.fromtimestamp(self._seen.mtime_ns / 1e9, UTC)

    def has_unsaved_changes(self) -> bool:
        return self._saved_changes is None or self.database.raw.total_changes != self._saved_changes

    @contextmanager
    def bookkeeping(self) -> Iterator[None]:
        """Writes made inside are not worth a save of their own (e.g. which question was shown
        today): when nothing else was unsaved, the journal still counts as saved afterwards, so
        they ride along with the next save of real work. A crash before it costs only seeing
        that question again; unlocking and locking an untouched journal leaves its file as it was."""
        was_saved = not self.has_unsaved_changes()
        yield
        if was_saved:
            self._saved_changes = self.database.raw.total_changes

    def save_if_changed(self, *, purge_removed_words: bool = False) -> bool:
        """Save only when something changed since the last save: an identical version must not
        push a real one out of the ten backups. ``purge_removed_words`` (locking, quitting, the
        editor's pause) also saves, and purges, when the search index still holds words an edit
        removed (see ``save``); without it, such a save leaves them for one of those (a purge
        costs ~0.5 s at 50,000 entries: not for opening a view or postponing a check-in)."""
        owed = purge_removed_words and self.database.search_index_holds_edits
        if not self.has_unsaved_changes() and not owed:
            return False
        self.save(purge_removed_words=purge_removed_words)
        return True

    def save(self, *, purge_removed_words: bool = True) -> None:
        """Encrypt and write the whole journal atomically, keeping the previous version as a backup.

        ``purge_removed_words=False`` (the editor's autosave, while a person writes) leaves the
        words an edit replaced in the encrypted search index until a later save purges them
        (``save_if_changed(purge_removed_words=True)``, which locking and the editor's pause run): purging rewrites the
        whole index (~190 ms at 50,000 entries, issue 17). A deleted entry is always purged
        (``EntryStore.delete`` asks for it). The file records that a purge is owed, so a crash
        before it leaves it owed after reopening.

        Never writes over a version it has not read: a version a sync service put in place
        since the last save is merged first (``_take_in_version_on_disk``), and the file's
        identity is checked again once the new version is encrypted and on disk, right
        before it replaces the file. A replacement that arrived meanwhile is merged and the
        save starts again (SAVE_ATTEMPTS times at most; then JournalChangedOnDisk, nothing
        written over). On Linux the new file then swaps names with the journal in one step, and
        a version that landed after that last check is swapped out, kept in backups/ and
        merged. Elsewhere (Windows, macOS) it is replaced: a version landing in the instant
        between the last check and the replace (a few system calls) would be written over."""
        data_key = self._require_key()
        if self.read_only:
            raise RuntimeError("a journal opened read-only cannot be saved")
        for _attempt in range(SAVE_ATTEMPTS):
            self._take_in_version_on_disk()
            # SQLite's own bytes where it can (no copy of the image), proven unwritten before
            # the new file replaces the old one.
            image, image_unchanged = self.database.image_view(purge_removed_words=purge_removed_words)
            guard = _ReplaceGuard(self.path, self._seen)

            def before_replace(guard: _ReplaceGuard = guard, unchanged: Callable[[], None] = image_unchanged) -> None:
                unchanged()
                guard.check()

            try:
                # Encrypted chunk by chunk straight into the temporary file: no copy of the image.
                written = vaultfile.write_journal(
                    self.path, self._header, data_key, image, before_replace=before_replace,
                    on_displaced=guard.after_swap if self._seen is not None else None,
                    compressed=self._compressed)
            except _ReplacedMeanwhile:
                guard.drop_backup()
                continue
            except _DisplacedNewcomer as arrival:
                # Our version is in place, and the one that arrived in the last instant was
                # swapped out, not deleted: kept as a backup, merged, and saved again.
                # What is at the path now may already be yet another version: remember ours.
                self._seen = arrival.written
                self._merge_from(_file_as_backup(self.path, arrival.path))
                continue
            except FileHeldOpen as exc:
                guard.drop_backup()
                self._keep_waiting_version(exc.kept)
                raise
            except BaseException:
                # The file was not replaced: this backup duplicates it. Rotating only after a
                # successful write keeps repeated failures (a full disk) from pushing out history.
                guard.drop_backup()
                raise
            # Ours, not whatever is at the path by now: a version that lands right after the
            # replace differs from it, and is merged by the next save.
            self._seen = _FileIdentity.from_stat(written)
            self._saved_changes = self.database.raw.total_changes  # read after image(), which may optimize
            self._keep_waiting_version(None)
            _prune_backups(self.path, self.clock())
            return_freed_memory()
            return
        raise JournalChangedOnDisk("the journal file keeps being replaced by another program: it was not written over")

    def _keep_waiting_version(self, temporary: Path | None) -> None:
        """The encrypted version a refused replace left (Windows), kept until a newer one is
        kept or a save succeeds: one at most."""
        if self._waiting_version is not None and self._waiting_version != temporary:
            self._waiting_version.unlink(missing_ok=True)
        self._waiting_version = temporary

    def change_passphrase(self, new_passphrase: str, progress: Progress | None = None) -> KeyChange:
        """Set a new passphrase. The journal gets a new data key and a new recovery code (in
        the result, to show once): re-wrapping the old key would let anyone who knew the old
        passphrase, or holds the old recovery code, read every later save of any copy.
        The journal is re-encrypted, then every copy Carnet manages (see ``_reencrypt_copies``);
        ``progress(done, total)`` counts the copies (it cannot cancel: a key change is not undone)."""
        if not new_passphrase:
            raise InvalidInput("the passphrase cannot be empty")
        return self._change_key(new_passphrase, progress)

    def renew_recovery_code(self, passphrase: str, progress: Progress | None = None) -> KeyChange:
        """A new recovery code, making the old one useless (a code seen by someone, or lost):
        the data key changes as for a new passphrase, since the old code unwraps the old key
        in every copy made before. ``passphrase`` (the current one) is checked, then kept."""
        self.check_passphrase(passphrase)
        return self._change_key(passphrase, progress)

    def _change_key(self, passphrase: str, progress: Progress | None = None) -> KeyChange:
        old_key = self._require_key()
        if self.read_only:
            raise RuntimeError("a journal opened read-only cannot change its key")
        self._take_in_version_on_disk()  # with the old key: the version on disk is under it
        previous = self._header
        header, data_key, recovery_code = vaultfile.new_key(previous.journal_id, passphrase, previous.kdf)
        self._header, self._data_key = header, data_key
        try:
            self.save()
        except BaseException:
            # Reported as failed, so it must not be applied by a later save either.
            self._header, self._data_key = previous, old_key
            raise
        return self._reencrypt_copies(old_key, recovery_code, progress)

    def _reencrypt_copies(self, old_key: bytes, recovery_code: str, progress: Progress | None = None) -> KeyChange:
        """Every copy Carnet manages, under the new key: the saved versions in backups/ (the
        one just made included), the backups in the worker's backup folder when it is
        reachable, the files a restore kept aside and the merged conflict copies. Each keeps
        its name and modification time (the order of backups goes by them). A saved version
        in backups/ that the old key does not open is removed (it could only open with some
        older passphrase); any other such copy is left as it was, and listed."""
        from journal_app.core import backups  # both build on this module
        from journal_app.core.merge import MERGED_FOLDER

        destination = backups.read_plan(self.database).destination
        reachable = destination if destination is not None and destination.is_dir() else None
        found = [(info.path, info.place == "beside")
                 for info in backups.list_backups(self.path, self.journal_id, reachable)]
        merged = self.path.parent / MERGED_FOLDER
        if merged.is_dir():
            found += [(copy, False) for copy in sorted(merged.glob("*" + JOURNAL_SUFFIX)) if copy.is_file()]
        reencrypted, removed, left = [], [], []
        for done, (copy, own_version) in enumerate(found):
            if progress is not None:
                progress(done, len(found))
            try:
                self._reencrypt(copy, old_key)
            except JournalError:
                if own_version and _removed(copy):
                    removed.append(copy)
                else:
                    left.append(copy)
            else:
                reencrypted.append(copy)
        if progress is not None and found:
            progress(len(found), len(found))
        return KeyChange(recovery_code, tuple(reencrypted), tuple(removed), tuple(left),
                         destination if destination is not None and reachable is None else None)

    def _reencrypt(self, copy: Path, old_key: bytes) -> None:
        data_key = self._require_key()
        with _open_for_reading(copy) as handle:
            parsed = vaultfile.parse_file(handle)
            if parsed.header.journal_id != self.journal_id:
                raise ForeignBackup("this file belongs to another journal")
            if parsed.header.key_id == self._header.key_id:
                return  # already under the new key
            image = vaultfile.decrypt_body(parsed, old_key)
            times = os.fstat(handle.fileno())
        vaultfile.write_journal(copy, self._header, data_key, image)
        try:
            os.utime(copy, ns=(times.st_atime_ns, times.st_mtime_ns))
        except OSError:
            pass  # the copy is re-encrypted; only its place in a list by date may change

    def write_copy(self, destination: Path | str) -> Path:
        """An encrypted copy of the journal as it is now (same passphrase and recovery code)."""
        destination = Path(destination)
        if destination.is_dir():
            destination = destination / self.path.name
        if destination.resolve() == self.path.resolve():
            raise InvalidInput("the copy cannot replace the journal itself")
        vaultfile.write_journal(destination, self._header, self._require_key(), self.database.image())
        return destination

    def read_copy(self, path: Path | str, passphrase: str | None = None) -> Database:
        """The database of another copy of this journal (a sync service's conflict copy), read
        without changing the file. Only a copy under the journal's current data key is read:
        a copy under another key was made before a change of passphrase (or crafted by
        someone who knew an old one) and is never taken in, whatever it holds. Raises
        ForeignBackup (another journal's file), OlderCopy (another key: its header names
        another key, or ``passphrase`` opens it with another key), WrongPassphrase (a copy
        from before keys were named that the key does not open: its passphrase is needed to
        tell an older copy from a damaged one), DamagedJournal, UnsupportedFormat, StorageError."""
        data_key = self._require_key()
        with _open_for_reading(Path(path)) as handle:
            parsed = vaultfile.parse_file(handle)
            if parsed.header.journal_id != self.journal_id:
                raise ForeignBackup("this file belongs to another journal")
            copy_key_id = parsed.header.key_id
            if copy_key_id is not None and copy_key_id != crypto.key_id(data_key):
                raise OlderCopy("this is an older copy of the journal (from before a change of passphrase)")
            try:
                image = vaultfile.decrypt_body(parsed, data_key)
            except DamagedJournal:
                if copy_key_id is not None:
                    raise  # it names the journal's key, which does not open it: damaged
                if passphrase is None:
                    raise WrongPassphrase("this copy does not open with the journal's key") from None
                own_key = vaultfile.unlock_with_passphrase(parsed, passphrase)
                if own_key == data_key:
                    raise  # the same key: the copy is damaged
                raise OlderCopy("this is an older copy of the journal (from before a change of passphrase)") from None
        return Database.from_image(image)

    def replace_with_version(self, version: Path | str, progress: Progress | None = None) -> Path:
        """Put another version of this journal (one of its backups) in its place, checked first:
        it must carry this journal's identity, decrypt with this journal's key and pass the
        integrity check, or nothing is touched. Decrypted with the key already in memory, so it
        needs no passphrase, and the journal keeps its current passphrase and recovery code
        (a backup made before they changed was re-encrypted then; one Carnet could not reach
        is refused as OlderCopy). The journal as it is in memory,
        unsaved changes included, is first written aside, never deleted (no save: a save
        would rotate the backups and could delete the very one being restored). Returns
        where it was kept.

        ``progress(done, RESTORE_STEPS)`` counts the steps (read and decrypted, checked, about
        to write); if it raises (``Cancelled``), the restore stops before anything is written:
        the journal, on disk and in memory, stays exactly as it was."""
        def step(done: int) -> None:
            if progress is not None:
                progress(done, RESTORE_STEPS)

        data_key = self._require_key()
        if self.read_only:
            raise RuntimeError("a journal opened read-only cannot be replaced")
        self._require_unchanged_on_disk()  # or the version on disk would be lost, kept nowhere
        step(0)
        with _open_for_reading(Path(version)) as handle:
            parsed = vaultfile.parse_file(handle)
            if parsed.header.journal_id != self.journal_id:
                raise ForeignBackup("this backup belongs to another journal")
            if parsed.header.key_id not in (None, crypto.key_id(data_key)):
                raise OlderCopy("this backup was made before the passphrase changed: it opens with the "
                                "passphrase of that time")
            database = Database.from_image(vaultfile.decrypt_body(parsed, data_key))
        try:
            step(1)
            if database.integrity_problems():
                raise DamagedJournal("the backup's database failed its integrity check")
            image = database.image()
            step(2)  # the last moment to stop: from here the journal is written
            aside = self.write_copy(_free_name(self.path, "replaced"))
            guard = _ReplaceGuard(self.path, self._seen, keep_backup=False)
            try:
                written = vaultfile.write_journal(self.path, self._header, data_key, image, before_replace=guard.check)
            except BaseException as exc:
                aside.unlink(missing_ok=True)
                if isinstance(exc, FileHeldOpen):
                    exc.kept.unlink(missing_ok=True)  # the restore is simply not done
                if isinstance(exc, _ReplacedMeanwhile):
                    raise JournalChangedOnDisk(
                        "the journal file was changed by another program during the restore: it was not replaced") from exc
                raise
        except BaseException:
            database.close()
            raise
        self.database.close()
        self.database = database
        self.entries = EntryStore(database)
        self._seen = _FileIdentity.from_stat(written)
        self._saved_changes = database.raw.total_changes
        return aside

    def _take_in_version_on_disk(self) -> None:
        """Before saving: if a sync service replaced the file with the other computer's saves
        since we opened it, merge that version into memory first, so the save keeps both sides.
        A file that is not a readable version of this journal is never written over; a file
        that is gone is not recreated unasked (JournalMissing)."""
        arrived = _identity_or_none(self.path)
        if arrived == self._seen:
            return
        if arrived is None:
            raise _missing()
        self._merge_from(self.path)
        self._seen = arrived  # a change after this moment is caught right before the replace

    def _merge_from(self, version: Path) -> None:
        """Merge another version of this journal into memory."""
        from journal_app.core.merge import merge_databases  # merge builds on this module

        try:
            copy = self.read_copy(version)
        except JournalError as exc:
            raise JournalChangedOnDisk("the journal file was changed by another program since it was opened") from exc
        try:
            merge_databases(self.database, copy)
        finally:
            copy.close()

    def _require_unchanged_on_disk(self) -> None:
        current = _identity_or_none(self.path)
        if current == self._seen:
            return
        if current is None:
            raise _missing()
        raise JournalChangedOnDisk("the journal file was changed by another program since it was opened")

    def close(self) -> None:
        """Forget the key and the database, and release the lock. Does not save."""
        self._data_key = None
        self._compressed.forget()
        self.database.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _require_key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("the journal is closed")
        return self._data_key


def verify(path: Path | str, passphrase: str) -> list[str]:
    """Decrypt and check a journal without changing it. Returns integrity problems (empty if sound)."""
    journal = Journal.open(path, passphrase, read_only=True)
    try:
        return journal.database.integrity_problems()
    finally:
        journal.close()


def backups_of(path: Path | str) -> list[Path]:
    """Saved versions of this journal in backups/ beside it, newest first."""
    path = Path(path)
    folder = path.parent / BACKUP_FOLDER
    try:
        children = list(folder.iterdir())
    except OSError:
        return []
    # Exactly "<stem>.<tag>.carnet": a glob would also take the backups of "<stem>.other.carnet"
    # (and thin them away), and would misread a name holding glob characters.
    pattern = re.compile(re.escape(path.stem) + _VERSION_TAG + re.escape(JOURNAL_SUFFIX))
    dated = []
    for candidate in children:
        if match := pattern.fullmatch(candidate.name):
            try:
                modified = candidate.stat().st_mtime_ns
            except OSError:
                continue
            dated.append(((modified, int(match[1] or -1), candidate.name), candidate))
    return [candidate for _, candidate in sorted(dated, reverse=True)]


def version_time(backup: Path | str) -> datetime:
    """When this version of the journal was saved (local, aware): its file's modification
    time, which the hard link made into a backup keeps. Names say nothing of it."""
    try:
        return datetime.fromtimestamp(Path(backup).stat().st_mtime).astimezone()
    except OSError as exc:
        raise StorageError(f"the backup could not be examined ({exc.strerror or exc})") from exc


def backups_size(path: Path | str) -> int:
    """Bytes the saved versions beside the journal take (kept within BACKUP_BUDGET_BYTES)."""
    total = 0
    for backup in backups_of(path):
        try:
            total += backup.stat().st_size
        except OSError:
            continue
    return total


def versions_to_keep(times: dict[Path, float], now: float) -> set[Path]:
    """Which versions (path: time in seconds since the epoch) thinning by age keeps: each one
    of the last hour (and any dated in the future: a clock put back), then the newest of each
    hour for a day, of each day for a month, of each week for a year, as Time Machine and
    ``borg prune`` thin. Older ones go."""
    kept = {path for path, moment in times.items() if now - moment < _EVERY_SAVE_FOR}
    for reach, period in _THINNING:
        newest_in: dict[int, tuple[float, Path]] = {}
        for path, moment in times.items():
            if now - moment < reach:
                slot = int(moment // period)
                if slot not in newest_in or moment > newest_in[slot][0]:
                    newest_in[slot] = (moment, path)
        kept.update(path for _moment, path in newest_in.values())
    return kept


def return_freed_memory() -> bool:
    """Give the memory a save freed (its compressed and encrypted chunks, SQLite's pages)
    back to the system where glibc is the allocator: glibc keeps freed memory of the worker
    thread's arena for later, ~19 MiB of resident memory at 50,000 entries after each save
    (issue 17). Whether it could be asked; a no-op elsewhere (macOS, Windows, musl)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION").startswith("glibc"):  # type: ignore[union-attr]
            return None
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, ValueError, TypeError):  # no confstr (Windows), no such name, not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


def newest_good_backup(path: Path | str, passphrase: str, progress: Progress | None = None) -> Path | None:
    """The newest backup that opens with this passphrase, for when the journal itself is damaged.
    ``progress(tried, total)`` counts the backups tried (one key derivation each: seconds apiece
    with the real cost); if it raises (``Cancelled``), the search stops, nothing was changed."""
    candidates = backups_of(path)
    for tried, candidate in enumerate(candidates):
        if progress is not None:
            progress(tried, len(candidates))
        try:
            Journal.open(candidate, passphrase, read_only=True).close()
        except (DamagedJournal, WrongPassphrase, StorageError):
            continue
        return candidate
    return None


def restore_backup(path: Path | str, backup: Path | str) -> Path:
    """Put a backup in place of the journal. The replaced file is kept aside, never deleted.
    Returns where the replaced file was moved."""
    path, backup = Path(path), Path(backup)
    lock = _acquire_lock(path)
    try:
        data = _read(backup)
        aside = _keep_aside(path)
        try:
            vaultfile.write_atomically(path, data)
        except BaseException:
            aside.unlink(missing_ok=True)
            raise
        return aside
    except OSError as exc:
        raise StorageError(f"the backup could not be restored ({exc.strerror or exc})") from exc
    finally:
        lock.release()


def _keep_aside(path: Path) -> Path:
    """Keep the journal file about to be replaced beside it, under a free name, by linking or
    copying it, never by moving it: if the write that follows fails, the journal is still in
    its place (the caller then removes the copy). Returns its name, unused if there was no file."""
    aside = _free_name(path, "replaced")
    if path.exists():
        try:
            os.link(path, aside)
        except OSError:
            shutil.copy2(path, aside)
    return aside


def _free_name(path: Path, label: str) -> Path:
    number = 1
    while (candidate := path.with_name(f"{path.stem}.{label}-{number}{path.suffix}")).exists():
        number += 1
    return candidate


@contextmanager
def _reading_errors() -> Iterator[None]:
    """Reading the journal file: OS errors become the messages a person reads."""
    try:
        yield
    except FileNotFoundError as exc:
        raise StorageError("no journal at this place") from exc
    except IsADirectoryError as exc:
        raise StorageError("this is a folder, not a journal") from exc
    except OSError as exc:
        raise StorageError(f"the journal could not be read ({exc.strerror or exc})") from exc


def _read(path: Path) -> bytes:
    with _reading_errors():
        return path.read_bytes()


@contextmanager
def _open_for_reading(path: Path) -> Iterator[BinaryIO]:
    """The journal file, open for reading, with the same messages as ``_read``."""
    with _reading_errors():
        handle = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by the with below
    with handle:
        yield handle


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class _WriteLock(FileLock):
    """The journal's write lock. Released without having served an open journal (a wrong
    passphrase, a damaged file, a refused create, a restore), it takes its side file with it:
    nothing is left beside a path that was refused. It is removed while still held; filelock
    checks, after locking, that the file it locked still has a name, so a peer that opened
    the old file meanwhile tries again on a new one."""

    served_a_journal = False

    def release(self, force: bool = False) -> None:
        if not self.served_a_journal and self.is_locked and self.lock_counter == 1:
            with suppress(OSError):
                Path(self.lock_file).unlink()
        super().release(force)


def _acquire_lock(path: Path) -> _WriteLock:
    """An OS lock (flock / LockFileEx) on an empty side file: the OS releases it when the
    process dies, so a lock left by a crash is taken over without asking anyone."""
    lock = _WriteLock(_lock_path(path), timeout=0, mode=0o600, is_singleton=False, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise JournalLocked("this journal is already open in another window or program") from exc
    except OSError as exc:
        raise StorageError(f"the journal's folder cannot be written to ({exc.strerror or exc})") from exc
    return lock


# A temporary file of a save that was interrupted (a crash, a power cut): ciphertext only,
# removed when the journal is next opened for writing (the lock held: no save of ours runs).
_LEFTOVER_AGE_SECONDS = 120.0


def _remove_leftovers(path: Path, now: float) -> list[Path]:
    """Remove the temporary files interrupted saves of this journal left beside it (named as
    ``vaultfile`` names them), older than a couple of minutes. Best effort. Returns them."""
    pattern = re.compile(r"\." + re.escape(path.name) + r"\.[A-Za-z0-9_]+\.tmp")
    removed = []
    try:
        children = list(path.parent.iterdir())
    except OSError:
        return removed
    for child in children:
        if not pattern.fullmatch(child.name):
            continue
        try:
            if not stat.S_ISREG(child.lstat().st_mode) or now - child.lstat().st_mtime < _LEFTOVER_AGE_SECONDS:
                continue
            child.unlink()
        except OSError:
            continue
        removed.append(child)
    return removed


def _keep_backup(path: Path) -> Path:
    """Keep the version about to be replaced (already encrypted) in backups/. Returns the copy.
    Its name is random: a counter or a date would tell how often and when the worker writes.
    Its modification time is the version's own (a hard link shares it; a copy keeps it)."""
    folder = path.parent / BACKUP_FOLDER
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        while (target := folder / f"{path.stem}.{secrets.token_hex(8)}{JOURNAL_SUFFIX}").exists():
            pass
        try:
            os.link(path, target)  # free: the old file's data simply stays reachable
        except OSError:
            shutil.copyfile(path, target)
            os.chmod(target, 0o600)
            shutil.copystat(path, target)
    except OSError as exc:
        raise StorageError(f"the backup copy could not be written ({exc.strerror or exc})") from exc
    return target


def _file_as_backup(path: Path, version: Path) -> Path:
    """Move ``version`` (a file of this journal beside it) into backups/ as a saved version."""
    folder = path.parent / BACKUP_FOLDER
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        while (target := folder / f"{path.stem}.{secrets.token_hex(8)}{JOURNAL_SUFFIX}").exists():
            pass
        os.replace(version, target)
    except OSError as exc:
        raise StorageError(f"the version that arrived could not be kept ({exc.strerror or exc})") from exc
    return target


def _prune_backups(path: Path, now: float) -> None:
    """Thin the saved versions by age (``versions_to_keep``), then drop the oldest while they
    take more than BACKUP_BUDGET_BYTES, never the newest. Best effort: the save itself already
    succeeded, and the next save tries again."""
    for old in _beyond_keeping(backups_of(path), now, BACKUP_BUDGET_BYTES):
        try:
            old.unlink()
        except OSError:
            pass


def _beyond_keeping(newest_first: list[Path], now: float, budget: int) -> list[Path]:
    """The versions (newest first) that thinning by age and the size budget let go."""
    stats = {}
    for version in newest_first:
        try:
            stats[version] = version.stat()
        except OSError:
            continue
    kept = versions_to_keep({version: found.st_mtime for version, found in stats.items()}, now)
    if newest_first:
        kept.add(newest_first[0])  # whatever the clocks say
    used = 0
    within_budget = set()
    for version in newest_first:
        if version in kept and version in stats:
            used += stats[version].st_size
            if used <= budget or version == newest_first[0]:
                within_budget.add(version)
    return [version for version in newest_first if version in stats and version not in within_budget]


def _removed(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True


def _require_existing(path: Path) -> None:
    if not path.exists():
        raise StorageError("no journal at this place")
