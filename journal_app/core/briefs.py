"""Documents that leave the journal: a supervision brief, a placement portfolio.

A ``Brief`` is plain data built by the domain modules (``supervision.supervision_brief``,
``placement.portfolio_brief``) from the worker's choices. Before anything is written it goes
through the review step (findings of the pseudonymisation helper that the worker fixes or
accepts), then a renderer turns it into Markdown (here) or PDF (``journal_app/pdf.py``, which
needs Qt and so lives outside the core: it lays out the HTML of ``to_html``).

Persons always appear by pseudonym: builders put pseudonyms, never names, in ``persons``.

The review step, in use::

    findings = review(brief, known_pseudonyms)
    decisions = {f.id: Decision.fix() for f in findings}      # or Decision.accept(),
    decisions[some_id] = Decision.fix("Mme R.")              # or a text of one's own
    assert not unresolved(findings, decisions)
    data = to_markdown(apply_review(brief, findings, decisions)).encode("utf-8")
    write_export_atomically(path, data)                      # after saying it is not encrypted

Exported files are the only plaintext Carnet writes: ``write_export_atomically`` writes them
next to their destination (never in the system's temporary folder) and removes the temporary
file on any failure.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from journal_app.core import vaultfile
from journal_app.core.errors import InvalidInput, StorageError
from journal_app.core.pseudonymise import (
    Finding,
    apply_replacements,
    coarsen_date,
    coarsen_date_to_month,
    find_identifying,
    long_date,
    suggest_pseudonym,
    week_of,
)
from journal_app.core.resources import load_toml, pick

BriefItemKind = Literal["entry", "dilemma", "follow_up", "objective", "session", "text"]


@dataclass(frozen=True)
class BriefItem:
    """One thing brought out of the journal: an entry, a dilemma, an objective..."""

    kind: BriefItemKind
    title: str
    body: str = ""  # Markdown, as written in the journal (after review)
    when: date | None = None  # shown as a date, or as its week when dates are coarsened
    question: str = ""  # what the worker wants to bring or ask about it
    waited_days: int | None = None  # how long it has waited for supervision
    persons: tuple[str, ...] = ()  # pseudonyms only
    details: tuple[tuple[str, str], ...] = ()  # (label, value) lines: category, status, hours...
    source_uuid: str | None = None  # the journal record it comes from; never rendered


@dataclass(frozen=True)
class BriefSection:
    heading: str
    items: tuple[BriefItem, ...] = ()
    intro: str = ""  # Markdown


@dataclass(frozen=True)
class Brief:
    title: str
    language: str  # "fr" | "nl" | "en": the language of the labels the renderers add
    created: date
    subtitle: str = ""
    sections: tuple[BriefSection, ...] = field(default_factory=tuple)
    coarsen_dates: bool = False  # exact dates become "week of ..." in the rendered output
    dates_to_month: bool = False  # with coarsen_dates: the review suggests the month ("mars 2026"), not the week


# ----- the review step

# Where a finding is: the brief's own title or subtitle, a section's heading or intro, or one
# field of an item ("details" are the values of the (label, value) lines; labels are the
# builders' own words).
FindingField = Literal["title", "subtitle", "heading", "intro", "body", "question", "details"]


@dataclass(frozen=True)
class BriefFinding:
    """Something that looks identifying, at one place of a brief.

    ``id`` is stable for the same brief (it names the place and the offset), short and
    readable: ``"s2.i1.body@57"`` is the body of the first item of the second section,
    57 characters in; ``"title@0"`` is the brief's title. UI and CLI refer to findings by it.
    """

    id: str
    section: int | None  # index in brief.sections (None: the brief's title or subtitle)
    item: int | None  # index in that section's items (None: the section's heading or intro)
    field: FindingField
    detail: int | None  # index in item.details when field == "details"
    finding: Finding  # the span, in the text of that field
    suggestion: str  # what a fix puts instead unless the worker writes something else

    @property
    def kind(self) -> str:
        return self.finding.kind

    @property
    def text(self) -> str:
        return self.finding.text


@dataclass(frozen=True)
class Decision:
    """What the worker chose for one finding: fix it (with the suggestion, or a text of
    their own) or accept it as it is."""

    action: Literal["fix", "accept"]
    replacement: str | None = None  # for "fix": None means the finding's suggestion

    @classmethod
    def fix(cls, replacement: str | None = None) -> Decision:
        return cls("fix", replacement)

    @classmethod
    def accept(cls) -> Decision:
        return cls("accept")


def review(brief: Brief, known_pseudonyms: Iterable[str] = ()) -> list[BriefFinding]:
    """Every place of ``brief`` where the pseudonymisation helper finds something that looks
    identifying (names, phones, emails, addresses, national numbers, IBANs; exact dates too
    when ``brief.coarsen_dates``), in reading order, each with a suggested replacement.

    The pseudonyms of the brief's items and ``known_pseudonyms`` (the journal's person
    register) are never reported. The same text gets the same suggestion everywhere, and a
    suggestion never takes a pseudonym that already names someone else.
    """
    known = {p for p in known_pseudonyms if p.strip()}
    for section in brief.sections:
        for item in section.items:
            known.update(p for p in item.persons if p.strip())
    known_tuple = tuple(sorted(known))
    suggestions: dict[str, str] = {}
    findings: list[BriefFinding] = []
    for place, text in _places(brief):
        for found in find_identifying(text, known_tuple, include_dates=brief.coarsen_dates):
            if found.kind == "date" and _already_a_week(text, found, brief.language):
                continue
            suggestion = coarsen_date_to_month(found.text, brief.language) if (
                found.kind == "date" and brief.dates_to_month) else None
            findings.append(_located(place, found, suggestion or _suggestion(found, known_tuple, suggestions,
                                                                             brief.language)))
    return findings


def unresolved(findings: Iterable[BriefFinding], decisions: Mapping[str, Decision]) -> list[BriefFinding]:
    """The findings the worker has neither fixed nor accepted yet."""
    return [f for f in findings if f.id not in decisions]


def apply_review(brief: Brief, findings: Sequence[BriefFinding], decisions: Mapping[str, Decision]) -> Brief:
    """The brief with every fixed finding replaced; accepted ones are left as they are.

    Raises InvalidInput while a finding has no decision (nothing must leave unreviewed),
    and ValueError when the findings were made on another brief.
    """
    pending = unresolved(findings, decisions)
    if pending:
        raise InvalidInput(f"{len(pending)} finding(s) are neither fixed nor accepted")
    fixes: dict[_Place, list[tuple[Finding, str]]] = {}
    for found in findings:
        decision = decisions[found.id]
        if decision.action == "fix":
            replacement = found.suggestion if decision.replacement is None else decision.replacement
            fixes.setdefault(_place_of(found), []).append((found.finding, replacement))
    for place, replacements in fixes.items():
        brief = _with_text(brief, place, apply_replacements(_text_at(brief, place), replacements))
    return brief


def text_around(brief: Brief, found: BriefFinding, chars: int = 40) -> tuple[str, str, str]:
    """(before, the finding's text, after): up to ``chars`` characters of its field on each
    side, on one line, for a review list to show the finding in its sentence."""
    text = _text_at(brief, _place_of(found))
    before = _one_line(text[max(0, found.finding.start - chars):found.finding.start])
    after = _one_line(text[found.finding.end:found.finding.end + chars])
    return before, found.text, after


def _one_line(text: str) -> str:
    """White space (newlines included) as single spaces, keeping a space at either end."""
    return re.sub(r"\s+", " ", text)


def accept_all(findings: Iterable[BriefFinding]) -> dict[str, Decision]:
    return {f.id: Decision.accept() for f in findings}


def fix_all(findings: Iterable[BriefFinding]) -> dict[str, Decision]:
    """Every finding fixed with its suggestion."""
    return {f.id: Decision.fix() for f in findings}


@dataclass(frozen=True)
class _Place:
    section: int | None
    item: int | None
    field: FindingField
    detail: int | None = None

    @property
    def id(self) -> str:
        parts = []
        if self.section is not None:
            parts.append(f"s{self.section + 1}")
        if self.item is not None:
            parts.append(f"i{self.item + 1}")
        parts.append(self.field if self.detail is None else f"{self.field}{self.detail + 1}")
        return ".".join(parts)


def _places(brief: Brief) -> Iterable[tuple[_Place, str]]:
    """Every text of the brief a renderer shows, where it is, in reading order."""
    yield _Place(None, None, "title"), brief.title
    yield _Place(None, None, "subtitle"), brief.subtitle
    for s, section in enumerate(brief.sections):
        yield _Place(s, None, "heading"), section.heading
        yield _Place(s, None, "intro"), section.intro
        for i, item in enumerate(section.items):
            yield _Place(s, i, "title"), item.title
            for d, (_label, value) in enumerate(item.details):
                yield _Place(s, i, "details", d), value
            yield _Place(s, i, "question"), item.question
            yield _Place(s, i, "body"), item.body


def _located(place: _Place, found: Finding, suggestion: str) -> BriefFinding:
    return BriefFinding(f"{place.id}@{found.start}", place.section, place.item, place.field, place.detail, found,
                        suggestion)


def _place_of(found: BriefFinding) -> _Place:
    return _Place(found.section, found.item, found.field, found.detail)


def _text_at(brief: Brief, place: _Place) -> str:
    if place.section is None:
        return brief.title if place.field == "title" else brief.subtitle
    section = brief.sections[place.section]
    if place.item is None:
        return section.heading if place.field == "heading" else section.intro
    item = section.items[place.item]
    if place.field == "details":
        assert place.detail is not None
        return item.details[place.detail][1]
    return str(getattr(item, place.field))


def _with_text(brief: Brief, place: _Place, text: str) -> Brief:
    if place.section is None:
        return replace(brief, **{place.field: text})
    sections = list(brief.sections)
    section = sections[place.section]
    if place.item is None:
        section = replace(section, **{place.field: text})
    else:
        items = list(section.items)
        item = items[place.item]
        if place.field == "details":
            assert place.detail is not None
            details = list(item.details)
            details[place.detail] = (details[place.detail][0], text)
            item = replace(item, details=tuple(details))
        else:
            item = replace(item, **{place.field: text})
        items[place.item] = item
        section = replace(section, items=tuple(items))
    sections[place.section] = section
    return replace(brief, sections=tuple(sections))


def _already_a_week(text: str, found: Finding, language: str) -> bool:
    """"semaine du 9 mars 2026" holds a date, but one a fix (or the worker) already coarsened."""
    week = coarsen_date(found.text, language)
    return week is not None and text[: found.end].casefold().endswith(week.casefold())


def _suggestion(found: Finding, known: tuple[str, ...], given: dict[str, str], language: str) -> str:
    key = " ".join(found.text.split()).casefold()
    if key not in given:
        # Another name's suggestion is taken too: "Fatima Benali" and "Farid Bensaïd" must
        # not both become "F. B.".
        taken = known + tuple(given[k] for k in given)
        given[key] = suggest_pseudonym(found, taken, language)
    return given[key]


# ----- labels


@lru_cache(maxsize=8)
def labels(language: str) -> dict[str, str]:
    """The words the renderers add (``resources/briefs/render.toml``), in ``language``."""
    return dict(pick(load_toml("briefs", "render.toml"), language))


def when_text(brief: Brief, day: date) -> str:
    """An item's date as the renderers show it: exact, or its week when dates are coarsened."""
    return week_of(day, brief.language) if brief.coarsen_dates else long_date(day, brief.language)


def waited_text(brief: Brief, days: int) -> str:
    """How long an item has waited. In weeks when dates are coarsened: days counted back
    from the brief's date would give the exact date away."""
    words = labels(brief.language)
    if brief.coarsen_dates:
        weeks = days // 7
        if weeks == 0:
            return words["week_less"]
        return _plural(words, "week", weeks, brief.language)
    if days == 0:
        return words["today"]  # not "0 jour"
    return _plural(words, "day", days, brief.language)


def _body_label(brief: Brief, item: BriefItem) -> str:
    """The label above an item's text when the text is not the item itself: a dilemma's
    text is its reflections."""
    return labels(brief.language)["reflections"] if item.kind == "dilemma" else ""


def _plural(words: Mapping[str, str], stem: str, count: int, language: str) -> str:
    one = count <= 1 if language == "fr" else count == 1  # French: "0 jour", "1 jour"
    return words[f"{stem}_one" if one else f"{stem}_other"].format(n=count)


def _facts(brief: Brief, item: BriefItem) -> list[tuple[str, str]]:
    """The (label, value) lines shown above an item's text, in order."""
    words = labels(brief.language)
    facts: list[tuple[str, str]] = []
    if item.when is not None:
        facts.append((words["date"], when_text(brief, item.when)))
    if item.persons:
        facts.append((words["persons"], ", ".join(item.persons)))
    if item.waited_days is not None:
        facts.append((words["waited"], waited_text(brief, item.waited_days)))
    facts.extend(item.details)
    return facts


# ----- Markdown


def to_markdown(brief: Brief) -> str:
    """The brief as a Markdown document. The worker's own Markdown (bodies, intros) is kept
    as written, its headings pushed below the item's; every other text is escaped so it
    reads as written."""
    words = labels(brief.language)
    colon = words["colon"]
    out: list[str] = [f"# {_md_line(brief.title)}", ""]
    if brief.subtitle.strip():
        out += [f"*{_md_line(brief.subtitle)}*", ""]
    out += [f"{words['created']} {long_date(brief.created, brief.language)} · {words['confidential']}", ""]
    for s, section in enumerate(brief.sections, start=1):
        out += [f"## {s}. {_md_line(section.heading)}", ""]
        if section.intro.strip():
            out += [_demote_headings(section.intro.strip(), below=3), ""]
        if not section.items:
            out += [f"*{_md_line(words['empty_section'])}*", ""]
        for i, item in enumerate(section.items, start=1):
            if item.title.strip():
                out += [f"### {s}.{i} {_md_line(item.title)}", ""]
            facts = _facts(brief, item)
            if facts:
                out += [f"- **{_md_line(label)}{colon}** {_md_line(value)}" for label, value in facts]
                out.append("")
            if item.question.strip():
                question = "\\\n".join(_md_line(line) for line in item.question.strip().splitlines())
                out += [f"**{_md_line(words['question'])}{colon}** {question}", ""]
            if item.body.strip():
                if label := _body_label(brief, item):
                    out += [f"**{_md_line(label)}{colon}**", ""]
                out += [_demote_headings(item.body.strip(), below=3), ""]
    return "\n".join(out).rstrip("\n") + "\n"


_MD_SPECIAL_RE = re.compile(r"([\\`*_\[\]<~])")
_MD_LINE_START_RE = re.compile(r"^(\s*)([-+>#])")
_MD_NUMBER_START_RE = re.compile(r"^(\s*\d+)([.)])")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_RE = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")


def _md_line(text: str) -> str:
    """Plain text as one line of Markdown that reads as written."""
    line = " ".join(text.split())
    line = _MD_SPECIAL_RE.sub(r"\\\1", line)
    # At the start of a line, "- x", "> x", "# x" or "1. x" would start a list, a quote, a heading.
    line = _MD_LINE_START_RE.sub(r"\1\\\2", line)
    return _MD_NUMBER_START_RE.sub(r"\1\\\2", line)


def _demote_headings(markdown: str, *, below: int) -> str:
    """The worker's headings ("# Context") pushed below the level ``below`` of the brief's own."""
    out, fence = [], None
    for line in markdown.splitlines():
        opened = _FENCE_RE.match(line)
        if opened and (fence is None or opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence)):
            fence = None if fence is not None else opened.group(1)
        elif fence is None:
            line = _ATX_RE.sub(lambda m: m.group(1) + "#" * min(len(m.group(2)) + below, 6), line)
        out.append(line)
    return "\n".join(out)


