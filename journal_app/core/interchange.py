"""Moving entries in and out of a journal: the entry point for every format.

Import: ``read_source(path, format)`` reads and checks a whole source (Carnet's JSON export,
jrnl's JSON export, a Day One export zip or JSON, a folder of Markdown notes or of Word,
LibreOffice and text documents), raising
``ImportRefused`` (naming the entry, file and field at fault, with a reason the desktop app
translates) before the journal is even touched. ``preview(batch, journal)`` says what an
import would do; ``import_batch`` then adds everything in one transaction, skipping entries
the journal already holds (same uuid; sources without identities get one derived from their
content). Day One, Markdown and documents are described in ``journal_app.core.formats``.
A folder's files that cannot be read, and its notes without a date, are listed in the batch
(``ImportBatch.problems``) with what ``ImportOptions`` decides for them: the preview shows
them, and ``import_batch`` refuses while unreadable files have not been accepted as left out.

Export (the only plaintext Carnet writes, where the person chooses): ``write_export`` (this
JSON, lossless), ``write_markdown_export`` (one file per entry), and ``journal_brief`` (a Brief
that ``journal_app.pdf`` lays out as a PDF), for the whole journal or a range of days.

Carnet export format, version 2 (a stable interface: fields may be added within a version,
never removed or changed in meaning; readers ignore keys they do not know). It holds every
record of the journal, so that an export imported into an empty journal gives back the same
journal (``formats/carnet.py`` says how each table becomes a list, and what an export of a
range of days holds)::

    {
      "format": "carnet-export",          // always this string
      "version": 2,                       // integer; a reader refuses a newer version
      "exported_at": "2024-05-02T08:15:03.120000+00:00",
      "range": null | {"since": "2024-03-01" | null, "until": "2024-03-31" | null},
      "settings": [...], "schedules": [...],
      "persons": [                        // every person, with the worker's note
        {"uuid": "9f0c...", "pseudonym": "Madame L.", "note": "...",
         "created_at": "2024-01-03T10:00:00+00:00", "revised_at": ...}
      ],
      "entries": [ ENTRY, ... ],          // oldest first
      "checkins": [...], "dilemma_categories": [...], "dilemmas": [...], "limits": [...],
      "placements": [...], "supervision_sessions": [...], "dilemma_category_links": [...],
      "dilemma_entries": [...], "dilemma_reflections": [...], "dilemma_status_changes": [...],
      "limit_marks": [...], "limit_versions": [...], "placement_hours": [...],
      "placement_objectives": [...], "supervision_agenda": [...], "supervision_session_items": [...],
      "objective_entries": [...]
    }

    ENTRY = {
      "uuid": "3b8e...",                  // 32 lowercase hex digits, stable identity
      "kind": "contact" | "reflection",
      "title": "...", "body": "...",      // body is Markdown
      "occurred_at": "2024-03-01T14:30:00+01:00",  // ISO 8601 with the UTC offset it was written in
      "duration_minutes": 30 | null,
      "channel": "office" | "home_visit" | "street" | "work_phone" | "personal_phone"
                 | "messaging" | "email" | "other" | null,
      "off_hours": false, "off_hours_by_hand": true,  // false: off_hours was worked out from the
                                          // work schedule and follows its changes (absent: true)
      "out_of_frame": false, "private": false, "for_supervision": false,
      "emotional_weight": 0..10 | null,
      "for_supervision_since": "...+00:00" | null,  // when it was marked for supervision
      "created_at": "...+00:00", "updated_at": "...+00:00",  // ISO 8601, UTC
      "search_tags": "réseau", "search_persons": "Madame L. Bruno",  // what the search reads
      "conflict_of": null | "uuid",       // kept as the older version of that entry (merge.py)
      "revised_at": "...+00:00",         // when its content last changed
      "versions": ["...", ...],           // its earlier revisions, keyed (every record has these two)
      "persons": ["Madame L.", ...],      // pseudonyms, sorted
      "tags": ["réseau", ...]             // sorted
    }

On reading, an ENTRY's ``uuid``, ``title``, ``body`` and ``occurred_at`` are required; a
missing optional key takes the value a new entry would have. Date-times always carry a UTC
offset and keep their microseconds. The command line's ``--json`` output uses the same ENTRY
objects without the keys only an export carries (``for_supervision_since``, the search
words, ``conflict_of`` and ``revised_at``).

No hash of a record's content and no trace of a deleted record is exported (see
``formats/carnet.py``): what merging two copies needs stays inside the encrypted journal, or
is keyed with its key ("versions", which only this journal and its copies can match).
Files written before this carry "revision", "revisions" and "tombstones"; they are read.

Version 1 (Carnet before this one) held only "persons" and "entries" (the same objects,
without revisions): it is still read, and imported as before (entries the journal lacks are
added, a person's empty note is filled).

Importing a version 2 export: into a journal that holds nothing yet, every record is copied
as it is. Into a journal that already holds records, the export is merged in as a copy of
the journal would be (``merge.py``): a record the journal lacks is added, a record the
journal changed since the export keeps the journal's version, a record the export holds in
a later version takes it (its "versions" name the journal's), a record the journal deleted
since stays deleted, a version neither knows of the other is kept beside the journal's (an
entry twice, a text after the other; so is any changed record when the export comes from a
journal with another key); and an import never deletes what the journal holds.
Importing the same export again changes nothing. All or nothing, in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import uuid as uuid_module
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.models import utc_now
from journal_app.core import vaultfile
from journal_app.core.briefs import Brief, BriefItem, BriefSection
from journal_app.core.database import Database
from journal_app.core.entries import FLAG_NAMES, EntryFilter, EntryRecord, EntryStore, PersonRecord
from journal_app.core.errors import InvalidInput, Progress
from journal_app.core.formats import carnet, dayone, documents, markdown
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
    list_of_objects,
    load_json_object,
    refuse_duplicates,
    uuid_hex,
)
from journal_app.core.journal import Journal
from journal_app.core.merge import merge_databases
from journal_app.core.pseudonymise import long_date
from journal_app.core.resources import load_toml, pick

__all__ = [
    "FORMATS", "ImportBatch", "ImportOptions", "ImportPreview", "ImportRefused", "ImportResult", "SourceProblem",
    "SourceUnreadable",
    "detect_format", "export_document", "import_batch", "journal_brief", "preview", "read_carnet_export", "read_jrnl_export",
    "read_source", "write_export", "write_markdown_export",
]

FORMAT_NAME = "carnet-export"
FORMAT_VERSION = 2
JRNL_STARRED_TAG = "starred"
# The formats read_source knows, as the command line and the desktop app name them.
FORMATS = ("dayone", "markdown", "documents", "jrnl", "carnet")
# The formats whose problems (unreadable files, undated notes) are listed rather than refused.
FOLDER_FORMATS = ("markdown", "documents")
# Gives jrnl entries (which have no identity) a uuid derived from their content, so that
# importing the same jrnl file twice does not duplicate anything.
_JRNL_NAMESPACE = uuid_module.UUID("6c1d3c1e-8a38-4f5e-9f7a-2f0a1c3e5b7d")
MAX_JSON_BYTES = dayone.MAX_JSON_BYTES


@dataclass(frozen=True)
class ImportResult:
    imported: int  # entries added
    already_present: int  # entries the journal held already
    updated: int = 0  # of those, entries the export held in a newer version (taken; both kept if both changed)
    other_records: int = 0  # records other than entries added or changed (a whole Carnet export)

    @property
    def changed(self) -> bool:
        """Whether the journal changed (and must be saved)."""
        return bool(self.imported or self.updated or self.other_records)


@dataclass(frozen=True)
class ImportPreview:
    """What importing a batch into a journal would do. Names and counts only: the desktop app
    shows it before the person decides."""

    source_format: str
    entries: int  # entries the source holds (those left out not counted)
    new: int  # would be imported
    already_present: int  # the journal holds them already: skipped
    first_day: date | None  # the source's date range (each entry's own calendar day)
    last_day: date | None
    tags: tuple[tuple[str, int], ...]  # (tag, entries), most used first
    persons: tuple[tuple[str, int], ...]  # (pseudonym, entries), most mentioned first
    left_out: tuple[tuple[str, int], ...]  # what will not be imported (see formats.common.LEFT_OUT_KINDS)
    # Records of a whole Carnet export other than entries and persons (dilemmas, limits,
    # check-ins, settings, schedule...): they are merged in too.
    other_records: int = 0
    # Files needing the person's attention, in PROBLEM_KINDS order, and what was decided for them.
    problems: tuple[SourceProblem, ...] = ()
    options: ImportOptions = ImportOptions()

    def problems_of(self, kind: str) -> tuple[SourceProblem, ...]:
        return tuple(problem for problem in self.problems if problem.kind == kind)


# ----- export


def entry_to_json(record: EntryRecord) -> dict[str, Any]:
    """An ENTRY object as the command line's ``--json`` shows it and version 1 exported it
    (a version 2 export adds the keys only an export needs: see ``formats.carnet``)."""
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


def entries_between(journal: Journal, since: date | None = None, until: date | None = None) -> list[EntryRecord]:
    """The entries of a range of local calendar days (both inclusive; None: no bound), oldest
    first, so that an import inserts them in their original order and entries at the same
    minute keep their order."""
    return _entries_between(journal.entries, since, until)


def _entries_between(store: EntryStore, since: date | None, until: date | None) -> list[EntryRecord]:
    if since is not None and until is not None and since > until:
        raise InvalidInput("the first day of the range is after the last")
    return list(reversed(store.list(EntryFilter(since=since, until=until))))


def export_document(journal: Journal, since: date | None = None, until: date | None = None,
                    progress: Progress | None = None) -> dict[str, Any]:
    """The whole journal, every record of it; or the entries of a range of days and what
    belongs to them (see ``formats.carnet``: no note about a person they do not mention)."""
    whole = since is None and until is None
    chosen = None if whole else [entry.uuid for entry in entries_between(journal, since, until)]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": utc_now().isoformat(),
        "range": None if whole else {"since": since and since.isoformat(), "until": until and until.isoformat()},
        **carnet.dump(journal.database, chosen, _version_tags(journal), progress),
    }


def _version_tags(journal: Journal) -> carnet.VersionTags:
    """Keyed with the journal's data key: only this journal and its copies read them."""
    return carnet.VersionTags(journal._require_key())  # noqa: SLF001 - the key never leaves the journal's process


