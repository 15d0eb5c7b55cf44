"""Placement: a trainee's portfolio. The placement's details, the hours logged day by day
against the hours the school requires, the school's learning objectives with the reflections
that show them, a self-evaluation, and the portfolio exported for the school.

Workers who are not on placement never need this page: until a placement is set up it is
only an invitation, saying so. Everything shown comes from one worker operation
(``load_placement``); every change is made on the worker, saved, and the page reloaded.
The chart of cumulative hours follows the application palette (dark mode) with Okabe–Ito
colours, its series also differ by dash pattern, and every figure it shows is also written
out as text beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import islice

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLegend, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QObject, QPointF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.database import Database
from journal_app.core.entries import EntryFilter, EntryRecord
from journal_app.core.errors import InvalidInput
from journal_app.core.placement import (
    MINUTES_PER_DAY,
    HoursDay,
    HoursTotals,
    Objective,
    PlacementFields,
    PlacementRecord,
    PlacementStore,
    objectives_from_text,
    parse_hours,
    portfolio_brief,
)
from journal_app.core.templates import Template, builtin_templates
from journal_app.ui import labels
from journal_app.ui.dashboard_view import axis_scale, chart_colours, quiet_chart, style_axes
from journal_app.ui.messages import show_message
from journal_app.ui.review_dialog import ExportReviewDialog
from journal_app.ui.components import FILL_BATCH, UNIT, Card, PageHeader, StackPage
from journal_app.ui.widgets import CenteredPage, error_label, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker, fair_single_shot

UuidRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2
SAVE_DELAY_MS = 700
SEARCH_DELAY_MS = 250
DEFAULT_TEMPLATE = "reflective-account"  # the four-question reflective account schools ask for
ENTRIES_TO_PICK = 200  # the most recent entries offered by "Link an entry…" (a search finds older ones)
DAY_COLUMN, HOURS_COLUMN, NOTE_COLUMN = range(3)
DISTINCT_POINTS = 25
MIN_DAYS_SHOWN = 14  # the chart's shortest time axis
DAY_FORMAT = "ddd d MMM yyyy"  # a logged day in the table: "mer. 18 mars 2026"  # logged days the chart marks one by one

translate = QCoreApplication.translate


# ----- what one refresh loads (on the worker thread: no widgets here)


@dataclass(frozen=True)
class EntryLine:
    uuid: str
    occurred_at: datetime | None
    text: str  # the title, or the first line of the text ("" when both are empty)


@dataclass(frozen=True)
class PlacementData:
    placements: list[PlacementRecord]  # every placement, the most recent first
    placement: PlacementRecord | None  # the one shown
    days: list[HoursDay] = field(default_factory=list)  # oldest first
    totals: HoursTotals | None = None
    objectives: list[Objective] = field(default_factory=list)
    linked: dict[str, list[EntryLine]] = field(default_factory=dict)  # objective uuid -> entries showing it


def entry_line(record: EntryRecord) -> EntryLine:
    text = record.title.strip() or next((line.strip() for line in record.body.splitlines() if line.strip()), "")
    return EntryLine(record.uuid, record.occurred_at, text[:120])


def load_placement(database: Database, uuid: str | None) -> PlacementData:
    """The placement ``uuid`` (or the most recent one) with its hours, objectives and links."""
    store = PlacementStore(database)
    placements = store.list()
    placement = next((p for p in placements if p.uuid == uuid), placements[0] if placements else None)
    if placement is None:
        return PlacementData(placements, None)
    objectives = store.objectives(placement.uuid)
    linked = {objective.uuid: [entry_line(record) for record in store.entries_of(objective.uuid)]
              for objective in objectives}
    return PlacementData(placements, placement, store.hours(placement.uuid), store.totals(placement.uuid),
                         objectives, linked)


# ----- words and figures (tested directly)


def hours_text(minutes: int) -> str:
    """"7 h", "7 h 30": hours as a person says them."""
    hours, rest = divmod(minutes, 60)
    if rest:
        return translate("PlacementView", "%1 h %2", "hours and minutes").replace(
            "%1", QLocale().toString(hours)).replace("%2", f"{rest:02d}")
    return translate("PlacementView", "%1 h", "whole hours").replace("%1", QLocale().toString(hours))


def progress_text(done_minutes: int, required_minutes: int) -> str:
    """"212 h of 400 h — 53 %", or only the hours done when none are required."""
    if not required_minutes:
        return translate("PlacementView", "%1 done (no required hours set)").replace("%1", hours_text(done_minutes))
    percent = translate("PlacementView", "%1%", "a percentage").replace(
        "%1", QLocale().toString(round(100 * done_minutes / required_minutes)))
    return (translate("PlacementView", "%1 of %2 — %3").replace("%1", hours_text(done_minutes))
            .replace("%2", hours_text(required_minutes)).replace("%3", percent))


def steady_pace_minutes(placement: PlacementRecord, today: date) -> int | None:
    """The hours a steady pace from the first to the last day would give by ``today``: the
    straight line of the chart. None without both dates and required hours."""
    if not (placement.starts_on and placement.ends_on and placement.required_minutes):
        return None
    length = (placement.ends_on - placement.starts_on).days
    if length <= 0:
        return placement.required_minutes if today >= placement.starts_on else 0
    elapsed = min(max((today - placement.starts_on).days, 0), length)
    return round(placement.required_minutes * elapsed / length)


def period_text(placement: PlacementRecord) -> str:
    locale = QLocale()

    def day(value: date) -> str:
        return locale.toString(QDate(value), QLocale.FormatType.ShortFormat)

    if placement.starts_on and placement.ends_on:
        return translate("PlacementView", "%1 to %2").replace("%1", day(placement.starts_on)).replace(
            "%2", day(placement.ends_on))
    if placement.starts_on:
        return translate("PlacementView", "from %1").replace("%1", day(placement.starts_on))
    if placement.ends_on:
        return translate("PlacementView", "until %1").replace("%1", day(placement.ends_on))
    return ""


def placement_name(placement: PlacementRecord) -> str:
    """How a placement reads in the chooser: its institution, and its dates when set."""
    period = period_text(placement)
    return f"{placement.institution} ({period})" if period else placement.institution


def at_noon(day: date) -> float:
    """A day as a position on the chart's time axis (noon: never moved to another day), in
    local time as the axis shows it. Python's mktime, not QDateTime: Qt's local-time
    conversion took 0.1 ms a day (44 ms for a placement of 400 days)."""
    return datetime(day.year, day.month, day.day, 12).timestamp() * 1000


def day_at(position: float) -> date:
    return QDateTime.fromMSecsSinceEpoch(round(position)).date().toPython()


def safe_file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.") or "portfolio"


# ----- the chart


class HoursChartView(QChartView):
    """Cumulative hours (solid, with a point per logged day) against the required total
    (dashed) and the steady pace from the first day to the last (dotted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.hours_chart = QChart()
        super().__init__(self.hours_chart, parent)
        chart = self.hours_chart
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        legend_font = chart.legend().font()  # a little smaller: three names side by side in French
        legend_font.setPointSizeF(legend_font.pointSizeF() * 0.9)
        chart.legend().setFont(legend_font)
        self.done_series = QLineSeries()
        self.done_series.setName(self.tr("Hours done"))
        self.done_series.setMarkerSize(7)
        self.required_series = QLineSeries()
        self.pace_series = QLineSeries()
        self.pace_series.setName(self.tr("Steady pace"))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.x_axis.setTickCount(5)
        self.y_axis = QValueAxis()
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setMinorTickCount(0)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(self.tr("hours"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.pace_series, self.required_series, self.done_series):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        quiet_chart(self)
        self.setMinimumHeight(190)  # room for the hour labels at 1024x640
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Chart of the hours done against the required hours"))
        self.clear()
        self.restyle()

    def clear(self) -> None:
        for series in (self.done_series, self.required_series, self.pace_series):
            series.clear()
        self._show_markers(required=False, pace=False)
        today = date.today()
        self.x_axis.setRange(QDateTime(QDate(today - timedelta(days=30)), QTime(12, 0)),
                             QDateTime(QDate(today), QTime(12, 0)))
        self.y_axis.setRange(0, 10)
        self.y_axis.setTickInterval(2)
        self.setAccessibleDescription("")

    def show_hours(self, placement: PlacementRecord, totals: HoursTotals, today: date) -> None:
        self.clear()
        logged = [day for day, _minutes in totals.cumulative]
        # The line rises from nothing on the first day (the day before the first hours when
        # the start is not known), and the axis runs to the end date, or to today.
        start = placement.starts_on or (logged[0] - timedelta(days=1) if logged else None)
        first = min([d for d in (start, *logged[:1]) if d is not None], default=today)
        last = max([d for d in (first, placement.ends_on, *logged[-1:]) if d is not None])
        if not placement.ends_on:
            last = max(last, min(today, first + timedelta(days=365)))
        last = max(last, first + timedelta(days=MIN_DAYS_SHOWN))  # a few days would repeat the axis labels
        self.x_axis.setRange(QDateTime(QDate(first), QTime(12, 0)), QDateTime(QDate(last), QTime(12, 0)))
        self.x_axis.setFormat("d MMM" if (last - first).days <= 200 else "MMM yyyy")
        points = [QPointF(at_noon(day), minutes / 60) for day, minutes in totals.cumulative]
        if start is not None and logged and logged[0] > start:
            points.insert(0, QPointF(at_noon(start), 0.0))
        self.done_series.replace(points)  # one update of the chart, not one per day
        # A point per day while they can be told apart; beyond, the line alone.
        self.done_series.setPointsVisible(len(totals.cumulative) <= DISTINCT_POINTS)
        required = placement.required_minutes / 60
        if required:
            self.required_series.setName(self.tr("Required: %1").replace("%1", hours_text(placement.required_minutes)))
            self.required_series.append(QPointF(at_noon(first), required))
            self.required_series.append(QPointF(at_noon(last), required))
        pace = steady_pace_minutes(placement, today) is not None
        if pace:
            assert placement.starts_on is not None and placement.ends_on is not None
            self.pace_series.append(QPointF(at_noon(placement.starts_on), 0.0))
            self.pace_series.append(QPointF(at_noon(placement.ends_on), required))
        self._show_markers(required=bool(required), pace=pace)
        top, step = axis_scale(max(required, totals.total_minutes / 60), "")
        # The step first: a range of 900 hours under the previous 2-hour step makes Qt lay out
        # ~450 tick labels before the step changes (a half-second freeze).
        self.y_axis.setTickInterval(step)
        self.y_axis.setRange(0, top)
        self.restyle()

    def points(self) -> list[tuple[date, float]]:
        """The logged days as the chart draws them: (day, hours so far)."""
        return [(day_at(point.x()), point.y()) for point in self.done_series.points()]

    def _show_markers(self, *, required: bool, pace: bool) -> None:
        legend = self.hours_chart.legend()
        legend.markers(self.required_series)[0].setVisible(required)
        legend.markers(self.pace_series)[0].setVisible(pace)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.restyle()
        super().changeEvent(event)

    def series_colours(self) -> tuple[QColor, QColor]:
        """(the hours done, the required hours), from this chart's palette."""
        return chart_colours(self.palette())

    def restyle(self) -> None:
        palette = self.palette()
        self.hours_chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
        style_axes(palette, self.x_axis, self.y_axis)
        done, required = self.series_colours()
        self.done_series.setPen(QPen(done, 2.5))
        self.done_series.setColor(done)
        self.required_series.setPen(QPen(required, 1.5, Qt.PenStyle.DashLine))
        self.pace_series.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1.5, Qt.PenStyle.DotLine))


