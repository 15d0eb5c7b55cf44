"""Merging another copy of the journal: the conflict copy a sync service leaves beside it.

When the journal sits in a folder synced by Nextcloud, ownCloud, Dropbox, OneDrive, Google
Drive, iCloud or Syncthing and two computers changed it apart, the service keeps one
version under the journal's name and the other as a conflict copy beside it: "journal
(conflicted copy 2026-11-24 101530).carnet", "journal (Jane's conflicted copy
2026-11-24).carnet", "journal-DESKTOP-ABC123.carnet", "journal (1).carnet", "journal
2.carnet", "journal.sync-conflict-20261124-101530-ABCDEFG.carnet". ``find_conflict_copies``
finds them by this journal's identity in the header, whatever their name (another journal,
backups, and the version a restore set aside are never taken). ``merge_conflict_copies``
merges each into the journal, saves, and moves the copy into ``merged-conflicts/`` beside
the journal, encrypted as it is, never deleted, so that it is not merged again.

How records are merged (schema 0006 keeps what this needs; see its migration):

- Records are matched by identity: a uuid; a setting by its key, a schedule by its first
  day. Some records are also named by what they are, and two copies that each made one made
  the same record: a person's pseudonym, the changes to a built-in dilemma category, a
  limit's version of one day, a crossing ticked on an entry, an entry or a dilemma on the
  supervision agenda, the hours of a placement's day.
- Each record has a revision (a hash of its content) and remembers its earlier ones. When
  one copy's revision is among the other's earlier ones, only the other copy changed it
  since they parted: its version is taken. When neither is, both changed it, and both
  versions of what the worker wrote are kept: an entry, a dilemma's reflection or a
  check-in is kept twice, the older version as a new record (such an entry names the one it
  is another version of in ``entries.conflict_of``); in any other record the newer version
  stays in place and each text the older held differently is kept after it, under a line
  that says in words it is another version (``_TEXTS``; a one-line field gets it between
  brackets; a person's other pseudonym and a day's other count of hours go into the note;
  lists of follow-ups and guiding questions get both copies' lines). The worker's own
  templates: one saved again in both copies is kept twice, the older named as the other
  version. Choices that are not words (a status, a date, a limit's hour) are the newer's.
- A deletion leaves a tombstone with the revisions the record had. A record deleted in one
  copy and left as it was in the other stays deleted. Changed in the other copy since (its
  revision unknown to the tombstone), it is kept: an edit wins over a deletion, whichever
  came first, so nothing written is lost. So is a record that something new in the other
  copy hangs on (a dilemma that got a new reflection there), with what was deleted with it.
- Links between dilemmas or objectives and entries: the later of a link and its removal
  wins. An entry's persons and tags, and a dilemma's categories, go with the record's version.
- Settings: the newer version when both changed one, except what the prompt engine
  remembers and the worker's own templates, which are combined.
- Afterwards: off-hours flags are worked out again from the merged schedule, a dilemma's
  status is that of its latest status change, the agenda and the objectives are numbered
  again, and an entry's searchable persons follow their current pseudonyms.

Merging is idempotent (the same copy merged again changes nothing) and its outcome does not
depend on the order (A merged into B holds what B merged into A holds).

Its work follows what changed since the copies parted, not the journal's size: of every record
only its identity, revision, history and parents are read; a record the same in both copies
(same revision and history, same parents, the same tombstone or none) needs nothing and is
neither read whole nor looked at. Off-hours flags are judged again for the entries the merge
wrote, or for all of them when it wrote a schedule.

Where it errs, it errs towards keeping: a record deleted before schema 0006 left no
tombstone, so a copy that still has it brings it back; a copy written by a Carnet before
schema 0006 remembers no earlier revisions, so a record it changed is kept twice; a person
renamed in one copy while the other changed an entry about them makes that entry kept twice;
a version that lived less than a minute (while typing) is not remembered, so if a sync took
exactly that version the record is kept twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from journal_app.core import backups
from journal_app.core.database import Database, history
from journal_app.core.errors import (
    ForeignBackup, InvalidInput, JournalError, OlderCopy, Progress, StorageError, WrongPassphrase,
)
from journal_app.core.journal import JOURNAL_SUFFIX, Journal
from journal_app.core.prompts import STATE_KEY as PROMPT_STATE_KEY
from journal_app.core.resources import load_toml, pick
from journal_app.core.schedule import ScheduleStore
from journal_app.core.templates import _USER_TEMPLATES_KEY as TEMPLATES_KEY

MERGED_FOLDER = "merged-conflicts"

Row = dict[str, Any]


class ForeignCopy(InvalidInput):
    """A file offered as a copy of this journal belongs to another journal."""

    code = "foreign-copy"


class CopyPassphraseNeeded(WrongPassphrase):
    """The copy opens neither with the journal's key nor with the passphrase given (it was
    re-wrapped with another passphrase on the other computer): ask for that one."""

    code = "copy-passphrase"

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class SkippedCopy:
    path: Path
    code: str  # the error's code (errors.py): "damaged", "newer-format", "io", "copy-passphrase", "older-copy"...


@dataclass(frozen=True)
class MergeReport:
    """What merging changed. Counts are of the journal's records, never their content."""

    merged: tuple[Path, ...] = ()  # the copies merged, where they were kept (in merged-conflicts/)
    entries_added: int = 0
    entries_updated: int = 0  # taken from the copy, which changed them
    entries_kept_both: int = 0  # both copies changed them: the older version kept as another entry
    entries_deleted: int = 0  # deleted in the copy, unchanged here
    entries_kept_despite_deletion: int = 0  # deleted on one side, changed on the other: kept
    other_changes: int = 0  # persons, dilemmas, limits, check-ins, settings... added, updated or deleted
    # Of those, records both copies changed whose two versions were both kept: a check-in or a
    # reflection twice, or the older text after the newer in the same record (a dilemma...).
    texts_kept_both: int = 0
    # Both versions could not stand together (a person renamed, in each copy, to a pseudonym
    # the other gave someone else): this journal's version was kept, the other is in the copy.
    records_not_merged: int = 0
    skipped: tuple[SkippedCopy, ...] = ()  # copies left in place, and why

    @property
    def changed(self) -> bool:
        return bool(self.entries_added or self.entries_updated or self.entries_kept_both or self.entries_deleted
                    or self.entries_kept_despite_deletion or self.other_changes)

    @property
    def needs_passphrase(self) -> tuple[Path, ...]:
        return tuple(s.path for s in self.skipped if s.code == CopyPassphraseNeeded.code)

    @property
    def older_copies(self) -> tuple[Path, ...]:
        """Copies under an older key (from before a change of passphrase): never merged, to
        open with their own passphrase and compare."""
        return tuple(s.path for s in self.skipped if s.code == OlderCopy.code)

    def __add__(self, other: MergeReport) -> MergeReport:
        return MergeReport(
            merged=self.merged + other.merged,
            entries_added=self.entries_added + other.entries_added,
            entries_updated=self.entries_updated + other.entries_updated,
            entries_kept_both=self.entries_kept_both + other.entries_kept_both,
            entries_deleted=self.entries_deleted + other.entries_deleted,
            entries_kept_despite_deletion=self.entries_kept_despite_deletion + other.entries_kept_despite_deletion,
            other_changes=self.other_changes + other.other_changes,
            texts_kept_both=self.texts_kept_both + other.texts_kept_both,
            records_not_merged=self.records_not_merged + other.records_not_merged,
            skipped=self.skipped + other.skipped,
        )


