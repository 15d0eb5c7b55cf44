"""``journal-app backup --to/--verify`` and ``journal-app restore``: backups to a folder, checked
before anything is replaced, with one-line errors and exit codes."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from journal_app.core import backups
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.test_cli import snapshot


@pytest.fixture
def journal_file(journal_path: Path) -> Path:
    """A closed journal holding three entries."""
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    for title in ("Visite à domicile", "Réunion à l'école", "Message le dimanche"):
        journal.entries.add(EntryFields(title=title, persons=("Madame L.",)))
    journal.save()
    journal.close()
    return journal_path


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _titles(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    journal = Journal.open(path, passphrase, read_only=True)
    try:
        return sorted(r.title for r in journal.entries.list())
    finally:
        journal.close()


def _only_backup(folder: Path) -> Path:
    (backup,) = [path for path in folder.iterdir() if backups.is_backup_name(path.name)]
    return backup


def test_backup_to_a_folder_names_records_and_prunes(run, journal_file, usb):  # type: ignore[no-untyped-def]
    (usb / "mine.txt").write_text("not Carnet's")
    journal = Journal.open(journal_file, PASSPHRASE)
    backups.change_plan(journal.database, keep=2)
    journal.save()
    journal.close()
    # Backups an older Carnet made (named with a counter), two and three years old.
    old = [usb / "journal-backup-000001.carnet", usb / "journal-backup-000002.carnet"]
    for years, path in zip((3, 2), old, strict=True):
        shutil.copyfile(journal_file, path)
        moment = time.time() - years * 365 * 86400
        os.utime(path, (moment, moment))
    outputs = [run("backup", journal_file, "--to", usb) for _ in range(3)]
    assert [r.code for r in outputs] == [0, 0, 0], outputs[-1].err
    written = [Path(r.out.splitlines()[0].removeprefix("Backup written: ")) for r in outputs]
    assert all(re.fullmatch(r"journal-backup-[0-9a-f]{16}\.carnet", path.name) for path in written)  # no counter
    assert all(path.parent == usb for path in written)
    # The newest two (keep) and every backup of the last hour stay; those over a year old go.
    removed = [r.out.removeprefix(r.out.splitlines()[0] + "\n") for r in outputs]
    assert removed == [f"Older backups removed from {usb}: 1\n"] * 2 + [""]
    assert sorted(p.name for p in usb.iterdir()) == sorted([*(path.name for path in written), "mine.txt"])
    assert len(_titles(written[-1])) == 3
    journal = Journal.open(journal_file, PASSPHRASE, read_only=True)
    assert backups.read_plan(journal.database).last_backup_at is not None  # recorded and saved
    journal.close()


def test_backup_without_a_folder_uses_the_apps_choice_or_says_what_to_do(run, journal_file, usb):  # type: ignore[no-untyped-def]
    result = run("backup", journal_file)
    assert result.code == 1 and "no backup folder" in result.error_line
    journal = Journal.open(journal_file, PASSPHRASE)
    backups.change_plan(journal.database, destination=usb)
    journal.save()
    journal.close()
    assert run("backup", journal_file).code == 0
    _only_backup(usb)


def test_backup_while_the_app_has_the_journal_open(run, journal_file, usb):  # type: ignore[no-untyped-def]
    holder = Journal.open(journal_file, PASSPHRASE)  # as the desktop app would
    try:
        before = journal_file.read_bytes()
        result = run("backup", journal_file, "--to", usb)
        assert result.code == 0, result.err
        assert journal_file.read_bytes() == before  # nothing recorded: the app owns the file
    finally:
        holder.close()
    assert len(list(usb.iterdir())) == 1


def test_backup_errors_come_before_the_passphrase_and_change_nothing(run, journal_file, usb, tmp_path):  # type: ignore[no-untyped-def]
    before = snapshot(journal_file.parent)
    result = run("backup", journal_file, "--to", tmp_path / "key removed", stdin="")
    assert result.code == 5 and "does not exist" in result.error_line
    result = run("backup", journal_file, tmp_path / "copy.carnet", "--to", usb)
    assert result.code == 1 and "not both" in result.error_line
    result = run("backup", journal_file, "--to", usb, "--verify", usb / "x.carnet")
    assert result.code == 1 and "writes nothing" in result.error_line
    assert snapshot(journal_file.parent) == before
    assert list(usb.iterdir()) == []


def test_verify_a_backup(run, journal_file, usb, tmp_path):  # type: ignore[no-untyped-def]
    assert run("backup", journal_file, "--to", usb).code == 0
    backup = _only_backup(usb)
    before = snapshot(journal_file.parent)
    result = run("backup", journal_file, "--verify", backup)
    assert (result.code, result.out, result.err) == (0, "OK\n", "")
    assert run("backup", journal_file, "--verify", backup, stdin="wrong\n").code == 2

    damaged = usb / "damaged.carnet"
    data = bytearray(backup.read_bytes())
    data[-200] ^= 0x10
    damaged.write_bytes(bytes(data))
    assert run("backup", journal_file, "--verify", damaged).code == 3

    other, _code = Journal.create(tmp_path / "other.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    foreign = other.write_copy(usb / "other.carnet")
    other.close()
    result = run("backup", journal_file, "--verify", foreign)
    assert result.code == 1 and "another journal" in result.error_line
    assert snapshot(journal_file.parent) == before


def test_restore_checks_first_then_keeps_the_replaced_journal(run, journal_file, usb, tmp_path):  # type: ignore[no-untyped-def]
    assert run("backup", journal_file, "--to", usb).code == 0
    backup = _only_backup(usb)
    journal = Journal.open(journal_file, PASSPHRASE)
    journal.entries.add(EntryFields(title="Après la sauvegarde"))
    journal.save()
    journal.close()
    current = journal_file.read_bytes()

    other, _code = Journal.create(tmp_path / "other.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    foreign = other.write_copy(usb / "other.carnet")
    other.close()
    for argv, stdin, code in (((foreign,), PASSPHRASE, 1), ((backup,), "wrong", 2), ((usb / "missing.carnet",), "", 5)):
        result = run("restore", journal_file, *argv, stdin=stdin + "\n")
        assert result.code == code, result.err
        assert journal_file.read_bytes() == current

    holder = Journal.open(journal_file, PASSPHRASE)  # open in the app: refused, nothing changed
    try:
        assert run("restore", journal_file, backup).code == 4
    finally:
        holder.close()
    assert journal_file.read_bytes() == current

    result = run("restore", journal_file, backup)
    assert result.code == 0, result.err
    aside = journal_file.with_name("journal.replaced-1.carnet")
    assert f"The replaced journal was kept as {aside}" in result.out
    assert aside.read_bytes() == current
    assert "Après la sauvegarde" not in _titles(journal_file)
    assert "Après la sauvegarde" in _titles(aside)


def test_restore_onto_a_new_computer(run, journal_file, usb, tmp_path):  # type: ignore[no-untyped-def]
    assert run("backup", journal_file, "--to", usb).code == 0
    target = tmp_path / "new" / "journal.carnet"
    target.parent.mkdir()
    result = run("restore", target, _only_backup(usb))
    assert result.code == 0, result.err
    assert "kept as" not in result.out
    assert len(_titles(target)) == 3
