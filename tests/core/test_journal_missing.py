"""A journal moved or deleted while open, leftovers of interrupted saves, and lock files
beside paths that were refused (issue 12)."""

from __future__ import annotations

import errno
import os
import shutil
import time
from pathlib import Path

import pytest

from journal_app.core import vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import JournalMissing, StorageError, WrongPassphrase, WrongRecoveryCode
from journal_app.core.journal import Journal, backups_of
from tests.conftest import CHEAP_KDF, PASSPHRASE


def _titles(path: Path) -> list[str]:
    reader = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        return sorted(record.title for record in reader.entries.list())
    finally:
        reader.close()


def _lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


# ----- moved or deleted while open


@pytest.fixture
def written(new_journal: Journal) -> Journal:
    new_journal.entries.add(EntryFields(title="enregistrée"))
    new_journal.save()
    new_journal.entries.add(EntryFields(title="pas encore enregistrée"))
    return new_journal


def test_a_journal_moved_away_while_open_is_not_recreated(written: Journal, tmp_path: Path) -> None:
    moved = tmp_path / "ailleurs.carnet"
    shutil.move(written.path, moved)
    with pytest.raises(JournalMissing, match="no longer where it was") as caught:
        written.save()
    assert isinstance(caught.value, StorageError) and caught.value.code == "journal-missing"
    assert not written.path.exists()  # not silently written again where it used to be
    assert written.has_unsaved_changes()
    with pytest.raises(JournalMissing):  # the next autosave says the same
        written.save_if_changed()
    assert not written.path.exists()

    # the way out: an encrypted copy elsewhere, with everything in memory
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = written.write_copy(usb)
    assert copy == usb / "journal.carnet"
    assert _titles(copy) == ["enregistrée", "pas encore enregistrée"]
    assert _titles(moved) == ["enregistrée"]  # the moved file is as it was
    written.close()
    Journal.open(copy, PASSPHRASE).close()  # the copy is not locked by the journal still open


def test_a_journal_deleted_while_open_is_reported_and_can_be_copied(written: Journal, tmp_path: Path) -> None:
    written.path.unlink()
    with pytest.raises(JournalMissing):
        written.save()
    assert not written.path.exists()
    copy = written.write_copy(tmp_path / "sauvée.carnet")
    assert _titles(copy) == ["enregistrée", "pas encore enregistrée"]


def test_a_usb_key_pulled_out_while_open(written: Journal, tmp_path: Path) -> None:
    """The whole folder is gone, lock file included: a clear error, and closing still works."""
    folder = written.path.parent
    shutil.rmtree(folder)
    with pytest.raises(JournalMissing):
        written.save()
    assert not folder.exists()
    with pytest.raises(StorageError):  # the copy's own folder is gone too: said plainly
        written.write_copy(folder / "copie.carnet")
    copy = written.write_copy(tmp_path)
    assert _titles(copy) == ["enregistrée", "pas encore enregistrée"]
    written.close()
    assert not folder.exists()


