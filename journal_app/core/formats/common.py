"""What every import format shares: the checked batch, the reasons an import is refused, and
typed access to the fields of a JSON object or a front matter block.

An import is all or nothing: a reader checks the whole source and raises ``ImportRefused``
(naming the entry or file at fault) before anything reaches the journal. A folder of notes or
documents is the exception that asks first: a file that cannot be read, or a note without a
date, is a ``SourceProblem`` listed in the batch, and the person decides (``ImportOptions``)
whether the rest comes in; what they accepted still comes in all or nothing.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from journal_app.core.entries import EntryRecord, PersonRecord
from journal_app.core.errors import InvalidInput, StorageError

# What a source may hold that Carnet does not import, counted for the preview. Stable keys:
# the desktop app translates them ("12 photos will not be imported").
LEFT_OUT_KINDS = (
    "photos",  # Day One photos
    "videos",
    "audios",  # Day One audio recordings
    "documents",  # Day One PDF attachments
    "locations",  # entries that had a place attached (Day One)
    "weather",  # entries that had the weather attached (Day One)
    "empty_entries",  # entries with neither title nor text (only a photo, an empty note)
    "other_files",  # files of a notes folder that are not notes nor documents
    "attachments",  # images, PDFs, sound files beside the notes (an Obsidian vault's attachments)
    "templates",  # notes in a templates folder (Templates/, _templates/)
    "unreadable_files",  # files that cannot be read, left out with the person's consent
    "undated_files",  # notes without a date, left out because the person chose so
    "images",  # images inside Word and LibreOffice documents
    "tables",  # tables inside Word and LibreOffice documents
)

# How a note without any date in it gets one: the day its file was last modified, the day
# it was created (where the system records it), or not at all (it is left out).
UNDATED_RULES = ("modified", "created", "skip")


@dataclass(frozen=True)
class ImportOptions:
    """What the person decided about a folder's problems (the preview lists them first)."""

    undated: str = "modified"
    skip_unreadable: bool = False  # files that cannot be read are left out; without it, nothing is imported

    def __post_init__(self) -> None:
        assert self.undated in UNDATED_RULES, self.undated


# Kinds of SourceProblem, grouped in the preview in this order.
PROBLEM_KINDS = (
    "unreadable",  # the file cannot be read (``reason`` and ``message`` say why): left out with consent
    "undated",  # no date in the note: dated by the rule chosen, or left out
    "properties",  # properties Carnet has no field for (``keys``): kept in a block at the end of the text
)


@dataclass(frozen=True)
class SourceProblem:
    """One file of a folder that needs the person's attention. No text of the file in it,
    except the property names of a "properties" problem."""

    kind: str
    file: str  # relative to the folder chosen
    reason: str = ""  # for "unreadable": a REFUSAL_REASONS code the desktop app translates
    message: str = ""  # for "unreadable": in English, for the command line
    line: int | None = None
    field: str = ""  # for "unreadable": the front matter key at fault
    keys: tuple[str, ...] = ()  # for "properties"


@dataclass(frozen=True)
class ImportBatch:
    """What a source holds, checked and ready to add."""

    entries: tuple[EntryRecord, ...]
    persons: tuple[PersonRecord, ...] = ()
    # (kind, how many) for LEFT_OUT_KINDS the source had, in that order; never zero counts.
    left_out: tuple[tuple[str, int], ...] = ()
    source_format: str = ""
    # Every record of a whole Carnet export (version 2), checked, by table (``formats.carnet``):
    # imported instead of ``entries`` and ``persons`` alone, which are there for the preview.
    records: Mapping[str, Sequence[Mapping[str, Any]]] | None = None
    problems: tuple[SourceProblem, ...] = ()  # files needing the person's attention (a folder of notes)
    options: ImportOptions = ImportOptions()  # what the person decided when it was read

    def problems_of(self, kind: str) -> tuple[SourceProblem, ...]:
        return tuple(problem for problem in self.problems if problem.kind == kind)

    @property
    def needs_consent(self) -> bool:
        """Files cannot be read and the person has not agreed to leave them out."""
        return bool(self.problems_of("unreadable")) and not self.options.skip_unreadable


