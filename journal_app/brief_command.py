"""``journal-app brief PATH OUT.pdf|OUT.md``: the supervision brief, after the review step.

The journal is opened read-only and never changed. The review step's findings (things that
look identifying) are printed one per line; while there are any, nothing is written unless
the worker passes ``--accept-findings`` (write them as they are) or ``--fix-findings``
(replace each with its suggestion). The file is NOT encrypted: that is said on standard
error before it is written, atomically, next to its destination.

Qt is needed for PDF output only, and imported only then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core.briefs import (
    Brief,
    BriefFinding,
    accept_all,
    apply_review,
    fix_all,
    review,
    to_markdown,
    write_export_atomically,
)
from journal_app.core.errors import InvalidInput, StorageError
from journal_app.core.journal import Journal
from journal_app.core.persons import PersonStore

if TYPE_CHECKING:
    from journal_app.cli import SecretReader

FORMATS = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown"}

HELP = "write the supervision brief (PDF or Markdown, NOT encrypted) after the pseudonymisation review"
EPILOG = """\
the brief holds the entries and dilemmas marked for supervision, in agenda order, with their
questions, and the follow-ups of earlier sessions. Persons appear by pseudonym.

before writing, the review step prints one line per place that looks identifying (a name,
phone, email, address, national number, IBAN; exact dates with --coarsen-dates):
  ID  KIND  "TEXT" -> "SUGGESTION"
where ID names the place: s1.i2.body@57 is the body of item 2 of section 1, 57 characters in.
while there are findings nothing is written (exit code 1) unless --accept-findings or
--fix-findings is given. The review is a help, not a guarantee: read the brief before sharing it."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", metavar="OUT", type=Path, help="the file to write: OUT.pdf or OUT.md")
    parser.add_argument("--coarsen-dates", action="store_true",
                        help="show dates as their week, and report exact dates in the texts")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--accept-findings", action="store_true",
                        help="write the findings of the review step as they are")
    choice.add_argument("--fix-findings", action="store_true",
                        help="replace each finding of the review step with its suggestion")
    parser.add_argument("--language", choices=("fr", "nl", "en"), default="fr",
                        help="the language of the brief's headings and labels (default: fr)")


def cmd_brief(args: argparse.Namespace, secrets: SecretReader) -> int:
    """Build, review, and (when allowed) write the brief. ``secrets`` is the CLI's SecretReader."""
    output: Path = args.output
    _check_destination(output, args.path)
    kind = _output_kind(output)
    journal = Journal.open(args.path, secrets.ask("Passphrase: "), read_only=True)
    try:
        brief, known = _build(journal, language=args.language, coarsen_dates=args.coarsen_dates)
    finally:
        journal.close()  # read-only: nothing is ever saved

    findings = review(brief, known)
    _print_findings(findings)
    if findings and not (args.accept_findings or args.fix_findings):
        raise InvalidInput(f"{len(findings)} finding(s) not reviewed: nothing was written. Change them in the "
                           "journal, or pass --fix-findings (use the suggestions) or --accept-findings (keep them)")
    decisions = fix_all(findings) if args.fix_findings else accept_all(findings)
    final = apply_review(brief, findings, decisions)
    data = _render(final, kind)
    items = sum(len(section.items) for section in final.sections)
    print(f"journal-app: warning: {output} is NOT encrypted: anyone who can read it can read these {items} "
          "item(s); delete it once you no longer need it", file=sys.stderr)
    write_export_atomically(output, data)
    print(f"Brief written: {output} ({items} item(s))")
    return 0


def _output_kind(output: Path) -> str:
    kind = FORMATS.get(output.suffix.lower())
    if kind is None:
        raise InvalidInput(f"cannot tell the format of {output.name}: the name must end in .pdf or .md")
    return kind


def _check_destination(output: Path, journal_path: Path) -> None:
    """Refuse before asking for the passphrase: a missing folder, a folder as the output,
    or the journal itself (or one of its files) as the output."""
    if output.is_dir():
        raise StorageError(f"{output} is a folder: give a file name ending in .pdf or .md")
    if not output.parent.is_dir():
        raise StorageError(f"the folder {output.parent} does not exist")
    if output.exists() and journal_path.exists() and output.resolve() == journal_path.resolve():
        raise InvalidInput("the brief cannot replace the journal itself")


def _build(journal: Journal, *, language: str, coarsen_dates: bool) -> tuple[Brief, list[str]]:
    from journal_app.core.supervision import supervision_brief

    brief = supervision_brief(journal.database, language=language, coarsen_dates=coarsen_dates)
    known = [person.pseudonym for person in PersonStore(journal.database).summaries()]
    return brief, known


def _print_findings(findings: list[BriefFinding]) -> None:
    from journal_app.cli import _one_line  # newlines and terminal escapes in a note: one plain line

    if not findings:
        print("Review: nothing looks identifying (a help, not a guarantee: read the brief before sharing it).")
        return
    print(f"Review: {len(findings)} finding(s) that look identifying:")
    for found in findings:
        print(f"  {found.id}  {found.kind}  \"{_one_line(found.text)}\" -> \"{_one_line(found.suggestion)}\"")


def _render(brief: Brief, kind: str) -> bytes:
    if kind == "markdown":
        return to_markdown(brief).encode("utf-8")
    try:
        from journal_app.pdf import brief_to_pdf
    except ImportError as exc:
        raise InvalidInput(f"PDF output needs Qt, which this installation lacks ({exc}); write a .md file") from None
    return brief_to_pdf(brief)
