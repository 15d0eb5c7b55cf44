"""The example journal: a few months of fictional practice, to explore Carnet safely.

Its entries are written in our own words after the report's 23 situations (see
resources/demo/); every person is an invented pseudonym. Dates are relative to today so
the example always looks recent. Its passphrase is public and shown in the app.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from typing import Any

from journal_app.core.checkins import CheckinStore, instrument
from journal_app.core.crypto import KdfParams
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.limits import LimitStore
from journal_app.core.resources import LANGUAGES, load_toml
from journal_app.core.schedule import WEEKDAYS, ScheduleStore, WeeklySchedule
from journal_app.core.supervision import SupervisionStore

DEMO_PASSPHRASE = "exemple-carnet-demo"
DEMO_MARKER_KEY = "demo_journal"


def _demo_data(language: str) -> dict[str, Any]:
    return load_toml("demo", f"demo-journal.{language if language in LANGUAGES else 'fr'}.toml")


def demo_entries(language: str, today: date | None = None) -> list[EntryFields]:
    data = _demo_data(language)
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


def add_demo_surroundings(journal: Journal, language: str, entry_uuids: list[str],
                          today: date | None = None) -> None:
    """What surrounds the example's entries, so that every view shows something: working
    hours, two limits, dilemmas with their history and reflections, a supervision agenda.
    Entries are named in the data file by their place in it (``entry_uuids``)."""
    today = today or date.today()
    data = _demo_data(language)

    def moment(days_ago: int, hour: int = 18) -> datetime:
        return datetime.combine(today - timedelta(days=int(days_ago)), time(hour, 0)).astimezone()

    schedule = data["schedule"]
    ScheduleStore(journal.database).set(
        WeeklySchedule.from_weekdays({day: schedule[day] for day in WEEKDAYS if day in schedule}),
        today - timedelta(days=int(schedule["from_days_ago"])))
    limits = LimitStore(journal.database, today=lambda: today)
    for limit in data["limit"]:
        limits.add(limit["kind"], hour=limit.get("hour"), count=limit.get("count"),
                   effective_from=today - timedelta(days=int(limit["from_days_ago"])))
    dilemmas = DilemmaStore(journal.database, language)
    questions: dict[str, str] = {}
    for item in data["dilemma"]:
        first, *later = item["history"]
        record = dilemmas.create(item["title"], item["categories"], status=first["status"],
                                 opened_at=moment(first["days_ago"]), note=first.get("note", ""))
        for index in item["entries"]:
            dilemmas.link_entry(record.uuid, entry_uuids[index])
        for reflection in item.get("reflections", ()):
            dilemmas.add_reflection(record.uuid, reflection["body"], written_at=moment(reflection["days_ago"], 19))
        for change in later:
            dilemmas.set_status(record.uuid, change["status"], at=moment(change["days_ago"]),
                                note=change.get("note", ""))
        if "decision" in item or "learned" in item:
            dilemmas.update(record.uuid, decision=item.get("decision"), learned=item.get("learned"))
        if "supervision_question" in item:
            questions[record.uuid] = item["supervision_question"]
    supervision = SupervisionStore(journal.database)
    for agenda_item in supervision.sync_agenda():
        if agenda_item.source_uuid in questions:
            supervision.set_question(agenda_item.uuid, questions[agenda_item.source_uuid])
    for follow_up in data.get("follow_up", ()):
        supervision.add_follow_up(follow_up["text"], question=follow_up.get("question", ""))


def create_demo_journal(path: Path, language: str, kdf: KdfParams | None = None,
                        today: date | None = None) -> Journal:
    """Create the example journal at ``path`` (replacing an earlier example there)."""
    if path.exists() and is_demo_file(path):
        path.unlink()
    journal, _recovery_code = Journal.create(path, DEMO_PASSPHRASE, kdf=kdf)
    uuids = [journal.entries.add(fields).uuid for fields in demo_entries(language, today)]
    add_demo_surroundings(journal, language, uuids, today)
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
