"""Carnet's own JSON export from version 2 on: every record of the journal, nothing lost.

``journal_app.core.interchange`` writes and reads the whole document (its docstring shows
it); this module turns the journal's tables into its lists and back. Each table that holds
what the worker wrote or set is a list under the table's name, in an order where what a
record refers to comes first: "settings", "schedules", "persons", "entries", then the
dilemmas, limits, check-ins, placements, supervision and the links between them. The tables
and their columns are read from the ORM models, so a table or a column added later is
exported without anyone having to remember it (a test checks).

A record is an object with its table's columns, except that:

- the database's own integer ids are left out: a record is named by its "uuid" (a setting by
  its "key", a schedule by its "effective_from" day), and a reference to another record is
  that record's uuid under the column's name without "_id" (``"dilemma_id": 12`` becomes
  ``"dilemma": "3b8e..."``). A link between two records ("dilemma_entries") is the pair.
- date-times are ISO 8601 with a UTC offset, microseconds kept: the offset the worker was in
  for an entry's "occurred_at", a reflection's "written_at" and a check-in's "taken_at"
  (which stand for their "utc_offset_minutes"), UTC elsewhere. Days are "YYYY-MM-DD".
- flags are true or false. Columns that hold JSON (a setting's "value", a schedule's
  "spec", "questions", "params", "answers", "follow_ups"...) keep the very text stored.
- an entry carries "persons" (pseudonyms) and "tags" (names), sorted, as in version 1 (the
  tables "tags", "entry_persons" and "entry_tags" are not lists of their own). Its
  "search_persons" and "search_tags" are the words the full-text search reads, in the order
  they were typed; a file without them gets the names joined.
- "revised_at" says when a record's content last changed. An export holds no hash of a
  record's content, current or past, and no trace of what was deleted (the journal keeps
  both to merge two copies of itself, ``merge.py``, but an export is plaintext the worker
  hands on: a hash of a past version would let anyone confirm a guess at what it said).
  Importing reads a record's revision from its content: an export imported again changes
  nothing, and what the journal deleted since stays deleted (its own tombstones say so).
  "versions" lists a record's earlier revisions keyed with the journal's own key (HMAC,
  ``VersionTags``): meaningless to anyone else, they let the same journal, or a copy of it,
  tell which of two versions is the newer when the export is imported there.
  Files written before this still carry "revision", "revisions" and "tombstones": they are
  read as before.

Two settings are not exported, nor read from a file: the mark of the example journal and
the backup plan. They say what this file is and where this computer keeps its backups, not
what the journal holds.

An export of a range of days (``RANGE``) holds the entries of those days and what belongs
to them: the persons they mention, the dilemmas linked to them (with their categories,
status history and reflections, and their links to the exported entries), and the limits
ticked on them (the crossings, with those limits and their versions). Nothing else: the
schedule, settings, check-ins, supervision and placements are only in a whole export.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import math
import operator
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.models import CHANNELS, DILEMMA_STATUSES, ENTRY_KINDS, SUPERVISION_KINDS, new_uuid, utc_now
from journal_app.core.backups import PLAN_SETTING
from journal_app.core.checkins import POSTPONED_KEY as CHECKIN_POSTPONED_KEY
from journal_app.core.checkins import SETTINGS_KEY as CHECKIN_SETTINGS_KEY
from journal_app.core.database import Database
from journal_app.core.demo import DEMO_MARKER_KEY
from journal_app.core.errors import PROGRESS_STEP, InvalidInput, Progress
from journal_app.core.formats.common import (
    DATETIME_HINT, MAX_DATA_CHARS, UUID_HINT, Fields, ImportRefused, aware_datetime, list_of_objects, refuse_duplicates,
    uuid_hex,
)
from journal_app.core.limits import LIMIT_KINDS
from journal_app.core.prompts import STATE_KEY as PROMPT_STATE_KEY
from journal_app.core.resources import resource
from journal_app.core.schedule import schedule_from_json
from journal_app.core.templates import _USER_TEMPLATES_KEY as TEMPLATES_KEY

# Every record of the export, checked, by table: the database's values, except that a
# reference holds the identity of the record it names (the loader finds its row), and an
# entry's "_persons" and "_tags".
Records = Mapping[str, Sequence[Mapping[str, Any]]]

# Tables that are not lists of their own: each entry carries its persons and tags.
CARRIED_BY_ENTRIES = frozenset({"tags", "entry_persons", "entry_tags"})
# What names a record when it is not its "uuid" (None: the tombstones name other records).
IDENTITY: dict[str, str | None] = {"settings": "key", "schedules": "effective_from", "tombstones": None}
# The time written with the offset the worker was in, which stands for utc_offset_minutes.
LOCAL_TIME = {"entries": "occurred_at", "dilemma_reflections": "written_at", "checkins": "taken_at"}
NOT_EXPORTED_SETTINGS = (DEMO_MARKER_KEY, PLAN_SETTING)
# What merging copies of the journal needs and an export must not carry: hashes of content,
# and the deleted records (read from files written before, never written).
NOT_EXPORTED_COLUMNS = frozenset({"revision", "revisions"})
NOT_EXPORTED_SECTIONS = frozenset({"tombstones"})
# The values a column may take, checked on reading (what the stores check when writing).
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("entries", "kind"): ENTRY_KINDS,
    ("entries", "channel"): CHANNELS,
    ("dilemmas", "status"): DILEMMA_STATUSES,
    ("dilemma_status_changes", "status"): DILEMMA_STATUSES,
    ("limits", "kind"): LIMIT_KINDS,
    ("supervision_sessions", "kind"): SUPERVISION_KINDS,
    ("supervision_session_items", "status_after"): DILEMMA_STATUSES,
}
DAYS = frozenset({
    ("schedules", "effective_from"), ("limit_versions", "effective_from"), ("supervision_sessions", "held_on"),
    ("placements", "starts_on"), ("placements", "ends_on"), ("placement_hours", "day"),
})
# Columns that hold JSON the app wrote (their size is bounded by the file's, not by MAX_TEXT_CHARS).
JSON_TEXT = frozenset({
    ("settings", "value"), ("schedules", "spec"), ("dilemma_categories", "questions"), ("limit_versions", "params"),
    ("checkins", "answers"), ("checkins", "extra"), ("supervision_sessions", "follow_ups"),
})


def _is_schedule(value: Any) -> bool:  # noqa: ANN401
    try:
        schedule_from_json(json.dumps(value))
    except (InvalidInput, ValueError, TypeError, KeyError, AttributeError):
        return False
    return True


def _is_list_of_texts(value: Any) -> bool:  # noqa: ANN401
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _is_scores(value: Any) -> bool:  # noqa: ANN401
    return isinstance(value, dict) and all(isinstance(v, int) and not isinstance(v, bool) and -1000 < v < 1000
                                           for v in value.values())


# What the JSON a column holds must be, as the app reads it back (else the app would fail later).
JSON_SHAPES: dict[tuple[str, str], tuple[Callable[[Any], bool], str]] = {
    ("settings", "value"): (lambda value: True, "JSON"),
    ("schedules", "spec"): (_is_schedule, "a work schedule as Carnet writes it"),
    ("dilemma_categories", "questions"): (_is_list_of_texts, "a JSON list of texts"),
    ("limit_versions", "params"): (lambda value: isinstance(value, dict), "a JSON object"),
    ("checkins", "answers"): (_is_scores, "a JSON object of whole numbers"),
    ("checkins", "extra"): (_is_scores, "a JSON object of whole numbers"),
    ("supervision_sessions", "follow_ups"): (_is_list_of_texts, "a JSON list of texts"),
}
assert set(JSON_SHAPES) == JSON_TEXT


def _is_templates(value: Any) -> bool:  # noqa: ANN401
    return isinstance(value, list) and all(
        isinstance(t, dict) and isinstance(t.get("id"), str) and isinstance(t.get("name"), str)
        and isinstance(t.get("description", ""), str) and isinstance(t.get("sections"), list)
        and all(isinstance(section, dict) and isinstance(section.get("title"), str)
                and _is_list_of_texts(section.get("questions", [])) for section in t["sections"])
        for t in value)


# The settings the app reads back, by key: the shape it writes them in.
SETTING_SHAPES: dict[str, Callable[[Any], bool]] = {
    TEMPLATES_KEY: _is_templates,
    PROMPT_STATE_KEY: lambda value: isinstance(value, dict) and isinstance(value.get("prompts", {}), dict),
    CHECKIN_SETTINGS_KEY: lambda value: isinstance(value, dict) and _is_scores(
        {key: v for key, v in value.items() if key == "every_days"}),
    CHECKIN_POSTPONED_KEY: lambda value: value is None or isinstance(value, str),
}
_FIRST = ("settings", "schedules", "persons", "entries")  # for the reader: the journal's core first
_LAST = ("tombstones",)  # loaded last: inserting a record takes its tombstone back

# A range export: which records of each table belong to the entries exported (:entries, a
# JSON list of their uuids). Tables not named here are left out of a range export.
_ENTRIES = "(SELECT id FROM entries WHERE uuid IN (SELECT value FROM json_each(:entries)))"
_DILEMMAS = f"(SELECT dilemma_id FROM dilemma_entries WHERE entry_id IN {_ENTRIES})"
_CATEGORIES = f"(SELECT category FROM dilemma_category_links WHERE dilemma_id IN {_DILEMMAS})"
_LIMITS = f"(SELECT limit_id FROM limit_marks WHERE entry_id IN {_ENTRIES})"
RANGE = {
    "persons": f"id IN (SELECT person_id FROM entry_persons WHERE entry_id IN {_ENTRIES})",
    "entries": f"id IN {_ENTRIES}",
    # the worker's own categories are named by uuid, their changes to a built-in one by its id
    "dilemma_categories": f"uuid IN {_CATEGORIES} OR builtin_id IN {_CATEGORIES}",
    "dilemmas": f"id IN {_DILEMMAS}",
    "dilemma_category_links": f"dilemma_id IN {_DILEMMAS}",
    "dilemma_entries": f"dilemma_id IN {_DILEMMAS} AND entry_id IN {_ENTRIES}",
    "dilemma_reflections": f"dilemma_id IN {_DILEMMAS}",
    "dilemma_status_changes": f"dilemma_id IN {_DILEMMAS}",
    "limits": f"id IN {_LIMITS}",
    "limit_versions": f"limit_id IN {_LIMITS}",
    "limit_marks": f"entry_id IN {_ENTRIES}",
}
_NOT_EXPORTED = {  # :left_out, a JSON list of NOT_EXPORTED_SETTINGS
    "settings": "key NOT IN (SELECT value FROM json_each(:left_out))",
    "tombstones": "NOT (kind = 'settings' AND uuid IN (SELECT value FROM json_each(:left_out)))",
}


@dataclass(frozen=True)
class Reference:
    column: str  # "dilemma_id"
    key: str  # its name in the export: "dilemma"
    table: str  # the table of the record it names


# How each column is exported: a time (UtcDateTime, or "revised_at"), a boolean, the row id
# (never exported: references are exported as the identity of the record they name), or as it is.
TIME, BOOLEAN, ROW_ID, PLAIN = "time", "boolean", "row id", ""

# The sections as the ORM describes them (``outline_from_orm``), kept as data so that an export
# does not import SQLAlchemy and map the schema (~0.4 s of a whole ``journal-app export``). A
# test checks it against the ORM; ``tools/export_outline.py`` writes it again after a migration.
OUTLINE_RESOURCE = "export_outline.json"


@dataclass(frozen=True)
class Section:
    """One table of the journal as a list of the export."""

    name: str
    identity: str | None
    references: tuple[Reference, ...]
    columns: tuple[tuple[str, str], ...]  # (name, TIME / BOOLEAN / ROW_ID / PLAIN), in the table's order

    @property
    def table(self) -> sa.Table:
        """The ORM's table: what reading an export checks values against (imports SQLAlchemy)."""
        return models.Base.metadata.tables[self.name]

    def has_column(self, name: str) -> bool:
        return any(column == name for column, _ in self.columns)

    def exported_columns(self) -> list[sa.Column[Any]]:
        skipped = {"utc_offset_minutes"} if self.name in LOCAL_TIME else set()
        return [column for column in self.table.columns
                if not _is_row_id(column) and column.name not in skipped]


