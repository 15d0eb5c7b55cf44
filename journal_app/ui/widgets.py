"""Small reusable widgets: page frame, passphrase fields with a strength meter, busy line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFocusEvent, QFont, QIcon, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from journal_app.core import timeline
from journal_app.core.passphrase import MIN_LENGTH, Strength, acceptable, estimate
from journal_app.core.timeline import NaturalMoment, natural_moments, parse_moment
from journal_app.ui.theme import TYPE_SCALE

PAGE_WIDTH = 620
PAGE_WIDTH_CHARS = 100  # with a large system font the column widens with the text


def high_contrast() -> bool:
    """Whether the high-contrast look is on (app.apply_theme says so on the application)."""
    application = QApplication.instance()
    return bool(application is not None and application.property("carnetHighContrast"))


def paint_icon(painter: QPainter, icon: QIcon, rect: QRect, text_colour: QColor) -> None:
    """Draws a flag's icon in the colour of the text beside it (a selected row's too): its
    shape, not its colour, tells the flags apart."""
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    tinted = icon.pixmap(rect.size(), ratio)
    tint = QPainter(tinted)
    tint.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    tint.fillRect(tinted.rect(), text_colour)
    tint.end()
    painter.drawPixmap(rect, tinted)


def opening_size(dialog: QWidget, width: int, height: int) -> QSize:
    """The size a dialog opens at: the designed size, grown when a larger system font needs
    more room, never larger than the screen."""
    wanted = dialog.sizeHint().expandedTo(QSize(width, height))
    screen = dialog.screen()
    return wanted.boundedTo(screen.availableSize()) if screen is not None else wanted


def heading(text: str = "", level: int = 1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * TYPE_SCALE["page-title" if level == 1 else "card-title"])
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label(object_name: str = "errorMessage") -> QLabel:
    """Where a page or dialog says what went wrong: hidden until there is something to say.
    The style sheet gives it a calm tint; the words carry the meaning."""
    label = paragraph()
    label.setObjectName(object_name)
    label.setProperty("role", "error")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class SteadyLabel(QLabel):
    """A wrapped hint whose messages come and go: it keeps the height of the longest one it
    may show, so changing its text never moves the controls around it (a click meant for a
    field would land elsewhere)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._reserved: tuple[str, ...] = ()

    def reserve(self, *texts: str) -> None:
        """The messages this label may show: room is kept for the tallest."""
        self._reserved = texts
        self._keep_room()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_room()

    def _keep_room(self) -> None:
        # A minimum height, which every layout honours (a height-for-width is lost on the way
        # up through splitters and stacks), recomputed when the width changes.
        margins = self.contentsMargins()
        inner = max(1, self.width() - margins.left() - margins.right() - 2 * self.margin())
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        tallest = max((self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), flags, text).height()
                       for text in self._reserved), default=0)
        room = tallest + margins.top() + margins.bottom() + 2 * self.margin()
        if room != self.minimumHeight():
            self.setMinimumHeight(room)


def _qdatetime(when: datetime) -> QDateTime:
    return QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))


