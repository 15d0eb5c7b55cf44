"""Day One's JSON export: the zip Day One writes (``Journal.json``, or one ``<name>.json`` per
journal, beside ``photos/``, ``videos/``... folders), or the JSON file taken out of it.

The shape read (Day One export format, "metadata" version 1.0)::

    {"metadata": {"version": "1.0"},
     "entries": [{
        "uuid": "5F8A1C2E9B3D4E7FA1B2C3D4E5F6A7B8",   // 32 hex digits: kept as the entry's identity
        "creationDate": "2023-01-15T08:30:00Z",        // UTC
        "modifiedDate": "2023-01-15T09:02:11Z",        // UTC, optional
        "timeZone": "Europe/Brussels",                 // IANA name, optional
        "text": "# Title\\n\\nBody in Markdown",         // optional (an entry may hold only a photo)
        "tags": ["travail"], "starred": true,          // optional
        "photos": [{...}], "videos": [...], "audios": [...], "pdfAttachments": [...],
        "location": {...}, "weather": {...},           // optional, not imported
        "richText": "...", "isPinned": false, ...      // other keys: ignored
     }]}

What becomes of it:

- the entry happened at ``creationDate`` shown in ``timeZone`` (the offset that zone had at that
  moment, summer time included); without a ``timeZone``, in this computer's time zone;
- the title is the text's first line when it is a heading (``# ...``); the body is the rest;
- Day One escapes punctuation in its Markdown (``3\\.5``, ``e\\-mail``, ``Super\\!``): the escapes
  are removed where they change nothing in Markdown, kept where they do (``\\*``, ``\\_``, and
  ``\\#``, ``\\-``, ``1\\.`` at the start of a line, which would otherwise start a heading or a list);
- an all-day entry (``isAllDay``) happened at noon of its day, like a Markdown note with a date
  and no time: Day One stores it at midnight, which would count as off-hours;
- ``starred`` becomes the tag "starred" (as for jrnl: Carnet's flags mean something else);
- photos, videos, audio recordings and PDF attachments are not imported: their references
  (``![](dayone-moment://...)``) leave the text, and the preview counts them; so are
  places and weather; an entry left with neither title nor text is not imported either;
- ``uuid`` becomes the entry's identity, so importing the same export again adds nothing.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from datetime import UTC, datetime, time, tzinfo
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal_app.core.entries import EntryRecord
from journal_app.core.formats.common import (
    UUID_HINT,
    Fields,
    ImportBatch,
    ImportRefused,
    SourceUnreadable,
    checked,
    left_out_counts,
    refuse_duplicates,
    list_of_objects,
    load_json_object,
    uuid_hex,
)

FORMAT = "dayone"
STARRED_TAG = "starred"
MEDIA_KEYS = (("photos", "photos"), ("videos", "videos"), ("audios", "audios"), ("pdfAttachments", "documents"))
MEDIA_FOLDERS = {"photos", "videos", "audios", "pdfs", "__macosx"}
MAX_JSON_BYTES = 512 * 1024 * 1024  # a guard against a zip that would inflate without end

# ![](dayone-moment://ID) for a photo; ![](dayone-moment:/video/ID), /audio/, /pdfAttachment/.
_MEDIA_REFERENCE = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:(?://|/[A-Za-z]+/)[^)\s]*\)[ \t]*\n?")
_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_KEPT_ANYWHERE = set("\\*_`<")  # emphasis, code and HTML: the escape still matters
_KEPT_AT_LINE_START = set(">=")  # would start a quote, underline a heading
_MARKERS = set("#-+")  # followed by a space at the start of a line: a heading, a list
_ORDERED_LIST_START = re.compile(r"[ \t]*\d+$")


def read_dayone_zip(path: Path) -> ImportBatch:
    """Every journal (``*.json``) in a Day One export zip, as one batch."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ImportRefused("the file is not a valid zip archive", "not-zip", file=path.name) from exc
    except OSError as exc:
        raise SourceUnreadable(f"{path} could not be read ({exc.strerror or exc})") from exc
    with archive:
        members = sorted((info for info in archive.infolist() if _is_journal_member(info)),
                         key=lambda info: info.filename)
        if not members:
            raise ImportRefused("the zip holds no Day One journal (no .json file)", "no-journal-in-zip",
                                file=path.name)
        documents = []
        for info in members:
            if info.file_size > MAX_JSON_BYTES:
                raise ImportRefused(f"{info.filename} is too large to import", "too-large", file=info.filename)
            try:
                documents.append((info.filename, archive.read(info)))
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError) as exc:
                # RuntimeError: a password-protected zip; NotImplementedError: an unknown compression.
                raise ImportRefused(f"{info.filename} could not be taken out of the zip ({exc})", "not-zip",
                                    file=info.filename) from exc
    batches = [read_dayone_json(data, file=name) for name, data in documents]
    entries = tuple(entry for batch in batches for entry in batch.entries)
    refuse_duplicates([entry.uuid for entry in entries], "Day One entry (uuid)")
    left_out: Counter[str] = Counter()
    for batch in batches:
        left_out.update(dict(batch.left_out))
    return ImportBatch(entries=_chronological(entries), left_out=left_out_counts(left_out), source_format=FORMAT)


