"""A folder of Markdown notes, in and out: one file per entry, with optional YAML front matter.

Reading (``read_markdown``): every note (``.md``, ``.markdown``, ``.mkdn``, ``.mdown``, ``.txt``)
and document (``.docx``, ``.odt``: see ``documents``) under the folder chosen, sub-folders included
(hidden ones, like ``.obsidian/`` or ``.trash/``, are skipped; notes in a ``Templates/`` folder are
counted as templates, not read), or one such file. Other files are counted: attachments (images,
PDFs, sounds) and other files. For each note:

- the front matter, when the file starts with a ``---`` line (trailing spaces allowed), runs to
  the next ``---`` (or ``...``) line and is read with ``yaml.safe_load``; when it starts with
  ``+++`` (Hugo), it runs to the next ``+++`` and is read as TOML. Keys (any case): ``title``;
  ``date`` (or ``created``); ``tags`` and ``persons`` as a list or a comma-separated text (a
  leading "#" is dropped from tags); and, as Carnet writes them, ``kind``, ``channel``,
  ``duration_minutes``, ``emotional_weight``, ``flags`` (a list of ``off_hours``,
  ``out_of_frame``, ``private``, ``for_supervision``), ``off_hours_by_hand``, ``uuid``,
  ``created_at``, ``updated_at``. Other keys are kept at the end of the text, under a
  ``**Properties**`` line, one ``- key: value`` line each (the preview counts them);
- inline ``#tags`` (not in code, links, URLs nor headings; not only digits) become tags too;
  wikilinks ``[[note]]`` and ``[[note|text]]`` become their text; an embedded attachment
  ``![[photo.png]]`` leaves the text;
- the date is the front matter's (ISO, or written "3 mars 2025"), else the one the file name
  starts with (``2024-03-05 ...md``, ``2017-2-5-...md``, ``2024-03-05-1430-...md``). A ``.txt``
  file or a document with dated sections gives one entry per section (``documents``). A note
  without any date is an "undated" problem: ``ImportOptions.undated`` dates it by the day its
  file was modified (or created, where the system records it), or leaves it out. A date
  without a time is taken at noon, local time (noon keeps the day right whatever the offset,
  and does not count as off-hours); a time without a UTC offset is local time;
- a file that cannot be read (front matter that is not valid YAML or TOML, a field Carnet does
  not accept, not UTF-8, too large, a damaged or encrypted document) is an "unreadable"
  problem: listed, with its reason, and left out only when ``ImportOptions.skip_unreadable``
  says the person agreed (``ImportBatch.needs_consent``); the folder is never refused for it;
- the title is the front matter's; else the first line when it is a heading (``# ...``);
  else the file name without its date. A heading repeating the front matter's title is
  dropped from the body (Carnet's own export writes one, for people reading the files);
- an entry without a ``uuid`` gets one derived from its date, title and text (an undated
  note's, from its title and text only: a copy changes the file's date), so importing the
  same notes again adds nothing (an edited note comes in as a new entry);
- flags, when ``flags`` is absent, are all unset, and "off-hours" is worked out from the
  working hours, as for an entry written in Carnet.

A file with neither title nor text is left out and counted.

Writing (``write_markdown_folder``): one file per entry, named
``YYYY-MM-DD-HHMM-title-slug.md`` (the slug in plain ASCII letters and digits), in a folder
that must be new or empty. All or nothing: the files are written, owner-only, into a hidden
folder beside it, flushed to disk in one batch, and that folder then takes the name chosen.
Each looks like::

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

import functools
import os
import re
import shutil
import sys
import tempfile
import tomllib
import unicodedata
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
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
    ImportOptions,
    ImportRefused,
    SourceProblem,
    SourceUnreadable,
    aware_datetime,
    checked,
    content_uuid,
    left_out_counts,
    refuse_duplicates,
    uuid_hex,
)
from journal_app.core.formats.dayone import split_heading
from journal_app.core.formats.documents import DOCUMENT_SUFFIXES, dated_sections, document_markdown, written_date
from journal_app.core.models import utc_now

# libyaml's safe dumper and loader when PyYAML has them (same output, ~5x faster on a
# whole-journal export), else the pure-Python ones.
_SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FORMAT = "markdown"
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mkdn", ".mdown")
SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt")
ATTACHMENT_SUFFIXES = frozenset((".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".heic", ".bmp", ".tif",
                                 ".tiff", ".pdf", ".mp3", ".m4a", ".wav", ".ogg", ".mp4", ".mov", ".webm"))
TEMPLATE_FOLDERS = frozenset(("templates", "template", "_templates", "modèles", "sjablonen"))
# Front matter keys Carnet reads into an entry's fields; the others are kept in its text.
_KNOWN_KEYS = frozenset(("title", "date", "created", "tags", "persons", "kind", "channel", "duration_minutes",
                         "emotional_weight", "flags", "off_hours_by_hand", "uuid", "created_at", "updated_at"))
PROPERTIES_HEADING = "**Properties**"
MAX_FILES = 20_000  # a folder with more is not a folder of notes (the home folder chosen by mistake?)
MAX_FILE_BYTES = 10 * 1024 * 1024
NOON = time(12, 0)
LISTED_FILES = 10  # files named in a message; the rest are counted
# Entries without a uuid get one derived from their content (see common.content_uuid).
_NAMESPACE = uuid_module.UUID("0d3f6f0e-5b0a-4c55-8c8e-2a6b1e4f9a17")
_FRONT_MATTER_START = re.compile(r"(---|\+\+\+)[ \t]*(?:\n|$)")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_TOML_END = re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE)
_CODE = re.compile(r"(```.*?(?:```|$)|~~~.*?(?:~~~|$)|`[^`\n]+`)", re.DOTALL)
_WIKILINK = re.compile(r"!?\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]")
# Obsidian's tags: "#" then letters, digits, _ - /, at least one of them not a digit ("#1" is a number);
# not after a letter, "/" or "&" (a URL's #anchor, an HTML entity), nor "](" (a link to an #anchor).
_INLINE_TAG = re.compile(r"(?<![\w/&#\[])(?<!\]\()#((?=[\w/-]*[^\W\d])[\w/-]+)")
# Latin letters Unicode does not decompose into a letter and an accent ("cœur", not "cur").
_NO_DECOMPOSITION = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O",
                                   "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})
# 2024-03-05, or as Jekyll allows 2017-2-5, then maybe a time: 2024-03-05-1430, 2024-03-05 14h30.
_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)(?:[-_ T](\d{2})[-:hH.]?(\d{2})(?!\d))?")


# ----- reading


def read_markdown(path: Path, options: ImportOptions = ImportOptions(), source_format: str = FORMAT) -> ImportBatch:
    """The notes and documents of a folder (or one file). A file that cannot be read, or a note
    without a date, does not stop the reading: it is a problem of the batch (see the module's
    docstring). Raises ImportRefused only for the folder as a whole."""
    if options.undated == "created" and not CREATION_TIME_KNOWN:
        raise ImportRefused("this system does not record when a file was created: choose the modification "
                            "date, or leave undated notes out", "no-creation-time")
    left_out: Counter[str] = Counter()
    if path.is_file():
        files, root = [path], path.parent
    else:
        root = path
        files = _sources_in(path, left_out)
        if not files:
            raise ImportRefused("the folder holds no notes nor documents (.md, .txt, .docx, .odt)", "no-notes",
                                file=path.name)
    seen: Counter[str] = Counter()
    entries: list[EntryRecord] = []
    problems: list[SourceProblem] = []
    for file in files:
        name = file.relative_to(root).as_posix()
        try:
            records, kept_keys = _read_file(file, name, seen, left_out)
        except (ImportRefused, SourceUnreadable) as exc:
            if path.is_file():
                raise  # one file chosen alone: nothing else to import, so its problem is the answer
            problems.append(SourceProblem("unreadable", name, reason=exc.reason, message=str(exc),
                                          line=getattr(exc, "line", None), field=getattr(exc, "field", "")))
            left_out["unreadable_files"] += 1
            continue
        if kept_keys:
            problems.append(SourceProblem("properties", name, keys=kept_keys))
        for record in records:
            if record.occurred_at is None:
                problems.append(SourceProblem("undated", name))
                if options.undated == "skip":
                    left_out["undated_files"] += 1
                    continue
                try:
                    record = replace(record, occurred_at=_file_day(file, options.undated))
                except (OSError, ValueError, OverflowError):  # removed meanwhile, or a date no calendar has
                    problems.append(SourceProblem("unreadable", name, reason="unreadable",
                                                  message=f"{name}: its file's date could not be read"))
                    left_out["unreadable_files"] += 1
                    continue
            if record.title or record.body:
                entries.append(record)
            else:
                left_out["empty_entries"] += 1
    refuse_duplicates([entry.uuid for entry in entries], "entry (uuid)")
    entries.sort(key=lambda entry: entry.occurred_at or entry.created_at)
    return ImportBatch(entries=tuple(entries), left_out=left_out_counts(left_out), source_format=source_format,
                       problems=tuple(problems), options=options)


def is_note(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def is_readable(path: Path) -> bool:
    """A note, a plain text or a Word or LibreOffice document."""
    return path.suffix.lower() in SUFFIXES or path.suffix.lower() in DOCUMENT_SUFFIXES


def holds_notes(folder: Path) -> bool:
    """Whether a folder holds Markdown notes (else it is a folder of documents), looking at a
    bounded number of files."""
    for seen, file in enumerate(_walk(folder)):
        if seen > MAX_FILES:
            break
        if file.suffix.lower() in MARKDOWN_SUFFIXES:
            return True
    return False


def _sources_in(folder: Path, left_out: Counter[str]) -> list[Path]:
    notes, seen = [], 0
    for file in _walk(folder):
        seen += 1
        if seen > MAX_FILES:
            raise ImportRefused(f"the folder holds more than {MAX_FILES} files: choose the folder of the notes "
                                "themselves", "too-large", file=folder.name)
        parts = file.relative_to(folder).parts[:-1]
        if not is_readable(file):
            left_out["attachments" if file.suffix.lower() in ATTACHMENT_SUFFIXES else "other_files"] += 1
        elif any(part.lower() in TEMPLATE_FOLDERS for part in parts):
            left_out["templates"] += 1  # "created: {{date}}" is not a note, it makes notes
        else:
            notes.append(file)
    return sorted(notes, key=lambda p: p.relative_to(folder).as_posix())


def _walk(folder: Path) -> Iterator[Path]:
    def failed(error: OSError) -> None:
        raise SourceUnreadable(f"{error.filename or folder} could not be read ({error.strerror or error})")

    if not folder.is_dir():
        raise SourceUnreadable(f"no file or folder at {folder}")
    for current, folders, names in os.walk(folder, onerror=failed):  # symbolic links to folders: not followed
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and not name.startswith("~$"):  # Word's lock files: ~$note.docx
                yield Path(current, name)


def _file_day(file: Path, rule: str) -> datetime:
    """The day a file was modified (or created), at noon local time, like a date-only note:
    a copy or a synchronisation changes the time of day more often than the day."""
    status = file.stat()
    stamp = status.st_mtime if rule == "modified" else _creation_time(status)
    return datetime.combine(datetime.fromtimestamp(stamp).date(), NOON).astimezone()


def _creation_time(status: os.stat_result) -> float:
    birth = getattr(status, "st_birthtime", None)  # macOS, BSD; Windows from Python 3.12
    if birth is not None:
        return float(birth)
    return status.st_ctime  # on Windows (Python 3.11), the creation time


# Where the system records when a file was created (Linux's ctime is the last change of status).
CREATION_TIME_KNOWN = sys.platform in ("win32", "darwin") or hasattr(os.stat_result, "st_birthtime")


def _read_file(file: Path, name: str, seen: Counter[str],
               left_out: Counter[str]) -> tuple[list[EntryRecord], tuple[str, ...]]:
    """The entries a file holds (occurred_at None when it has no date) and the properties kept
    in its text."""
    try:
        return _read_file_entries(file, name, seen, left_out)
    except (ValueError, OverflowError) as exc:  # year 1 or 9999 moved into the local time zone
        if isinstance(exc, ImportRefused):
            raise
        raise ImportRefused(f"{name}: a date is out of range ({exc})", "bad-field", file=name) from exc


def _read_file_entries(file: Path, name: str, seen: Counter[str],
                       left_out: Counter[str]) -> tuple[list[EntryRecord], tuple[str, ...]]:
    suffix = file.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        text, document_left_out = document_markdown(file, name)
        left_out.update(document_left_out)
        return _entries_of(text, {}, file, name, seen, sections=True), ()
    text = _read_text(file, name)
    front, content = _front_matter(text, name)
    fields = Fields(front, name, file=name)
    kept = tuple(key for key in front if key not in _KNOWN_KEYS and not (
        key == "created" and fields.raw("date") is None))
    if kept:
        content = content.rstrip() + "\n\n" + _properties_block(front, kept)
    return _entries_of(content, front, file, name, seen, sections=suffix == ".txt"), kept


def _entries_of(content: str, front: dict[str, Any], file: Path, name: str, seen: Counter[str], *,
                sections: bool) -> list[EntryRecord]:
    fields = Fields(front, name, file=name)
    occurred_at = _occurred_at(fields)
    if sections and occurred_at is None:
        preamble, days = dated_sections(content)
        if days:
            records = []
            for number, day in enumerate(days):
                body = f"{preamble}\n\n{day.body}".strip("\n") if number == 0 and preamble else day.body
                moment = datetime.combine(day.day, day.clock or NOON).astimezone()
                records.append(_record(fields, day.title, body, moment, seen))
            return records
    occurred_at = occurred_at or _date_in_name(file.stem)
    title = _scalar_text(fields, "title")
    if title is None:
        title, body = split_heading(content)
        if not title:
            title = _title_from_name(file.stem)
    else:
        heading, rest = split_heading(content)
        body = rest if heading and heading == " ".join(title.split()) else content.strip("\n").rstrip()
    return [_record(fields, title, body, occurred_at, seen)]


def _record(fields: Fields, title: str, body: str, occurred_at: datetime | None, seen: Counter[str]) -> EntryRecord:
    title, body = without_wikilinks(title), without_wikilinks(body).strip("\n").rstrip()
    has_flags = fields.has("flags")
    flags = set(_names(fields, "flags"))
    unknown = flags - set(FLAG_NAMES)
    if unknown:
        raise fields.wrong("flags", f"a list of {', '.join(FLAG_NAMES)}")
    now = utc_now()
    created_at = _aware(fields, "created_at") or now
    # An undated note's identity leaves its file's date out: copying the folder changes it.
    when = occurred_at.isoformat() if occurred_at is not None else "undated"
    identity = fields.parsed("uuid", uuid_hex, UUID_HINT) or content_uuid(_NAMESPACE, f"{when}\n{title}\n{body}", seen)
    tags = [name.lstrip("#") for name in _names(fields, "tags")]
    tags += [tag for tag in inline_tags(body) if tag not in tags]
    return checked(fields, EntryRecord(
        uuid=identity, title=title, body=body, occurred_at=occurred_at,
        kind=fields.text("kind", default="reflection"), channel=fields.text("channel", default=None),
        duration_minutes=fields.integer("duration_minutes"), emotional_weight=fields.integer("emotional_weight"),
        persons=tuple(_names(fields, "persons")), tags=tuple(tags),
        # Without "flags", off-hours is worked out from the working hours, as for a new entry.
        off_hours=("off_hours" in flags) if has_flags else None,
        off_hours_by_hand=fields.boolean("off_hours_by_hand", default=True),
        out_of_frame="out_of_frame" in flags, private="private" in flags, for_supervision="for_supervision" in flags,
        created_at=created_at, updated_at=_aware(fields, "updated_at") or created_at,
    ))


def _properties_block(front: dict[str, Any], keys: tuple[str, ...]) -> str:
    lines = [PROPERTIES_HEADING]
    for key in keys:
        lines.append(f"- {key}: {_property_text(front[key])}")
    return "\n".join(lines)


def _property_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(_property_text(item) for item in value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_property_text(item)}" for key, item in value.items())
    return " ".join(str(value).split())


def _code_aware(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied to the text outside code (fenced blocks and `inline code`)."""
    parts = _CODE.split(text)
    return "".join(part if index % 2 else change(part) for index, part in enumerate(parts))


