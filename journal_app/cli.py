"""The ``journal-app`` command line, over the same core as the desktop app.

Passphrases are read from the terminal without echo, or, with ``--passphrase-stdin``, one
per line from standard input (for scripts). They are never accepted as arguments or from
environment variables, where other users and shell histories could see them.

``--json`` output (``list`` and ``search``) is a stable interface: a JSON array, newest
entry first, of the ENTRY objects documented in ``journal_app.core.interchange`` (the same
keys as in ``journal-app export``)::

    [{"uuid": "3b8e...", "kind": "contact", "title": "...", "body": "...",
      "occurred_at": "2024-03-01T14:30:00+01:00", "duration_minutes": 30,
      "channel": "home_visit", "persons": ["Madame L."], "tags": ["logement"],
      "off_hours": false, "off_hours_by_hand": false, "out_of_frame": false, "private": false,
      "emotional_weight": 6, "for_supervision": true,
      "created_at": "2024-03-01T13:52:10.114000+00:00", "updated_at": "..."}]

Exit codes: see ``EXIT_CODES`` (also shown by ``journal-app --help``). Every failure prints
one line to standard error, ``journal-app: error: ...``, never a traceback, and leaves the
journal file as it was.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from journal_app import __version__
from journal_app.core import hardening
from journal_app.core.database import FullTextSearchMissing
from journal_app.core.entries import EntryFields, EntryFilter, EntryRecord, display_title
from journal_app.core.errors import BackupFolderUnavailable, InvalidInput, JournalError, JournalLocked, StorageError
from journal_app.core.journal import Journal, KeyChange, verify
from journal_app.core.passphrase import require_acceptable
from journal_app.core.models import CHANNELS, ENTRY_KINDS
from journal_app.core.portable import path_problem
from journal_app.core.schedule import ScheduleStore, format_spec, parse_spec
from journal_app.core.sqla import importer, load_orm, meanwhile

PROG = "journal-app"

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_WRONG_SECRET = 2
EXIT_DAMAGED = 3
EXIT_LOCKED = 4
EXIT_IO = 5
EXIT_INTERNAL = 70  # a bug (EX_SOFTWARE); the message names the error type only
EXIT_INTERRUPTED = 130

EXIT_CODES = """\
exit codes:
  0    success
  1    usage error (bad option, malformed import file, passphrases that differ)
  2    wrong passphrase or recovery code
  3    damaged, tampered or unsupported journal file (or failed integrity check)
  4    journal locked by another process (the desktop app, another command)
  5    input/output error (disk full, permission denied, missing folder)
  70   internal error (a bug: please report it)
  130  interrupted (Ctrl-C)"""

LIST_LEGEND = """\
one line per entry, newest first: local date and time, flags, title, (persons).
flags: O off hours, X out of frame, P private, S for supervision ('-' when not set)."""

SCHEDULE_FORM = """\
working hours, as text (weekdays not named are days off):
  mon=08:30-12:30,13:30-17:00;tue=08:30-16:30;wed=off;thu=08:30-12:30;fri=08:30-17:00
  ;leave=2026-12-24..2026-12-31      leave periods, inclusive, separated by commas
  ;holidays=be                       Belgian public holidays are days off (default; 'none' to turn off)
  ;holiday+=2026-11-02;holiday-=2026-11-11   add or remove a holiday
a contact is off-hours when it starts outside these hours (on a day off, on leave, on a
holiday) or runs more than 15 minutes past the end of the range it started in."""

# (flag attribute, marker) in the order the markers are printed.
FLAG_MARKERS = (("off_hours", "O"), ("out_of_frame", "X"), ("private", "P"), ("for_supervision", "S"))


class UsageError(Exception):
    """A command line argparse refused."""


class CommandFailed(Exception):
    """A failure the command itself finds (the core's failures are JournalErrors)."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error exits 1 (argparse's own 2 means "wrong passphrase" here)
    and prints one line instead of the usage text."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        # No abbreviations: "--passphrase" must never be taken for "--passphrase-stdin".
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


# ----- reading secrets


