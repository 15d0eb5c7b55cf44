"""A journal: one encrypted file, unlocked into an in-memory database.

``Journal`` owns the data key, the database and the write lock. It is meant to be used by
one thread at a time (the desktop app's worker, or the CLI).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from filelock import FileLock, Timeout

from journal_app.core import crypto, vaultfile
from journal_app.core.database import Database
from journal_app.core.entries import EntryStore
from journal_app.core.errors import (
    DamagedJournal, ForeignBackup, InvalidInput, JournalChangedOnDisk, JournalError, JournalLocked, OlderCopy,
    StorageError, WrongPassphrase,
)
from journal_app.core.portable import path_problem

BACKUP_FOLDER = "backups"
BACKUPS_KEPT = 10
JOURNAL_SUFFIX = ".carnet"


@dataclass(frozen=True)
class _FileIdentity:
    """What we saw of the file when we last read or wrote it, to notice a replacement."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> _FileIdentity:
        stat = path.stat()
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


class Journal:
    def __init__(
        self, path: Path, header: vaultfile.VaultHeader, data_key: bytes, database: Database, lock: FileLock | None
    ) -> None:
        self.path = path
        self._header = header
        self._data_key: bytes | None = data_key
        self.database = database
        self._lock = lock
        self._seen: _FileIdentity | None = _FileIdentity.of(path) if path.exists() else None
        # SQLite's count of rows changed when the file last matched memory, for save_if_changed.
        # None: memory differs from the file (new, or just migrated).
        self._saved_changes: int | None = (
            database.raw.total_changes if self._seen is not None and not database.migrated else None)
        self.entries = EntryStore(database)

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
            return cls._unlock(path, lambda parsed: vaultfile.unlock_with_passphrase(parsed, passphrase), lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

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
            # it against this file. One buffer the size of the image, dropped on return:
            # SQLite keeps its own copy.
            database = Database.from_image(vaultfile.decrypt_body(current, data_key))
            return cls(path, current.header, data_key, database, lock)

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
        must work even when the file was moved away."""
        header_only = vaultfile.ParsedFile(self._header, b"", b"", b"", memoryview(b""))
        if vaultfile.unlock_with_passphrase(header_only, passphrase) != self._require_key():
            raise WrongPassphrase("wrong passphrase")

    # ----- saving

    @property
    def saved_at(self) -> datetime | None:
        """When the file last held what memory holds (its modification time when we last read
        or wrote it); None before the first save."""
        return None if self._seen is None else datetime.fromtimestamp(self._seen.mtime_ns / 1e9, UTC)

    def has_unsaved_changes(self) -> bool:
        return self._saved_changes is None or self.database.raw.total_changes != self._saved_changes

    def save_if_changed(self) -> bool:
        """Save only when something changed since the last save (locking does this: an
        identical version must not push a real one out of the ten backups)."""
        if not self.has_unsaved_changes():
            return False
        self.save()
        return True

    def save(self) -> None:
        """Encrypt and write the whole journal atomically, keeping the previous version as a backup."""
        data_key = self._require_key()
        if self.read_only:
            raise RuntimeError("a journal opened read-only cannot be saved")
        self._take_in_version_on_disk()
        image = self.database.image()
        backup = _keep_backup(self.path) if self.path.exists() else None
        try:
            # Encrypted chunk by chunk straight into the temporary file: no copy of the image.
            vaultfile.write_journal(self.path, self._header, data_key, image)
        except BaseException:
            # The file was not replaced: this backup duplicates it. Rotating only after a
            # successful write keeps repeated failures (a full disk) from pushing out history.
            if backup is not None:
                backup.unlink(missing_ok=True)
            raise
        self._seen = _FileIdentity.of(self.path)
        self._saved_changes = self.database.raw.total_changes  # read after image(), which may optimize
        _prune_backups(self.path)

    def change_passphrase(self, new_passphrase: str) -> KeyChange:
        """Set a new passphrase. The journal gets a new data key and a new recovery code (in
        the result, to show once): re-wrapping the old key would let anyone who knew the old
        passphrase, or holds the old recovery code, read every later save of any copy.
        The journal is re-encrypted, then every copy Carnet manages (see ``_reencrypt_copies``)."""
        if not new_passphrase:
            raise InvalidInput("the passphrase cannot be empty")
        return self._change_key(new_passphrase)

    def renew_recovery_code(self, passphrase: str) -> KeyChange:
        """A new recovery code, making the old one useless (a code seen by someone, or lost):
        the data key changes as for a new passphrase, since the old code unwraps the old key
        in every copy made before. ``passphrase`` (the current one) is checked, then kept."""
        self.check_passphrase(passphrase)
        return self._change_key(passphrase)

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless ``passphrase`` is the journal's (asked again before a
        change of key: someone at an unlocked computer must not lock its owner out)."""
        if vaultfile.unwrap_with_passphrase(self._header, passphrase) != self._require_key():
            raise WrongPassphrase("wrong passphrase")

    def _change_key(self, passphrase: str) -> KeyChange:
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
        return self._reencrypt_copies(old_key, recovery_code)

    def _reencrypt_copies(self, old_key: bytes, recovery_code: str) -> KeyChange:
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
        for copy, own_version in found:
            try:
                self._reencrypt(copy, old_key)
            except JournalError:
                if own_version and _removed(copy):
                    removed.append(copy)
                else:
                    left.append(copy)
            else:
                reencrypted.append(copy)
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

    def replace_with_version(self, version: Path | str) -> Path:
        """Put another version of this journal (one of its backups) in its place, checked first:
        it must carry this journal's identity, decrypt with this journal's key and pass the
        integrity check, or nothing is touched. Decrypted with the key already in memory, so it
        needs no passphrase, and the journal keeps its current passphrase and recovery code
        (a backup made before they changed was re-encrypted then; one Carnet could not reach
        is refused as OlderCopy). The journal as it is in memory,
        unsaved changes included, is first written aside, never deleted (no save: a save
        would rotate the backups and could delete the very one being restored). Returns
        where it was kept."""
        data_key = self._require_key()
        if self.read_only:
            raise RuntimeError("a journal opened read-only cannot be replaced")
        self._require_unchanged_on_disk()  # or the version on disk would be lost, kept nowhere
        with _open_for_reading(Path(version)) as handle:
            parsed = vaultfile.parse_file(handle)
            if parsed.header.journal_id != self.journal_id:
                raise ForeignBackup("this backup belongs to another journal")
            if parsed.header.key_id not in (None, crypto.key_id(data_key)):
                raise OlderCopy("this backup was made before the passphrase changed: it opens with the "
                                "passphrase of that time")
            database = Database.from_image(vaultfile.decrypt_body(parsed, data_key))
        try:
            if database.integrity_problems():
                raise DamagedJournal("the backup's database failed its integrity check")
            image = database.image()
            aside = self.write_copy(_free_name(self.path, "replaced"))
            try:
                vaultfile.write_journal(self.path, self._header, data_key, image)
            except BaseException:
                aside.unlink(missing_ok=True)
                raise
        except BaseException:
            database.close()
            raise
        self.database.close()
        self.database = database
        self.entries = EntryStore(database)
        self._seen = _FileIdentity.of(self.path)
        self._saved_changes = database.raw.total_changes
        return aside

    def _take_in_version_on_disk(self) -> None:
        """Before saving: if a sync service replaced the file with the other computer's saves
        since we opened it, merge that version into memory first, so the save keeps both sides.
        A file that is not a readable version of this journal is never written over."""
        if self._seen is None or not self.path.exists() or _FileIdentity.of(self.path) == self._seen:
            self._require_unchanged_on_disk()
            return
        from journal_app.core.merge import merge_databases  # merge builds on this module

        arrived = _FileIdentity.of(self.path)
        try:
            copy = self.read_copy(self.path)
        except JournalError as exc:
            raise JournalChangedOnDisk("the journal file was changed by another program since it was opened") from exc
        try:
            merge_databases(self.database, copy)
        finally:
            copy.close()
        self._seen = arrived  # a change after this moment is caught at the next save

    def _require_unchanged_on_disk(self) -> None:
        if self._seen is not None and (not self.path.exists() or _FileIdentity.of(self.path) != self._seen):
            raise JournalChangedOnDisk("the journal file was changed by another program since it was opened")

    def close(self) -> None:
        """Forget the key and the database, and release the lock. Does not save."""
        self._data_key = None
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
    """Saved versions of this journal, newest first."""
    path = Path(path)
    folder = path.parent / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    # Exactly "<stem>.<number>.carnet": a glob would also take the backups of "<stem>.other.carnet"
    # (and rotate them away), and would misread a name holding glob characters.
    pattern = re.compile(re.escape(path.stem) + r"\.(\d+)" + re.escape(JOURNAL_SUFFIX))
    numbered = [(int(match[1]), candidate) for candidate in folder.iterdir() if (match := pattern.fullmatch(candidate.name))]
    return [candidate for _, candidate in sorted(numbered, reverse=True)]


def newest_good_backup(path: Path | str, passphrase: str) -> Path | None:
    """The newest backup that opens with this passphrase, for when the journal itself is damaged."""
    for candidate in backups_of(path):
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


def _acquire_lock(path: Path) -> FileLock:
    """An OS lock (flock / LockFileEx) on an empty side file: the OS releases it when the
    process dies, so a lock left by a crash is taken over without asking anyone."""
    lock = FileLock(_lock_path(path), timeout=0, mode=0o600, is_singleton=False, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise JournalLocked("this journal is already open in another window or program") from exc
    except OSError as exc:
        raise StorageError(f"the journal's folder cannot be written to ({exc.strerror or exc})") from exc
    return lock


def _keep_backup(path: Path) -> Path:
    """Keep the version about to be replaced (already encrypted) in backups/. Returns the copy."""
    folder = path.parent / BACKUP_FOLDER
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / f"{path.stem}.{_next_number(path):06d}{JOURNAL_SUFFIX}"
        try:
            os.link(path, target)  # free: the old file's data simply stays reachable
        except OSError:
            shutil.copyfile(path, target)
            os.chmod(target, 0o600)
    except OSError as exc:
        raise StorageError(f"the backup copy could not be written ({exc.strerror or exc})") from exc
    return target


def _prune_backups(path: Path) -> None:
    """Keep the newest BACKUPS_KEPT. Best effort: the save itself already succeeded, and the
    next save tries again."""
    for old in backups_of(path)[BACKUPS_KEPT:]:
        try:
            old.unlink()
        except OSError:
            pass


def _backup_number(path: Path) -> int:
    try:
        return int(path.name.rsplit(".", 2)[-2])
    except (ValueError, IndexError):
        return -1


def _next_number(path: Path) -> int:
    return max((_backup_number(p) for p in backups_of(path)), default=0) + 1


def _removed(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True


def _require_existing(path: Path) -> None:
    if not path.exists():
        raise StorageError("no journal at this place")