# ----- finding conflict copies


def could_be_a_copy(journal_name: str, name: str) -> bool:
    """Whether a file named ``name`` beside the journal ``journal_name`` may be another copy
    of it. Sync services name their conflict copies in many ways (Nextcloud "journal
    (conflicted copy 2026-12-06 214012)", Dropbox "journal (Jean's conflicted copy
    2026-12-06)", OneDrive "journal-LAPTOP-AB12", Google Drive "journal (1)", iCloud "journal
    2", Syncthing "journal.sync-conflict-20261206-214012-ABCDEFG"), and a person may rename
    one: any journal file is a candidate, except the files Carnet writes there itself (a
    backup, the version a restore set aside as "journal.replaced-1") and hidden files (a
    save's temporary file). Only the name: ``find_conflict_copies`` checks the identity."""
    journal = Path(journal_name)
    if name == journal_name or name.startswith(".") or not name.lower().endswith(JOURNAL_SUFFIX):
        return False
    set_aside = re.fullmatch(re.escape(journal.stem) + r"\.replaced-\d+" + re.escape(JOURNAL_SUFFIX), name)
    return not (set_aside or backups.is_backup_name(name))


def find_conflict_copies(journal_path: Path | str, journal_id: str | None = None) -> list[Path]:
    """Other copies of this journal beside it, whatever their name: a journal file
    (``could_be_a_copy``) whose header carries this journal's identity (``journal_id``, else
    read from the journal's header; read without a key). Another journal's file, a file it
    cannot read, the journal itself under another name (a link) are left out; sub-folders
    (backups/, merged-conflicts/...) are not searched."""
    path = Path(journal_path)
    try:
        own = journal_id or backups.read_journal_id(path)
        candidates = [child for child in path.parent.iterdir()
                      if could_be_a_copy(path.name, child.name) and child.is_file()]
    except (JournalError, OSError):
        return []
    found = []
    for candidate in candidates:
        try:
            if backups.read_journal_id(candidate) == own and not os.path.samefile(candidate, path):
                found.append(candidate)
        except (JournalError, OSError):
            continue
    return sorted(found)


# ----- merging, the whole round


def merge_conflict_copies(journal: Journal, passphrase: str | None = None, language: str = "fr",
                          progress: Progress | None = None) -> MergeReport:
    """Find this journal's conflict copies, merge each, save, and move each merged copy into
    ``merged-conflicts/``. A copy that cannot be merged (damaged, from a newer Carnet, another
    passphrase) is left in place and listed in ``skipped``. Runs on the journal's worker.
    ``progress(done, total)`` counts the copies (``merge_copies``)."""
    if journal.read_only:
        raise RuntimeError("a journal opened read-only cannot take a merge")
    return merge_copies(journal, find_conflict_copies(journal.path, journal.journal_id), passphrase, language,
                        progress)


def merge_copies(journal: Journal, copies: Iterable[Path | str], passphrase: str | None = None,
                 language: str = "fr", progress: Progress | None = None) -> MergeReport:
    """Merge these copies, save once, then move them aside (``merge_conflict_copies`` with
    the copies given: the command line, or a copy whose passphrase was just asked).
    ``progress(done, total)`` counts the copies (it does not cancel: each merge is whole)."""
    report = MergeReport()
    done = []
    copies = [Path(copy) for copy in copies]
    for number, copy in enumerate(copies):
        if progress is not None:
            progress(number, len(copies))
        try:
            report += merge_into(journal, copy, passphrase, language)
        except JournalError as exc:  # another journal, damaged, from a newer Carnet, another passphrase
            report += MergeReport(skipped=(SkippedCopy(copy, exc.code),))
        else:
            done.append(copy)
    if progress is not None and copies:
        progress(len(copies), len(copies))
    if not done:
        return report
    journal.save()
    return replace(report, merged=tuple(_move_aside(copy, journal.path.parent / MERGED_FOLDER) for copy in done))


def _move_aside(copy: Path, folder: Path) -> Path:
    """Into ``folder`` under a free name, by renaming (same disk): never copied, never deleted."""
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / copy.name
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{copy.stem}.{number}{copy.suffix}"
        os.replace(copy, target)
    except OSError as exc:
        raise StorageError(f"the merged copy could not be moved aside ({exc.strerror or exc})") from exc
    return target


def merge_into(journal: Journal, other: Path | str, passphrase: str | None = None,
               language: str = "fr") -> MergeReport:
    """Merge the copy at ``other`` into the journal in memory (not saved, the copy left
    where it is), all or nothing. Raises ForeignCopy for another journal's file, OlderCopy
    for a copy under another key (never merged: see ``Journal.read_copy``),
    CopyPassphraseNeeded when it opens neither with the journal's key nor ``passphrase``,
    DamagedJournal, UnsupportedFormat (a newer Carnet wrote it) or StorageError."""
    path = Path(other)
    if path.resolve() == journal.path.resolve():
        raise InvalidInput("a journal cannot be merged with itself")
    try:
        copy = journal.read_copy(path, passphrase)
    except ForeignBackup as exc:
        raise ForeignCopy("this file is a copy of another journal") from exc
    except WrongPassphrase as exc:
        raise CopyPassphraseNeeded("this copy of the journal has another passphrase", path) from exc
    try:
        return merge_databases(journal.database, copy, language)
    finally:
        copy.close()


def merge_databases(local: Database, other: Database, language: str = "fr", *,
                    read_everything: bool = False) -> MergeReport:
    """Merge ``other`` into ``local`` (both at the current schema), in one transaction.
    ``language``: of the words that mark another version of a text both copies changed.

    Only the records the two copies hold differently are read whole and looked at (with what
    hangs on them): a record with the same revision and history in both needs nothing, so the
    work follows what changed since the copies parted, not the journal's size.
    ``read_everything``: read and look at every record (the same outcome, slower: for tests)."""
    merge = _Merge(local, other, language, read_everything=read_everything)
    raw = local.raw
    raw.execute("BEGIN")
    try:
        merge.run()
        raw.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back on its own (a corrupt page, a full disk): a
        # second ROLLBACK would raise and hide the error that matters.
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    report = merge.report()
    if report.changed:
        local.search_index_dirty = True
    if merge.schedule_matters:  # the off-hours flags that follow the schedule
        # The merged schedule is this journal's unless the merge wrote one: then only the entries
        # it wrote (judged in the other copy, under its schedule) need judging again.
        written = merge.touched["entries"]
        whole = bool(merge.touched["schedules"]) or len(written) > _JUDGED_ONE_BY_ONE
        ScheduleStore(local).reevaluate(None if whole else written)
    return report


