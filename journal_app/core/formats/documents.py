"""Word (.docx) and LibreOffice (.odt) documents as Markdown text, and dated sections in a text.

``document_markdown(path, name)`` reads a document with python-docx or odfpy and gives its
text as the editor's Markdown: headings (``#``), bulleted and numbered lists (``-``, ``1.``,
indented by level), bold (``**``) and italic (``*``). Images and tables are not imported: they
are counted (``images``, ``tables``). Footnotes, comments, headers and footers are not read.

Both are zip files: before a reader opens one, ``check_archive`` refuses what would inflate
beyond reason (too many members, too many bytes once uncompressed: the sizes the zip declares
bound what ``zipfile`` gives back). python-docx parses XML with lxml without resolving entities;
odfpy parses with defusedxml. A Word file protected by a password is not a zip but an OLE
compound file (as are the old .doc files): it gets its own message.

``dated_sections(text)`` finds a running diary's days: a heading starting with a date, or a line
holding only a date ("Lundi 3 mars 2025", "3 maart 2025", "March 3, 2025", "03/03/2025",
"2025-03-03", with an optional time "14h30"), and cuts the text there. Numeric dates are read
day first (03/04/2025 is 3 April), as written in Belgium, France and the Netherlands.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from journal_app.core.formats.common import ImportRefused

# .doc (Word before 2007) is not read, but listed with the way out (save it as .docx).
DOCUMENT_SUFFIXES = (".docx", ".odt", ".doc")
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024  # images included
MAX_XML_BYTES = 128 * 1024 * 1024  # the text of a 300-page diary is a few MB
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def document_markdown(path: Path, name: str) -> tuple[str, Counter[str]]:
    """(the document's text as Markdown, what was not imported: images, tables)."""
    check_archive(path, name)
    try:
        if path.suffix.lower() == ".docx":
            return _docx_markdown(path, name)
        return _odt_markdown(path, name)
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile file may break a reader anywhere: say so, never crash
        raise ImportRefused(f"{name}: damaged, or not a Word or LibreOffice document", "not-document",
                            file=name) from exc


def check_archive(path: Path, name: str) -> None:
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise ImportRefused(f"{name}: too large ({MAX_DOCUMENT_BYTES // (1024 * 1024)} MB at most)",
                                "too-large", file=name)
        with path.open("rb") as stream:
            magic = stream.read(len(OLE_MAGIC))
    except OSError as exc:
        raise ImportRefused(f"{name}: could not be read ({exc.strerror or exc})", "unreadable", file=name) from exc
    if magic == OLE_MAGIC:
        raise ImportRefused(f"{name}: protected by a password, or an old Word file (.doc): open it in Word "
                            "or LibreOffice, remove the password or save it as .docx, then import it",
                            "encrypted", file=name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportRefused(f"{name}: damaged, or not a Word or LibreOffice document", "not-document",
                            file=name) from exc
    if len(members) > MAX_MEMBERS:
        raise ImportRefused(f"{name}: too many parts to be a document", "too-large", file=name)
    if sum(info.file_size for info in members) > MAX_UNCOMPRESSED_BYTES or sum(
            info.file_size for info in members if info.filename.endswith((".xml", ".rels"))) > MAX_XML_BYTES:
        raise ImportRefused(f"{name}: would take too much room once uncompressed", "too-large", file=name)


# ----- Word


def _docx_markdown(path: Path, name: str) -> tuple[str, Counter[str]]:
    import docx  # imported when needed: a few hundred ms at start-up otherwise
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    from lxml import etree

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.LxmlError) as exc:
        raise ImportRefused(f"{name}: damaged, or not a Word document", "not-document", file=name) from exc
    left_out: Counter[str] = Counter()
    lines: list[str] = []
    paragraph_tag, table_tag = qn("w:p"), qn("w:tbl")
    drawing = ".//w:drawing | .//w:pict"
    styles: dict[str, str] = {}  # style id -> name (looking a style up each time is slow)
    for style in document.styles:
        styles[style.style_id] = style.name or ""
    for block in document.element.body.iterchildren():
        if block.tag == table_tag:
            left_out["tables"] += 1
            lines.append("")
            continue
        if block.tag != paragraph_tag:
            continue
        paragraph = Paragraph(block, document)
        left_out["images"] += len(block.xpath(drawing))
        style = styles.get(block.style or "", "") if block.pPr is not None else ""
        text = _docx_runs(paragraph)
        lines.append(_block(text, style, _docx_list_level(block)))
    return _joined(lines), left_out


def _docx_runs(paragraph: Any) -> str:
    from docx.text.hyperlink import Hyperlink

    pieces: list[tuple[str, bool, bool]] = []
    for item in paragraph.iter_inner_content():
        runs = item.runs if isinstance(item, Hyperlink) else [item]
        for run in runs:
            pieces.append((run.text, bool(run.bold), bool(run.italic)))
    return _formatted(pieces)


def _docx_list_level(block: Any) -> int | None:
    """The list level of a numbered or bulleted paragraph (0 for the first), or None."""
    properties = block.pPr
    if properties is None or properties.numPr is None:
        return None
    level = properties.numPr.ilvl
    return int(level.val) if level is not None and level.val is not None else 0


# ----- OpenDocument

_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_ODF_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_ODF_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"


@dataclass
class _OdfState:
    styles: dict[str, tuple[bool, bool, str]]  # style name -> (bold, italic, parent style name)
    left_out: Counter[str]
    lines: list[str]


def _odt_markdown(path: Path, name: str) -> tuple[str, Counter[str]]:
    from xml.sax import SAXException

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring
    from odf.opendocument import load

    # odfpy prints a part it cannot parse, whole, on standard output, then goes on: the
    # worker's text would reach a terminal or a log. Each part is checked first (defusedxml:
    # no entities either), and anything odfpy still prints is caught and means "damaged".
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "content.xml" not in names:
                raise KeyError("content.xml")
            for part in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
                if part in names:
                    fromstring(archive.read(part))
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            document = load(str(path))
    except (KeyError, ValueError, zipfile.BadZipFile, SAXException, DefusedXmlException, ParseError,
            AttributeError) as exc:
        raise ImportRefused(f"{name}: damaged, or not a LibreOffice document", "not-document",
                            file=name) from exc
    if printed.getvalue():
        raise ImportRefused(f"{name}: damaged, or not a LibreOffice document", "not-document", file=name)
    state = _OdfState(styles={}, left_out=Counter(), lines=[])
    for container in (document.styles, document.automaticstyles):
        for style in container.childNodes:
            if style.qname != (_ODF_STYLE, "style"):
                continue
            bold = italic = False
            for child in style.childNodes:
                if child.qname == (_ODF_STYLE, "text-properties"):
                    bold = child.attributes.get((_ODF_FO, "font-weight")) == "bold"
                    italic = child.attributes.get((_ODF_FO, "font-style")) == "italic"
            state.styles[style.attributes.get((_ODF_STYLE, "name"), "")] = (
                bold, italic, style.attributes.get((_ODF_STYLE, "parent-style-name"), ""))
    _odf_blocks(document.text.childNodes, state, None)
    return _joined(state.lines), state.left_out


def _odf_blocks(nodes: Any, state: _OdfState, level: int | None) -> None:
    for node in nodes:
        qname = getattr(node, "qname", None)
        if qname == (_ODF_TEXT, "h"):
            depth = int(node.attributes.get((_ODF_TEXT, "outline-level"), "1") or 1)
            state.lines.append(_block(_odf_inline(node, state), f"Heading {depth}", None))
        elif qname == (_ODF_TEXT, "p"):
            style = node.attributes.get((_ODF_TEXT, "style-name"), "")
            text = _odf_inline(node, state, _odf_style(state, style))
            state.lines.append(_block(text, "Title" if style == "Title" else "", level))
        elif qname == (_ODF_TEXT, "list"):
            _odf_blocks(node.childNodes, state, 0 if level is None else level + 1)
        elif qname in ((_ODF_TEXT, "list-item"), (_ODF_TEXT, "list-header"), (_ODF_TEXT, "section")):
            _odf_blocks(node.childNodes, state, level)
        elif qname == (_ODF_TABLE, "table"):
            state.left_out["tables"] += 1
            state.lines.append("")


def _odf_style(state: _OdfState, name: str) -> tuple[bool, bool]:
    bold = italic = False
    for _ in range(10):  # a style inherits from its parent (bounded: a loop would not end)
        if not name or name not in state.styles:
            break
        own_bold, own_italic, name = state.styles[name]
        bold, italic = bold or own_bold, italic or own_italic
    return bold, italic


def _odf_inline(node: Any, state: _OdfState, inherited: tuple[bool, bool] = (False, False)) -> str:
    pieces: list[tuple[str, bool, bool]] = []

    def walk(current: Any, bold: bool, italic: bool) -> None:
        for child in current.childNodes:
            if child.nodeType == child.TEXT_NODE:
                pieces.append((child.data, bold, italic))
                continue
            qname = child.qname
            if qname == (_ODF_TEXT, "s"):
                pieces.append((" " * int(child.attributes.get((_ODF_TEXT, "c"), "1") or 1), bold, italic))
            elif qname == (_ODF_TEXT, "tab"):
                pieces.append(("\t", bold, italic))
            elif qname == (_ODF_TEXT, "line-break"):
                pieces.append(("\n", bold, italic))
            elif qname == (_ODF_DRAW, "frame"):
                state.left_out["images"] += 1
            elif qname in ((_ODF_TEXT, "note"), (_ODF_TEXT, "annotation")):
                continue
            elif qname == (_ODF_TEXT, "span"):
                span_bold, span_italic = _odf_style(state, child.attributes.get((_ODF_TEXT, "style-name"), ""))
                walk(child, bold or span_bold, italic or span_italic)
            else:
                walk(child, bold, italic)

    walk(node, *inherited)
    return _formatted(pieces)


# ----- Markdown out

_HEADING_STYLE = re.compile(r"(?:heading|titre|kop)\s*([1-6])", re.IGNORECASE)


def _block(text: str, style: str, list_level: int | None) -> str:
    text = text.strip()
    if not text:
        return ""
    heading = _HEADING_STYLE.match(style)
    if heading or style == "Title":
        return "#" * (int(heading.group(1)) if heading else 1) + " " + " ".join(text.split())
    lowered = style.lower()
    if list_level is None and ("list" in lowered or "liste" in lowered or "lijst" in lowered):
        list_level = 0
    if list_level is not None:
        marker = "1." if "number" in lowered or "numéro" in lowered else "-"
        return "  " * list_level + f"{marker} {text}"
    return text


def _formatted(pieces: list[tuple[str, bool, bool]]) -> str:
    """Runs of text as Markdown: neighbours with the same emphasis joined, then wrapped."""
    merged: list[list[Any]] = []
    for text, bold, italic in pieces:
        if not text:
            continue
        if merged and merged[-1][1:] == [bold, italic]:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic])
    out = []
    for text, bold, italic in merged:
        marker = ("**" if bold else "") + ("*" if italic else "")
        inner = text.strip()
        if not marker or not inner:
            out.append(text)
            continue
        lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        out.append(f"{lead}{marker}{inner}{marker[::-1]}{trail}")
    return "".join(out)


