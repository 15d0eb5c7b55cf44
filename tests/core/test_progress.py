"""Long work reports its progress, and a progress callback that raises ``Cancelled`` stops it
with nothing changed (issue 17): imports (entries and whole Carnet exports) and the JSON export."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.core import interchange
from journal_app.core.entries import EntryFields, EntryRecord
from journal_app.core.errors import PROGRESS_STEP, Cancelled
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

COUNT = 2 * PROGRESS_STEP + 37  # several steps, and a last one that is not a whole step


def _records(count: int) -> list[EntryRecord]:
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    return [EntryRecord(uuid=f"{number:032x}", kind="reflection", title=f"Note {number}", body="Texte",
                        occurred_at=start + timedelta(hours=number), created_at=start, updated_at=start)
            for number in range(1, count + 1)]


class Recorder:
    """A progress callback keeping its calls; cancels once ``done`` reaches ``cancel_at``."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        if self.cancel_at is not None and done >= self.cancel_at:
            raise Cancelled("cancelled by the test")

    def check_counts_up_to(self, total: int) -> None:
        dones = [done for done, _ in self.calls]
        assert len(self.calls) >= 3, self.calls  # not just a start and an end
        assert {t for _, t in self.calls} == {total}
        assert dones == sorted(dones) and dones[-1] == total and all(0 <= d <= total for d in dones)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    journal, _code = Journal.create(tmp_path / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(kind="reflection", title="Already here", body="Texte"))
    journal.save()
    yield journal
    journal.close()


def _batch(count: int = COUNT) -> interchange.ImportBatch:
    return interchange.ImportBatch(entries=tuple(_records(count)), source_format="jrnl")


def test_an_import_counts_every_entry_up_to_the_total(journal: Journal) -> None:
    recorder = Recorder()
    result = interchange.import_batch(journal, _batch(), recorder)
    assert result.imported == COUNT
    recorder.check_counts_up_to(COUNT)


def test_a_cancelled_import_adds_nothing(journal: Journal) -> None:
    before = journal.database.image()
    recorder = Recorder(cancel_at=PROGRESS_STEP)
    with pytest.raises(Cancelled):
        interchange.import_batch(journal, _batch(), recorder)
    assert journal.entries.count() == 1
    assert journal.database.image() == before
    assert interchange.import_batch(journal, _batch()).imported == COUNT  # and it can be done again


def test_a_cancel_at_the_very_end_still_adds_nothing(journal: Journal) -> None:
    with pytest.raises(Cancelled):
        interchange.import_batch(journal, _batch(), Recorder(cancel_at=COUNT))
    assert journal.entries.count() == 1


def _carnet_export(tmp_path: Path, count: int) -> interchange.ImportBatch:
    source, _code = Journal.create(tmp_path / "source.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    try:
        source.entries.add_many(_records(count))
        interchange.write_export(source, tmp_path / "export.json")
    finally:
        source.close()
    return interchange.read_carnet_export((tmp_path / "export.json").read_bytes())


@pytest.mark.parametrize("into_empty", [True, False])
def test_a_whole_carnet_export_counts_and_cancels(tmp_path: Path, into_empty: bool) -> None:
    batch = _carnet_export(tmp_path, COUNT)
    target, _code = Journal.create(tmp_path / "target.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    try:
        if not into_empty:
            target.entries.add(EntryFields(kind="reflection", title="Mine", body="Texte"))
        before, entries_before = target.database.image(), target.entries.count()
        with pytest.raises(Cancelled):
            interchange.import_batch(target, batch, Recorder(cancel_at=PROGRESS_STEP))
        assert target.entries.count() == entries_before and target.database.image() == before
        recorder = Recorder()
        interchange.import_batch(target, batch, recorder)
        assert target.entries.count() == entries_before + COUNT
        recorder.check_counts_up_to(recorder.calls[-1][1])
        assert recorder.calls[-1][1] >= COUNT
    finally:
        target.close()


def test_the_json_export_counts_and_a_cancel_writes_no_file(journal: Journal, tmp_path: Path) -> None:
    journal.entries.add_many(_records(COUNT))
    destination = tmp_path / "export.json"
    with pytest.raises(Cancelled):
        interchange.write_export(journal, destination, progress=Recorder(cancel_at=PROGRESS_STEP))
    assert not destination.exists() and list(tmp_path.glob("*.json*")) == []
    recorder = Recorder()
    assert interchange.write_export(journal, destination, progress=recorder) == COUNT + 1
    recorder.check_counts_up_to(recorder.calls[-1][1])
    assert len(json.loads(destination.read_text("utf-8"))["entries"]) == COUNT + 1


def test_a_new_key_counts_the_copies_it_encrypts_again(journal: Journal) -> None:
    for number in range(3):  # each save keeps the version before in backups/
        journal.entries.add(EntryFields(kind="reflection", title=f"Note {number}", body="Texte"))
        journal.save()
    recorder = Recorder()
    change = journal.change_passphrase("une autre phrase de passe assez longue", recorder)
    assert len(change.reencrypted) >= 3
    assert recorder.calls[0] == (0, len(change.reencrypted)) and recorder.calls[-1] == (len(change.reencrypted),) * 2
    assert [done for done, _ in recorder.calls] == list(range(len(change.reencrypted) + 1))


@pytest.mark.parametrize("offset_minutes", [-210, -60, 0, 60, 345, 840])
@pytest.mark.parametrize("microsecond", [0, 1, 500_000, 999_999])
def test_the_export_writes_times_as_isoformat_in_their_own_offset(journal: Journal, tmp_path: Path,
                                                                   offset_minutes: int, microsecond: int) -> None:
    """The export converts stored times in SQL (speed): the same text as ``datetime.isoformat``."""
    zone = timezone(timedelta(minutes=offset_minutes))
    occurred = datetime(2024, 12, 31, 23, 59, 58, microsecond, tzinfo=zone)  # crosses days and a year in UTC
    created = datetime(2025, 1, 1, 0, 0, 0, microsecond, tzinfo=UTC)
    journal.entries.add_many([EntryRecord(uuid="a" * 32, kind="reflection", title="T", body="B", occurred_at=occurred,
                                          created_at=created, updated_at=created)])
    entry = next(e for e in interchange.export_document(journal)["entries"] if e["uuid"] == "a" * 32)
    assert entry["occurred_at"] == occurred.isoformat()
    assert entry["created_at"] == entry["updated_at"] == created.isoformat()


def test_a_merge_counts_the_copies(journal: Journal, tmp_path: Path) -> None:
    from journal_app.core import merge

    copies = []
    for number in range(2):  # copies of the journal, each with a note of its own
        copy = tmp_path / f"journal (copie {number}).carnet"
        copy.write_bytes(journal.path.read_bytes())
        other = Journal.open(copy, PASSPHRASE)
        other.entries.add(EntryFields(kind="reflection", title=f"Copie {number}", body="Texte"))
        other.save()
        other.close()
        copies.append(copy)
    recorder = Recorder()
    report = merge.merge_copies(journal, copies, PASSPHRASE, progress=recorder)
    assert report.entries_added == 2
    assert recorder.calls == [(0, 2), (1, 2), (2, 2)]
