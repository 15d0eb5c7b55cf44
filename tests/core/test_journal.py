"""The journal as a whole: round trip, passphrases, recovery, locking, backups, permissions."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.core import crypto, vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import (
    DamagedJournal,
    InvalidInput,
    JournalChangedOnDisk,
    JournalLocked,
    JournalMissing,
    StorageError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from journal_app.core.journal import Journal, backups_of, newest_good_backup, restore_backup, verify
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import ChildOutput, spawn_python

FULL = EntryFields(
    title="Première visite — « Réseau » & école",
    body="# Notes\n\nElle a dit : *ça ira*. 😊\nDeuxième ligne.",
    occurred_at=datetime(2026, 3, 14, 16, 45, tzinfo=timezone(timedelta(hours=1))),
    kind="contact",
    duration_minutes=50,
    channel="home_visit",
    persons=("Élodie L.", "Karim"),
    tags=("école", "réseau"),
    off_hours=True,
    out_of_frame=True,
    private=True,
    emotional_weight=7,
    for_supervision=True,
)


def _contents(journal: Journal) -> list[tuple[object, ...]]:
    return sorted(
        (r.uuid, r.fields_only(), r.created_at, r.updated_at) for r in journal.entries.list()
    )  # type: ignore[return-value]


def _add(journal: Journal, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        journal.entries.add(EntryFields(title=f"entrée {i}", body=f"texte {i}"))


# ----- round trip


def test_round_trip(journal_path: Path) -> None:
    journal, _ = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    added = journal.entries.add(FULL)
    plain = journal.entries.add(EntryFields(title="Sans rien", occurred_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC)))
    before = _contents(journal)
    journal.save()
    journal.close()
    assert not journal.is_open

    reopened = Journal.open(journal_path, PASSPHRASE)
    try:
        assert _contents(reopened) == before
        record = reopened.entries.get(added.uuid)
        # persons and tags are sets: they come back sorted, not in the order given
        assert record.fields_only() == replace(FULL, persons=tuple(sorted(FULL.persons)), tags=tuple(sorted(FULL.tags)))
        assert record.occurred_at.utcoffset() == timedelta(hours=1)  # the local time it was written in
        assert record.occurred_at == FULL.occurred_at
        assert reopened.entries.get(plain.uuid).title == "Sans rien"
        assert sorted(reopened.entries.persons()) == ["Karim", "Élodie L."]
        assert sorted(reopened.entries.tags()) == ["réseau", "école"]
        assert reopened.journal_id == journal.journal_id
    finally:
        reopened.close()


def test_unsaved_changes_are_not_in_the_file(new_journal: Journal) -> None:
    new_journal.entries.add(EntryFields(title="jamais enregistré"))
    new_journal.close()
    reopened = Journal.open(new_journal.path, PASSPHRASE)
    assert reopened.entries.count() == 0
    reopened.close()


def test_closed_journal_refuses_to_work(new_journal: Journal) -> None:
    new_journal.close()
    with pytest.raises(RuntimeError):
        new_journal.save()


def test_create_refuses_an_existing_file_and_an_empty_passphrase(journal_path: Path) -> None:
    journal_path.write_bytes(b"something precious")
    with pytest.raises(InvalidInput):
        Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    assert journal_path.read_bytes() == b"something precious"
    with pytest.raises(InvalidInput):
        Journal.create(journal_path.with_name("other.carnet"), "", kdf=CHEAP_KDF)
    with pytest.raises(StorageError):
        Journal.create(journal_path.parent / "missing" / "j.carnet", PASSPHRASE, kdf=CHEAP_KDF)


def test_verify_finds_a_sound_journal_sound(new_journal: Journal) -> None:
    new_journal.entries.add(FULL)
    new_journal.save()
    assert verify(new_journal.path, PASSPHRASE) == []


# ----- passphrase


def test_wrong_passphrase(new_journal: Journal) -> None:
    new_journal.entries.add(FULL)
    new_journal.save()
    new_journal.close()
    before = new_journal.path.read_bytes()
    for wrong in ("", "Correct horse battery staple", PASSPHRASE + " ", PASSPHRASE[:-1]):
        with pytest.raises(WrongPassphrase) as caught:
            Journal.open(new_journal.path, wrong)
        assert not isinstance(caught.value, DamagedJournal)
    assert new_journal.path.read_bytes() == before
    # a failed attempt released the lock
    Journal.open(new_journal.path, PASSPHRASE).close()


def test_open_a_missing_journal_leaves_no_trace(tmp_path: Path) -> None:
    """A mistyped path is an error, and must not create folders or a lock file."""
    missing = tmp_path / "nowhere" / "deeper" / "journal.carnet"
    with pytest.raises(StorageError, match="no journal"):
        Journal.open(missing, PASSPHRASE)
    with pytest.raises(StorageError):
        Journal.reset_passphrase(missing, "0" * 40, "new")
    assert not (tmp_path / "nowhere").exists()
    beside = tmp_path / "absent.carnet"
    with pytest.raises(StorageError):
        Journal.open(beside, PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_open_a_folder_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        Journal.open(tmp_path, PASSPHRASE, read_only=True)


def test_change_passphrase_changes_the_key_and_the_recovery_code(new_journal: Journal) -> None:
    new_journal.entries.add(FULL)
    new_journal.save()
    before = _contents(new_journal)
    old = vaultfile.parse(new_journal.path.read_bytes())
    old_key = vaultfile.unlock_with_passphrase(old, PASSPHRASE)

    change = new_journal.change_passphrase("une toute nouvelle phrase")
    new_journal.close()

    new = vaultfile.parse(new_journal.path.read_bytes())
    assert new.header.journal_id == old.header.journal_id
    assert vaultfile.unlock_with_passphrase(new, "une toute nouvelle phrase") != old_key  # a new data key
    assert change.recovery_code != new_journal.test_recovery_code  # type: ignore[attr-defined]
    with pytest.raises(WrongPassphrase):
        Journal.open(new_journal.path, PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        Journal.reset_passphrase(new_journal.path, new_journal.test_recovery_code, "troisième")  # type: ignore[attr-defined]
    reopened = Journal.open(new_journal.path, "une toute nouvelle phrase")
    assert _contents(reopened) == before
    reopened.close()
    Journal.reset_passphrase(new_journal.path, change.recovery_code, "troisième")[0].close()


def test_change_passphrase_refuses_empty(new_journal: Journal) -> None:
    before = new_journal.path.read_bytes()
    with pytest.raises(InvalidInput):
        new_journal.change_passphrase("")
    assert new_journal.path.read_bytes() == before


# ----- recovery code


def _typed_back(code: str) -> str:
    """The code as a person types it from paper: lowercase, spaces, the letter o for zero."""
    return "  " + code.lower().replace("-", " ").replace("0", "o") + " "


def test_recovery_code_reset(new_journal: Journal) -> None:
    new_journal.entries.add(FULL)
    new_journal.save()
    before = _contents(new_journal)
    new_journal.close()

    journal, _change = Journal.reset_passphrase(new_journal.path, _typed_back(new_journal.test_recovery_code), "nouvelle phrase")  # type: ignore[attr-defined]
    assert _contents(journal) == before
    journal.close()

    with pytest.raises(WrongPassphrase):
        Journal.open(new_journal.path, PASSPHRASE)
    reopened = Journal.open(new_journal.path, "nouvelle phrase")
    assert _contents(reopened) == before
    reopened.close()


def test_recovery_code_with_zeros_and_ones_typed_as_letters(journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A code that surely holds 0 and 1 (a random one may not): the acceptance is what is tested.
    code = "01234-56789-ABCDE-FGHJK-MNPQR-STVWX-YZ000-11111"
    monkeypatch.setattr(crypto, "new_recovery_code", lambda: code)
    journal, shown = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    assert shown == code
    journal.entries.add(EntryFields(title="gardé"))
    journal.save()
    journal.close()
    typed = "oI234 56789 abcde fghjk mnpqr stvwx yzOoO iLl11"
    Journal.reset_passphrase(journal_path, typed, "autre")[0].close()
    reopened = Journal.open(journal_path, "autre")
    assert [r.title for r in reopened.entries.list()] == ["gardé"]
    reopened.close()


@pytest.mark.parametrize("mistake", ["swap", "short", "empty", "accent", "passphrase"])
def test_wrong_recovery_code_changes_nothing(new_journal: Journal, mistake: str) -> None:
    new_journal.entries.add(FULL)
    new_journal.save()
    new_journal.close()
    code: str = new_journal.test_recovery_code  # type: ignore[attr-defined]
    wrong = {
        "swap": code[1] + code[0] + code[2:] if code[0] != code[1] else code[:-1] + ("0" if code[-1] != "0" else "1"),
        "short": code[:-1],
        "empty": "",
        "accent": "é" + code[1:],
        "passphrase": PASSPHRASE,
    }[mistake]
    before = new_journal.path.read_bytes()
    backups_before = backups_of(new_journal.path)
    with pytest.raises(WrongRecoveryCode):
        Journal.reset_passphrase(new_journal.path, wrong, "nouvelle phrase")
    assert new_journal.path.read_bytes() == before
    assert backups_of(new_journal.path) == backups_before
    Journal.open(new_journal.path, PASSPHRASE).close()  # old passphrase still works, lock released


def test_passphrase_is_not_a_recovery_code_and_vice_versa(new_journal: Journal) -> None:
    new_journal.close()
    with pytest.raises(WrongPassphrase):
        Journal.open(new_journal.path, new_journal.test_recovery_code)  # type: ignore[attr-defined]


# ----- locking


def test_second_open_in_the_same_process_is_refused(new_journal: Journal) -> None:
    with pytest.raises(JournalLocked):
        Journal.open(new_journal.path, PASSPHRASE)
    reader = Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    assert reader.read_only
    with pytest.raises(RuntimeError):
        reader.save()
    reader.close()
    new_journal.close()
    Journal.open(new_journal.path, PASSPHRASE).close()


@pytest.fixture
def holder(new_journal: Journal) -> Iterator[tuple[Path, object]]:
    """A second process that holds the journal open for writing."""
    new_journal.entries.add(EntryFields(title="avant"))
    new_journal.save()
    new_journal.close()
    child = spawn_python(
        """
        journal = Journal.open(sys.argv[1], PASSPHRASE)
        print("open", flush=True)
        sys.stdin.readline()
        """,
        str(new_journal.path),
    )
    output = ChildOutput(child)
    try:
        line = output.next_line()
        assert line == "open\n", child.stderr.read()  # type: ignore[union-attr]
        yield new_journal.path, child
    finally:
        output.stop()


def test_two_processes_on_one_journal(holder) -> None:  # type: ignore[no-untyped-def]
    path, child = holder
    before = path.read_bytes()
    with pytest.raises(JournalLocked):
        Journal.open(path, PASSPHRASE)
    with pytest.raises(JournalLocked):
        Journal.reset_passphrase(path, "0" * 40, "x")
    with pytest.raises(JournalLocked):
        restore_backup(path, path)
    reader = Journal.open(path, PASSPHRASE, read_only=True)
    assert [r.title for r in reader.entries.list()] == ["avant"]
    reader.close()
    assert path.read_bytes() == before

    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    journal = Journal.open(path, PASSPHRASE)  # the dead process's lock is taken over
    journal.entries.add(EntryFields(title="après"))
    journal.save()
    journal.close()


# ----- permissions


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """The harshest case: a umask that would let anyone read new files."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_owner_only(journal_path: Path, permissive_umask: None) -> None:
    journal, _ = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.save()
    journal.save()
    copy = journal.write_copy(journal_path.parent / "copie.carnet")
    journal.close()
    folder = journal_path.parent
    assert _mode(journal_path) == 0o600
    assert _mode(folder / "journal.carnet.lock") == 0o600
    assert _mode(folder / "backups") == 0o700
    assert len(backups_of(journal_path)) == 2
    for backup in backups_of(journal_path):
        assert _mode(backup) == 0o600
    assert _mode(copy) == 0o600
    for path in folder.rglob("*"):
        assert _mode(path) & 0o077 == 0, f"{path} is {oct(_mode(path))}"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_copied_when_hard_links_fail_are_owner_only(
    journal_path: Path, permissive_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On file systems without hard links (FAT, some network shares) backups are copies."""
    journal, _ = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)

    def no_link(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    journal.save()
    journal.close()
    (backup,) = backups_of(journal_path)
    assert _mode(backup) == 0o600
    assert backup.stat().st_ino != journal_path.stat().st_ino


# ----- backups


def test_every_save_of_the_last_hour_is_kept_newest_first(new_journal: Journal) -> None:
    saved = []
    for i in range(15):
        new_journal.entries.add(EntryFields(title=f"entrée {i}"))
        saved.append(new_journal.path.read_bytes())  # the version this save replaces
        new_journal.save()
    new_journal.close()
    backups = backups_of(new_journal.path)
    assert len(backups) == 15
    # newest first: the newest backup is the version the last save replaced, and so on
    assert [backup.read_bytes() for backup in backups] == list(reversed(saved))
    counts = []
    for backup in backups:
        journal = Journal.open(backup, PASSPHRASE, read_only=True)
        counts.append(journal.entries.count())
        journal.close()
    assert counts == list(range(14, -1, -1))


def test_newest_good_backup_skips_a_damaged_one(new_journal: Journal) -> None:
    for i in range(3):
        new_journal.entries.add(EntryFields(title=f"entrée {i}"))
        new_journal.save()
    new_journal.close()
    newest, second, *_ = backups_of(new_journal.path)
    assert newest_good_backup(new_journal.path, PASSPHRASE) == newest
    with open(newest, "r+b") as handle:  # damage the newest backup in place
        handle.seek(5000)
        byte = handle.read(1)
        handle.seek(5000)
        handle.write(bytes([byte[0] ^ 0xFF]))
    Journal.open(new_journal.path, PASSPHRASE, read_only=True).close()  # the journal itself is not touched
    assert newest_good_backup(new_journal.path, PASSPHRASE) == second
    assert newest_good_backup(new_journal.path, "wrong passphrase") is None


def test_restore_backup_keeps_the_replaced_file_aside(new_journal: Journal) -> None:
    for i in range(3):
        new_journal.entries.add(EntryFields(title=f"entrée {i}"))
        new_journal.save()
    new_journal.close()
    current = new_journal.path.read_bytes()
    backup = backups_of(new_journal.path)[1]  # holds one entry
    wanted = backup.read_bytes()

    aside = restore_backup(new_journal.path, backup)
    assert aside != new_journal.path and aside.read_bytes() == current
    assert new_journal.path.read_bytes() == wanted
    journal = Journal.open(new_journal.path, PASSPHRASE)
    assert [r.title for r in journal.entries.list()] == ["entrée 0"]
    journal.save()  # and it can be saved again
    journal.close()

    second_aside = restore_backup(new_journal.path, backup)
    assert second_aside != aside and aside.exists()  # the first replaced file is never overwritten


def test_restore_a_missing_backup_leaves_the_journal_in_place(new_journal: Journal) -> None:
    new_journal.close()
    before = new_journal.path.read_bytes()
    with pytest.raises(StorageError):
        restore_backup(new_journal.path, new_journal.path.parent / "backups" / "nothing.carnet")
    assert new_journal.path.read_bytes() == before


def test_restore_that_fails_to_write_leaves_the_journal_in_place(
    new_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_journal.save()
    new_journal.close()
    before = new_journal.path.read_bytes()
    (backup,) = backups_of(new_journal.path)

    def disk_full(handle, data: bytes) -> None:  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vaultfile, "_write_all", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        restore_backup(new_journal.path, backup)
    assert new_journal.path.read_bytes() == before


def test_backups_of_a_journal_with_a_similar_name_are_left_alone(tmp_path: Path) -> None:
    """'travail.carnet' and 'travail.2025.carnet' in one folder: saving one must never rotate
    away (or offer to restore) the other's backups."""
    work = tmp_path / "travail.carnet"
    archive = tmp_path / "travail.2025.carnet"
    odd = tmp_path / "notes [v1].carnet"
    journals = {path: Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)[0] for path in (work, archive, odd)}
    for _ in range(3):
        journals[archive].save()
    archive_backups = [b.read_bytes() for b in backups_of(archive)]
    assert len(archive_backups) == 3
    for _ in range(12):
        journals[work].save()
    for _ in range(12):
        journals[odd].save()
    for journal in journals.values():
        journal.close()
    assert [b.read_bytes() for b in backups_of(archive)] == archive_backups
    assert all(b.name.startswith("travail.2025.") for b in backups_of(archive))
    assert len(backups_of(work)) == 12
    assert all(b.name.count(".") == 2 for b in backups_of(work))
    assert len(backups_of(odd)) == 12  # glob characters in the name
    assert newest_good_backup(work, PASSPHRASE) == backups_of(work)[0]


