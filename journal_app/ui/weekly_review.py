"""The weekly review: a calm end-of-week page.

The week's workload figures next to the worker's own usual level (said in words: more than
usual, about as usual, less than usual; never a verdict), the questions Carnet asked that
week, the dilemmas still open at its end, the entries marked for supervision, and a
reflection to write from the template of the worker's choice.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.database import Database
from journal_app.core.dilemmas import TO_SUPERVISION, DilemmaStore
from journal_app.core.entries import EntryRecord, EntryStore
from journal_app.core.metrics import KEYS, UNITS, USUAL_LEVEL_MIN_WEEKS, Period, PeriodFigures, WorkloadMetrics
from journal_app.core.prompts import PromptEngine, load_library
from journal_app.core.templates import Template, TemplateStore
from journal_app.ui import labels
from journal_app.ui.components import UNIT, Card, PageHeader, StackPage
from journal_app.ui.widgets import heading, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker

UuidRole = Qt.ItemDataRole.UserRole + 1
DilemmaRole = Qt.ItemDataRole.UserRole + 2  # True on a dilemma in the supervision list
MORE, ABOUT, LESS = "more", "about", "less"

# How far from the usual level still reads "about as usual": the larger of a fixed step in
# the figure's unit and 15% of the usual level; the weight, on a fixed 0-10 scale, by its
# step alone.
_TOLERANCE = {"minutes": 10.0, "weight": 0.5, "days": 2.0}
_COUNT_TOLERANCE = 0.5  # any whole difference from a small usual count shows
_RELATIVE_TOLERANCE = 0.15


def _local_now() -> datetime:
    return datetime.now().astimezone()


def comparison(key: str, value: float | None, usual: float | None) -> str | None:
    """MORE, ABOUT or LESS: this week's value against the usual level; None when either is
    unknown."""
    if value is None or usual is None:
        return None
    unit = UNITS.get(key, "")
    tolerance = _TOLERANCE.get(unit, _COUNT_TOLERANCE)
    if unit != "weight":
        tolerance = max(tolerance, _RELATIVE_TOLERANCE * abs(usual))
    if value > usual + tolerance:
        return MORE
    if value < usual - tolerance:
        return LESS
    return ABOUT


# ----- what the page shows, gathered on the worker


@dataclass(frozen=True)
class PromptOfTheWeek:
    id: str
    kind: str  # question, suggestion, recognition
    text: str  # in the UI language; numbers the engine no longer remembers read "…"
    shown_at: datetime
    last_action: str  # shown, answered, dismissed, snoozed
    entries: tuple[str, ...]  # entries written from it


@dataclass(frozen=True)
class OpenDilemma:
    uuid: str
    title: str
    status: str  # today's status
    age_days: int  # on the week's last day (today, for this week)


@dataclass(frozen=True)
class WeekReview:
    period: Period
    figures: PeriodFigures
    usual: Mapping[str, float | None]
    prompts: tuple[PromptOfTheWeek, ...]
    dilemmas: tuple[OpenDilemma, ...]
    supervision: tuple[EntryRecord, ...]
    templates: tuple[Template, ...]
    to_supervision: tuple[OpenDilemma, ...] = ()  # dilemmas waiting for supervision (today's status)
    weeks_until_usual: int = 0  # weeks of writing still needed before a usual level is known


class _Unknown(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "…"


def _prompt_text(text: str) -> str:
    """A library text with its placeholders as "…": the engine keeps when a prompt was
    shown, not the numbers it said then."""
    try:
        return string.Formatter().vformat(text, (), _Unknown())
    except (ValueError, IndexError):
        return text


def gather_week(database: Database, entries: EntryStore, period: Period, language: str,
                now: datetime) -> WeekReview:
    """Everything the page shows for one week (runs on the worker)."""
    metrics = WorkloadMetrics(database)
    figures = metrics.period(period)
    usual = metrics.usual_levels(until=period.first)
    weeks_until_usual = metrics.weeks_until_usual(until=period.first)

    library = {prompt.id: prompt for prompt in load_library(language)}
    engine = PromptEngine(database, lambda: now, dry_run=True)
    prompts = []
    for prompt_id, record in engine.history().items():
        shown = record.get("shown_at")
        prompt = library.get(prompt_id)
        if not shown or prompt is None:
            continue
        shown_at = datetime.fromisoformat(shown).astimezone(now.tzinfo)
        if shown_at.date() in period:
            prompts.append(PromptOfTheWeek(prompt_id, prompt.kind, _prompt_text(prompt.text), shown_at,
                                           record.get("last_action", "shown"), tuple(record.get("entries", ()))))
    prompts.sort(key=lambda p: p.shown_at)

    store = DilemmaStore(database, language)
    last_day = min(period.last, now.date())
    dilemmas = []
    for uuid in figures["open_dilemmas"].dilemmas:
        dilemma = store.get(uuid)
        opened = dilemma.opened_at.astimezone(now.tzinfo).date()
        dilemmas.append(OpenDilemma(uuid, dilemma.title, dilemma.status, max(0, (last_day - opened).days)))
    dilemmas.sort(key=lambda d: (-d.age_days, d.title))

    supervision = tuple(entries.get(uuid) for uuid in metrics.entries_behind("for_supervision", period))
    to_supervision = tuple(
        OpenDilemma(d.uuid, d.title, d.status, max(0, (last_day - d.opened_at.astimezone(now.tzinfo).date()).days))
        for d in store.list(status=TO_SUPERVISION))
    templates = tuple(TemplateStore(database).all(language))
    return WeekReview(period, figures, usual, tuple(prompts), tuple(dilemmas), supervision, templates,
                      to_supervision, weeks_until_usual)


# ----- the page


def _list_card(title: str, widget: QWidget) -> Card:
    """A card titled with the list's label, whose mnemonic (Alt+letter) moves to the list."""
    card = Card()
    card.title.setText(title)
    card.title.setAccessibleName(title.replace("&", ""))
    card.title.setBuddy(widget)
    card.title.setWordWrap(False)  # a short title: its width sets the column's, at any font size
    card.title.show()
    card.body.addWidget(widget, 1)
    return card


