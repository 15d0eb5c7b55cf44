"""The workload statement as a PDF: Qt's text layout (QTextDocument) with QtCharts charts.

Like ``pdf.py`` for the supervision brief, the PDF is made in memory (no temporary file) and
written by the caller with ``briefs.write_export_atomically``. The charts are drawn to be read
in black and white: each bar set has its own fill pattern, a legend, and its value written on
the bar; the weekday x hour grid is a table of numbers, shaded only as a help.

The PDF's metadata hold the statement's title and "Carnet", nothing else of the journal; the
creation date Qt writes is coarsened to the first of its month at 00:00 (the bytes keep their
length, so the file's cross-reference table stays right).
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QGraphicsScene

from journal_app.core.statement import Section, StatementDocument
from journal_app.pdf import (
    FONT_FAMILIES, INK, MUTED, RESOLUTION, _keep_headings_with_next, a4_pdf_writer, ensure_gui_application, with_dates,
)

CHART_SIZE = (900, 380)  # logical pixels; drawn at 3x for print
CHART_SCALE = 3


def statement_to_pdf(document: StatementDocument, charts: dict[str, QImage] | None = None) -> bytes:
    """The PDF of the statement, as bytes. ``charts`` (from ``statement_charts``) must be drawn
    on the GUI thread (QtCharts lives in a QGraphicsScene); the rest may run on the worker.
    Without them, they are drawn here, which is only right on the GUI thread (the CLI)."""
    ensure_gui_application()
    if charts is None:
        charts = statement_charts(document)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_pdf_writer(buffer, document.title, QMarginsF(16, 14, 16, 14))
    text = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(9.5)
    text.setDefaultFont(font)
    for name, image in charts.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    text.setHtml(statement_html(document, with_charts=True))
    # Laid out on the writer's own page, so that a heading never ends a page alone.
    text.documentLayout().setPaintDevice(writer)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    text.setPageSize(QSizeF(page.width(), page.height()))
    _keep_headings_with_next(text, page.height())
    text.print_(writer)
    buffer.close()
    # The metadata's dates say the month it was made, never the day or the hour.
    return with_dates(bytes(data.data()), date.today().replace(day=1))


def statement_html(document: StatementDocument, *, with_charts: bool = False) -> str:
    """The statement as rich text (the PDF's layout, and the preview of the window)."""
    e = html.escape
    parts = [f"<h1 style='color:{INK}'>{e(document.title)}</h1>", f"<p><b>{e(document.period)}</b></p>"]
    parts += [f"<p style='color:{MUTED}'>{e(note)}</p>" for note in document.notes]
    for section in document.sections:
        parts.append(f"<h2 style='color:{INK}'>{e(section.title)}</h2>")
        parts.append(f"<p style='color:{MUTED}'><i>{e(section.how)}</i></p>")
        if with_charts and section.key in ("weeks", "channels") and section.rows:
            parts.append(f"<p align='center'><img src='chart:{section.key}' width='{CHART_SIZE[0] * 0.72:.0f}'></p>")
        parts.append(_table(section))
    parts.append(f"<h2>{e(document.cannot_show_title)}</h2><p>{e(document.cannot_show)}</p>")
    parts.append(f"<h2>{e(document.rights_title)}</h2><p>{e(document.rights)}</p>")
    parts.append(f"<p style='color:{MUTED}'>{e(document.footer)}</p>")
    return "".join(parts)


def _table(section: Section) -> str:
    e = html.escape
    heat = section.key == "heatmap"
    size = " style='font-size:7pt'" if heat else ""
    cells = "".join(f"<th{size}>{e(cell)}</th>" for cell in section.header)
    rows = [f"<tr>{cells}</tr>"]
    peak = max((int(cell) for row in section.rows for cell in row[1:] if cell.isdigit()), default=0) if heat else 0
    for row in section.rows:
        out = []
        for index, cell in enumerate(row):
            style = ""
            if heat and index and cell.isdigit() and peak:
                grey = 255 - int(110 * int(cell) / peak)
                style = f" bgcolor='#{grey:02x}{grey:02x}{grey:02x}'"
            align = " align='right'" if index else ""
            out.append(f"<td{style}{align}{size}>{e(cell)}</td>")
        rows.append(f"<tr>{''.join(out)}</tr>")
    return f"<table border='1' cellspacing='0' cellpadding='3' style='border-color:{MUTED}'>{''.join(rows)}</table>"


# ----- charts


def statement_charts(document: StatementDocument) -> dict[str, QImage]:
    """The charts of the statement as images; on the GUI thread only."""
    charts = {}
    for section in document.sections:
        if section.key == "weeks" and section.rows:
            labels = [row[0].split("-")[-1] for row in section.rows]
            values = [_number(row[3]) for row in section.rows]
            charts["weeks"] = _bar_chart(labels, [(section.header[3], values, Qt.BrushStyle.Dense4Pattern)],
                                         horizontal=False)
        if section.key == "channels" and section.rows:
            labels = [row[0] for row in section.rows]
            charts["channels"] = _bar_chart(labels, [
                (section.header[1], [_number(row[1]) for row in section.rows], Qt.BrushStyle.BDiagPattern),
                (section.header[2], [_number(row[2]) for row in section.rows], Qt.BrushStyle.SolidPattern),
            ], horizontal=True)
    return charts


def _number(text: str) -> int:
    return int(text) if text.isdigit() else 0


def _bar_chart(labels: list[str], sets: list[tuple[str, list[int], Qt.BrushStyle]], *, horizontal: bool) -> QImage:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(QColor("white")))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    for name, values, pattern in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(value) for value in values])
        bar_set.setBrush(QBrush(QColor(INK), pattern))
        bar_set.setPen(QColor(INK))
        bar_set.setLabelColor(QColor(INK))
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels)
    values_axis = QValueAxis()
    top = max((value for _, values, _ in sets for value in values), default=0)
    values_axis.setRange(0, max(1, top) * 1.15)
    values_axis.setLabelFormat("%d")
    values_axis.setTickCount(min(6, max(2, top + 1)))
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    width, height = CHART_SIZE
    chart.resize(QSizeF(width, height))
    scene = QGraphicsScene()
    scene.addItem(chart)
    image = QImage(width * CHART_SCALE, height * CHART_SCALE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    return image


__all__ = ["statement_charts", "statement_html", "statement_to_pdf"]
