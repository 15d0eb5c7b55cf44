"""Backups in a folder the worker chooses: writing, pruning, checking, restoring, the schedule
and the reminder, and the failures of a folder that went away or filled up."""

from __future__ import annotations

import errno
import os
import re
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.core import backups, vaultfile
from journal_app.core.backups import BackupPlan, BackupSkipped
from journal_app.core.entries import EntryFields
from journal_app.core.errors import (
    BackupFolderFull,
    BackupFolderReadOnly,
    BackupFolderUnavailable,
    DamagedJournal,
    ForeignBackup,
    InvalidInput,
    JournalChangedOnDisk,
    NoBackupFolder,
    WrongPassphrase,
)
from journal_app.core.journal import Journal, backups_of
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import Clock, files_under, leaks

BRUSSELS = timezone(timedelta(hours=1))
CANARY = "Zébulon-canari-4412"
PERSON = "Madame Quetzal"


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb key"
    folder.mkdir()
    return folder


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 24, 22, 14, tzinfo=BRUSSELS))


def _entry(journal: Journal, title: str = CANARY, **kwargs) -> None:  # type: ignore[no-untyped-def]
    journal.entries.add(EntryFields(title=title, body=f"corps {title}", persons=(PERSON,), tags=("logement",)), **kwargs)


