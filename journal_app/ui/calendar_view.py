"""The journal by day, week or month: a calendar with markers, filters, and the entries."""

from __future__ import annotations

from collections.abc import Iterator

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.entries import FLAG_NAMES, EntryFilter, EntryRecord
from journal_app.core.models import CHANNELS, ENTRY_KINDS
from journal_app.core.timeline import DaySummary, day_summaries
from journal_app.ui import labels
from journal_app.ui.entry_list import EntryDelegate, EntryListModel
from journal_app.ui.icons import icon
from journal_app.ui.components import UNIT, Card, PageHeader, StackPage, quiet_scroll
from journal_app.ui.widgets import paint_icon, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker

LIST_LIMIT = 500


class MarkedCalendar(QCalendarWidget):
    """A month calendar whose days show how many entries they hold, and markers (icon and
    number, never colour alone) for off-hours and out-of-frame entries."""

    MARKER = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markedCalendar")
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setGridVisible(False)  # the days stand apart by their room, not by lines
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        # Weekends in the text colour like every day: red would say alarm, and it says nothing here.
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, QTextCharFormat())
        self.summaries: dict[date, DaySummary] = {}
        self.setMinimumSize(400, 290)  # room under each day number for its markers

    def set_summaries(self, summaries: dict[date, DaySummary]) -> None:
        self.summaries = summaries
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        super().paintCell(painter, rect, day)
        summary = self.summaries.get(day.toPython())
        if summary is None or not summary.entries:
            return
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        # Bottom line of the cell, in the corners, clear of the centred day number: flag markers
        # on the left, the number of entries on the right (plain small figures: a circled
        # digit against the day number read as one cramped glyph).
        line = QRect(rect.left() + 3, rect.bottom() - metrics.height() - 1, rect.width() - 6, metrics.height())
        # On the selected day the cell is highlighted: its marks take the highlighted text colour.
        selected = day == self.selectedDate()
        painter.setPen(self.palette().color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        count = str(summary.entries)
        badge = QRect(0, 0, metrics.horizontalAdvance(count) + 8, metrics.height())
        badge.moveBottomRight(line.bottomRight())
        tint = self.palette().color(QPalette.ColorRole.Highlight)
        tint.setAlpha(255 if selected else 45)  # a soft filled tag, apart from the day number
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(badge, 3, 3)
        painter.restore()
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, count)
        x = line.left()
        marker = max(self.MARKER, metrics.height() - 2)  # grows with a larger system font
        top = line.top() + (line.height() - marker) // 2
        for flag, flagged in (("off_hours", summary.off_hours), ("out_of_frame", summary.out_of_frame)):
            if flagged:
                paint_icon(painter, icon(flag), QRect(x, top, marker, marker), painter.pen().color())
                x += marker + 1
                if flagged > 1:
                    text = str(flagged)
                    painter.drawText(QRect(x, line.top(), 20, line.height()), Qt.AlignmentFlag.AlignVCenter, text)
                    x += metrics.horizontalAdvance(text)
                x += 3
        painter.restore()


