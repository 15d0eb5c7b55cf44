"""Make tests/data/journal-format2.carnet: a small journal in file format 2 (the whole image in
one zstd frame), as Carnet wrote it until format 3 compressed the image block by block.

DO NOT RE-RUN THIS SCRIPT WITH A CARNET THAT WRITES ANOTHER FORMAT: the point is to keep the
old file byte for byte, so that later versions prove they still open it. It was run once, from
a checkout of commit 1c191d4 (the last to write format 2), with that checkout first on the path:

    PYTHONPATH=<checkout of 1c191d4> python tests/data/make_fixture_format2.py

The passphrase is written in tests/core/test_size_buckets.py. Key derivation uses cheap
parameters so the test stays fast; people never get these.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from pathlib import Path

from journal_app.core.crypto import KdfParams
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal

PASSPHRASE = "carnet de bord, format deux"
CHEAP_KDF = KdfParams(memory_kib=64, iterations=1)
TARGET = Path(__file__).with_name("journal-format2.carnet")


def main() -> None:
    TARGET.unlink(missing_ok=True)
    journal, _code = Journal.create(TARGET, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        for day in range(1, 6):
            journal.entries.add(EntryFields(
                title=f"Permanence du {day} mars",
                body=f"Appel du soir, jour {day} : « on s'est parlé longtemps ». " * 40,
                occurred_at=datetime(2026, 3, day, 21, 30, tzinfo=UTC)))
        journal.save()
    finally:
        journal.close()
    (version,) = struct.unpack_from(">H", TARGET.read_bytes(), 8)
    assert version == 2, version


if __name__ == "__main__":
    main()
