"""Tried as an attacker would: someone who once knew the passphrase (a former partner), holds
an old copy or the old recovery code, or drops a crafted file where Carnet will read it.

After a change of passphrase, nothing written since opens with what they hold, and nothing
they craft with the old key gets into the journal.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from pathlib import Path

import pytest

from journal_app.core import backups, crypto, merge, vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import DamagedJournal, WrongPassphrase, WrongRecoveryCode
from journal_app.core.journal import Journal, backups_of
from tests.conftest import CHEAP_KDF, PASSPHRASE

NEW_PASSPHRASE = "une toute nouvelle phrase de passe"
CONFLICT_NAME = "journal (conflicted copy 2026-11-24 101530).carnet"
SECRET_AFTER = "écrit après le changement"


@pytest.fixture
def changed(new_journal: Journal, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A journal with a backup folder; the attacker keeps a copy and the recovery code, then
    the worker changes the passphrase and writes something new. Yields (journal file, old
    copy, old recovery code, backup folder), the journal closed."""
    folder = tmp_path / "usb"
    folder.mkdir()
    for title in ("un", "deux", "trois"):
        new_journal.entries.add(EntryFields(title=title))
    backups.change_plan(new_journal.database, destination=folder)
    new_journal.save()
    backups.back_up(new_journal)
    new_journal.save()
    old_copy = tmp_path / "stolen.carnet"
    shutil.copyfile(new_journal.path, old_copy)
    old_code = new_journal.test_recovery_code  # type: ignore[attr-defined]
    change = new_journal.change_passphrase(NEW_PASSPHRASE)
    assert change.folder_unreachable is None and not change.left_as_they_were
    new_journal.entries.add(EntryFields(title=SECRET_AFTER, body=SECRET_AFTER))
    new_journal.save()
    backups.back_up(new_journal)
    new_journal.save()
    new_journal.close()
    return new_journal.path, old_copy, old_code, folder


def _every_copy(journal_file: Path, folder: Path) -> list[Path]:
    copies = [journal_file, *backups_of(journal_file), *sorted(folder.glob("*.carnet"))]
    assert len(copies) >= 6  # the journal, its saved versions, two backups in the folder
    return copies


def test_the_old_passphrase_opens_no_copy_carnet_manages(changed) -> None:  # type: ignore[no-untyped-def]
    journal_file, _old_copy, _code, folder = changed
    for copy in _every_copy(journal_file, folder):
        with pytest.raises(WrongPassphrase):
            Journal.open(copy, PASSPHRASE, read_only=True)
        Journal.open(copy, NEW_PASSPHRASE, read_only=True).close()  # and each still opens


def test_the_key_of_an_old_copy_opens_nothing_written_after(changed) -> None:  # type: ignore[no-untyped-def]
    journal_file, old_copy, _code, folder = changed
    old_key = vaultfile.unlock_with_passphrase(vaultfile.parse(old_copy.read_bytes()), PASSPHRASE)
    for copy in _every_copy(journal_file, folder):
        with pytest.raises(DamagedJournal):
            vaultfile.decrypt_body(vaultfile.parse(copy.read_bytes()), old_key)


def test_the_old_recovery_code_opens_nothing(changed) -> None:  # type: ignore[no-untyped-def]
    journal_file, _old_copy, old_code, folder = changed
    for copy in _every_copy(journal_file, folder):
        with pytest.raises(WrongRecoveryCode):
            vaultfile.unlock_with_recovery_code(vaultfile.parse(copy.read_bytes()), old_code)
    with pytest.raises(WrongRecoveryCode):
        Journal.reset_passphrase(journal_file, old_code, "la phrase de l'intrus")
    Journal.open(journal_file, NEW_PASSPHRASE).close()  # nothing changed


def test_a_new_recovery_code_makes_the_old_one_useless(new_journal: Journal) -> None:
    old_code = new_journal.test_recovery_code  # type: ignore[attr-defined]
    stolen = vaultfile.parse(new_journal.path.read_bytes())
    with pytest.raises(WrongPassphrase):
        new_journal.renew_recovery_code("not the passphrase")
    change = new_journal.renew_recovery_code(PASSPHRASE)
    new_journal.entries.add(EntryFields(title=SECRET_AFTER))
    new_journal.save()
    new_journal.close()
    old_key = vaultfile.unlock_with_recovery_code(stolen, old_code)
    for copy in [new_journal.path, *backups_of(new_journal.path)]:
        parsed = vaultfile.parse(copy.read_bytes())
        with pytest.raises(WrongRecoveryCode):
            vaultfile.unlock_with_recovery_code(parsed, old_code)
        with pytest.raises(DamagedJournal):
            vaultfile.decrypt_body(parsed, old_key)
    journal, _ = Journal.reset_passphrase(new_journal.path, change.recovery_code, NEW_PASSPHRASE)
    assert SECRET_AFTER in [entry.title for entry in journal.entries.list()]
    journal.close()