class CalendarView(StackPage):
    open_entry = Signal(str)
    failed = Signal(object)

    SCOPE_DAY, SCOPE_WEEK, SCOPE_MONTH, SCOPE_RANGE = range(4)

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        """``in_steps``: the view is made by ``parts_to_build``, one part per ``next()`` (each
        under a frame), so that building it ahead never holds the window still."""
        super().__init__(parent)
        self.parts_to_build: Iterator[None] = self._build_parts(worker)
        if not in_steps:
            for _part in self.parts_to_build:
                pass

    def _build_parts(self, worker: JournalWorker) -> Iterator[None]:
        self.setObjectName("calendarView")
        self._worker = worker
        self._generation = 0

        self.calendar = MarkedCalendar()
        self.calendar.setAccessibleName(self.tr("Calendar of the journal"))
        # The month grid inside is what takes the focus: a screen reader names it the same.
        grid = self.calendar.findChild(QTableView, "qt_calendar_calendarview")
        if grid is not None:
            grid.setAccessibleName(self.calendar.accessibleName())
        for name, text in (("qt_calendar_prevmonth", self.tr("Previous month")),
                           ("qt_calendar_nextmonth", self.tr("Next month"))):
            arrow = self.calendar.findChild(QToolButton, name)  # arrows only: a screen reader needs words
            if arrow is not None:
                arrow.setAccessibleName(text)
                arrow.setToolTip(text)
        yield
        # The page's frame first, then each part in place: a part then costs what it adds (a whole
        # page put into place at once is restyled at once). Each control joins the window in
        # reading order, which is the Tab order.
        self.header = PageHeader(self.tr("Calendar"), self.tr(
            "Your entries day by day: choose a day, a week or a month, and narrow down what is shown."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * UNIT, 2 * UNIT, 3 * UNIT, 2 * UNIT)
        layout.setSpacing(2 * UNIT)
        layout.addWidget(self.header)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(2 * UNIT)
        # The filters scroll rather than overlap on a small screen or with large system fonts.
        left_panel = QWidget()
        left_panel.setLayout(left)
        left_scroll = quiet_scroll(left_panel, wraps=True)
        entries_card = Card()
        self.entries_card = entries_card
        columns = QHBoxLayout()
        columns.setSpacing(2 * UNIT)
        columns.addWidget(left_scroll, 0)
        columns.addWidget(entries_card, 1)
        layout.addLayout(columns, 1)
        yield
        legend = QLabel(self.tr("Under each day: how many entries it holds; a moon marks off-hours "
                                "entries, an arrow out-of-frame ones (with their number when more than one)."))
        legend.setWordWrap(True)
        legend.setProperty("role", "hint")
        calendar_card = Card()
        calendar_card.body.addWidget(self.calendar)
        calendar_card.body.addWidget(legend)
        left.addWidget(calendar_card)
        yield
        self.person = self._combo("filterPerson", self.tr("Everyone"))
        self.tag = self._combo("filterTag", self.tr("All tags"))
        self.channel = self._combo("filterChannel", self.tr("All channels"))
        for code in CHANNELS:
            self.channel.addItem(labels.channel(code), code)
        self.kind = self._combo("filterKind", self.tr("All kinds"))
        kind_names = {"contact": self.tr("Contacts"), "reflection": self.tr("Reflections")}
        for code in ENTRY_KINDS:
            self.kind.addItem(kind_names.get(code, code), code)
        filters = QFormLayout()
        filters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Person:"), self.person), (self.tr("&Tag:"), self.tag),
                             (self.tr("Cha&nnel:"), self.channel), (self.tr("&Kind:"), self.kind)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addRow(label, widget)
        filters.setHorizontalSpacing(UNIT)
        filters.setVerticalSpacing(UNIT // 2)
        filters_card = Card(self.tr("Narrow down"))
        filters_card.body.addLayout(filters)
        left.addWidget(filters_card)
        left.addStretch(1)
        yield
        self.chips: dict[str, QToolButton] = {}
        for name in FLAG_NAMES:
            chip = QToolButton()
            chip.setObjectName(f"calendarChip_{name}")
            chip.setCheckable(True)
            chip.setIcon(icon(name))
            chip.setText(labels.flag(name))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setAccessibleName(self.tr("Filter: %1").replace("%1", labels.flag(name)))
            chip.toggled.connect(self._schedule_refresh)
            self.chips[name] = chip
        chip_grid = QVBoxLayout()
        chip_grid.setSpacing(UNIT // 2)
        first, second = QHBoxLayout(), QHBoxLayout()
        for index, chip in enumerate(self.chips.values()):
            (first if index < 2 else second).addWidget(chip)
        first.addStretch(1)
        second.addStretch(1)
        chip_grid.addLayout(first)
        chip_grid.addLayout(second)
        filters.addRow(chip_grid)
        yield
        self.scope = QComboBox()
        self.scope.setObjectName("calendarScope")
        self.scope.addItems([self.tr("The selected day"), self.tr("That week"), self.tr("That month"),
                             self.tr("Dates of my choice")])
        self.scope.setCurrentIndex(self.SCOPE_WEEK)
        today = QDate.currentDate()
        self.range_from = QDateEdit(today.addMonths(-3))
        self.range_to = QDateEdit(today)
        range_row = QHBoxLayout()
        for edit, name in ((self.range_from, self.tr("From this date")), (self.range_to, self.tr("Up to this date"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._schedule_refresh)
        range_row.addWidget(self.range_from)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.range_to)
        self.range_box = QWidget()
        self.range_box.setLayout(range_row)
        range_row.setContentsMargins(0, 0, 0, 0)
        self.range_box.hide()
        self.scope.currentIndexChanged.connect(lambda index: self.range_box.setVisible(index == self.SCOPE_RANGE))
        # Which period the list shows sits with the list: the day, its week or month, or dates chosen.
        scope_label = QLabel(self.tr("&Show:"))
        scope_label.setBuddy(self.scope)
        scope_row = QHBoxLayout()
        scope_row.setSpacing(UNIT)
        scope_row.addWidget(scope_label)
        scope_row.addWidget(self.scope)
        scope_row.addStretch(1)
        entries_card.body.addLayout(scope_row)
        entries_card.body.addWidget(self.range_box)
        entries_card.body.addSpacing(UNIT)
        yield
        self.model = EntryListModel(self)
        self.list = QListView()
        self.list.setObjectName("calendarEntries")
        self.list.setAccessibleName(self.tr("Entries of the selected period"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.period_label.setProperty("role", "card-title")
        self.period_label.setWordWrap(True)
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.period_label.setFont(font)
        self.empty_hint = paragraph(self.tr("No entry in this period. Choose another day on the calendar, "
                                            "or show more with the filters."))
        self.empty_hint.setObjectName("calendarEmpty")
        self.empty_hint.hide()
        self.open_hint = QLabel(self.tr("Press Enter or double-click to open an entry."))
        self.open_hint.setWordWrap(True)
        self.open_hint.setProperty("role", "hint")
        entries_card.body.addWidget(self.period_label)
        entries_card.body.addWidget(self.empty_hint)
        entries_card.body.addWidget(self.list, 1)
        entries_card.body.addWidget(self.open_hint)
        entries_card.body.addStretch(0)  # takes the room the list leaves when the period is empty
        left_scroll.setMinimumWidth(left_panel.sizeHint().width() + left_scroll.verticalScrollBar().sizeHint().width())

        self._refresh_timer = QTimer(self, singleShot=True, interval=60)
        self._refresh_timer.timeout.connect(self.refresh)
        self.calendar.selectionChanged.connect(self._schedule_refresh)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._schedule_refresh())
        for combo in (self.scope, self.person, self.tag, self.channel, self.kind):
            combo.currentIndexChanged.connect(self._schedule_refresh)
        self.list.activated.connect(lambda index: self.open_entry.emit(self.model.record(index.row()).uuid))
        self.list.doubleClicked.connect(lambda index: self.open_entry.emit(self.model.record(index.row()).uuid))

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        return combo

    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def criteria(self) -> EntryFilter:
        person, tag = self.person.currentData(), self.tag.currentData()
        return EntryFilter(
            persons=(person,) if person else (),
            tags=(tag,) if tag else (),
            channels=(self.channel.currentData(),) if self.channel.currentData() else (),
            kinds=(self.kind.currentData(),) if self.kind.currentData() else (),
            flags=frozenset(name for name, chip in self.chips.items() if chip.isChecked()),
        )

    def period(self) -> tuple[date, date]:
        selected = self.calendar.selectedDate().toPython()
        if self.scope.currentIndex() == self.SCOPE_RANGE:
            first, last = self.range_from.date().toPython(), self.range_to.date().toPython()
            return (first, last) if first <= last else (last, first)
        if self.scope.currentIndex() == self.SCOPE_DAY:
            return selected, selected
        if self.scope.currentIndex() == self.SCOPE_WEEK:
            start = selected - timedelta(days=selected.weekday())
            return start, start + timedelta(days=6)
        start = selected.replace(day=1)
        next_month = (start + timedelta(days=32)).replace(day=1)
        return start, next_month - timedelta(days=1)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        criteria = self.criteria()
        since, until = self.period()
        shown_month = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        # The grid shows up to six weeks around the month.
        grid_start, grid_end = shown_month - timedelta(days=7), shown_month + timedelta(days=44)

        def work(holder: JournalHolder) -> tuple[dict[date, DaySummary], list[EntryRecord], list[str], list[str]]:
            journal = holder.require()
            summaries = day_summaries(journal.database, grid_start, grid_end, criteria)
            records = journal.entries.list(replace(criteria, since=since, until=until, limit=LIST_LIMIT))
            return summaries, records, journal.entries.persons(), journal.entries.tags()

        def done(result: tuple[dict[date, DaySummary], list[EntryRecord], list[str], list[str]]) -> None:
            if generation != self._generation:
                return
            summaries, records, persons, tags = result
            self.calendar.set_summaries(summaries)
            self.model.set_records(records, has_more=False)
            self._fill_choices(self.person, persons)
            self._fill_choices(self.tag, tags)
            self._show_period(since, until, len(records))

        self._worker.submit(work, done, self.failed.emit)

    def _fill_choices(self, combo: QComboBox, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def _show_period(self, since: date, until: date, count: int) -> None:
        from PySide6.QtCore import QLocale

        locale = QLocale()
        if since == until:
            period = locale.toString(QDate(since), QLocale.FormatType.LongFormat)
        else:
            period = self.tr("%1 to %2").replace("%1", locale.toString(QDate(since), QLocale.FormatType.ShortFormat)) \
                .replace("%2", locale.toString(QDate(until), QLocale.FormatType.ShortFormat))
        self.period_label.setText(self.tr("%1 · %n entries", "", count).replace("%1", period))
        self._show_empty(count == 0)

    def _show_empty(self, empty: bool) -> None:
        """An empty period: one calm sentence under the period, no empty list."""
        self.empty_hint.setVisible(empty)
        self.list.setVisible(not empty)
        self.open_hint.setVisible(not empty)
        body = self.entries_card.body
        body.setStretch(body.count() - 1, 1 if empty else 0)

    def clear(self) -> None:
        self._generation += 1
        self.calendar.set_summaries({})
        self.model.clear()
        self.period_label.clear()
        self._show_empty(False)
        for combo in (self.person, self.tag):
            self._fill_choices(combo, [])