class MomentField(QWidget):
    """A date and time as a worker thinks of it, for the quick log and the entry's details
    alike: typed as people type it ("21:30" keeps the day, "6/12 21:30", "hier 21h30",
    "dimanche soir"), or picked among the moments of the past week (Down and Up step through
    them, Alt+Down lists them) or on a calendar. The line under it says in words what was
    understood, or how to write it. Emits ``changed`` when the person changes the moment."""

    changed = Signal()

    def __init__(self, clock: Callable[[], datetime] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._value = self.now()
        self._base = self._value  # what "21:30" or "hier" completes while the person types
        self._step = -1  # the moment Down/Up last chose
        self.edit = QLineEdit()
        self.edit.setObjectName("momentText")
        self.edit.installEventFilter(self)
        self.choose_button = QToolButton()
        self.choose_button.setObjectName("momentChoices")
        self.choose_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the text
        self.choose_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.choose_button)
        self.menu.setObjectName("momentMenu")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.choose_button.setMenu(self.menu)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("momentCalendar")
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._on_day_picked)
        self.calendar.activated.connect(self._on_day_picked)
        self.calendar_menu = QMenu(self)
        self.calendar_menu.setObjectName("momentCalendarPopup")
        calendar_action = QWidgetAction(self.calendar_menu)
        calendar_action.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(calendar_action)
        self.feedback = SteadyLabel()
        self.feedback.setObjectName("momentFeedback")
        self.feedback.setProperty("role", "hint")
        self.feedback.reserve(self._not_understood())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        self.edit.textEdited.connect(self._on_typed)
        self.edit.editingFinished.connect(self._on_typing_done)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.choose_button.setToolTip(self.tr("Choose a moment: earlier today, yesterday evening, last Sunday evening… (Alt+Down)"))
        self.choose_button.setAccessibleName(self.tr("Choose a moment"))
        self.edit.setToolTip(self._hint())

    def _not_understood(self) -> str:
        return self.tr("Not understood: try 21:30, 6/12 21:30 or yesterday 21:30")

    def _hint(self) -> str:
        return self.tr("Type for instance 21:30, 6/12 21:30 or yesterday 21:30; Down and Up step through recent moments.")

    # ----- value

    def now(self) -> datetime:
        # The module's clock is read at each call, so a test can set the time of the evening.
        return (self._clock or timeline.local_now)().replace(second=0, microsecond=0)

    def value(self) -> datetime:
        return self._value

    def set_value(self, when: datetime) -> None:
        """Show a moment (loading an entry): not a change by the person."""
        self._value = self._base = when.replace(second=0, microsecond=0)
        self._step = -1
        self._show()

    def _choose(self, when: datetime) -> None:
        self._value = self._base = when.replace(second=0, microsecond=0)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        # Short enough for a narrow window; the line under it gives the weekday in words.
        self.edit.setText(QLocale().toString(_qdatetime(self._value), "dd/MM/yyyy HH:mm"))
        self._say(self._value)

    def _say(self, when: datetime | None) -> None:
        # In words only: an error style's padding would change the line's height.
        if when is None:
            self.feedback.setText(self._not_understood())
        else:
            self.feedback.setText(QLocale().toString(_qdatetime(when), "dddd d MMMM yyyy, HH:mm"))
        self.edit.setAccessibleDescription(self.feedback.text())

    # ----- typing

    def _on_typed(self, text: str) -> None:
        when = parse_moment(text, self.now(), self._base)
        self._say(when)
        # Not understood (yet): the moment held before this typing began, never a half-typed one.
        chosen = self._base if when is None else when
        if chosen != self._value:
            self._value = chosen
            self._step = -1
            self.changed.emit()

    def _on_typing_done(self) -> None:
        if parse_moment(self.edit.text(), self.now(), self._base) is not None:
            self._base = self._value
            self._show()
        # Not understood: the text stays, with the message under it, until it is corrected.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_Down and alt:
                self.choose_button.showMenu()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not alt:
                moments = natural_moments(self.now())
                step = self._step + (1 if key == Qt.Key.Key_Down else -1)
                self._step = max(0, min(len(moments) - 1, step))
                self._choose(moments[self._step].when)
                return True
        return super().eventFilter(watched, event)

    # ----- choosing

    def describe(self, moment: NaturalMoment) -> str:
        """A moment in the worker's words: "Yesterday evening, 19:00"."""
        at = QLocale().toString(QTime(moment.when.hour, moment.when.minute), QLocale.FormatType.ShortFormat)
        words = {
            "now": self.tr("Now"),
            "hour_ago": self.tr("An hour ago, %1"),
            "this_evening": self.tr("This evening, %1"),
            "this_afternoon": self.tr("This afternoon, %1"),
            "this_morning": self.tr("This morning, %1"),
            "yesterday_evening": self.tr("Yesterday evening, %1"),
        }
        if moment.key in words:
            return words[moment.key].replace("%1", at)
        day = QLocale().dayName(moment.when.isoweekday(), QLocale.FormatType.LongFormat)
        return self.tr("%1 evening, %2").replace("%1", day[:1].upper() + day[1:]).replace("%2", at)

    def _fill_menu(self) -> None:
        self.menu.clear()
        for moment in natural_moments(self.now()):
            action = self.menu.addAction(self.describe(moment))
            action.triggered.connect(lambda _checked=False, when=moment.when: self._choose(when))
        self.menu.addSeparator()
        pick = self.menu.addAction(self.tr("Another day, on the calendar…"))
        pick.setObjectName("momentPickDay")
        pick.triggered.connect(self.open_calendar)

    def open_calendar(self) -> None:
        """The calendar under the field, wide and tall enough for every day name and row."""
        self.calendar.setSelectedDate(QDate(self._value.year, self._value.month, self._value.day))
        self.calendar.setMaximumDate(QDate.currentDate().addYears(1))
        self.calendar.setMinimumSize(calendar_size(self.calendar))
        self.calendar_menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    def _on_day_picked(self, day: QDate) -> None:
        self.calendar_menu.hide()
        self._choose(timeline.at_local(day.toPython(), self._value.time()))
        self.edit.setFocus()