# ----- small widgets


class ObjectiveList(QListWidget):
    """The objectives in the school's order; Alt+Up and Alt+Down move the current one."""

    move_requested = Signal(int)  # -1: up, +1: down

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class KeyCatcher(QObject):
    """Calls ``on_key`` for chosen keys pressed in a widget (Enter in a date, Delete in a table)."""

    def __init__(self, widget: QWidget, keys: tuple[Qt.Key, ...], on_key: Callable[[], None]) -> None:
        super().__init__(widget)
        self._keys = keys
        self._on_key = on_key
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in self._keys \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._on_key()
            return True
        return False


class OptionalDate(QWidget):
    """A date that may not be known yet: a date field and a "not known yet" box."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(name)
        self.unknown = QCheckBox(self.tr("not known yet"))
        self.unknown.setAccessibleName(self.tr("%1 not known yet").replace("%1", name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unknown)
        layout.addStretch(1)
        self.unknown.toggled.connect(lambda unknown: self.edit.setEnabled(not unknown))
        self.setFocusProxy(self.edit)

    def set_value(self, value: date | None, fallback: date) -> None:
        self.edit.setDate(QDate(value or fallback))
        self.unknown.setChecked(value is None)

    def value(self) -> date | None:
        return None if self.unknown.isChecked() else self.edit.date().toPython()


# ----- dialogs


class PlacementDialog(QDialog):
    """Set up a placement, or change its details (and delete it from here)."""

    chosen = Signal(object)  # PlacementFields
    delete_requested = Signal()

    def __init__(self, placement: PlacementRecord | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementDialog")
        self.setWindowTitle(self.tr("My placement") if placement else self.tr("Set up my placement"))
        self.institution = QLineEdit()
        self.institution.setObjectName("placementInstitution")
        self.institution.setAccessibleName(self.tr("Institution"))
        self.institution.setPlaceholderText(self.tr("e.g. “youth service in my town”"))
        self.starts = OptionalDate(self.tr("Start date"))
        self.starts.setObjectName("placementStarts")
        self.ends = OptionalDate(self.tr("End date"))
        self.ends.setObjectName("placementEnds")
        self.tutor = QLineEdit()
        self.tutor.setObjectName("placementTutor")
        self.tutor.setAccessibleName(self.tr("Tutor at the placement"))
        self.tutor.setPlaceholderText(self.tr("A label, e.g. “tutor” or “Mrs V.”"))
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("placementSupervisor")
        self.supervisor.setAccessibleName(self.tr("Supervisor at the school"))
        self.supervisor.setPlaceholderText(self.tr("A label, e.g. “school supervisor”"))
        self.required = QDoubleSpinBox()
        self.required.setObjectName("placementRequired")
        self.required.setAccessibleName(self.tr("Hours required by the school"))
        self.required.setRange(0, 10_000)
        self.required.setDecimals(1)
        self.required.setSingleStep(10)
        self.required.setSuffix(self.tr(" h", "hours suffix"))
        self.required.setSpecialValueText(self.tr("none set"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Institution:"), self.institution), (self.tr("&Starts on:"), self.starts),
                             (self.tr("&Ends on:"), self.ends), (self.tr("&Tutor:"), self.tutor),
                             (self.tr("School s&upervisor:"), self.supervisor),
                             (self.tr("&Required hours:"), self.required)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        note = paragraph(self.tr("Labels rather than full names: the portfolio leaves your journal. The end date "
                                 "and the required hours let Carnet show how your hours are going."))
        note.setProperty("role", "hint")
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.delete_button = QPushButton(self.tr("&Delete this placement…"))
        self.delete_button.setObjectName("deletePlacement")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self._on_delete)
        bottom = QHBoxLayout()
        if placement is not None:
            bottom.addWidget(self.delete_button)
        else:
            self.delete_button.hide()
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(bottom)
        if placement is None:
            self.starts.set_value(today, today)
            self.ends.set_value(None, today + timedelta(days=91))
        else:
            self.institution.setText(placement.institution)
            self.starts.set_value(placement.starts_on, today)
            self.ends.set_value(placement.ends_on, (placement.starts_on or today) + timedelta(days=91))
            self.tutor.setText(placement.tutor)
            self.supervisor.setText(placement.school_supervisor)
            self.required.setValue(placement.required_hours)
        self.institution.setFocus()
        self.setMinimumWidth(520)

    def fields(self) -> PlacementFields:
        return PlacementFields(self.institution.text(), self.starts.value(), self.ends.value(), self.tutor.text(),
                               self.supervisor.text(), self.required.value())

    def accept(self) -> None:
        values = self.fields()
        if not values.institution.strip():
            self._complain(self.tr("Name the institution of your placement (a label is enough)."), self.institution)
            return
        if values.starts_on and values.ends_on and values.ends_on < values.starts_on:
            self._complain(self.tr("The end date comes before the start date."), self.ends)
            return
        self.chosen.emit(values)
        super().accept()

    def _complain(self, text: str, widget: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()

    def _on_delete(self) -> None:
        self.delete_requested.emit()
        self.reject()


class PasteObjectivesDialog(QDialog):
    """The school's list of objectives, pasted: one per line, bullets and numbers taken off,
    with a preview of what will be added."""

    chosen = Signal(str)

    def __init__(self, existing: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteObjectivesDialog")
        self.setWindowTitle(self.tr("Paste the school's list"))
        self._existing = {text.casefold() for text in existing}
        intro = paragraph(self.tr("Paste the learning objectives from your school's document, one per line. "
                                  "Bullets and numbers are taken off; objectives already in your list are left out."))
        self.text = QPlainTextEdit()
        self.text.setObjectName("pastedObjectives")
        self.text.setAccessibleName(self.tr("The school's list of objectives"))
        self.text.setTabChangesFocus(True)
        self.count = QLabel()
        self.count.setObjectName("pastedCount")
        self.preview = QListWidget()
        self.preview.setObjectName("pastedPreview")
        self.preview.setAccessibleName(self.tr("Objectives that will be added"))
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.count)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._update_preview)
        self._update_preview()
        self.resize(opening_size(self, 600, 520))

    def objectives(self) -> list[str]:
        return [text for text in objectives_from_text(self.text.toPlainText()) if text.casefold() not in self._existing]

    def _update_preview(self) -> None:
        objectives = self.objectives()
        self.preview.clear()
        for number, text in enumerate(objectives, start=1):
            self.preview.addItem(f"{number}. {text}")
        self.count.setText(self.tr("%n objective(s) will be added.", "", len(objectives)) if objectives
                           else self.tr("Nothing to add yet."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(objectives))

    def accept(self) -> None:
        if self.objectives():
            self.chosen.emit(self.text.toPlainText())
            super().accept()


class LinkEntryDialog(QDialog):
    """Choose the entry that shows an objective, among the recent ones or by a search."""

    chosen = Signal(str)

    def __init__(self, worker: JournalWorker, objective: str, linked: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkEntryDialog")
        self.setWindowTitle(self.tr("Link an entry"))
        self._worker = worker
        self._linked = linked
        self._generation = 0
        about = paragraph(self.tr("Which entry shows this objective?\n%1").replace("%1", objective))
        self.search = QLineEdit()
        self.search.setObjectName("linkSearch")
        self.search.setAccessibleName(self.tr("Search the entries"))
        self.search.setPlaceholderText(self.tr("Search by title or text"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("linkCandidates")
        self.list.setAccessibleName(self.tr("Entries, newest first"))
        self.hint = paragraph()
        self.hint.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda _item, _previous: self._update_ok())
        self._update_ok()
        self.resize(opening_size(self, 560, 520))
        self.load()

    def load(self) -> None:
        self._search_timer.stop()
        self._generation += 1
        generation, text = self._generation, self.search.text().strip()

        def work(holder: JournalHolder) -> list[EntryLine]:
            return [entry_line(record) for record in holder.require().entries.list(
                EntryFilter(text=text, limit=ENTRIES_TO_PICK))]

        def done(lines: list[EntryLine]) -> None:
            if generation == self._generation:
                self._fill(lines, bool(text))

        self._worker.submit(work, done, lambda _error: None)

    def _fill(self, lines: list[EntryLine], searched: bool) -> None:
        self.list.clear()
        for line in lines:
            text = entry_text(line)
            item = QListWidgetItem(text)
            item.setData(UuidRole, line.uuid)
            if line.uuid in self._linked:
                item.setText(self.tr("%1 (already linked)").replace("%1", text))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        if not lines:
            self.hint.setText(self.tr("No entry matches this search.") if searched else self.tr("No entry yet."))
        elif len(lines) >= ENTRIES_TO_PICK and not searched:
            self.hint.setText(self.tr("The %n most recent entries; search to find older ones.", "", ENTRIES_TO_PICK))
        else:
            self.hint.setText("")
        first = next((i for i in range(self.list.count()) if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled),
                     None)
        if first is not None:
            self.list.setCurrentRow(first)
        self._update_ok()

    def _on_search_return(self) -> None:
        if self._search_timer.isActive():
            self.load()
        else:
            self.list.setFocus()

    def _update_ok(self) -> None:
        item = self.list.currentItem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled))

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.chosen.emit(item.data(UuidRole))
        super().accept()


def entry_text(line: EntryLine) -> str:
    when = (QLocale().toString(QDate(line.occurred_at.astimezone().date()), QLocale.FormatType.ShortFormat)
            if line.occurred_at else "")
    title = line.text or labels.translate("Labels", "(untitled)")
    return f"{when} — {title}" if when else title


# ----- the view


class PlacementView(StackPage):
    failed = Signal(object)
    open_entry = Signal(str)
    status = Signal(str)
    # (the template, the objective's uuid): start a new entry from the template; once it
    # exists, ``link_entry(objective_uuid, entry_uuid)`` links it to the objective.
    write_reflection = Signal(object, str)

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today, in_steps: bool = False) -> None:
        """``in_steps``: the view is made by ``parts_to_build``, one part per ``next()`` (each
        under a frame), so that building it ahead never holds the window still."""
        super().__init__(parent)
        self.parts_to_build: Iterator[None] = self._build_parts(worker, today)
        if not in_steps:
            for _part in self.parts_to_build:
                pass

    def _build_parts(self, worker: JournalWorker, today: Callable[[], date]) -> Iterator[None]:
        self.setObjectName("placementView")
        self._worker = worker
        self._today = today
        self.language = "fr"  # the app's language, for templates and the exported portfolio (set by the window)
        # Templates offered for a reflection; the window may add the worker's own.
        self.template_provider: Callable[[], list[Template]] = lambda: builtin_templates(self.language)
        self._data: PlacementData | None = None
        self._chosen: str | None = None  # the placement shown
        self._generation = 0  # a newer refresh (or a clear) makes older results stale
        # What the hours part shows (placement, days, totals, today): a refresh with the same
        # leaves its 400-row table and its chart as they are (~15 ms to fill again).
        self._hours_shown: tuple[object, ...] | None = None
        self._chart_wanted: tuple[PlacementRecord, HoursTotals, date] | None = None  # see _fill_hours
        self._loading = False
        self._wanted_objective: str | None = None  # the objective to choose at the next reload
        self._templates: dict[str, Template] = {}
        self.dialog: QDialog | None = None
        self.message: QMessageBox | None = None
        self.pages = QStackedWidget()
        self.blank_page = QWidget()  # until the journal says whether there is a placement: no flash of the invitation
        self.pages.addWidget(self.blank_page)
        # The page stack in place first: each part below then costs what it adds to it.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        yield
        self.pages.addWidget(self._build_empty_page())
        yield
        yield from self._build_main_page()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_self_evaluation)
        self.clear()

    # ----- building

    def _build_empty_page(self) -> QWidget:
        self.empty_page = CenteredPage()
        self.empty_page.setObjectName("placementEmpty")
        column = self.empty_page.layout_
        column.addWidget(PageHeader(self.tr("Placement portfolio"), self._lede()))
        # The empty state: one calm sentence and one action.
        card = Card()
        card.body.addWidget(paragraph(self.tr("Not on placement? You can ignore this page: nothing in the rest of "
                                              "Carnet needs it.")))
        column.addWidget(card)
        self.setup_button = QPushButton(self.tr("&Set up my placement…"))
        self.setup_button.setObjectName("setUpPlacement")
        self.setup_button.clicked.connect(lambda: self._open_placement_dialog(None))
        card.body.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.empty_page

    def _lede(self) -> str:
        return self.tr("For trainees: note your placement, log your hours day by day, link your reflections to the "
                       "school's learning objectives, and export the portfolio for your school, names replaced by "
                       "pseudonyms.")

    def _build_main_page(self) -> Iterator[None]:
        """In parts (``yield from``): the page in place first (its header, its top row, the tabs
        without their pages), then each tab's cards in place, in reading order (the Tab order):
        each part costs what it adds."""
        self.placement_box = QComboBox()
        self.placement_box.setObjectName("placementChoice")
        self.placement_box.setAccessibleName(self.tr("Placement shown"))
        self.placement_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.placement_box.setMinimumContentsLength(16)
        placement_label = QLabel(self.tr("&Placement:"))
        placement_label.setBuddy(self.placement_box)
        self.details_button = QPushButton(self.tr("&Details…"))
        self.details_button.setObjectName("placementDetails")
        self.details_button.setToolTip(self.tr("Institution, dates, tutor, school supervisor, required hours"))
        self.new_button = QPushButton(self.tr("A&nother placement…"))
        self.new_button.setObjectName("newPlacement")
        self.export_button = QPushButton(self.tr("E&xport the portfolio…"))
        self.export_button.setObjectName("exportPortfolio")
        self.export_button.setToolTip(self.tr("A PDF or Markdown file for the school, after checking what could "
                                              "identify someone"))
        top = QHBoxLayout()
        top.addWidget(placement_label)
        top.addWidget(self.placement_box, 1)
        top.addWidget(self.details_button)
        top.addWidget(self.new_button)
        top.addSpacing(2 * UNIT)
        top.addWidget(self.export_button)
        self.details_label = paragraph()
        self.details_label.setObjectName("placementSummary")
        self.details_label.setProperty("role", "hint")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("placementTabs")
        self.tabs.setDocumentMode(True)  # the tabs over the page, without a box around it
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(3 * UNIT, 2 * UNIT, 3 * UNIT, 2 * UNIT)
        layout.setSpacing(UNIT)
        layout.addWidget(PageHeader(self.tr("Placement portfolio"), self.tr(
            "Your hours, your learning objectives and your self-evaluation, for the school.")))
        layout.addLayout(top)
        layout.addWidget(self.details_label)
        layout.addSpacing(UNIT)
        layout.addWidget(self.tabs, 1)
        self.main_page = page
        self.pages.addWidget(page)
        yield
        yield from self._build_hours_tab()
        yield
        yield from self._build_objectives_tab()
        yield
        self._build_evaluation_tab()
        self.placement_box.activated.connect(self._on_placement_chosen)
        self.details_button.clicked.connect(lambda: self._open_placement_dialog(self._placement()))
        self.new_button.clicked.connect(lambda: self._open_placement_dialog(None))
        self.export_button.clicked.connect(self.export_portfolio)

    def _build_hours_tab(self) -> Iterator[None]:
        tab = QWidget()
        columns = QHBoxLayout(tab)
        columns.setContentsMargins(0, 2 * UNIT, 0, 0)
        columns.setSpacing(2 * UNIT)
        self.tabs.addTab(tab, self.tr("&Hours"))
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("hoursDay")
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.day_edit.setCalendarPopup(True)
        self.hours_edit = QLineEdit()
        self.hours_edit.setObjectName("hoursDone")
        self.hours_edit.setAccessibleName(self.tr("Hours done that day"))
        self.hours_edit.setPlaceholderText(self.tr("7.5 or 7h30"))
        self.hours_edit.setMinimumWidth(self.hours_edit.fontMetrics().horizontalAdvance("0") * 12)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("hoursNote")
        self.note_edit.setAccessibleName(self.tr("Note for that day (optional)"))
        self.note_edit.setPlaceholderText(self.tr("optional, e.g. “team meeting”"))
        self.log_button = QPushButton(self.tr("&Log"))
        self.log_button.setObjectName("logHours")
        day_label = QLabel(self.tr("Da&y:"))
        day_label.setBuddy(self.day_edit)
        hours_label = QLabel(self.tr("Ho&urs:"))
        hours_label.setBuddy(self.hours_edit)
        note_label = QLabel(self.tr("No&te:"))
        note_label.setBuddy(self.note_edit)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(day_label, 0, 0)
        grid.addWidget(self.day_edit, 0, 1)
        grid.addWidget(hours_label, 0, 2)
        grid.addWidget(self.hours_edit, 0, 3)
        grid.addWidget(note_label, 1, 0)
        grid.addWidget(self.note_edit, 1, 1, 1, 2)
        grid.addWidget(self.log_button, 1, 3)  # under the hours: the card stays narrow enough for the chart
        grid.setColumnStretch(1, 1)
        self.day_hint = paragraph()
        self.day_hint.setObjectName("hoursHint")
        self.day_hint.setProperty("role", "hint")
        self.hours_error = error_label("hoursError")
        self.days_table = QTableWidget(0, 3)
        self.days_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.days_table.setObjectName("hoursTable")
        self.days_table.setAccessibleName(self.tr("Days logged, newest first; hours and notes can be edited"))
        self.days_table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Hours"), self.tr("Note")])
        self.days_table.horizontalHeaderItem(HOURS_COLUMN).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # over the hours, which are on the right
        self.days_table.verticalHeader().hide()
        self.days_table.setShowGrid(False)  # light rules: the rows alone
        self.days_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.days_table.horizontalHeader().setHighlightSections(False)
        self.days_table.verticalHeader().setDefaultSectionSize(self.days_table.fontMetrics().height() + 10)
        self.days_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.days_table.horizontalHeader()
        header.setStretchLastSection(True)
        # Widths for the longest day and hours, so the columns stay put while days are added.
        metrics, locale = self.days_table.fontMetrics(), QLocale()
        longest_day = max((locale.toString(QDate(2026, month, 30), DAY_FORMAT) for month in range(1, 13) if month != 2),
                          key=metrics.horizontalAdvance)
        self.days_table.setColumnWidth(DAY_COLUMN, metrics.horizontalAdvance(longest_day) + 24)
        self.days_table.setColumnWidth(HOURS_COLUMN, max(metrics.horizontalAdvance(hours_text(23 * 60 + 45)),
                                                         metrics.horizontalAdvance(self.tr("Hours"))) + 24)
        self.remove_day_button = QPushButton(self.tr("&Remove this day"))
        self.remove_day_button.setObjectName("removeDay")
        self.remove_day_button.setEnabled(False)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_day_button)
        remove_row.addStretch(1)
        self.months_label = paragraph()
        self.months_label.setObjectName("hoursByMonth")
        self.months_label.setProperty("role", "hint")
        self.months_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_card = Card()
        left = left_card.body
        left.addLayout(grid)
        left.addWidget(self.day_hint)
        left.addWidget(self.hours_error)
        left.addWidget(self.days_table, 1)
        left.addLayout(remove_row)
        left.addWidget(self.months_label)
        columns.addWidget(left_card, 4)
        yield

        self.total_label = paragraph()
        self.total_label.setObjectName("hoursTotal")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(font.Weight.DemiBold)
        self.total_label.setFont(font)
        self.periods_label = paragraph()
        self.periods_label.setObjectName("hoursPeriods")
        self.pace_label = paragraph()
        self.pace_label.setObjectName("hoursPace")
        self.chart_view = HoursChartView()
        self.chart_view.setObjectName("hoursChart")
        right_card = Card()
        right = right_card.body
        right.addWidget(self.total_label)
        right.addWidget(self.periods_label)
        right.addWidget(self.pace_label)
        right.addWidget(self.chart_view, 1)
        columns.addWidget(right_card, 5)

        self.hours_edit.returnPressed.connect(self.log_day)
        self.note_edit.returnPressed.connect(self.log_day)
        self.log_button.clicked.connect(self.log_day)
        KeyCatcher(self.day_edit, (Qt.Key.Key_Return, Qt.Key.Key_Enter), self._on_day_return)
        KeyCatcher(self.days_table, (Qt.Key.Key_Delete,), self.remove_current_day)
        self.day_edit.dateChanged.connect(lambda _date: self._update_day_hint())
        self.hours_edit.textEdited.connect(lambda _text: self.hours_error.hide())
        self.days_table.itemChanged.connect(self._on_day_edited)
        self.days_table.currentCellChanged.connect(
            lambda row, _c, _pr, _pc: self.remove_day_button.setEnabled(row >= 0))
        self.remove_day_button.clicked.connect(self.remove_current_day)
        self.setTabOrder(self.day_edit, self.hours_edit)
        self.setTabOrder(self.hours_edit, self.note_edit)
        self.setTabOrder(self.note_edit, self.log_button)
        self.setTabOrder(self.log_button, self.days_table)

    def _build_objectives_tab(self) -> Iterator[None]:
        tab = QWidget()
        columns = QHBoxLayout(tab)
        columns.setContentsMargins(0, 2 * UNIT, 0, 0)
        columns.setSpacing(2 * UNIT)
        self.tabs.addTab(tab, self.tr("&Objectives and reflections"))
        self.objectives_caption = QLabel(self.tr("The school's learning o&bjectives:"))
        self.objectives_caption.setWordWrap(True)
        self.objective_list = ObjectiveList()
        self.objective_list.setObjectName("objectiveList")
        self.objective_list.setAccessibleName(self.tr("Learning objectives, in the school's order"))
        self.objective_list.setAccessibleDescription(self.tr("Alt+Up and Alt+Down move the chosen objective."))
        self.objective_list.setWordWrap(True)
        self.objective_list.setSpacing(2)
        self.objectives_caption.setBuddy(self.objective_list)
        self.new_objective = QLineEdit()
        self.new_objective.setObjectName("newObjective")
        self.new_objective.setAccessibleName(self.tr("A new objective"))
        self.new_objective.setPlaceholderText(self.tr("Type an objective and press Enter"))
        self.add_objective_button = QPushButton(self.tr("&Add"))
        self.add_objective_button.setObjectName("addObjective")
        self.paste_button = QPushButton(self.tr("&Paste the school's list…"))
        self.paste_button.setObjectName("pasteObjectives")
        self.edit_objective_button = QPushButton(self.tr("&Change…"))
        self.edit_objective_button.setObjectName("editObjective")
        self.remove_objective_button = QPushButton(self.tr("Re&move"))
        self.remove_objective_button.setObjectName("removeObjective")
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setObjectName("objectiveUp")
        self.up_button.setAccessibleName(self.tr("Move the objective up"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setObjectName("objectiveDown")
        self.down_button.setAccessibleName(self.tr("Move the objective down"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_objective, 1)
        add_row.addWidget(self.add_objective_button)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_objective_button)
        edit_row.addWidget(self.remove_objective_button)
        edit_row.addWidget(self.up_button)
        edit_row.addWidget(self.down_button)
        edit_row.addStretch(1)
        left_card = Card()
        left = left_card.body
        left.addWidget(self.objectives_caption)
        left.addWidget(self.objective_list, 1)
        left.addLayout(edit_row)
        left.addSpacing(UNIT)
        left.addLayout(add_row)
        left.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignLeft)  # the page stays narrow at 1024 pixels
        columns.addWidget(left_card, 1)
        yield

        self.linked_caption = paragraph()
        self.linked_caption.setObjectName("linkedCaption")
        self.linked_list = QListWidget()
        self.linked_list.setObjectName("linkedEntries")
        self.linked_list.setAccessibleName(self.tr("Entries that show the chosen objective (Enter opens one)"))
        self.linked_list.setWordWrap(True)
        self.link_button = QPushButton(self.tr("&Link an entry…"))
        self.link_button.setObjectName("linkEntry")
        self.unlink_button = QPushButton(self.tr("&Unlink"))
        self.unlink_button.setObjectName("unlinkEntry")
        self.unlink_button.setToolTip(self.tr("The entry stays in your journal; it no longer shows this objective"))
        self.unlink_action = QAction(self.tr("Unlink this entry from the objective"), self.linked_list)
        self.linked_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.linked_list.addAction(self.unlink_action)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        link_row.addStretch(1)
        self.template_box = QComboBox()
        self.template_box.setObjectName("reflectionTemplate")
        self.template_box.setAccessibleName(self.tr("Template of the reflection"))
        self.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_box.setMinimumContentsLength(10)
        self.write_button = QPushButton(self.tr("&Write it"))
        self.write_button.setObjectName("writeReflection")
        self.write_button.setToolTip(self.tr("A new entry with the template's questions, linked to this objective"))
        write_box = Card(self.tr("Write a reflection for this objective"))
        write_layout = QHBoxLayout()
        write_box.body.addLayout(write_layout)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template_box)
        write_layout.addWidget(template_label)
        write_layout.addWidget(self.template_box, 1)
        write_layout.addWidget(self.write_button)
        linked_card = Card()
        linked_card.body.addWidget(self.linked_caption)
        linked_card.body.addWidget(self.linked_list, 1)
        linked_card.body.addLayout(link_row)
        right = QVBoxLayout()
        right.setSpacing(2 * UNIT)
        right.addWidget(linked_card, 1)
        right.addWidget(write_box)
        columns.addLayout(right, 1)

        self.objective_list.currentRowChanged.connect(lambda _row: self._show_objective())
        self.objective_list.itemActivated.connect(lambda _item: self.edit_current_objective())
        self.objective_list.move_requested.connect(self.move_current_objective)
        self.up_button.clicked.connect(lambda: self.move_current_objective(-1))
        self.down_button.clicked.connect(lambda: self.move_current_objective(1))
        self.new_objective.returnPressed.connect(self.add_objective)
        self.add_objective_button.clicked.connect(self.add_objective)
        self.paste_button.clicked.connect(self.open_paste_dialog)
        self.edit_objective_button.clicked.connect(self.edit_current_objective)
        self.remove_objective_button.clicked.connect(self.remove_current_objective)
        self.linked_list.itemActivated.connect(self._on_linked_activated)
        self.linked_list.currentRowChanged.connect(lambda row: self.unlink_button.setEnabled(row >= 0))
        self.link_button.clicked.connect(self.open_link_dialog)
        self.unlink_button.clicked.connect(self.unlink_current_entry)
        self.unlink_action.triggered.connect(self.unlink_current_entry)
        self.write_button.clicked.connect(self._on_write_clicked)
        order = (self.objective_list, self.edit_objective_button, self.remove_objective_button, self.up_button,
                 self.down_button, self.new_objective, self.add_objective_button, self.paste_button, self.linked_list,
                 self.link_button, self.unlink_button, self.template_box, self.write_button)
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

    def _build_evaluation_tab(self) -> None:
        intro = paragraph(self.tr("How you see your progress: what you can do now, against the objectives, and "
                                  "what you still want to learn. It closes the exported portfolio."))
        intro.setProperty("role", "hint")
        self.evaluation = QPlainTextEdit()
        self.evaluation.setObjectName("selfEvaluation")
        self.evaluation.setAccessibleName(self.tr("Self-evaluation"))
        self.evaluation.setTabChangesFocus(True)
        self.evaluation_state = QLabel()
        self.evaluation_state.setObjectName("selfEvaluationState")
        self.evaluation_state.setProperty("role", "hint")
        card = Card()
        card.body.addWidget(intro)
        card.body.addWidget(self.evaluation, 1)
        card.body.addWidget(self.evaluation_state)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 2 * UNIT, 0, 0)
        layout.addWidget(card)
        self.tabs.addTab(tab, self.tr("Self-e&valuation"))
        self.evaluation.textChanged.connect(self._on_evaluation_edited)

    # ----- loading

    def refresh(self) -> None:
        self._generation += 1
        generation, chosen = self._generation, self._chosen

        def done(data: PlacementData) -> None:
            if generation == self._generation:
                self._fill(data)

        def failed(error: object) -> None:
            if generation == self._generation:
                self.failed.emit(error)

        self._worker.submit(lambda holder: load_placement(holder.require().database, chosen), done, failed)

    def clear(self) -> None:
        """Empty every widget (on lock): nothing of the journal stays on screen."""
        self._save_timer.stop()  # the journal is closing: what was not saved is not written
        self._generation += 1
        self._data = None
        self._chosen = None
        self._hours_shown = None
        self._chart_wanted = None  # a chart still to draw would show the journal after locking
        self._close_dialog()
        self._loading = True
        try:
            self.placement_box.clear()
            self.details_label.clear()
            self.days_table.setRowCount(0)
            self.objective_list.clear()
            self.linked_list.clear()
            self.linked_caption.clear()
            self.template_box.clear()
            self.evaluation.clear()
            self.evaluation_state.clear()
            self.new_objective.clear()
            self.hours_edit.clear()
            self.note_edit.clear()
            for label in (self.total_label, self.periods_label, self.pace_label, self.months_label, self.day_hint):
                label.clear()
            self.hours_error.hide()
            self.chart_view.clear()
        finally:
            self._loading = False
        self.day_edit.setDate(QDate(self._today()))
        self.tabs.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.blank_page)
        self._update_buttons()

    def _fill(self, data: PlacementData) -> None:
        self._data = data
        placement = data.placement
        self.pages.setCurrentWidget(self.main_page if placement else self.empty_page)
        if placement is None:
            self._chosen = None
            return
        switched = placement.uuid != self._chosen
        self._chosen = placement.uuid
        self._loading = True
        try:
            self.placement_box.clear()
            for record in data.placements:
                self.placement_box.addItem(placement_name(record), record.uuid)
            self.placement_box.setCurrentIndex(self.placement_box.findData(placement.uuid))
            self.details_label.setText(self._details_text(placement))
            self._fill_hours(placement, data)
            self._fill_objectives(data)
            self._fill_templates()
            # A reload must not replace what is still being typed.
            if switched or not self._save_timer.isActive():
                if self.evaluation.toPlainText().strip() != placement.self_evaluation:
                    self.evaluation.setPlainText(placement.self_evaluation)
        finally:
            self._loading = False
        self._update_buttons()

    def _details_text(self, placement: PlacementRecord) -> str:
        parts = []  # the dates are in the chooser above
        if placement.tutor:
            parts.append(self.tr("tutor: %1").replace("%1", placement.tutor))
        if placement.school_supervisor:
            parts.append(self.tr("school supervisor: %1").replace("%1", placement.school_supervisor))
        if placement.required_minutes:
            parts.append(self.tr("%1 required").replace("%1", hours_text(placement.required_minutes)))
        if not (placement.starts_on and placement.ends_on and placement.required_minutes):
            parts.append(self.tr("add the dates and the required hours with Details…"))
        return " · ".join(parts)

    # ----- hours

    def _fill_hours(self, placement: PlacementRecord, data: PlacementData) -> None:
        today = self._today()
        shown = (placement, tuple(data.days), data.totals, today)
        if shown == self._hours_shown:
            return
        self.day_edit.setMaximumDate(QDate(today))
        table = self.days_table
        current_day = self._current_day()
        generation = self._generation
        table.blockSignals(True)
        table.setRowCount(len(data.days))
        locale = QLocale()
        rows = enumerate(reversed(data.days))

        def add(count: int) -> bool:
            """Fills up to ``count`` more rows; False once every row is in."""
            for row, logged in islice(rows, count):
                day_item = QTableWidgetItem(locale.toString(QDate(logged.day), DAY_FORMAT))
                day_item.setFlags(day_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                hours_item = QTableWidgetItem(hours_text(logged.minutes))
                hours_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                note_item = QTableWidgetItem(logged.note)
                for column, item in enumerate((day_item, hours_item, note_item)):
                    item.setData(DayRole, logged.day.isoformat())
                    table.setItem(row, column, item)
                if logged.day == current_day:
                    table.setCurrentCell(row, DAY_COLUMN)
                if row == len(data.days) - 1:
                    return False
            return bool(data.days)

        def filled() -> None:
            table.blockSignals(False)
            self._hours_shown = shown
            self.remove_day_button.setEnabled(table.currentRow() >= 0)
            self._update_day_hint()

        def in_batches() -> None:  # filled ahead of need (hidden): a batch per pass, each under a frame
            if generation != self._generation:
                table.blockSignals(False)  # a newer fill (or the lock's clear) took over
                return
            if add(FILL_BATCH) and not self.isVisible():
                fair_single_shot(1, self, in_batches)
                return
            add(len(data.days))  # what is left, at once if the view is shown meanwhile
            filled()

        if self.isVisible():
            add(len(data.days))
            filled()
        else:
            in_batches()

        totals = data.totals
        assert totals is not None
        self.total_label.setText(progress_text(totals.total_minutes, totals.required_minutes))
        month = dict(totals.by_month).get(today.replace(day=1), 0)
        week = dict(totals.by_week).get(today - timedelta(days=today.weekday()), 0)
        days = self.tr("%n day(s) logged", "", totals.days)
        self.periods_label.setText(self.tr("This month: %1 · this week: %2 · %3").replace("%1", hours_text(month))
                                   .replace("%2", hours_text(week)).replace("%3", days))
        pace = steady_pace_minutes(placement, today)
        if pace is None:
            self.pace_label.setText(self.tr("With an end date and the required hours (Details…), the chart also "
                                            "shows a steady pace to the end."))
        elif totals.required_minutes and totals.total_minutes >= totals.required_minutes:
            self.pace_label.setText(self.tr("The required hours are done."))
        else:
            self.pace_label.setText(self.tr("At a steady pace from the first day to the last, you would have about "
                                            "%1 by today; %2 remain.").replace("%1", hours_text(round(pace / 60) * 60))
                                    .replace("%2", hours_text(totals.remaining_minutes)))
        if totals.by_month:
            months = " · ".join(self.tr("%1: %2").replace("%1", locale.toString(QDate(month_start), "MMMM yyyy"))
                                .replace("%2", hours_text(minutes)) for month_start, minutes in totals.by_month)
            self.months_label.setText(self.tr("By month: %1").replace("%1", months))
        else:
            self.months_label.setText(self.tr("No hours logged yet: type the hours of a day above and press Enter."))
        if self.isVisible():
            self._show_chart(placement, totals, today)
        else:  # filled ahead of need: the chart in a later pass, the table and it each under a frame
            self._chart_wanted = (placement, totals, today)
            fair_single_shot(1, self, self._show_wanted_chart)

    def _show_wanted_chart(self) -> None:
        wanted, self._chart_wanted = self._chart_wanted, None
        if wanted is not None:
            self._show_chart(*wanted)

    def _show_chart(self, placement: PlacementRecord, totals: HoursTotals, today: date) -> None:
        self.chart_view.show_hours(placement, totals, today)
        self.chart_view.setAccessibleDescription(" ".join(
            label.text() for label in (self.total_label, self.periods_label, self.pace_label, self.months_label)))

    def _current_day(self) -> date | None:
        item = self.days_table.item(self.days_table.currentRow(), DAY_COLUMN) if self.days_table.currentRow() >= 0 \
            else None
        return date.fromisoformat(item.data(DayRole)) if item is not None else None

    def _logged(self, day: date) -> HoursDay | None:
        days = self._data.days if self._data else []
        return next((logged for logged in days if logged.day == day), None)

    def _update_day_hint(self) -> None:
        logged = self._logged(self.day_edit.date().toPython())
        if logged is not None:
            self.day_hint.setText(self.tr("Already logged that day: %1. Logging it again replaces it; 0 removes it.")
                                  .replace("%1", hours_text(logged.minutes)))
        else:
            self.day_hint.setText(self.tr("Hours as 7.5, 7,5, 7:30 or 7h30. Enter logs them."))

    def _on_day_return(self) -> None:
        self.hours_edit.setFocus()
        self.hours_edit.selectAll()

    def _read_hours(self, text: str) -> int | None:
        """Minutes from what was typed, or None after saying what is wrong."""
        try:
            minutes = parse_hours(text)
        except InvalidInput:
            self._complain(self.tr("These hours cannot be read: write them as 7.5, 7,5, 7:30 or 7h30."))
            return None
        if minutes > MINUTES_PER_DAY:
            self._complain(self.tr("A day has at most 24 hours."))
            return None
        return minutes

    def _complain(self, text: str) -> None:
        self.hours_error.setText(text)
        self.hours_error.show()

    def log_day(self) -> None:
        """Log the hours typed for the chosen day (replacing that day's, if any)."""
        uuid = self._chosen
        text = self.hours_edit.text().strip()
        if uuid is None:
            return
        if not text:
            self._complain(self.tr("Type the hours done that day, e.g. 7.5 or 7h30."))
            self.hours_edit.setFocus()
            return
        minutes = self._read_hours(text)
        if minutes is None:
            self.hours_edit.setFocus()
            self.hours_edit.selectAll()
            return
        day, note = self.day_edit.date().toPython(), self.note_edit.text().strip() or None
        self.hours_error.hide()

        def work(holder: JournalHolder) -> HoursDay | None:
            logged = PlacementStore(holder.require().database).log_hours(uuid, day, _hours_value(minutes), note)
            holder.require().save()
            return logged

        def done(logged: HoursDay | None) -> None:
            when = QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)
            self.status.emit(self.tr("%1 logged for %2").replace("%1", hours_text(logged.minutes)).replace("%2", when)
                             if logged else self.tr("No more hours on %1").replace("%1", when))
            self.hours_edit.clear()
            self.note_edit.clear()
            self.day_edit.setFocus()
            self.refresh()

        self._worker.submit(work, done, self.failed.emit)

    def _on_day_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or self._chosen is None or item.column() == DAY_COLUMN:
            return
        uuid, day = self._chosen, date.fromisoformat(item.data(DayRole))
        logged = self._logged(day)
        if logged is None:
            return
        if item.column() == HOURS_COLUMN:
            minutes = self._read_hours(item.text())
            if minutes is None:
                self.days_table.blockSignals(True)
                item.setText(hours_text(logged.minutes))
                self.days_table.blockSignals(False)
                return
            note = None
        else:
            minutes, note = logged.minutes, item.text().strip()
        self.hours_error.hide()
        self._log(uuid, day, minutes, note)

    def remove_current_day(self) -> None:
        day = self._current_day()
        if self._chosen is not None and day is not None:
            self._log(self._chosen, day, 0, None)

    def _log(self, uuid: str, day: date, minutes: int, note: str | None) -> None:
        def work(holder: JournalHolder) -> None:
            PlacementStore(holder.require().database).log_hours(uuid, day, _hours_value(minutes), note)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(), self.failed.emit)

    # ----- objectives

    def _fill_objectives(self, data: PlacementData) -> None:
        current = self.objective_list.currentItem()
        chosen_uuid = self._wanted_objective or (current.data(UuidRole) if current is not None else None)
        self._wanted_objective = None
        self.objective_list.blockSignals(True)
        self.objective_list.clear()
        for number, objective in enumerate(data.objectives, start=1):
            count = len(data.linked.get(objective.uuid, []))
            shown = self.tr("%n reflection(s)", "", count) if count else self.tr("no reflection yet")
            item = QListWidgetItem(f"{number}. {objective.text} — {shown}")
            item.setData(UuidRole, objective.uuid)
            item.setToolTip(objective.text)
            self.objective_list.addItem(item)
            if objective.uuid == chosen_uuid:
                self.objective_list.setCurrentItem(item)
        if self.objective_list.currentRow() < 0 and self.objective_list.count():
            self.objective_list.setCurrentRow(0)
        self.objective_list.blockSignals(False)
        if not data.objectives:
            self.objectives_caption.setText(self.tr("The school's learning o&bjectives (none yet: type them below, "
                                                    "or paste the school's list):"))
        else:
            self.objectives_caption.setText(self.tr("The school's learning o&bjectives:"))
        self._show_objective()

    def _current_objective(self) -> Objective | None:
        item = self.objective_list.currentItem()
        uuid = item.data(UuidRole) if item is not None else None
        objectives = self._data.objectives if self._data else []
        return next((objective for objective in objectives if objective.uuid == uuid), None)

    def _show_objective(self) -> None:
        objective = self._current_objective()
        self.linked_list.clear()
        if objective is None:
            self.linked_caption.setText(self.tr("Choose an objective to see the reflections that show it."))
        else:
            lines = self._data.linked.get(objective.uuid, []) if self._data else []
            self.linked_caption.setText(
                self.tr("Reflections that show objective %1 (Enter opens one):").replace("%1", str(objective.position + 1))
                if lines else self.tr("No reflection shows objective %1 yet: link an entry, or write one.")
                .replace("%1", str(objective.position + 1)))
            for line in lines:
                item = QListWidgetItem(entry_text(line))
                item.setData(UuidRole, line.uuid)
                item.setToolTip(self.tr("Press Enter or double-click to open this entry"))
                self.linked_list.addItem(item)
        self._update_buttons()

    def _fill_templates(self) -> None:
        chosen = self.template_box.currentData() or DEFAULT_TEMPLATE
        self.template_box.clear()
        self._templates = {template.id: template for template in self.template_provider()}
        for template in self._templates.values():
            self.template_box.addItem(template.name, template.id)
            self.template_box.setItemData(self.template_box.count() - 1, template.description,
                                          Qt.ItemDataRole.ToolTipRole)
        index = self.template_box.findData(chosen)
        self.template_box.setCurrentIndex(index if index >= 0 else 0)

    def _update_buttons(self) -> None:
        has_objective = self._current_objective() is not None
        for button in (self.edit_objective_button, self.remove_objective_button, self.link_button,
                       self.write_button, self.template_box):
            button.setEnabled(has_objective)
        row, count = self.objective_list.currentRow(), self.objective_list.count()
        self.up_button.setEnabled(has_objective and row > 0)
        self.down_button.setEnabled(has_objective and row < count - 1)
        self.unlink_button.setEnabled(has_objective and self.linked_list.currentRow() >= 0)
        self.unlink_action.setEnabled(self.unlink_button.isEnabled())

    def add_objective(self) -> None:
        uuid, text = self._chosen, " ".join(self.new_objective.text().split())
        if uuid is None or not text:
            return

        def work(holder: JournalHolder) -> Objective:
            objective = PlacementStore(holder.require().database).add_objective(uuid, text)
            holder.require().save()
            return objective

        def done(objective: Objective) -> None:
            self.new_objective.clear()
            self._wanted_objective = objective.uuid
            self._after_change()

        self._worker.submit(work, done, self.failed.emit)

    def open_paste_dialog(self) -> None:
        if self._chosen is None:
            return
        existing = [objective.text for objective in self._data.objectives] if self._data else []
        dialog = PasteObjectivesDialog(existing, self)
        dialog.chosen.connect(self._import_objectives)
        self._show_dialog(dialog)

    def _import_objectives(self, pasted: str) -> None:
        uuid = self._chosen
        if uuid is None:
            return

        def work(holder: JournalHolder) -> list[Objective]:
            added = PlacementStore(holder.require().database).import_objectives(uuid, pasted)
            holder.require().save()
            return added

        def done(added: list[Objective]) -> None:
            self.status.emit(self.tr("%n objective(s) added", "", len(added)))
            self.refresh()

        self._worker.submit(work, done, self.failed.emit)

    def edit_current_objective(self) -> None:
        objective = self._current_objective()
        if objective is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("objectiveDialog")
        dialog.setWindowTitle(self.tr("Change the objective"))
        dialog.setLabelText(self.tr("Objective %1:").replace("%1", str(objective.position + 1)))
        dialog.setTextValue(objective.text)
        dialog.resize(560, dialog.sizeHint().height())
        dialog.textValueSelected.connect(lambda text: self._rename_objective(objective.uuid, text))
        self._show_dialog(dialog)

    def _rename_objective(self, objective_uuid: str, text: str) -> None:
        if not text.strip():
            return

        def work(holder: JournalHolder) -> None:
            PlacementStore(holder.require().database).edit_objective(objective_uuid, text)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(), self.failed.emit)

    def remove_current_objective(self) -> None:
        objective = self._current_objective()
        if objective is None:
            return
        linked = len(self._data.linked.get(objective.uuid, [])) if self._data else 0
        if not linked:
            self._remove_objective(objective.uuid)
            return

        def answered(button: QMessageBox.StandardButton) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._remove_objective(objective.uuid)

        self.message = show_message(
            self, self.tr("Remove the objective"),
            self.tr("Remove objective %1? The %n entry(ies) linked to it stay in your journal.", "", linked)
            .replace("%1", str(objective.position + 1)),
            QMessageBox.Icon.Question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, answered,
            QMessageBox.StandardButton.No)

    def _remove_objective(self, objective_uuid: str) -> None:
        def work(holder: JournalHolder) -> None:
            PlacementStore(holder.require().database).remove_objective(objective_uuid)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(), self.failed.emit)

    def move_current_objective(self, step: int) -> None:
        objective = self._current_objective()
        if objective is None:
            return
        position = objective.position + step
        if not 0 <= position < self.objective_list.count():
            return

        def work(holder: JournalHolder) -> None:
            PlacementStore(holder.require().database).move_objective(objective.uuid, position)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(), self.failed.emit)

    # ----- reflections linked to objectives

    def _on_linked_activated(self, item: QListWidgetItem) -> None:
        uuid = item.data(UuidRole)
        if uuid:
            self.open_entry.emit(uuid)

    def open_link_dialog(self) -> None:
        objective = self._current_objective()
        if objective is None:
            return
        linked = {line.uuid for line in self._data.linked.get(objective.uuid, [])} if self._data else set()
        dialog = LinkEntryDialog(self._worker, objective.text, linked, self)
        dialog.chosen.connect(lambda entry_uuid: self.link_entry(objective.uuid, entry_uuid))
        self._show_dialog(dialog)

    def link_entry(self, objective_uuid: str, entry_uuid: str) -> None:
        """This entry shows this objective (after "Write a reflection", once the entry exists)."""

        def work(holder: JournalHolder) -> None:
            PlacementStore(holder.require().database).link_entry(objective_uuid, entry_uuid)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(), self.failed.emit)

    def unlink_current_entry(self) -> None:
        objective, item = self._current_objective(), self.linked_list.currentItem()
        entry_uuid = item.data(UuidRole) if item is not None else None
        if objective is None or not entry_uuid:
            return

        def work(holder: JournalHolder) -> None:
            PlacementStore(holder.require().database).unlink_entry(objective.uuid, entry_uuid)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(), self.failed.emit)

    def _on_write_clicked(self) -> None:
        objective = self._current_objective()
        template = self._templates.get(self.template_box.currentData())
        if objective is not None:
            self.write_reflection.emit(template, objective.uuid)

    # ----- self-evaluation

    def _on_evaluation_edited(self) -> None:
        if not self._loading and self._chosen is not None:
            self.evaluation_state.setText(self.tr("Saving…"))
            self._save_timer.start()

    def hideEvent(self, event: QEvent) -> None:  # leaving the page saves what was typed
        self.flush()
        super().hideEvent(event)

    def flush(self) -> None:
        """Save the self-evaluation now if it is waiting (before switching or locking)."""
        if self._save_timer.isActive():
            self._save_self_evaluation()

    def _save_self_evaluation(self) -> None:
        self._save_timer.stop()
        uuid, text = self._chosen, self.evaluation.toPlainText()
        if uuid is None:
            return

        def work(holder: JournalHolder) -> None:
            PlacementStore(holder.require().database).set_self_evaluation(uuid, text)
            holder.require().save()

        def done(_result: None) -> None:
            self.evaluation_state.setText(self.tr("Saved"))
            self.status.emit(self.tr("Saved"))

        self._worker.submit(work, done, self.failed.emit)

    # ----- placements

    def _placement(self) -> PlacementRecord | None:
        return self._data.placement if self._data else None

    def _on_placement_chosen(self, index: int) -> None:
        uuid = self.placement_box.itemData(index)
        if uuid and uuid != self._chosen:
            self.flush()
            self.show_placement(uuid)

    def show_placement(self, uuid: str) -> None:
        self._chosen = uuid
        self.objective_list.clear()
        self.refresh()

    def _open_placement_dialog(self, placement: PlacementRecord | None) -> None:
        dialog = PlacementDialog(placement, self._today(), self)
        dialog.chosen.connect(lambda fields: self._save_placement(placement, fields))
        dialog.delete_requested.connect(lambda: placement and self._ask_delete(placement))
        self._show_dialog(dialog)

    def _save_placement(self, placement: PlacementRecord | None, fields: PlacementFields) -> None:
        self.flush()

        def work(holder: JournalHolder) -> PlacementRecord:
            store = PlacementStore(holder.require().database)
            record = store.create(fields) if placement is None else store.update(placement.uuid, fields)
            holder.require().save()
            return record

        def done(record: PlacementRecord) -> None:
            if placement is None:
                self.objective_list.clear()
            self._chosen = record.uuid
            self._after_change()

        self._worker.submit(work, done, self.failed.emit)

    def _ask_delete(self, placement: PlacementRecord) -> None:
        def answered(button: QMessageBox.StandardButton) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._delete_placement(placement.uuid)

        self.message = show_message(
            self, self.tr("Delete the placement"),
            self.tr("Delete the placement at %1, with its hours, objectives and self-evaluation? The entries of "
                    "your journal stay.").replace("%1", placement.institution),
            QMessageBox.Icon.Warning, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, answered,
            QMessageBox.StandardButton.No)

    def _delete_placement(self, uuid: str) -> None:
        self._save_timer.stop()

        def work(holder: JournalHolder) -> None:
            PlacementStore(holder.require().database).delete(uuid)
            holder.require().save()

        def done(_result: None) -> None:
            self._chosen = None
            self.objective_list.clear()
            self._after_change()

        self._worker.submit(work, done, self.failed.emit)

    # ----- export

    def export_portfolio(self) -> None:
        """The review step, then a PDF or Markdown file for the school."""
        placement = self._placement()
        if placement is None:
            return
        self.flush()
        uuid, language = placement.uuid, self.language
        dialog = ExportReviewDialog(
            self._worker,
            lambda database, coarsen_dates: portfolio_brief(database, uuid, language=language,
                                                            coarsen_dates=coarsen_dates),
            language, safe_file_name(self.tr("placement-portfolio")), self)
        dialog.exported.connect(lambda _path: self.status.emit(self.tr("Portfolio exported")))
        self._show_dialog(dialog)

    # ----- helpers

    def _after_change(self) -> None:
        self.status.emit(self.tr("Saved"))
        self.refresh()

    def _show_dialog(self, dialog: QDialog) -> None:
        self._close_dialog()
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            try:
                self.dialog.reject()
            except RuntimeError:  # already deleted
                pass
        self.dialog = None


def _hours_value(minutes: int) -> str:
    """Minutes as the core reads them exactly ("7:30")."""
    return f"{minutes // 60}:{minutes % 60:02d}"