def left_out_counts(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple((kind, counts[kind]) for kind in LEFT_OUT_KINDS if counts[kind])


# ----- refusals

# Why a source is refused: stable codes the desktop app turns into translated sentences.
REFUSAL_REASONS = (
    "unreadable",  # no such file or folder, or it cannot be read (a StorageError: SourceUnreadable)
    "unknown-format",  # the format could not be recognised
    "not-text",  # not UTF-8 text
    "not-json",  # not valid JSON (``line`` says where)
    "not-zip",  # a damaged, encrypted or unsupported zip file
    "no-journal-in-zip",  # a zip without a Day One journal (.json) inside
    "wrong-format",  # valid JSON, but not the shape of the chosen format
    "newer-version",  # written by a newer Carnet
    "bad-field",  # an entry or file has a missing or malformed field (``field`` names it)
    "duplicate",  # the same entry (uuid) or person twice
    "front-matter",  # a Markdown file's front matter is not valid YAML (``line`` says where)
    "no-date",  # Markdown files without a date (``files`` lists them)
    "no-notes",  # a folder without any Markdown file
    "too-large",  # a file too large, or a folder with too many files
    "encrypted",  # a Word file protected by a password (or an old .doc file)
    "not-document",  # a damaged Word or LibreOffice file
    "unreadable-files",  # files cannot be read and the person did not agree to leave them out
    "no-creation-time",  # "creation time" asked for where the system does not record it
)


class ImportRefused(InvalidInput):
    """A source Carnet will not import, and why. The message is English (the command line
    prints it); ``reason`` and the other attributes let the desktop app say it in the
    person's language. None of them holds the text of an entry."""

    def __init__(self, message: str, reason: str, *, entry: int | None = None, file: str = "",
                 field: str = "", line: int | None = None, files: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        assert reason in REFUSAL_REASONS, reason
        self.reason = reason
        self.entry = entry  # the entry's number in the source, from 1
        self.file = file  # the file at fault, relative to the folder or zip chosen
        self.field = field
        self.line = line
        self.files = files


class SourceUnreadable(StorageError):
    """No file or folder at the place given, or it cannot be read."""

    reason = "unreadable"


# ----- typed fields, and the sizes an import accepts

# What a field may hold (the README says it). Beyond these, a value is no one's writing but a
# damaged or hostile file, which would stall the window or fail deep in the database: refused
# at the import boundary, naming the field. Every importer reads its fields through ``Fields``.
MAX_LINE_CHARS = 2_000  # a title, a pseudonym, a tag, a name, a label: one line
MAX_TEXT_CHARS = 1_000_000  # an entry's body, a note, a reflection, any other text (some 500 pages)
MAX_DATA_CHARS = 50_000_000  # what the app stores as JSON text (settings, a schedule): bounded by the file
MIN_INTEGER, MAX_INTEGER = -(2**31), 2**31 - 1  # minutes, positions, a weight: what a 32-bit number holds
ONE_LINE_FIELDS = frozenset({
    "title", "pseudonym", "persons", "tags", "name", "label", "kind", "channel", "status", "status_after",
    "institution", "tutor", "school_supervisor", "with_whom", "key", "builtin_id", "category",
})


class Fields:
    """Typed access to one object's fields (a JSON entry, a front matter block), with errors
    that say where: ``where`` starts every message ("entry 3", "notes/a.md")."""

    def __init__(self, item: dict[str, Any], where: str, *, entry: int | None = None, file: str = "") -> None:
        self._item = item
        self.where = where
        self.entry = entry
        self.file = file

    def has(self, key: str) -> bool:
        return key in self._item

    def raw(self, key: str) -> Any:
        return self._item.get(key)

    def refuse(self, key: str, message: str) -> ImportRefused:
        return ImportRefused(f"{self.where}: {message}", "bad-field", entry=self.entry, file=self.file, field=key)

    def _get(self, key: str, required: bool) -> Any:
        if key not in self._item and required:
            raise self.refuse(key, f"\"{key}\" is missing")
        return self._item.get(key)

    def wrong(self, key: str, expected: str) -> ImportRefused:
        return self.refuse(key, f"\"{key}\" must be {expected}")

    def text(self, key: str, *, required: bool = False, default: str | None = "", limit: int | None = None) -> Any:
        """A text of at most ``limit`` characters (default: by the field, ``ONE_LINE_FIELDS``)."""
        value = self._get(key, required)
        if value is None and not required:
            return default
        if not isinstance(value, str):
            raise self.wrong(key, "text")
        return self._checked_text(key, value, limit)

    def _checked_text(self, key: str, value: str, limit: int | None) -> str:
        if limit is None:
            limit = MAX_LINE_CHARS if key in ONE_LINE_FIELDS else MAX_TEXT_CHARS
        if len(value) > limit:
            raise self.refuse(key, f"\"{key}\" is too long ({limit:,} characters at most)".replace(",", " "))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate ("\ud800"): JSON can write it, no text holds it
            raise self.wrong(key, "text (it holds a broken character)") from exc
        return value

    def integer(self, key: str) -> int | None:
        value = self._get(key, False)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                  or not MIN_INTEGER <= value <= MAX_INTEGER):
            raise self.wrong(key, f"a whole number from {MIN_INTEGER} to {MAX_INTEGER}, or null")
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.wrong(key, "true or false")
        return value

    def text_list(self, key: str) -> list[str]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.wrong(key, "a list of texts")
        if len(value) > MAX_LINE_CHARS:
            raise self.refuse(key, f"\"{key}\" holds too many items ({MAX_LINE_CHARS} at most)")
        return [self._checked_text(key, item, MAX_LINE_CHARS) for item in value]

    def parsed(self, key: str, parse: Callable[[str], Any], expected: str, *, required: bool = False) -> Any:
        value = self._get(key, required)
        if value is None and not required:
            return None
        if not isinstance(value, str) or len(value) > MAX_LINE_CHARS:
            raise self.wrong(key, expected)
        try:
            return parse(value)
        except ValueError as exc:
            raise self.wrong(key, expected) from exc


def checked(fields: Fields, record: EntryRecord) -> EntryRecord:
    """The core's own checks (kind, channel, weight...), reported with the entry's place."""
    try:
        return record.validated()
    except InvalidInput as exc:
        raise ImportRefused(f"{fields.where}: {exc}", "bad-field", entry=fields.entry, file=fields.file) from exc


def refuse_duplicates(keys: list[str], what: str) -> None:
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    if duplicates:
        raise ImportRefused(f"the source holds the same {what} twice", "duplicate")


DATETIME_HINT = "an ISO 8601 date-time with a UTC offset"
UUID_HINT = "32 hexadecimal digits"


def uuid_hex(text: str) -> str:
    return uuid_module.UUID(text).hex


def aware_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("no UTC offset")
    try:
        value.astimezone(UTC)  # as the journal stores it: year 9999 at -14:00 is past the calendar's end
    except OverflowError as exc:
        raise ValueError("out of range") from exc
    return value


def content_uuid(namespace: uuid_module.UUID, content: str, seen: Counter[str]) -> str:
    """A stable identity for an entry that has none (jrnl, a Markdown note), derived from its
    date and text: importing the same source again finds the same identities and adds nothing.
    Identical twins in one source still get distinct identities."""
    seen[content] += 1
    return uuid_module.uuid5(namespace, f"{content}\n{seen[content]}").hex


# ----- JSON documents


def load_json_object(data: bytes, what: str, *, file: str = "") -> dict[str, Any]:
    prefix = f"{file}: " if file else ""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"{prefix}the {what} is not UTF-8 text", "not-text", file=file) from exc
    except json.JSONDecodeError as exc:
        raise ImportRefused(f"{prefix}the {what} is not valid JSON (line {exc.lineno}, column {exc.colno})",
                            "not-json", file=file, line=exc.lineno) from exc
    except RecursionError as exc:  # thousands of nested brackets
        raise ImportRefused(f"{prefix}the {what} is not valid JSON (nested too deeply)", "not-json",
                            file=file) from exc
    if not isinstance(document, dict):
        raise ImportRefused(f"{prefix}the {what} must be a JSON object", "wrong-format", file=file)
    return document


def list_of_objects(document: dict[str, Any], key: str, *, required: bool, file: str = "") -> list[dict[str, Any]]:
    if key not in document and not required:
        return []
    value = document.get(key)
    if not isinstance(value, list):
        raise ImportRefused(f"\"{key}\" must be a list", "wrong-format", file=file, field=key)
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise ImportRefused(f"\"{key}\" item {number} must be an object", "wrong-format", file=file,
                                field=key, entry=number if key == "entries" else None)
    return value
