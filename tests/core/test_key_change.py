"""A change of passphrase (or of recovery code) re-encrypts every copy Carnet manages, and
says which it could not reach."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from journal_app.core import backups, vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import StorageError, WrongPassphrase
from journal_app.core.journal import Journal, backups_of
from journal_app.core.merge import MERGED_FOLDER
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "une toute nouvelle phrase de passe"


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        Journal.open(path, passphrase, read_only=True).close()
    except WrongPassphrase:
        return False
    return True


@pytest.fixture
def with_history(new_journal: Journal, tmp_path: Path) -> Journal:
    """Four saved versions and two backups in a chosen folder."""
    folder = tmp_path / "usb"
    folder.mkdir()
    backups.change_plan(new_journal.database, destination=folder)
    for title in ("un", "deux", "trois", "quatre"):
        new_journal.entries.add(EntryFields(title=title))
        new_journal.save()
    backups.back_up(new_journal)
    backups.back_up(new_journal)
    new_journal.save()
    return new_journal


def test_saved_versions_and_folder_backups_are_re_encrypted_in_place(with_history: Journal, tmp_path: Path) -> None:
    journal = with_history
    folder = tmp_path / "usb"
    before = backups_of(journal.path)
    in_folder = sorted(folder.iterdir())
    times = {path: path.stat().st_mtime_ns for path in [*before, *in_folder]}
    change = journal.change_passphrase(NEW_PASSPHRASE)
    after = backups_of(journal.path)
    assert after[1:] == before  # the version just saved is newest; the others keep their names and order
    assert set(change.reencrypted) == {*after, *in_folder}
    assert not change.removed and not change.left_as_they_were and change.folder_unreachable is None
    for path in [*after, *in_folder]:
        assert not _opens_with(path, PASSPHRASE) and _opens_with(path, NEW_PASSPHRASE)
    assert {path: path.stat().st_mtime_ns for path in times} == times
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in after)


def test_a_backup_still_restores_after_the_change(with_history: Journal) -> None:
    journal = with_history
    oldest = backups_of(journal.path)[-2]  # the first save with an entry
    journal.change_passphrase(NEW_PASSPHRASE)
    journal.replace_with_version(oldest)
    assert [entry.title for entry in journal.entries.list()] == ["un"]


def test_an_unreachable_backup_folder_is_reported(with_history: Journal, tmp_path: Path) -> None:
    journal = with_history
    folder = tmp_path / "usb"
    drawer = tmp_path / "drawer"
    folder.rename(drawer)  # the USB key taken out
    change = journal.change_passphrase(NEW_PASSPHRASE)
    assert change.folder_unreachable == folder
    assert all(_opens_with(path, PASSPHRASE) for path in drawer.iterdir())  # as they were: say so


def test_copies_that_cannot_be_re_encrypted_are_removed_or_listed(with_history: Journal, tmp_path: Path) -> None:
    journal = with_history
    folder = tmp_path / "usb"
    damaged_version = backups_of(journal.path)[1]
    damaged_backup = sorted(folder.iterdir())[0]
    for path in (damaged_version, damaged_backup):
        data = bytearray(path.read_bytes())
        data[-100] ^= 0xFF
        path.write_bytes(bytes(data))
    change = journal.change_passphrase(NEW_PASSPHRASE)
    assert change.removed == (damaged_version,) and not damaged_version.exists()  # Carnet's own history
    assert change.left_as_they_were == (damaged_backup,) and damaged_backup.exists()  # the worker's folder


def test_files_kept_aside_and_merged_copies_are_re_encrypted(with_history: Journal) -> None:
    journal = with_history
    aside = journal.path.with_name("journal.replaced-1.carnet")
    shutil.copyfile(journal.path, aside)
    merged = journal.path.parent / MERGED_FOLDER
    merged.mkdir()
    shutil.copyfile(journal.path, merged / "journal-LAPTOP.carnet")
    change = journal.change_passphrase(NEW_PASSPHRASE)
    assert {aside, merged / "journal-LAPTOP.carnet"} <= set(change.reencrypted)
    assert not _opens_with(aside, PASSPHRASE) and not _opens_with(merged / "journal-LAPTOP.carnet", PASSPHRASE)


def test_a_change_that_cannot_be_saved_changes_nothing(with_history: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = with_history
    files = {path: path.read_bytes() for path in [journal.path, *backups_of(journal.path)]}

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise StorageError("the disk is full: nothing was changed")

    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "write_journal", full_disk)
        with pytest.raises(StorageError):
            journal.change_passphrase(NEW_PASSPHRASE)
    assert {path: path.read_bytes() for path in files} == files
    journal.entries.add(EntryFields(title="après"))
    journal.save()  # a later save keeps the old key and passphrase
    journal.close()
    assert _opens_with(journal.path, PASSPHRASE)


def test_the_recovery_reset_rotates_too(with_history: Journal) -> None:
    journal = with_history
    code = journal.test_recovery_code  # type: ignore[attr-defined]
    journal.close()
    reopened, change = Journal.reset_passphrase(journal.path, code, NEW_PASSPHRASE)
    reopened.close()
    assert change.recovery_code != code and change.reencrypted
    assert all(not _opens_with(path, PASSPHRASE) for path in [journal.path, *backups_of(journal.path)])
    assert os.listdir(journal.path.parent / "backups")
