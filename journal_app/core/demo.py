"""The example journal: a few months of fictional practice, to explore Carnet safely.

Its entries are written in our own words after the report's 23 situations (see
resources/demo/); every person is an invented pseudonym. Dates are relative to today so
the example always looks recent. Its passphrase is public and shown in the app.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from journal_app.core.checkins import CheckinStore, instrument
from journal_app.core.crypto import KdfParams
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.resources import LANGUAGES, load_toml

DEMO_PASSPHRASE = "exemple-carnet-demo"
DEMO_MARKER_KEY = "demo_journal"


def demo_entries(language: str, today: date | None = None) -> list[EntryFields]:
    data = load_toml("demo", f"demo-journal.{language if language in LANGUAGES else 'fr'}.toml")
    today = today or date.today()
    entries = []
    for item in data["entry"]:
        day = today - timedelta(days=int(item["days_ago"]))
        hours, minutes = (int(part) for part in item["time"].split(":"))
        occurred = datetime.combine(day, time(hours, minutes)).astimezone()
        entries.append(EntryFields(
            title=item["title"],
            body=item["body"].strip(),
            occurred_at=occurred,
            kind=item.get("kind", "reflection"),
            duration_minutes=item.get("duration"),
            channel=item.get("channel"),
            persons=tuple(item.get("persons", ())),
            tags=tuple(item.get("tags", ())),
            off_hours=bool(item.get("off_hours", False)),
            out_of_frame=bool(item.get("out_of_frame", False)),
            private=bool(item.get("private", False)),
            emotional_weight=item.get("weight"),
            for_supervision=bool(item.get("for_supervision", False)),
        ))
    return entries


def add_demo_checkins(journal: Journal, today: date | None = None) -> None:
    """The example's check-ins (resources/demo/demo-checkins.toml), at 18:00 on their days."""
    today = today or date.today()
    items = instrument("en").items
    store = CheckinStore(journal.database)
    for checkin in load_toml("demo", "demo-checkins.toml")["checkin"]:
        answers = {item.id: (100 - checkin[item.scale]) if item.reverse else checkin[item.scale] for item in items}
        taken_at = datetime.combine(today - timedelta(days=int(checkin["days_ago"])), time(18, 0)).astimezone()
        store.record(answers, checkin.get("extra", {}), at=taken_at)


def create_demo_journal(path: Path, language: str, kdf: KdfParams | None = None,
                        today: date | None = None) -> Journal:
    """Create the example journal at ``path`` (replacing an earlier example there)."""
    if path.exists() and is_demo_file(path):
        path.unlink()
    journal, _recovery_code = Journal.create(path, DEMO_PASSPHRASE, kdf=kdf)
    for fields in demo_entries(language, today):
        journal.entries.add(fields)
    add_demo_checkins(journal, today)
    journal.database.write_setting(DEMO_MARKER_KEY, {"language": language})
    journal.save()
    return journal


def is_demo(journal: Journal) -> bool:
    return journal.database.read_setting(DEMO_MARKER_KEY) is not None


def is_demo_file(path: Path) -> bool:
    try:
        journal = Journal.open(path, DEMO_PASSPHRASE, read_only=True)
    except Exception:  # not the demo (or not a journal): never delete it
        return False
    try:
        return is_demo(journal)
    finally:
        journal.close()