def test_journal_changed_on_disk_is_not_overwritten(new_journal: Journal, tmp_path: Path) -> None:
    new_journal.entries.add(EntryFields(title="ici"))
    new_journal.save()
    # another computer's version arrives through a sync client
    other, _ = Journal.create(tmp_path / "other.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    other.entries.add(EntryFields(title="là-bas"))
    other.save()
    other.close()
    arrived = (tmp_path / "other.carnet").read_bytes()
    staging = new_journal.path.with_name("sync-staging")
    staging.write_bytes(arrived)
    os.replace(staging, new_journal.path)
    backups_before = backups_of(new_journal.path)

    new_journal.entries.add(EntryFields(title="encore ici"))
    with pytest.raises(JournalChangedOnDisk):
        new_journal.save()
    assert new_journal.path.read_bytes() == arrived
    assert backups_of(new_journal.path) == backups_before


def test_journal_rewritten_in_place_or_deleted_is_not_overwritten(new_journal: Journal) -> None:
    new_journal.save()
    before = new_journal.path.read_bytes()
    with open(new_journal.path, "ab") as handle:  # another program appends, same inode
        handle.write(b"x")
    with pytest.raises(JournalChangedOnDisk):
        new_journal.save()
    assert new_journal.path.read_bytes() == before + b"x"
    new_journal.path.unlink()
    with pytest.raises(JournalMissing, match="no longer where it was"):
        new_journal.save()
    assert not new_journal.path.exists()


def test_save_if_changed_writes_nothing_for_an_unchanged_journal(journal_path) -> None:
    """Locking saves this way: an identical version must not push a real one out of the backups."""
    from journal_app.core.entries import EntryFields
    from journal_app.core.journal import backups_of
    from tests.conftest import CHEAP_KDF, PASSPHRASE

    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Une"))
    assert journal.save_if_changed()
    before = (journal_path.read_bytes(), backups_of(journal_path))
    assert not journal.has_unsaved_changes()
    assert not journal.save_if_changed()
    assert (journal_path.read_bytes(), backups_of(journal_path)) == before
    journal.close()
    reopened = Journal.open(journal_path, PASSPHRASE)
    assert not reopened.save_if_changed()  # opened, nothing changed: nothing to write
    assert journal_path.read_bytes() == before[0]
    reopened.entries.add(EntryFields(title="Deux"))
    assert reopened.has_unsaved_changes() and reopened.save_if_changed()
    assert journal_path.read_bytes() != before[0] and len(backups_of(journal_path)) == len(before[1]) + 1
    reopened.close()


def test_a_migrated_journal_counts_as_changed(tmp_path) -> None:
    import shutil
    from pathlib import Path

    from tests.core.test_fixture_journal import FIXTURE, FIXTURE_PASSPHRASE

    copy = tmp_path / "old.carnet"
    shutil.copyfile(Path(FIXTURE), copy)
    journal = Journal.open(copy, FIXTURE_PASSPHRASE)
    try:
        assert journal.has_unsaved_changes()  # the upgraded schema is only in memory yet
    finally:
        journal.close()


def test_the_other_computers_version_arriving_while_open_is_merged_on_saving(new_journal: Journal) -> None:
    new_journal.entries.add(EntryFields(title="au bureau"))
    new_journal.save()
    # The same journal, saved on the home computer, replaces the file through the sync client.
    staging = new_journal.path.with_name("home.carnet")
    shutil.copy2(new_journal.path, staging)
    home = Journal.open(staging, PASSPHRASE)
    home.entries.add(EntryFields(title="à la maison"))
    home.save()
    home.close()
    os.replace(staging, new_journal.path)

    new_journal.entries.add(EntryFields(title="encore au bureau"))
    new_journal.save()  # takes in the version that arrived, then writes both
    new_journal.save()  # and the next save sees its own file again
    reopened = Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    try:
        assert sorted(r.title for r in reopened.entries.list()) == ["au bureau", "encore au bureau", "à la maison"]
    finally:
        reopened.close()