def _tombstones_from(old_copy: Path, tmp_path: Path) -> Path:
    """The attacker opens the old copy with the old passphrase, deletes every entry (leaving
    tombstones a merge would apply) and saves it: a 'conflict copy' under the old key."""
    workshop = tmp_path / "workshop"
    workshop.mkdir()
    forged = workshop / "journal.carnet"
    shutil.copyfile(old_copy, forged)
    journal = Journal.open(forged, PASSPHRASE)
    for entry in journal.entries.list():
        journal.entries.delete(entry.uuid)
    journal.save()
    journal.close()
    return forged


def _merge_on_unlock(journal_file: Path, passphrase: str | None = None) -> tuple[merge.MergeReport, list[str]]:
    journal = Journal.open(journal_file, NEW_PASSPHRASE)
    try:
        report = merge.merge_conflict_copies(journal, passphrase)
        titles = [entry.title for entry in journal.entries.list()]
    finally:
        journal.close()
    return report, titles


def test_tombstones_from_an_old_key_copy_are_refused(changed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal_file, old_copy, _code, _folder = changed
    dropped = journal_file.with_name(CONFLICT_NAME)
    shutil.copyfile(_tombstones_from(old_copy, tmp_path), dropped)
    report, titles = _merge_on_unlock(journal_file)
    assert report.skipped == (merge.SkippedCopy(dropped, "older-copy"),) and not report.merged
    assert sorted(titles) == sorted(["un", "deux", "trois", SECRET_AFTER])
    assert dropped.exists()  # left where it is, to open and compare


def test_tombstones_under_an_old_key_are_refused_even_with_the_old_passphrase(changed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The worker, asked for "the copy's passphrase", types the old one: still never merged."""
    journal_file, old_copy, _code, _folder = changed
    dropped = journal_file.with_name(CONFLICT_NAME)
    shutil.copyfile(_tombstones_from(old_copy, tmp_path), dropped)
    report, titles = _merge_on_unlock(journal_file, PASSPHRASE)
    assert report.skipped == (merge.SkippedCopy(dropped, "older-copy"),)
    assert SECRET_AFTER in titles and len(titles) == 4


@pytest.mark.parametrize("key_id", ["current", "absent"])
def test_an_old_key_copy_with_a_forged_key_name_is_refused(changed, tmp_path: Path, key_id: str) -> None:  # type: ignore[no-untyped-def]
    """The key's name in the header is not trusted: a copy claiming the current key, or
    naming none (as files from before keys were named), is read only if the key opens it."""
    journal_file, old_copy, _code, _folder = changed
    forged = _tombstones_from(old_copy, tmp_path)
    parsed = vaultfile.parse(forged.read_bytes())
    old_key = vaultfile.unlock_with_passphrase(parsed, PASSPHRASE)
    current = vaultfile.parse(journal_file.read_bytes()).header.key_id
    header = vaultfile.VaultHeader(parsed.header.journal_id, parsed.header.kdf, parsed.header.passphrase_key,
                                   parsed.header.recovery_key, current if key_id == "current" else None)
    dropped = journal_file.with_name(CONFLICT_NAME)
    dropped.write_bytes(vaultfile.encode(header, old_key, vaultfile.decrypt_body(parsed, old_key)))
    for passphrase in (None, PASSPHRASE):
        report, titles = _merge_on_unlock(journal_file, passphrase)
        assert not report.merged and len(report.skipped) == 1
        assert SECRET_AFTER in titles and len(titles) == 4


def test_an_old_copy_put_in_place_of_the_journal_is_not_taken_in(changed) -> None:  # type: ignore[no-untyped-def]
    """A sync service (or someone) replaces the open journal's file with an old-key version:
    the next save refuses to write over it rather than merge it."""
    journal_file, old_copy, _code, _folder = changed
    journal = Journal.open(journal_file, NEW_PASSPHRASE)
    try:
        shutil.copyfile(old_copy, journal_file.with_name("incoming"))
        journal_file.with_name("incoming").replace(journal_file)
        journal.entries.add(EntryFields(title="encore"))
        with pytest.raises(Exception, match="changed by another program"):
            journal.save()
    finally:
        journal.close()


# ----- crafted key derivation parameters


def _with_kdf(path: Path, **kdf: int) -> None:
    """The journal's header with other KDF parameters and its checksum recomputed (the MAC
    cannot be, without the key)."""
    data = path.read_bytes()
    parsed = vaultfile.parse(data)
    start = struct.calcsize(">8sHI")
    document = json.loads(parsed.authenticated_prefix[start:])
    document["kdf"].update(kdf)
    header = json.dumps(document).encode()
    prefix = struct.pack(">8sHI", vaultfile.MAGIC, vaultfile.FORMAT_VERSION, len(header)) + header
    path.write_bytes(prefix + hashlib.sha256(prefix).digest() + data[len(parsed.authenticated_prefix) + 32:])


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> bytes:
        raise AssertionError("a key was derived from a header that should have been refused")

    def refuse_to_measure() -> float:
        raise AssertionError("the machine was measured for a header refused on its face")

    monkeypatch.setattr(crypto, "derive_passphrase_key", refuse)
    monkeypatch.setattr(crypto, "seconds_per_kib_pass", refuse_to_measure)


@pytest.mark.parametrize("kdf", [
    {"memory_kib": 4 * 1024 * 1024, "iterations": 1000, "lanes": 64},  # the reported trap: 4 GiB, hours
    {"memory_kib": 2 * 1024 * 1024},
    {"iterations": 1000},
    {"lanes": 4},
])
def test_an_oversized_kdf_header_is_refused_before_deriving(new_journal: Journal, kdf: dict[str, int],
                                                           no_derivation: None) -> None:
    new_journal.close()
    _with_kdf(new_journal.path, **kdf)
    with pytest.raises(DamagedJournal, match="damaged or tampered"):
        Journal.open(new_journal.path, PASSPHRASE, read_only=True)
    with pytest.raises(DamagedJournal):
        Journal.reset_passphrase(new_journal.path, new_journal.test_recovery_code, NEW_PASSPHRASE)  # type: ignore[attr-defined]


def test_an_oversized_kdf_conflict_copy_costs_nothing(new_journal: Journal, no_derivation: None) -> None:
    dropped = new_journal.path.with_name(CONFLICT_NAME)
    shutil.copyfile(new_journal.path, dropped)
    _with_kdf(dropped, memory_kib=4 * 1024 * 1024, iterations=1000, lanes=64)
    report = merge.merge_copies(new_journal, [dropped], PASSPHRASE)
    assert report.skipped == (merge.SkippedCopy(dropped, "damaged"),)


def test_below_carnets_floor_is_damage_for_people(new_journal: Journal, strict_kdf: crypto.KdfPolicy,
                                                  no_derivation: None) -> None:
    """What people get: a header asking for less than 64 MiB was not written by Carnet
    (the test suite's own cheap journals are refused too, without its allowance)."""
    new_journal.close()
    assert CHEAP_KDF.memory_kib < crypto.DEFAULT_MEMORY_KIB
    with pytest.raises(DamagedJournal, match="damaged or tampered"):
        Journal.open(new_journal.path, PASSPHRASE, read_only=True)


def test_a_tampered_kdf_field_is_exit_3(run, new_journal: Journal) -> None:  # type: ignore[no-untyped-def]
    new_journal.close()
    _with_kdf(new_journal.path, memory_kib=4 * 1024 * 1024)
    result = run("list", new_journal.path)
    assert result.code == 3 and "damaged or tampered" in result.error_line


def test_a_change_within_the_accepted_range_reads_as_a_wrong_passphrase_and_says_so(run, new_journal: Journal) -> None:  # type: ignore[no-untyped-def]
    """Without the key it cannot be told apart (KDBX 4 has the same limit): the message says so."""
    new_journal.close()
    _with_kdf(new_journal.path, iterations=CHEAP_KDF.iterations + 1)
    result = run("list", new_journal.path)
    assert result.code == 2
    assert "would look the same" in result.error_line and "backup" in result.error_line
