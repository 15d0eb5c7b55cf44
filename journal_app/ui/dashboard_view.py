"""How am I doing: the worker's own weeks in charts, the latest check-in, dilemmas and limits.

Everything shown comes from one worker operation (``load_dashboard``); the entries behind a
week's figure are fetched when the worker asks for them (a click on the chart or the table).
Calm on purpose: a chart, the worker's usual level beside it, words for every figure, never a
verdict. The chart draws on the card it sits in (no frame or background of its own) and takes
every colour from the application palette, following it when it changes (dark mode, high
contrast): the weeks in the highlight colour, the usual level dashed in the text colour, so
the two differ by lightness and pattern, never by hue alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCharts import (
    QAbstractAxis,
    QCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.checkins import SCALES, CheckinStore, Trend, instrument, local_now
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryStore
from journal_app.core.limits import LimitStore
from journal_app.core.metrics import UNITS, USUAL_LEVEL_MIN_WEEKS, Period, PeriodFigures, WorkloadMetrics
from journal_app.ui import labels
from journal_app.ui.components import UNIT, Card, PageHeader, StackPage, quiet_scroll
from journal_app.ui.widgets import paragraph
from journal_app.ui.worker import JournalWorker, fair_single_shot

WEEKS = 12
# The figures a chart can show, the ones that matter most first.
CHART_KEYS = (
    "off_hours_contacts", "off_hours_minutes", "beyond_schedule_minutes", "out_of_frame", "weight_average",
    "limits_crossed", "private_contacts", "for_supervision", "weight_peak", "contacts", "open_dilemmas",
)
SIDE_WIDTH = 36 * UNIT  # 288: the chart keeps room for twelve week labels at 1024 pixels
CLEARLY = 20.0  # points of change (0-100) from which a trend is "clearly" higher or lower
UuidRole = Qt.ItemDataRole.UserRole + 1
WRAP = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)  # a header item's alignment may also ask to wrap

translate = QCoreApplication.translate


# ----- what one refresh loads (on the worker thread: no Qt here)


@dataclass(frozen=True)
class CheckinSummary:
    taken_at: datetime | None  # the latest check-in, None when there is none yet
    scores: dict[str, float | None]  # scale -> its latest score (0-100)
    trends: dict[str, Trend]
    scale_names: dict[str, str]  # the instrument's neutral names, in the app's language
    suggest_talking: bool
    due: bool
    days_since: int | None


@dataclass(frozen=True)
class DashboardData:
    today: date
    has_entries: bool
    weeks: list[PeriodFigures]  # the last WEEKS ISO weeks, oldest first
    usual: dict[str, float | None]  # CHART_KEYS -> usual level (median of the previous 6 months)
    weeks_until_usual: int  # weeks of writing still needed before a usual level is known
    weeks_before_journal: int  # the first weeks of ``weeks`` that come before the first entry's
    limits_set: int  # limits in force today
    limits_week: int
    limits_month: int
    open_dilemmas: int
    oldest_dilemma_days: int | None
    checkin: CheckinSummary


@dataclass(frozen=True)
class EntryLine:
    uuid: str
    occurred_at: datetime
    text: str  # the title, or the first line of the text ("" when both are empty)


def load_dashboard(database: Database, now: datetime, language: str) -> DashboardData:
    """Everything the dashboard shows, as of ``now`` (aware, local)."""
    today = now.date()
    metrics = WorkloadMetrics(database)
    weeks = metrics.series("week", WEEKS, until=today)
    levels = metrics.usual_levels(until=today)
    weeks_until_usual = metrics.weeks_until_usual(until=today)
    # Weeks before the first entry's are not weeks of zero: nothing was written yet.
    weeks_before_journal = max(0, WEEKS - 1 - metrics.weeks_of_writing(until=today))
    usual = {key: levels[key] for key in CHART_KEYS}
    month = metrics.period(Period.month(today))
    limits = LimitStore(database, today=lambda: today)
    open_dilemmas = [d for d in DilemmaStore(database, language, clock=lambda: now).list() if not d.closed]
    checkins = CheckinStore(database, clock=lambda: now)
    latest = checkins.latest(now)
    return DashboardData(
        today=today,
        has_entries=EntryStore(database).count() > 0,
        weeks=weeks,
        usual=usual,
        weeks_until_usual=weeks_until_usual,
        weeks_before_journal=weeks_before_journal,
        limits_set=len(limits.in_force(today)),
        limits_week=int(weeks[-1].value("limits_crossed") or 0),
        limits_month=int(month.value("limits_crossed") or 0),
        open_dilemmas=len(open_dilemmas),
        oldest_dilemma_days=max((d.age_days for d in open_dilemmas), default=None),
        checkin=CheckinSummary(
            taken_at=latest.taken_at if latest else None,
            scores=latest.scores.as_dict() if latest else {},
            trends={scale: checkins.trend(scale, until=now) for scale in SCALES} if latest else {},
            scale_names={scale.id: scale.name for scale in instrument(language).scales},
            suggest_talking=checkins.suggest_talking(now),
            due=checkins.due(now),
            days_since=(today - latest.taken_at.date()).days if latest else None,
        ),
    )


def load_entries_behind(database: Database, key: str, period: Period) -> list[EntryLine]:
    """The entries behind one figure of one week, with what a list row shows of them."""
    store = EntryStore(database)
    lines = []
    for uuid in WorkloadMetrics(database).entries_behind(key, period):
        record = store.get(uuid)
        text = record.title.strip() or next((line.strip() for line in record.body.splitlines() if line.strip()), "")
        assert record.occurred_at is not None
        lines.append(EntryLine(uuid, record.occurred_at, text[:120]))
    return lines


# ----- pure helpers (tested directly)


def trend_words(trend: Trend | None) -> str:
    """A check-in scale's trend in plain words, never a verdict."""
    if trend is None or trend.direction is None or trend.change is None:
        return translate("DashboardView", "Your first check-in on this: the next ones will show how it moves.")
    if trend.direction == "steady":
        return translate("DashboardView", "About the same as at your previous check-ins.")
    if trend.direction == "rising":
        if trend.change >= CLEARLY:
            return translate("DashboardView", "Clearly higher than at your previous check-ins.")
        return translate("DashboardView", "A little higher than at your previous check-ins.")
    if trend.change <= -CLEARLY:
        return translate("DashboardView", "Clearly lower than at your previous check-ins.")
    return translate("DashboardView", "A little lower than at your previous check-ins.")