# ----- HTML (what journal_app/pdf.py lays out into pages)


def to_html(brief: Brief) -> str:
    """The brief as an HTML document: a title block (class "title-page"), then the sections.
    Every text is escaped; the worker's Markdown is converted by ``markdown_to_html`` (a safe subset: no raw HTML, no images, no links
    to follow)."""
    words = labels(brief.language)
    colon = words["colon"]
    e = _escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(brief.language)}"><head><meta charset="utf-8"><title>{e(brief.title)}</title></head><body>',
        '<div class="title-page">',
        f'<h1 class="title">{e(brief.title)}</h1>',
    ]
    if brief.subtitle.strip():
        parts.append(f'<p class="subtitle">{e(brief.subtitle)}</p>')
    parts += [
        f'<p class="created">{e(words["created"])} {e(long_date(brief.created, brief.language))}</p>',
        f'<p class="confidential">{e(words["confidential"])}</p>',
        f'<p class="notice">{e(words["notice"])}</p>',
        "</div>",
    ]
    for s, section in enumerate(brief.sections, start=1):
        parts.append(f'<h2 class="section">{s}. {e(section.heading)}</h2>')
        if section.intro.strip():
            parts.append(f'<div class="intro">{markdown_to_html(section.intro, top_heading=4)}</div>')
        if not section.items:
            parts.append(f'<p class="empty">{e(words["empty_section"])}</p>')
        for i, item in enumerate(section.items, start=1):
            if item.title.strip():
                parts.append(f'<h3 class="item">{s}.{i}&#160; {e(item.title)}</h3>')
            facts = _facts(brief, item)
            if facts:
                rows = "".join(
                    f'<tr><td class="label">{e(label)}{e(colon)}</td><td class="value">{e(value)}</td></tr>'
                    for label, value in facts
                )
                parts.append(f'<table class="facts">{rows}</table>')
            if item.question.strip():
                question = "<br>".join(e(line) for line in item.question.strip().splitlines())
                parts.append(f'<p class="question"><b>{e(words["question"])}{e(colon)}</b> {question}</p>')
            if item.body.strip():
                if label := _body_label(brief, item):
                    parts.append(f'<p class="body-label"><b>{e(label)}{e(colon)}</b></p>')
                parts.append(f'<div class="body">{markdown_to_html(item.body, top_heading=4)}</div>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _escape(text: str) -> str:
    return html.escape(text.replace("\x00", ""), quote=True)


# A small, safe Markdown subset: the writer of the journal's editor (Qt's, GitHub dialect)
# produces paragraphs, headings, emphasis, lists (nested, with check boxes), block quotes,
# code, rules and tables. Raw HTML is shown as text, images by their description, links by
# their text.

_HR_RE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_QUOTE_RE = re.compile(r"^ {0,3}> ?(.*)$")
_LIST_RE = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])(?:\s+(.*))?$")
_TASK_RE = re.compile(r"^\[([ xX])\]\s+(.*)$")
_TABLE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def markdown_to_html(markdown: str, *, top_heading: int = 1) -> str:
    """HTML for the Markdown the journal stores. Everything is escaped first; headings start
    at ``<h{top_heading}>`` (never beyond h6) so a body's "# Context" stays below its item."""
    lines = markdown.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _blocks(lines, top_heading)