def _joined(lines: list[str]) -> str:
    """Paragraphs separated by a blank line, list items kept together."""
    out: list[str] = []
    previous_item = False
    for line in lines:
        if not line:
            previous_item = False
            continue
        item = bool(_LIST_ITEM.match(line))
        if out:
            out.append("\n" if item and previous_item else "\n\n")
        out.append(line)
        previous_item = item
    return "".join(out)


_LIST_ITEM = re.compile(r"\s*(?:-|\d+\.) ")


# ----- dated sections

_WEEKDAYS = ("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|"
             "zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_MONTHS = {
    1: ("janvier", "januari", "january", "janv", "jan"),
    2: ("février", "fevrier", "februari", "february", "févr", "fevr", "fév", "feb"),
    3: ("mars", "maart", "march", "mrt", "mar"),
    4: ("avril", "april", "avr", "apr"),
    5: ("mai", "mei", "may"),
    6: ("juin", "juni", "june", "jun"),
    7: ("juillet", "juli", "july", "juil", "jul"),
    8: ("août", "aout", "augustus", "august", "aug"),
    9: ("septembre", "september", "sept", "sep"),
    10: ("octobre", "oktober", "october", "okt", "oct"),
    11: ("novembre", "november", "nov"),
    12: ("décembre", "decembre", "december", "déc", "dec"),
}
_MONTH_NUMBER = {word: number for number, words in _MONTHS.items() for word in words}
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_TIME = (r"(?:\s*(?:,|à|a|at|om|-|–|—)?\s*(?P<hour>[01]?\d|2[0-3])"
         r"(?:\s*[:hH.]\s*(?P<minute>[0-5]\d)(?:\s*(?:u|uur)\b)?|\s*(?:h|u|uur)\b))?")