def without_wikilinks(text: str) -> str:
    """[[note]] becomes "note", [[note|text]] "text"; an embedded attachment ![[photo.png]] leaves
    the text (the attachment is counted as not imported), an embedded note ![[note]] is named."""
    if "[[" not in text:
        return text

    def replace(found: re.Match[str]) -> str:
        target = found.group(1)
        if found.group(0).startswith("!") and Path(target.split("#")[0]).suffix.lower() in ATTACHMENT_SUFFIXES:
            return ""
        return found.group(2) or target

    return _code_aware(text, lambda part: _WIKILINK.sub(replace, part))


def inline_tags(text: str) -> list[str]:
    """The #tags written in a text (not in code, links, URLs or headings), in order, once."""
    if "#" not in text:
        return []
    outside_code = _CODE.split(text)[::2]
    found = (match.group(1).rstrip("/-") for part in outside_code for match in _INLINE_TAG.finditer(part))
    return list(dict.fromkeys(tag for tag in found if tag))


def _read_text(file: Path, name: str) -> str:
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ImportRefused(f"{name} is too large for a note ({MAX_FILE_BYTES // (1024 * 1024)} MB at most)",
                                "too-large", file=name)
        data = file.read_bytes()
    except OSError as exc:
        raise SourceUnreadable(f"{name} could not be read ({exc.strerror or exc})") from exc
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")  # Windows Notepad's "Unicode"
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if file.suffix.lower() != ".txt":
            raise ImportRefused(f"{name} is not UTF-8 text", "not-text", file=name) from exc
        try:  # a plain text file from an older Windows
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ImportRefused(f"{name} is not UTF-8 text", "not-text", file=name) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """(keys in lower case, the rest of the file): YAML between --- lines, or TOML between +++ lines."""
    opening = _FRONT_MATTER_START.match(text)
    if opening is None:
        return {}, text
    toml = opening.group(1) == "+++"
    end = (_TOML_END if toml else _FRONT_MATTER_END).search(text, opening.end())
    if end is None:
        closing = "+++" if toml else "---"
        raise ImportRefused(f"{name}: the front matter has no closing \"{closing}\" line", "front-matter", file=name)
    block = text[opening.end():end.start()]
    values = _toml_block(block, name) if toml else _yaml_block(block, name)
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise ImportRefused(f"{name}: the front matter must be keys and values (key: value)", "front-matter",
                            file=name, line=2)
    return {str(key).lower(): value for key, value in values.items()}, text[end.end():]