def _blocks(lines: list[str], top_heading: int) -> str:
    out: list[str] = []
    paragraph: list[str] = []

    def close_paragraph() -> None:
        if paragraph:
            out.append(f"<p>{_inline_lines(paragraph)}</p>")
            paragraph.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE_RE.match(line)
        if fence:
            close_paragraph()
            marker, code = fence.group(1), []
            i += 1
            while i < len(lines) and not (lines[i].strip().startswith(marker[0] * len(marker))
                                          and not lines[i].strip().strip(marker[0])):
                code.append(lines[i])
                i += 1
            out.append(f"<pre>{_escape(chr(10).join(code))}</pre>")
            i += 1
            continue
        if not line.strip():
            close_paragraph()
            i += 1
            continue
        if _HR_RE.match(line):
            close_paragraph()
            out.append("<hr>")
            i += 1
            continue
        heading = _HEADING_RE.match(line)
        if heading:
            close_paragraph()
            level = min(len(heading.group(1)) + top_heading - 1, 6)
            out.append(f"<h{level}>{_inline(heading.group(2) or '')}</h{level}>")
            i += 1
            continue
        if _QUOTE_RE.match(line):
            close_paragraph()
            quoted = []
            while i < len(lines) and lines[i].strip() and (_QUOTE_RE.match(lines[i]) or quoted):
                match = _QUOTE_RE.match(lines[i])
                if match is None and (_LIST_RE.match(lines[i]) or _HEADING_RE.match(lines[i])):
                    break
                quoted.append(match.group(1) if match else lines[i])
                i += 1
            out.append(f"<blockquote>{_blocks(quoted, top_heading)}</blockquote>")
            continue
        listed = _LIST_RE.match(line)
        # As in CommonMark, a list interrupts a paragraph only when it starts at 1 (or is a bullet list).
        if listed and (not paragraph or listed.group(2)[0] in "-*+" or listed.group(2)[:-1] == "1"):
            close_paragraph()
            i = _list(lines, i, out, top_heading)
            continue
        if "|" in line and i + 1 < len(lines) and _TABLE_SEPARATOR_RE.match(lines[i + 1]) and "-" in lines[i + 1]:
            close_paragraph()
            i = _table(lines, i, out)
            continue
        paragraph.append(line)
        i += 1
    close_paragraph()
    return "".join(out)


