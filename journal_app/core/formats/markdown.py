"""A folder of Markdown notes, in and out: one file per entry, with optional YAML front matter.

Reading (``read_markdown``): every ``*.md`` and ``*.markdown`` file under the folder chosen,
sub-folders included (hidden ones, like ``.obsidian/`` or ``.trash/``, are skipped), or one such
file. For each file:

- the front matter, when the file starts with a ``---`` line, runs to the next ``---`` (or
  ``...``) line and is read with ``yaml.safe_load``. Keys (any case): ``title``; ``date`` (or
  ``created``); ``tags`` and ``persons`` as a list or a comma-separated text (a leading "#" is
  dropped from tags); and, as Carnet writes them, ``kind``, ``channel``, ``duration_minutes``,
  ``emotional_weight``, ``flags`` (a list of ``off_hours``, ``out_of_frame``, ``private``,
  ``for_supervision``), ``off_hours_by_hand``, ``uuid``, ``created_at``, ``updated_at``. Other
  keys are ignored;
- the date is the front matter's, else the one the file name starts with (``2024-03-05 ...md``,
  ``2024-03-05-1430-...md``). A file's modification time is never used: copies and
  synchronisation change it. A date without a time is taken at noon, local time (noon keeps
  the day right whatever the offset); a time without a UTC offset is local time. When files
  have no date at all, the import is refused and the message lists them;
- the title is the front matter's; else the first line when it is a heading (``# ...``);
  else the file name without its date. A heading repeating the front matter's title is
  dropped from the body (Carnet's own export writes one, for people reading the files);
- an entry without a ``uuid`` gets one derived from its date, title and text, so importing
  the same notes again adds nothing (an edited note comes in as a new entry);
- flags, when ``flags`` is absent, are all unset, and "off-hours" is worked out from the
  working hours, as for an entry written in Carnet.

Files that are not Markdown are counted in the preview ("other files, not imported"); a file
with neither title nor text is left out and counted as well.

Writing (``write_markdown_folder``): one file per entry, named
``YYYY-MM-DD-HHMM-title-slug.md`` (the slug in plain ASCII letters and digits), in a folder
that must be new or empty. Each file is written atomically (a temporary file beside it,
then renamed), owner-only, and looks like::

    ---
    title: Visite à domicile
    date: '2024-03-01T14:30:05.123456+01:00'
    kind: contact
    channel: home_visit
    duration_minutes: 45
    persons: [Bruno, Madame L.]
    tags: [logement, réseau]
    flags: [off_hours, private, for_supervision]
    emotional_weight: 7
    uuid: 3b8e0c5d4f1a4b2c9d8e7f6a5b4c3d2e
    created_at: '2024-03-01T13:52:10.114000+00:00'
    updated_at: '2024-03-01T13:52:10.114000+00:00'
    ---

    # Visite à domicile

    The entry's text, as written (Markdown).

``channel``, ``duration_minutes`` and ``emotional_weight`` appear when set; ``off_hours_by_hand:
false`` appears when "off-hours" follows the working hours. Reading these files back gives the
same entries, except for what the format cannot hold: blank lines and spaces at the very start
and end of the text, and the notes about persons (the JSON export keeps everything).
"""

from __future__ import annotations

import os
import re
import unicodedata
import uuid as uuid_module
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import yaml

from journal_app.core import vaultfile
from journal_app.core.entries import FLAG_NAMES, EntryRecord
from journal_app.core.errors import InvalidInput, StorageError
from journal_app.core.formats.common import (
    DATETIME_HINT,
    UUID_HINT,
    Fields,
    ImportBatch,
    ImportRefused,
    SourceUnreadable,
    aware_datetime,
    checked,
    content_uuid,
    left_out_counts,
    refuse_duplicates,
    uuid_hex,
)
from journal_app.core.formats.dayone import split_heading
from journal_app.core.models import utc_now