def _yaml_block(block: str, name: str) -> Any:
    try:
        return yaml.load(block, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader
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


def _toml_block(block: str, name: str) -> Any:
    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) + 1 if found else None  # + the opening "+++" line
        where = f" (line {line})" if line is not None else ""
        raise ImportRefused(f"{name}: the front matter is not valid TOML{where}", "front-matter", file=name,
                            line=line) from exc
    except RecursionError as exc:
        raise ImportRefused(f"{name}: the front matter is not valid TOML (nested too deeply)", "front-matter",
                            file=name) from exc


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
        written = written_date(text)  # "3 mars 2025", "03/03/2025 14:30"
        if written is not None and not written[2].strip():
            return datetime.combine(written[0], written[1] or NOON).astimezone()
    raise fields.wrong(key, "a date like 2024-03-05 or a date and time like 2024-03-05 14:30")


def _date_in_name(stem: str) -> datetime | None:
    found = _DATE_IN_NAME.match(stem)
    if found is None:
        return None
    try:
        day = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None
    try:
        clock = time(int(found.group(4)), int(found.group(5))) if found.group(4) else NOON
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
    """A list of names, or a comma-separated text (empty items, as "- " in YAML, skipped)."""
    value = fields.raw(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(item is None or isinstance(item, (str, int)) and not isinstance(
            item, bool) for item in value):
        raise fields.wrong(key, "a list of names or names separated by commas")
    return [str(item).strip() for item in value if item is not None and str(item).strip()]


def _aware(fields: Fields, key: str) -> datetime | None:
    value = fields.raw(key)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise fields.wrong(key, DATETIME_HINT)
        return value
    return fields.parsed(key, aware_datetime, DATETIME_HINT)  # type: ignore[no-any-return]


# ----- writing


def write_markdown_folder(records: Sequence[EntryRecord], folder: Path,
                          progress: Callable[[int, int], None] | None = None) -> int:
    """Write one file per entry into ``folder`` (created; if it exists, it must be empty).
    NOT encrypted. Returns the number of files written. ``progress(done, total)`` is called as
    files are written.

    All or nothing: the files go into a hidden folder beside ``folder``, are flushed to disk in
    one batch (one fsync per file cost ~1 ms each, a minute at 50,000 entries), and that folder
    then takes ``folder``'s name; on any failure it is removed and ``folder`` left as it was."""
    existed = _prepare(folder)
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".partial", dir=folder.parent))  # 0700
    except OSError as exc:
        raise vaultfile._storage_error(exc) from exc  # noqa: SLF001 - the same messages
    try:
        taken: set[str] = set()
        total = len(records)
        place, flags = str(staging), os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        for done, record in enumerate(records, 1):
            descriptor = os.open(os.path.join(place, _free_name(file_name(record), taken)), flags, 0o600)
            with open(descriptor, "wb") as handle:
                vaultfile._write_all(handle, note_text(record).encode("utf-8"))  # noqa: SLF001 - its fault hook
            if progress is not None:
                progress(done, total)
        _flush_files(staging)
        if existed:
            folder.rmdir()  # empty (checked): rename cannot replace a folder everywhere
        os.rename(staging, folder)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if existed and not folder.exists():
            folder.mkdir(mode=0o700)  # the empty folder chosen, as it was
        if isinstance(exc, OSError):
            raise vaultfile._storage_error(exc) from exc  # noqa: SLF001 - the same messages
        raise
    vaultfile.fsync_folder(folder.parent)
    return len(records)