def write_export(journal: Journal, destination: Path, since: date | None = None, until: date | None = None,
                 progress: Progress | None = None) -> int:
    """Write the journal (or the entries of a range of days), NOT encrypted, to ``destination``
    (atomically, owner-only). Returns the number of entries written. ``progress(done, total)``
    counts the records read; if it raises (``Cancelled``), no file is written."""
    if destination.exists() and destination.resolve() == journal.path.resolve():
        raise InvalidInput("the export cannot replace the journal itself")
    document = export_document(journal, since, until, progress)
    # orjson writes the same bytes as json.dumps(ensure_ascii=False, indent=2), 15-50 times
    # faster (json's indented output runs in pure Python): at 50,000 entries, seconds.
    data = orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS) + b"\n"
    vaultfile.write_atomically(destination, data)  # mkstemp files are 0600
    return len(document["entries"])


def write_markdown_export(journal: Journal, folder: Path, since: date | None = None, until: date | None = None,
                          progress: Callable[[int, int], None] | None = None) -> int:
    """One Markdown file per entry (see ``formats.markdown``), NOT encrypted, into ``folder``,
    which is created (or must be empty). Returns the number of files written; ``progress(done,
    total)`` is called as they are written."""
    if since is not None and until is not None and since > until:
        raise InvalidInput("the first day of the range is after the last")
    return markdown.write_markdown_folder(_export_records(journal.entries, since, until), folder, progress)