class SecretReader:
    """Passphrases and recovery codes: from the terminal without echo, or one per line
    from standard input (``--passphrase-stdin``)."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise InvalidInput("standard input ended before the passphrase (or code) it should hold")
            return line.rstrip("\r\n")
        with warnings.catch_warnings():
            # getpass falls back to an echoing read when there is no terminal: refuse that.
            warnings.simplefilter("error", getpass.GetPassWarning)
            try:
                return getpass.getpass(prompt)
            except getpass.GetPassWarning:
                raise InvalidInput("no terminal to type the passphrase in: use --passphrase-stdin") from None
            except EOFError:
                raise InvalidInput("no passphrase was typed") from None

    def ask_new(self, prompt: str = "New passphrase: ") -> str:
        """A new passphrase; typed twice at a terminal, to catch a typo nobody could see."""
        passphrase = self.ask(prompt)
        if not passphrase:
            raise InvalidInput("the passphrase cannot be empty")
        require_acceptable(passphrase)  # the window's rule
        if not self.from_stdin and self.ask("Type it again: ") != passphrase:
            raise InvalidInput("the two passphrases differ: nothing was changed")
        return passphrase


# ----- argument types (errors become one-line usage errors)


def _iso_datetime(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {text!r} (e.g. 2024-03-01T14:30)") from None
    return value if value.tzinfo is not None else value.astimezone()  # no zone given: local time


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (e.g. 2024-03-01)") from None


def _bounded_int(low: int, high: int | None) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low or (high is not None and value > high):
            bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
            raise argparse.ArgumentTypeError(f"{value} is out of range ({bounds})")
        return value

    return parse


def _channel(text: str) -> str:
    return text.replace("-", "_")  # accept "home-visit" for "home_visit"


# ----- the parser


def build_parser(wanted: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or, when the command ``wanted`` is known, one where only that command's
    options are sure to be complete: the options of ``brief``, ``statement`` and ``import`` come
    from modules that import most of the core, so ``add`` or ``search`` need not load them."""

    def complete(name: str) -> bool:
        return wanted is None or wanted == name

    parser = _Parser(
        prog=PROG,
        description="Carnet: an offline, encrypted journal for social workers. "
        "Without a command, starts the desktop app.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    secret = _Parser(add_help=False)
    secret.add_argument(
        "--passphrase-stdin", action="store_true",
        help="read the passphrase (and any further secret) from standard input, one per line, "
        "instead of the terminal",
    )
    journal = _Parser(add_help=False, parents=[secret])
    journal.add_argument("path", metavar="PATH", type=Path, help="the journal file")

    def command(name: str, help_text: str, *, parents: Sequence[argparse.ArgumentParser] = (journal,),
                epilog: str = EXIT_CODES) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=list(parents),
                                  epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)
        return sub

    command("create", "create a new journal and show its recovery code")

    add = command("add", "write a new entry")
    add.add_argument("--title", required=True)
    add.add_argument("--body", default="", metavar="TEXT", help="the entry's text (Markdown); '-' reads it from "
                     "standard input, after the passphrase line when --passphrase-stdin is given")
    add.add_argument("--at", type=_iso_datetime, metavar="ISO8601",
                     help="when it happened, e.g. 2024-03-01T14:30 (local time unless a zone is given); default: now")
    add.add_argument("--kind", choices=ENTRY_KINDS, default="reflection")
    add.add_argument("--tag", action="append", default=[], metavar="X", help="a tag (repeat for several)")
    add.add_argument("--person", action="append", default=[], metavar="P", help="a pseudonym (repeat for several)")
    add.add_argument("--channel", type=_channel, choices=CHANNELS)
    add.add_argument("--duration", type=_bounded_int(0, None), metavar="MIN", help="duration in minutes")
    add.add_argument("--off-hours", action=argparse.BooleanOptionalAction, default=None,
                     help="it happened outside working hours (default: worked out from your working hours, "
                     "when you have set them)")
    add.add_argument("--out-of-frame", action="store_true", help="beyond the mandate or the rules")
    add.add_argument("--private", action="store_true", help="not to be shared with the team")
    add.add_argument("--weight", type=_bounded_int(0, 10), metavar="N", help="emotional weight, 0 to 10")
    add.add_argument("--for-supervision", action="store_true", help="to bring to supervision")

    filters = _Parser(add_help=False)
    filters.add_argument("--json", action="store_true", help="print a JSON array (a stable schema) instead of lines")
    filters.add_argument("--since", type=_iso_date, metavar="DATE", help="from this day (YYYY-MM-DD), inclusive")
    filters.add_argument("--until", type=_iso_date, metavar="DATE", help="up to this day (YYYY-MM-DD), inclusive")
    filters.add_argument("--tag", action="append", default=[], metavar="X", help="only entries with this tag")
    filters.add_argument("--person", action="append", default=[], metavar="P", help="only entries with this person")
    command("list", "list entries, newest first", parents=[journal, filters], epilog=f"{LIST_LEGEND}\n\n{EXIT_CODES}")
    search = command("search", "full-text search (accents and case do not matter; words match as prefixes)",
                     parents=[journal, filters], epilog=f"{LIST_LEGEND}\n\n{EXIT_CODES}")
    search.add_argument("query", metavar="QUERY")

    command("check", "decrypt the journal and verify its integrity (prints OK or the problems, no content)")
    command("passwd", "change the passphrase; the journal gets a new key and a new recovery code, shown once "
            "(with --passphrase-stdin: old on line 1, new on line 2)")
    command("recover", "set a new passphrase with the recovery code "
            "(with --passphrase-stdin: code on line 1, new passphrase on line 2)")
    command("new-recovery-code", "replace the recovery code (the old one stops working) and show the new one once")

    backup = command("backup", "write an encrypted backup of the journal (same passphrase and recovery code), "
                     "or check one with --verify", epilog=f"{BACKUP_HELP}\n\n{EXIT_CODES}")
    backup.add_argument("destination", metavar="DEST", type=Path, nargs="?",
                        help="a single copy: a file, or an existing folder (not counted among the kept backups)")
    backup.add_argument("--to", dest="folder", type=Path, metavar="FOLDER",
                        help="a backup folder (default: the one chosen in the app)")
    backup.add_argument("--verify", dest="verify_file", type=Path, metavar="FILE",
                        help="write nothing: check that FILE is a backup of this journal that opens and is sound")
    restore = command("restore", "replace the journal by a backup, checked first; the replaced file is kept aside")
    restore.add_argument("backup", metavar="BACKUP", type=Path, help="the backup file")

    import_ = command("import", "import entries from Day One, a folder of Markdown notes or of Word, LibreOffice "
                      "and text documents, jrnl or a Carnet export (all or nothing; entries already in the journal "
                      "are skipped)")
    import_.add_argument("--format", "--from", dest="source_format",
                         choices=(*_import_formats(), "json") if complete("import") else None,
                         help="dayone: the zip Day One exports, or the JSON inside; markdown: a folder of .md files "
                         "(or one file); documents: a folder of .docx, .odt and .txt files, or one (a document "
                         "with dated sections gives one entry per day); jrnl: a file made by 'jrnl --export "
                         "json'; carnet (or json): a file made by 'journal-app export'. Default: recognised "
                         "from SOURCE")
    import_.add_argument("--undated", choices=tuple(UNDATED_FLAGS), default="file-date",
                         help="notes and documents without a date in them: dated the day their file was modified "
                         "(file-date, the default) or created (creation-date, where the system records it), or "
                         "left out (skip)")
    import_.add_argument("--skip-unreadable", action="store_true",
                         help="leave out the files that cannot be read (listed) and import the rest; without it, "
                         "such files stop the import")
    import_.add_argument("--dry-run", action="store_true", help="show what would be imported; import nothing")
    import_.add_argument("file", metavar="SOURCE", type=Path)

    export = command("export", "write entries to files that are NOT encrypted (all, or a range of days)")
    export.add_argument("--format", dest="export_format", choices=("json", "markdown"), default="json",
                        help="json: one file, lossless, can be imported back (default); markdown: one file per "
                        "entry, in DEST, a new or empty folder")
    export.add_argument("--since", type=_iso_date, metavar="DATE", help="from this day (YYYY-MM-DD), inclusive")
    export.add_argument("--until", type=_iso_date, metavar="DATE", help="up to this day (YYYY-MM-DD), inclusive")
    export.add_argument("file", metavar="DEST", type=Path)

    schedule = command("schedule", "show your working hours, or set them (off-hours flags follow them)",
                       epilog=f"{SCHEDULE_FORM}\n\n{EXIT_CODES}")
    schedule.add_argument("--set", dest="spec", metavar="SPEC", help="the new working hours (form below)")
    schedule.add_argument("--from", dest="effective_from", type=_iso_date, metavar="DATE",
                          help="the day the new hours start (default: today; a first schedule applies to "
                          "every earlier entry too)")

    stats = command("stats", "print the workload figures of a week or a month (reads only, changes nothing)",
                    epilog=f"{STATS_JSON}\n\n{EXIT_CODES}")
    stats_period = stats.add_mutually_exclusive_group()
    stats_period.add_argument("--week", type=_stats_period("week"), metavar="ISO-WEEK",
                              help="an ISO week, e.g. 2026-W47 (default: the current week)")
    stats_period.add_argument("--month", type=_stats_period("month"), metavar="YYYY-MM", help="a month, e.g. 2026-11")
    stats.add_argument("--json", action="store_true", help="print a JSON object (a stable schema, below)")

    prompt = command("prompt", "show the prompt Carnet would offer at a moment (reads only, changes nothing)")
    prompt.add_argument("--at", type=_iso_datetime, metavar="ISO8601",
                        help="the moment, e.g. 2026-11-20T15:00 (local time unless a zone is given); default: now")
    prompt.add_argument("--json", action="store_true", help="print a JSON object (or null) instead of lines")
    prompt.add_argument("--language", choices=("fr", "nl", "en"), default="fr", help="the prompt's language")

    for name in ("brief", "statement"):
        if complete(name):
            module = importlib.import_module(f"journal_app.{name}_command")
            module.add_arguments(command(name, module.HELP, epilog=f"{module.EPILOG}\n\n{EXIT_CODES}"))
        else:
            command(name, name)  # known by its name; its options are defined when it is the command

    merge_ = command("merge", "merge the conflict copies a sync service left beside the journal (or the copies "
                     "given); each merged copy is then moved, still encrypted, into merged-conflicts/")
    merge_.add_argument("copies", metavar="COPY", type=Path, nargs="*",
                        help="a copy of this journal (default: the conflict copies found beside it)")

    commands.add_parser("self-test", help="check this installation: a journal made, locked, reopened and searched "
                        "in a temporary folder, then the desktop side (prints one line per step; 70 on failure)",
                        description="check this installation, without touching your journals or settings")
    gui = commands.add_parser("gui", help="start the desktop app", description="start the desktop app")
    gui.add_argument("path", metavar="PATH", type=Path, nargs="?", help="a journal to open")
    return parser