def _flush_files(staging: Path) -> None:
    """Every file of ``staging`` on disk before it takes its final name: one ``sync`` for the
    batch, then the folder itself; where there is no ``os.sync`` (Windows), one fsync per file."""
    if hasattr(os, "sync"):
        os.sync()
        vaultfile.fsync_folder(staging)
        return
    for path in staging.iterdir():
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())


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
    header = front_matter(record)
    parts = [f"---\n{header}---\n"]
    heading = " ".join(record.title.split())
    if heading:
        parts.append(f"# {heading}\n")
    if record.body:
        parts.append(f"{record.body}\n")
    return "\n".join(parts)


def front_matter(record: EntryRecord) -> str:
    """The YAML front matter of an entry's file, without its ``---`` lines: the bytes
    ``yaml.dump`` writes (libyaml's safe dumper, flow lists, unicode as is), written directly
    when every text in it is one ``_yaml_text`` handles (the common case: 5-10 times faster
    than PyYAML's representer at 50,000 entries), else by yaml itself."""
    fast = _front_matter_directly(record)
    return fast if fast is not None else _front_matter_by_yaml(record)


def _front_matter_fields(record: EntryRecord) -> dict[str, Any]:
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
    front["flags"] = [name for name in FLAG_NAMES if getattr(record, name)]
    if not record.off_hours_by_hand:
        front["off_hours_by_hand"] = False
    if record.emotional_weight is not None:
        front["emotional_weight"] = record.emotional_weight
    front["uuid"] = record.uuid
    front["created_at"] = record.created_at.isoformat()
    front["updated_at"] = record.updated_at.isoformat()
    return front


