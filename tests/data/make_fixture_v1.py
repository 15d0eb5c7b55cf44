"""Make tests/data/journal-v1.carnet: a small journal written by the FIRST version of Carnet.

DO NOT RE-RUN THIS SCRIPT AFTER SCHEMA (OR FILE FORMAT) CHANGES. The point of the fixture is
to keep the old file, byte for byte, so that every later version proves it still opens and
migrates a journal written by version 1 (schema 0001, file format 1). Re-running it with a
newer Carnet would silently replace the old file by a new one and the test would prove
nothing; tests/core/test_fixture_journal.py checks the file's SHA-256 to catch that.

It was run once, from the repository root, with the schema at revision 0001:

    python tests/data/make_fixture_v1.py

The passphrase and the recovery code it printed are written in test_fixture_journal.py.
Key derivation uses cheap parameters so the test stays fast; people never get these.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from journal_app.core.crypto import KdfParams
from journal_app.core.database import SCHEMA_HEAD
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal

PASSPHRASE = "carnet de bord, version une"
CHEAP_KDF = KdfParams(memory_kib=64, iterations=1)
TARGET = Path(__file__).with_name("journal-v1.carnet")

PARIS_WINTER = timezone(timedelta(hours=1))
PARIS_SUMMER = timezone(timedelta(hours=2))
MONTREAL = timezone(timedelta(hours=-5))

ENTRIES = [
    (
        "6f1e0c2a9b8d4e5fa1b2c3d4e5f60718",
        EntryFields(
            title="Visite à domicile chez Mme Lefèvre",
            body="Elle m'a parlé de l'école de sa fille.\n\n**Réseau** : CMP, assistante sociale.",
            occurred_at=datetime(2024, 1, 15, 9, 30, tzinfo=PARIS_WINTER),
            kind="contact",
            duration_minutes=45,
            channel="home_visit",
            persons=("Élodie L.",),
            tags=("école", "réseau"),
            emotional_weight=6,
        ),
    ),
    (
        "0a1b2c3d4e5f40718293a4b5c6d7e8f9",
        EntryFields(
            title="Appel tard le soir",
            body="Appelé sur mon téléphone personnel à 22 h. Je n'aurais pas dû répondre.",
            occurred_at=datetime(2024, 6, 3, 22, 5, tzinfo=PARIS_SUMMER),
            kind="contact",
            duration_minutes=20,
            channel="personal_phone",
            persons=("Karim B.",),
            tags=("limites",),
            off_hours=True,
            out_of_frame=True,
            private=True,
            emotional_weight=8,
            for_supervision=True,
        ),
    ),
    (
        "9f8e7d6c5b4a43219f8e7d6c5b4a4321",
        EntryFields(
            title="Réflexion : la « bonne distance »",
            body="Schön parle de réflexion *dans* l'action. Où s'arrête l'accompagnement ?",
            occurred_at=datetime(2024, 9, 20, 18, 0, tzinfo=MONTREAL),
            kind="reflection",
            persons=("Élodie L.", "Karim B."),
            tags=("supervision", "réseau"),
            for_supervision=True,
        ),
    ),
    (
        "1234567890ab4cdef1234567890abcde",
        EntryFields(
            title="Rue, maraude du jeudi",
            body="Ÿves, Çà et là ; œuvre, cœur, naïve, Noël — ½ h, 3 °C.",
            occurred_at=datetime(2024, 12, 5, 20, 45, tzinfo=UTC),
            kind="contact",
            duration_minutes=90,
            channel="street",
            persons=("Zoé",),
            tags=("maraude",),
            off_hours=True,
        ),
    ),
]


def main() -> None:
    if SCHEMA_HEAD != "0001":
        sys.exit("refusing: the schema is no longer 0001; the fixture must stay the version-1 file")
    if TARGET.exists():
        sys.exit(f"refusing: {TARGET} exists, and the point is to keep the old file")
    journal, recovery_code = Journal.create(TARGET, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        created = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
        for uuid, fields in ENTRIES:
            journal.entries.add(fields, uuid=uuid, created_at=created, updated_at=created)
        journal.save()
    finally:
        journal.close()
    lock = TARGET.with_name(TARGET.name + ".lock")
    lock.unlink(missing_ok=True)
    backups = TARGET.parent / "backups"
    for backup in backups.glob("journal-v1.*.carnet"):
        backup.unlink()
    if backups.is_dir() and not any(backups.iterdir()):
        backups.rmdir()
    print(f"wrote {TARGET}")
    print(f"recovery code: {recovery_code}")


if __name__ == "__main__":
    main()