def axis_scale(maximum: float, key: str) -> tuple[float, float]:
    """The top of the value axis and the step between its ticks: whole steps for counts
    (never "0.5 contacts"), at most about six intervals, always some room above the highest
    point; 0 to 10 for the emotional weight."""
    if UNITS.get(key) == "weight":
        return 10.0, 2.0
    wanted = max(maximum * 1.1, 4.0)
    magnitude = 1.0
    while True:
        for factor in (1, 2, 5):  # steps of 1, 2, 5, 10, 20, 50...
            step = factor * magnitude
            if wanted / step <= 6:
                return math.ceil(wanted / step) * step, step
        magnitude *= 10


def nearest_week(x: float, count: int = WEEKS) -> int:
    """The week (0 = oldest) nearest to a position on the chart's horizontal axis."""
    return max(0, min(count - 1, round(x)))


def week_number(period: Period) -> int:
    return period.first.isocalendar()[1]


# ----- the chart


def chart_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(what the worker did, the line it is read against): the highlight colour, and the text
    colour (drawn dashed). Both come from the palette, so each theme keeps its contrast."""
    return palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Text)


def quiet_chart(view: QChartView) -> None:
    """A chart drawn straight on the card around it: no background, frame or margin of its own."""
    chart = view.chart()
    chart.setBackgroundVisible(False)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(0, 0, 0, 0))
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setBackgroundBrush(Qt.BrushStyle.NoBrush)
    view.viewport().setAutoFillBackground(False)


def style_axes(palette: QPalette, x_axis: QAbstractAxis, y_axis: QAbstractAxis) -> None:
    """Labels in the text colour; light rules: the base line, and across the values only."""
    text = palette.color(QPalette.ColorRole.Text)
    rule = palette.color(QPalette.ColorRole.Mid)
    for axis in (x_axis, y_axis):
        axis.setLabelsBrush(QBrush(text))
        axis.setTitleBrush(QBrush(text))
    x_axis.setLinePen(QPen(rule, 1))
    x_axis.setGridLineVisible(False)
    y_axis.setLineVisible(False)
    y_axis.setGridLinePen(QPen(rule, 0.5, Qt.PenStyle.DotLine))



class WeeksChartView(QChartView):
    """The chart; a click anywhere over a week (not only on its point) chooses that week, and
    Left/Right move between weeks with the keyboard."""

    week_clicked = Signal(int)
    week_stepped = Signal(int)  # -1 or +1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        chart = self.chart()
        position = chart.mapFromScene(self.mapToScene(event.position().toPoint()))
        if chart.plotArea().contains(position):
            self.week_clicked.emit(nearest_week(chart.mapToValue(position).x()))
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.week_stepped.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)


# ----- the view


class DashboardView(StackPage):
    failed = Signal(object)
    open_entry = Signal(str)
    checkin_requested = Signal()
    help_requested = Signal()

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = local_now, in_steps: bool = False) -> None:
        """``in_steps``: the view is made by ``parts_to_build``, one part per ``next()`` (each
        under a frame), so that building it ahead never holds the window still."""
        super().__init__(parent)
        self.parts_to_build: Iterator[None] = self._build_parts(worker, clock)
        if not in_steps:
            for _part in self.parts_to_build:
                pass

    def _build_parts(self, worker: JournalWorker, clock: Callable[[], datetime]) -> Iterator[None]:
        self.setObjectName("dashboardView")
        self._worker = worker
        self._clock = clock
        self.language = "fr"  # the app's language, for the check-in scales' names (set by the window)
        self._data: DashboardData | None = None
        self._generation = 0  # a newer refresh (or a clear) makes older results stale
        self._entries_generation = 0
        self._week: int | None = None

        # The page's frame first, then each card in place: a part then costs what it adds (a whole
        # page put into place at once is restyled at once).
        self.header = PageHeader(self.tr("How am I doing"), self.tr(
            "Figures drawn from your own entries, for you alone: to notice how your weeks go, not to judge them."))
        columns = QHBoxLayout()
        columns.setSpacing(2 * UNIT)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(3 * UNIT, 2 * UNIT, 3 * UNIT, 2 * UNIT)
        content_layout.setSpacing(UNIT)
        content_layout.addWidget(self.header)
        content_layout.addLayout(columns, 1)
        self.scroll = quiet_scroll(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        yield
        # An empty journal: one calm sentence where the figures will be (the check-in stays beside it).
        self.empty_label = paragraph(self.tr(
            "Nothing to show yet. As you write entries, this page shows how your weeks go: contacts outside "
            "your hours, acts beyond your frame, how heavy the days were, next to what is usual for you."))
        self.empty_label.setObjectName("dashboardEmpty")
        self.empty_card = Card()
        self.empty_card.body.addWidget(self.empty_label)
        self.empty_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.empty_card.hide()
        # The side column scrolls on its own, so the chart and the entries behind it keep
        # the whole height of a small screen.
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(2 * UNIT)
        self.side = QScrollArea()
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls themselves
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setWidget(side)
        self.side.setFixedWidth(SIDE_WIDTH)
        # The page scrolls only below the widgets' minimum heights: the scroll area asks the
        # page for its preferred height at the window's width, and these three would make it
        # ask for their full size hints.
        self.side.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        # The figures' card, filled in the parts below (see _build_figures).
        self.figures = Card()
        left = QVBoxLayout()
        left.setSpacing(2 * UNIT)
        left.addWidget(self.empty_card)
        left.addWidget(self.figures, 1)
        left.addStretch(0)  # takes the height when the figures are hidden (an empty journal)
        columns.addLayout(left, 1)
        columns.addWidget(self.side)
        yield
        yield from self._build_figures(self.figures.body)
        yield
        self.checkin_box = self._build_checkin_box()
        side_layout.addWidget(self.checkin_box)
        self.dilemmas_label = paragraph()
        self.dilemmas_label.setObjectName("dashboardDilemmas")
        self.limits_label = paragraph()
        self.limits_label.setObjectName("dashboardLimits")
        self.summary_box = Card(self.tr("Dilemmas and limits"))
        self.summary_box.body.addWidget(self.dilemmas_label)
        self.summary_box.body.addWidget(self.limits_label)
        side_layout.addWidget(self.summary_box)
        side_layout.addStretch(1)
        self.setTabOrder(self.figure_box, self.as_text)
        self.setTabOrder(self.as_text, self.chart_view)
        self.setTabOrder(self.chart_view, self.table)
        self.setTabOrder(self.table, self.entries)
        self.setTabOrder(self.entries, self.help_button)  # the two buttons, top to bottom
        self.setTabOrder(self.help_button, self.checkin_button)
        self._style_chart()
        self.clear()

    # --- building

    def _build_figures(self, layout: QVBoxLayout) -> Iterator[None]:
        """One card (``layout``, already in place): the figure and its chart, then the entries
        behind the chosen week (one layout, so that the wrapped sentences keep their height with a
        large system font). In parts (``yield from``)."""
        self.figure_box = QComboBox()
        self.figure_box.setObjectName("dashboardFigure")
        self.figure_box.setAccessibleName(self.tr("Figure shown"))
        # Narrower than its longest name when the window is small, so the page never scrolls sideways.
        self.figure_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.figure_box.setMinimumContentsLength(14)
        for key in CHART_KEYS:
            self.figure_box.addItem(labels.metric(key), key)
        figure_label = QLabel(self.tr("&Figure:"))
        figure_label.setBuddy(self.figure_box)
        self.as_text = QCheckBox(self.tr("Show figures as &text"))
        self.as_text.setObjectName("dashboardAsText")
        choose = QHBoxLayout()
        choose.addWidget(figure_label)
        choose.addWidget(self.figure_box, 1)
        choose.addSpacing(2 * UNIT)
        choose.addWidget(self.as_text)
        layout.addLayout(choose)
        yield

        self.chart = QChart()
        # The legend would only repeat the sentence under the chart ("Dashed line: your usual level").
        self.chart.legend().setVisible(False)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # Legend marks drawn like their series (a dot; a dashed line), not colour squares.
        self.chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.value_series = QScatterSeries()
        self.value_series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        self.value_series.setMarkerSize(10)
        self.value_series.setName(self.tr("Each week"))
        self.value_series.setPointLabelsVisible(True)
        self.value_series.setPointLabelsClipping(False)
        self.value_series.setPointLabelsFormat("@yPoint")
        self.usual_series = QLineSeries()
        self.chosen_series = QScatterSeries()  # a ring around the week being looked at
        self.chosen_series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.chosen_series.setMarkerSize(18)
        self.line_series: list[QLineSeries] = []  # the weeks joined, one piece per run of known values
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setRange(-0.5, WEEKS - 0.5)
        self.y_axis = QValueAxis()
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setMinorTickCount(0)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.usual_series, self.value_series, self.chosen_series):
            self._add_series(series)
        self.chart.legend().markers(self.chosen_series)[0].setVisible(False)
        yield

        self.chart_view = WeeksChartView(self.chart)
        self.chart_view.setObjectName("dashboardChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        quiet_chart(self.chart_view)
        self.chart_view.setMinimumHeight(180)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart_view.setAccessibleName(self.tr("Chart of the last twelve weeks"))
        self.chart_view.setAccessibleDescription(self.tr(
            "Click a week, or use the left and right arrow keys, to list the entries behind it. "
            "The same figures are available as text."))

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("dashboardTable")
        self.table.setAccessibleName(self.tr("The figures of the last twelve weeks, as text"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)  # light rules: the rows alone
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move inside
        header = self.table.horizontalHeader()
        # The week and its days keep their width; the two figures share what is left, their
        # long headings wrapping, so the table never scrolls sideways at 1024 pixels.
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + UNIT)  # room for a heading on two lines
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart_view)
        self.stack.addWidget(self.table)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)  # see self.side
        layout.addWidget(self.stack, 3)
        yield

        self.usual_label = paragraph()
        self.usual_label.setObjectName("dashboardUsual")
        self.explanation = paragraph()
        self.explanation.setObjectName("dashboardExplanation")
        self.explanation.setProperty("role", "hint")
        self.entries_caption = paragraph()
        self.entries_caption.setObjectName("dashboardEntriesCaption")
        self.entries = QListWidget()
        self.entries.setObjectName("dashboardEntries")
        self.entries.setAccessibleName(self.tr("Entries behind the chosen week's figure"))
        self.entries.setMinimumHeight(64)
        self.entries_caption.setBuddy(self.entries)
        self.entries.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)  # see self.side
        layout.addWidget(self.usual_label)
        layout.addWidget(self.explanation)
        layout.addSpacing(UNIT)
        layout.addWidget(self.entries_caption)
        layout.addWidget(self.entries, 1)

        self.figure_box.currentIndexChanged.connect(self._on_figure_changed)
        self.as_text.toggled.connect(self._on_as_text_toggled)
        self.value_series.clicked.connect(self._on_point_clicked)
        self.chart_view.week_clicked.connect(self._select_week)
        self.chart_view.week_stepped.connect(self._step_week)
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._on_week_chosen(row))
        self.entries.itemActivated.connect(self._on_entry_activated)

    def _build_checkin_box(self) -> Card:
        box = Card(self.tr("Your check-ins"))
        box.setObjectName("dashboardCheckins")
        self.checkin_status = paragraph()
        self.checkin_status.setObjectName("checkinStatus")
        self.scale_labels = {scale: paragraph() for scale in SCALES}
        for scale, label in self.scale_labels.items():
            label.setObjectName(f"checkinScale_{scale}")
        self.scale_hint = paragraph(self.tr("From 0 to 100: the higher the score, the more tiredness you "
                                            "reported. A pointer for your own reflection, not a diagnosis."))
        self.scale_hint.setProperty("role", "hint")
        self.talk_label = paragraph(self.tr(
            "Your answers have gone up or stayed high lately. Talking about it can help: a colleague you "
            "trust, your supervision, the prevention advisor at work, your doctor."))
        self.talk_label.setObjectName("checkinTalk")
        self.help_button = QPushButton(self.tr("&Where to turn…"))
        self.help_button.setObjectName("checkinHelp")
        self.checkin_button = QPushButton(self.tr("&Check in now"))
        self.checkin_button.setObjectName("checkinNow")
        layout = box.body
        layout.addWidget(self.checkin_status)
        for label in self.scale_labels.values():
            layout.addWidget(label)
        layout.addWidget(self.scale_hint)
        # Each button under what it answers (the column is narrow): where to turn under the
        # suggestion to talk, then checking in.
        layout.addWidget(self.talk_label)
        for button in (self.help_button, self.checkin_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.help_button.clicked.connect(self.help_requested)
        self.checkin_button.clicked.connect(self.checkin_requested)
        return box

    def _add_series(self, series: QXYSeries) -> None:
        self.chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

    # --- loading

    def refresh(self) -> None:
        self._generation += 1
        generation, now, language = self._generation, self._clock(), self.language

        def done(data: DashboardData) -> None:
            if generation == self._generation:
                self._fill(data)

        def failed(error: object) -> None:
            if generation == self._generation:
                self.failed.emit(error)

        self._worker.submit(lambda holder: load_dashboard(holder.require().database, now, language), done, failed)

    def clear(self) -> None:
        """Empty every widget (on lock): nothing of the journal stays on screen or in memory."""
        self._generation += 1
        self._entries_generation += 1
        self._data = None
        self._week = None
        self._clear_chart()
        self.table.setRowCount(0)
        self.entries.clear()
        for label in (self.dilemmas_label, self.limits_label, self.usual_label, self.entries_caption,
                      self.checkin_status, *self.scale_labels.values()):
            label.setText("")
        self.explanation.setText("")
        self.empty_card.hide()
        self.figures.show()
        for widget in (self.scale_hint, self.talk_label, self.help_button,
                       *self.scale_labels.values()):
            widget.hide()

    def _clear_chart(self) -> None:
        for series in self.line_series:
            self.chart.removeSeries(series)
            series.deleteLater()
        self.line_series = []
        for series in (self.value_series, self.usual_series, self.chosen_series):
            series.clear()
        for label in self.x_axis.categoriesLabels():
            self.x_axis.remove(label)
        self.x_axis.setRange(-0.5, WEEKS - 0.5)

    def _fill(self, data: DashboardData) -> None:
        self._data = data
        # The weeks may have moved on and the entries changed: choose afresh.
        self._week = None
        self._entries_generation += 1
        self.entries.clear()
        self.entries_caption.setText(self.tr("Click a week on the chart, or choose a row of the table, to list "
                                             "the entries behind it."))
        self._fill_summary(data)
        self._fill_checkins(data.checkin)
        self.empty_card.setVisible(not data.has_entries)
        self.figures.setVisible(data.has_entries)
        if self.isVisible():
            self._show_figure()
        else:  # filled ahead of need: the chart and its table in later passes (with the rest, 9-12 ms)
            generation = self._generation
            fair_single_shot(1, self, lambda: self._show_figure(in_two_passes=True)
                             if generation == self._generation else None)

    # --- summary and check-ins

    def _fill_summary(self, data: DashboardData) -> None:
        if data.open_dilemmas:
            text = self.tr("%n open dilemma(s)", "", data.open_dilemmas)
            if data.oldest_dilemma_days:
                # The separator belongs to the translation: French puts a narrow space before ";".
                text = self.tr("%1; the oldest was opened %n day(s) ago", "", data.oldest_dilemma_days).replace(
                    "%1", text)
            self.dilemmas_label.setText(text + ".")
        else:
            self.dilemmas_label.setText(self.tr("No dilemma open."))
        if not data.limits_set:
            self.limits_label.setText(self.tr("You have not set limits for yourself (see My limits)."))
        elif not data.limits_week and not data.limits_month:
            self.limits_label.setText(self.tr("Your limits were not crossed this week or this month."))
        else:
            self.limits_label.setText(self.tr("Your limits were crossed %1 and %2.")
                                      .replace("%1", self.tr("%n time(s) this week", "", data.limits_week))
                                      .replace("%2", self.tr("%n time(s) this month", "", data.limits_month)))

    def _fill_checkins(self, summary: CheckinSummary) -> None:
        has_checkin = summary.taken_at is not None
        if summary.taken_at is None:
            self.checkin_status.setText(self.tr(
                "You have not checked in yet. A few questions every two weeks, in under three minutes, "
                "help you see how you are doing over time."))
        else:
            when = QLocale().toString(QDate(summary.taken_at.date()), QLocale.FormatType.LongFormat)
            if summary.due and summary.days_since is not None:
                self.checkin_status.setText(self.tr(
                    "Your last check-in was %n day(s) ago, on %1. A new one is welcome whenever it suits you.",
                    "", summary.days_since).replace("%1", when))
            else:
                self.checkin_status.setText(self.tr("Your last check-in: %1.").replace("%1", when))
        for scale, label in self.scale_labels.items():
            score = summary.scores.get(scale)
            name = summary.scale_names.get(scale, scale)
            if score is None:
                text = name + "\n" + self.tr("Not enough answers this time.")
            else:
                text = name + "\n" + self.tr("%1 out of 100. %2").replace(
                    "%1", QLocale().toString(round(score))).replace("%2", trend_words(summary.trends.get(scale)))
            label.setText(text if has_checkin else "")
            label.setVisible(has_checkin)
        self.scale_hint.setVisible(has_checkin)
        self.talk_label.setVisible(summary.suggest_talking)
        self.help_button.setVisible(summary.suggest_talking)

    # --- the chart and its figures as text

    def current_key(self) -> str:
        return str(self.figure_box.currentData())

    def _on_figure_changed(self, _index: int) -> None:
        if self._data is not None:
            self._show_figure()
            if self._week is not None:
                self._load_entries(self._week)

    def _on_as_text_toggled(self, as_text: bool) -> None:
        self.stack.setCurrentWidget(self.table if as_text else self.chart_view)
        if as_text and self.table.rowCount():
            # The chosen week, or else the newest, in view (a small screen shows eight rows).
            row = self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1
            self.table.scrollToItem(self.table.item(row, 0))

    def _show_figure(self, *, in_two_passes: bool = False) -> None:
        """The chosen figure in the chart and its table; ``in_two_passes``: the table in a later
        pass (made ready ahead of need, each under a frame; together 7-9 ms)."""
        data, key = self._data, self.current_key()
        if data is None:
            return
        before = data.weeks_before_journal
        values = [None if index < before else week.value(key) for index, week in enumerate(data.weeks)]
        usual = data.usual.get(key)
        self._fill_chart(key, data.weeks, values, usual)
        if in_two_passes:
            fair_single_shot(1, self, lambda: self._show_figure_table(data, key, values, usual)
                             if self._data is data and self.current_key() == key else None)
        else:
            self._show_figure_table(data, key, values, usual)

    def _show_figure_table(self, data: DashboardData, key: str, values: list[float | None],
                           usual: float | None) -> None:
        self._fill_table(key, data.weeks, values, usual, data.weeks_before_journal)
        if data.weeks_until_usual > 0:
            self.usual_label.setText(self.tr(
                "Your usual level is not known yet — after %1 weeks of writing, Carnet shows it beside your weeks "
                "(%n more week(s) to go).", "", data.weeks_until_usual).replace("%1", str(USUAL_LEVEL_MIN_WEEKS)))
        elif usual is None:
            self.usual_label.setText(self.tr("Your usual level is not known yet: it needs weeks with this "
                                             "figure in the six months before this one."))
        else:
            self.usual_label.setText(self.tr(
                "Dashed line: your usual level, %1 (the middle value of your weeks over the six months before "
                "this one).").replace("%1", labels.metric_value(key, usual)))
        self.explanation.setText(labels.metric_explanation(key))
        self._show_chosen()

    def _fill_chart(self, key: str, weeks: list[PeriodFigures], values: list[float | None],
                    usual: float | None) -> None:
        self._clear_chart()
        for index, week in enumerate(weeks):
            self.x_axis.append(self.tr("W%1", "ISO week number").replace("%1", str(week_number(week.period))), index)
        self.x_axis.setRange(-0.5, len(weeks) - 0.5)
        run: list[QPointF] = []
        for index, value in enumerate([*values, None]):
            if value is not None:
                point = QPointF(index, float(value))
                self.value_series.append(point)
                run.append(point)
            elif run:
                self._add_line(run)
                run = []
        if usual is not None:
            self.usual_series.append(QPointF(-0.5, usual))
            self.usual_series.append(QPointF(len(weeks) - 0.5, usual))
            self.usual_series.setName(self.tr("Your usual level"))
        self.chart.legend().markers(self.usual_series)[0].setVisible(usual is not None)
        known = [float(v) for v in values if v is not None]
        top, step = axis_scale(max(known + ([usual] if usual is not None else []), default=0.0), key)
        self.y_axis.setRange(0, top)
        self.y_axis.setTickInterval(step)
        self.y_axis.setLabelFormat("%d" if float(step).is_integer() else "%.1f")
        self.y_axis.setTitleText(labels.metric_unit(key))
        self._style_chart()

    def _add_line(self, points: list[QPointF]) -> None:
        series = QLineSeries()
        series.append(points)
        self._add_series(series)
        self.chart.legend().markers(series)[0].setVisible(False)
        series.clicked.connect(self._on_point_clicked)
        self.line_series.append(series)

    def _fill_table(self, key: str, weeks: list[PeriodFigures], values: list[float | None],
                    usual: float | None, weeks_before_journal: int = 0) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setHorizontalHeaderLabels([self.tr("Week"), self.tr("Days"), labels.metric(key),
                                              self.tr("Your usual level")])
        for column in (2, 3):  # numbers: their headings line up with them, on the right, wrapping if long
            self.table.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | WRAP)
        self.table.setRowCount(len(weeks))
        locale = QLocale()
        usual_text = labels.metric_value(key, usual) if usual is not None else self.tr("not known yet")
        for row, (week, value) in enumerate(zip(weeks, values)):
            first, last = (locale.toString(QDate(day), "d MMM") for day in (week.period.first, week.period.last))
            cells = (self.tr("week %1").replace("%1", str(week_number(week.period))),
                     self.tr("%1 to %2").replace("%1", first).replace("%2", last),
                     "—" if row < weeks_before_journal  # nothing was written yet
                     else labels.metric_value(key, value) if value is not None else self.tr("not known"),
                     usual_text)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self._week is not None:
            self.table.setCurrentCell(self._week, 0)
        self.table.blockSignals(False)

    def _show_chosen(self) -> None:
        self.chosen_series.clear()
        if self._week is None or self._data is None:
            return
        value = self._data.weeks[self._week].value(self.current_key())
        if value is not None:
            self.chosen_series.append(QPointF(self._week, float(value)))

    # --- choosing a week, and the entries behind it

    def _on_point_clicked(self, point: QPointF) -> None:
        self._select_week(nearest_week(point.x(), len(self._data.weeks) if self._data else WEEKS))

    def _select_week(self, index: int) -> None:
        if self._data is not None and 0 <= index < len(self._data.weeks):
            self.table.setCurrentCell(index, 0)  # the table's current row is the chosen week

    def _step_week(self, step: int) -> None:
        if self._data is not None:
            last = len(self._data.weeks) - 1
            self._select_week(min(last, max(0, (last if self._week is None else self._week + step))))

    def _on_week_chosen(self, row: int) -> None:
        if self._data is None or not 0 <= row < len(self._data.weeks) or row == self._week:
            return
        self._week = row
        self._show_chosen()
        self._load_entries(row)

    def _load_entries(self, index: int) -> None:
        assert self._data is not None
        self._entries_generation += 1
        generation, key, period = self._entries_generation, self.current_key(), self._data.weeks[index].period
        self.entries.clear()
        self.entries_caption.setText(self.tr("Looking for the entries…"))

        def done(lines: list[EntryLine]) -> None:
            if generation == self._entries_generation:
                self._fill_entries(key, period, lines)

        def failed(error: object) -> None:
            if generation == self._entries_generation:
                self.failed.emit(error)

        self._worker.submit(lambda holder: load_entries_behind(holder.require().database, key, period), done, failed)

    def _fill_entries(self, key: str, period: Period, lines: list[EntryLine]) -> None:
        week = self.tr("week %1").replace("%1", str(week_number(period)))
        if lines:
            self.entries_caption.setText(self.tr("&Entries behind “%1”, %2 (Enter opens one):")
                                         .replace("%1", labels.metric(key)).replace("%2", week))
        else:
            self.entries_caption.setText(self.tr("No entry behind “%1” in %2.")
                                         .replace("%1", labels.metric(key)).replace("%2", week))
        locale = QLocale()
        for line in lines:
            when = locale.toString(line.occurred_at.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{when} — {line.text or labels.translate('Labels', '(untitled)')}")
            item.setData(UuidRole, line.uuid)
            self.entries.addItem(item)

    def _on_entry_activated(self, item: QListWidgetItem) -> None:
        uuid = item.data(UuidRole)
        if uuid:
            self.open_entry.emit(uuid)

    # --- colours from the palette

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style_chart()
        super().changeEvent(event)

    def series_colours(self) -> tuple[QColor, QColor]:
        """(the weeks, the usual level), from this view's palette."""
        return chart_colours(self.palette())

    def _style_chart(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.chart.legend().setLabelColor(text)
        style_axes(palette, self.x_axis, self.y_axis)
        weeks, usual = self.series_colours()
        self.value_series.setColor(weeks)
        self.value_series.setBorderColor(weeks)
        self.value_series.setPointLabelsColor(text)
        self.chosen_series.setColor(Qt.GlobalColor.transparent)
        self.chosen_series.setBorderColor(text)
        self.chosen_series.setPen(QPen(text, 2))
        self.chosen_series.setBrush(Qt.BrushStyle.NoBrush)
        for series in self.line_series:
            series.setPen(QPen(weeks, 2))
        self.usual_series.setPen(QPen(usual, 1.5, Qt.PenStyle.DashLine))