def _front_matter_by_yaml(record: EntryRecord) -> str:
    return yaml.dump(_front_matter_fields(record), Dumper=_SAFE_DUMPER, allow_unicode=True, sort_keys=False,
                     default_flow_style=None, width=_YAML_WIDTH)


def _front_matter_directly(record: EntryRecord) -> str | None:
    """``_front_matter_by_yaml``'s text, key by key, or None when a text needs yaml."""
    assert record.occurred_at is not None
    text, name, moment_text = _yaml_text, _yaml_name, _yaml_moment
    title, moment, kind = text(record.title, False), moment_text(record.occurred_at), name(record.kind)
    if title is None or moment is None or kind is None:
        return None
    lines = [f"title: {title}\ndate: {moment}\nkind: {kind}\n"]
    if record.channel is not None:
        channel = name(record.channel)
        if channel is None:
            return None
        lines.append(f"channel: {channel}\n")
    if record.duration_minutes is not None:
        lines.append(f"duration_minutes: {int(record.duration_minutes)}\n")
    for key, names in (("persons", record.persons), ("tags", record.tags)):
        if names:
            items = [name(item, True) for item in names]
            if None in items:
                return None
            lines.append(f"{key}: [{', '.join(items)}]\n")  # type: ignore[arg-type]
    lines.append(f"flags: [{', '.join(flag for flag in FLAG_NAMES if getattr(record, flag))}]\n")  # plain words
    if not record.off_hours_by_hand:
        lines.append("off_hours_by_hand: false\n")
    if record.emotional_weight is not None:
        lines.append(f"emotional_weight: {int(record.emotional_weight)}\n")
    uuid, created, updated = text(record.uuid, False), moment_text(record.created_at), moment_text(record.updated_at)
    if uuid is None or created is None or updated is None:
        return None
    lines.append(f"uuid: {uuid}\ncreated_at: {created}\nupdated_at: {updated}\n")
    header = "".join(lines)
    return header if len(header) <= _DIRECT_LIMIT else None  # long lines: yaml folds past its width