class WeeklyReviewView(StackPage):
    loaded = Signal()  # the page shows the week asked for
    failed = Signal(object)
    open_entry = Signal(str)
    open_dilemma = Signal(str)
    write_reflection = Signal(object)  # the chosen Template, or None for a blank page

    def __init__(self, worker: JournalWorker, clock: Callable[[], datetime] = _local_now,
                 parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        """``in_steps``: the view is made by ``parts_to_build``, one part per ``next()`` (each
        under a frame), so that building it ahead never holds the window still."""
        super().__init__(parent)
        self.parts_to_build: Iterator[None] = self._build_parts(worker, clock)
        if not in_steps:
            for _part in self.parts_to_build:
                pass

    def _build_parts(self, worker: JournalWorker, clock: Callable[[], datetime]) -> Iterator[None]:
        self.setObjectName("weeklyReview")
        self._worker = worker
        self._clock = clock
        self.language = "fr"  # the main window sets the UI language
        self.week = self._this_week()
        self.review: WeekReview | None = None
        self._chosen_template: str | None = None  # kept for the session only (an own template's name is content)

        # The page's frame first, then each card in place: a part then costs what it adds (a whole
        # page put into place at once is restyled at once). The controls join the page in reading
        # order, which is the Tab order.
        self.header = PageHeader(self.tr("Weekly review"), self.tr(
            "Your week beside what is usual for you, what is still open, and a moment to write about it."))
        self.title = heading(level=2)
        self.title.setObjectName("reviewWeek")
        self.previous_button = QPushButton(self.tr("\u2039 &Previous week"))
        self.previous_button.setObjectName("previousWeek")
        self.next_button = QPushButton(self.tr("&Next week \u203a"))
        self.next_button.setObjectName("nextWeek")
        self.this_week_button = QPushButton(self.tr("&This week"))
        self.this_week_button.setObjectName("thisWeek")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.this_week_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2 * UNIT)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2 * UNIT)
        columns = QHBoxLayout()
        columns.setSpacing(2 * UNIT)
        columns.addWidget(left, 2)  # the figures are the page's main content
        columns.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * UNIT, 2 * UNIT, 3 * UNIT, 2 * UNIT)
        layout.setSpacing(UNIT)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addSpacing(UNIT)
        layout.addLayout(columns, 1)
        yield

        self.figures = QTableWidget(0, 4)
        self.figures.setObjectName("reviewFigures")
        self.figures.setAccessibleName(self.tr("The week's figures next to your usual level"))
        self.figures.setHorizontalHeaderLabels(
            [self.tr("Figure"), self.tr("This week"), self.tr("Usual"), self.tr("Compared with usual")])
        for column in (1, 2):  # numbers: their headings line up with them, on the right
            self.figures.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.figures.verticalHeader().hide()
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # A figure's name wraps rather than being cut short when the window is narrow.
        self.figures.setWordWrap(True)
        self.figures.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figures.setTabKeyNavigation(False)  # Tab moves on; arrows move inside
        self.figures.setShowGrid(False)  # light rules: the rows alone, no grid
        header = self.figures.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        # The words (the figure's name, the comparison) share the width and wrap in a narrow
        # window; the numbers keep theirs.
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.usual_note = usual_note = paragraph()
        usual_note.setObjectName("reviewUsualNote")
        usual_note.setProperty("role", "hint")
        self._say_usual(0)
        figures_card = Card()
        # As tall as its rows when there is room (then the space stays below), scrolling when not.
        self.figures.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        # ...but its width is the column's: with a large font the page still fits beside the navigation.
        self.figures.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.figures.setMinimumWidth(self.figures.fontMetrics().averageCharWidth() * 40)
        figures_card.body.addWidget(self.figures)
        figures_card.body.addWidget(usual_note)
        left_layout.addWidget(figures_card)
        yield

        self.template = QComboBox()
        self.template.setObjectName("reviewTemplate")
        self.template.setAccessibleName(self.tr("Template of the reflection"))
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(12)
        template_label = QLabel(self.tr("Te&mplate:"))
        template_label.setBuddy(self.template)
        # A short word beside the template, under the card's title that says what is written; the
        # full words for screen readers. The row stays narrow, so the figures keep the height.
        self.write_button = QPushButton(self.tr("&Write it"))
        self.write_button.setAccessibleName(self.tr("&Write this week's reflection").replace("&", ""))
        self.write_button.setObjectName("writeReflection")
        self.write_button.setDefault(True)
        reflection_hint = paragraph(self.tr("A moment to look back on the week: what weighed, what helped, what "
                                            "to bring to supervision or to leave here."))
        reflection_hint.setProperty("role", "hint")
        write_row = QHBoxLayout()
        write_row.addWidget(template_label)
        write_row.addWidget(self.template, 1)
        write_row.addWidget(self.write_button)
        reflection_card = Card(self.tr("This week's reflection"))
        reflection_card.body.addWidget(reflection_hint)
        reflection_card.body.addLayout(write_row)
        left_layout.addWidget(reflection_card)
        left_layout.addStretch(1)
        yield

        self.prompts = self._list("reviewPrompts", self.tr("Questions Carnet asked this week"))
        self.dilemmas = self._list("reviewDilemmas", self.tr("Dilemmas still open at the end of the week"))
        self.supervision = self._list("reviewSupervision", self.tr(
            "Dilemmas waiting for supervision, and entries marked for supervision this week"))
        for text, widget, stretch in ((self.tr("&Questions this week"), self.prompts, 3),
                                      (self.tr("Open &dilemmas"), self.dilemmas, 2),
                                      (self.tr("For &supervision"), self.supervision, 2)):
            right_layout.addWidget(_list_card(text, widget), stretch)

        self.previous_button.clicked.connect(self.previous_week)
        self.next_button.clicked.connect(self.next_week)
        self.this_week_button.clicked.connect(self.this_week)
        self.write_button.clicked.connect(self._on_write)
        self.template.activated.connect(lambda _i: self._remember_template())
        for widget in (self.prompts, self.dilemmas, self.supervision):
            widget.itemActivated.connect(self._on_item_activated)
        self._show_week_title()
        self._fill_templates(())

    def _list(self, name: str, accessible: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setWordWrap(True)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        widget.setSpacing(2)
        widget.setAlternatingRowColors(True)  # two-line items stay apart
        return widget

    # ----- weeks

    def _this_week(self) -> Period:
        return Period.week(self._clock().date())

    def show_week(self, week: Period | str) -> None:
        self.week = Period.week(week) if isinstance(week, str) else week
        self._show_week_title()
        self.refresh()

    def previous_week(self) -> None:
        self.show_week(self.week.previous())

    def next_week(self) -> None:
        if self.week.first < self._this_week().first:
            self.show_week(self.week.next())

    def this_week(self) -> None:
        self.show_week(self._this_week())

    def _show_week_title(self) -> None:
        locale = QLocale()
        number = int(self.week.name.split("-W")[1])
        first = locale.toString(QDate(self.week.first), "d MMMM")
        last = locale.toString(QDate(self.week.last), "d MMMM yyyy")
        self.title.setText(self.tr("Week %1: %2 \u2013 %3").replace("%1", str(number)).replace(
            "%2", first).replace("%3", last))
        self.title.setAccessibleName(self.title.text())
        current = self._this_week()
        self.next_button.setEnabled(self.week.first < current.first)
        self.this_week_button.setEnabled(self.week != current)

    # ----- reading

    def refresh(self) -> None:
        period, language, now = self.week, self.language, self._clock()

        def work(holder: JournalHolder) -> WeekReview:
            journal = holder.require()
            return gather_week(journal.database, journal.entries, period, language, now)

        self._worker.submit(work, self._fill, self.failed.emit)

    def _fill(self, review: WeekReview) -> None:
        if review.period != self.week:
            return  # the worker asked for another week since
        self.review = review
        self._fill_figures(review)
        self._fill_prompts(review.prompts)
        self._fill_dilemmas(review.dilemmas)
        self._fill_supervision(review.supervision, review.to_supervision)
        self._fill_templates(review.templates)
        self.loaded.emit()

    def _say_usual(self, weeks_until_usual: int) -> None:
        if weeks_until_usual > 0:
            self.usual_note.setText(self.tr(
                "Usual: not known yet — after %1 weeks of writing, Carnet compares each week with your own usual "
                "level (%n more week(s) to go).", "", weeks_until_usual).replace("%1", str(USUAL_LEVEL_MIN_WEEKS)))
        else:
            self.usual_note.setText(self.tr("Usual: the middle value of your weeks over the six months before "
                                            "this one. A figure to notice, not a score."))

    def _fill_figures(self, review: WeekReview) -> None:
        self._say_usual(review.weeks_until_usual)
        words = {MORE: self.tr("more than usual"), ABOUT: self.tr("about as usual"), LESS: self.tr("less than usual")}
        self.figures.setRowCount(len(review.figures.figures))
        for row, figure in enumerate(review.figures.figures):
            usual = review.usual.get(figure.key)
            compared = comparison(figure.key, figure.value, usual)
            cells = (labels.metric(figure.key), labels.metric_value(figure.key, figure.value),
                     labels.metric_value(figure.key, usual),
                     words[compared] if compared else self.tr("not known yet"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(cells[0] + ": " + ", ".join(cells[1:]))
                self.figures.setItem(row, column, item)
        self.figures.resizeRowsToContents()
        self._fit_figures_height()

    def _fit_figures_height(self) -> None:
        """Every row in view without an empty block under it; scrolls on a small screen."""
        rows = sum(self.figures.rowHeight(row) for row in range(self.figures.rowCount()))
        frame = 2 * self.figures.frameWidth()
        self.figures.setMaximumHeight(rows + self.figures.horizontalHeader().height() + frame + 2)

    def _fill_prompts(self, prompts: tuple[PromptOfTheWeek, ...]) -> None:
        kinds = {"question": self.tr("A question"), "suggestion": self.tr("A suggestion"),
                 "recognition": self.tr("A note of recognition")}
        actions = {"answered": self.tr("you wrote about it"), "dismissed": self.tr("set aside"),
                   "snoozed": self.tr("for later")}
        self.prompts.clear()
        locale = QLocale()
        for prompt in prompts:
            day = locale.dayName(prompt.shown_at.isoweekday(), QLocale.FormatType.LongFormat)
            parts = [day, kinds.get(prompt.kind, prompt.kind)]
            if prompt.last_action in actions:
                parts.append(actions[prompt.last_action])
            item = QListWidgetItem(f"{prompt.text}\n{' · '.join(parts)}")
            item.setData(UuidRole, prompt.entries[-1] if prompt.entries else None)
            if prompt.entries:
                item.setToolTip(self.tr("Enter opens what you wrote about it"))
            self.prompts.addItem(item)
        self._empty_note(self.prompts, self.tr("No question this week."))

    def _fill_dilemmas(self, dilemmas: tuple[OpenDilemma, ...]) -> None:
        self.dilemmas.clear()
        for dilemma in dilemmas:
            age = self.tr("today") if dilemma.age_days == 0 else self.tr("%n day(s)", "", dilemma.age_days)
            item = QListWidgetItem(f"{dilemma.title}\n{labels.dilemma_status(dilemma.status)} · {age}")
            item.setData(UuidRole, dilemma.uuid)
            item.setToolTip(self.tr("Enter opens the dilemma"))
            self.dilemmas.addItem(item)
        self._empty_note(self.dilemmas, self.tr("No dilemma was open."))

    def _fill_supervision(self, records: tuple[EntryRecord, ...], dilemmas: tuple[OpenDilemma, ...] = ()) -> None:
        self.supervision.clear()
        waiting = self.tr("A dilemma to bring to supervision")
        for dilemma in dilemmas:
            item = QListWidgetItem(f"{dilemma.title}\n{waiting}")
            item.setData(UuidRole, dilemma.uuid)
            item.setData(DilemmaRole, True)
            item.setToolTip(self.tr("Enter opens the dilemma"))
            self.supervision.addItem(item)
        locale = QLocale()
        for record in records:
            when = locale.toString(QDate(record.occurred_at.date()), QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{when} \u2014 {labels.entry_title(record)}")
            item.setData(UuidRole, record.uuid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, labels.entry_summary(record))
            self.supervision.addItem(item)
        self._empty_note(self.supervision, self.tr("Nothing to bring to supervision."))

    def _empty_note(self, widget: QListWidget, text: str) -> None:
        if widget.count() == 0:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)

    def _fill_templates(self, templates: tuple[Template, ...]) -> None:
        wanted = self._chosen_template
        if wanted is None:
            weekly = [t for t in templates if "week" in t.id or t.kind in ("review", "weekly_review")]
            wanted = weekly[0].id if weekly else ""
        self.template.clear()
        self.template.addItem(self.tr("A blank page"), None)
        for template in templates:
            self.template.addItem(template.name, template)
            self.template.setItemData(self.template.count() - 1, template.description, Qt.ItemDataRole.ToolTipRole)
        index = next((i for i in range(1, self.template.count()) if self.template.itemData(i).id == wanted), 0)
        self.template.setCurrentIndex(index)

    def _remember_template(self) -> None:
        chosen = self.template.currentData()
        self._chosen_template = chosen.id if chosen is not None else ""

    # ----- actions

    def _on_write(self) -> None:
        self._remember_template()
        self.write_reflection.emit(self.template.currentData())

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        uuid = item.data(UuidRole)
        if not uuid:
            return
        if item.listWidget() is self.dilemmas or item.data(DilemmaRole):
            self.open_dilemma.emit(uuid)
        else:
            self.open_entry.emit(uuid)

    def clear(self) -> None:
        self.review = None
        self._chosen_template = None
        self.week = self._this_week()
        self._show_week_title()
        self.figures.setRowCount(0)
        for widget in (self.prompts, self.dilemmas, self.supervision):
            widget.clear()
        self._fill_templates(())


__all__ = ["ABOUT", "LESS", "MORE", "WeekReview", "WeeklyReviewView", "comparison", "gather_week"]
