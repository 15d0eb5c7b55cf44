"""A brief as a PDF, through Qt's own text layout (QTextDocument) and PDF writer.

Used by the desktop app and by ``journal-app brief``; it lives outside ``core/`` because it
needs Qt. The PDF is made in memory (a QBuffer): no temporary file, so nothing of the
brief touches the disk until the caller writes the bytes with
``briefs.write_export_atomically``.

Layout: A4; a title block at the top of the first page (title, subtitle, date, the
confidentiality note), the sections right after it (a short brief fits on one page: no
almost empty cover), a running header (the title, "Confidential — pseudonymised") from the
second page, and "page n / N" in the footer when there is more than one page. A heading is
never left alone at the bottom of a page.
"""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from journal_app.core.briefs import Brief, labels, to_html

RESOLUTION = 300  # dots per inch: text is vector anyway; this is the precision of positions
MARGINS_MM = QMarginsF(24, 18, 22, 16)  # left, top, right, bottom of the text
HEADER_GAP_MM = 9  # from the running header's baseline area down to the text
FOOTER_GAP_MM = 9  # from the text down to the page number
BODY_POINT_SIZE = 10.5
KEEP_WITH_HEADING_POINTS = 3 * BODY_POINT_SIZE * 1.5  # three lines of text
FONT_FAMILIES = ["Noto Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Nimbus Sans", "Liberation Sans", "Arial",
                 "DejaVu Sans"]
INK = "#1f2328"
ACCENT = "#1f4e79"  # a dark blue: prints well in colour and in grey
MUTED = "#57606a"


def _device_pixels(points: float) -> float:
    return points * RESOLUTION / 72


def _px(points: float) -> str:
    """A length in points as CSS pixels (1/96 inch): Qt's rich text takes margins and
    paddings in px only (it scales them to the paint device)."""
    return f"{points * 96 / 72:.1f}px"


STYLE = f"""
body {{ color: {INK}; }}
p {{ margin-top: 0px; margin-bottom: {_px(7)}; line-height: 125%; }}
h1.title {{ font-size: 20pt; font-weight: 600; color: {ACCENT}; margin-bottom: {_px(6)}; }}
p.subtitle {{ font-size: 13pt; color: {INK}; margin-bottom: {_px(10)}; }}
p.created {{ font-size: 10pt; color: {MUTED}; margin-bottom: {_px(2)}; }}
p.confidential {{ font-size: 10pt; font-weight: 600; color: {ACCENT}; margin-bottom: {_px(6)}; }}
p.notice {{ font-size: 9pt; color: {MUTED}; margin-bottom: {_px(8)}; }}
p.body-label {{ color: {MUTED}; margin-top: {_px(4)}; margin-bottom: {_px(3)}; }}
h2 {{ font-size: 16pt; font-weight: 600; color: {ACCENT}; margin-top: {_px(20)}; margin-bottom: {_px(8)}; }}
h3 {{ font-size: 12.5pt; font-weight: 600; color: {INK}; margin-top: {_px(18)}; margin-bottom: {_px(5)}; }}
h4 {{ font-size: 11pt; font-weight: 600; margin-top: {_px(9)}; margin-bottom: {_px(4)}; }}
h5, h6 {{ font-size: 10.5pt; font-weight: 600; font-style: italic; margin-top: {_px(7)}; margin-bottom: {_px(3)}; }}
table.facts {{ margin-top: 0px; margin-bottom: {_px(7)}; border-width: 0px; }}
td.label {{ color: {MUTED}; padding-right: {_px(10)}; padding-top: {_px(1)}; padding-bottom: {_px(1)}; }}
td.value {{ padding-top: {_px(1)}; padding-bottom: {_px(1)}; }}
p.question {{ background-color: #eef3f8; color: {INK}; margin-bottom: {_px(9)}; }}
p.empty {{ color: {MUTED}; font-style: italic; }}
blockquote {{ color: {MUTED}; font-style: italic; margin-left: {_px(14)}; }}
pre {{ font-family: monospace; font-size: 9pt; margin-left: {_px(8)}; }}
code {{ font-family: monospace; font-size: 9.5pt; }}
table.grid {{ border-color: #8c959f; border-style: solid; margin-top: {_px(4)}; margin-bottom: {_px(8)}; }}
hr {{ color: #8c959f; }}
"""