# ----- commands


def cmd_create(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.path.exists():
        raise InvalidInput("a file already exists at this place: choose another name")
    if problem := path_problem(args.path.absolute()):  # before asking for a passphrase in vain
        raise InvalidInput(f"this name cannot be used on every computer: {problem}")
    passphrase = secrets.ask_new("Passphrase for the new journal: ")
    journal, recovery_code = Journal.create(args.path, passphrase)
    journal.close()
    print(f"Journal created: {args.path}")
    print(f"Recovery code: {recovery_code}")
    print("Write this recovery code down on paper and keep it somewhere safe. It is shown only this once, "
          "and it is the only way back into the journal if you forget the passphrase.")
    return EXIT_OK


def cmd_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    passphrase = secrets.ask("Passphrase: ")
    body = args.body
    if body == "-":
        if sys.stdin.isatty():
            print("Type the entry's text, then Ctrl-D on an empty line.", file=sys.stderr)
        body = sys.stdin.read().rstrip()
    values = EntryFields(
        title=args.title, body=body, occurred_at=args.at, kind=args.kind,
        duration_minutes=args.duration, channel=args.channel,
        persons=tuple(args.person), tags=tuple(args.tag),
        off_hours=args.off_hours, out_of_frame=args.out_of_frame, private=args.private,
        emotional_weight=args.weight, for_supervision=args.for_supervision,
    ).validated()  # before unlocking: a bad value costs no key derivation
    with meanwhile(load_orm):
        journal = Journal.open(args.path, passphrase)
    try:
        record = journal.entries.add(values)
        journal.save()
    finally:
        journal.close()
    print(f"Added entry {record.uuid}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    criteria = EntryFilter(since=args.since, until=args.until, tags=tuple(args.tag), persons=tuple(args.person))
    if args.since and args.until and args.since > args.until:
        raise InvalidInput("--since is after --until")
    passphrase = secrets.ask("Passphrase: ")
    with meanwhile(load_orm):
        journal = Journal.open(args.path, passphrase, read_only=True)
    try:
        if args.command == "search":
            records = journal.entries.search(args.query, criteria)
        else:
            records = journal.entries.list(criteria)
    finally:
        journal.close()
    _print_entries(records, as_json=args.json)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, secrets: SecretReader) -> int:
    problems = verify(args.path, secrets.ask("Passphrase: "))
    if not problems:
        print("OK")
        return EXIT_OK
    for problem in problems:
        print(problem)
    raise CommandFailed(f"the journal's database has {len(problems)} integrity problem(s)", EXIT_DAMAGED)


def cmd_passwd(args: argparse.Namespace, secrets: SecretReader) -> int:
    journal = Journal.open(args.path, secrets.ask("Current passphrase: "))
    try:
        new_passphrase = secrets.ask_new()
        with terminal_progress("Encrypting copies again", unit=" files", minimum=1) as progress:
            change = journal.change_passphrase(new_passphrase, progress)
    finally:
        journal.close()
    print("Passphrase changed.")
    _print_key_change(change)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: SecretReader) -> int:
    if not args.path.exists():  # say so before asking for a 40-character code
        raise StorageError("no journal at this place")
    code = secrets.ask("Recovery code: ")
    journal, change = Journal.reset_passphrase(args.path, code, secrets.ask_new())
    journal.close()
    print("New passphrase set.")
    _print_key_change(change)
    return EXIT_OK