def read_dayone_json(data: bytes, *, file: str = "") -> ImportBatch:
    """One Day One journal (the JSON inside the export zip). Raises ImportRefused naming the
    entry and field at fault."""
    document = load_json_object(data, "Day One export", file=file)
    if "entries" not in document:
        raise ImportRefused("this is not a Day One export (no \"entries\" list)", "wrong-format", file=file)
    items = list_of_objects(document, "entries", required=True, file=file)
    prefix = f"{file}: " if file else ""
    left_out: Counter[str] = Counter()
    entries = []
    for number, item in enumerate(items, start=1):
        fields = Fields(item, f"{prefix}entry {number}", entry=number, file=file)
        record = _entry(fields, left_out)
        if record.title or record.body:
            entries.append(record)
        else:
            left_out["empty_entries"] += 1
    refuse_duplicates([entry.uuid for entry in entries], "Day One entry (uuid)")
    return ImportBatch(entries=_chronological(entries), left_out=left_out_counts(left_out), source_format=FORMAT)


def looks_like_dayone(document: dict[str, Any]) -> bool:
    entries = document.get("entries")
    first = entries[0] if isinstance(entries, list) and entries else None
    return isinstance(first, dict) and "creationDate" in first or (
        isinstance(document.get("metadata"), dict) and isinstance(entries, list))


def unescape_markdown(text: str) -> str:
    """Remove Day One's backslash escapes where Markdown does not need them."""

    def replace(match: re.Match[str]) -> str:
        character = match.group(1)
        if character in _KEPT_ANYWHERE:
            return match.group(0)
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start:match.start()]
        after = text[match.end():match.end() + 1]
        marker = after in ("", " ", "\t", "\n")  # "- x" starts a list, "-5" does not
        if not before.strip() and (character in _KEPT_AT_LINE_START or character in _MARKERS and marker):
            return match.group(0)
        if character in ".)" and marker and _ORDERED_LIST_START.fullmatch(before):
            return match.group(0)  # "1\. " would become an ordered list, "3\.5" would not
        return character

    return _ESCAPE.sub(replace, text)


def split_heading(text: str) -> tuple[str, str]:
    """(title, body): the title is the first line when it is a Markdown heading."""
    text = text.replace("\r\n", "\n").strip("\n")
    first, _, rest = text.partition("\n")
    heading = _HEADING.fullmatch(first)
    if heading is None:
        return "", text.rstrip()
    return heading.group(1), rest.strip("\n").rstrip()


# ----- internals


def _entry(fields: Fields, left_out: Counter[str]) -> EntryRecord:
    identity = fields.parsed("uuid", uuid_hex, UUID_HINT, required=True)
    created = fields.parsed("creationDate", _utc_datetime, "a date-time like 2023-01-15T08:30:00Z", required=True)
    modified = fields.parsed("modifiedDate", _utc_datetime, "a date-time like 2023-01-15T08:30:00Z")
    zone = fields.parsed("timeZone", _zone, "a time zone name like Europe/Brussels")
    text = fields.text("text")
    tags = list(fields.text_list("tags"))
    if fields.boolean("starred"):
        tags.append(STARRED_TAG)
    for key, kind in MEDIA_KEYS:
        value = fields.raw(key)
        if value is None:
            continue
        if not isinstance(value, list):
            raise fields.wrong(key, "a list")
        left_out[kind] += len(value)
    for key, kind in (("location", "locations"), ("weather", "weather")):
        if fields.raw(key):
            left_out[kind] += 1
    without_media, removed = _MEDIA_REFERENCE.subn("", text)
    if removed:  # the blank lines around a removed photo would pile up
        without_media = re.sub(r"\n{3,}", "\n\n", without_media)
    title, body = split_heading(unescape_markdown(without_media))
    occurred_at = created.astimezone(zone) if zone is not None else created.astimezone()
    if fields.boolean("isAllDay"):
        noon = datetime.combine(occurred_at.date(), time(12))
        occurred_at = noon.replace(tzinfo=zone) if zone is not None else noon.astimezone()
    return checked(fields, EntryRecord(
        uuid=identity, title=title, body=body, occurred_at=occurred_at, tags=tuple(tags),
        created_at=created, updated_at=max(modified or created, created),
    ))


def _utc_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    # Day One writes UTC with a "Z"; a date-time without an offset is read as UTC too.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def _is_journal_member(info: zipfile.ZipInfo) -> bool:
    if info.is_dir():
        return False
    parts = PurePosixPath(info.filename).parts
    return (parts[-1].lower().endswith(".json") and not parts[-1].startswith(".") and len(parts) <= 2
            and not any(part.lower() in MEDIA_FOLDERS for part in parts[:-1]))


def _chronological(entries: list[EntryRecord] | tuple[EntryRecord, ...]) -> tuple[EntryRecord, ...]:
    # Oldest first, so entries at the same minute keep a stable order once imported.
    return tuple(sorted(entries, key=lambda entry: entry.occurred_at or entry.created_at))