# libyaml's safe dumper and loader when PyYAML has them (same output, ~5x faster on a
# whole-journal export), else the pure-Python ones.
_SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FORMAT = "markdown"
SUFFIXES = (".md", ".markdown")
MAX_FILES = 20_000  # a folder with more is not a folder of notes (the home folder chosen by mistake?)
MAX_FILE_BYTES = 10 * 1024 * 1024
NOON = time(12, 0)
LISTED_FILES = 10  # files named in a message; the rest are counted
# Entries without a uuid get one derived from their content (see common.content_uuid).
_NAMESPACE = uuid_module.UUID("0d3f6f0e-5b0a-4c55-8c8e-2a6b1e4f9a17")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
# Latin letters Unicode does not decompose into a letter and an accent ("cœur", not "cur").
_NO_DECOMPOSITION = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O",
                                   "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[-_ T](\d{2})[-:hH.]?(\d{2})(?!\d))?")


# ----- reading


def read_markdown(path: Path) -> ImportBatch:
    """The notes of a folder (or one note). Raises ImportRefused before anything is imported."""
    if path.is_file():
        files, others = [path], 0
        root = path.parent
    else:
        root = path
        files, others = _notes_in(path)
        if not files:
            raise ImportRefused("the folder holds no Markdown file (.md or .markdown)", "no-notes", file=path.name)
    left_out: Counter[str] = Counter(other_files=others)
    seen: Counter[str] = Counter()
    entries: list[EntryRecord] = []
    undated: list[str] = []
    for file in files:
        name = file.relative_to(root).as_posix()
        record = _read_note(file, name, seen)
        if record is None:
            undated.append(name)
        elif record.title or record.body:
            entries.append(record)
        else:
            left_out["empty_entries"] += 1
    if undated:
        listed = ", ".join(undated[:LISTED_FILES])
        more = f" and {len(undated) - LISTED_FILES} more" if len(undated) > LISTED_FILES else ""
        raise ImportRefused(f"{len(undated)} file(s) have no date in their front matter nor at the start of "
                            f"their name (like 2024-03-05): {listed}{more}", "no-date", files=tuple(undated))
    refuse_duplicates([entry.uuid for entry in entries], "entry (uuid)")
    entries.sort(key=lambda entry: entry.occurred_at or entry.created_at)
    return ImportBatch(entries=tuple(entries), left_out=left_out_counts(left_out), source_format=FORMAT)


def is_note(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _notes_in(folder: Path) -> tuple[list[Path], int]:
    notes, others, seen = [], 0, 0
    for file in _walk(folder):
        seen += 1
        if seen > MAX_FILES:
            raise ImportRefused(f"the folder holds more than {MAX_FILES} files: choose the folder of the notes "
                                "themselves", "too-large", file=folder.name)
        if is_note(file):
            notes.append(file)
        else:
            others += 1
    return sorted(notes, key=lambda p: p.relative_to(folder).as_posix()), others


def _walk(folder: Path) -> Iterator[Path]:
    def failed(error: OSError) -> None:
        raise SourceUnreadable(f"{error.filename or folder} could not be read ({error.strerror or error})")

    if not folder.is_dir():
        raise SourceUnreadable(f"no file or folder at {folder}")
    for current, folders, names in os.walk(folder, onerror=failed):  # symbolic links to folders: not followed
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(current, name)


def _read_note(file: Path, name: str, seen: Counter[str]) -> EntryRecord | None:
    """The entry a note holds, or None when it has no date."""
    text = _read_text(file, name)
    front, content = _front_matter(text, name)
    fields = Fields(front, name, file=name)
    occurred_at = _occurred_at(fields) or _date_in_name(file.stem)
    if occurred_at is None:
        return None
    title = _scalar_text(fields, "title")
    if title is None:
        title, body = split_heading(content)
        if not title:
            title = _title_from_name(file.stem)
    else:
        heading, rest = split_heading(content)
        body = rest if heading and heading == " ".join(title.split()) else content.strip("\n").rstrip()
    has_flags = fields.has("flags")
    flags = set(_names(fields, "flags"))
    unknown = flags - set(FLAG_NAMES)
    if unknown:
        raise fields.wrong("flags", f"a list of {', '.join(FLAG_NAMES)}")
    now = utc_now()
    created_at = _aware(fields, "created_at") or now
    identity = fields.parsed("uuid", uuid_hex, UUID_HINT) or content_uuid(
        _NAMESPACE, f"{occurred_at.isoformat()}\n{title}\n{body}", seen)
    return checked(fields, EntryRecord(
        uuid=identity, title=title, body=body, occurred_at=occurred_at,
        kind=fields.text("kind", default="reflection"), channel=fields.text("channel", default=None),
        duration_minutes=fields.integer("duration_minutes"), emotional_weight=fields.integer("emotional_weight"),
        persons=tuple(_names(fields, "persons")), tags=tuple(name.lstrip("#") for name in _names(fields, "tags")),
        # Without "flags", off-hours is worked out from the working hours, as for a new entry.
        off_hours=("off_hours" in flags) if has_flags else None,
        off_hours_by_hand=fields.boolean("off_hours_by_hand", default=True),
        out_of_frame="out_of_frame" in flags, private="private" in flags, for_supervision="for_supervision" in flags,
        created_at=created_at, updated_at=_aware(fields, "updated_at") or created_at,
    ))


def _read_text(file: Path, name: str) -> str:
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ImportRefused(f"{name} is too large for a note ({MAX_FILE_BYTES // (1024 * 1024)} MB at most)",
                                "too-large", file=name)
        data = file.read_bytes()
    except OSError as exc:
        raise SourceUnreadable(f"{name} could not be read ({exc.strerror or exc})") from exc
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"{name} is not UTF-8 text", "not-text", file=name) from exc