def cmd_new_recovery_code(args: argparse.Namespace, secrets: SecretReader) -> int:
    passphrase = secrets.ask("Passphrase: ")
    journal = Journal.open(args.path, passphrase)
    try:
        with terminal_progress("Encrypting copies again", unit=" files", minimum=1) as progress:
            change = journal.renew_recovery_code(passphrase, progress)
    finally:
        journal.close()
    _print_key_change(change)
    return EXIT_OK


def _print_key_change(change: KeyChange) -> None:
    """The new recovery code, once, and which copies still open with the old secrets."""
    print("The journal now has a new key: the old passphrase and the old recovery code no longer open it, "
          "nor any copy listed as re-encrypted.")
    print(f"New recovery code: {change.recovery_code}")
    print("Write this new recovery code down on paper and keep it somewhere safe. It is shown only this once. "
          "The old code no longer opens the journal: destroy it.")
    if change.reencrypted:
        print(f"Re-encrypted with the new key: {len(change.reencrypted)} saved version(s) and backup(s).")
    for removed in change.removed:
        print(f"Removed (damaged, could not be re-encrypted): {removed}")
    for left in change.left_as_they_were:
        print(f"Could not be re-encrypted, still opens with the old passphrase: {left}")
    if change.folder_unreachable is not None:
        print(f"The backup folder {change.folder_unreachable} was not available: the backups in it still open "
              "with the old passphrase and the old recovery code: delete them when you can.")
    print("Copies Carnet does not manage (a USB key not connected, another computer, a file copied or sent by "
          "hand) still open with the old passphrase and the old recovery code.")


