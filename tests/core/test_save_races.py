"""A sync client replaces the journal at any instant: no save may write over a version it
has not read (issue 12). The other computer's version arrives as a sync client delivers it:
written beside, then renamed over the journal."""

from __future__ import annotations

import os
import random
import shutil
import threading
from pathlib import Path

import pytest

from journal_app.core import vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import JournalChangedOnDisk
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import ChildOutput, spawn_python


def _other_computer(journal: Journal, folder: Path) -> Journal:
    """The same journal (same identity and key) on another computer: a copy of its file."""
    folder.mkdir()
    shutil.copy2(journal.path, folder / journal.path.name)
    return Journal.open(folder / journal.path.name, PASSPHRASE)


def _deliver(source: Path, journal_path: Path, name: str = "sync-staging") -> None:
    staging = journal_path.with_name(name)
    shutil.copyfile(source, staging)
    os.replace(staging, journal_path)


def _titles(path: Path) -> set[str]:
    reader = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        return {record.title for record in reader.entries.list()}
    finally:
        reader.close()


OTHER_COMPUTER = """
import os, random, shutil, time
from pathlib import Path
journal_path, laptop, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
pause = random.Random(seed)
number = 0
while not (laptop / "stop").exists():
    shutil.copyfile(journal_path, laptop / journal_path.name)  # the sync client brings it
    there = Journal.open(laptop / journal_path.name, PASSPHRASE)
    there.entries.add(EntryFields(title=f"la-bas {number}"))
    there.save()
    there.close()
    print("wrote", number, flush=True)
    time.sleep(pause.uniform(0, 0.004))
    staging = journal_path.with_name("sync-staging")
    shutil.copyfile(laptop / journal_path.name, staging)
    os.replace(staging, journal_path)
    print("delivered", flush=True)
    number += 1
    time.sleep(pause.uniform(0, 0.004))
"""


def run_race(journal_path: Path, saves: int, seed: int, in_a_process: bool = False) -> dict[str, int]:
    """``saves`` saves here while the other computer and its sync client (a thread, or a
    process) at random moments take the journal as it is on disk, write an entry in it, save
    it there and deliver it back over the journal. An entry of the other computer that a save
    here writes over unseen is gone for good: the other computer's next round starts from the
    file on disk. Returns the figures."""
    here, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    laptop = journal_path.parent.parent / "laptop"
    laptop.mkdir()
    rng = random.Random(seed)
    written_there: list[str] = []
    stop = threading.Event()
    delivered = 0
    problems: list[BaseException] = []

    def other_computer() -> None:
        nonlocal delivered
        pause = random.Random(seed + 1)
        try:
            while not stop.is_set():
                shutil.copyfile(journal_path, laptop / journal_path.name)  # the sync client brings it
                there = Journal.open(laptop / journal_path.name, PASSPHRASE)
                title = f"la-bas {len(written_there)}"
                there.entries.add(EntryFields(title=title))
                there.save()
                there.close()
                written_there.append(title)
                stop.wait(pause.uniform(0, 0.004))
                _deliver(laptop / journal_path.name, journal_path)
                delivered += 1
                stop.wait(pause.uniform(0, 0.004))
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            problems.append(exc)

    if in_a_process:
        child = spawn_python(OTHER_COMPUTER, str(journal_path), str(laptop), str(seed + 1))
        output = ChildOutput(child)
    else:
        thread = threading.Thread(target=other_computer, daemon=True)
        thread.start()
    written_here = []
    postponed = 0
    try:
        for number in range(saves):
            title = f"ici {number}"
            here.entries.add(EntryFields(title=title, body="Un peu de texte. " * rng.randint(0, 50)))
            written_here.append(title)
            try:
                here.save()
            except JournalChangedOnDisk:
                # Replaced at every attempt of this save: nothing was written over, and the
                # changes wait in memory for the next save, as the app's autosave does.
                postponed += 1
    finally:
        if in_a_process:
            (laptop / "stop").touch()
            child.wait(120)  # it finishes its round: every entry it wrote is delivered
            assert child.returncode == 0, child.stderr.read()  # type: ignore[union-attr]
            lines = output.stop()
            written_there = [f"la-bas {line.split()[1]}" for line in lines if line.startswith("wrote")]
            delivered = sum(line.startswith("delivered") for line in lines)
        else:
            stop.set()
            thread.join()
    here.save()  # what the last delivery brought, once no one replaces the file any more
    here.close()
    assert not problems, problems
    present = _titles(journal_path)
    expected = set(written_here) | set(written_there)
    lost = expected - present
    figures = {"saves": saves + 1, "replacements": delivered, "saves postponed": postponed,
               "entries checked": len(expected), "lost": len(lost)}
    print(f"save race (seed {seed}): " + ", ".join(f"{name} {value}" for name, value in figures.items()))
    assert not lost, f"seed {seed}: lost {sorted(lost)[:10]} of {len(expected)}"
    return figures