_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication (or QApplication), or a new one on the offscreen platform
    for the command line: Qt's text layout needs one, a display it does not.

    The new one is a QApplication when QtWidgets is installed: a process can hold only one
    application object, and one that later shows a widget (a test run, say) needs that kind."""
    global _application
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("a QCoreApplication runs: PDF output needs a QGuiApplication")
        return existing
    try:
        from PySide6.QtWidgets import QApplication as application_class
    except ImportError:
        application_class = QGuiApplication  # type: ignore[assignment,misc]
    name = sys.argv[0] if sys.argv and sys.argv[0] else "journal-app"
    _application = application_class([name, "-platform", "offscreen"])
    return _application


def a4_pdf_writer(buffer: QBuffer, title: str, margins_mm: QMarginsF) -> QPdfWriter:
    """A portrait A4 PDF writer at RESOLUTION into ``buffer`` (open for writing)."""
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     margins_mm, QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Carnet")
    return writer


def brief_to_pdf(brief: Brief) -> bytes:
    """The PDF of ``brief`` (already reviewed), as bytes."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_pdf_writer(buffer, brief.title, QMarginsF(0, 0, 0, 0))
    page = _PageGeometry(writer)
    document = _document(brief, writer, page)
    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("the PDF writer could not start")
    try:
        _paint(document, painter, writer, page, brief)
    finally:
        painter.end()
    buffer.close()
    # The file's own dates say the day the brief is dated, or only its week when dates are
    # coarsened: never the minute it was made.
    day = brief.created - timedelta(days=brief.created.weekday()) if brief.coarsen_dates else brief.created
    return with_dates(bytes(data.data()), day)


# What QPdfWriter records of the moment it wrote: the Info dictionary's dates, as PDF strings
# (D:YYYYMMDDHHmmSS, then Z or +HH'mm'), and the XMP packet's, as ISO 8601 attributes.
_INFO_DATE = re.compile(rb"/(CreationDate|ModDate) ?\(D:(\d{14})(Z|[+-]\d\d'\d\d')?\)")
_XMP_DATE = re.compile(rb' ?xmp:(CreateDate|ModifyDate|MetadataDate)="(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(Z|[+-]\d\d:\d\d)?"')


def with_dates(pdf: bytes, day: date | None) -> bytes:
    """``pdf`` (as QPdfWriter wrote it) with its creation and modification dates set to
    midnight UTC of ``day``, or removed when ``day`` is None. Every replacement has the
    length of what it replaces (blanks are whitespace to PDF and XML), so the byte offsets
    of the cross-reference table stay right."""

    def info(match: re.Match[bytes]) -> bytes:
        if day is None:
            return b" " * len(match.group(0))
        zone = match.group(3) or b""
        new_zone = b"Z" if len(zone) == 1 else b"+00'00'" if zone else b""
        return match.group(0).replace(match.group(2) + zone, day.strftime("%Y%m%d000000").encode() + new_zone)

    def xmp(match: re.Match[bytes]) -> bytes:
        if day is None:
            return b" " * len(match.group(0))
        zone = match.group(3) or b""
        new_zone = b"Z" if len(zone) == 1 else b"+00:00" if zone else b""
        return match.group(0).replace(match.group(2) + zone, day.strftime("%Y-%m-%dT00:00:00").encode() + new_zone)

    return _XMP_DATE.sub(xmp, _INFO_DATE.sub(info, pdf))


