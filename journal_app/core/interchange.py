"""Moving entries in and out of a journal: Carnet's own JSON export, and jrnl's JSON export.

Nothing here touches the disk except ``write_export``; reading a file is the caller's job, so
a malformed file is rejected before the journal is even opened. ``read_*`` functions check
the whole document and raise ``InvalidInput`` (naming the entry and field at fault) before
anything is imported; ``import_batch`` then adds everything in one transaction.

Carnet export format, version 1 (a stable interface: fields may be added within a version,
never removed or changed in meaning; readers ignore keys they do not know)::

    {
      "format": "carnet-export",          // always this string
      "version": 1,                       // integer; a reader refuses a newer version
      "exported_at": "2024-05-02T08:15:03.120000+00:00",
      "persons": [                        // every person, with the worker's note
        {"uuid": "9f0c...", "pseudonym": "Madame L.", "note": "...",
         "created_at": "2024-01-03T10:00:00+00:00"}
      ],
      "entries": [ ENTRY, ... ]           // oldest first
    }

    ENTRY = {
      "uuid": "3b8e...",                  // 32 lowercase hex digits, stable identity
      "kind": "contact" | "reflection",
      "title": "...", "body": "...",      // body is Markdown
      "occurred_at": "2024-03-01T14:30:00+01:00",  // ISO 8601 with the UTC offset it was written in
      "duration_minutes": 30 | null,
      "channel": "office" | "home_visit" | "street" | "work_phone" | "personal_phone"
                 | "messaging" | "email" | "other" | null,
      "persons": ["Madame L.", ...],      // pseudonyms, sorted
      "tags": ["réseau", ...],            // sorted
      "off_hours": false, "out_of_frame": false, "private": false, "for_supervision": false,
      "off_hours_by_hand": true,          // false: off_hours was worked out from the work
                                          // schedule and follows its changes (absent: true)
      "emotional_weight": 0..10 | null,
      "created_at": "...+00:00", "updated_at": "...+00:00"   // ISO 8601, UTC
    }

Every ENTRY key is written. On reading, ``uuid``, ``title``, ``body`` and ``occurred_at`` are
required; a missing optional key takes the value a new entry would have. Date-times always
carry a UTC offset and keep their microseconds, so an export imported into an empty journal
gives back the same entries. The command line's ``--json`` output uses the same ENTRY objects.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from journal_app.core import vaultfile
from journal_app.core.entries import EntryRecord, PersonRecord
from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import utc_now

FORMAT_NAME = "carnet-export"
FORMAT_VERSION = 1
JRNL_STARRED_TAG = "starred"
# Gives jrnl entries (which have no identity) a uuid derived from their content, so that
# importing the same jrnl file twice does not duplicate anything.
_JRNL_NAMESPACE = uuid_module.UUID("6c1d3c1e-8a38-4f5e-9f7a-2f0a1c3e5b7d")


@dataclass(frozen=True)
class ImportBatch:
    """What a file holds, checked and ready to add."""

    entries: tuple[EntryRecord, ...]
    persons: tuple[PersonRecord, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    imported: int
    already_present: int


# ----- export


def entry_to_json(record: EntryRecord) -> dict[str, Any]:
    """One ENTRY object of the export format (also the CLI's ``--json`` output)."""
    assert record.occurred_at is not None  # stored entries always have one
    return {
        "uuid": record.uuid,
        "kind": record.kind,
        "title": record.title,
        "body": record.body,
        "occurred_at": record.occurred_at.isoformat(),
        "duration_minutes": record.duration_minutes,
        "channel": record.channel,
        "persons": list(record.persons),
        "tags": list(record.tags),
        "off_hours": record.off_hours,
        "off_hours_by_hand": record.off_hours_by_hand,
        "out_of_frame": record.out_of_frame,
        "private": record.private,
        "emotional_weight": record.emotional_weight,
        "for_supervision": record.for_supervision,
        "created_at": record.created_at.isoformat(),
        "updated_at": record.updated_at.isoformat(),
    }


def person_to_json(person: PersonRecord) -> dict[str, Any]:
    return {
        "uuid": person.uuid,
        "pseudonym": person.pseudonym,
        "note": person.note,
        "created_at": person.created_at.isoformat(),
    }


def export_document(journal: Journal) -> dict[str, Any]:
    # Oldest first, so that an import inserts entries in their original order and entries
    # at the same minute keep their order.
    entries = list(reversed(journal.entries.list()))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": utc_now().isoformat(),
        "persons": [person_to_json(p) for p in journal.entries.person_records()],
        "entries": [entry_to_json(e) for e in entries],
    }