@pytest.mark.slow
def test_a_version_replaced_during_saves_is_always_merged(journal_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    figures = run_race(journal_path, saves=200, seed=seed)
    assert figures["replacements"] > 10  # the race really took place


@pytest.mark.slow
def test_another_process_replacing_the_journal_during_saves_loses_nothing(journal_path: Path) -> None:
    """The same race with the other computer in a process of its own, as a sync client is."""
    seed = int.from_bytes(os.urandom(4), "big")
    figures = run_race(journal_path, saves=100, seed=seed, in_a_process=True)
    assert figures["replacements"] > 10


def test_a_version_arriving_after_the_check_is_merged_not_overwritten(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic: the other computer's version lands while the save encrypts, after the
    check done before building the image."""
    here, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    there = _other_computer(here, tmp_path / "laptop")
    there.entries.add(EntryFields(title="la-bas"))
    there.save()
    here.entries.add(EntryFields(title="ici"))
    real_write_all = vaultfile._write_all
    arrivals = []

    def write_while_it_arrives(handle, data) -> None:  # type: ignore[no-untyped-def]
        if not arrivals:
            _deliver(there.path, journal_path)
            arrivals.append(True)
        real_write_all(handle, data)

    monkeypatch.setattr(vaultfile, "_write_all", write_while_it_arrives)
    here.save()
    assert arrivals
    assert _titles(journal_path) == {"ici", "la-bas"}
    here.close()
    there.close()


def test_a_file_that_keeps_changing_is_not_written_over(journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bounded: a file that changes at every attempt (a program rewriting it in a loop) is
    reported, not written over and not looped on forever."""
    here, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    here.entries.add(EntryFields(title="ici"))
    real_write_all = vaultfile._write_all

    def touch_while_writing(handle, data) -> None:  # type: ignore[no-untyped-def]
        stat = journal_path.stat()
        os.utime(journal_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        real_write_all(handle, data)

    monkeypatch.setattr(vaultfile, "_write_all", touch_while_writing)
    with pytest.raises(JournalChangedOnDisk):
        here.save()
    monkeypatch.undo()
    here.save()
    assert _titles(journal_path) == {"ici"}
    here.close()


def test_a_version_arriving_during_a_restore_is_not_written_over(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core.journal import backups_of

    here, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    here.entries.add(EntryFields(title="ici"))
    here.save()
    there = _other_computer(here, tmp_path / "laptop")
    there.entries.add(EntryFields(title="la-bas"))
    there.save()
    there.close()
    (backup,) = backups_of(journal_path)
    real_write_all = vaultfile._write_all
    arrivals = []

    def write_while_it_arrives(handle, data) -> None:  # type: ignore[no-untyped-def]
        writing_the_journal = any(p.name.startswith(".journal.carnet.") for p in journal_path.parent.iterdir())
        if not arrivals and writing_the_journal:
            _deliver(there.path, journal_path)
            arrivals.append(True)
        real_write_all(handle, data)

    monkeypatch.setattr(vaultfile, "_write_all", write_while_it_arrives)
    with pytest.raises(JournalChangedOnDisk):
        here.replace_with_version(backup)
    monkeypatch.undo()
    assert arrivals
    assert _titles(journal_path) == {"ici", "la-bas"}
    assert not [p for p in journal_path.parent.iterdir() if "replaced" in p.name or p.name.endswith(".tmp")]
    here.close()


@pytest.mark.skipif(vaultfile._exchange is None, reason="no way to swap two names in one step here (Linux only)")
def test_a_version_arriving_after_the_last_check_is_swapped_out_and_merged(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last instant: the other computer's version lands after the check right before the
    replace. Swapped out rather than deleted, it is kept as a backup and merged."""
    from journal_app.core.journal import backups_of

    here, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    here.entries.add(EntryFields(title="ici"))
    here.save()
    there = _other_computer(here, tmp_path / "laptop")
    there.entries.add(EntryFields(title="la-bas"))
    there.save()
    there.close()
    here.entries.add(EntryFields(title="encore ici"))
    real_exchange = vaultfile._exchange
    arrivals = []

    def arrives_then_swaps(first: Path, second: Path) -> None:
        if not arrivals:
            _deliver(there.path, journal_path)
            arrivals.append(journal_path.stat().st_ino)
        real_exchange(first, second)

    monkeypatch.setattr(vaultfile, "_exchange", arrives_then_swaps)
    here.save()
    assert arrivals
    assert _titles(journal_path) == {"ici", "la-bas", "encore ici"}
    assert arrivals[0] in {backup.stat().st_ino for backup in backups_of(journal_path)}  # kept as it came
    assert not [p for p in journal_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert not here.has_unsaved_changes()
    here.close()


def test_a_version_arriving_right_after_the_replace_is_merged_by_the_next_save(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the benchmark: the save remembered whatever was at the path after it wrote,
    so a version landing in that instant passed for its own and was written over unread."""
    here, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    here.save()
    there = _other_computer(here, tmp_path / "laptop")
    there.entries.add(EntryFields(title="la-bas"))
    there.save()
    there.close()
    here.entries.add(EntryFields(title="ici"))
    real_fsync_folder = vaultfile.fsync_folder

    def arrives_right_after(folder: Path) -> None:
        real_fsync_folder(folder)
        _deliver(there.path, journal_path)

    with monkeypatch.context() as patch:
        patch.setattr(vaultfile, "fsync_folder", arrives_right_after)
        here.save()
    here.entries.add(EntryFields(title="encore ici"))
    here.save()
    assert _titles(journal_path) == {"ici", "la-bas", "encore ici"}
    here.close()