def _is_row_id(column: sa.Column[Any]) -> bool:
    return column.primary_key and column.name == "id"


def _column_kind(column: sa.Column[Any]) -> str:
    if _is_row_id(column):
        return ROW_ID
    if isinstance(column.type, models.UtcDateTime) or column.name == "revised_at":
        return TIME
    return BOOLEAN if isinstance(column.type, sa.Boolean) else PLAIN


def outline_from_orm() -> list[dict[str, Any]]:
    """The sections worked out from the ORM, as ``OUTLINE_RESOURCE`` holds them."""
    def place(table: sa.Table) -> tuple[int, int]:
        if table.name in _FIRST:
            return 0, _FIRST.index(table.name)
        return (2, 0) if table.name in _LAST else (1, 0)

    # A stable sort of tables in dependency order: those moved first or last refer to none.
    tables = sorted((t for t in models.Base.metadata.sorted_tables if t.name not in CARRIED_BY_ENTRIES), key=place)
    return [{
        "name": table.name,
        "identity": IDENTITY.get(table.name, "uuid" if "uuid" in table.c else None),
        "references": [{"column": column.name, "key": column.name.removesuffix("_id"),
                        "table": next(iter(column.foreign_keys)).column.table.name}
                       for column in table.columns if column.foreign_keys],
        "columns": {column.name: _column_kind(column) for column in table.columns},  # in the table's order
    } for table in tables]