# ----- what is merged


@dataclass(frozen=True)
class _Parent:
    column: str
    table: str
    cascade: bool = True  # deleting the parent deletes the record (else: the column becomes NULL)


@dataclass(frozen=True)
class _Kind:
    table: str
    identity: str = "uuid"
    parents: tuple[_Parent, ...] = ()
    # Columns that also name the record (a parent column by its parent's identity; text
    # compared case-insensitively): two copies that each made one made the same record.
    natural: tuple[tuple[str, ...], ...] = ()
    keep_both: bool = False  # both copies changed it: keep the older version as a new record
    # Something new of this kind keeps a parent deleted in the other copy (not for what is
    # computed: an agenda item follows a mark, which is the parent's own change).
    keeps_parent: bool = True
    # ...unless one of these columns holds something the worker wrote (a question on the agenda).
    keeps_parent_when: tuple[str, ...] = ()


_KINDS = (  # parents before children
    _Kind("settings", identity="key"),
    _Kind("schedules", identity="effective_from"),
    _Kind("persons", natural=(("pseudonym",),)),
    _Kind("dilemma_categories", natural=(("builtin_id",),)),
    _Kind("entries", keep_both=True),
    _Kind("dilemmas"),
    _Kind("dilemma_status_changes", parents=(_Parent("dilemma_id", "dilemmas"),)),
    _Kind("dilemma_reflections", parents=(_Parent("dilemma_id", "dilemmas"),), keep_both=True),
    _Kind("limits"),
    _Kind("limit_versions", parents=(_Parent("limit_id", "limits"),), natural=(("limit_id", "effective_from"),)),
    _Kind("limit_marks", parents=(_Parent("limit_id", "limits"), _Parent("entry_id", "entries")),
          natural=(("limit_id", "entry_id"),)),
    _Kind("checkins", keep_both=True),
    _Kind("supervision_sessions"),
    _Kind("supervision_agenda", parents=(
        _Parent("entry_id", "entries"), _Parent("dilemma_id", "dilemmas"),
        _Parent("from_session_id", "supervision_sessions", cascade=False),
    ), natural=(("entry_id",), ("dilemma_id",)), keeps_parent=False, keeps_parent_when=("question", "follow_up")),
    _Kind("supervision_session_items", parents=(
        _Parent("session_id", "supervision_sessions"), _Parent("entry_id", "entries"),
        _Parent("dilemma_id", "dilemmas"),
    )),
    _Kind("placements"),
    _Kind("placement_objectives", parents=(_Parent("placement_id", "placements"),)),
    _Kind("placement_hours", parents=(_Parent("placement_id", "placements"),), natural=(("placement_id", "day"),)),
)
_KIND = {kind.table: kind for kind in _KINDS}
# The worker's own words in records kept once (not ``keep_both``): table -> (column, the column
# that keeps its other version). When both copies changed a record, the newer version stays
# and each of these the older version held differently is kept after it, marked (``_kept_after``).
_TEXTS: dict[str, tuple[tuple[str, str], ...]] = {
    "persons": (("note", "note"), ("pseudonym", "note")),  # a pseudonym is unique: the other one goes in the note
    "dilemma_categories": (("name", "name"), ("explanation", "explanation")),
    "dilemmas": (("title", "title"), ("decision", "decision"), ("learned", "learned")),
    "dilemma_status_changes": (("note", "note"),),
    "limit_versions": (("label", "label"),),
    "limit_marks": (("note", "note"),),
    "supervision_sessions": (("with_whom", "with_whom"), ("discussed", "discussed"), ("outcome", "outcome")),
    "supervision_agenda": (("question", "question"), ("follow_up", "follow_up")),
    "supervision_session_items": (("question", "question"), ("follow_up", "follow_up")),
    "placements": (("institution", "institution"), ("tutor", "tutor"), ("school_supervisor", "school_supervisor"),
                   ("self_evaluation", "self_evaluation")),
    "placement_objectives": (("text", "text"),),
    "placement_hours": (("note", "note"), ("minutes", "note")),  # the other count of hours, in words
}
# One-line fields: the other version goes between brackets on the same line.
_ONE_LINE = {("dilemmas", "title"), ("dilemma_categories", "name"), ("limit_versions", "label"),
             ("supervision_sessions", "with_whom"), ("placements", "institution"), ("placements", "tutor"),
             ("placements", "school_supervisor"), ("placement_objectives", "text")}
# JSON lists of the worker's lines: both copies' lines, the newer's first.
_LISTS = {"dilemma_categories": ("questions",), "supervision_sessions": ("follow_ups",)}
# link table -> its two ends (column, table); a link is named "<first uuid>:<second uuid>"
_LINKS = {
    "dilemma_entries": (("dilemma_id", "dilemmas"), ("entry_id", "entries")),
    "objective_entries": (("objective_id", "placement_objectives"), ("entry_id", "entries")),
}
_REVISION_COLUMNS = ("revision", "revisions", "revised_at")
# Up to this many entries written by a merge, their off-hours flags are judged by id (one bound
# parameter each; SQLite before 3.32 takes at most 999); beyond, all entries are.
_JUDGED_ONE_BY_ONE = 500


@dataclass
class _Tombstone:
    deleted_at: str
    revision: str | None
    revisions: str


@dataclass
class _Side:
    """One copy's records: rows by identity, identities by row id, tombstones. Every record's
    outline (``read_outlines``: row id, identity, revision, history, parents), and whole only
    the records the merge looks at (``read_whole``)."""

    database: Database
    rows: dict[str, dict[str, Row]] = field(default_factory=dict)
    names: dict[str, dict[int, str]] = field(default_factory=dict)  # table -> row id -> identity
    tombstones: dict[str, dict[str, _Tombstone]] = field(default_factory=lambda: defaultdict(dict))
    whole: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # table -> whole rows read

    def read_outlines(self) -> None:
        for kind in _KINDS:
            # In one pass, each statement read to its end (VAULT-NOTES 1): at 50,000 entries,
            # building these outlines is most of the merge's time.
            columns = ("_rowid", kind.identity, "revision", "revisions", *(p.column for p in kind.parents))
            rows, names = {}, {}
            for values in self.database.raw.execute(f"SELECT rowid, {', '.join(columns[1:])} "
                                                    f"FROM {kind.table}").fetchall():
                rows[values[1]] = dict(zip(columns, values))
                names[values[0]] = values[1]
            self.rows[kind.table], self.names[kind.table] = rows, names
        for kind_name, identity, deleted_at, revision, revisions in self.database.raw.execute(
                "SELECT kind, uuid, deleted_at, revision, revisions FROM tombstones").fetchall():
            self.tombstones[kind_name][identity] = _Tombstone(deleted_at, revision, revisions or "")

    def read_whole(self, table: str, identities: Iterable[str]) -> None:
        """These records' whole rows, in place of their outlines."""
        known = self.rows[table]
        rowids = [known[identity]["_rowid"] for identity in identities if identity in known]
        if not rowids:
            return
        for row in _query(self.database.raw, f"SELECT rowid AS _rowid, * FROM {table} "
                                             "WHERE rowid IN (SELECT value FROM json_each(?))", (json.dumps(rowids),)):
            known[row[_KIND[table].identity]] = row
            self.whole[table] += 1

    def rename(self, table: str, old: str, new: str) -> None:
        row = self.rows[table].pop(old)
        row[_KIND[table].identity] = new
        self.rows[table][new] = row
        self.names[table][row["_rowid"]] = new

    def rowid(self, table: str, identity: str | None) -> int | None:
        row = self.rows[table].get(identity) if identity is not None else None
        return None if row is None else row["_rowid"]