def _export_records(store: EntryStore, since: date | None, until: date | None) -> list[EntryRecord]:
    """The same records as ``entries_between``, read as rows in three queries (entries, their
    persons, their tags) rather than as mapped objects: 5 times faster at 50,000 entries."""
    entry = models.Entry
    columns = (entry.id, entry.uuid, entry.kind, entry.title, entry.body, entry.occurred_at, entry.utc_offset_minutes,
               entry.duration_minutes, entry.channel, entry.off_hours, entry.off_hours_by_hand, entry.out_of_frame,
               entry.private, entry.emotional_weight, entry.for_supervision, entry.created_at, entry.updated_at)
    query = store.filtered_query(sa.select(*columns), EntryFilter(since=since, until=until)).order_by(
        entry.occurred_at, entry.id)
    with store._database.session() as session:  # noqa: SLF001 - a read of the store's own database
        rows = session.execute(query).all()
        persons = _names_by_entry(session, models.entry_persons, models.Person, models.Person.pseudonym)
        tags = _names_by_entry(session, models.entry_tags, models.Tag, models.Tag.name)
    offsets: dict[int, timezone] = {}
    records = []
    for (row_id, uuid, kind, title, body, occurred_at, offset, duration, channel, off_hours, by_hand, out_of_frame,
         private, weight, for_supervision, created_at, updated_at) in rows:
        zone = offsets.get(offset)
        if zone is None:
            zone = offsets[offset] = timezone(timedelta(minutes=offset))
        records.append(EntryRecord(
            uuid=uuid, kind=kind, title=title, body=body, occurred_at=occurred_at.astimezone(zone),
            duration_minutes=duration, channel=channel, persons=persons.get(row_id, ()), tags=tags.get(row_id, ()),
            off_hours=off_hours, off_hours_by_hand=by_hand, out_of_frame=out_of_frame, private=private,
            emotional_weight=weight, for_supervision=for_supervision, created_at=created_at, updated_at=updated_at))
    return records