def write_export(journal: Journal, destination: Path) -> int:
    """Write the whole journal, NOT encrypted, to ``destination`` (atomically, owner-only).
    Returns the number of entries written."""
    if destination.exists() and destination.resolve() == journal.path.resolve():
        raise InvalidInput("the export cannot replace the journal itself")
    document = export_document(journal)
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    vaultfile.write_atomically(destination, data)  # mkstemp files are 0600
    return len(document["entries"])


# ----- import


def import_batch(journal: Journal, batch: ImportBatch) -> ImportResult:
    """Add a checked batch in one transaction (all or nothing). Does not save: the caller
    saves once afterwards (only needed when something was imported)."""
    added, skipped = journal.entries.add_many(batch.entries, batch.persons)
    return ImportResult(imported=added, already_present=skipped)


def read_carnet_export(data: bytes) -> ImportBatch:
    """Check a Carnet export completely. Raises InvalidInput saying what is wrong where."""
    document = _load_json_object(data, "Carnet export")
    if document.get("format") != FORMAT_NAME:
        raise InvalidInput(f"this is not a Carnet export (no \"format\": \"{FORMAT_NAME}\")")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInput("the export has no valid \"version\"")
    if version > FORMAT_VERSION:
        raise InvalidInput(f"this export was written by a newer Carnet (format version {version})")
    persons = tuple(_person_from_json(_Fields(item, f"person {n}")) for n, item in
                    enumerate(_list_of_objects(document, "persons", required=False), start=1))
    entries = tuple(_entry_from_json(_Fields(item, f"entry {n}")) for n, item in
                    enumerate(_list_of_objects(document, "entries", required=True), start=1))
    _refuse_duplicates([e.uuid for e in entries], "entry uuid")
    _refuse_duplicates([p.pseudonym.casefold() for p in persons], "person")
    return ImportBatch(entries=entries, persons=persons)


def read_jrnl_export(data: bytes) -> ImportBatch:
    """Check a file made by ``jrnl --export json``. Dates and times are local time; tags lose
    their leading "@"; a starred entry gets the tag "starred"."""
    document = _load_json_object(data, "jrnl export")
    if "tags" in document and not isinstance(document["tags"], dict):
        raise InvalidInput("\"tags\" must be an object")
    now = utc_now()
    seen: Counter[str] = Counter()
    entries = []
    for number, item in enumerate(_list_of_objects(document, "entries", required=True), start=1):
        fields = _Fields(item, f"entry {number}")
        title, body = fields.text("title", required=True), fields.text("body", required=True)
        day = fields.parsed("date", date.fromisoformat, "a date like 2024-03-01", required=True)
        clock = fields.parsed("time", time.fromisoformat, "a time like 14:30", required=True)
        tags = [tag.lstrip("@") for tag in fields.text_list("tags")]
        if fields.boolean("starred"):
            tags.append(JRNL_STARRED_TAG)
        occurred_at = datetime.combine(day, clock).astimezone()  # local time zone, DST included
        content = f"{day.isoformat()} {clock.isoformat()}\n{title}\n{body}"
        seen[content] += 1  # identical twins in one file still get distinct identities
        entries.append(_checked(fields, EntryRecord(
            uuid=uuid_module.uuid5(_JRNL_NAMESPACE, f"{content}\n{seen[content]}").hex,
            title=title, body=body, occurred_at=occurred_at, tags=tuple(tags),
            created_at=now, updated_at=now,
        )))
    return ImportBatch(entries=tuple(entries))


def _load_json_object(data: bytes, what: str) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"the {what} is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"the {what} is not valid JSON (line {exc.lineno}, column {exc.colno})") from exc
    if not isinstance(document, dict):
        raise InvalidInput(f"the {what} must be a JSON object")
    return document