def _list(lines: list[str], start: int, out: list[str], top_heading: int) -> int:
    """Lists from ``lines[start]``, nested by indentation; returns the index after them."""
    first = _LIST_RE.match(lines[start])
    assert first is not None
    indent = len(first.group(1).expandtabs(4))
    ordered = first.group(2)[0].isdigit()
    tag = "ol" if ordered else "ul"
    items: list[list[str]] = []
    i = start
    while i < len(lines):
        line = lines[i]
        match = _LIST_RE.match(line)
        if match and len(match.group(1).expandtabs(4)) == indent and match.group(2)[0].isdigit() == ordered:
            items.append([match.group(3) or ""])
            i += 1
            continue
        if not line.strip():
            # A blank line ends the list unless the next line goes on inside it.
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if following.strip() and len(following) - len(following.lstrip()) > indent:
                items[-1].append("")
                i += 1
                continue
            break
        if len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()) > indent:
            items[-1].append(line.strip() if not _LIST_RE.match(line) else line)
            i += 1
            continue
        if match is None and not (_HEADING_RE.match(line) or _QUOTE_RE.match(line) or _HR_RE.match(line)):
            items[-1].append(line.strip())  # a lazy continuation of the item's text
            i += 1
            continue
        break
    start_number = ""
    if ordered:
        number = int(re.match(r"\d+", first.group(2)).group())  # type: ignore[union-attr]
        if number != 1:
            start_number = f' start="{number}"'
    rendered = []
    for item in items:
        head, rest = item[0], item[1:]
        task = _TASK_RE.match(head)
        box = ""
        if task:
            box = "☑ " if task.group(1) in "xX" else "☐ "
            head = task.group(2)
        nested = [line for line in rest]
        text_lines = [head]
        while nested and nested[0] and not _LIST_RE.match(nested[0]):
            text_lines.append(nested.pop(0))
        inner = _blocks(_dedent(nested), top_heading) if nested else ""
        rendered.append(f"<li>{box}{_inline_lines(text_lines)}{inner}</li>")
    out.append(f"<{tag}{start_number}>{''.join(rendered)}</{tag}>")
    return i