@functools.cache
def sections() -> tuple[Section, ...]:
    """The journal's tables as the export's lists, read from ``OUTLINE_RESOURCE`` on first use."""
    outline = json.loads(resource(OUTLINE_RESOURCE).read_bytes())
    return tuple(Section(item["name"], item["identity"], tuple(Reference(**reference) for reference in item["references"]),
                         tuple(item["columns"].items())) for item in outline)


@functools.cache
def section_named() -> dict[str, Section]:
    return {section.name: section for section in sections()}


def __getattr__(name: str) -> Any:
    if name == "SECTIONS":
        return sections()
    if name == "SECTION":
        return section_named()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ----- export


class VersionTags:
    """A record's revisions as an export carries them: keyed with the journal's data key, so
    that only a journal holding that key can tell which versions it knows, and no one can
    check a guess at what a text once said against them."""

    def __init__(self, data_key: bytes) -> None:
        self._key = hmac.new(data_key, b"carnet export: versions", hashlib.sha256).digest()

    def tag(self, revision: str) -> str:
        return hmac.new(self._key, revision.encode(), hashlib.sha256).hexdigest()[:16]

    def known(self, database: Database) -> dict[str, str]:
        """tag -> revision, for every revision ``database`` holds (current, earlier, deleted)."""
        revisions: set[str] = set()
        for section in sections():
            if section.has_column("revisions"):
                sql = f"SELECT revision, revisions FROM {section.name}"
                for revision, earlier in _query_tuples(database.raw, sql):
                    revisions.update([revision or "", *(earlier or "").split()])
        return {self.tag(revision): revision for revision in revisions if revision}


