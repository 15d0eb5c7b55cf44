"""Make tests/data/journal-v4.carnet: a small journal written by Carnet at schema 0004.

DO NOT RE-RUN THIS SCRIPT AFTER SCHEMA (OR FILE FORMAT) CHANGES. As for journal-v1.carnet
(see make_fixture_v1.py), the point is to keep the old file byte for byte, so that later
versions prove they still open and migrate a journal with dilemmas, limits and check-ins;
tests/core/test_migration_0005.py checks the file's SHA-256 to catch a regeneration.

It was run once, from the repository root, with the schema at revision 0004:

    python tests/data/make_fixture_v4.py

The passphrase is written in test_migration_0005.py. Key derivation uses cheap parameters so
the test stays fast; people never get these.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from journal_app.core.checkins import CheckinStore
from journal_app.core.crypto import KdfParams
from journal_app.core.database import SCHEMA_HEAD
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.limits import LimitStore
from journal_app.core.persons import PersonStore

PASSPHRASE = "carnet de bord, version quatre"
CHEAP_KDF = KdfParams(memory_kib=64, iterations=1)
TARGET = Path(__file__).with_name("journal-v4.carnet")

BRUSSELS_WINTER = timezone(timedelta(hours=1))
CREATED = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)

ENTRIES = [
    (
        "a1000000000040008000000000000001",
        EntryFields(
            title="Visite chez Mme R.",
            body="Mme R. m'a montré le courrier du CPAS. Elle ne veut pas que j'appelle son fils.",
            occurred_at=datetime(2026, 1, 12, 10, 0, tzinfo=BRUSSELS_WINTER),
            kind="contact", duration_minutes=60, channel="home_visit",
            persons=("Mme R.",), tags=("logement",), emotional_weight=5, for_supervision=True,
        ),
    ),
    (
        "a1000000000040008000000000000002",
        EntryFields(
            title="Jeune 17 au local",
            body="Jeune 17 demande de garder un secret sur une bagarre.",
            occurred_at=datetime(2026, 1, 19, 16, 30, tzinfo=BRUSSELS_WINTER),
            kind="contact", duration_minutes=30, channel="office",
            persons=("Jeune 17",), tags=("secret",), emotional_weight=7,
        ),
    ),
    (
        "a1000000000040008000000000000003",
        EntryFields(
            title="Ce que je garde pour moi",
            body="Jusqu'où tenir un secret quand un jeune se met en danger ?",
            occurred_at=datetime(2026, 1, 20, 21, 0, tzinfo=BRUSSELS_WINTER),
            kind="reflection", persons=("Jeune 17",), tags=("secret", "supervision"),
            for_supervision=True,
        ),
    ),
    (
        "a1000000000040008000000000000004",
        EntryFields(
            title="Message tard",
            body="Un message à 22 h 40 sur le téléphone de service.",
            occurred_at=datetime(2026, 1, 26, 22, 40, tzinfo=BRUSSELS_WINTER),
            kind="contact", duration_minutes=10, channel="work_phone", off_hours=True,
            persons=("M. K.",),
        ),
    ),
]


def main() -> None:
    if SCHEMA_HEAD != "0004":
        sys.exit("refusing: the schema is no longer 0004; the fixture must stay the schema-0004 file")
    if TARGET.exists():
        sys.exit(f"refusing: {TARGET} exists, and the point is to keep the old file")
    journal, _recovery_code = Journal.create(TARGET, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        for uuid, fields in ENTRIES:
            journal.entries.add(fields, uuid=uuid, created_at=CREATED, updated_at=CREATED)
        PersonStore(journal.database).set_note("Mme R.", "Suivie depuis l'automne.")

        clock = iter([CREATED + timedelta(minutes=minute) for minute in range(100)])
        dilemmas = DilemmaStore(journal.database, clock=lambda: next(clock))
        secret = dilemmas.create("Garder le secret de Jeune 17 ?", ["protection-and-trust"],
                                 "a1000000000040008000000000000003",
                                 opened_at=datetime(2026, 1, 20, 21, 5, tzinfo=BRUSSELS_WINTER))
        dilemmas.set_status(secret.uuid, "to_supervision", at=datetime(2026, 1, 22, 9, 0, tzinfo=BRUSSELS_WINTER),
                            note="à reprendre avec la superviseuse")
        dilemmas.add_reflection(secret.uuid, "Le cadre dit une chose, la confiance une autre.",
                                written_at=datetime(2026, 1, 21, 8, 0, tzinfo=BRUSSELS_WINTER))
        dilemmas.create("Répondre le soir ?", ["digital-burden", "personal-resources"],
                        "a1000000000040008000000000000004", status="thinking",
                        opened_at=datetime(2026, 1, 27, 9, 0, tzinfo=BRUSSELS_WINTER))

        limits = LimitStore(journal.database, today=lambda: date(2026, 1, 5))
        limits.add("no_contact_after", hour="21:00", effective_from=date(2026, 1, 5))

        CheckinStore(journal.database).record(
            {"cbi-personal-1": 75, "cbi-personal-2": 50, "cbi-personal-3": 25},
            {"sense-of-meaning": 3}, at=datetime(2026, 1, 30, 18, 0, tzinfo=BRUSSELS_WINTER))
        journal.save()
    finally:
        journal.close()
    TARGET.with_name(TARGET.name + ".lock").unlink(missing_ok=True)
    backups = TARGET.parent / "backups"
    for backup in backups.glob("journal-v4.*.carnet"):
        backup.unlink()
    if backups.is_dir() and not any(backups.iterdir()):
        backups.rmdir()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