def _titles(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    opened = Journal.open(path, passphrase, read_only=True)
    try:
        return sorted(record.title for record in opened.entries.list())
    finally:
        opened.close()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


# ----- writing a backup


def test_a_backup_is_the_encrypted_journal_and_opens_with_the_passphrase(new_journal: Journal, usb: Path, clock: Clock) -> None:
    _entry(new_journal)
    new_journal.save()
    _entry(new_journal, "pas encore enregistrée")  # a snapshot of memory: unsaved changes included
    result = backups.back_up(new_journal, usb, now=clock())
    assert result.path.parent == usb
    assert re.fullmatch(r"journal-backup-[0-9a-f]{16}\.carnet", result.path.name)  # no counter, no date
    assert result.at == clock() and result.pruned == ()
    assert [p.name for p in usb.iterdir()] == [result.path.name]  # no temporary file left
    assert _titles(result.path) == sorted([CANARY, "pas encore enregistrée"])
    assert oct(result.path.stat().st_mode & 0o777) == oct(0o600)
    # The time is recorded in the journal (in memory until the next save), and in the backup itself.
    assert backups.read_plan(new_journal.database).last_backup_at == clock()
    opened = Journal.open(result.path, PASSPHRASE, read_only=True)
    assert backups.read_plan(opened.database).last_backup_at == clock()
    opened.close()
    assert new_journal.has_unsaved_changes()


def test_no_journal_content_reaches_the_backup_folder_in_clear(new_journal: Journal, usb: Path, clock: Clock) -> None:
    _entry(new_journal)
    backups.change_plan(new_journal.database, destination=usb, schedule="daily", keep=2)
    for _ in range(3):
        backups.back_up(new_journal, now=clock.advance(days=1))
    new_journal.save()
    assert len(list(usb.iterdir())) == 3  # one a day is kept for a month
    assert leaks([CANARY, PERSON, "logement", "corps"], files_under(usb)) == []
    # The plan is inside the journal: neither the folder's name nor the schedule is in clear.
    assert leaks([str(usb), "usb key", "daily", "last_backup_at"], [new_journal.path, *files_under(usb)]) == []


def test_pruning_thins_ours_by_age_and_touches_nothing_else(new_journal: Journal, usb: Path, clock: Clock, tmp_path: Path) -> None:
    other, _code = Journal.create(tmp_path / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)  # same name, another journal
    other.write_copy(usb / "journal-backup-000001.carnet")
    other.close()
    (usb / "journal-backup-000002.carnet").write_bytes(b"not a journal at all")  # damaged or foreign: kept
    (usb / "notes.txt").write_text("my own notes", "utf-8")
    (usb / "holiday photos").mkdir()
    new_journal.write_copy(usb / "journal.carnet")  # a copy the worker made by hand
    strangers = {path.name: path.read_bytes() for path in usb.iterdir() if path.is_file()}
    for path in usb.iterdir():  # all of them made long ago
        os.utime(path, (0, 0))

    backups.change_plan(new_journal.database, keep=3)
    # 200 days apart: the three newest are kept (keep), the older ones are over a year old.
    written = [backups.back_up(new_journal, usb, now=clock.advance(days=200)).path for _ in range(5)]

    remaining = _snapshot(usb)
    for name, data in strangers.items():
        assert remaining[name] == data, name
    assert (usb / "holiday photos").is_dir()
    ours = sorted(name for name in remaining if name.startswith("journal-backup-") and name not in strangers)
    assert ours == sorted(p.name for p in written[-3:])


def test_pruning_keeps_one_a_week_for_a_year_beyond_keep(new_journal: Journal, usb: Path, clock: Clock) -> None:
    backups.change_plan(new_journal.database, keep=2)
    written = [backups.back_up(new_journal, usb, now=clock.advance(days=1)) for _ in range(60)]
    kept = {info.path for info in backups.list_backups(new_journal.path, new_journal.journal_id, usb)} - set(
        backups_of(new_journal.path))
    assert {result.path for result in written[-31:]} <= kept  # one a day for a month
    older = kept - {result.path for result in written[-31:]}
    assert 3 <= len(older) <= 5  # then one a week
    assert backups.backups_in_folder_size(usb, "journal", new_journal.journal_id) == sum(p.stat().st_size for p in kept)


def test_the_backup_just_written_is_kept_whatever_the_clock_says(new_journal: Journal, usb: Path, clock: Clock) -> None:
    backups.change_plan(new_journal.database, keep=1)
    first = backups.back_up(new_journal, usb, now=clock())
    clock.advance(days=-730)  # a clock set two years back
    second = backups.back_up(new_journal, usb, now=clock())
    assert second.path.exists() and first.path.exists()  # the first looks newer: kept too
    third = backups.back_up(new_journal, usb, now=clock.advance(days=731))  # set right again
    assert third.path.exists() and first.path.exists()


def test_a_read_only_journal_can_be_backed_up_and_records_nothing(new_journal: Journal, usb: Path, clock: Clock) -> None:
    new_journal.save()
    reader = Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    try:
        result = backups.back_up(reader, usb, now=clock())
        assert not reader.has_unsaved_changes()
    finally:
        reader.close()
    assert result.path.exists()


def test_backup_names_are_recognised(new_journal: Journal, usb: Path) -> None:
    result = backups.back_up(new_journal, usb)
    assert backups.is_backup_name(result.path.name)
    assert backups.is_backup_name("mon journal-backup-1234567.carnet")
    assert not backups.is_backup_name("journal.carnet")
    assert not backups.is_backup_name("journal.000003.carnet")
    assert not backups.is_backup_name("journal-backup-12.carnet")
    assert backups.is_backup_name("journal-backup-0123456789abcdef.carnet")
    assert not backups.is_backup_name("journal-backup-0123456789abcde.carnet")


# ----- the folder's failures: a clear error, the journal and the folder untouched


def test_no_folder_chosen(new_journal: Journal) -> None:
    with pytest.raises(NoBackupFolder):
        backups.back_up(new_journal)


def test_a_folder_that_went_away(new_journal: Journal, tmp_path: Path) -> None:
    new_journal.save()
    before = new_journal.path.read_bytes()
    with pytest.raises(BackupFolderUnavailable, match="not available"):
        backups.back_up(new_journal, tmp_path / "USB key removed")
    assert backups.read_plan(new_journal.database).last_backup_at is None
    assert new_journal.path.read_bytes() == before
    file_not_folder = tmp_path / "a file"
    file_not_folder.write_text("x")
    with pytest.raises(BackupFolderUnavailable, match="not a folder"):
        backups.back_up(new_journal, file_not_folder)


def test_a_full_disk(new_journal: Journal, usb: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    first = backups.back_up(new_journal, usb, now=clock())
    kept = first.path.read_bytes()
    plan_before = backups.read_plan(new_journal.database)
    written: list[int] = []

    def fills_up(handle, data) -> None:  # type: ignore[no-untyped-def]
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(len(data))
        handle.write(data)

    monkeypatch.setattr(vaultfile, "_write_all", fills_up)
    with pytest.raises(BackupFolderFull, match="full"):
        backups.back_up(new_journal, usb, now=clock.advance(days=1))
    assert [p.name for p in usb.iterdir()] == [first.path.name]  # the temporary file is gone
    assert first.path.read_bytes() == kept
    assert backups.read_plan(new_journal.database) == plan_before


def test_a_folder_that_cannot_be_written_to(new_journal: Journal, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(BackupFolderReadOnly):
        backups.back_up(new_journal, usb)
    assert list(usb.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_a_read_only_folder_for_real(new_journal: Journal, usb: Path) -> None:
    usb.chmod(0o500)
    try:
        with pytest.raises(BackupFolderReadOnly):
            backups.back_up(new_journal, usb)
    finally:
        usb.chmod(0o700)


# ----- the schedule


def test_schedule_due_with_a_clock(clock: Clock, usb: Path) -> None:
    assert not BackupPlan(destination=usb).due(clock())  # off
    assert not BackupPlan(schedule="daily").due(clock())  # no folder
    daily = BackupPlan(destination=usb, schedule="daily")
    assert daily.due(clock())  # never backed up
    daily = BackupPlan(destination=usb, schedule="daily", last_backup_at=clock())
    assert not daily.due(clock.advance(minutes=100))  # 23:54, the same day
    assert daily.due(clock.advance(minutes=10))  # 00:04 the next day: a new day
    weekly = BackupPlan(destination=usb, schedule="weekly", last_backup_at=clock())
    assert not weekly.due(clock.advance(days=6, hours=23))
    assert weekly.due(clock.advance(hours=1))
    earlier = BackupPlan(destination=usb, schedule="daily", last_backup_at=clock.now + timedelta(days=3))
    assert not earlier.due(clock())  # a backup "in the future" (a clock set back): not due every save


def test_backup_if_due_writes_once_a_day(new_journal: Journal, usb: Path, clock: Clock) -> None:
    assert backups.backup_if_due(new_journal, clock()) is None  # no plan
    backups.change_plan(new_journal.database, destination=usb, schedule="daily")
    first = backups.backup_if_due(new_journal, clock())
    assert isinstance(first, backups.BackupResult) and first.path.parent == usb
    assert backups.backup_if_due(new_journal, clock.advance(hours=1)) is None
    second = backups.backup_if_due(new_journal, clock.advance(days=1))
    assert isinstance(second, backups.BackupResult) and second.path != first.path


def test_a_scheduled_backup_never_raises_for_the_folder(new_journal: Journal, usb: Path, clock: Clock,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    backups.change_plan(new_journal.database, destination=usb / "key not plugged in", schedule="daily")
    skipped = backups.backup_if_due(new_journal, clock())
    assert isinstance(skipped, BackupSkipped) and skipped.error.code == "backup-folder-unavailable"
    # Noticing a missing folder costs nothing: tried again at the next save.
    assert isinstance(backups.backup_if_due(new_journal, clock.advance(minutes=5)), BackupSkipped)

    backups.change_plan(new_journal.database, destination=usb)
    monkeypatch.setattr(vaultfile, "_write_all", lambda handle, data: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    skipped = backups.backup_if_due(new_journal, clock.advance(minutes=5))
    assert isinstance(skipped, BackupSkipped) and skipped.error.code == "backup-folder-full"
    # A full disk: not encrypted and written in vain at every save, tried again an hour later.
    assert backups.backup_if_due(new_journal, clock.advance(minutes=30)) is None
    monkeypatch.undo()
    assert isinstance(backups.backup_if_due(new_journal, clock.advance(minutes=31)), backups.BackupResult)
    assert backups.read_plan(new_journal.database).last_failure_at is None


# ----- the reminder


def test_reminder_counts_from_the_last_backup_or_the_first_entry(new_journal: Journal, usb: Path, clock: Clock) -> None:
    database = new_journal.database
    assert backups.backup_reminder(database, clock()) is None  # an empty journal has nothing to lose
    _entry(new_journal, created_at=clock.now - timedelta(days=13))
    assert backups.backup_reminder(database, clock()) is None  # a new journal is not greeted with a reminder
    clock.advance(days=10)
    reminder = backups.backup_reminder(database, clock())
    assert reminder == backups.BackupReminder(days=23, never=True, has_folder=False)

    backups.back_up(new_journal, usb, now=clock())
    assert backups.backup_reminder(database, clock.advance(days=13)) is None
    reminder = backups.backup_reminder(database, clock.advance(days=1))
    assert reminder == backups.BackupReminder(days=14, never=False, has_folder=False)

    backups.snooze_reminder(database, clock())
    assert backups.backup_reminder(database, clock.advance(days=2, hours=23)) is None
    assert backups.backup_reminder(database, clock.advance(hours=1)) is not None

    backups.change_plan(database, reminder_days=30, destination=usb)
    assert backups.backup_reminder(database, clock()) is None
    assert backups.backup_reminder(database, clock.advance(days=14)).has_folder  # type: ignore[union-attr]
    backups.change_plan(database, reminder_days=0)
    assert backups.backup_reminder(database, clock.advance(days=400)) is None


# ----- the plan


def test_plan_survives_a_save_and_refuses_bad_values(new_journal: Journal, usb: Path) -> None:
    backups.change_plan(new_journal.database, destination=usb, schedule="weekly", keep=4, reminder_days=21)
    new_journal.save()
    assert not backups.change_plan(new_journal.database, keep=4) != backups.read_plan(new_journal.database)
    assert not new_journal.has_unsaved_changes()  # an unchanged plan is not written again
    new_journal.close()
    reopened = Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    plan = backups.read_plan(reopened.database)
    reopened.close()
    assert (plan.destination, plan.schedule, plan.keep, plan.reminder_days) == (usb, "weekly", 4, 21)
    for bad in ({"schedule": "hourly"}, {"keep": 0}, {"reminder_days": -1}):
        with pytest.raises(InvalidInput):
            BackupPlan(**bad).validated()  # type: ignore[arg-type]


def test_a_plan_that_cannot_be_read_falls_back_to_defaults(database) -> None:  # type: ignore[no-untyped-def]
    database.write_setting(backups.PLAN_SETTING, {"schedule": "hourly", "keep": "ten", "last_backup_at": "yesterday",
                                                  "destination": 42, "reminder_days": True})
    assert backups.read_plan(database) == BackupPlan()
    database.write_setting(backups.PLAN_SETTING, ["not", "an", "object"])
    assert backups.read_plan(database) == BackupPlan()


# ----- listing


def test_list_finds_this_journals_backups_everywhere_newest_first(new_journal: Journal, usb: Path, clock: Clock, tmp_path: Path) -> None:
    _entry(new_journal)
    new_journal.save()  # the version it replaced is kept beside the journal
    by_hand = new_journal.write_copy(usb / "copie du 3 mars.carnet")
    os.utime(by_hand, (1_000_000_000, 1_000_000_000))  # the oldest
    written = backups.back_up(new_journal, usb, now=clock())
    other, _code = Journal.create(tmp_path / "autre.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    other.write_copy(usb / "autre-backup-000001.carnet")
    other.close()
    (usb / "broken.carnet").write_bytes(b"CARNET\x1a\n garbage")

    found = backups.list_backups(new_journal.path, new_journal.journal_id, usb)
    assert {(info.path, info.place) for info in found} == {
        (written.path, "folder"), (by_hand, "folder"), *((p, "beside") for p in backups_of(new_journal.path))}
    assert found[-1].path == by_hand
    assert [info.modified for info in found] == sorted((info.modified for info in found), reverse=True)
    assert all(info.size == info.path.stat().st_size for info in found)
    # Without the folder (the key is out), what is beside the journal is still listed.
    assert [info.place for info in backups.list_backups(new_journal.path, new_journal.journal_id, tmp_path / "gone")] == ["beside"]


# ----- checking


def test_verify_backup_good_damaged_foreign_wrong_passphrase(new_journal: Journal, usb: Path, tmp_path: Path) -> None:
    _entry(new_journal)
    good = backups.back_up(new_journal, usb).path
    before = new_journal.path.read_bytes()
    assert backups.verify_backup(good, PASSPHRASE, new_journal.journal_id) == []
    assert backups.verify_backup(good, PASSPHRASE) == []
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(good, "not the passphrase", new_journal.journal_id)

    damaged = usb / "damaged.carnet"
    data = bytearray(good.read_bytes())
    data[-100] ^= 0x01
    damaged.write_bytes(bytes(data))
    with pytest.raises(DamagedJournal):
        backups.verify_backup(damaged, PASSPHRASE, new_journal.journal_id)

    other, _code = Journal.create(tmp_path / "other.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    foreign = other.write_copy(usb / "other.carnet")
    other.close()
    with pytest.raises(ForeignBackup):
        backups.verify_backup(foreign, PASSPHRASE, new_journal.journal_id)
    assert new_journal.path.read_bytes() == before


# ----- restoring a closed journal (the command line, a journal that no longer opens)


def test_restore_from_checks_first_then_keeps_the_replaced_file_aside(new_journal: Journal, usb: Path, tmp_path: Path) -> None:
    _entry(new_journal, "avant")
    backup = backups.back_up(new_journal, usb).path
    _entry(new_journal, "après")
    new_journal.save()
    new_journal.close()
    path = new_journal.path
    current = path.read_bytes()

    damaged = usb / "damaged.carnet"
    damaged.write_bytes(backup.read_bytes()[:-50] + bytes(50))
    other, _code = Journal.create(tmp_path / "other.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    foreign = other.write_copy(usb / "other.carnet")
    other.close()
    for candidate, passphrase, error in ((foreign, PASSPHRASE, ForeignBackup), (damaged, PASSPHRASE, DamagedJournal),
                                         (backup, "wrong", WrongPassphrase)):
        with pytest.raises(error):
            backups.restore_from(candidate, path, passphrase)
        assert path.read_bytes() == current
        assert sorted(p.name for p in path.parent.iterdir() if p.is_file() and "replaced" in p.name) == []

    aside = backups.restore_from(backup, path, PASSPHRASE)
    assert aside is not None and aside.read_bytes() == current
    assert _titles(path) == ["avant"]
    assert _titles(aside) == ["après", "avant"]


def test_restore_from_onto_a_new_computer_or_a_damaged_journal(new_journal: Journal, usb: Path, tmp_path: Path) -> None:
    _entry(new_journal)
    backup = backups.back_up(new_journal, usb).path
    new_journal.close()
    elsewhere = tmp_path / "new computer"
    elsewhere.mkdir()
    assert backups.restore_from(backup, elsewhere / "journal.carnet", PASSPHRASE) is None
    assert _titles(elsewhere / "journal.carnet") == [CANARY]

    new_journal.path.write_bytes(b"\x00" * 300)  # the header is gone: its identity cannot be read
    aside = backups.restore_from(backup, new_journal.path, PASSPHRASE)
    assert aside is not None and aside.read_bytes() == b"\x00" * 300
    assert _titles(new_journal.path) == [CANARY]


# ----- restoring into the open journal (the app)


def test_restore_into_the_open_journal_keeps_the_current_passphrase(new_journal: Journal, usb: Path) -> None:
    _entry(new_journal, "avant")
    backups.change_plan(new_journal.database, destination=usb)  # re-encrypted by the change: see test_key_change.py
    backup = backups.back_up(new_journal).path
    new_journal.change_passphrase("une toute nouvelle phrase")
    _entry(new_journal, "après, pas encore enregistrée")

    aside = backups.restore_into(new_journal, backup)

    assert sorted(r.title for r in new_journal.entries.list()) == ["avant"]
    assert not new_journal.has_unsaved_changes()
    assert _titles(aside, "une toute nouvelle phrase") == ["après, pas encore enregistrée", "avant"]
    assert _titles(new_journal.path, "une toute nouvelle phrase") == ["avant"]
    with pytest.raises(WrongPassphrase):
        Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    listed = {info.path: info.place for info in backups.list_backups(new_journal.path, new_journal.journal_id, usb)}
    assert listed[aside] == "replaced" and listed[backup] == "folder"  # a restore can itself be undone
    _entry(new_journal, "la suite")  # the journal goes on as usual
    new_journal.save()
    assert _titles(new_journal.path, "une toute nouvelle phrase") == ["avant", "la suite"]


def test_restore_into_refuses_a_foreign_or_damaged_backup_and_touches_nothing(new_journal: Journal, usb: Path, tmp_path: Path) -> None:
    _entry(new_journal)
    new_journal.save()
    good = backups.back_up(new_journal, usb).path
    new_journal.save()
    before = new_journal.path.read_bytes()
    other, _code = Journal.create(tmp_path / "other.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    foreign = other.write_copy(usb / "other.carnet")
    other.close()
    damaged = usb / "damaged.carnet"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    for candidate, error in ((foreign, ForeignBackup), (damaged, DamagedJournal)):
        with pytest.raises(error):
            backups.restore_into(new_journal, candidate)
        assert new_journal.path.read_bytes() == before
        assert [r.title for r in new_journal.entries.list()] == [CANARY]
    assert not [p for p in new_journal.path.parent.iterdir() if "replaced" in p.name]


def test_run_scheduled_backup_saves_what_it_recorded(new_journal: Journal, usb: Path, clock: Clock) -> None:
    backups.change_plan(new_journal.database, destination=usb, schedule="weekly")
    new_journal.save()
    saved_versions = len(backups_of(new_journal.path))
    outcome = backups.run_scheduled_backup(new_journal, clock())
    assert isinstance(outcome, backups.BackupResult)
    assert not new_journal.has_unsaved_changes()  # the time is on disk: a crash does not lose it
    assert len(backups_of(new_journal.path)) == saved_versions + 1
    assert backups.run_scheduled_backup(new_journal, clock.advance(days=1)) is None
    assert len(backups_of(new_journal.path)) == saved_versions + 1  # nothing due: no save, no new version


def test_a_folder_on_the_journals_own_disk_is_noticed(new_journal: Journal, usb: Path, tmp_path: Path) -> None:
    assert backups.on_same_disk(usb, new_journal.path)  # both under the test's temporary folder
    assert not backups.on_same_disk(tmp_path / "missing", new_journal.path)


def test_restoring_the_oldest_saved_version_with_unsaved_changes(new_journal: Journal) -> None:
    """The version in memory is written aside rather than saved: a save would rotate the saved
    versions and delete the oldest, the very one being restored."""
    for number in range(11):
        _entry(new_journal, f"entrée {number}")
        new_journal.save()
    versions = backups_of(new_journal.path)
    oldest = versions[-1]
    _entry(new_journal, "pas encore enregistrée")
    aside = backups.restore_into(new_journal, oldest)
    assert backups_of(new_journal.path) == versions  # nothing rotated away
    assert "pas encore enregistrée" in _titles(aside)
    assert sorted(r.title for r in new_journal.entries.list()) == _titles(oldest)


def test_restore_into_refuses_when_another_program_replaced_the_journal(new_journal: Journal, usb: Path) -> None:
    backup = backups.back_up(new_journal, usb).path
    new_journal.save()
    replaced_by_sync = new_journal.path.read_bytes()[:-1] + b"\x00"
    new_journal.path.write_bytes(replaced_by_sync)
    with pytest.raises(JournalChangedOnDisk):
        backups.restore_into(new_journal, backup)
    assert new_journal.path.read_bytes() == replaced_by_sync
