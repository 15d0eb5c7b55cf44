"""What the file size says: at most the order of magnitude of what was written.

The image is compressed, then padded to a power of two of at least 4 MiB (vaultfile). These
tests build journals of the benchmark's shape (benchmarks/synthetic.py, in bulk) and check that
a year of notes looks like an empty journal and ten years at most one bucket larger; and that a
journal of the first format (uncompressed) opens, and is saved compressed.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

from journal_app.core import vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import synthetic  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
# Written by tests/data/make_fixture_v1.py, make_fixture_v4.py and make_fixture_format2.py.
FIXTURE_PASSPHRASES = {"journal-v1.carnet": "carnet de bord, version une",
                       "journal-v4.carnet": "carnet de bord, version quatre",
                       "journal-format2.carnet": "carnet de bord, format deux"}


def _file_version(path: Path) -> int:
    return int(struct.unpack_from(">H", path.read_bytes(), 8)[0])


@pytest.mark.slow
def test_sizes_of_0_to_10000_entries_fall_in_the_same_or_the_next_bucket(tmp_path: Path) -> None:
    sizes = {}
    for count in (0, 300, 1_000, 3_000, 10_000):
        path = synthetic.build(tmp_path / f"j{count}.carnet", count, kdf=CHEAP_KDF)
        sizes[count] = path.stat().st_size
        assert _file_version(path) == vaultfile.FORMAT_VERSION == 3
    empty = sizes[0]
    print({count: f"{size / 2**20:.2f} MiB" for count, size in sizes.items()})
    # An empty journal, 300 notes, a year (1,000) and three years (3,000) cannot be told apart.
    assert sizes[300] == sizes[1_000] == sizes[3_000] == empty
    assert empty - vaultfile.MIN_BODY_BUCKET < 4096  # the smallest bucket, plus the header
    # Ten years (10,000 notes, a 17 MiB database) is one power of two above.
    assert sizes[10_000] - empty == vaultfile.MIN_BODY_BUCKET


def test_any_journal_size_is_one_of_a_few_buckets(tmp_path: Path) -> None:
    """The body is a power of two whatever is written: a few more bytes never show."""
    path = tmp_path / "j.carnet"
    journal, _code = Journal.create(path, "une phrase de passe assez longue", kdf=CHEAP_KDF)
    try:
        sizes = set()
        for index in range(5):
            journal.entries.add(EntryFields(title=f"note {index}", body="x" * (index * 997)))
            journal.save()
            sizes.add(path.stat().st_size)
        body = len(vaultfile.parse(path.read_bytes()).body)
    finally:
        journal.close()
    assert len(sizes) == 1
    assert body - 16 == vaultfile.MIN_BODY_BUCKET  # the tag after the padded plaintext


@pytest.mark.parametrize(("name", "written_in"), [("journal-v1.carnet", 1), ("journal-v4.carnet", 1),
                                                  ("journal-format2.carnet", 2)])
def test_journal_of_an_older_format_opens_and_is_saved_in_the_current_one(tmp_path: Path, name: str,
                                                                          written_in: int) -> None:
    path = tmp_path / name
    shutil.copy(DATA / name, path)
    assert _file_version(path) == written_in
    passphrase = FIXTURE_PASSPHRASES[name]
    journal = Journal.open(path, passphrase)
    try:
        titles = sorted(record.title for record in journal.entries.list())
        assert titles
        journal.entries.add(EntryFields(title="après la conversion"))
        journal.save()
    finally:
        journal.close()
    assert _file_version(path) == vaultfile.FORMAT_VERSION
    reopened = Journal.open(path, passphrase, read_only=True)
    try:
        assert sorted(record.title for record in reopened.entries.list()) == sorted([*titles, "après la conversion"])
    finally:
        reopened.close()