_PREFIX = rf"(?:(?:le|on|op)\s+)?(?:(?:{_WEEKDAYS})\.?,?\s+)?(?:(?:le|the|de)\s+)?"
_WRITTEN_DATE = re.compile(
    rf"{_PREFIX}(?:"
    r"(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})"
    r"|(?P<num_day>\d{1,2})[/.-](?P<num_month>\d{1,2})[/.-](?P<num_year>\d{4})"
    rf"|(?P<day>\d{{1,2}})(?:er|e|ste|de|st|nd|rd|th)?\.?\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<en_month>{_MONTH})\.?\s+(?P<en_day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<en_year>\d{{4}})"
    rf"){_TIME}(?![\w/.-]\d)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*(?:[-–—:,.|]\s*)?")
_MARKUP = " \t#*_>"


@dataclass(frozen=True)
class Section:
    day: date
    clock: time | None
    title: str  # what a dated heading says after its date ("" for a date alone)
    body: str


def written_date(text: str) -> tuple[date, time | None, str] | None:
    """(day, time or None, the rest) when ``text`` starts with a date, else None."""
    found = _WRITTEN_DATE.match(text)
    if found is None:
        return None
    groups = found.groupdict()
    try:
        if groups["iso_year"]:
            day = date(int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"]))
        elif groups["num_year"]:
            day = date(int(groups["num_year"]), int(groups["num_month"]), int(groups["num_day"]))
        elif groups["year"]:
            day = date(int(groups["year"]), _MONTH_NUMBER[groups["month"].lower()], int(groups["day"]))
        else:
            day = date(int(groups["en_year"]), _MONTH_NUMBER[groups["en_month"].lower()], int(groups["en_day"]))
        clock = time(int(groups["hour"]), int(groups["minute"] or 0)) if groups["hour"] is not None else None
    except ValueError:  # 31 February
        return None
    rest = text[found.end():]
    return day, clock, rest


def dated_sections(text: str) -> tuple[str, list[Section]]:
    """(the text before the first dated line, the dated sections), or (text, []) when no line
    starts a day."""
    lines = text.split("\n")
    starts: list[tuple[int, date, time | None, str]] = []
    fenced = False
    for number, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or not line.strip():
            continue
        heading = line.lstrip().startswith("#")
        found = written_date(line.strip(_MARKUP))
        if found is None:
            continue
        day, clock, rest = found
        rest = _SEPARATOR.sub("", rest.strip(_MARKUP), count=1).strip().strip("*_").strip()
        if rest and not heading:
            continue  # a date at the start of a sentence, not a day's heading
        starts.append((number, day, clock, rest))
    if not starts:
        return text, []
    preamble = "\n".join(lines[:starts[0][0]]).strip("\n")
    sections = []
    for index, (number, day, clock, title) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        body = "\n".join(lines[number + 1:end]).strip("\n").rstrip()
        sections.append(Section(day=day, clock=clock, title=title, body=body))
    return preamble, sections