BACKUP_HELP = """\
Without DEST: a backup into FOLDER (or the backup folder chosen in the app), named
<journal>-backup-<random>.carnet (no counter, no date); the newest are kept there (10 unless
changed in the app), and older ones thinned by age: one a day for a month, one a week for a
year. No other file in that folder is ever touched. The time of the backup is recorded
in the journal, except while the desktop app has it open (the backup is written all the same).
A backup opens with the passphrase the journal had when it was made."""


def cmd_backup(args: argparse.Namespace, secrets: SecretReader) -> int:
    from journal_app.core import backups

    if args.verify_file is not None:
        return _verify_backup(args, secrets)
    if args.destination is not None:
        if args.folder is not None:
            raise InvalidInput("give DEST or --to FOLDER, not both")
        _require_folder_for(args.destination)
        journal = Journal.open(args.path, secrets.ask("Passphrase: "), read_only=True)
        try:
            written = journal.write_copy(args.destination)
        finally:
            journal.close()
        print(f"Encrypted copy written: {written}")
        return EXIT_OK
    if args.folder is not None and not args.folder.is_dir():  # before asking for the passphrase
        raise BackupFolderUnavailable(f"the folder {args.folder} does not exist")
    if not args.path.exists():
        raise StorageError("no journal at this place")
    passphrase = secrets.ask("Passphrase: ")
    try:
        journal = Journal.open(args.path, passphrase)
    except JournalLocked:  # open in the app: back up all the same, without recording the time
        journal = Journal.open(args.path, passphrase, read_only=True)
    try:
        result = backups.back_up(journal, args.folder)
        if not journal.read_only:
            journal.save()
    finally:
        journal.close()
    print(f"Backup written: {result.path}")
    if result.pruned:
        print(f"Older backups removed from {result.folder}: {len(result.pruned)}")
    return EXIT_OK


def _verify_backup(args: argparse.Namespace, secrets: SecretReader) -> int:
    from journal_app.core import backups

    if args.destination is not None or args.folder is not None:
        raise InvalidInput("--verify writes nothing: give no DEST nor --to")
    journal_id = backups.read_journal_id(args.path)  # a foreign backup costs no key derivation
    problems = backups.verify_backup(args.verify_file, secrets.ask("Passphrase: "), journal_id)
    if not problems:
        print("OK")
        return EXIT_OK
    for problem in problems:
        print(problem)
    raise CommandFailed(f"the backup's database has {len(problems)} integrity problem(s)", EXIT_DAMAGED)


def cmd_restore(args: argparse.Namespace, secrets: SecretReader) -> int:
    from journal_app.core import backups

    if not args.backup.is_file():  # say so before asking for the passphrase
        raise StorageError(f"no backup at {args.backup}")
    passphrase = secrets.ask("Passphrase of the backup: ")
    with terminal_progress("Checking, then restoring", unit=" steps", minimum=1) as progress:
        aside = backups.restore_from(args.backup, args.path, passphrase, progress)
    print(f"Backup restored: {args.path}")
    if aside is not None:
        print(f"The replaced journal was kept as {aside}")
    print("The journal now opens with the passphrase you just typed.")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace, secrets: SecretReader) -> int:
    from journal_app.core import merge

    copies = args.copies or merge.find_conflict_copies(args.path)  # found before asking for the passphrase
    if not copies:
        print("No conflict copy of this journal was found beside it.")
        return EXIT_OK
    passphrase = secrets.ask("Passphrase: ")
    journal = Journal.open(args.path, passphrase)
    try:
        with terminal_progress("Merging", unit=" copies", minimum=1) as progress:
            report = merge.merge_copies(journal, copies, passphrase, progress=progress)
        for copy in report.needs_passphrase:  # re-wrapped with another passphrase on the other computer
            again = merge.merge_copies(journal, [copy], secrets.ask(f"Passphrase of {copy.name}: "))
            report = replace(report, skipped=tuple(s for s in report.skipped if s.path != copy)) + again
    finally:
        journal.close()
    for kept in report.merged:
        print(f"Merged, and kept in {kept}")
    print(f"Entries: {report.entries_added} added, {report.entries_updated} updated, {report.entries_kept_both} kept "
          f"twice (both copies changed them), {report.entries_deleted} deleted, {report.entries_kept_despite_deletion} "
          f"kept although deleted in one copy (the other changed them)")
    print(f"Other records changed: {report.other_changes}"
          + (f" (in {report.texts_kept_both}, both copies' versions of a text kept)" if report.texts_kept_both else ""))
    if report.records_not_merged:
        print(f"Kept as they were here (the copy's version clashed with another record): {report.records_not_merged}")
    for skipped in report.skipped:
        print(f"Not merged ({skipped.code}): {skipped.path}")
    if report.skipped:
        exit_code = {"copy-passphrase": EXIT_WRONG_SECRET, "foreign-copy": EXIT_USAGE, "damaged": EXIT_DAMAGED,
                     "newer-format": EXIT_DAMAGED, "older-copy": EXIT_USAGE}.get(report.skipped[0].code, EXIT_IO)
        raise CommandFailed(f"{len(report.skipped)} copy(ies) could not be merged and were left in place", exit_code)
    return EXIT_OK


