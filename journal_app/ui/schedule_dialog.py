"""Your working hours: Carnet uses them to tell which contacts were outside them.

A range may cross midnight (22:00-06:00): it belongs to the day it starts on (core/schedule.py).

The schedule lives inside the encrypted journal, with its history: a change applies from a
date on, and earlier entries keep being judged by the schedule that was in force then.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import InvalidInput
from journal_app.core.holidays import belgian_holidays, holiday_name
from journal_app.core.schedule import WEEKDAYS, LeavePeriod, TimeRange, WeeklySchedule
from journal_app.ui.components import quiet_scroll
from journal_app.ui.widgets import error_label, opening_size

EARLIEST = date(2000, 1, 1)  # "all my entries": the first schedule applies to the past too

PRESETS = {
    "full": {day: ("08:30-12:30", "13:30-17:00") for day in WEEKDAYS[:5]},
    "four_fifths": {day: ("08:30-12:30", "13:30-17:00") for day in ("mon", "tue", "thu", "fri")},
    "half": {day: ("08:30-12:30",) for day in WEEKDAYS[:5]},
}


class ScheduleDialog(QDialog):
    """Emits ``schedule_chosen(schedule, effective_from)``; the window saves it on the worker."""

    schedule_chosen = Signal(object, object)

    def __init__(self, current: WeeklySchedule | None, language: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setWindowTitle(self.tr("Working hours"))
        self._language = language
        self._today = today or date.today()
        self._first = current is None
        intro = QLabel(self.tr("Carnet uses your working hours to tell which contacts happened outside them. "
                               "Write each day's hours as ranges, such as 08:30-12:30, 13:30-17:00; "
                               "leave a day empty when you do not work."))
        intro.setWordWrap(True)
        night = QLabel(self.tr("A range that ends before it starts, such as 22:00-06:00 on Friday, is a night: "
                               "it belongs to Friday and runs into Saturday morning."))
        night.setObjectName("scheduleNightHint")
        night.setProperty("role", "hint")
        night.setWordWrap(True)

        presets = QHBoxLayout()
        for key, text in (("full", self.tr("&Full time")), ("four_fifths", self.tr("4/5 (&Wednesday off)")),
                          ("half", self.tr("&Half time, mornings"))):
            button = QPushButton(text)
            button.setObjectName(f"preset_{key}")
            button.clicked.connect(lambda _c=False, k=key: self._apply_preset(k))
            presets.addWidget(button)
        presets.addStretch(1)

        days_box = QGroupBox(self.tr("Hours"))
        days_grid = QGridLayout(days_box)
        locale = QLocale()
        self.day_fields: dict[str, QLineEdit] = {}
        for row, name in enumerate(WEEKDAYS):
            field = QLineEdit()
            field.setObjectName(f"hours_{name}")
            field.setPlaceholderText(self.tr("day off"))
            day_name = locale.dayName(row + 1, QLocale.FormatType.LongFormat)
            field.setAccessibleName(self.tr("Working hours on %1").replace("%1", day_name))
            label = QLabel(day_name[:1].upper() + day_name[1:])
            label.setBuddy(field)
            days_grid.addWidget(label, row, 0)
            days_grid.addWidget(field, row, 1)
            self.day_fields[name] = field

        self.public_holidays = QCheckBox(self.tr("Belgian public holidays are days off"))
        self.public_holidays.setObjectName("publicHolidays")
        self.public_holidays.setChecked(True)
        self.holiday_list = QListWidget()
        self.holiday_list.setObjectName("holidayList")
        self.holiday_list.setAccessibleName(self.tr("Public holidays; untick one you work on"))
        self.holiday_list.setMaximumHeight(130)
        holidays_box = QGroupBox(self.tr("Public holidays"))
        holidays_layout = QVBoxLayout(holidays_box)
        holidays_layout.addWidget(self.public_holidays)
        holidays_layout.addWidget(self.holiday_list)

        leave_box = QGroupBox(self.tr("Leave"))
        self.leave_list = QListWidget()
        self.leave_list.setObjectName("leaveList")
        self.leave_list.setAccessibleName(self.tr("Leave periods"))
        self.leave_list.setMaximumHeight(90)
        self.leave_from = QDateEdit(QDate(self._today))
        self.leave_to = QDateEdit(QDate(self._today))
        for edit, name in ((self.leave_from, self.tr("First day of leave")), (self.leave_to, self.tr("Last day of leave"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        add_leave = QPushButton(self.tr("&Add leave"))
        remove_leave = QPushButton(self.tr("&Remove"))
        leave_row = QHBoxLayout()
        leave_row.addWidget(QLabel(self.tr("From")))
        leave_row.addWidget(self.leave_from)
        leave_row.addWidget(QLabel(self.tr("to")))
        leave_row.addWidget(self.leave_to)
        leave_row.addWidget(add_leave)
        leave_row.addWidget(remove_leave)
        leave_row.addStretch(1)
        leave_layout = QVBoxLayout(leave_box)
        leave_layout.addWidget(self.leave_list)
        leave_layout.addLayout(leave_row)

        applies_box = QGroupBox(self.tr("These hours apply to"))
        self.applies_all = QRadioButton(self.tr("All my entries, earlier ones too"))
        self.applies_from = QRadioButton(self.tr("Entries from this date on:"))
        self.effective_from = QDateEdit(QDate(self._today))
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setAccessibleName(self.tr("Date from which these hours apply"))
        (self.applies_all if self._first else self.applies_from).setChecked(True)
        applies_row = QHBoxLayout()
        applies_row.addWidget(self.applies_from)
        applies_row.addWidget(self.effective_from)
        applies_row.addStretch(1)
        applies_layout = QVBoxLayout(applies_box)
        applies_layout.addWidget(self.applies_all)
        applies_layout.addLayout(applies_row)
        note = QLabel(self.tr("Off-hours flags you set by hand are never changed."))
        note.setProperty("role", "hint")
        applies_layout.addWidget(note)

        self.error = error_label("scheduleError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(intro)
        content_layout.addWidget(night)
        content_layout.addLayout(presets)
        columns = QHBoxLayout()
        columns.addWidget(days_box, 1)
        right = QVBoxLayout()
        right.addWidget(holidays_box)
        right.addWidget(leave_box)
        columns.addLayout(right, 1)
        content_layout.addLayout(columns)
        content_layout.addWidget(applies_box)
        scroll = quiet_scroll(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(opening_size(self, 860, 640))

        add_leave.clicked.connect(self._add_leave)
        remove_leave.clicked.connect(lambda: self.leave_list.takeItem(self.leave_list.currentRow()))
        self.public_holidays.toggled.connect(self.holiday_list.setEnabled)
        self._fill(current)

    # ----- filling and reading

    def _fill(self, schedule: WeeklySchedule | None) -> None:
        if schedule is None:
            self._apply_preset("full")
            schedule = WeeklySchedule()
        else:
            for name in WEEKDAYS:
                self.day_fields[name].setText(", ".join(str(r) for r in schedule.hours_of(name)))
        self.public_holidays.setChecked(schedule.public_holidays)
        self.holiday_list.clear()
        removed = set(schedule.holidays_removed)
        locale = QLocale()
        for year in (self._today.year, self._today.year + 1):
            for day, holiday_id in sorted(belgian_holidays(year).items()):
                item = QListWidgetItem(f"{locale.toString(QDate(day), QLocale.FormatType.ShortFormat)}  "
                                       f"{holiday_name(holiday_id, self._language)}")
                item.setData(Qt.ItemDataRole.UserRole, day)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if day in removed else Qt.CheckState.Checked)
                self.holiday_list.addItem(item)
        self._extra_holidays = tuple(schedule.holidays_added)
        self._removed_elsewhere = tuple(d for d in removed if d.year not in (self._today.year, self._today.year + 1))
        self.leave_list.clear()
        for period in schedule.leave:
            self._add_leave_item(period)

    def _apply_preset(self, key: str) -> None:
        for name in WEEKDAYS:
            self.day_fields[name].setText(", ".join(PRESETS[key].get(name, ())))

    def _add_leave(self) -> None:
        first, last = self.leave_from.date().toPython(), self.leave_to.date().toPython()
        if last < first:
            first, last = last, first
        self._add_leave_item(LeavePeriod(first, last))

    def _add_leave_item(self, period: LeavePeriod) -> None:
        locale = QLocale()
        text = self.tr("%1 to %2").replace("%1", locale.toString(QDate(period.first), QLocale.FormatType.ShortFormat)) \
            .replace("%2", locale.toString(QDate(period.last), QLocale.FormatType.ShortFormat))
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, period)
        self.leave_list.addItem(item)

    def schedule(self) -> WeeklySchedule:
        """The schedule as typed. Raises InvalidInput naming what to correct."""
        hours = {}
        for name, field in self.day_fields.items():
            parts = [part for part in field.text().replace(";", ",").split(",") if part.strip()]
            try:
                hours[name] = tuple(TimeRange.parse(part) for part in parts)
            except InvalidInput as error:
                day = QLocale().dayName(WEEKDAYS.index(name) + 1, QLocale.FormatType.LongFormat)
                day = day[:1].upper() + day[1:]  # French and Dutch day names come in lower case
                raise InvalidInput(self.tr("%1: write the hours as ranges such as 08:30-12:30, 13:30-17:00.")
                                   .replace("%1", day)) from error
        removed = [self.holiday_list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.holiday_list.count())
                   if self.holiday_list.item(i).checkState() == Qt.CheckState.Unchecked]
        leave = [self.leave_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.leave_list.count())]
        return WeeklySchedule.from_weekdays(
            hours, leave=tuple(leave), public_holidays=self.public_holidays.isChecked(),
            holidays_added=self._extra_holidays, holidays_removed=tuple(removed) + self._removed_elsewhere)

    def effective_date(self) -> date:
        return EARLIEST if self.applies_all.isChecked() else self.effective_from.date().toPython()

    def accept(self) -> None:
        try:
            schedule = self.schedule()
        except InvalidInput as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.schedule_chosen.emit(schedule, self.effective_date())
        super().accept()