def _query(raw: sqlite3.Connection, sql: str, parameters: Iterable[Any] = ()) -> list[Row]:
    cursor = raw.cursor()
    try:
        cursor.execute(sql, tuple(parameters))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, values)) for values in cursor.fetchall()]
    finally:
        cursor.close()  # an open cursor during serialize crashes CPython (VAULT-NOTES 1)


def _known(revision: str | None, among: _Tombstone | Row) -> bool:
    """Whether ``revision`` is the current or an earlier revision of ``among``."""
    if revision is None:
        return False
    current = among.revision if isinstance(among, _Tombstone) else among["revision"]
    earlier = among.revisions if isinstance(among, _Tombstone) else among["revisions"]
    return revision == current or revision in (earlier or "").split()


def _newer(first: Row, second: Row) -> bool:
    """Whether ``first`` is the newer edit (the same answer whichever copy asks)."""
    return (first["revised_at"] or "", first["revision"] or "") > (second["revised_at"] or "", second["revision"] or "")


def _copy_uuid(identity: str, revision: str | None) -> str:
    """The uuid of the older version kept as a new record: the same in every copy that
    merges the same two versions, so merging again (or the other way round) finds it."""
    return hashlib.blake2b(f"{identity}:{revision}".encode(), digest_size=16).hexdigest()