# yaml.dump's line width: long enough that a title or a list of names is never folded.
_YAML_WIDTH = 10_000
# Front matter longer than this is left to yaml, which folds lines past _YAML_WIDTH.
_DIRECT_LIMIT = 2_000
# Texts made only of these are written plain or in single quotes, never escaped in double
# quotes: what libyaml prints as is with unicode allowed (not beyond U+FFFF: it escapes those),
# minus line breaks (also U+2028, U+2029) and tabs.
_QUOTABLE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
# What keeps a text from being a plain scalar (libyaml's analysis): an indicator first
# ("- x", "? x", ": x", "#", "&", "*", "!", "|", ">", quotes, "%", "@", "`", flow brackets), a
# document marker first, ": " or a final ":", " #", a space first or last...
_NOT_PLAIN_IN_BLOCK = re.compile(r"^[#,\[\]{}&*!|>'\"%@`]|^[-?:](?: |$)|^---|^\.\.\.|: |:$| #|^ | $")
# ...and, inside a flow list, also any of , ? [ ] { } : after the first character.
_NOT_PLAIN_IN_FLOW = re.compile(r"^[#,\[\]{}&*!|>'\"%@`?:]|^- |^-$|^---|^\.\.\.|.[,?\[\]{}:]| #|^ | $")


