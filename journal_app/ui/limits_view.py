"""My limits: rules the worker sets for themselves, and when they were crossed — quietly.

No alarm and no red: a crossing is said in words ("4 — limit 3") on a soft tint, in a
weekly history; the limits that cannot be measured are ticked by hand on an entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.limits import COUNTED_KINDS, FREE_TEXT, LIMIT_KINDS, NO_CONTACT_AFTER, Crossing, LimitRecord, LimitStore, LimitWeeks
from journal_app.ui import labels
from journal_app.ui.components import UNIT, Card, PageHeader, StackPage, quiet_scroll
from journal_app.ui.widgets import error_label, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker, fair_single_shot

UuidRole = Qt.ItemDataRole.UserRole + 1
HISTORY_WEEKS = 12


def describe(limit: LimitRecord) -> str:
    return labels.limit_description(limit.kind, limit.label, limit.hour, limit.count)


class LimitDialog(QDialog):
    """Set a new limit, or change one from a date on (earlier weeks keep the old version)."""

    chosen = Signal(dict)

    def __init__(self, limit: LimitRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("limitDialog")
        self.setWindowTitle(self.tr("Change my limit") if limit else self.tr("A new limit"))
        self._limit = limit
        self.kind = QComboBox()
        self.kind.setObjectName("limitKind")
        for kind in LIMIT_KINDS:
            self.kind.addItem(labels.limit_kind(kind), kind)
        self.hour = QTimeEdit(QTime(20, 0))
        self.hour.setObjectName("limitHour")
        self.count = QSpinBox()
        self.count.setObjectName("limitCount")
        self.count.setRange(0, 99)
        self.count.setValue(3)
        self.label = QLineEdit()
        self.label.setObjectName("limitLabel")
        self.label.setPlaceholderText(self.tr("In my own words (optional)"))
        self.effective_from = QDateEdit(QDate.currentDate())
        self.effective_from.setObjectName("limitFrom")
        self.effective_from.setCalendarPopup(True)
        form = QFormLayout()
        self.rows: dict[str, QLabel] = {}
        for key, text, widget in (("kind", self.tr("&Limit:"), self.kind), ("hour", self.tr("&After:"), self.hour),
                                  ("count", self.tr("At &most:"), self.count), ("label", self.tr("In my &words:"), self.label),
                                  ("from", self.tr("&From:"), self.effective_from)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.rows[key] = label
            form.addRow(label, widget)
        self.error = error_label()
        note = paragraph(self.tr("Your limits are yours: change them when you need to. Earlier weeks keep "
                                 "the limit that was in force then."))
        note.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._update_rows)
        if limit is not None:
            self.kind.setCurrentIndex(self.kind.findData(limit.kind))
            self.kind.setEnabled(False)
            if limit.hour is not None:
                self.hour.setTime(QTime(limit.hour.hour, limit.hour.minute))
            if limit.count is not None:
                self.count.setValue(limit.count)
            self.label.setText(limit.label)
        self._update_rows()
        self.setMinimumWidth(480)

    def _update_rows(self) -> None:
        kind = self.kind.currentData()
        for key, widget, visible in (("hour", self.hour, kind == NO_CONTACT_AFTER),
                                     ("count", self.count, kind in COUNTED_KINDS)):
            widget.setVisible(visible)
            self.rows[key].setVisible(visible)
        self.label.setPlaceholderText(self.tr("Required: the limit, in my own words") if kind == FREE_TEXT
                                      else self.tr("In my own words (optional)"))

    def accept(self) -> None:
        kind = self.kind.currentData()
        if kind == FREE_TEXT and not self.label.text().strip():
            self.error.setText(self.tr("Write this limit in your own words."))
            self.error.show()
            return
        self.chosen.emit({
            "kind": kind,
            "hour": self.hour.time().toPython() if kind == NO_CONTACT_AFTER else None,
            "count": self.count.value() if kind in COUNTED_KINDS else None,
            "label": self.label.text().strip(),
            "effective_from": self.effective_from.date().toPython(),
        })
        super().accept()


class LimitsView(StackPage):
    open_entry = Signal(str)
    failed = Signal(object)
    status = Signal(str)

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        """``in_steps``: the view is made by ``parts_to_build``, one part per ``next()`` (each
        under a frame), so that building it ahead never holds the window still."""
        super().__init__(parent)
        self.parts_to_build: Iterator[None] = self._build_parts(worker)
        if not in_steps:
            for _part in self.parts_to_build:
                pass

    def _build_parts(self, worker: JournalWorker) -> Iterator[None]:
        self.setObjectName("limitsView")
        self._worker = worker
        self._limits: list[LimitRecord] = []
        # The page's frame first, then each card in place: a part then costs what it adds (a whole
        # page put into place at once is restyled at once). The cards join the page in reading
        # order, which is the Tab order.
        self.header = PageHeader(self.tr("My limits"), self.tr(
            "Limits you set yourself, for yourself: Carnet shows quietly when one was crossed, "
            "to notice it, not to judge it."))
        # The limits and when they were crossed side by side; the weeks below, across the page.
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(3 * UNIT, 2 * UNIT, 3 * UNIT, 3 * UNIT)
        grid.setHorizontalSpacing(2 * UNIT)
        grid.setVerticalSpacing(2 * UNIT)
        grid.addWidget(self.header, 0, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = quiet_scroll(content, wraps=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        yield
        self.list = QListWidget()
        self.list.setObjectName("limitList")
        self.list.setAccessibleName(self.tr("My limits"))
        self.list.setWordWrap(True)
        self.list.setSpacing(UNIT // 2)
        _fit_to_rows(self.list)
        self.empty_hint = paragraph(self.tr(
            "No limit yet. A limit can be \u201cno contacts after 8 p.m.\u201d or \u201cat most two off-hours "
            "contacts a week\u201d: set one when you feel the need."))
        self.empty_hint.setObjectName("limitsEmpty")
        self.add_button = QPushButton(self.tr("&Add a limit…"))
        self.add_button.setObjectName("addLimit")
        self.change_button = QPushButton(self.tr("C&hange…"))
        self.end_button = QPushButton(self.tr("&No longer in force"))
        for button in (self.change_button, self.end_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(UNIT)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        self.limits_card = Card(self.tr("Your limits"))
        self.limits_card.body.addWidget(self.list)
        self.limits_card.body.addWidget(self.empty_hint)
        self.limits_card.body.addLayout(buttons)
        self.limits_card.body.addStretch(1)
        grid.addWidget(self.limits_card, 1, 0)
        yield

        self.crossings = QListWidget()
        self.crossings.setObjectName("limitCrossings")
        self.crossings.setAccessibleName(self.tr("When my limits were crossed, newest first"))
        self.crossings.setWordWrap(True)
        self.crossings.setSpacing(UNIT // 2)
        _fit_to_rows(self.crossings)
        open_hint = paragraph(self.tr("Press Enter or double-click to open the entry."))
        open_hint.setProperty("role", "hint")
        self.crossings_card = Card(self.tr("When, and with which entries"))
        self.crossings_card.body.addWidget(self.crossings)
        self.crossings_card.body.addWidget(open_hint)
        self.crossings_card.body.addStretch(1)
        grid.addWidget(self.crossings_card, 1, 1)
        yield

        self.history = QTableWidget()
        self.history.setObjectName("limitHistory")
        self.history.setAccessibleName(self.tr("Weekly history of my limits"))
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)  # Tab moves on; arrows move inside
        self.history.setCornerButtonEnabled(False)  # nothing to select all in a read-only table
        # Light rules: no grid, the weeks and the limits named in quiet headers.
        self.history.setShowGrid(False)
        self.history.setAlternatingRowColors(False)
        self.history.horizontalHeader().setHighlightSections(False)
        self.history.verticalHeader().setHighlightSections(False)
        self.history.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 2 * UNIT)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # As tall as its rows, no taller: the card ends where the weeks end.
        self.history.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        # Never squeezed either: with a large system font the page scrolls rather than the table.
        self.history.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # Limit names can be long (in French above all): a fixed width, elided, the full name
        # in the list above and as tooltip, so the newest weeks stay in view.
        self.history.verticalHeader().setMaximumWidth(40 * UNIT)
        self.history.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # a header's own: none by default
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        legend = paragraph(self.tr("Each week: how many times the limit was crossed, next to the limit then in "
                                   "force; empty when the limit was not in force."))
        legend.setProperty("role", "hint")
        self.history_card = Card(self.tr("The last twelve weeks"))
        self.history_card.body.addWidget(self.history)
        self.history_card.body.addWidget(legend)
        grid.addWidget(self.history_card, 2, 0, 1, 2)
        self._show_empty(True)

        self.add_button.clicked.connect(lambda: self._open_dialog(None))
        self.change_button.clicked.connect(lambda: self._open_dialog(self._selected()))
        self.end_button.clicked.connect(self._end_selected)
        self.list.currentRowChanged.connect(self._on_selection)
        self.crossings.itemActivated.connect(
            lambda item: item.data(UuidRole) and self.open_entry.emit(item.data(UuidRole)))

    def _show_empty(self, empty: bool) -> None:
        """No limit yet: one calm sentence and one action, nothing else."""
        self.empty_hint.setVisible(empty)
        for widget in (self.list, self.change_button, self.end_button, self.history_card, self.crossings_card):
            widget.setVisible(not empty)

    def refresh(self) -> None:
        def work(holder: JournalHolder) -> tuple[list[LimitRecord], list[LimitWeeks], list[Crossing]]:
            store = LimitStore(holder.require().database)
            today = date.today()
            return store.list(), store.weekly_history(HISTORY_WEEKS), store.crossings(
                today - timedelta(weeks=HISTORY_WEEKS), today)

        self._worker.submit(work, lambda result: self._fill(*result), self.failed.emit)

    def _fill(self, limits: list[LimitRecord], history: list[LimitWeeks], crossings: list[Crossing]) -> None:
        self._limits = limits
        selected = self._selected().uuid if self._selected() else None
        came_in_empty = self.list.isHidden() and self.add_button.hasFocus()
        self.list.clear()
        today = date.today()
        for limit in limits:
            text = describe(limit)
            if not limit.in_force(today):
                text += " " + self.tr("(no longer in force)")
            if not limit.measured:
                text += " " + self.tr("— ticked by hand on an entry")
            item = QListWidgetItem(text)
            item.setData(UuidRole, limit.uuid)
            self.list.addItem(item)
            if limit.uuid == selected:
                self.list.setCurrentItem(item)
        self._show_empty(not limits)
        if limits and came_in_empty:
            # Shown before its limits came, the page gave the focus to the one button then shown:
            # now as when shown filled, the list has the focus and its first limit is chosen.
            self.list.setFocus()
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
        if self.isVisible():
            self._fill_history(history)
            self._fill_crossings(crossings)
            return
        # Filled ahead of need (hidden): the history and the crossings each in a pass of its own
        # (together 10-13 ms at 1,000 entries); dropped if a newer fill, or locking, came first.
        fair_single_shot(1, self, lambda: self._fill_history(history) if self._limits is limits else None)
        fair_single_shot(1, self, lambda: self._fill_crossings(crossings) if self._limits is limits else None)

    def _fill_crossings(self, crossings: list[Crossing]) -> None:
        self.crossings.clear()
        locale = QLocale()
        for crossing in sorted(crossings, key=lambda c: c.last_day, reverse=True):
            if crossing.period:
                text = self.tr("%1: %2 — %3, limit %4").replace("%1", crossing.period).replace(
                    "%2", describe_label(crossing)).replace("%3", str(crossing.observed)).replace(
                    "%4", str(crossing.allowed))
                uuid = crossing.beyond[0] if crossing.beyond else (crossing.entries[-1] if crossing.entries else None)
            else:
                when = locale.toString(QDate(crossing.first_day), QLocale.FormatType.ShortFormat)
                text = self.tr("%1: %2").replace("%1", when).replace("%2", describe_label(crossing))
                uuid = crossing.entry_uuid
            item = QListWidgetItem(text)
            item.setData(UuidRole, uuid)
            self.crossings.addItem(item)
        if not crossings:
            self.crossings.addItem(QListWidgetItem(self.tr("No limit crossed in these weeks.")))

    def _fill_history(self, history: list[LimitWeeks]) -> None:
        self.history.clear()
        # A soft tint of the theme's highlight, never an alarm red; the words and the bold say it.
        tint = self.palette().color(QPalette.ColorRole.Highlight)
        tint.setAlpha(60)
        weeks = history[0].weeks if history else ()
        self.history.setColumnCount(len(weeks))
        self.history.setRowCount(len(history))
        self.history.setHorizontalHeaderLabels(
            [self.tr("W%1", "ISO week number").replace("%1", week.week.split("-W")[1]) for week in weeks])
        self.history.setVerticalHeaderLabels([describe(row.limit) for row in history])
        for row, limit_weeks in enumerate(history):
            self.history.verticalHeaderItem(row).setToolTip(describe(limit_weeks.limit))
        for row, limit_weeks in enumerate(history):
            for column, week in enumerate(limit_weeks.weeks):
                if not week.in_force:
                    text = ""
                elif week.allowed is not None:
                    text = self.tr("%1 / %2").replace("%1", str(week.observed)).replace("%2", str(week.allowed))
                else:
                    text = str(week.over) if week.over else "·"
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                monday = QLocale().toString(QDate(week.monday), QLocale.FormatType.ShortFormat)
                if week.crossed:
                    # Tinted, and bold too: the tint alone would not reach everyone.
                    item.setBackground(QBrush(tint))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Week of %1: crossed").replace("%1", monday))
                else:
                    item.setToolTip(self.tr("Week of %1").replace("%1", monday))
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.toolTip())  # read with the cell
                self.history.setItem(row, column, item)

    def _selected(self) -> LimitRecord | None:
        item = self.list.currentItem()
        uuid = item.data(UuidRole) if item else None
        return next((limit for limit in self._limits if limit.uuid == uuid), None)

    def _on_selection(self, _row: int) -> None:
        limit = self._selected()
        self.change_button.setEnabled(limit is not None)
        self.end_button.setEnabled(limit is not None and limit.in_force(date.today()))

    def _open_dialog(self, limit: LimitRecord | None) -> None:
        dialog = LimitDialog(limit, self)
        dialog.chosen.connect(lambda values: self._save(limit, values))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _save(self, limit: LimitRecord | None, values: dict) -> None:  # type: ignore[type-arg]
        def work(holder: JournalHolder) -> None:
            store = LimitStore(holder.require().database)
            if limit is None:
                store.add(values["kind"], hour=values["hour"], count=values["count"], label=values["label"],
                          effective_from=values["effective_from"])
            else:
                store.change(limit.uuid, values["effective_from"], label=values["label"], hour=values["hour"],
                             count=values["count"], active=True)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(), self.failed.emit)

    def _end_selected(self) -> None:
        limit = self._selected()
        if limit is None:
            return

        def work(holder: JournalHolder) -> None:
            LimitStore(holder.require().database).end(limit.uuid)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(), self.failed.emit)

    def _after_change(self) -> None:
        self.status.emit(self.tr("Saved"))
        self.refresh()

    def clear(self) -> None:
        self._limits = []
        self.list.clear()
        self.history.clear()
        self.history.setRowCount(0)
        self.history.setColumnCount(0)
        self.crossings.clear()
        self._show_empty(True)


def _fit_to_rows(view: QListWidget) -> None:
    """A short list as tall as its rows, within reason: the card ends where the list ends."""
    view.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # the page scrolls, not the list
    line = view.fontMetrics().height() + UNIT
    view.setMinimumHeight(line * 4)  # a wrapped row is measured before its width is known: room for it
    view.setMaximumHeight(line * 10)


def describe_label(crossing: Crossing) -> str:
    return labels.limit_description(crossing.kind, crossing.label, crossing.version.hour, crossing.version.count)