class _Merge:
    def __init__(self, local: Database, other: Database, language: str = "fr", *,
                 read_everything: bool = False) -> None:
        self.language = language
        self.read_everything = read_everything
        self.local = _Side(local)
        self.other = _Side(other)
        self.raw = local.raw
        self.columns = {kind.table: self._content_columns(kind) for kind in _KINDS}
        self.counts: dict[str, int] = defaultdict(int)
        # Local row ids written or deleted, by table; "<table>.<column>": their parents' row ids.
        self.touched: dict[str, set[int]] = defaultdict(set)
        self.schedule_matters = False
        # Tombstones set aside because the record was kept (table -> identity -> deleted_at):
        # what was deleted along with it comes back too.
        self.overridden_here: dict[str, dict[str, str]] = defaultdict(dict)
        self.overridden_there: dict[str, dict[str, str]] = defaultdict(dict)
        self.alive_here: dict[str, set[str]] = defaultdict(set)
        self.alive_there: dict[str, set[str]] = defaultdict(set)

    def report(self) -> MergeReport:
        return MergeReport(
            entries_added=self.counts["entries.added"], entries_updated=self.counts["entries.updated"],
            entries_kept_both=self.counts["entries.kept_both"], entries_deleted=self.counts["entries.deleted"],
            entries_kept_despite_deletion=self.counts["entries.kept_despite_deletion"],
            other_changes=sum(n for key, n in self.counts.items()
                              if key.partition(".")[0] not in ("entries", "not", "texts")),
            texts_kept_both=self.counts["texts.kept_both"],
            records_not_merged=self.counts["not.merged"],
        )

    def _content_columns(self, kind: _Kind) -> list[str]:
        names = [row[1] for row in self.raw.execute(f"PRAGMA table_info({kind.table})").fetchall()]
        skipped = {"id", kind.identity, *_REVISION_COLUMNS, *(p.column for p in kind.parents)}
        return [name for name in names if name not in skipped]

    def run(self) -> None:
        self.local.read_outlines()
        self.other.read_outlines()
        self.looked_at = self._what_to_look_at()
        for kind in _KINDS:
            self.local.read_whole(kind.table, self.looked_at[kind.table])
            self.other.read_whole(kind.table, self.looked_at[kind.table])
        self.entry_persons = self._owned("entries", "entry_id", "SELECT entry_id, person_id FROM entry_persons")
        self.entry_tags = self._owned("entries", "et.entry_id", "SELECT et.entry_id, t.name FROM entry_tags et "
                                      "JOIN tags t ON t.id = et.tag_id", order="t.name")
        self.dilemma_categories = self._owned("dilemmas", "dilemma_id", "SELECT dilemma_id, category, position "
                                              "FROM dilemma_category_links", order="dilemma_id, position")
        for kind in _KINDS:
            self._reparent(kind)
            self._unify(kind)
        self._find_what_keeps_parents()
        for kind in _KINDS:
            for identity in sorted(self.looked_at[kind.table]):
                if kind.natural:
                    self._merge_record_or_keep_ours(kind, identity)
                else:
                    self._merge_record(kind, identity)
        for table in _LINKS:
            self._merge_links(table)
        self._settle()

    def _what_to_look_at(self) -> dict[str, set[str]]:
        """Table -> the identities this merge looks at: those the two copies hold differently
        (on one side only, another revision or history, no revision to tell, other parents, a
        tombstone that differs), and what hangs on one of them (its merge may delete it, or a
        parent may take another identity). A record the same in both needs nothing: merging
        it would only write what it already holds."""
        looked_at: dict[str, set[str]] = {}
        for kind in _KINDS:
            here, there = self.local.rows[kind.table], self.other.rows[kind.table]
            here_gone, there_gone = self.local.tombstones[kind.table], self.other.tombstones[kind.table]
            if self.read_everything:
                looked_at[kind.table] = set(here) | set(there) | set(here_gone) | set(there_gone)
                continue
            differing = here.keys() ^ there.keys()
            differing.update(identity for identity in set(here_gone) | set(there_gone)
                             if here_gone.get(identity) != there_gone.get(identity))
            for identity, row in here.items():
                theirs = there.get(identity)
                if theirs is not None and (row["revision"] is None or row["revision"] != theirs["revision"]
                                           or row["revisions"] != theirs["revisions"]
                                           or kind.parents and self._parent_names(kind, self.local, row)
                                           != self._parent_names(kind, self.other, theirs)):
                    differing.add(identity)
            for side in (self.local, self.other) if kind.parents else ():
                for identity, row in side.rows[kind.table].items():
                    if any(name in looked_at[parent.table]
                           for parent, name in zip(kind.parents, self._parent_names(kind, side, row))):
                        differing.add(identity)
            looked_at[kind.table] = differing
        return looked_at

    @staticmethod
    def _parent_names(kind: _Kind, side: _Side, row: Row) -> tuple[str | None, ...]:
        return tuple(side.names[parent.table].get(row[parent.column]) for parent in kind.parents)

    def _owned(self, owner_table: str, owner_column: str, select: str, order: str = "") -> dict[int, list[Any]]:
        """What the other copy's records looked at own (an entry's persons...), by their row id:
        ``select`` (the owner's row id first) of those owners."""
        other = self.other.rows[owner_table]
        owners = [other[identity]["_rowid"] for identity in self.looked_at[owner_table] if identity in other]
        owned: dict[int, list[Any]] = defaultdict(list)
        if not owners:
            return owned
        sql = f"{select} WHERE {owner_column} IN (SELECT value FROM json_each(?))"
        if order:
            sql += f" ORDER BY {order}"
        for owner, *values in self.other.database.raw.execute(sql, (json.dumps(owners),)).fetchall():
            owned[owner].append(values[0] if len(values) == 1 else tuple(values))
        return owned

    def _reparent(self, kind: _Kind) -> None:
        """Parents by identity, after the parents' own merge (identities may have been unified).
        A record without parents needs none unless it is looked at."""
        for side in (self.local, self.other):
            rows = side.rows[kind.table]
            needed = rows.values() if kind.parents else (rows[i] for i in self.looked_at[kind.table] if i in rows)
            for row in needed:
                row["_parents"] = {p.column: side.names[p.table].get(row[p.column]) for p in kind.parents}

    # --- records named by what they are

    def _natural_keys(self, kind: _Kind, row: Row) -> list[tuple[Any, ...]]:
        keys = []
        for index, columns in enumerate(kind.natural):
            values = [row["_parents"][c] if c in row["_parents"] else row[c] for c in columns]
            if all(value is not None for value in values):
                keys.append((index, *(v.casefold() if isinstance(v, str) else v for v in values)))
        return keys

    def _unify(self, kind: _Kind) -> None:
        """A record each copy made under its own uuid (the same pseudonym...) is one record,
        under the smaller uuid in both copies; the other uuid gets a tombstone."""
        if not kind.natural:
            return
        here, there = self.local.rows[kind.table], self.other.rows[kind.table]
        by_key: dict[tuple[Any, ...], str] = {}
        for identity, row in here.items():
            if identity not in there:
                for key in self._natural_keys(kind, row):
                    by_key.setdefault(key, identity)
        for identity, row in sorted(there.items()):
            if identity in here:
                continue
            match = next((by_key.pop(key) for key in self._natural_keys(kind, row) if by_key.get(key) in here), None)
            if match is None or match in there:
                continue
            keep, drop = sorted((identity, match))
            local_row, other_row = here[match], row
            dropped = local_row if drop == match else other_row
            if drop == match:
                self.raw.execute(f"UPDATE {kind.table} SET {kind.identity} = ? WHERE rowid = ?",
                                 (keep, local_row["_rowid"]))
                self.local.rename(kind.table, match, keep)
            else:
                self.other.rename(kind.table, identity, keep)
            tombstone = _Tombstone(max(local_row["revised_at"] or "", other_row["revised_at"] or ""),
                                   dropped["revision"], history(dropped["revisions"]))
            self._write_tombstone(kind.table, drop, tombstone)

    # --- what keeps a deleted parent

    def _find_what_keeps_parents(self) -> None:
        """A record one copy has and the other deleted stays when something new of the first
        copy hangs on it (recursively): a new reflection keeps its dilemma."""
        for kind in reversed(_KINDS):
            for side, against, alive in ((self.local, self.other, self.alive_here),
                                         (self.other, self.local, self.alive_there)):
                rows = side.rows[kind.table]
                for identity in (self.looked_at[kind.table] | alive[kind.table]) & rows.keys():
                    row = rows[identity]
                    keeps = kind.keeps_parent or any(row.get(column) for column in kind.keeps_parent_when)
                    if not (identity in alive[kind.table] or keeps and self._new_to(kind, identity, row, against)):
                        continue
                    for parent in kind.parents:
                        if parent.cascade and row["_parents"][parent.column] is not None:
                            alive[parent.table].add(row["_parents"][parent.column])

    @staticmethod
    def _new_to(kind: _Kind, identity: str, row: Row, against: _Side) -> bool:
        if identity in against.rows[kind.table]:
            return False
        tombstone = against.tombstones[kind.table].get(identity)
        return tombstone is None or not _known(row["revision"], tombstone)

    # --- one record

    def _merge_record_or_keep_ours(self, kind: _Kind, identity: str) -> None:
        """``_merge_record`` for a record a unique name constrains: should the other version
        take a name another record has here, this journal's version stays (the other one is
        in the copy, kept in merged-conflicts/)."""
        here = self.local.rows[kind.table].get(identity)
        before = (dict(here) if here is not None else None, set(self.local.rows[kind.table]),
                  self.local.tombstones[kind.table].get(identity), dict(self.counts))
        self.raw.execute("SAVEPOINT one_record")
        try:
            self._merge_record(kind, identity)
        except sqlite3.IntegrityError:
            self.raw.execute("ROLLBACK TO one_record")
            row, identities, tombstone, counts = before
            if here is not None and row is not None:
                here.clear()
                here.update(row)
                self.local.rows[kind.table][identity] = here
            for added in set(self.local.rows[kind.table]) - identities:
                self.local.names[kind.table].pop(self.local.rows[kind.table].pop(added)["_rowid"], None)
            if tombstone is not None:
                self.local.tombstones[kind.table][identity] = tombstone
            self.counts = defaultdict(int, counts)
            self.counts["not.merged"] += 1
        self.raw.execute("RELEASE one_record")

    def _merge_record(self, kind: _Kind, identity: str) -> None:
        table = kind.table
        here = self._present_here(kind, identity)
        there = self.other.rows[table].get(identity)
        here_gone = self._tombstone(kind, identity, self.local, self.overridden_here)
        there_gone = self._tombstone(kind, identity, self.other, self.overridden_there)
        if here is not None and there is not None:
            self._merge_versions(kind, identity, here, there)
        elif here is not None:
            if there_gone is None:
                return  # new here
            if _known(here["revision"], there_gone) and identity not in self.alive_here[table]:
                self._delete(kind, here, there_gone)
            else:  # changed here since, or something new here hangs on it: stays as it is here
                self.overridden_there[table][identity] = there_gone.deleted_at
        elif there is not None:
            if here_gone is not None and (_known(there["revision"], here_gone)
                                          and identity not in self.alive_there[table]):
                merged = _Tombstone(here_gone.deleted_at, here_gone.revision,
                                    history(here_gone.revisions, there["revision"], there["revisions"]))
                self._write_tombstone(table, identity, merged, unless_equal=here_gone)
                return
            if not self._parents_here(kind, there):
                return  # what it belongs to is gone here
            if here_gone is not None:
                self.overridden_here[table][identity] = here_gone.deleted_at
            self._add(kind, identity, there, history(there["revision"], there["revisions"],
                                                      *((here_gone.revision, here_gone.revisions) if here_gone else ())))
            self._count(table, "added" if here_gone is None else "kept_despite_deletion")
        else:
            self._merge_tombstones(table, identity, self.local.tombstones[table].get(identity),
                                   self.other.tombstones[table].get(identity))

    def _present_here(self, kind: _Kind, identity: str) -> Row | None:
        """The local row, unless what it belonged to was deleted by this merge (cascade)."""
        row = self.local.rows[kind.table].get(identity)
        if row is None:
            return None
        for parent in kind.parents:
            value = row["_parents"][parent.column]
            if parent.cascade and value is not None and value not in self.local.rows[parent.table]:
                del self.local.rows[kind.table][identity]
                return None
        return row

    def _tombstone(self, kind: _Kind, identity: str, side: _Side,
                   overridden: dict[str, dict[str, str]]) -> _Tombstone | None:
        """The side's tombstone, unless it went with a parent that is kept after all."""
        tombstone = side.tombstones[kind.table].get(identity)
        if tombstone is None:
            return None
        row = self.local.rows[kind.table].get(identity) or self.other.rows[kind.table].get(identity)
        for parent in kind.parents if row is not None else ():
            value = row["_parents"][parent.column]
            since = overridden[parent.table].get(value) if value is not None else None
            if parent.cascade and since is not None and tombstone.deleted_at >= since:
                return None
        return tombstone

    def _parents_here(self, kind: _Kind, row: Row) -> bool:
        return all(row["_parents"][p.column] is None or row["_parents"][p.column] in self.local.rows[p.table]
                   for p in kind.parents if p.cascade)

    def _merge_versions(self, kind: _Kind, identity: str, here: Row, there: Row) -> None:
        if here["revision"] == there["revision"] and here["revisions"] == there["revisions"]:
            return  # the same version, known the same way: nothing to learn from the copy
        if here["revision"] == there["revision"] or _known(there["revision"], here):
            winner, loser = (there, here) if here["revision"] == there["revision"] and _newer(there, here) else (here, there)
            self._set_history(kind, here, history(winner["revision"], winner["revisions"],
                                                  loser["revision"], loser["revisions"]), here["revised_at"])
            return
        if _known(here["revision"], there):
            self._take(kind, here, there, history(there["revision"], there["revisions"],
                                                  here["revision"], here["revisions"]))
            self._count(kind.table, "updated")
            return
        # Both changed it since the copies parted.
        winner, loser = (there, here) if _newer(there, here) else (here, there)
        merged = history(winner["revision"], winner["revisions"], loser["revision"], loser["revisions"])
        if kind.keep_both:  # first: the older version's persons and tags may be this journal's
            self._keep_older(kind, identity, dict(loser), from_here=loser is here)
        special = self._combined(kind, winner, loser)
        if kind.table != "entries" and (kind.keep_both or special is not None and kind.table in _TEXTS):
            self.counts["texts.kept_both"] += 1
        if special is not None:
            self._write_content(kind, here, special, self.other if winner is there else self.local)
            self._set_history(kind, here, merged, winner["revised_at"], current_first=True)
        elif winner is there:
            self._take(kind, here, there, merged)
        else:
            self._set_history(kind, here, merged, here["revised_at"])
        self._count(kind.table, "kept_both" if kind.keep_both else "updated")

    def _combined(self, kind: _Kind, newer: Row, older: Row) -> Row | None:
        """Both versions in one, where the newer alone would lose something written."""
        if kind.table in _TEXTS or kind.table in _LISTS:
            combined = dict(newer)
            for column, into in _TEXTS.get(kind.table, ()):
                other = older[column]
                if other is None or other == newer[column] or not str(other).strip():
                    continue
                if column == "pseudonym" and other.casefold() == newer[column].casefold():
                    continue  # the same person (a pseudonym is compared without case)
                if column == "minutes":
                    other = f"{int(other) // 60}:{int(other) % 60:02d}"
                combined[into] = self._kept_after(combined[into] or "", str(other), older["revised_at"],
                                                  one_line=(kind.table, into) in _ONE_LINE)
            for column in _LISTS.get(kind.table, ()):
                try:
                    lines = [*json.loads(newer[column] or "[]"), *json.loads(older[column] or "[]")]
                except ValueError:
                    continue
                combined[column] = json.dumps(list(dict.fromkeys(lines)), ensure_ascii=False)
            return None if combined == newer else combined
        if kind.table == "settings" and newer["key"] in _SETTING_MERGES:
            try:
                value = _SETTING_MERGES[newer["key"]](json.loads(newer["value"]), json.loads(older["value"]),
                                                      self._kept_after)
            except (ValueError, TypeError, AttributeError, KeyError):
                return None
            return {**newer, "value": json.dumps(value, ensure_ascii=False, sort_keys=True)}
        return None

    def _kept_after(self, text: str, other: str, other_at: str | None, *, one_line: bool = False) -> str:
        """``text`` with ``other`` (another version of it) kept after it, marked in words,
        unless ``text`` already holds it (merged before)."""
        if other in text:
            return text
        words = pick(load_toml("merge", "versions.toml"), self.language)
        if one_line:
            return " ".join(part for part in (text, words["short"].format(text=" ".join(other.split()))) if part)
        line = words["long"].format(date=(other_at or "")[:10])
        return f"{text}\n\n{line}\n{other}" if text else f"{line}\n{other}"

    def _keep_older(self, kind: _Kind, identity: str, loser: Row, *, from_here: bool) -> None:
        """The older of two versions both copies changed, as a new record beside the newer."""
        uuid = _copy_uuid(identity, loser["revision"])
        if any(uuid in side.rows[kind.table] or uuid in side.tombstones[kind.table]
               for side in (self.local, self.other)):
            return  # kept at an earlier merge (and perhaps deleted since)
        values = {**loser}
        if kind.table == "entries":
            values["conflict_of"] = identity
        owned_by = self.local if from_here else self.other
        self._add(kind, uuid, values, "", owned_side=owned_by)

    def _merge_tombstones(self, table: str, identity: str, here: _Tombstone | None,
                          there: _Tombstone | None) -> None:
        if there is None or there == here:
            return  # nothing the copy adds
        if here is None:
            self._write_tombstone(table, identity, there)
            return
        first, second = sorted((here, there), key=lambda t: (t.deleted_at, t.revision or ""), reverse=True)
        merged = _Tombstone(first.deleted_at, first.revision,
                            history(first.revisions, second.revision, second.revisions))
        self._write_tombstone(table, identity, merged, unless_equal=here)

    # --- writing

    def _count(self, table: str, what: str) -> None:
        self.counts[f"{table}.{what}"] += 1
        if table in ("schedules", "entries"):
            self.schedule_matters = True

    def _values(self, kind: _Kind, row: Row) -> dict[str, Any]:
        values = {column: row[column] for column in self.columns[kind.table]}
        for parent in kind.parents:
            parent_identity = row["_parents"][parent.column]
            values[parent.column] = self.local.rowid(parent.table, parent_identity)
        return values

    def _write_content(self, kind: _Kind, here: Row, source: Row, owned_side: _Side | None = None) -> None:
        values = {column: source[column] for column in self.columns[kind.table]}
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.raw.execute(f"UPDATE {kind.table} SET {assignments} WHERE rowid = ?", (*values.values(), here["_rowid"]))
        self._write_owned(kind, here["_rowid"], source, owned_side or self.other)
        here.update(values)
        self._note(kind, here)

    def _take(self, kind: _Kind, here: Row, there: Row, merged: str) -> None:
        self._write_content(kind, here, there)
        self._set_history(kind, here, merged, there["revised_at"], current_first=True)

    def _add(self, kind: _Kind, identity: str, source: Row, revisions: str, owned_side: _Side | None = None) -> None:
        values = self._values(kind, source)
        values[kind.identity] = identity
        values["revisions"] = revisions
        values["revised_at"] = source["revised_at"]
        names = ", ".join(values)
        cursor = self.raw.execute(f"INSERT INTO {kind.table} ({names}) VALUES ({', '.join('?' * len(values))})",
                                  tuple(values.values()))
        rowid = cursor.lastrowid
        assert rowid is not None
        row = {**source, **values, "_rowid": rowid, "_parents": dict(source["_parents"])}
        self._write_owned(kind, rowid, source, owned_side or self.other)
        self.local.rows[kind.table][identity] = row
        self.local.names[kind.table][rowid] = identity
        self._set_history(kind, row, revisions, source["revised_at"], current_first=True)
        self._note(kind, row)

    def _set_history(self, kind: _Kind, here: Row, revisions: str, revised_at: str | None, *,
                     current_first: bool = False) -> None:
        """Write what the row remembers; ``current_first``: after a write of its content, its
        revision as the trigger computed it comes first."""
        if current_first:
            (current,) = self.raw.execute(f"SELECT revision FROM {kind.table} WHERE rowid = ?",
                                          (here["_rowid"],)).fetchone()
            revisions = history(current, revisions)
            here["revision"] = current
        # After a write the triggers may have recorded each step (a dilemma's categories come
        # one by one) as an edit made now: the row in memory is stale then, so always write.
        if not current_first and (revisions, revised_at) == (here["revisions"], here["revised_at"]):
            return
        self.raw.execute(f"UPDATE {kind.table} SET revisions = ?, revised_at = ? WHERE rowid = ?",
                         (revisions, revised_at, here["_rowid"]))
        here["revisions"], here["revised_at"] = revisions, revised_at

    def _write_owned(self, kind: _Kind, rowid: int, source: Row, side: _Side) -> None:
        """An entry's persons and tags, a dilemma's categories: as in ``source`` (of ``side``)."""
        source_rowid = source["_rowid"]
        if kind.table == "entries":
            person_rowids = (self.entry_persons.get(source_rowid, []) if side is self.other
                             else [p for (p,) in self.raw.execute(
                                 "SELECT person_id FROM entry_persons WHERE entry_id = ?", (source_rowid,)).fetchall()])
            persons = [side.names["persons"].get(rowid) for rowid in person_rowids]  # identities, once unified
            tags = (self.entry_tags.get(source_rowid, []) if side is self.other
                    else [t for (t,) in self.raw.execute(
                        "SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = ?",
                        (source_rowid,)).fetchall()])
            self.raw.execute("DELETE FROM entry_persons WHERE entry_id = ?", (rowid,))
            self.raw.execute("DELETE FROM entry_tags WHERE entry_id = ?", (rowid,))
            for person in dict.fromkeys(persons):
                person_rowid = self.local.rowid("persons", person)
                if person_rowid is None and person in side.rows["persons"]:  # not merged: the same pseudonym here
                    found = self.raw.execute("SELECT id FROM persons WHERE casefold(pseudonym) = ?",
                                             (side.rows["persons"][person]["pseudonym"].casefold(),)).fetchone()
                    person_rowid = found[0] if found else None
                if person_rowid is not None:
                    self.raw.execute("INSERT OR IGNORE INTO entry_persons (entry_id, person_id) VALUES (?, ?)",
                                     (rowid, person_rowid))
            for tag in tags:
                self.raw.execute("INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
                                 (rowid, self._tag(tag)))
        elif kind.table == "dilemmas":
            categories = (self.dilemma_categories.get(source_rowid, []) if side is self.other
                          else self.raw.execute("SELECT category, position FROM dilemma_category_links "
                                                "WHERE dilemma_id = ?", (source_rowid,)).fetchall())
            current = self.raw.execute("SELECT category, position FROM dilemma_category_links WHERE dilemma_id = ? "
                                       "ORDER BY position", (rowid,)).fetchall()
            if sorted(current, key=lambda c: c[1]) != sorted(categories, key=lambda c: c[1]):
                self.raw.execute("DELETE FROM dilemma_category_links WHERE dilemma_id = ?", (rowid,))
                self.raw.executemany(
                    "INSERT INTO dilemma_category_links (dilemma_id, category, position) VALUES (?, ?, ?)",
                    [(rowid, category, position) for category, position in categories])

    def _tag(self, name: str) -> int:
        found = self.raw.execute("SELECT id FROM tags WHERE casefold(name) = ?", (name.casefold(),)).fetchone()
        if found is not None:
            return int(found[0])
        cursor = self.raw.execute("INSERT INTO tags (name) VALUES (?)", (name,))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _delete(self, kind: _Kind, here: Row, tombstone: _Tombstone) -> None:
        self.raw.execute(f"DELETE FROM {kind.table} WHERE rowid = ?", (here["_rowid"],))
        del self.local.rows[kind.table][here[kind.identity]]
        self._note(kind, here)
        merged = _Tombstone(tombstone.deleted_at, tombstone.revision,
                            history(tombstone.revisions, here["revision"], here["revisions"]))
        self._write_tombstone(kind.table, here[kind.identity], merged)
        self._count(kind.table, "deleted")

    def _write_tombstone(self, kind: str, identity: str, tombstone: _Tombstone,
                         unless_equal: _Tombstone | None = None) -> None:
        if tombstone == unless_equal:
            return
        self.raw.execute("INSERT OR REPLACE INTO tombstones (kind, uuid, deleted_at, revision, revisions) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (kind, identity, tombstone.deleted_at, tombstone.revision, tombstone.revisions))
        self.local.tombstones[kind][identity] = tombstone

    # --- links

    def _merge_links(self, table: str) -> None:
        """The later of a link and its removal wins; a link whose end is gone is gone."""
        (first_column, first_table), (second_column, second_table) = _LINKS[table]
        sql = (f"SELECT a.uuid || ':' || b.uuid, l.linked_at FROM {table} l "
               f"JOIN {first_table} a ON a.id = l.{first_column} JOIN {second_table} b ON b.id = l.{second_column}")
        here = dict(self.raw.execute(sql).fetchall())
        there = dict(self.other.database.raw.execute(sql).fetchall())
        here_gone, there_gone = self.local.tombstones[table], self.other.tombstones[table]
        for key in sorted(set(here) | set(there) | set(here_gone) | set(there_gone)):
            first, second = key.split(":")
            ends = (self.local.rowid(first_table, first), self.local.rowid(second_table, second))
            if key in here and key in there:
                if there[key] < here[key]:
                    self.raw.execute(f"UPDATE {table} SET linked_at = ? WHERE {first_column} = ? AND {second_column} = ?",
                                     (there[key], *ends))
            elif key in here:
                removed = there_gone.get(key)
                if removed is not None and removed.deleted_at >= here[key]:
                    self.raw.execute(f"DELETE FROM {table} WHERE {first_column} = ? AND {second_column} = ?", ends)
                    self._write_tombstone(table, key, removed)
                    self.counts[f"{table}.deleted"] += 1
            elif key in there:
                removed = here_gone.get(key)
                if (removed is None or removed.deleted_at < there[key]) and None not in ends:
                    self.raw.execute(f"INSERT INTO {table} ({first_column}, {second_column}, linked_at) "
                                     f"VALUES (?, ?, ?)", (*ends, there[key]))
                    self.counts[f"{table}.added"] += 1
            else:
                self._merge_tombstones(table, key, here_gone.get(key), there_gone.get(key))

    # --- afterwards

    def _settle(self) -> None:
        """What follows from the records this merge wrote (only written where it differs)."""
        # A dilemma's status is its latest status change.
        dilemmas = self.touched["dilemmas"] | self.touched["dilemma_status_changes.dilemma_id"]
        for dilemma_id in sorted(dilemmas):
            found = self.raw.execute(
                "SELECT d.status, (SELECT s.status FROM dilemma_status_changes s WHERE s.dilemma_id = d.id "
                "ORDER BY s.changed_at DESC, s.uuid DESC LIMIT 1) FROM dilemmas d WHERE d.id = ?", (dilemma_id,)).fetchone()
            if found is not None and found[1] is not None and found[0] != found[1]:
                self.raw.execute("UPDATE dilemmas SET status = ? WHERE id = ?", (found[1], dilemma_id))
        # The agenda and a placement's objectives are numbered again, in their merged order.
        if self.touched["supervision_agenda"]:
            self._renumber("SELECT rowid, position FROM supervision_agenda ORDER BY position, uuid", "supervision_agenda")
        for placement_id in sorted(self.touched["placement_objectives.placement_id"]):
            self._renumber(f"SELECT rowid, position FROM placement_objectives WHERE placement_id = {int(placement_id)} "
                           "ORDER BY position, uuid", "placement_objectives")
        # An entry's searchable persons follow their current pseudonyms (one may have been renamed).
        entries = set(self.touched["entries"])
        for person_id in self.touched["persons"]:
            entries.update(row[0] for row in self.raw.execute(
                "SELECT entry_id FROM entry_persons WHERE person_id = ?", (person_id,)).fetchall())
        for entry_id in sorted(entries):
            found = self.raw.execute("SELECT search_persons FROM entries WHERE id = ?", (entry_id,)).fetchone()
            names = [name for (name,) in self.raw.execute(
                "SELECT p.pseudonym FROM entry_persons ep JOIN persons p ON p.id = ep.person_id WHERE ep.entry_id = ? "
                "ORDER BY p.pseudonym", (entry_id,)).fetchall()]
            if found is not None and sorted(found[0].casefold().split()) != sorted(" ".join(names).casefold().split()):
                self.raw.execute("UPDATE entries SET search_persons = ? WHERE id = ?", (" ".join(names), entry_id))
        if self.touched["entries"]:
            self.raw.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")

    def _renumber(self, sql: str, table: str) -> None:
        for number, (rowid, position) in enumerate(self.raw.execute(sql).fetchall()):
            if position != number:
                self.raw.execute(f"UPDATE {table} SET position = ? WHERE rowid = ?", (number, rowid))

    def _note(self, kind: _Kind, row: Row) -> None:
        """This record was written or deleted here: what follows from it is settled after."""
        self.touched[kind.table].add(row["_rowid"])
        for parent in kind.parents:
            if row.get(parent.column) is not None:
                self.touched[f"{kind.table}.{parent.column}"].add(row[parent.column])


# ----- settings whose two versions are combined


def _merged_prompt_state(newer: dict[str, Any], older: dict[str, Any],
                         kept_after: object = None) -> dict[str, Any]:
    """What the prompt engine remembers of each prompt, from both copies: the entries written
    from it, how often it was shown, and the latest of each moment."""
    merged = dict(newer)
    prompts = {key: dict(value) for key, value in newer.get("prompts", {}).items()}
    for prompt_id, record in older.get("prompts", {}).items():
        mine = prompts.setdefault(prompt_id, {})
        latest_mine = max((str(v) for k, v in mine.items() if k.endswith("_at")), default="")
        latest_theirs = max((str(v) for k, v in record.items() if k.endswith("_at")), default="")
        for key, value in record.items():
            if key == "entries":
                mine["entries"] = list(dict.fromkeys([*mine.get("entries", []), *value]))
            elif key == "shown_count":
                mine[key] = max(int(mine.get(key, 0)), int(value))
            elif key.endswith("_at") or key == "available_from":
                mine[key] = max(str(mine.get(key, "")), str(value))
            elif key not in mine or latest_theirs > latest_mine:
                mine[key] = value
    merged["prompts"] = prompts
    return merged


def _merged_templates(newer: list[dict[str, Any]], older: list[dict[str, Any]],
                      kept_after: Callable[..., str]) -> list[dict[str, Any]]:
    """The worker's own templates of both copies. One both changed (saving a template again
    gives it a new id): the newer, and the older under its name marked as another version."""
    merged = list(newer)
    for template in older:
        if template["id"] in {t["id"] for t in merged} or template in merged:
            continue
        same_name = [t for t in merged if t["name"] == template["name"]]
        if same_name and all(_template_content(t) != _template_content(template) for t in same_name):
            marked = {**template, "name": kept_after("", template["name"], None, one_line=True)}
            if marked["name"] not in {t["name"] for t in merged}:
                merged.append(marked)
        elif not same_name:
            merged.append(template)
    return merged


def _template_content(template: dict[str, Any]) -> tuple[str, str]:
    return (json.dumps(template.get("sections"), sort_keys=True), template.get("description", ""))


_SETTING_MERGES = {PROMPT_STATE_KEY: _merged_prompt_state, TEMPLATES_KEY: _merged_templates}


def other_version_of(database: Database, entry_uuid: str) -> str | None:
    """The uuid of the entry this one is the older version of, when merging kept both."""
    row = database.raw.execute("SELECT conflict_of FROM entries WHERE uuid = ?", (entry_uuid,)).fetchone()
    return row[0] if row else None


__all__ = [
    "MERGED_FOLDER", "CopyPassphraseNeeded", "ForeignCopy", "MergeReport", "SkippedCopy", "could_be_a_copy",
    "find_conflict_copies", "merge_conflict_copies", "merge_copies", "merge_databases", "merge_into",
    "other_version_of",
]
