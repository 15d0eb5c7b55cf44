"""Backups in a folder the worker chooses (a USB key, a synchronised folder), on demand or on
a schedule, with a reminder when the last one is old, and restoring from one.

A backup is the journal file itself, encrypted as usual with the same key (it opens with the
passphrase the journal had when it was made), written atomically into the folder by
``Journal.write_copy``: a temporary file in that folder, fsync, replace. It is a consistent
snapshot of the journal in memory, unsaved changes included.

Names: ``<journal name>-backup-<16 random hex digits>.carnet``. Neither a counter nor a date:
both would tell anyone who sees the folder how often and when the worker writes. The backup's
time is its file's modification time, set to the moment of the backup. (Backups made by older
Carnets, named with a counter ``-backup-000042``, are still found, ordered and pruned.)

Pruning keeps versions by age: the ``keep`` newest always, then as ``journal.versions_to_keep``
thins (every one of the last hour, one an hour for a day, one a day for a month, one a week for
a year), and never the backup just written, whatever the clock says. Only files with such a
name AND this journal's identity (read from the header, no passphrase needed) are ever
deleted: nothing else in the folder is touched.

The plan (folder, schedule, how many to keep, reminder, time of the last backup) lives inside
the encrypted journal, in its settings table, not in the app's settings file: the time of the
last backup says when the worker used Carnet, and the folder's name may name an employer. In
the journal the plan follows the journal to another computer, the command line sees the same
plan as the app, and the reminder still knows the age of the last backup while the USB key
sits in a drawer. Where the folder does not exist on this computer (the other device of a
synchronised journal), a scheduled backup is skipped quietly and the reminder takes over.
Recording the time changes the journal, so the next save (or locking) writes it: one saved
version more per backup, at most once a day on a daily schedule.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core import vaultfile
from journal_app.core.database import Database
from journal_app.core.errors import (
    BackupFolderFull,
    BackupFolderReadOnly,
    BackupFolderUnavailable,
    DamagedJournal,
    ForeignBackup,
    InvalidInput,
    JournalError,
    NoBackupFolder,
    Progress,
    StorageError,
)
from journal_app.core.journal import (
    JOURNAL_SUFFIX, Journal, backups_of, restore_backup, verify, versions_to_keep,
)

PLAN_SETTING = "backup_plan"
SCHEDULES = ("off", "daily", "weekly")
# Calendar days between two scheduled backups (local dates: "daily" means once a day,
# whatever the hour of the first one).
SCHEDULE_DAYS = {"daily": 1, "weekly": 7}
DEFAULT_KEEP = 10
MAX_KEEP = 999
DEFAULT_REMINDER_DAYS = 14
MAX_REMINDER_DAYS = 365
REMINDER_SNOOZE_DAYS = 3
# After a failed scheduled backup (a full or read-only disk), wait this long before trying
# again, so that each save does not encrypt and write the whole journal in vain. A missing
# folder costs nothing to notice and is checked at every save (the key may be back).
RETRY_AFTER = timedelta(hours=1)

_COUNTER_DIGITS = 6  # in the names of backups made by older Carnets
_RANDOM_HEX_DIGITS = 16


# ----- the plan


@dataclass(frozen=True)
class BackupPlan:
    destination: Path | None = None
    schedule: str = "off"
    keep: int = DEFAULT_KEEP
    reminder_days: int = DEFAULT_REMINDER_DAYS  # 0: never remind
    last_backup_at: datetime | None = None
    reminder_snoozed_until: datetime | None = None
    last_failure_at: datetime | None = None

    def validated(self) -> BackupPlan:
        if self.schedule not in SCHEDULES:
            raise InvalidInput(f"unknown schedule {self.schedule!r} (one of {', '.join(SCHEDULES)})")
        if not 1 <= self.keep <= MAX_KEEP:
            raise InvalidInput(f"the number of backups to keep must be from 1 to {MAX_KEEP}")
        if not 0 <= self.reminder_days <= MAX_REMINDER_DAYS:
            raise InvalidInput(f"the reminder must be from 0 (never) to {MAX_REMINDER_DAYS} days")
        return self

    def due(self, now: datetime) -> bool:
        """Whether a scheduled backup should run now (``now``: an aware local time)."""
        if self.schedule == "off" or self.destination is None:
            return False
        if self.last_failure_at is not None and now - self.last_failure_at < RETRY_AFTER:
            return False
        if self.last_backup_at is None:
            return True
        return _calendar_days_between(self.last_backup_at, now) >= SCHEDULE_DAYS[self.schedule]

    def reminder_due(self, now: datetime, first_entry_at: datetime | None = None) -> BackupReminder | None:
        """Whether to remind the worker to back up, and what to say. Counted from the last
        backup, or, for a journal never backed up, from its first entry (an empty journal has
        nothing to lose yet, and a new one is not greeted with a reminder)."""
        if self.reminder_days <= 0:
            return None
        if self.reminder_snoozed_until is not None and now < self.reminder_snoozed_until:
            return None
        since = self.last_backup_at or first_entry_at
        if since is None:
            return None
        age = (now - since).days
        if age < self.reminder_days:
            return None
        return BackupReminder(days=age, never=self.last_backup_at is None, has_folder=self.destination is not None)

    def to_json(self) -> dict[str, Any]:
        return {
            "destination": str(self.destination) if self.destination is not None else None,
            "schedule": self.schedule,
            "keep": self.keep,
            "reminder_days": self.reminder_days,
            "last_backup_at": _iso(self.last_backup_at),
            "reminder_snoozed_until": _iso(self.reminder_snoozed_until),
            "last_failure_at": _iso(self.last_failure_at),
        }

    @classmethod
    def from_json(cls, document: object) -> BackupPlan:
        """Lenient: a value that cannot be read falls back to its default (never an error
        that would keep the journal from opening)."""
        if not isinstance(document, dict):
            return cls()
        defaults = cls()
        destination = document.get("destination")
        schedule = document.get("schedule")
        return cls(
            destination=Path(destination) if isinstance(destination, str) and destination else None,
            schedule=schedule if schedule in SCHEDULES else defaults.schedule,
            keep=_int_within(document.get("keep"), 1, MAX_KEEP, defaults.keep),
            reminder_days=_int_within(document.get("reminder_days"), 0, MAX_REMINDER_DAYS, defaults.reminder_days),
            last_backup_at=_datetime_or_none(document.get("last_backup_at")),
            reminder_snoozed_until=_datetime_or_none(document.get("reminder_snoozed_until")),
            last_failure_at=_datetime_or_none(document.get("last_failure_at")),
        )


@dataclass(frozen=True)
class BackupReminder:
    days: int  # since the last backup (or, when ``never``, since the first entry)
    never: bool
    has_folder: bool


def read_plan(database: Database) -> BackupPlan:
    return BackupPlan.from_json(database.read_setting(PLAN_SETTING))


def write_plan(database: Database, plan: BackupPlan) -> None:
    database.write_setting(PLAN_SETTING, plan.validated().to_json())


def change_plan(database: Database, **changes: Any) -> BackupPlan:
    """Change some of the worker's choices (destination, schedule, keep, reminder_days), keeping
    the rest. Writes only when something changed: an unchanged plan leaves nothing to save."""
    current = read_plan(database)
    if "destination" in changes and changes["destination"] is not None:
        changes["destination"] = Path(changes["destination"])
    changed = replace(current, **changes).validated()
    if changed != current:
        write_plan(database, changed)
    return changed


def backup_reminder(database: Database, now: datetime) -> BackupReminder | None:
    """What the app checks on unlocking: whether the last backup is old enough to say so."""
    return read_plan(database).reminder_due(now, _first_entry_at(database))


def snooze_reminder(database: Database, now: datetime, days: int = REMINDER_SNOOZE_DAYS) -> None:
    """"Not now": no reminder for ``days`` days."""
    write_plan(database, replace(read_plan(database), reminder_snoozed_until=now + timedelta(days=days)))


# ----- backing up


@dataclass(frozen=True)
class BackupResult:
    path: Path
    at: datetime
    pruned: tuple[Path, ...]  # older backups deleted to keep the plan's number

    @property
    def folder(self) -> Path:
        return self.path.parent


@dataclass(frozen=True)
class BackupSkipped:
    """A scheduled backup that could not be written; the error says why (its ``code``)."""

    error: JournalError


def back_up(journal: Journal, destination: Path | str | None = None, now: datetime | None = None) -> BackupResult:
    """Write a backup into ``destination`` (default: the plan's folder), then delete the
    oldest of this journal's backups there beyond the plan's ``keep``. Records the time in
    the plan (in memory: the caller's next save writes it); a journal opened read-only
    records nothing. On failure the journal and the folder are as they were."""
    now = now or _now()
    database = journal.database
    plan = read_plan(database)
    folder = Path(destination) if destination is not None else plan.destination
    if folder is None:
        raise NoBackupFolder("no backup folder has been chosen")
    _require_folder(folder)
    target = folder / _new_backup_name(folder, journal.path.stem)
    if not journal.read_only:
        # Before the copy, so that the backup knows it was backed up (restored, it does
        # not ask for a backup at once).
        write_plan(database, replace(plan, last_backup_at=now, last_failure_at=None))
    try:
        journal.write_copy(target)
    except BaseException as exc:
        if not journal.read_only:
            write_plan(database, plan)
        if isinstance(exc, StorageError):
            raise _folder_error(exc, folder) from exc
        raise
    try:  # the backup's time, for the pruning and the list (best effort: the copy is written)
        os.utime(target, (now.timestamp(), now.timestamp()))
    except OSError:
        pass
    pruned = prune_backups(folder, journal.path.stem, journal.journal_id, plan.keep, now, target)
    return BackupResult(path=target, at=now, pruned=tuple(pruned))


def backup_if_due(journal: Journal, now: datetime | None = None) -> BackupResult | BackupSkipped | None:
    """The scheduled backup, for the app to call after saving and on locking: None when none
    is due, the result when one was written, BackupSkipped when one was due but could not be
    written (the folder missing, a full disk). Never raises for the folder's problems: a
    scheduled backup must not interrupt the work with an error at every save."""
    now = now or _now()
    plan = read_plan(journal.database)
    if not plan.due(now):
        return None
    try:
        return back_up(journal, now=now)
    except (NoBackupFolder, BackupFolderUnavailable) as error:
        return BackupSkipped(error)
    except StorageError as error:
        if not journal.read_only:
            write_plan(journal.database, replace(plan, last_failure_at=now))
        return BackupSkipped(error)


def run_scheduled_backup(journal: Journal, now: datetime | None = None) -> BackupResult | BackupSkipped | None:
    """``backup_if_due``, then a save when it recorded something (the time of the backup, or
    a failure), so that it is not lost: what the app runs on unlocking and after saving. When
    locking, call ``backup_if_due`` before the lock's own ``save_if_changed`` instead: one save."""
    outcome = backup_if_due(journal, now)
    if outcome is not None and not journal.read_only:
        journal.save_if_changed()
    return outcome


def on_same_disk(folder: Path | str, journal_path: Path | str) -> bool:
    """Whether the backup folder is on the disk that holds the journal: no protection if that
    disk fails or the computer is lost (worth saying; not forbidden). False when unknown."""
    try:
        return Path(folder).stat().st_dev == Path(journal_path).parent.stat().st_dev
    except OSError:
        return False


def prune_backups(
    folder: Path, stem: str, journal_id: str, keep: int, now: datetime | None = None, written: Path | None = None,
) -> list[Path]:
    """Delete this journal's backups in ``folder`` that are neither among the ``keep`` newest
    nor kept by thinning by age (see the module's docstring), never ``written``; returns them.
    Only files named like our backups AND carrying this journal's identity: a file the worker
    put there, another journal's backups, a damaged file are never touched. Best effort: the
    backup itself succeeded, and the next one tries again."""
    moment = (now or _now()).timestamp()
    ours = [(time, path) for time, path in _named_backups(folder, stem) if _identity_or_none(path) == journal_id]
    kept = {path for _time, path in ours[:keep]}
    kept |= versions_to_keep({path: time for time, path in ours}, moment)
    deleted = []
    for _time, old in ours:
        if old in kept or old == written:
            continue
        try:
            old.unlink()
        except OSError:
            continue
        deleted.append(old)
    return deleted


def is_backup_name(name: str) -> bool:
    """Whether a file name is one this module gives backups (for code that looks for other
    copies of a journal, such as conflict copies, and must not take backups for them)."""
    return _BACKUP_NAME.fullmatch(name) is not None


# Random hex now; a counter of at least six digits in the names older Carnets gave.
_BACKUP_NAME = re.compile(
    r"(?P<stem>.+)-backup-(?:(?P<number>\d{%d,})|[0-9a-f]{%d})%s"
    % (_COUNTER_DIGITS, _RANDOM_HEX_DIGITS, re.escape(JOURNAL_SUFFIX)))


def _named_backups(folder: Path, stem: str) -> list[tuple[float, Path]]:
    """Files named as our backups of ``stem`` in ``folder`` with their times, newest first
    (two of the same time: the higher counter of an old name first)."""
    try:
        names = [child for child in folder.iterdir() if child.is_file()]
    except OSError:
        return []
    found = []
    for child in names:
        match = _BACKUP_NAME.fullmatch(child.name)
        if match and match["stem"] == stem:
            try:
                time = child.stat().st_mtime
            except OSError:
                continue
            found.append(((time, int(match["number"] or -1), child.name), child))
    return [(key[0], path) for key, path in sorted(found, reverse=True)]


def _new_backup_name(folder: Path, stem: str) -> str:
    while (folder / (name := f"{stem}-backup-{secrets.token_hex(_RANDOM_HEX_DIGITS // 2)}{JOURNAL_SUFFIX}")).exists():
        pass  # never write over a file of that name, however unlikely
    return name


def backups_in_folder_size(folder: Path | str, stem: str, journal_id: str) -> int:
    """Bytes this journal's backups take in the backup folder."""
    total = 0
    for _time, path in _named_backups(Path(folder), stem):
        if _identity_or_none(path) == journal_id:
            try:
                total += path.stat().st_size
            except OSError:
                continue
    return total


def _require_folder(folder: Path) -> None:
    if not folder.is_dir():
        if folder.exists():
            raise BackupFolderUnavailable(f"{folder} is not a folder")
        raise BackupFolderUnavailable(f"the backup folder {folder} is not available (a USB key taken out?)")


def _folder_error(error: StorageError, folder: Path) -> StorageError:
    """The typed error for a write into the backup folder that failed (vaultfile keeps the
    OSError as the cause)."""
    cause = error.__cause__
    number = cause.errno if isinstance(cause, OSError) else None
    if number in (errno.ENOSPC, errno.EDQUOT):
        return BackupFolderFull(f"the disk holding {folder} is full: no backup was written")
    if number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupFolderReadOnly(f"{folder} cannot be written to (read-only, or permission denied)")
    if number is not None or not folder.is_dir():  # the key pulled out during the write (ENOENT, EIO)
        return BackupFolderUnavailable(f"the backup folder {folder} stopped answering: no backup was written")
    return error


# ----- what backups there are


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    modified: datetime  # the file's modification time, local
    size: int
    place: str  # "folder": the backup folder; "beside": backups/ beside the journal; "replaced": kept aside by a restore


def list_backups(journal_path: Path | str, journal_id: str, destination: Path | str | None) -> list[BackupInfo]:
    """Every backup of this journal (this identity) Carnet can find, newest first: in the
    backup folder (whatever their names: a copy the worker made by hand counts), the saved
    versions beside the journal, and the files restores kept aside."""
    journal_path = Path(journal_path)
    candidates: list[tuple[str, Path]] = []
    if destination is not None and Path(destination).is_dir():
        candidates += [("folder", path) for path in _carnet_files(Path(destination))]
    candidates += [("beside", path) for path in backups_of(journal_path)]
    replaced = re.compile(re.escape(journal_path.stem) + r"\.replaced-\d+" + re.escape(JOURNAL_SUFFIX))
    candidates += [("replaced", path) for path in _carnet_files(journal_path.parent) if replaced.fullmatch(path.name)]
    found: dict[Path, BackupInfo] = {}
    journal_itself = _resolved(journal_path)
    for place, path in candidates:
        key = _resolved(path)
        if key == journal_itself or key in found or _identity_or_none(path) != journal_id:
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        found[key] = BackupInfo(path, datetime.fromtimestamp(stat.st_mtime).astimezone(), stat.st_size, place)
    return sorted(found.values(), key=lambda info: (info.modified, info.path.name), reverse=True)


def read_journal_id(path: Path | str) -> str:
    """The identity of the journal a file belongs to, from its header: no passphrase needed.
    Raises DamagedJournal (not a journal, damaged header) or StorageError."""
    path = Path(path)
    try:
        with open(path, "rb", buffering=0) as handle:
            return vaultfile.parse_file(handle).header.journal_id
    except FileNotFoundError as exc:
        raise StorageError(f"no file at {path}") from exc
    except IsADirectoryError as exc:
        raise StorageError(f"{path} is a folder, not a backup") from exc
    except OSError as exc:
        raise StorageError(f"{path} could not be read ({exc.strerror or exc})") from exc


def _identity_or_none(path: Path) -> str | None:
    try:
        return read_journal_id(path)
    except JournalError:
        return None


def _carnet_files(folder: Path) -> list[Path]:
    try:
        return [child for child in folder.iterdir() if child.suffix == JOURNAL_SUFFIX and child.is_file()]
    except OSError:
        return []


# ----- checking and restoring


def verify_backup(path: Path | str, passphrase: str, journal_id: str | None = None) -> list[str]:
    """Open a backup fully (decrypt it, check the database's integrity) without touching any
    journal. With ``journal_id``, first check (cheaply) that it is a backup of that journal.
    Returns the integrity problems (empty when sound); raises WrongPassphrase, DamagedJournal,
    ForeignBackup, StorageError."""
    if journal_id is not None and read_journal_id(path) != journal_id:
        raise ForeignBackup("this backup belongs to another journal")
    return verify(path, passphrase)


def restore_from(backup: Path | str, journal_path: Path | str, passphrase: str,
                 progress: Progress | None = None) -> Path | None:
    """Put ``backup`` in place of the journal at ``journal_path`` (which may be missing: a new
    computer), for when the journal is not open: the command line, or a journal that no
    longer opens. Checked before anything is replaced: the backup must belong to this journal
    (when the journal's header can still be read), open with ``passphrase`` and pass the
    integrity check. The journal then opens with that passphrase. The replaced file is kept
    aside: returns where (None when there was no journal). ``progress(done, 2)`` counts the
    check (a key derivation and a decryption) and the write; if it raises before the write
    (``Cancelled``), nothing is changed."""
    backup, journal_path = Path(backup), Path(journal_path)
    backup_id = read_journal_id(backup)
    current_id = _identity_or_none(journal_path) if journal_path.exists() else None
    if current_id is not None and current_id != backup_id:
        raise ForeignBackup("this backup belongs to another journal")
    if progress is not None:
        progress(0, 2)
    if verify(backup, passphrase):
        raise DamagedJournal("the backup's database failed its integrity check")
    if progress is not None:
        progress(1, 2)
    aside = restore_backup(journal_path, backup)
    if progress is not None:
        progress(2, 2)
    return aside if aside.exists() else None


def restore_into(journal: Journal, backup: Path | str, progress: Progress | None = None) -> Path:
    """Restore a backup into the open journal (the app): ``Journal.replace_with_version``
    checks the backup, keeps the journal as it is in memory aside (unsaved changes included)
    and puts the backup in place with the current passphrase. Returns the kept-aside file.
    ``progress(done, total)`` counts its steps; if it raises (``Cancelled``), nothing changes."""
    return journal.replace_with_version(backup, progress)


# ----- small helpers


def _now() -> datetime:
    return datetime.now().astimezone()


def _calendar_days_between(earlier: datetime, later: datetime) -> int:
    return (later.date() - earlier.astimezone(later.tzinfo).date()).days


def _first_entry_at(database: Database) -> datetime | None:
    with database.session() as session:
        return session.scalars(sa.select(models.Entry.created_at).order_by(models.Entry.created_at).limit(1)).first()


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _datetime_or_none(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _int_within(value: object, low: int, high: int, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return default
    return value