def _list_of_objects(document: dict[str, Any], key: str, *, required: bool) -> list[dict[str, Any]]:
    if key not in document and not required:
        return []
    value = document.get(key)
    if not isinstance(value, list):
        raise InvalidInput(f"\"{key}\" must be a list")
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise InvalidInput(f"\"{key}\" item {number} must be an object")
    return value


def _refuse_duplicates(keys: list[str], what: str) -> None:
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    if duplicates:
        raise InvalidInput(f"the file holds the same {what} twice")


def _entry_from_json(fields: _Fields) -> EntryRecord:
    now = utc_now()
    return _checked(fields, EntryRecord(
        uuid=fields.parsed("uuid", _uuid_hex, "32 hexadecimal digits", required=True),
        kind=fields.text("kind", default="reflection"),
        title=fields.text("title", required=True),
        body=fields.text("body", required=True),
        occurred_at=fields.parsed("occurred_at", _aware_datetime, _DATETIME_HINT, required=True),
        duration_minutes=fields.integer("duration_minutes"),
        channel=fields.text("channel", default=None),
        persons=tuple(fields.text_list("persons")),
        tags=tuple(fields.text_list("tags")),
        off_hours=fields.boolean("off_hours"),
        off_hours_by_hand=fields.boolean("off_hours_by_hand", default=True),
        out_of_frame=fields.boolean("out_of_frame"),
        private=fields.boolean("private"),
        emotional_weight=fields.integer("emotional_weight"),
        for_supervision=fields.boolean("for_supervision"),
        created_at=fields.parsed("created_at", _aware_datetime, _DATETIME_HINT) or now,
        updated_at=fields.parsed("updated_at", _aware_datetime, _DATETIME_HINT) or now,
    ))


def _person_from_json(fields: _Fields) -> PersonRecord:
    pseudonym = " ".join(fields.text("pseudonym", required=True).split())
    if not pseudonym:
        raise InvalidInput(f"{fields.where}: \"pseudonym\" cannot be empty")
    return PersonRecord(
        pseudonym=pseudonym,
        note=fields.text("note", default=""),
        uuid=fields.parsed("uuid", _uuid_hex, "32 hexadecimal digits") or "",
        created_at=fields.parsed("created_at", _aware_datetime, _DATETIME_HINT) or utc_now(),
    )


def _checked(fields: _Fields, record: EntryRecord) -> EntryRecord:
    """The core's own checks (kind, channel, weight...), reported with the entry's number."""
    try:
        return record.validated()
    except InvalidInput as exc:
        raise InvalidInput(f"{fields.where}: {exc}") from exc


_DATETIME_HINT = "an ISO 8601 date-time with a UTC offset"


def _uuid_hex(text: str) -> str:
    return uuid_module.UUID(text).hex


def _aware_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("no UTC offset")
    return value


class _Fields:
    """Typed access to one JSON object's fields, with errors that say where."""

    def __init__(self, item: dict[str, Any], where: str) -> None:
        self._item = item
        self.where = where

    def _get(self, key: str, required: bool) -> Any:
        if key not in self._item and required:
            raise InvalidInput(f"{self.where}: \"{key}\" is missing")
        return self._item.get(key)

    def _wrong(self, key: str, expected: str) -> InvalidInput:
        return InvalidInput(f"{self.where}: \"{key}\" must be {expected}")

    def text(self, key: str, *, required: bool = False, default: str | None = "") -> Any:
        value = self._get(key, required)
        if value is None and not required:
            return default
        if not isinstance(value, str):
            raise self._wrong(key, "text")
        return value

    def integer(self, key: str) -> int | None:
        value = self._get(key, False)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise self._wrong(key, "a whole number or null")
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self._wrong(key, "true or false")
        return value

    def text_list(self, key: str) -> list[str]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self._wrong(key, "a list of texts")
        return value

    def parsed(self, key: str, parse: Callable[[str], Any], expected: str, *, required: bool = False) -> Any:
        value = self._get(key, required)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise self._wrong(key, expected)
        try:
            return parse(value)
        except ValueError as exc:
            raise self._wrong(key, expected) from exc
