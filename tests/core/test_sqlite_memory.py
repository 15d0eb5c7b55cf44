"""Opening hands the decompressed image to SQLite without a second copy (issue 17, memory):
the journal is then in memory once, not twice, at the highest point of an unlock."""

from __future__ import annotations

import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from journal_app.core import sqlite_memory
from journal_app.core.database import Database
from journal_app.core.entries import EntryFields
from journal_app.core.errors import DamagedJournal
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

FILLER_BYTES = 6 * 1024 * 1024
MIB = 1024 * 1024

needs_handover = pytest.mark.skipif(not sqlite_memory.available(), reason="SQLite's C API is not reachable here")


def _journal_with_filler(path: Path, filler_bytes: int = FILLER_BYTES) -> bytes:
    """A saved journal of one entry and incompressible rows; returns the image."""
    journal, _code = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        journal.entries.add(EntryFields(title="Visite", body="Réunion de réseau à l'école."))
        journal.database.raw.execute("CREATE TABLE filler(x BLOB)")
        journal.database.raw.executemany("INSERT INTO filler VALUES (randomblob(65536))",
                                         [()] * (filler_bytes // 65536))
        journal.save()
        return journal.database.raw.serialize()
    finally:
        journal.close()


def _python_peak_while_opening(path: Path) -> int:
    """Less the compressed blocks the journal keeps for its next save (on purpose: a third of
    a real image; all of this one, whose filler does not compress)."""
    tracemalloc.start()
    try:
        journal = Journal.open(path, PASSPHRASE)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    kept = journal._compressed.held_bytes  # noqa: SLF001
    journal.close()
    return peak - kept


@needs_handover
def test_open_never_holds_a_python_copy_of_the_image(tmp_path: Path) -> None:
    small, large = tmp_path / "small.carnet", tmp_path / "large.carnet"
    _journal_with_filler(small, 2 * MIB)
    _journal_with_filler(large, 12 * MIB)
    # Python's deserialize needs the whole image in a Python buffer (traced by tracemalloc);
    # SQLite's own memory is not traced. What stays is per chunk (read, decrypt, decompress)
    # and the decompressor's window (a few MiB at most, whatever the image's size).
    assert _python_peak_while_opening(large) - _python_peak_while_opening(small) < 5 * MIB  # 10 MiB apart


def test_the_opened_database_is_the_saved_one_and_grows(journal_path: Path) -> None:
    image = _journal_with_filler(journal_path)
    journal = Journal.open(journal_path, PASSPHRASE)
    try:
        assert journal.database.raw.serialize() == image
        # SQLite owns the buffer: it grows it (and frees it) with its own allocator.
        journal.database.raw.executemany("INSERT INTO filler VALUES (randomblob(65536))", [()] * 40)
        journal.entries.add(EntryFields(title="Après", body="Encore une note."))
        assert journal.database.integrity_problems() == []
        journal.save()
    finally:
        journal.close()
    reopened = Journal.open(journal_path, PASSPHRASE)
    try:
        assert reopened.database.raw.execute("SELECT count(*) FROM filler").fetchone() == (FILLER_BYTES // 65536 + 40,)
        assert sorted(entry.title for entry in reopened.entries.list()) == ["Après", "Visite"]
    finally:
        reopened.close()


def _python_peak_while_saving(path: Path) -> int:
    journal = Journal.open(path, PASSPHRASE)
    try:
        journal.entries.add(EntryFields(title="Nouvelle", body="Une ligne de plus."))
        tracemalloc.start()
        try:
            journal.save()
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        journal.close()
    return peak


@needs_handover
def test_a_save_reads_the_image_where_sqlite_holds_it(tmp_path: Path) -> None:
    small, large = tmp_path / "small.carnet", tmp_path / "large.carnet"
    _journal_with_filler(small, 2 * MIB)
    _journal_with_filler(large, 12 * MIB)
    # serialize() would give the whole image as bytes (traced); the view over SQLite's memory is not.
    assert _python_peak_while_saving(large) - _python_peak_while_saving(small) < 5 * MIB  # 10 MiB apart
    reopened = Journal.open(large, PASSPHRASE)
    try:
        assert sorted(entry.title for entry in reopened.entries.list()) == ["Nouvelle", "Visite"]
        assert reopened.database.integrity_problems() == []
    finally:
        reopened.close()


@needs_handover
def test_a_write_while_the_image_is_read_is_caught(journal_path: Path) -> None:
    _journal_with_filler(journal_path, MIB)
    journal = Journal.open(journal_path, PASSPHRASE)
    try:
        view, unchanged = journal.database.image_view()
        assert bytes(view) == journal.database.raw.serialize()
        unchanged()  # nothing written yet
        journal.entries.add(EntryFields(title="Pendant", body="Écrit pendant la lecture."))
        with pytest.raises(RuntimeError):
            unchanged()
    finally:
        journal.close()


@needs_handover
def test_a_buffer_holding_no_database_is_refused_and_freed() -> None:
    buffer = sqlite_memory.image_buffer()
    buffer += b"SQLite format 3\x00" + bytes(200)  # a header, and nothing a database is made of
    with pytest.raises(DamagedJournal):
        Database.from_image(buffer)
    assert len(buffer) == 0  # given to SQLite, which freed it


@needs_handover
def test_a_connection_whose_handle_cannot_be_proven_gets_a_copy() -> None:
    class Wrapped(sqlite3.Connection):
        pass

    source = sqlite3.connect(":memory:")
    source.execute("CREATE TABLE t(x)")
    source.execute("INSERT INTO t VALUES ('kept')")
    buffer = sqlite_memory.image_buffer()
    buffer += source.serialize()
    target = sqlite3.connect(":memory:", factory=Wrapped)
    buffer.deserialize_into(target)
    assert target.execute("SELECT x FROM t").fetchall() == [("kept",)]
    assert len(buffer) == 0