def _yaml_text(text: str, in_list: bool) -> str | None:
    """``text`` as yaml.dump writes it (plain, or single-quoted when plain would be read back
    as something else or is not allowed), or None when it needs more (double quotes, escapes)."""
    if not _QUOTABLE.fullmatch(text):
        return None
    not_plain = _NOT_PLAIN_IN_FLOW if in_list else _NOT_PLAIN_IN_BLOCK
    if text and not not_plain.search(text) and _resolves_to_text(text):
        return text
    return "'" + text.replace("'", "''") + "'"


def _yaml_moment(moment: datetime) -> str | None:
    """A date and time's ISO text as yaml.dump writes it: quoted, as yaml would read it back as
    a timestamp (an offset with seconds, which its timestamps cannot have, goes the long way)."""
    iso = moment.isoformat()
    return f"'{iso}'" if _ISO_MOMENT.fullmatch(iso) else _yaml_text(iso, False)


_ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?[+-]\d\d:\d\d")


@functools.lru_cache(maxsize=4096)  # kinds, channels, names and tags come back entry after entry
def _yaml_name(text: str, in_list: bool = False) -> str | None:
    return _yaml_text(text, in_list)


def _resolves_to_text(text: str) -> bool:
    """Whether yaml reads ``text``, unquoted, back as the same text (not null, a boolean, a
    number, a date...): the safe dumper's own implicit resolvers decide."""
    return not any(pattern.match(text) for _tag, pattern in _IMPLICIT_RESOLVERS.get(text[0], ()))


_IMPLICIT_RESOLVERS = yaml.SafeDumper.yaml_implicit_resolvers


def _prepare(folder: Path) -> bool:
    """Whether ``folder`` exists (then empty); refuses a file or a folder that is not empty."""
    if folder.exists():
        if not folder.is_dir():
            raise InvalidInput(f"{folder} is a file: choose a new folder for the export")
        if any(folder.iterdir()):
            raise InvalidInput(f"the folder {folder} is not empty: choose a new folder for the export")
        return True
    if not folder.parent.is_dir():
        raise StorageError(f"the folder {folder.parent} does not exist")
    return False


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