UNDATED_FLAGS = {"file-date": "modified", "creation-date": "created", "skip": "skip"}


def cmd_import(args: argparse.Namespace, secrets: SecretReader) -> int:
    # Check the whole source before unlocking: a malformed one costs nothing and changes nothing.
    from journal_app.core import interchange

    options = interchange.ImportOptions(undated=UNDATED_FLAGS[args.undated], skip_unreadable=args.skip_unreadable)
    batch = interchange.read_source(args.file, "carnet" if args.source_format == "json" else args.source_format,
                                    options)
    if batch.needs_consent and not args.dry_run:
        for line in interchange.problem_lines(batch.problems_of("unreadable"), options)[1:]:
            print(f"{PROG}: cannot read: {_one_line(line.strip())}", file=sys.stderr)
        raise InvalidInput(f"{len(batch.problems_of('unreadable'))} file(s) cannot be read: nothing was imported "
                           "(--skip-unreadable imports the rest, leaving them out)")
    journal = Journal.open(args.path, secrets.ask("Passphrase: "), read_only=args.dry_run)
    try:
        if args.dry_run:
            for line in interchange.preview_lines(interchange.preview(batch, journal)):
                print(" " * (len(line) - len(line.lstrip(" "))) + _one_line(line))  # a listed file: indented
            return EXIT_OK
        with terminal_progress("Importing", unit=" records" if batch.records is not None else " entries") as progress:
            result = interchange.import_batch(journal, batch, progress)
        if result.changed:  # a whole Carnet export may bring other records and no new entry
            journal.save()
    finally:
        journal.close()
    updated = f" ({result.updated} updated)" if result.updated else ""
    others = f"; {result.other_records} other records added or updated" if result.other_records else ""
    print(f"{result.imported} imported, {result.already_present} already present{updated}{others}")
    if batch.left_out:
        print(f"{PROG}: note: not imported: {interchange.left_out_text(batch.left_out)}", file=sys.stderr)
    for line in interchange.problem_lines(batch.problems, options):
        print(f"{PROG}: note: {_one_line(line.strip())}" if not line.startswith(" ") else
              f"{PROG}:   {_one_line(line.strip())}", file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.since and args.until and args.since > args.until:
        raise InvalidInput("--since is after --until")
    _require_folder_for(args.file)
    passphrase = secrets.ask("Passphrase: ")
    # The Markdown export reads the entries through their store (the ORM) and writes one file each.
    needed = [importer("journal_app.core.interchange"), *([load_orm] if args.export_format == "markdown" else [])]
    with meanwhile(*needed):
        journal = Journal.open(args.path, passphrase, read_only=True)
    from journal_app.core import interchange

    try:
        if args.export_format == "markdown":
            with terminal_progress("Exporting") as progress:
                count = interchange.write_markdown_export(journal, args.file, args.since, args.until, progress)
        else:
            with terminal_progress("Exporting", unit=" records") as progress:
                count = interchange.write_export(journal, args.file, args.since, args.until, progress)
    finally:
        journal.close()
    print(f"{PROG}: warning: {args.file} is NOT encrypted: anyone who can read it can read these "
          f"{count} entries; delete it once you no longer need it", file=sys.stderr)
    return EXIT_OK


# Below this many items work is quick: no bar. A bar also waits PROGRESS_DELAY seconds to show.
PROGRESS_MINIMUM = 500
PROGRESS_DELAY = 0.5


@contextmanager
def terminal_progress(description: str, unit: str = " entries",
                      minimum: int | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` callback drawing a bar on standard error, or None when
    standard error is not a terminal (scripts, pipes and tests see nothing extra). Below
    ``minimum`` items (PROGRESS_MINIMUM) no bar is drawn; a bar waits PROGRESS_DELAY to show."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if total < (PROGRESS_MINIMUM if minimum is None else minimum):
            return
        if bar is None:
            from tqdm import tqdm  # imported only when a bar is drawn

            bar = tqdm(total=total, desc=description, unit=unit, file=sys.stderr, delay=PROGRESS_DELAY,
                       leave=False)
        bar.update(done - bar.n)
        if done >= total:
            bar.refresh()  # the last update may fall within tqdm's minimum interval: show the whole

    try:
        yield progress
    finally:
        if bar is not None:
            bar.close()


# A first schedule applies to every earlier entry too (the desktop app does the same).
EARLIEST_SCHEDULE = date(2000, 1, 1)


def cmd_schedule(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.spec is None:
        journal = Journal.open(args.path, secrets.ask("Passphrase: "), read_only=True)
        try:
            history = ScheduleStore(journal.database).history()
        finally:
            journal.close()
        if not history:
            print("No working hours set: off-hours flags are only what you set by hand.")
        for version in history:
            start = "always" if version.effective_from <= EARLIEST_SCHEDULE else f"from {version.effective_from}"
            print(f"{start}: {format_spec(version.schedule)}")
        return EXIT_OK
    schedule = parse_spec(args.spec)  # a malformed form is refused before asking anything
    journal = Journal.open(args.path, secrets.ask("Passphrase: "))
    try:
        store = ScheduleStore(journal.database)
        first = not store.history()
        effective_from = args.effective_from or (EARLIEST_SCHEDULE if first else date.today())
        changed = store.set(schedule, effective_from)
        journal.save()
    finally:
        journal.close()
    print(f"Working hours set; {changed} off-hours flag(s) changed (flags set by hand are never changed).")
    return EXIT_OK


def cmd_prompt(args: argparse.Namespace, secrets: SecretReader) -> int:
    from journal_app.core.prompts import PromptEngine

    at = args.at or datetime.now().astimezone()
    journal = Journal.open(args.path, secrets.ask("Passphrase: "), read_only=True)
    try:
        # dry_run: the engine reads what was shown and dismissed, and records nothing.
        shown = PromptEngine(journal.database, lambda: at, dry_run=True).next_prompt(args.language)
    finally:
        journal.close()
    if args.json:
        print(json.dumps(shown.as_json() if shown else None, ensure_ascii=False, indent=2))
    elif shown is not None:
        print(f"id: {shown.id}")
        print(f"theme: {shown.theme}")
        print(f"report section: {shown.report_section}")
        print(f"trigger: {shown.trigger}")
        print(f"text: {shown.text}")
    return EXIT_OK


STATS_JSON = """\
--json prints one object (format 1; keys are stable, new keys may be added):
  {"format": 1,
   "period": {"kind": "week", "name": "2026-W47", "first": "2026-11-16", "last": "2026-11-22"},
   "figures": [{"key": "off_hours_contacts", "value": 2, "unit": "contacts",
                "explanation": "The number of contacts in 2026-W47 flagged off-hours ...",
                "entries": ["3b8e...", "..."], "dilemmas": []}, ...]}
Figures, in this order: contacts, off_hours_contacts, off_hours_minutes, out_of_frame,
private_contacts, weight_average, weight_peak, for_supervision, open_dilemmas,
open_dilemmas_oldest_days, open_dilemmas_average_days, limits_crossed,
beyond_schedule_minutes. "value" is null when it cannot be known (no weight given, no
dilemma open, no working hours set); "entries" are the uuids of the entries behind it."""


def _stats_period(kind: str) -> Callable[[str], object]:
    def parse(text: str) -> object:
        from journal_app.core.metrics import Period

        try:
            return Period.week(text) if kind == "week" else Period.month(text)
        except InvalidInput as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def cmd_stats(args: argparse.Namespace, secrets: SecretReader) -> int:
    """The workload figures (journal_app.core.metrics) of one week or month: one line per
    figure after a line naming the period, or the object of ``STATS_JSON``."""
    from journal_app.core.metrics import Period, WorkloadMetrics

    period = args.week or args.month or Period.week(date.today())
    journal = Journal.open(args.path, secrets.ask("Passphrase: "), read_only=True)
    try:
        figures = WorkloadMetrics(journal.database).period(period, with_entries=args.json)
    finally:
        journal.close()
    if args.json:
        print(json.dumps({
            "format": 1,
            "period": {"kind": period.kind, "name": period.name, "first": period.first.isoformat(),
                       "last": period.last.isoformat()},
            "figures": [{"key": f.key, "value": f.value, "unit": f.unit, "explanation": f.explanation,
                         "entries": list(f.entries or ()), "dilemmas": list(f.dilemmas)} for f in figures.figures],
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{period.kind} {period.name} ({period.first.isoformat()} to {period.last.isoformat()})")
    for figure in figures.figures:
        value = "unknown" if figure.value is None else figure.value
        print(f"{figure.key}: {value} {figure.unit}" if figure.value is not None else f"{figure.key}: {value}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace | None) -> int:
    try:
        # Imported only here: the commands above must work without Qt (servers, scripts).
        app = importlib.import_module("journal_app.ui.app")
    except ImportError as exc:
        raise CommandFailed(f"the desktop app cannot start in this installation ({exc})", EXIT_USAGE) from None
    path = getattr(args, "path", None)
    return app.main([str(path)] if path is not None else []) or EXIT_OK


def cmd_brief(args: argparse.Namespace, secrets: SecretReader) -> int:
    from journal_app.brief_command import cmd_brief as write_brief

    return write_brief(args, secrets)


def cmd_statement(args: argparse.Namespace, secrets: SecretReader) -> int:
    from journal_app.statement_command import cmd_statement as write_statement

    return write_statement(args, secrets)


def _import_formats() -> tuple[str, ...]:
    from journal_app.core.interchange import FORMATS

    return FORMATS


COMMANDS: dict[str, Callable[[argparse.Namespace, SecretReader], int]] = {
    "create": cmd_create,
    "add": cmd_add,
    "list": cmd_list,
    "search": cmd_list,
    "check": cmd_check,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "new-recovery-code": cmd_new_recovery_code,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "import": cmd_import,
    "export": cmd_export,
    "schedule": cmd_schedule,
    "stats": cmd_stats,
    "prompt": cmd_prompt,
    "brief": cmd_brief,
    "statement": cmd_statement,
    "merge": cmd_merge,
}


# ----- output


def _print_entries(records: list[EntryRecord], *, as_json: bool) -> None:
    if as_json:
        from journal_app.core import interchange

        print(json.dumps([interchange.entry_to_json(r) for r in records], ensure_ascii=False, indent=2))
        return
    if not records:
        print("(no entries)")
    for record in records:
        print(entry_line(record))


def entry_line(record: EntryRecord) -> str:
    """One line: the local date-time it was written in, flag markers, title, (persons)."""
    assert record.occurred_at is not None
    flags = "".join(marker if getattr(record, name) else "-" for name, marker in FLAG_MARKERS)
    line = f"{record.occurred_at:%Y-%m-%d %H:%M}  {flags}  {_one_line(display_title(record)) or '(untitled)'}"
    if record.persons:
        line += f"  ({_one_line(', '.join(record.persons))})"
    return line


def _one_line(text: str) -> str:
    # Control characters (newlines, terminal escape sequences from an imported file) would
    # break the one-line layout or drive the terminal.
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _require_folder_for(destination: Path) -> None:
    """Say which folder is missing before asking for the passphrase (the core's message
    could only speak of "the journal")."""
    folder = destination if destination.is_dir() else destination.parent
    if not folder.is_dir():
        raise StorageError(f"the folder {folder} does not exist")


# ----- entry point


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    hardening.keep_memory_private()  # no crash dump holding the unlocked journal
    try:
        with warnings.catch_warnings():
            # Library warnings are for developers (python -W shows them); a person using the
            # command gets one clear line per problem, nothing else.
            if not sys.warnoptions:
                warnings.simplefilter("ignore")
            return _run(arguments)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (JournalError, CommandFailed) as exc:
        return _fail(str(exc) or type(exc).__name__, exc.exit_code)
    except KeyboardInterrupt:
        # After ^C at a prompt the cursor is still on the prompt's line.
        print(("\n" if sys.stderr.isatty() else "") + f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. "| head"): not an error worth a message.
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""), EXIT_IO)
    except FullTextSearchMissing as exc:
        return _fail(str(exc), EXIT_INTERNAL)
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
        # Only the type: a database error's message could quote journal content.
        return _fail(f"internal error ({type(exc).__name__}); please report it", EXIT_INTERNAL)


def _run(arguments: list[str]) -> int:
    if not arguments:
        return cmd_gui(None)
    # The first word that is not an option names the command (the parser's own options come first).
    parser = build_parser(wanted=next((word for word in arguments if not word.startswith("-")), None))
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_request:  # --help and --version
        return exit_request.code if isinstance(exit_request.code, int) else EXIT_OK
    if args.command is None:
        return cmd_gui(None)
    if args.command == "self-test":
        from journal_app.selftest import run_self_test

        return EXIT_OK if run_self_test() else _fail("the self-test failed (see the line above)", EXIT_INTERNAL)
    if args.command == "gui":
        return cmd_gui(args)
    return COMMANDS[args.command](args, SecretReader(from_stdin=args.passphrase_stdin))


def _fail(message: str, exit_code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return exit_code


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())
