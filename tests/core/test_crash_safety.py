"""A journal must never be lost: killed processes and failed writes leave a whole journal."""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import tempfile
import time
from pathlib import Path

import pytest

from journal_app.core import vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import FileHeldOpen, StorageError
from journal_app.core.journal import Journal, backups_of
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import SQLITE_MAGIC, ChildOutput, files_under, leaks, spawn_python

MARKER = "sauvegarde-interrompue"

SAVE_LOOP = f"""
journal = Journal.open(sys.argv[1], PASSPHRASE)
i = int(sys.argv[2])
while True:
    journal.entries.add(EntryFields(title=f"{MARKER} {{i}}", body="Un peu de texte pour que l'image bouge. " * 20))
    journal.save()
    print(i, flush=True)
    i += 1
"""


def _titles(path: Path) -> set[str]:
    journal = Journal.open(path, PASSPHRASE)
    try:
        return {record.title for record in journal.entries.list()}
    finally:
        journal.close()


def test_kill_during_repeated_saves_loses_no_completed_save(journal_path: Path) -> None:
    Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    completed: set[int] = set()
    start = 0
    for run in range(5):
        after_lines = rng.randint(2, 6)
        delay = rng.choice([0.0, rng.uniform(0, 0.004), rng.uniform(0, 0.03)])
        child = spawn_python(SAVE_LOOP, str(journal_path), str(start))
        output = ChildOutput(child)
        lines = []
        try:
            while len(lines) < after_lines:
                line = output.next_line()
                assert line, f"the saving process died: {child.stderr.read()}"  # type: ignore[union-attr]
                lines.append(line)
            time.sleep(delay)
            os.kill(child.pid, signal.SIGKILL)
        finally:
            lines += output.stop()  # and the lines printed before the kill
        assert child.returncode == -signal.SIGKILL
        printed = [int(line) for line in lines]
        assert printed == list(range(start, start + len(printed)))
        completed.update(printed)

        # the journal opens (taking over the dead process's lock) and holds every completed save
        present = {int(title.rsplit(" ", 1)[1]) for title in _titles(journal_path)}
        context = f"seed {seed}, run {run}, killed after {after_lines} lines + {delay:.4f} s"
        assert completed <= present, context
        # at most the one save that finished just before the kill, unreported, on top of them
        assert present - completed <= {max(completed) + 1}, context
        assert present == set(range(len(present))), context
        completed |= present  # an unreported save that made it counts from now on
        start = max(present) + 1

        # A temporary file left by the kill is allowed (it is removed by nobody, but it is
        # encrypted like the journal): no file anywhere in the folder holds plaintext.
        for leftover in files_under(journal_path.parent):
            assert SQLITE_MAGIC not in leftover.read_bytes(), f"plaintext database in {leftover}"
        assert leaks([MARKER], files_under(journal_path.parent)) == [], context
    leftovers = len(_temporary_files(journal_path.parent))
    print(f"kill test: seed {seed}, {len(completed)} completed saves, {leftovers} temporary files left")


# ----- failed writes


@pytest.fixture
def saved_journal(new_journal: Journal) -> Journal:
    new_journal.entries.add(EntryFields(title="déjà enregistré"))
    new_journal.save()
    new_journal.save()
    new_journal.entries.add(EntryFields(title="pas encore enregistré"))
    return new_journal


def _temporary_files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.name.endswith(".tmp")]


def _assert_intact(journal: Journal, before: bytes, backups: list[Path]) -> None:
    assert journal.path.read_bytes() == before
    assert _temporary_files(journal.path.parent) == []
    assert backups_of(journal.path) == backups
    reader = Journal.open(journal.path, PASSPHRASE, read_only=True)
    assert [r.title for r in reader.entries.list()] == ["déjà enregistré"]
    reader.close()


def _assert_saves_once_the_disk_is_back(journal: Journal) -> None:
    journal.save()
    reader = Journal.open(journal.path, PASSPHRASE, read_only=True)
    assert sorted(r.title for r in reader.entries.list()) == ["déjà enregistré", "pas encore enregistré"]
    reader.close()


