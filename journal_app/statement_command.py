"""``journal-app statement PATH --from DATE --to DATE OUT.pdf|OUT.csv``: the workload statement.

The journal is opened read-only and never changed. The statement holds figures only (no text,
name, pseudonym, title or tag of the journal), so there is no review of findings; the file is
NOT encrypted: that is said on standard error before it is written, atomically, next to its
destination. Qt is needed for PDF output only, and imported only then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core.briefs import write_export_atomically
from journal_app.core.errors import InvalidInput, StorageError
from journal_app.core.journal import Journal
from journal_app.core.statement import (
    FIGURES,
    StatementOptions,
    build_statement,
    period_of,
    statement_document,
    to_csv,
)

if TYPE_CHECKING:
    from journal_app.cli import SecretReader

FORMATS = {".pdf": "pdf", ".csv": "csv"}

HELP = "write a workload statement (figures only; PDF or CSV, NOT encrypted) for a period"
EPILOG = f"""\
the statement counts, for the period, the contacts and time outside your working hours per ISO
week and in total against the contract's hours, when off-hours contacts happened (weekday x
hour), the channels, out-of-frame acts by kind of dilemma, limits crossed and rests under 11
hours between two working days. It holds no text, name, pseudonym, title or tag.
--from/--to take dates (2026-01-01), or --period a month (2026-03), a quarter (2026-Q1) or a year.
figures that may be left out: {', '.join(FIGURES)}."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", metavar="OUT", type=Path, help="the file to write: OUT.pdf or OUT.csv")
    parser.add_argument("--from", dest="first", metavar="DATE", help="the first day of the period")
    parser.add_argument("--to", dest="last", metavar="DATE", help="the last day of the period")
    parser.add_argument("--period", metavar="PERIOD", help="a month (2026-03), a quarter (2026-Q1) or a year (2026)")
    parser.add_argument("--round", dest="rounding", choices=("5", "hours"), default="none",
                        help="round counts and durations to the nearest 5, or durations to the hour")
    parser.add_argument("--leave-out", nargs="+", default=[], metavar="FIGURE", choices=FIGURES,
                        help="figures to leave out")
    parser.add_argument("--with-checkins", action="store_true",
                        help="add the direction of your check-in scales over the period, in words")
    parser.add_argument("--language", choices=("fr", "nl", "en"), default="fr",
                        help="the language of the statement (default: fr)")


def cmd_statement(args: argparse.Namespace, secrets: SecretReader) -> int:
    output: Path = args.output
    kind = FORMATS.get(output.suffix.lower())
    if kind is None:
        raise InvalidInput(f"cannot tell the format of {output.name}: the name must end in .pdf or .csv")
    if output.is_dir():
        raise StorageError(f"{output} is a folder: give a file name ending in .pdf or .csv")
    if not output.parent.is_dir():
        raise StorageError(f"the folder {output.parent} does not exist")
    if output.exists() and args.path.exists() and output.resolve() == args.path.resolve():
        raise InvalidInput("the statement cannot replace the journal itself")
    if args.period and (args.first or args.last):
        raise InvalidInput("give either --period or --from and --to")
    if args.period:
        first, last = period_of(args.period)
    elif args.first and args.last:
        first, last = period_of(args.first, args.last)
    else:
        raise InvalidInput("give the period: --from DATE --to DATE, or --period 2026-Q1")
    options = StatementOptions(rounding=args.rounding, leave_out=frozenset(args.leave_out),
                               with_checkins=args.with_checkins, language=args.language)
    journal = Journal.open(args.path, secrets.ask("Passphrase: "), read_only=True)
    try:
        statement = build_statement(journal.database, first, last, with_checkins=args.with_checkins)
    finally:
        journal.close()  # read-only: nothing is ever saved
    document = statement_document(statement, options)
    if kind == "csv":
        data = to_csv(document)
    else:
        try:
            from journal_app.statement_pdf import statement_to_pdf
        except ImportError as exc:
            raise InvalidInput(f"PDF output needs Qt, which this installation lacks ({exc}); write a .csv file") \
                from None
        data = statement_to_pdf(document)
    print(f"journal-app: warning: {output} is NOT encrypted: anyone who can read it can read these figures; "
          "delete it once you no longer need it", file=sys.stderr)
    write_export_atomically(output, data)
    print(f"Statement written: {output} ({first.isoformat()} to {last.isoformat()}, "
          f"{len(document.sections)} figure(s))")
    return 0