def _names_by_entry(session: Any, links: sa.Table, named: Any, name: Any) -> dict[int, tuple[str, ...]]:  # noqa: ANN401
    """Each entry's persons (or tags) in the order the entry shows them (by name, as stored)."""
    found: dict[int, list[str]] = {}
    for entry_id, text in session.execute(sa.select(links.c.entry_id, name).join(named).order_by(name)):
        found.setdefault(entry_id, []).append(text)
    return {entry_id: tuple(names) for entry_id, names in found.items()}


def journal_brief(database: Database, since: date | None, until: date | None, language: str,
                  today: date | None = None) -> Brief:
    """The journal (or a range of days) as a Brief, for the PDF export (``journal_app.pdf``
    lays it out): one section per month, oldest first; each entry with its date, time,
    persons, channel, duration, tags, flags and weight, then its text. Every entry is in it,
    private ones included (the flags say so): this is the worker's own copy, not a document
    for others, so no review step is implied (the supervision brief has one)."""
    words = pick(load_toml("briefs", "journal.toml"), language)
    brief_words = pick(load_toml("briefs", "labels.toml"), language)
    sections: dict[tuple[int, int], list[BriefItem]] = {}
    for entry in _entries_between(EntryStore(database), since, until):
        assert entry.occurred_at is not None
        details = [(words["time"], f"{entry.occurred_at:%H:%M}")]
        if entry.kind == "contact":
            details.append((words["kind"], words["contact"]))
        if entry.channel:
            details.append((words["channel"], words[entry.channel]))
        if entry.duration_minutes is not None:
            details.append((words["duration"], words["duration_value"].format(n=entry.duration_minutes)))
        if entry.tags:
            details.append((words["tags"], ", ".join(entry.tags)))
        flags = [words[name] for name in FLAG_NAMES if getattr(entry, name)]
        if flags:
            details.append((words["flags"], ", ".join(flags)))
        if entry.emotional_weight is not None:
            details.append((brief_words["weight"], brief_words["weight_value"].format(n=entry.emotional_weight)))
        day = entry.occurred_at.date()
        sections.setdefault((day.year, day.month), []).append(BriefItem(
            kind="entry", title=entry.title or brief_words["untitled_entry"], body=entry.body, when=day,
            persons=entry.persons, details=tuple(details), source_uuid=entry.uuid))
    if since is not None and until is not None:
        period = words["period_value"].format(start=long_date(since, language), end=long_date(until, language))
    elif since is not None:
        period = words["period_from"].format(start=long_date(since, language))
    elif until is not None:
        period = words["period_until"].format(end=long_date(until, language))
    else:
        period = words["all_entries"]
    months = brief_words["months"]
    return Brief(
        title=words["title"], language=language, created=today or date.today(), subtitle=period,
        sections=tuple(BriefSection(heading=_capitalised(f"{months[month - 1]} {year}"), items=tuple(items))
                       for (year, month), items in sections.items()) or (BriefSection(heading=words["empty"]),),
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# ----- import


def detect_format(path: Path) -> str:
    """Which of FORMATS a source is in: a folder holding Markdown notes, or a .md file, is
    Markdown; another folder, a .docx, .odt or .txt file, documents; a zip is Day One; a JSON
    file is recognised by its content."""
    if path.is_dir():
        return "markdown" if markdown.holds_notes(path) else "documents"
    if path.suffix.lower() in (*documents.DOCUMENT_SUFFIXES, ".txt"):
        return "documents"
    if markdown.is_note(path):
        return "markdown"
    if not path.exists():
        raise SourceUnreadable(f"no file or folder at {path}")
    if path.suffix.lower() == ".zip" or zipfile.is_zipfile(path):
        return "dayone"
    document = load_json_object(_read_json_bytes(path), "file", file=path.name)
    if document.get("format") == FORMAT_NAME:
        return "carnet"
    if dayone.looks_like_dayone(document):
        return "dayone"
    entries = document.get("entries")
    first = entries[0] if isinstance(entries, list) and entries else None
    if isinstance(document.get("tags"), dict) or (isinstance(first, dict) and "date" in first and "time" in first):
        return "jrnl"
    raise ImportRefused("the format of this file is not one Carnet can import (Day One, jrnl, Carnet, Markdown)",
                        "unknown-format", file=path.name)


def read_source(path: Path, source_format: str | None = None,
                options: ImportOptions = ImportOptions()) -> ImportBatch:
    """Read and check a whole source (a file, a zip or a folder). ``source_format`` is one of
    FORMATS, or None to recognise it; ``options`` say what to do with a folder's problems.
    Raises ImportRefused or SourceUnreadable; imports nothing."""
    source_format = source_format or detect_format(path)
    if source_format not in FORMATS:
        raise InvalidInput(f"unknown import format: {source_format}")
    if source_format in FOLDER_FORMATS:
        if not path.exists():
            raise SourceUnreadable(f"no file or folder at {path}")
        return markdown.read_markdown(path, options, source_format)
    if path.is_dir():
        raise SourceUnreadable(f"{path} is a folder, not a file")
    if source_format == "dayone" and (path.suffix.lower() == ".zip" or zipfile.is_zipfile(path)):
        return dayone.read_dayone_zip(path)
    data = _read_json_bytes(path)
    if source_format == "dayone":
        return dayone.read_dayone_json(data)
    if source_format == "jrnl":
        return read_jrnl_export(data)
    return read_carnet_export(data)


def preview(batch: ImportBatch, journal: Journal) -> ImportPreview:
    """What ``import_batch(journal, batch)`` would do, without doing it."""
    with journal.database.session() as session:
        known = set(session.scalars(sa.select(models.Entry.uuid)))
    present = sum(1 for entry in batch.entries if entry.uuid in known)
    days = sorted(entry.occurred_at.date() for entry in batch.entries if entry.occurred_at is not None)
    return ImportPreview(
        source_format=batch.source_format,
        entries=len(batch.entries),
        new=len(batch.entries) - present,
        already_present=present,
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        tags=_most_common(name for entry in batch.entries for name in entry.tags),
        persons=_most_common(name for entry in batch.entries for name in entry.persons),
        left_out=batch.left_out,
        other_records=sum(len(rows) for name, rows in (batch.records or {}).items()
                          if name not in ("entries", "persons", "tombstones")),
        problems=batch.problems,
        options=batch.options,
    )


def import_batch(journal: Journal, batch: ImportBatch, progress: Progress | None = None) -> ImportResult:
    """Add a checked batch in one transaction (all or nothing). Does not save: the caller
    saves once afterwards (only needed when ``changed``). ``progress(done, total)`` counts
    the records added; if it raises (``Cancelled``), nothing is added."""
    if batch.needs_consent:
        unreadable = batch.problems_of("unreadable")
        raise ImportRefused(f"{len(unreadable)} file(s) cannot be read: nothing was imported; agree to leave them "
                            "out to import the rest", "unreadable-files", files=tuple(p.file for p in unreadable))
    if batch.records is not None:
        records = batch.records
        if not carnet.is_empty(journal.database):  # the versions this journal knows, by their keyed names
            records = carnet.with_known_versions(records, _version_tags(journal).known(journal.database))
        return _import_records(journal.database, records, progress)
    added, skipped = journal.entries.add_many(batch.entries, batch.persons, progress)
    return ImportResult(imported=added, already_present=skipped)


def _import_records(database: Database, records: carnet.Records, progress: Progress | None) -> ImportResult:
    """A whole Carnet export: copied into an empty journal, else merged in as a copy of the
    journal (``merge.merge_databases``), except that it deletes nothing the journal holds."""
    entries = len(records.get("entries", ()))
    if carnet.is_empty(database):
        with carnet.transaction(database):
            _load_checked(database, records, progress)
        database.search_index_dirty = True
        others = sum(n for name, n in carnet.count(records).items() if name not in ("entries", "tombstones"))
        return ImportResult(imported=entries, already_present=0, other_records=others)
    copy = Database.new()
    try:
        with carnet.transaction(copy):
            _load_checked(copy, records, progress)
            carnet.forget_deletions_of_present(copy, database)
        report = merge_databases(database, copy)
    finally:
        copy.close()
    return ImportResult(imported=report.entries_added, already_present=entries - report.entries_added,
                        updated=report.entries_updated + report.entries_kept_both, other_records=report.other_changes)


def _load_checked(database: Database, records: carnet.Records, progress: Progress | None = None) -> None:
    try:
        carnet.load(database, records, progress)
    except sqlite3.IntegrityError as exc:  # what the reader cannot see: the journal's own rules
        raise ImportRefused(f"the export's records do not fit together ({exc})", "bad-field") from exc


def read_carnet_export(data: bytes) -> ImportBatch:
    """Check a Carnet export completely. Raises ImportRefused saying what is wrong where."""
    document = load_json_object(data, "Carnet export")
    if document.get("format") != FORMAT_NAME:
        raise ImportRefused(f"this is not a Carnet export (no \"format\": \"{FORMAT_NAME}\")", "wrong-format")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused("the export has no valid \"version\"", "wrong-format", field="version")
    if version > FORMAT_VERSION:
        raise ImportRefused(f"this export was written by a newer Carnet (format version {version})",
                            "newer-version")
    persons = tuple(_person_from_json(Fields(item, f"person {n}")) for n, item in
                    enumerate(list_of_objects(document, "persons", required=False), start=1))
    entries = tuple(_entry_from_json(Fields(item, f"entry {n}", entry=n)) for n, item in
                    enumerate(list_of_objects(document, "entries", required=True), start=1))
    refuse_duplicates([e.uuid for e in entries], "entry uuid")
    refuse_duplicates([p.pseudonym.casefold() for p in persons], "person")
    # Version 1 held entries and persons only: imported as they always were.
    records = carnet.check(document) if version >= 2 else None
    return ImportBatch(entries=entries, persons=persons, source_format="carnet", records=records)


def read_jrnl_export(data: bytes) -> ImportBatch:
    """Check a file made by ``jrnl --export json``. Dates and times are local time; tags lose
    their leading "@"; a starred entry gets the tag "starred"."""
    document = load_json_object(data, "jrnl export")
    if "tags" in document and not isinstance(document["tags"], dict):
        raise ImportRefused("\"tags\" must be an object", "wrong-format", field="tags")
    now = utc_now()
    seen: Counter[str] = Counter()
    entries = []
    for number, item in enumerate(list_of_objects(document, "entries", required=True), start=1):
        fields = Fields(item, f"entry {number}", entry=number)
        title, body = fields.text("title", required=True), fields.text("body", required=True)
        day = fields.parsed("date", date.fromisoformat, "a date like 2024-03-01", required=True)
        clock = fields.parsed("time", time.fromisoformat, "a time like 14:30", required=True)
        tags = [tag.lstrip("@") for tag in fields.text_list("tags")]
        if fields.boolean("starred"):
            tags.append(JRNL_STARRED_TAG)
        occurred_at = datetime.combine(day, clock).astimezone()  # local time zone, DST included
        content = f"{day.isoformat()} {clock.isoformat()}\n{title}\n{body}"
        entries.append(checked(fields, EntryRecord(
            uuid=content_uuid(_JRNL_NAMESPACE, content, seen),
            title=title, body=body, occurred_at=occurred_at, tags=tuple(tags),
            created_at=now, updated_at=now,
        )))
    return ImportBatch(entries=tuple(entries), source_format="jrnl")


def _read_json_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ImportRefused(f"{path.name} is too large to import", "too-large", file=path.name)
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceUnreadable(f"no file at {path}") from None
    except IsADirectoryError:
        raise SourceUnreadable(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise SourceUnreadable(f"{path} could not be read ({exc.strerror or exc})") from None


def _most_common(names: Any) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter(names)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def _entry_from_json(fields: Fields) -> EntryRecord:
    now = utc_now()
    return checked(fields, EntryRecord(
        uuid=fields.parsed("uuid", uuid_hex, UUID_HINT, required=True),
        kind=fields.text("kind", default="reflection"),
        title=fields.text("title", required=True),
        body=fields.text("body", required=True),
        occurred_at=fields.parsed("occurred_at", aware_datetime, DATETIME_HINT, required=True),
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
        created_at=fields.parsed("created_at", aware_datetime, DATETIME_HINT) or now,
        updated_at=fields.parsed("updated_at", aware_datetime, DATETIME_HINT) or now,
    ))


def _person_from_json(fields: Fields) -> PersonRecord:
    pseudonym = " ".join(fields.text("pseudonym", required=True).split())
    if not pseudonym:
        raise fields.refuse("pseudonym", "\"pseudonym\" cannot be empty")
    return PersonRecord(
        pseudonym=pseudonym,
        note=fields.text("note", default=""),
        uuid=fields.parsed("uuid", uuid_hex, UUID_HINT) or "",
        created_at=fields.parsed("created_at", aware_datetime, DATETIME_HINT) or utc_now(),
    )


# ----- words for the command line (the desktop app says these in the person's language)

_LEFT_OUT_WORDS = {
    "photos": "photo(s)", "videos": "video(s)", "audios": "audio recording(s)", "documents": "PDF attachment(s)",
    "locations": "place(s)", "weather": "weather record(s)", "empty_entries": "entry(ies) without text",
    "other_files": "other file(s)", "attachments": "attachment(s) (images, PDFs, sounds)",
    "templates": "template(s)", "unreadable_files": "file(s) that cannot be read",
    "undated_files": "note(s) without a date", "images": "image(s) in documents", "tables": "table(s) in documents",
}
LISTED_FILES = 10  # files named per problem in the command line's preview; the rest are counted
_UNDATED_RULE_WORDS = {"modified": "the day their file was last modified", "created": "the day their file was created"}


def left_out_text(left_out: tuple[tuple[str, int], ...]) -> str:
    """"3 photo(s), 1 video(s)": what an import leaves out, in English."""
    return ", ".join(f"{count} {_LEFT_OUT_WORDS[kind]}" for kind, count in left_out)


def preview_lines(summary: ImportPreview) -> list[str]:
    """The preview in English lines, for the command line's ``--dry-run``."""
    lines = [f"{summary.entries} entries: {summary.new} to import, {summary.already_present} already present"]
    if summary.first_day is not None and summary.last_day is not None:
        lines.append(f"from {summary.first_day.isoformat()} to {summary.last_day.isoformat()}")
    if summary.tags:
        lines.append("tags: " + ", ".join(f"{name} ({count})" for name, count in summary.tags))
    if summary.persons:
        lines.append("persons: " + ", ".join(f"{name} ({count})" for name, count in summary.persons))
    if summary.other_records:
        lines.append(f"and {summary.other_records} other records (dilemmas, limits, check-ins, schedule, "
                     "settings, supervision, placements)")
    if summary.left_out:
        lines.append("not imported: " + left_out_text(summary.left_out))
    return lines + problem_lines(summary.problems, summary.options)


def problem_lines(problems: tuple[SourceProblem, ...], options: ImportOptions) -> list[str]:
    """A folder's problems in English, grouped, each file on a line of its own (indented)."""
    lines: list[str] = []
    unreadable = [p for p in problems if p.kind == "unreadable"]
    if unreadable:
        decision = ("left out, as agreed (--skip-unreadable)" if options.skip_unreadable else
                    "nothing is imported unless you agree to leave them out (--skip-unreadable)")
        lines.append(f"{len(unreadable)} file(s) cannot be read: {decision}")
        lines += [f"  {p.message}" if p.message.startswith(p.file) else f"  {p.file}: {p.message}"
                  for p in unreadable]
    undated = list(dict.fromkeys(p.file for p in problems if p.kind == "undated"))
    if undated:
        rule = options.undated
        decision = ("left out (--undated skip)" if rule == "skip" else
                    f"dated {_UNDATED_RULE_WORDS[rule]} (--undated skip leaves them out)")
        lines.append(f"{len(undated)} note(s) have no date in them: {decision}")
        lines += _listed(undated)
    kept = [p for p in problems if p.kind == "properties"]
    if kept:
        keys = sorted({key for p in kept for key in p.keys})
        lines.append(f"{len(kept)} note(s) have other properties ({', '.join(keys[:LISTED_FILES])}"
                     f"{', ...' if len(keys) > LISTED_FILES else ''}): kept at the end of their text")
    return lines


def _listed(files: list[str]) -> list[str]:
    shown = [f"  {name}" for name in files[:LISTED_FILES]]
    if len(files) > LISTED_FILES:
        shown.append(f"  and {len(files) - LISTED_FILES} more")
    return shown