def test_full_disk_leaves_the_previous_file_intact(saved_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved_journal.path.read_bytes()
    backups = backups_of(saved_journal.path)
    written = []

    def half_then_full(handle, data: bytes) -> None:  # type: ignore[no-untyped-def]
        handle.write(data[: len(data) // 2])
        written.append(len(data) // 2)
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "_write_all", half_then_full)
        with pytest.raises(StorageError, match="disk is full"):
            saved_journal.save()
    assert written  # the failure really happened in the middle of the write
    _assert_intact(saved_journal, before, backups)
    _assert_saves_once_the_disk_is_back(saved_journal)


def test_quota_exceeded_is_reported_as_a_full_disk(saved_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    def quota(handle, data: bytes) -> None:  # type: ignore[no-untyped-def]
        raise OSError(errno.EDQUOT, "Disk quota exceeded")

    monkeypatch.setattr(vaultfile, "_write_all", quota)
    with pytest.raises(StorageError, match="disk is full"):
        saved_journal.save()


def test_repeated_failed_saves_keep_the_backup_history(saved_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    """An app retrying a save on a full disk must not push the older versions out of backups/."""
    history = {backup.name: backup.read_bytes() for backup in backups_of(saved_journal.path)}
    assert len(history) == 2

    def full(handle, data: bytes) -> None:  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "_write_all", full)
        for _ in range(15):
            with pytest.raises(StorageError):
                saved_journal.save()
    assert {backup.name: backup.read_bytes() for backup in backups_of(saved_journal.path)} == history
    _assert_saves_once_the_disk_is_back(saved_journal)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_leaves_the_previous_file_intact(saved_journal: Journal) -> None:
    before = saved_journal.path.read_bytes()
    backups = backups_of(saved_journal.path)
    folder = saved_journal.path.parent
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError):
            saved_journal.save()
    finally:
        folder.chmod(0o700)
    _assert_intact(saved_journal, before, backups)


def test_folder_that_refuses_new_files_leaves_the_previous_file_intact(
    saved_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-only folder as root sees it: creating the temporary file is refused."""
    before = saved_journal.path.read_bytes()
    backups = backups_of(saved_journal.path)

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "mkstemp", refused)
        with pytest.raises(StorageError, match="permission denied"):
            saved_journal.save()
    _assert_intact(saved_journal, before, backups)
    _assert_saves_once_the_disk_is_back(saved_journal)


@pytest.fixture
def replace_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows and macOS (and file systems that cannot swap two names): the new file
    replaces the journal with os.replace."""
    monkeypatch.setattr(vaultfile, "_exchange", None)


@pytest.mark.parametrize("way", ["replace", "exchange"])
@pytest.mark.parametrize("error", [errno.EIO, errno.EXDEV, errno.EROFS])
def test_failed_replace_leaves_the_previous_file_intact(
    saved_journal: Journal, monkeypatch: pytest.MonkeyPatch, error: int, way: str
) -> None:
    before = saved_journal.path.read_bytes()
    backups = backups_of(saved_journal.path)
    real_replace = os.replace

    def failing_replace(source: object, destination: object) -> None:
        if Path(str(destination)) == saved_journal.path:
            raise OSError(error, os.strerror(error))
        real_replace(source, destination)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "_exchange", failing_replace if way == "exchange" else None)
        patch.setattr(os, "replace", failing_replace)
        with pytest.raises(StorageError):
            saved_journal.save()
    _assert_intact(saved_journal, before, backups)
    _assert_saves_once_the_disk_is_back(saved_journal)


def test_failed_fsync_leaves_the_previous_file_intact(saved_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved_journal.path.read_bytes()
    backups = backups_of(saved_journal.path)

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", failing_fsync)
        with pytest.raises(StorageError):
            saved_journal.save()
    _assert_intact(saved_journal, before, backups)


def test_failed_backup_copy_does_not_save(saved_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    """No backup, no save: the version about to be replaced is never dropped silently."""
    before = saved_journal.path.read_bytes()
    backups = backups_of(saved_journal.path)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "link", fail)
        patch.setattr("shutil.copyfile", fail)
        with pytest.raises(StorageError):
            saved_journal.save()
    _assert_intact(saved_journal, before, backups)


def _disk_full(handle, data: bytes) -> None:  # type: ignore[no-untyped-def]
    raise OSError(errno.ENOSPC, "No space left on device")


def test_failed_passphrase_change_keeps_the_old_passphrase(saved_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    """The person was told the change failed: a later save must not quietly apply it, or the
    passphrase they keep using would no longer open the journal."""
    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "_write_all", _disk_full)
        with pytest.raises(StorageError):
            saved_journal.change_passphrase("la nouvelle phrase")
    saved_journal.save()  # the disk is back; an autosave happens
    saved_journal.close()
    Journal.open(saved_journal.path, PASSPHRASE).close()


def test_failed_recovery_reset_releases_the_journal(saved_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    saved_journal.close()
    before = saved_journal.path.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "_write_all", _disk_full)
        with pytest.raises(StorageError):
            Journal.reset_passphrase(saved_journal.path, saved_journal.test_recovery_code, "nouvelle")  # type: ignore[attr-defined]
    assert saved_journal.path.read_bytes() == before
    Journal.open(saved_journal.path, PASSPHRASE).close()  # not locked by the failed attempt


def test_save_syncs_the_file_before_the_rename_and_the_folder_after(
    new_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without these two fsyncs a power cut can leave an empty file under the journal's name."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def spy_fsync(fd: int) -> None:
        events.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def spy_replace(source: object, destination: object) -> None:
        events.append("replace")
        real_replace(source, destination)  # type: ignore[arg-type]

    real_exchange = vaultfile._exchange

    def spy_exchange(first: Path, second: Path) -> None:
        events.append("replace")
        assert real_exchange is not None
        real_exchange(first, second)

    monkeypatch.setattr(os, "fsync", spy_fsync)
    monkeypatch.setattr(os, "replace", spy_replace)
    if real_exchange is not None:
        monkeypatch.setattr(vaultfile, "_exchange", spy_exchange)
    new_journal.save()  # created: nothing to swap with, replaced
    new_journal.save()  # swapped where the system can
    assert events == ["fsync file", "replace", "fsync folder"] * 2


# ----- Windows: another program holds the file open


class _FakeTime:
    """Time that passes only when slept: the retries are tested without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.pauses: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


def _held_open_by_another_program(journal_path: Path, times: float) -> tuple[list[int], object]:
    """os.replace onto the journal fails as on Windows while OneDrive or an antivirus holds
    the file: PermissionError with winerror 32 (sharing violation), ``times`` times."""
    real_replace = os.replace
    refused: list[int] = []

    def replace(source: object, destination: object) -> None:
        if Path(str(destination)) == journal_path and len(refused) < times:
            refused.append(1)
            error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                                  "by another process")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(source, destination)  # type: ignore[arg-type]

    return refused, replace


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch, replace_only: None) -> _FakeTime:
    """Windows: time passes only when slept, and the file is replaced (no swap there)."""
    fake = _FakeTime()
    monkeypatch.setattr(vaultfile, "_sleep", fake.sleep)
    monkeypatch.setattr(vaultfile, "_monotonic", fake.monotonic)
    return fake


def test_a_file_held_open_for_a_moment_is_replaced_once_let_go(
    saved_journal: Journal, monkeypatch: pytest.MonkeyPatch, fake_time: _FakeTime
) -> None:
    refused, replace = _held_open_by_another_program(saved_journal.path, times=4)
    monkeypatch.setattr(os, "replace", replace)
    saved_journal.save()
    assert len(refused) == 4
    assert fake_time.pauses == [0.05, 0.1, 0.2, 0.4]  # backing off
    assert _temporary_files(saved_journal.path.parent) == []
    assert not saved_journal.has_unsaved_changes()
    monkeypatch.undo()
    _assert_saves_once_the_disk_is_back(saved_journal)


def test_a_file_held_open_for_long_keeps_the_changes_and_the_new_version(
    saved_journal: Journal, monkeypatch: pytest.MonkeyPatch, fake_time: _FakeTime
) -> None:
    before = saved_journal.path.read_bytes()
    backups = backups_of(saved_journal.path)
    _refused, replace = _held_open_by_another_program(saved_journal.path, times=float("inf"))
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(FileHeldOpen, match="keeps the journal file open") as caught:
        saved_journal.save()
    assert sum(fake_time.pauses) <= vaultfile.REPLACE_PATIENCE_SECONDS
    assert sum(fake_time.pauses) > vaultfile.REPLACE_PATIENCE_SECONDS / 2  # it did wait a while
    assert saved_journal.path.read_bytes() == before
    assert backups_of(saved_journal.path) == backups  # no backup of a version not replaced
    assert saved_journal.has_unsaved_changes()
    kept = caught.value.kept
    assert _temporary_files(saved_journal.path.parent) == [kept]
    assert SQLITE_MAGIC not in kept.read_bytes()
    # The new version waits, encrypted: it opens with the passphrase and holds the changes.
    waiting = Journal.open(kept, PASSPHRASE, read_only=True)
    assert sorted(r.title for r in waiting.entries.list()) == ["déjà enregistré", "pas encore enregistré"]
    waiting.close()

    with pytest.raises(FileHeldOpen) as again:  # an autosave retries: one waiting version, not two
        saved_journal.save()
    assert _temporary_files(saved_journal.path.parent) == [again.value.kept]

    monkeypatch.undo()  # the sync client lets go
    _assert_saves_once_the_disk_is_back(saved_journal)
    assert _temporary_files(saved_journal.path.parent) == []


def test_a_refusal_that_is_not_windows_holding_the_file_is_not_retried(
    saved_journal: Journal, monkeypatch: pytest.MonkeyPatch, fake_time: _FakeTime
) -> None:
    real_replace = os.replace

    def denied(source: object, destination: object) -> None:
        if Path(str(destination)) == saved_journal.path:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(StorageError, match="permission denied"):
        saved_journal.save()
    assert fake_time.pauses == []
    assert _temporary_files(saved_journal.path.parent) == []


def test_a_version_delivered_while_the_file_is_held_open_is_merged(
    saved_journal: Journal, monkeypatch: pytest.MonkeyPatch, fake_time: _FakeTime, tmp_path: Path
) -> None:
    """OneDrive holds the file while it downloads the other computer's version, then puts it
    in place: the save that waited must merge it, not write over it."""
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    copy = laptop / saved_journal.path.name
    copy.write_bytes(saved_journal.path.read_bytes())
    there = Journal.open(copy, PASSPHRASE)
    there.entries.add(EntryFields(title="là-bas"))
    there.save()
    there.close()
    refused, replace = _held_open_by_another_program(saved_journal.path, times=3)

    def replace_then_deliver(source: object, destination: object) -> None:
        try:
            replace(source, destination)
        finally:
            if len(refused) == 2 and not (tmp_path / "delivered").exists():
                (tmp_path / "delivered").touch()
                staging = saved_journal.path.with_name("staging")
                staging.write_bytes(copy.read_bytes())
                os.rename(staging, saved_journal.path)

    monkeypatch.setattr(os, "replace", replace_then_deliver)
    saved_journal.save()
    monkeypatch.undo()
    reader = Journal.open(saved_journal.path, PASSPHRASE, read_only=True)
    assert sorted(r.title for r in reader.entries.list()) == ["déjà enregistré", "là-bas", "pas encore enregistré"]
    reader.close()