def _dedent(lines: list[str]) -> list[str]:
    widths = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(widths, default=0)
    return [line[cut:] for line in lines]


def _table(lines: list[str], start: int, out: list[str]) -> int:
    def cells(line: str) -> list[str]:
        inner = line.strip()
        inner = inner[1:] if inner.startswith("|") else inner
        inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
        return [cell.strip() for cell in re.split(r"(?<!\\)\|", inner)]

    header = cells(lines[start])
    rows = []
    i = start + 2
    while i < len(lines) and lines[i].strip() and "|" in lines[i]:
        rows.append(cells(lines[i]))
        i += 1
    head_html = "".join(f"<th>{_inline(c)}</th>" for c in header)
    body_html = "".join("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>" for row in rows)
    out.append(f'<table class="grid" border="1" cellspacing="0" cellpadding="4"><tr>{head_html}</tr>{body_html}</table>')
    return i


def _inline_lines(lines: list[str]) -> str:
    """Lines of one paragraph: soft breaks become spaces, hard ones (two spaces or a
    backslash at the end) line breaks."""
    html_lines = []
    for n, line in enumerate(lines):
        last = n == len(lines) - 1
        hard = not last and (line.endswith("  ") or line.endswith("\\"))
        text = line.rstrip()
        if hard and text.endswith("\\"):
            text = text[:-1]
        html_lines.append(_inline(text.strip()) + ("<br>" if hard else (" " if not last else "")))
    return "".join(html_lines)


