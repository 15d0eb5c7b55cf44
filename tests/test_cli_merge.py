"""``journal-app merge``: the conflict copies beside the journal (or the copies named), merged,
then moved into merged-conflicts/; what could not be merged is left in place, with an exit code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

SYNCTHING = "journal.sync-conflict-20261124-101530-ABCDEFG.carnet"


@pytest.fixture
def journal_file(journal_path: Path) -> Path:
    """A journal and a Syncthing conflict copy of it, each with an entry of its own."""
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Visite à domicile"))
    journal.save()
    journal.close()
    shutil.copyfile(journal_path, journal_path.with_name(SYNCTHING))
    for path, title in ((journal_path, "Écrite au bureau"), (journal_path.with_name(SYNCTHING), "Écrite à la maison")):
        journal = Journal.open(path, PASSPHRASE)
        journal.entries.add(EntryFields(title=title))
        journal.save()
        journal.close()
    return journal_path


def _titles(path: Path) -> list[str]:
    journal = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        return sorted(e.title for e in journal.entries.list())
    finally:
        journal.close()


def test_merge_finds_the_conflict_copy_merges_it_and_moves_it_aside(run, journal_file: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("merge", journal_file)
    assert result.code == 0, result.err
    kept = journal_file.parent / "merged-conflicts" / SYNCTHING
    assert f"Merged, and kept in {kept}" in result.out
    assert "Entries: 1 added, 0 updated, 0 kept twice" in result.out
    assert _titles(journal_file) == ["Visite à domicile", "Écrite au bureau", "Écrite à la maison"]
    assert kept.exists() and not journal_file.with_name(SYNCTHING).exists()
    again = run("merge", journal_file)
    assert again.code == 0 and again.out == "No conflict copy of this journal was found beside it.\n"


def test_merge_takes_a_copy_named_on_the_command_line(run, journal_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "usb" / "carnet.carnet"
    elsewhere.parent.mkdir()
    journal_file.with_name(SYNCTHING).rename(elsewhere)
    result = run("merge", journal_file, elsewhere)
    assert result.code == 0, result.err
    assert "Écrite à la maison" in _titles(journal_file)
    assert (journal_file.parent / "merged-conflicts" / "carnet.carnet").exists()


def test_merge_refuses_another_journal_and_leaves_it(run, journal_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stranger, _code = Journal.create(tmp_path / "autre.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    stranger.close()
    result = run("merge", journal_file, tmp_path / "autre.carnet")
    assert result.code == 1 and "could not be merged" in result.error_line
    assert f"Not merged (foreign-copy): {tmp_path / 'autre.carnet'}" in result.out
    assert (tmp_path / "autre.carnet").exists()


def test_merge_with_a_wrong_passphrase_changes_nothing(run, journal_file: Path) -> None:  # type: ignore[no-untyped-def]
    before = journal_file.read_bytes()
    result = run("merge", journal_file, stdin="not the passphrase\n")
    assert result.code == 2 and "wrong passphrase" in result.error_line
    assert journal_file.read_bytes() == before and journal_file.with_name(SYNCTHING).exists()


def test_a_google_drive_copy_is_merged_and_both_versions_of_a_decision_kept(run, journal_path: Path) -> None:  # type: ignore[no-untyped-def]
    from journal_app.core.dilemmas import DilemmaStore

    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    uuid = DilemmaStore(journal.database).create("Garder le secret ?", ["protection-and-trust"]).uuid
    journal.save()
    journal.close()
    copy = journal_path.with_name("journal (1).carnet")  # Google Drive's name for the other version
    shutil.copyfile(journal_path, copy)
    for path, decision in ((copy, "J'en parle à ma responsable."), (journal_path, "J'attends la supervision.")):
        journal = Journal.open(path, PASSPHRASE)
        DilemmaStore(journal.database).update(uuid, decision=decision)
        journal.save()
        journal.close()
    result = run("merge", journal_path)
    assert result.code == 0, result.err
    assert "Other records changed: 1 (in 1, both copies' versions of a text kept)" in result.out
    journal = Journal.open(journal_path, PASSPHRASE, read_only=True)
    try:
        decision = DilemmaStore(journal.database).get(uuid).decision
    finally:
        journal.close()
    assert decision.startswith("J'attends la supervision.\n\n——— Autre version")
    assert decision.endswith("———\nJ'en parle à ma responsable.")