def with_known_versions(records: Records, known: Mapping[str, str]) -> Records:
    """The records with the earlier revisions their "versions" name among ``known`` (the
    journal's own: the others name nothing it holds)."""
    result: dict[str, list[Mapping[str, Any]]] = {}
    for name, rows in records.items():
        result[name] = [row if not row.get("_versions") else {
            **row, "revisions": " ".join(dict.fromkeys(known[tag] for tag in row["_versions"] if tag in known))}
            for row in rows]
    return result


def dump(database: Database, entry_uuids: Sequence[str] | None = None,
         tags: VersionTags | None = None, progress: Progress | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every section of the export, as JSON values; with ``entry_uuids``, only those entries
    and what belongs to them (``RANGE``); with ``tags``, each record's earlier revisions
    keyed (``VersionTags``); ``progress(done, total)`` counts the sections' rows."""
    raw = database.raw
    parameters = {"entries": json.dumps(list(entry_uuids or ())), "left_out": json.dumps(NOT_EXPORTED_SETTINGS)}
    identities = _Identities(raw)
    document: dict[str, list[dict[str, Any]]] = {}
    exported = [section for section in sections() if section.name not in NOT_EXPORTED_SECTIONS]
    # Counted on the whole tables (a range exports fewer): the bar ends at its total all the same.
    sizes = {section.name: _query_tuples(raw, f"SELECT count(*) FROM {section.name}")[0][0] for section in exported}
    total, done = sum(sizes.values()), 0
    for section in exported:
        where = _NOT_EXPORTED.get(section.name) if entry_uuids is None else RANGE.get(section.name, "0")
        # The order they were written in; qualified, as the times are selected converted under their names.
        order = "entries.occurred_at, entries.id" if section.name == "entries" else f"{section.name}.rowid"
        sql = f"SELECT {_select_list(section)} FROM {section.name}{f' WHERE {where}' if where else ''} ORDER BY {order}"
        names, rows = _query_rows(raw, sql, parameters)
        owned = _owned_by_entries(raw) if section.name == "entries" and rows else {}
        advance = None if progress is None else functools.partial(_advance, progress, done, total)
        document[section.name] = _to_json(section, names, rows, identities, owned, tags, advance)
        done += sizes[section.name]
        if progress is not None and sizes[section.name]:
            progress(done, total)
    return document


def _advance(progress: Progress, before: int, total: int, done_here: int) -> None:
    progress(min(before + done_here, total), total)


Converter = Callable[[Any, tuple[Any, ...]], Any]  # (stored value, its row) -> JSON value


def _select_list(section: Section) -> str:
    """The section's columns, its times already as the export writes them (see ``_utc_sql``)."""
    local = LOCAL_TIME.get(section.name)
    columns = []
    for name, kind in section.columns:
        if name == local:
            columns.append(f'{_local_sql(name, "utc_offset_minutes")} AS "{name}"')
        elif kind == TIME:
            columns.append(f'{_utc_sql(name)} AS "{name}"')
        else:
            columns.append(f'"{name}"')
    return ", ".join(columns)


def _stored_time_sql(name: str) -> str:
    """Whether the column holds UtcDateTime's "%Y-%m-%dT%H:%M:%S.%fZ" (anything else is exported as it is:
    "" in rows older than schema 0006)."""
    return f"""length("{name}") = 27 AND substr("{name}", 20, 1) = '.' AND substr("{name}", 27, 1) = 'Z'"""


def _fraction_sql(name: str) -> str:
    """".ffffff", or nothing for a whole second (as ``datetime.isoformat`` writes it)."""
    return f"""(CASE WHEN substr("{name}", 21, 6) = '000000' THEN '' ELSE substr("{name}", 20, 7) END)"""


def _utc_sql(name: str) -> str:
    """``datetime.fromisoformat(stored).isoformat()``, in SQL: done in Python it was a third
    of the export's time at 50,000 entries (about 150,000 times)."""
    return (f"""(CASE WHEN {_stored_time_sql(name)} THEN substr("{name}", 1, 19) || {_fraction_sql(name)}"""
            f""" || '+00:00' ELSE "{name}" END)""")


def _local_sql(name: str, offset: str) -> str:
    """The time in the UTC offset it was written in, as ``astimezone(offset).isoformat()``."""
    shifted = f"""strftime('%Y-%m-%dT%H:%M:%S', substr("{name}", 1, 19), "{offset}" || ' minutes')"""
    sign = f"""(CASE WHEN "{offset}" < 0 THEN '-' ELSE '+' END)"""
    zone = f"""printf('%02d:%02d', abs("{offset}") / 60, abs("{offset}") % 60)"""
    return (f"""(CASE WHEN {_stored_time_sql(name)} AND "{offset}" IS NOT NULL"""
            f""" THEN {shifted} || {_fraction_sql(name)} || {sign} || {zone} ELSE "{name}" END)""")


def _to_json(section: Section, names: Sequence[str], rows: Sequence[tuple[Any, ...]], identities: _Identities,
             owned: Mapping[int, dict[str, list[str]]], tags: VersionTags | None,
             advance: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """The rows of one section as JSON objects. How each column is converted is worked out
    once per section, not per row: at 50,000 entries the export is mostly this loop."""
    at = {name: index for index, name in enumerate(names)}
    references = {reference.column: reference for reference in section.references}
    keys: list[str] = []
    indexes: list[int] = []
    booleans: list[str] = []
    identified: list[tuple[str, str]] = []  # (key, table): a row id, exported as the identity it names
    local = section.name in LOCAL_TIME
    for name, kind in section.columns:
        if kind == ROW_ID or name in NOT_EXPORTED_COLUMNS or (local and name == "utc_offset_minutes"):
            continue
        key = references[name].key if name in references else name
        keys.append(key)
        indexes.append(at[name])
        if name in references:
            identified.append((key, references[name].table))
        elif kind == BOOLEAN:
            booleans.append(key)
    values_of = operator.itemgetter(*indexes) if len(indexes) > 1 else (lambda row: (row[indexes[0]],))
    id_at = at.get("id", -1)
    revisions_at = at["revisions"] if tags is not None and "revisions" in at else -1
    entries = section.name == "entries"
    items = []
    for row in rows:
        if advance is not None and items and len(items) % PROGRESS_STEP == 0:
            advance(len(items))
        item = dict(zip(keys, values_of(row)))
        for key in booleans:
            if (value := item[key]) is not None:
                item[key] = bool(value)
        for key, table in identified:
            if (value := item[key]) is not None:
                item[key] = identities.of(table, value)
        if entries:
            item.update(owned.get(row[id_at]) or {"persons": [], "tags": []})
        if revisions_at >= 0:
            item["versions"] = [tags.tag(revision) for revision in (row[revisions_at] or "").split()]  # type: ignore[union-attr]
        items.append(item)
    return items


def _owned_by_entries(raw: sqlite3.Connection) -> dict[int, dict[str, list[str]]]:
    """Each entry's pseudonyms and tags, sorted as the entry store sorts them."""
    owned: dict[int, dict[str, list[str]]] = {}
    for key, sql in (
        ("persons", "SELECT ep.entry_id, p.pseudonym FROM entry_persons ep JOIN persons p ON p.id = ep.person_id "
                    "ORDER BY p.pseudonym"),
        ("tags", "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id ORDER BY t.name"),
    ):
        for entry_id, name in _query_tuples(raw, sql):
            owned.setdefault(entry_id, {"persons": [], "tags": []})[key].append(name)
    return owned


class _Identities:
    """The identity (uuid) of a row a reference names, by table and row id, read once."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw
        self._tables: dict[str, dict[int, str]] = {}

    def of(self, table: str, rowid: int) -> str:
        if table not in self._tables:
            identity = section_named()[table].identity
            self._tables[table] = dict(_query_tuples(self._raw, f"SELECT id, {identity} FROM {table}"))
        return self._tables[table][rowid]


# ----- import


def check(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every section of a version 2 export, checked and turned into the database's values.
    Raises ImportRefused naming the record and field at fault. A missing list is empty."""
    records: dict[str, list[dict[str, Any]]] = {}
    for section in sections():
        items = list_of_objects(document, section.name, required=False)
        records[section.name] = [_from_json(section, Fields(item, f"{section.name} {number}", entry=(
            number if section.name == "entries" else None))) for number, item in enumerate(items, start=1)]
    records["settings"] = [row for row in records["settings"] if row["key"] not in NOT_EXPORTED_SETTINGS]
    records["tombstones"] = [row for row in records["tombstones"]
                             if not (row["kind"] == "settings" and row["uuid"] in NOT_EXPORTED_SETTINGS)]
    _check_unique(records)
    _check_references(records)
    return records


def _from_json(section: Section, fields: Fields) -> dict[str, Any]:
    references = {reference.column: reference for reference in section.references}
    local = LOCAL_TIME.get(section.name)
    row: dict[str, Any] = {}
    for column in section.exported_columns():
        name = column.name
        if name in references:
            row[name] = _reference_from_json(fields, references[name], column)
        elif name == section.identity == "uuid":
            row[name] = fields.parsed(name, uuid_hex, UUID_HINT, required=True)
        elif not fields.has(name):
            row[name] = _default(fields, column)
        elif name == local:
            moment = fields.parsed(name, aware_datetime, DATETIME_HINT, required=True)
            row[name] = _stored_time(moment)
            row["utc_offset_minutes"] = int((moment.utcoffset() or timedelta(0)).total_seconds() // 60)
        else:
            row[name] = _value_from_json(fields, section, column)
        choices = CHOICES.get((section.name, name))
        if choices is not None and row[name] is not None and row[name] not in choices:
            raise fields.refuse(name, f"\"{name}\" cannot be {row[name]!r} (one of {', '.join(choices)})")
        if (section.name, name) in DAYS and row[name] is not None and not _is_day(row[name]):
            raise fields.wrong(name, "a day like 2024-03-01")
    if section.name == "settings" and row["key"] in SETTING_SHAPES and not SETTING_SHAPES[row["key"]](
            json.loads(row["value"])):
        raise fields.wrong("value", f"the setting {row['key']!r} as Carnet writes it")
    if section.has_column("revisions"):
        row["_versions"] = fields.text_list("versions")
    if section.name == "entries":
        row["_persons"] = _names(fields.text_list("persons"))
        row["_tags"] = _names(fields.text_list("tags"))
        for words, names in (("search_persons", row["_persons"]), ("search_tags", row["_tags"])):
            if not fields.has(words):
                row[words] = " ".join(names)
    return row


def _value_from_json(fields: Fields, section: Section, column: sa.Column[Any]) -> Any:
    name, value = column.name, fields.raw(column.name)
    if value is None:
        if column.nullable:
            return None
        raise fields.refuse(name, f"\"{name}\" cannot be null")
    kind = column.type
    if isinstance(kind, models.UtcDateTime):
        return _stored_time(fields.parsed(name, aware_datetime, DATETIME_HINT))
    if isinstance(kind, sa.Boolean):
        return fields.boolean(name)
    if isinstance(kind, sa.Integer):
        return fields.integer(name)
    if isinstance(kind, sa.Float):
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise fields.wrong(name, "a number or null")
        return float(value)
    if name == "revisions":
        return " ".join(fields.text_list(name))
    text = fields.text(name, limit=MAX_DATA_CHARS if (section.name, name) in JSON_TEXT else None)
    shape = JSON_SHAPES.get((section.name, name))
    if shape is not None:
        try:
            fits = shape[0](json.loads(text))
        except (ValueError, RecursionError):
            fits = False
        if not fits:
            raise fields.wrong(name, f"{shape[1]} (as text)")
    if name == "revised_at":
        try:
            return _stored_time(aware_datetime(text))
        except ValueError:
            return text
    if name == section.identity and not text:
        raise fields.refuse(name, f"\"{name}\" cannot be empty")
    return text


def _reference_from_json(fields: Fields, reference: Reference, column: sa.Column[Any]) -> str | None:
    if fields.raw(reference.key) is None:
        if column.nullable:
            return None
        raise fields.refuse(reference.key, f"\"{reference.key}\" is missing")
    if section_named()[reference.table].identity == "uuid":
        return str(fields.parsed(reference.key, uuid_hex, UUID_HINT))
    return str(fields.text(reference.key))


def _default(fields: Fields, column: sa.Column[Any]) -> Any:
    """What a new record would have, for a key a hand-written file leaves out."""
    default = column.default
    if default is not None and (default.is_scalar or default.is_callable):  # type: ignore[attr-defined]
        value = default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
        return _stored_time(value) if isinstance(value, datetime) else value
    if column.nullable:
        return None
    raise fields.refuse(column.name, f"\"{column.name}\" is missing")


def _stored_time(moment: datetime) -> str:
    stored = models.UtcDateTime().process_bind_param(moment, None)
    assert stored is not None
    return stored


def _is_day(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _names(names: Iterable[str]) -> list[str]:
    """Trimmed, without empties or case-insensitive repeats (as the entry store keeps them)."""
    kept: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if name:
            kept.setdefault(name.casefold(), name)
    return list(kept.values())


def _check_unique(records: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """What the database keeps unique (identities, a pseudonym, a limit's version of a day...)."""
    for section in sections():
        table = section.table
        keys = [tuple(c.name for c in constraint.columns) for constraint in table.constraints
                if isinstance(constraint, sa.UniqueConstraint)]
        keys.extend((c.name,) for c in table.columns if c.unique)
        primary = tuple(c.name for c in table.primary_key.columns)
        if primary != ("id",):
            keys.append(primary)
        named = {reference.column: reference.key for reference in section.references}
        for columns in dict.fromkeys(keys):
            refuse_duplicates([repr(tuple(_compared(table, c, row[c]) for c in columns))
                               for row in records[section.name] if all(row[c] is not None for c in columns)],
                              f"{section.name} record ({', '.join(named.get(c, c) for c in columns)})")


def _compared(table: sa.Table, column: str, value: Any) -> Any:
    collation = getattr(table.c[column].type, "collation", None)
    return value.casefold() if collation == "NOCASE" and isinstance(value, str) else value


def _check_references(records: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    known = {section.name: {row[section.identity] for row in records[section.name]}
             for section in sections() if section.identity is not None}
    for section in sections():
        for number, row in enumerate(records[section.name], start=1):
            for reference in section.references:
                value = row[reference.column]
                if value is not None and value not in known[reference.table]:
                    raise ImportRefused(f"{section.name} {number}: \"{reference.key}\" names a record the export "
                                        f"does not hold", "bad-field", field=reference.key)


def count(records: Records) -> dict[str, int]:
    return {name: len(rows) for name, rows in records.items()}


def is_empty(database: Database) -> bool:
    """Whether the journal holds no record at all (nor any trace of a deleted one)."""
    names = [section.name for section in sections()] + sorted(CARRIED_BY_ENTRIES)
    return not any(_query_tuples(database.raw, f"SELECT 1 FROM {name} LIMIT 1") for name in names)


def load(database: Database, records: Records, progress: Progress | None = None) -> None:
    """Insert every record, as it is (identities, times, revisions), into ``database``. The
    caller holds the transaction (``transaction``) and decides where the records go.
    ``progress(done, total)`` counts the records inserted."""
    raw = database.raw
    total = sum(len(rows) for rows in records.values())
    done = 0
    rowids: dict[str, dict[str, int]] = {section.name: {} for section in sections()}
    persons: dict[str, int] = {}
    tags: dict[str, int] = {}
    for section in sections():
        for row in records.get(section.name, ()):
            if progress is not None and done and done % PROGRESS_STEP == 0:
                progress(done, total)
            done += 1
            values = {column: value for column, value in row.items() if not column.startswith("_")}
            for reference in section.references:
                if values[reference.column] is not None:
                    values[reference.column] = rowids[reference.table][values[reference.column]]
            rowid = _insert(raw, section.name, values)
            if section.identity is not None:
                rowids[section.name][row[section.identity]] = rowid
            if section.name == "persons":
                persons[row["pseudonym"].casefold()] = rowid
            elif section.name == "entries":
                for pseudonym in row["_persons"]:
                    if pseudonym.casefold() not in persons:  # a hand-written file may name persons only here
                        persons[pseudonym.casefold()] = _insert(raw, "persons", {
                            "uuid": new_uuid(), "pseudonym": pseudonym, "note": "",
                            "created_at": _stored_time(utc_now())})
                    _insert(raw, "entry_persons", {"entry_id": rowid, "person_id": persons[pseudonym.casefold()]})
                for tag in row["_tags"]:
                    if tag.casefold() not in tags:
                        tags[tag.casefold()] = _insert(raw, "tags", {"name": tag})
                    _insert(raw, "entry_tags", {"entry_id": rowid, "tag_id": tags[tag.casefold()]})
    _restore_revisions(raw, records)
    if progress is not None:
        progress(total, total)


def _restore_revisions(raw: sqlite3.Connection, records: Records) -> None:
    """The revisions as a file written before exports left them out carries them; else the
    revision of the record's content (the triggers computed it) with no earlier ones, and
    the time of its last edit as exported. Giving a dilemma its categories, one by one, made
    the revision triggers record each step as an edit (now)."""
    for section in sections():
        if not section.has_column("revision") or section.identity is None:
            continue
        rows = records.get(section.name, ())
        carried = [(row["revision"], row["revisions"], row["revised_at"], row[section.identity])
                   for row in rows if row["revision"] is not None]
        raw.executemany(
            f"UPDATE {section.name} SET revision = ?1, revisions = ?2, revised_at = ?3 WHERE {section.identity} = ?4 "
            "AND NOT (revision IS ?1 AND revisions IS ?2 AND revised_at IS ?3)", carried).close()
        computed = [(row["revisions"] or "", row["revised_at"], row[section.identity])
                    for row in rows if row["revision"] is None]
        raw.executemany(
            f"UPDATE {section.name} SET revisions = ?1, revised_at = coalesce(?2, revised_at) "
            f"WHERE {section.identity} = ?3 AND NOT (revisions IS ?1 AND revised_at IS coalesce(?2, revised_at))",
            computed).close()


def forget_deletions_of_present(copy: Database, journal: Database) -> None:
    """Drop the tombstones of ``copy`` that name records ``journal`` holds, so that merging
    ``copy`` into ``journal`` adds and updates but never deletes (an import)."""
    by_kind: dict[str, list[str]] = {}
    for kind, identity in _query_tuples(copy.raw, "SELECT kind, uuid FROM tombstones"):
        by_kind.setdefault(kind, []).append(identity)
    for kind, identities in by_kind.items():
        held = present(journal, kind)
        copy.raw.executemany("DELETE FROM tombstones WHERE kind = ? AND uuid = ?",
                             [(kind, identity) for identity in identities if identity in held]).close()


def present(database: Database, kind: str) -> set[str]:
    """The identities of the records of one kind (a table) the journal holds, as a tombstone
    names them: a uuid, a key, a day; "<uuid>:<uuid>" for a link between two records."""
    section = section_named().get(kind)
    if section is None:
        return set()
    if section.identity is not None:
        sql = f"SELECT {section.identity} FROM {kind}"
    elif len(section.references) == 2 and all(section_named()[r.table].identity == "uuid" for r in section.references):
        first, second = section.references
        sql = (f"SELECT a.uuid || ':' || b.uuid FROM {kind} l JOIN {first.table} a ON a.id = l.{first.column} "
               f"JOIN {second.table} b ON b.id = l.{second.column}")
    else:
        return set()
    return {identity for (identity,) in _query_tuples(database.raw, sql)}


def transaction(database: Database) -> _Transaction:
    return _Transaction(database.raw)


class _Transaction:
    """All or nothing on the raw connection (as ``merge_databases`` does)."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw

    def __enter__(self) -> None:
        self._raw.execute("BEGIN").close()

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        self._raw.execute("ROLLBACK" if error is not None else "COMMIT").close()


def _insert(raw: sqlite3.Connection, table: str, values: Mapping[str, Any]) -> int:
    cursor = raw.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                         tuple(values.values()))
    try:
        assert cursor.lastrowid is not None
        return cursor.lastrowid
    finally:
        cursor.close()


def _query(raw: sqlite3.Connection, sql: str, parameters: Mapping[str, Any] | Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = raw.execute(sql, parameters)
    try:
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    finally:
        cursor.close()  # an open cursor during serialize crashes CPython (VAULT-NOTES 1)


def _query_rows(raw: sqlite3.Connection, sql: str,
                parameters: Mapping[str, Any] | Sequence[Any] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The column names and the rows, as tuples (no dict per row)."""
    cursor = raw.execute(sql, parameters)
    try:
        return [column[0] for column in cursor.description], cursor.fetchall()
    finally:
        cursor.close()  # an open cursor during serialize crashes CPython (VAULT-NOTES 1)


def _query_tuples(raw: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]]:
    cursor = raw.execute(sql)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()