_CODE_SPAN_RE = re.compile(r"(`+)(.+?)\1")
_BACKSLASH_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_AUTOLINK_RE = re.compile(r"&lt;((?:https?|mailto):[^\s&]+)&gt;")
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE_RE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_HOLE_RE = re.compile("\x00(\\d+)\x00")


def _inline(text: str) -> str:
    """One line of Markdown text as escaped HTML with emphasis, code and strikethrough."""
    holes: list[str] = []

    def hole(content: str) -> str:
        holes.append(content)
        return f"\x00{len(holes) - 1}\x00"

    text = _CODE_SPAN_RE.sub(lambda m: hole(f"<code>{_escape(m.group(2).strip())}</code>"), text)
    text = _BACKSLASH_RE.sub(lambda m: hole(_escape(m.group(1))), text)
    text = html.escape(text, quote=True)  # not _escape: it would drop the holes' markers
    text = _IMAGE_RE.sub(lambda m: m.group(1), text)
    text = _LINK_RE.sub(lambda m: f"<u>{m.group(1)}</u>", text)
    text = _AUTOLINK_RE.sub(lambda m: m.group(1), text)
    text = _STRONG_RE.sub(lambda m: f"<b>{m.group(2)}</b>", text)
    text = _EMPHASIS_RE.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", text)
    text = _STRIKE_RE.sub(lambda m: f"<s>{m.group(1)}</s>", text)
    while _HOLE_RE.search(text):
        text = _HOLE_RE.sub(lambda m: holes[int(m.group(1))], text)
    return text


# ----- writing an export


def write_export_atomically(path: Path | str, data: bytes) -> None:
    """Write an export (plaintext: the caller has said so) to ``path`` atomically.

    The temporary file is made in the destination's own folder, never in the system's
    temporary folder, readable by its owner only; it is flushed to disk, then renamed over
    ``path``. On any failure (a full disk, no permission, an interrupt) it is removed and
    whatever was at ``path`` stays as it was. Failures are StorageErrors with a clear message.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"{path} is a folder: choose a file name")
    if not path.parent.is_dir():
        raise StorageError(f"the folder {path.parent} does not exist")
    vaultfile.write_atomically(path, data)