def calendar_size(calendar: QCalendarWidget) -> QSize:
    """Room for a month: the longest short day name of the language in each column and six
    week rows under the navigation bar (Qt's own hint cuts "sam." and the last row once the
    style sheet pads the buttons)."""
    metrics = calendar.fontMetrics()
    locale = calendar.locale()
    names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    column = max(metrics.horizontalAdvance(text) for text in [*names, "00"]) + metrics.averageCharWidth() * 3
    row = metrics.height() + 10
    navigation = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    bar = navigation.sizeHint().height() if navigation is not None else row + 12
    table = calendar.findChild(QTableView)
    frame = 2 * table.frameWidth() if table is not None else 4
    hint = calendar.sizeHint()
    return QSize(max(hint.width(), 7 * column + frame + 4), max(hint.height(), bar + 7 * row + frame + 4))


class CenteredPage(QScrollArea):
    """A calm single column in the middle of the window; scrolls if the window is small."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Only its controls take the focus: Tab never stops on the unnamed frame (the area still
        # scrolls to show the focused control).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.addStretch(1)
        from journal_app.ui.components import UNIT  # components builds on this module

        # The column is a card on the quiet window colour: one sheet of paper, nothing around it.
        self.column = QFrame()
        self.column.setProperty("role", "card")
        self.column.setMaximumWidth(max(PAGE_WIDTH, self.fontMetrics().averageCharWidth() * PAGE_WIDTH_CHARS))
        self.column.setMinimumWidth(min(PAGE_WIDTH, 420))
        self.layout_ = QVBoxLayout(self.column)
        self.layout_.setContentsMargins(4 * UNIT, 4 * UNIT, 4 * UNIT, 3 * UNIT)
        self.layout_.setSpacing(2 * UNIT)
        outer_layout.addWidget(self.column, 12)  # on a small window the card takes nearly all the width
        outer_layout.addStretch(1)
        wrapper = QWidget()
        wrapper_layout = QVBoxLayout(wrapper)
        wrapper_layout.addStretch(1)
        wrapper_layout.addWidget(outer)
        wrapper_layout.addStretch(2)
        self.setWidget(wrapper)
        self._first_focus: QWidget | None = None

    def set_first_focus(self, widget: QWidget) -> None:
        """The control that takes the focus when the page is shown. Not a focus proxy: Qt makes
        a proxy the page's stop in the Tab order, so Tab, wrapping round, would jump to it and
        skip the controls above it."""
        self._first_focus = widget

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._first_focus is not None:
            self._first_focus.setFocus(event.reason())
        else:
            super().focusInEvent(event)


class BusyLine(QWidget):
    """An indeterminate progress bar with a sentence saying what is happening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = paragraph()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class PassphraseFields(QWidget):
    """New passphrase, typed twice, with a strength meter in words (not colour alone)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("confirmPassphrase")
        self.meter = QProgressBar()
        self.meter.setRange(0, int(Strength.VERY_STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = paragraph()
        self.verdict.setObjectName("strengthVerdict")
        # Two lines always reserved: a form row otherwise squeezes a wrapped label in half.
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().lineSpacing() * 2 + 4)
        self.show_text = QCheckBox()
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        meter_box = QVBoxLayout()
        meter_box.addWidget(self.meter)
        meter_box.addWidget(self.verdict)
        form.addRow("", meter_box)
        form.addRow("", self.show_text)
        self.first.textChanged.connect(self._on_text_changed)
        self.second.textChanged.connect(self._on_text_changed)
        self.show_text.toggled.connect(self._on_show_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Again:"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("New passphrase, again"))
        self.first.setPlaceholderText(self.tr("A sentence only you know, at least %n characters", "", MIN_LENGTH))
        self.show_text.setText(self.tr("&Show what I type"))
        self._on_text_changed()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None."""
        if not acceptable(self.first.text()):
            return self.tr("Choose a longer passphrase: several words make a strong and memorable one.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_text.setChecked(False)

    def _on_text_changed(self) -> None:
        strength = estimate(self.first.text())
        self.meter.setValue(int(strength))
        words = {
            Strength.TOO_SHORT: self.tr("Too short"),
            Strength.WEAK: self.tr("Weak: easy to guess"),
            Strength.FAIR: self.tr("Fair"),
            Strength.STRONG: self.tr("Strong"),
            Strength.VERY_STRONG: self.tr("Very strong"),
        }
        text = self.tr("Strength: %1").replace("%1", words[strength]) if self.first.text() else ""
        if self.second.text() and self.second.text() != self.first.text():
            text += ("\n" if text else "") + self.tr("The two passphrases are not the same yet.")
        self.verdict.setText(text)
        self.changed.emit()

    def _on_show_toggled(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)


class WaitsWhileBusy:
    """For a dialog whose ``busy`` line shows work the person waits for (a backup, a change of
    key): Escape and the window's close button do nothing meanwhile. Locking still closes the
    dialog: the worker finishes the work before it closes the journal. Put it before QDialog."""

    busy: BusyLine

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.busy.isVisible():
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy.isVisible():
            event.ignore()
            return
        super().closeEvent(event)  # type: ignore[misc]