class _PageGeometry:
    """Where the text, the header and the footer go on an A4 page, in the writer's pixels."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.dots_per_mm = RESOLUTION / 25.4
        full = writer.pageLayout().fullRectPixels(RESOLUTION)
        self.width, self.height = float(full.width()), float(full.height())
        mm = self.dots_per_mm
        self.text = QRectF(
            MARGINS_MM.left() * mm,
            (MARGINS_MM.top() + HEADER_GAP_MM) * mm,
            self.width - (MARGINS_MM.left() + MARGINS_MM.right()) * mm,
            self.height - (MARGINS_MM.top() + HEADER_GAP_MM + MARGINS_MM.bottom() + FOOTER_GAP_MM) * mm,
        )
        self.header_baseline = MARGINS_MM.top() * mm
        self.footer_baseline = self.height - MARGINS_MM.bottom() * mm


def _font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def _document(brief: Brief, writer: QPdfWriter, page: _PageGeometry) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # points become the writer's pixels
    document.setDefaultFont(_font(BODY_POINT_SIZE))
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(page.text.width(), page.text.height()))
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(to_html(brief))
    _relayout(document)
    _keep_headings_with_next(document, page.text.height())
    return document


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """A heading that would end a page, with less than a few lines of room after it,
    starts the next page instead."""
    layout = document.documentLayout()
    room_needed = _device_pixels(KEEP_WITH_HEADING_POINTS)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 1:  # the title (h1) opens the first page
            rect = layout.blockBoundingRect(block)
            room_left = page_height - rect.bottom() % page_height
            if room_left < room_needed and rect.top() % page_height > 1:
                change = QTextBlockFormat()
                change.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(change)
                # After a change Qt lays the rest out lazily and block rectangles go stale:
                # lay out everything after the heading again before looking further.
                _relayout(document, block.position())
        block = block.next()


def _relayout(document: QTextDocument, start: int = 0) -> None:
    document.markContentsDirty(start, document.characterCount() - start)


def _paint(document: QTextDocument, painter: QPainter, writer: QPdfWriter, page: _PageGeometry,
           brief: Brief) -> None:
    words = labels(brief.language)
    pages = document.pageCount()
    layout = document.documentLayout()
    ink = QPalette()
    ink.setColor(QPalette.ColorRole.Text, QColor(INK))
    for number in range(1, pages + 1):
        if number > 1:
            writer.newPage()
        painter.save()
        painter.translate(page.text.left(), page.text.top() - (number - 1) * page.text.height())
        visible = QRectF(0, (number - 1) * page.text.height(), page.text.width(), page.text.height())
        painter.setClipRect(visible)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = visible
        context.palette = ink  # not the application's: a dark theme would print white on white
        layout.draw(painter, context)
        painter.restore()
        if number == 1:
            _title_mark(painter, page, layout.blockBoundingRect(document.begin()))
        else:  # the first page carries the title and the note in full
            _running_header(painter, page, brief.title, words["confidential"])
        if pages > 1:
            _footer(painter, page, words["page"].format(n=number, total=pages))


def _title_mark(painter: QPainter, page: _PageGeometry, title: QRectF) -> None:
    """A short bar in the accent colour above the title."""
    mm = page.dots_per_mm
    top = page.text.top() + title.top() - 7 * mm
    painter.fillRect(QRectF(page.text.left(), top, 28 * mm, 1.6 * mm), QColor(ACCENT))


def _running_header(painter: QPainter, page: _PageGeometry, title: str, note: str) -> None:
    font = _font(8.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    painter.setPen(QColor(MUTED))
    left, right = page.text.left(), page.text.right()
    note_width = metrics.horizontalAdvance(note)
    available = page.text.width() - note_width - 8 * page.dots_per_mm
    shown = metrics.elidedText(" ".join(title.split()), Qt.TextElideMode.ElideRight, available)
    baseline = page.header_baseline
    painter.drawText(QPointF(left, baseline), shown)
    painter.drawText(QPointF(right - note_width, baseline), note)
    pen = QPen(QColor("#c7ccd1"))
    pen.setWidthF(0.25 * page.dots_per_mm)
    painter.setPen(pen)
    rule = baseline + 2.2 * page.dots_per_mm
    painter.drawLine(QPointF(left, rule), QPointF(right, rule))


def _footer(painter: QPainter, page: _PageGeometry, text: str) -> None:
    font = _font(8.5)
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    metrics = QFontMetricsF(font, painter.device())
    width = metrics.horizontalAdvance(text)
    painter.drawText(QPointF(page.text.center().x() - width / 2, page.footer_baseline), text)