def _front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """(keys in lower case, the rest of the file)."""
    if not text.startswith("---\n") and text.rstrip(" \t") != "---":
        return {}, text
    end = _FRONT_MATTER_END.search(text, 4)
    if end is None:
        raise ImportRefused(f"{name}: the front matter has no closing \"---\" line", "front-matter", file=name)
    block = text[4:end.start()]
    try:
        values = yaml.load(block, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None  # + the opening "---" line, counted from 1
        where = f" (line {line})" if line is not None else ""
        raise ImportRefused(f"{name}: the front matter is not valid YAML{where}", "front-matter", file=name,
                            line=line) from exc
    except (ValueError, TypeError) as exc:  # a timestamp YAML accepts but the calendar does not (2024-02-30)
        raise ImportRefused(f"{name}: the front matter holds an impossible date or value ({exc})", "front-matter",
                            file=name) from exc
    except RecursionError as exc:
        raise ImportRefused(f"{name}: the front matter is not valid YAML (nested too deeply)", "front-matter",
                            file=name) from exc
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise ImportRefused(f"{name}: the front matter must be keys and values (key: value)", "front-matter",
                            file=name, line=2)
    return {str(key).lower(): value for key, value in values.items()}, text[end.end():]


def _occurred_at(fields: Fields) -> datetime | None:
    key = "date" if fields.raw("date") is not None else "created"
    value = fields.raw(key)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.astimezone()
    if isinstance(value, date):
        return datetime.combine(value, NOON).astimezone()
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return datetime.combine(date.fromisoformat(text), NOON).astimezone()
            moment = datetime.fromisoformat(text)
        except ValueError:
            moment = None
        if moment is not None:
            return moment if moment.tzinfo is not None else moment.astimezone()
    raise fields.wrong(key, "a date like 2024-03-05 or a date and time like 2024-03-05 14:30")


def _date_in_name(stem: str) -> datetime | None:
    found = _DATE_IN_NAME.match(stem)
    if found is None:
        return None
    try:
        day = date.fromisoformat(found.group(1))
    except ValueError:
        return None
    try:
        clock = time(int(found.group(2)), int(found.group(3))) if found.group(2) else NOON
    except ValueError:  # "2024-03-05-9999 dossier": four digits that are not a time
        clock = NOON
    return datetime.combine(day, clock).astimezone()


def _title_from_name(stem: str) -> str:
    found = _DATE_IN_NAME.match(stem)
    title = stem[found.end():] if found else stem
    if " " not in title.strip():
        title = title.replace("-", " ").replace("_", " ")
    return " ".join(title.split())


def _scalar_text(fields: Fields, key: str) -> str | None:
    value = fields.raw(key)
    if not fields.has(key):
        return None
    if value is None:
        return ""
    if isinstance(value, (str, int, float, date)) and not isinstance(value, bool):
        return str(value)
    raise fields.wrong(key, "text")


def _names(fields: Fields, key: str) -> list[str]:
    """A list of names, or a comma-separated text."""
    value = fields.raw(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(item, (str, int)) and not isinstance(item, bool)
                                              for item in value):
        raise fields.wrong(key, "a list of names or names separated by commas")
    return [str(item).strip() for item in value if str(item).strip()]


def _aware(fields: Fields, key: str) -> datetime | None:
    value = fields.raw(key)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise fields.wrong(key, DATETIME_HINT)
        return value
    return fields.parsed(key, aware_datetime, DATETIME_HINT)  # type: ignore[no-any-return]


# ----- writing


def write_markdown_folder(records: Sequence[EntryRecord], folder: Path) -> int:
    """Write one file per entry into ``folder`` (created; if it exists, it must be empty).
    NOT encrypted. Returns the number of files written."""
    _prepare(folder)
    taken: set[str] = set()
    for record in records:
        name = _free_name(file_name(record), taken)
        vaultfile.write_atomically(folder / name, note_text(record).encode("utf-8"))  # owner-only
    return len(records)


def file_name(record: EntryRecord) -> str:
    assert record.occurred_at is not None
    slug = slugify(record.title)
    stamp = f"{record.occurred_at:%Y-%m-%d-%H%M}"
    return f"{stamp}-{slug}.md" if slug else f"{stamp}.md"


def slugify(text: str, limit: int = 60) -> str:
    """Plain ASCII letters and digits joined by dashes: safe on every file system."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug.strip("-")


def note_text(record: EntryRecord) -> str:
    assert record.occurred_at is not None
    front: dict[str, Any] = {"title": record.title, "date": record.occurred_at.isoformat(), "kind": record.kind}
    if record.channel is not None:
        front["channel"] = record.channel
    if record.duration_minutes is not None:
        front["duration_minutes"] = record.duration_minutes
    if record.persons:
        front["persons"] = list(record.persons)
    if record.tags:
        front["tags"] = list(record.tags)
    flags = [name for name in FLAG_NAMES if getattr(record, name)]
    front["flags"] = flags
    if not record.off_hours_by_hand:
        front["off_hours_by_hand"] = False
    if record.emotional_weight is not None:
        front["emotional_weight"] = record.emotional_weight
    front["uuid"] = record.uuid
    front["created_at"] = record.created_at.isoformat()
    front["updated_at"] = record.updated_at.isoformat()
    header = yaml.dump(front, Dumper=_SAFE_DUMPER, allow_unicode=True, sort_keys=False, default_flow_style=None,
                       width=10_000)
    parts = [f"---\n{header}---\n"]
    heading = " ".join(record.title.split())
    if heading:
        parts.append(f"# {heading}\n")
    if record.body:
        parts.append(f"{record.body}\n")
    return "\n".join(parts)


def _prepare(folder: Path) -> None:
    if folder.exists():
        if not folder.is_dir():
            raise InvalidInput(f"{folder} is a file: choose a new folder for the export")
        if any(folder.iterdir()):
            raise InvalidInput(f"the folder {folder} is not empty: choose a new folder for the export")
        return
    if not folder.parent.is_dir():
        raise StorageError(f"the folder {folder.parent} does not exist")
    try:
        folder.mkdir(mode=0o700)
    except OSError as exc:
        raise StorageError(f"the folder {folder} could not be created ({exc.strerror or exc})") from exc


def _free_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name`` with -2, -3... when an entry at the same minute has the same title.
    Compared without case: Windows and macOS file systems do so."""
    stem, suffix = name[:-3], name[-3:]
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem}-{number}{suffix}"
    taken.add(candidate.casefold())
    return candidate