def test_a_journal_that_vanishes_during_the_save_is_not_recreated(
    written: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write_all = vaultfile._write_all
    moved = tmp_path / "ailleurs.carnet"

    def move_it_meanwhile(handle, data) -> None:  # type: ignore[no-untyped-def]
        if written.path.exists():
            shutil.move(written.path, moved)
        real_write_all(handle, data)

    monkeypatch.setattr(vaultfile, "_write_all", move_it_meanwhile)
    with pytest.raises(JournalMissing):
        written.save()
    assert not written.path.exists()
    assert [p.name for p in written.path.parent.iterdir() if p.name.endswith(".tmp")] == []
    assert _titles(moved) == ["enregistrée"]


def test_restoring_into_a_journal_that_vanished_is_refused(written: Journal) -> None:
    written.save()
    backup = backups_of(written.path)[0]
    written.path.unlink()
    with pytest.raises(JournalMissing):
        written.replace_with_version(backup)
    assert not written.path.exists()


def test_opening_a_journal_that_was_moved_away_says_so(written: Journal) -> None:
    written.close()
    written.path.unlink()
    _lock_file(written.path).unlink()
    with pytest.raises(StorageError, match="no journal at this place"):
        Journal.open(written.path, PASSPHRASE)
    assert not _lock_file(written.path).exists()


# ----- leftovers of interrupted saves


def _leftover(folder: Path, name: str, age_seconds: float) -> Path:
    path = folder / name
    path.write_bytes(os.urandom(64))  # ciphertext, as a save writes it
    moment = time.time() - age_seconds
    os.utime(path, (moment, moment))
    return path


def test_leftovers_of_an_interrupted_save_are_removed_on_the_next_open(journal_path: Path) -> None:
    Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    folder = journal_path.parent
    old = _leftover(folder, ".journal.carnet.k3j_x9a2.tmp", age_seconds=3600)
    fresh = _leftover(folder, ".journal.carnet.z8q1w7e4.tmp", age_seconds=0)  # a save running now?
    others = [
        _leftover(folder, ".autre.carnet.k3j_x9a2.tmp", age_seconds=3600),  # another journal's
        _leftover(folder, "journal.carnet.k3j_x9a2.tmp", age_seconds=3600),  # not a name we give
        _leftover(folder, ".journal.carnet.k3j_x9a2.tmp.mine", age_seconds=3600),
    ]
    Journal.open(journal_path, PASSPHRASE, read_only=True).close()  # reading holds no lock: nothing removed
    assert old.exists()
    Journal.open(journal_path, PASSPHRASE).close()
    assert not old.exists()
    assert fresh.exists() and all(other.exists() for other in others)


def test_a_kill_during_save_leaves_nothing_after_the_next_open(journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The leftover a real interrupted save leaves (an exception standing in for the kill
    between writing and replacing) is removed once it is old enough."""
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="une"))

    class Killed(BaseException):
        pass

    def killed(*args: object) -> None:
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", killed)
        patch.setattr(vaultfile, "_exchange", killed)
        patch.setattr(os, "unlink", lambda *args, **kwargs: None)  # a killed process cleans nothing
        with pytest.raises(Killed):
            journal.save()
    journal.close()
    (leftover,) = [p for p in journal_path.parent.iterdir() if p.name.endswith(".tmp")]
    os.utime(leftover, (time.time() - 600, time.time() - 600))
    Journal.open(journal_path, PASSPHRASE).close()
    assert not leftover.exists()


# ----- no lock file beside a path that was refused


def test_a_wrong_passphrase_leaves_no_lock_file(new_journal: Journal) -> None:
    new_journal.close()
    _lock_file(new_journal.path).unlink()
    with pytest.raises(WrongPassphrase):
        Journal.open(new_journal.path, "pas la bonne")
    assert not _lock_file(new_journal.path).exists()
    with pytest.raises(WrongRecoveryCode):
        Journal.reset_passphrase(new_journal.path, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "nouvelle")
    assert not _lock_file(new_journal.path).exists()
    Journal.open(new_journal.path, PASSPHRASE).close()
    assert _lock_file(new_journal.path).exists()  # a journal that was open keeps its (empty) lock file


def test_a_file_that_is_not_a_journal_leaves_no_lock_file(tmp_path: Path) -> None:
    impostor = tmp_path / "notes.carnet"
    impostor.write_bytes(b"pas un journal")
    with pytest.raises(Exception):  # noqa: B017, PT011 - DamagedJournal; the point is what is left
        Journal.open(impostor, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.carnet"]


def test_a_refused_create_leaves_nothing(journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(handle, data) -> None:  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vaultfile, "_write_all", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    assert list(journal_path.parent.iterdir()) == []


def test_a_journal_open_elsewhere_keeps_its_lock(new_journal: Journal) -> None:
    """Refused because it is locked: the lock file is the other holder's, and stays."""
    from journal_app.core.errors import JournalLocked

    with pytest.raises(JournalLocked):
        Journal.open(new_journal.path, PASSPHRASE)
    assert _lock_file(new_journal.path).exists()
    with pytest.raises(JournalLocked):  # and still locked
        Journal.open(new_journal.path, PASSPHRASE)


def test_a_journal_that_vanishes_right_after_a_save_is_not_recreated(
    written: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = tmp_path / "ailleurs.carnet"

    def moved_at_once(folder: Path) -> None:
        shutil.move(written.path, moved)

    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "fsync_folder", moved_at_once)
        written.save()  # written, then moved away before the save could look at it again
    written.entries.add(EntryFields(title="encore une"))
    with pytest.raises(JournalMissing):
        written.save()
    assert not written.path.exists()
    assert _titles(moved) == ["enregistrée", "pas encore enregistrée"]
