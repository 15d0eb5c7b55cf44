"""The fortnightly check-in: the Copenhagen Burnout Inventory and Carnet's own questions on one
scrolling page, answered with the mouse or the keyboard in about three minutes, then the scores
as trends in plain words, and where to turn when they rise or stay high.

Wording rule (shared/WELLBEING.md): the scores are pointers for the worker's own reflection,
never a diagnosis; the results never call anyone "burnt out". The questions and the answer
labels come from the instrument's TOML in the journal's language, not from Qt's translations.

Also here, for the dashboard and the settings dialog: ``WhereToTurnWidget`` /
``WhereToTurnDialog`` (the list of people and services, at any time) and
``CheckinSettingsWidget`` (every N days, or off).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.checkins import (
    SCALES,
    AnswerOption,
    CheckinRecord,
    CheckinSettings,
    CheckinStore,
    HelpResource,
    Signal as ScoreSignal,
    Trend,
    extra_questions,
    instrument,
    where_to_turn,
)
from journal_app.core.errors import JournalError
from journal_app.ui.messages import error_text
from journal_app.ui.widgets import CenteredPage, error_label, heading, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker

TREND_CHECKINS = 6  # how many check-ins a scale's trend looks back over (the newest included)
QUESTIONS_WIDTH = 1040
RESULTS_WIDTH = 760
HELP_KINDS = ("at_work", "health", "portal", "crisis")  # the order of the sections in "where to turn"


def _alive(widget: QWidget) -> bool:
    """A worker result may arrive after the dialog was closed and deleted."""
    return shiboken6.isValid(widget)


def _hint(text: str = "") -> QLabel:
    label = paragraph(text)
    label.setProperty("role", "hint")
    return label


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _short_date(moment: datetime | date) -> str:
    day = moment.date() if isinstance(moment, datetime) else moment
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _whole(value: float) -> str:
    return QLocale().toString(round(value))


# --- one question, its answers in a row -------------------------------------------------------


class AnswerButton(QRadioButton):
    """One answer of one question. Clicking the chosen answer again clears it (the question is
    then skipped). The keys that move between questions or choose by number are left to the row."""

    ROW_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._was_checked = False
        # Qt never unchecks the checked button of an exclusive group on a click (nor calls
        # nextCheckState), so the second click is recognised from the state at the press.
        self.pressed.connect(self._on_pressed)
        self.clicked.connect(self._on_clicked)

    def _on_pressed(self) -> None:
        self._was_checked = self.isChecked()

    def _on_clicked(self) -> None:
        group = self.group()
        if self._was_checked and self.isChecked() and group is not None:
            group.setExclusive(False)  # an exclusive group refuses to have nothing checked
            self.setChecked(False)
            group.setExclusive(True)
        self._was_checked = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.ROW_KEYS or event.text().isdigit():
            event.ignore()  # goes up to the QuestionRow
            return
        super().keyPressEvent(event)


class OptionColumns:
    """The width of an answer column, shared by the header rows and the question rows so the
    answers line up in columns down the page, as on a paper questionnaire."""

    def __init__(self, reference: QWidget) -> None:
        metrics = reference.fontMetrics()
        self.width = max(92, metrics.horizontalAdvance("Dans une large") + 16)


class OptionHeader(QWidget):
    """The answer labels above a run of questions that share them."""

    def __init__(self, options: Sequence[AnswerOption], columns: OptionColumns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.addStretch(1)
        self.labels: list[QLabel] = []
        for number, option in enumerate(options, start=1):
            label = QLabel(option.label)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            label.setFixedWidth(columns.width)
            label.setProperty("role", "hint")
            label.setToolTip(self.tr("Key %1").replace("%1", str(number)))
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignBottom)
            self.labels.append(label)


class QuestionRow(QFrame):
    """A question and its answers (the instrument's option scores, or 0-4 for Carnet's own)."""

    changed = Signal()
    move_requested = Signal(int)  # +1: the next question, -1: the previous one

    def __init__(self, question_id: str, number: int, text: str, options: Sequence[AnswerOption],
                 columns: OptionColumns, shaded: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_id = question_id
        self.setObjectName(f"question_{question_id}")
        if shaded:  # every other row on a quiet band, so the eye follows the line to its answers
            self.setAutoFillBackground(True)
            self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = paragraph(f"{number}. {text}")
        self.label.setObjectName("questionText")
        self.group = QButtonGroup(self)
        self.buttons: list[AnswerButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        for index, option in enumerate(options):
            button = AnswerButton()
            button.setAccessibleName(option.label)
            button.setAccessibleDescription(text)
            button.setToolTip(option.label)
            button.setProperty("score", option.score)
            self.group.addButton(button, index)
            self.buttons.append(button)
            cell = QWidget()
            cell.setFixedWidth(columns.width)
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(cell)
        self.setFocusProxy(self.buttons[0])
        self.group.buttonToggled.connect(lambda _button, _checked: self.changed.emit())

    def value(self) -> int | None:
        index = self.group.checkedId()
        return None if index < 0 else int(self.buttons[index].property("score"))

    def set_value(self, score: int | None) -> None:
        if score is None:
            self.clear()
            return
        for button in self.buttons:
            if button.property("score") == score:
                button.setChecked(True)
                return
        raise ValueError(score)

    def choose(self, index: int) -> None:
        """Pick the answer in this column (0 is the leftmost), as a click would."""
        index = max(0, min(index, len(self.buttons) - 1))
        self.buttons[index].setChecked(True)
        self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        index = self.group.checkedId()
        if index >= 0:
            self.group.setExclusive(False)  # an exclusive group refuses to have nothing checked
            self.buttons[index].setChecked(False)
            self.group.setExclusive(True)

    def focus_answers(self) -> None:
        self.buttons[max(self.group.checkedId(), 0)].setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.group.checkedId()
        focused = next((i for i, b in enumerate(self.buttons) if b.hasFocus()), max(current, 0))
        if event.text().isdigit() and 1 <= int(event.text()) <= len(self.buttons):
            self.choose(int(event.text()) - 1)
            self.move_requested.emit(+1)  # answering by number goes on to the next question
        elif event.text() == "0" or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        elif key == Qt.Key.Key_Left:
            self.choose(focused - 1 if current >= 0 else focused)
        elif key == Qt.Key.Key_Right:
            self.choose(focused + 1 if current >= 0 else focused)
        elif key == Qt.Key.Key_Down:
            self.move_requested.emit(+1)
        elif key == Qt.Key.Key_Up:
            self.move_requested.emit(-1)
        else:
            super().keyPressEvent(event)


# --- where to turn ----------------------------------------------------------------------------


class WhereToTurnWidget(QWidget):
    """The people and services a worker can turn to (resources/help/where-to-turn.toml), by kind,
    crisis lines last and set apart. Phone numbers and addresses can be selected and copied."""

    def __init__(self, language: str, parent: QWidget | None = None, country: str = "BE",
                 crisis_first: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("whereToTurn")
        self.resources = where_to_turn(language, country)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        titles = {"at_work": self.tr("At work"), "health": self.tr("For your health"),
                  "portal": self.tr("To read more"), "crisis": self.tr("Crisis lines")}
        self.crisis_box: QFrame | None = None
        # Opened on its own, the list may be read by someone in distress: the crisis lines first.
        kinds = ("crisis", *HELP_KINDS[:-1]) if crisis_first else HELP_KINDS
        for kind in kinds:
            chosen = [resource for resource in self.resources if resource.kind == kind]
            if not chosen:
                continue
            section = QFrame()
            section_layout = QVBoxLayout(section)
            section_layout.setSpacing(8)
            title = heading(titles[kind], level=2)
            section_layout.addWidget(title)
            if kind == "crisis":
                section.setObjectName("crisisLines")
                section.setFrameShape(QFrame.Shape.StyledPanel)
                # Set apart by a marked card and its heading, not by an alarming colour.
                section.setProperty("role", "card-marked")
                section_layout.addWidget(paragraph(self.tr(
                    "If you are thinking about suicide, or your life or someone else's is in danger, "
                    "call one of these numbers now.")))
                self.crisis_box = section
            else:
                section_layout.setContentsMargins(0, 0, 0, 0)
            for resource in chosen:
                section_layout.addWidget(self._card(resource))
            layout.addWidget(section)
        checked = max((resource.checked for resource in self.resources), default="")
        self.checked_note = _hint(self.tr("Checked in %1. Numbers and websites can change.").replace(
            "%1", self._month(checked)) if checked else "")
        layout.addWidget(self.checked_note)

    def _card(self, resource: HelpResource) -> QWidget:
        card = QWidget()
        card.setObjectName(f"help_{resource.id}")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(_selectable(_bold(paragraph(resource.name))))
        layout.addWidget(_selectable(paragraph(resource.description)))
        if resource.note:
            layout.addWidget(_selectable(_hint(resource.note)))
        if resource.phone:
            languages = {"fr": self.tr("in French"), "nl": self.tr("in Dutch"), "en": self.tr("in English")}
            line = self.tr("Phone: %1").replace("%1", resource.phone)
            if resource.language in languages:
                line += " (" + languages[resource.language] + ")"
            phone = _selectable(paragraph(line))
            phone.setObjectName("phone")
            layout.addWidget(phone)
        if resource.url:
            link = _selectable(paragraph(self.tr("Website: %1").replace("%1", resource.url)))
            link.setObjectName("website")
            layout.addWidget(link)
        return card

    @staticmethod
    def _month(checked: str) -> str:
        try:
            year, month = (int(part) for part in checked.split("-")[:2])
        except ValueError:
            return checked
        return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")

    def text(self) -> str:
        """Every word shown, for tests and screen readers' summaries."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


class WhereToTurnDialog(QDialog):
    """"Where to turn" on its own, for the dashboard's help button. Shown with open()."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whereToTurnDialog")
        self.setWindowTitle(self.tr("Where to turn"))
        intro = paragraph(self.tr(
            "You do not have to wait until things are bad to talk about them. These people and services "
            "can listen, and help you find a way forward."))
        self.where = WhereToTurnWidget(language, crisis_first=True)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(intro)
        column_layout.addSpacing(6)
        column_layout.addWidget(self.where)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.windowTitle())  # focusable so the arrow keys scroll it
        scroll.setWidget(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(opening_size(self, 680, 600))


# --- the settings -----------------------------------------------------------------------------


class CheckinSettingsWidget(QWidget):
    """Every N days (14 by default), or off. ``load()`` reads the journal's setting, ``save()``
    writes it (both on the worker); the settings dialog calls them."""

    loaded = Signal(object)  # CheckinSettings
    saved = Signal(object)  # CheckinSettings
    failed = Signal(object)  # JournalError

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinSettings")
        self._worker = worker
        self.every = QSpinBox()
        self.every.setObjectName("checkinEveryDays")
        self.every.setRange(1, 365)
        self.every.setValue(CheckinSettings().every_days)
        self.every.setAccessibleName(self.tr("Offer a check-in every this many days"))
        self.off = QCheckBox(self.tr("&No check-ins"))
        self.off.setObjectName("checkinOff")
        self.label = QLabel(self.tr("Check-in &every:"))
        self.label.setBuddy(self.every)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.every)
        layout.addSpacing(12)
        layout.addWidget(self.off)
        layout.addStretch(1)
        self.every.valueChanged.connect(self._update_suffix)
        self.off.toggled.connect(lambda off: self.every.setEnabled(not off))
        self._update_suffix(self.every.value())

    def settings(self) -> CheckinSettings:
        return CheckinSettings(enabled=not self.off.isChecked(), every_days=self.every.value())

    def show_settings(self, settings: CheckinSettings) -> None:
        self.every.setValue(settings.every_days)
        self.off.setChecked(not settings.enabled)

    def load(self) -> None:
        def done(settings: CheckinSettings) -> None:
            if _alive(self):
                self.show_settings(settings)
                self.loaded.emit(settings)

        self._worker.submit(lambda holder: CheckinStore(holder.require().database).settings(), done, self._on_failed)

    def save(self) -> None:
        wanted = self.settings()

        def work(holder: JournalHolder) -> CheckinSettings:
            journal = holder.require()
            settings = CheckinStore(journal.database).set_settings(enabled=wanted.enabled, every_days=wanted.every_days)
            journal.save_if_changed()
            return settings

        def done(settings: CheckinSettings) -> None:
            if _alive(self):
                self.saved.emit(settings)

        self._worker.submit(work, done, self._on_failed)

    def _on_failed(self, error: JournalError) -> None:
        if _alive(self):
            self.failed.emit(error)

    def _update_suffix(self, value: int) -> None:
        self.every.setSuffix(self.tr(" day(s)", "", value))


# --- the dialog -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinOutcome:
    """What the results page shows, gathered on the worker right after saving."""

    record: CheckinRecord
    previous: CheckinRecord | None
    trends: dict[str, Trend]
    signals: list[ScoreSignal]
    suggest_talking: bool


@dataclass(frozen=True)
class CheckinContext:
    """What the first page says: the interval, and when the last check-in was."""

    settings: CheckinSettings
    last_taken_at: datetime | None


def _record_and_save(holder: JournalHolder, answers: Mapping[str, int | None],
                     extra: Mapping[str, int | None]) -> CheckinOutcome:
    journal = holder.require()
    store = CheckinStore(journal.database)
    record = store.record(answers, extra)
    try:
        journal.save()
    except BaseException:
        # Not on disk, so not kept in memory either: trying again must not count it twice.
        store.delete(record.uuid)
        raise
    history = store.history(record.taken_at)
    return CheckinOutcome(
        record=record,
        previous=history[-2] if len(history) >= 2 else None,
        trends={scale: store.trend(scale, TREND_CHECKINS, record.taken_at) for scale in SCALES},
        signals=store.signals(record.taken_at),
        suggest_talking=store.suggest_talking(record.taken_at),
    )


class CheckinDialog(QDialog):
    """Three pages: what this is, the questions, the results. Nothing is stored before "Save";
    closing at any point before that simply closes. Shown with ``open()``."""

    recorded = Signal()
    failed = Signal(object)  # JournalError

    def __init__(self, worker: JournalWorker, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinDialog")
        self.setWindowTitle(self.tr("Check-in"))
        self._worker = worker
        self._language = language
        self.instrument = instrument(language)
        self.extras = extra_questions(language)
        self.outcome: CheckinOutcome | None = None
        self.where: WhereToTurnWidget | None = None
        self._saving = False

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_intro())
        self.pages.addWidget(self._build_questions())
        self.pages.addWidget(self._build_results_frame())
        self.pages.currentChanged.connect(self._on_page_changed)

        self.error = error_label()
        self.progress = QProgressBar()
        self.progress.setObjectName("checkinProgress")
        self.progress.setRange(0, len(self.rows))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setMaximumWidth(220)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("checkinProgressText")

        self.cancel_button = QPushButton(self.tr("Not now"))
        self.cancel_button.setObjectName("checkinCancel")
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setObjectName("checkinStart")
        self.save_button = QPushButton(self.tr("&Save my answers"))
        self.save_button.setObjectName("checkinSave")
        self.save_button.setToolTip(self.tr("Save my answers (Ctrl+Enter)"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("checkinClose")
        self.help_button = QPushButton(self.tr("&Where to turn"))
        self.help_button.setObjectName("checkinWhereToTurn")
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.start_button.clicked.connect(self.start)
        self.save_button.clicked.connect(self.save)
        self.help_button.clicked.connect(self.open_where_to_turn)
        for shortcut in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(shortcut, self, self._on_save_shortcut)

        footer = QHBoxLayout()
        footer.addWidget(self.progress_label)
        footer.addWidget(self.progress)
        footer.addStretch(1)
        for button in (self.help_button, self.cancel_button, self.start_button, self.save_button, self.close_button):
            footer.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(footer)

        self._update_progress()
        self._on_page_changed(0)
        self.setMinimumSize(640, 460)
        self.resize(opening_size(self, 960, 620))
        self._load_context()

    # ----- page 1: what this is

    def _build_intro(self) -> QWidget:
        page = CenteredPage()
        page.setObjectName("checkinIntro")
        column = page.layout_
        column.addWidget(heading(self.tr("How are you doing?")))
        self.interval_text = paragraph()
        self.interval_text.setObjectName("checkinInterval")
        column.addWidget(self.interval_text)
        self.privacy_text = paragraph(self.tr(
            "Your answers are private: they stay in your encrypted journal, and Carnet never sends them anywhere."))
        column.addWidget(self.privacy_text)
        column.addWidget(paragraph(self.instrument.intro))
        self.last_text = paragraph()
        self.last_text.setObjectName("checkinLast")
        self.last_text.hide()
        column.addWidget(self.last_text)
        column.addSpacing(8)
        self.credit = _selectable(_hint(self.instrument.credit + " doi:" + self.instrument.doi))
        self.credit.setObjectName("checkinCredit")
        column.addWidget(self.credit)
        self._show_interval(CheckinSettings())
        return page

    def _show_interval(self, settings: CheckinSettings) -> None:
        if settings.enabled:
            text = self.tr("Every %n days, Carnet offers you a short check-in: a few questions on how tired you feel "
                           "and on your working conditions. It takes about 3 minutes.", "", settings.every_days)
        else:
            text = self.tr("Check-ins are turned off in the settings, but you can take one whenever you like: a few "
                           "questions on how tired you feel and on your working conditions, about 3 minutes.")
        self.interval_text.setText(text)

    def _load_context(self) -> None:
        def work(holder: JournalHolder) -> CheckinContext:
            store = CheckinStore(holder.require().database)
            latest = store.latest()
            return CheckinContext(store.settings(), latest.taken_at if latest else None)

        def done(context: CheckinContext) -> None:
            if not _alive(self):
                return
            self._show_interval(context.settings)
            if context.last_taken_at is not None:
                self.last_text.setText(self.tr("Your last check-in was on %1.").replace(
                    "%1", _short_date(context.last_taken_at)))
                self.last_text.show()

        # Only words on the first page depend on it: a failure here leaves the defaults.
        self._worker.submit(work, done, lambda _error: None)

    # ----- page 2: the questions

    def _build_questions(self) -> QWidget:
        page = QWidget()
        page.setObjectName("checkinQuestions")
        columns = OptionColumns(self)
        self.rows: list[QuestionRow] = []
        self.cbi_rows: dict[str, QuestionRow] = {}
        self.extra_rows: dict[str, QuestionRow] = {}
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setSpacing(2)

        def add_rows(items: Sequence[tuple[str, str, Sequence[AnswerOption]]], into: dict[str, QuestionRow]) -> None:
            shown_options: Sequence[AnswerOption] | None = None
            for number, (question_id, text, options) in enumerate(items, start=1):
                if options != shown_options:  # a new answer scale: its labels above the next rows
                    body_layout.addWidget(OptionHeader(options, columns))
                    shown_options = options
                row = QuestionRow(question_id, number, text, options, columns, shaded=number % 2 == 0)
                row.changed.connect(self._update_progress)
                row.move_requested.connect(lambda step, row=row: self._move_from(row, step))
                body_layout.addWidget(row)
                into[question_id] = row
                self.rows.append(row)

        for scale in self.instrument.scales:
            title = heading(scale.name, level=2)
            title.setObjectName(f"scale_{scale.id}")
            body_layout.addSpacing(10)
            body_layout.addWidget(title)
            items = [item for item in self.instrument.items if item.scale == scale.id]
            add_rows([(item.id, item.text, self.instrument.options(item)) for item in items], self.cbi_rows)

        body_layout.addSpacing(10)
        body_layout.addWidget(heading(self.extras.name, level=2))
        body_layout.addWidget(paragraph(self.extras.intro))
        # Carnet's own answers are stored 0 (never) .. 4 (always), but are shown highest first,
        # like the instrument's above, so that the same column means the same thing all along.
        add_rows([(question.id, question.text, tuple(reversed(question.options)))
                  for question in self.extras.questions], self.extra_rows)
        extras_credit = _hint(self.extras.credit)
        extras_credit.setObjectName("extrasCredit")
        body_layout.addSpacing(6)
        body_layout.addWidget(extras_credit)
        body_layout.addStretch(1)

        # On a wide screen the answers stay near their questions.
        body.setMaximumWidth(QUESTIONS_WIDTH)
        centred = QWidget()
        centred_layout = QHBoxLayout(centred)
        centred_layout.setContentsMargins(0, 0, 0, 0)
        centred_layout.addWidget(body)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("checkinScroll")
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers themselves
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(centred)

        self.keyboard_hint = _hint(self.tr(
            "Keyboard: Tab or the Down arrow goes to the next question; keys 1 to 5 choose the answer in that "
            "column, from the left; Delete clears an answer. You can skip any question."))
        self.translation_note = _hint(self.tr(
            "The wording of these questions is our own translation of the English original, not a validated "
            "version."))
        self.translation_note.setObjectName("translationNote")
        self.translation_note.setVisible(not self.instrument.validated)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.keyboard_hint)
        layout.addWidget(self.translation_note)
        layout.addWidget(self.scroll, 1)
        return page

    def answers(self) -> dict[str, int | None]:
        return {question_id: row.value() for question_id, row in self.cbi_rows.items()}

    def extra_answers(self) -> dict[str, int | None]:
        return {question_id: row.value() for question_id, row in self.extra_rows.items()}

    def answered_count(self) -> int:
        return sum(row.value() is not None for row in self.rows)

    def _update_progress(self) -> None:
        answered = self.answered_count()
        self.progress.setValue(answered)
        self.progress_label.setText(self.tr("%1 of %2 answered").replace("%1", str(answered)).replace(
            "%2", str(len(self.rows))))
        self.save_button.setEnabled(answered > 0 and not self._saving)

    def _move_from(self, row: QuestionRow, step: int) -> None:
        index = self.rows.index(row) + step
        if 0 <= index < len(self.rows):
            target = self.rows[index]
            target.focus_answers()
            self.scroll.ensureWidgetVisible(target, 0, 40)
        elif index >= len(self.rows):
            self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    # ----- page 3: the results

    def _build_results_frame(self) -> QWidget:
        self.results_scroll = QScrollArea()
        self.results_scroll.setObjectName("checkinResults")
        self.results_scroll.setAccessibleName(self.windowTitle())  # focusable so the arrow keys scroll it
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        return self.results_scroll

    def _show_results(self, outcome: CheckinOutcome) -> None:
        column = QWidget()
        column.setMaximumWidth(RESULTS_WIDTH)
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        thanks = heading(self.tr("Thank you. Your answers are saved in your journal."))
        thanks.setObjectName("resultsHeading")
        layout.addWidget(thanks)
        layout.addWidget(paragraph(self.tr(
            "Each score goes from 0 to 100: it is the average of your answers in that part, where 100 means "
            "\u201calways\u201d or \u201cto a very high degree\u201d and 0 means \u201cnever\u201d or "
            "\u201cto a very low degree\u201d. Skipped questions are left out. What matters most is how "
            "a score moves from one check-in to the next.")))
        self.score_boxes: dict[str, QFrame] = {}
        for scale in self.instrument.scales:
            box = self._score_box(scale.id, scale.name, scale.description, scale.item_count, scale.min_answered,
                                  outcome)
            self.score_boxes[scale.id] = box
            layout.addWidget(box)
        if outcome.record.extra:
            layout.addWidget(heading(self.extras.name, level=2))
            self.extras_summary = paragraph(self._extras_text(outcome))
            self.extras_summary.setObjectName("extrasSummary")
            layout.addWidget(self.extras_summary)
        disclaimer = _hint(self.instrument.disclaimer)
        disclaimer.setObjectName("disclaimer")
        layout.addWidget(disclaimer)

        self.talk_box = QFrame()
        self.talk_box.setObjectName("suggestTalking")
        talk_layout = QVBoxLayout(self.talk_box)
        talk_layout.setContentsMargins(0, 8, 0, 0)
        if outcome.suggest_talking:
            talk_layout.addWidget(heading(self.tr("Perhaps talk about it with someone"), level=2))
            self.talk_text = paragraph(self._talk_text(outcome.signals))
            self.talk_text.setObjectName("talkText")
            talk_layout.addWidget(self.talk_text)
            self.where = WhereToTurnWidget(self._language)
            talk_layout.addWidget(self.where)
            layout.addWidget(self.talk_box)
        else:
            self.talk_box.hide()
        layout.addStretch(1)

        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.addStretch(1)
        outer_layout.addWidget(column, 6)
        outer_layout.addStretch(1)
        self.results_scroll.setWidget(outer)

    def _score_box(self, scale: str, name: str, description: str, item_count: int, min_answered: int,
                   outcome: CheckinOutcome) -> QFrame:
        box = QFrame()
        box.setObjectName(f"result_{scale}")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        value = outcome.record.scores.get(scale)
        top = QHBoxLayout()
        top.addWidget(_bold(paragraph(name)), 1)
        figure = QLabel()
        figure.setObjectName("score")
        top.addWidget(figure)
        layout.addLayout(top)
        if value is not None:
            figure.setText(self.tr("%1 out of 100").replace("%1", _whole(value)))
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round(value))
            bar.setTextVisible(False)
            bar.setMaximumHeight(6)
            bar.setAccessibleName(figure.text())
            layout.addWidget(bar)
        else:
            figure.setText(self.tr("no score this time"))
        layout.addWidget(_hint(description))
        trend_text = paragraph(self._trend_text(value, outcome.trends[scale], item_count, min_answered))
        trend_text.setObjectName("trend")
        layout.addWidget(trend_text)
        return box

    def _trend_text(self, value: float | None, trend: Trend, item_count: int, min_answered: int) -> str:
        if value is None:
            return self.tr("Not enough answers this time to give this score: it needs at least %1 of its %2 "
                           "questions.").replace("%1", str(min_answered)).replace("%2", str(item_count))
        if trend.direction is None:
            return self.tr("Your first score of this kind: the next check-ins will show how it moves.")
        words = {"rising": self.tr("Higher than in your earlier check-ins."),
                 "falling": self.tr("Lower than in your earlier check-ins."),
                 "steady": self.tr("About the same as in your earlier check-ins.")}[trend.direction]
        earlier = ", ".join(self.tr("%1 on %2").replace("%1", _whole(score)).replace("%2", _short_date(at))
                            for score, at in zip(trend.values[:-1], trend.taken_at[:-1], strict=True))
        return words + " " + self.tr("Before: %1.").replace("%1", earlier)

    def _extras_text(self, outcome: CheckinOutcome) -> str:
        lines = []
        previous = outcome.previous.extra if outcome.previous else {}
        for question in self.extras.questions:
            value = outcome.record.extra.get(question.id)
            if value is None:
                continue
            labels = {option.score: option.label for option in question.options}
            line = self.tr("%1: %2").replace("%1", question.short).replace("%2", labels[value])
            if question.id in previous:
                line += " " + self.tr("(last time: %1)").replace("%1", labels[previous[question.id]])
            lines.append(line)
        return "\n".join(lines)

    def _talk_text(self, signals: Sequence[ScoreSignal]) -> str:
        names = {scale.id: scale.name for scale in self.instrument.scales}
        parts = []
        for signal in signals:
            if signal.kind == "rose":
                parts.append(self.tr("%1 went from %2 to %3.").replace("%1", names[signal.scale]).replace(
                    "%2", _whole(signal.previous)).replace("%3", _whole(signal.latest)))
            else:
                parts.append(self.tr("%1 has stayed high: %2, then %3.").replace("%1", names[signal.scale]).replace(
                    "%2", _whole(signal.previous)).replace("%3", _whole(signal.latest)))
        return " ".join([
            self.tr("Since your last check-in, some of your scores have risen or stayed high."), *parts,
            self.tr("That is worth a moment of attention, and you do not have to carry it alone: talking "
                    "with someone you trust, at work or outside it, often helps. Here is where you can turn."),
        ])

    # ----- moving between pages

    def start(self) -> None:
        self.pages.setCurrentIndex(1)
        self.rows[0].focus_answers()

    def save(self) -> None:
        if self._saving or self.answered_count() == 0:
            return
        self._saving = True
        self.error.hide()
        self._update_progress()
        answers, extra = self.answers(), self.extra_answers()
        self._worker.submit(lambda holder: _record_and_save(holder, answers, extra), self._on_saved,
                            self._on_save_failed)

    def _on_saved(self, outcome: CheckinOutcome) -> None:
        if not _alive(self):
            return
        self._saving = False
        self.outcome = outcome
        self._show_results(outcome)
        self.pages.setCurrentIndex(2)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.recorded.emit()

    def _on_save_failed(self, error: JournalError) -> None:
        if not _alive(self):
            return
        self._saving = False
        self._update_progress()
        self.error.setText(self.tr("Your answers were not saved, but they are still here: %1").replace(
            "%1", error_text(error)))
        self.error.show()
        self.failed.emit(error)

    def _on_save_shortcut(self) -> None:
        if self.pages.currentIndex() == 1:
            self.save()

    def _on_page_changed(self, index: int) -> None:
        on_intro, on_questions, on_results = index == 0, index == 1, index == 2
        self.start_button.setVisible(on_intro)
        self.cancel_button.setVisible(not on_results)
        self.cancel_button.setText(self.tr("Not now") if on_intro else self.tr("Cancel"))
        self.save_button.setVisible(on_questions)
        self.close_button.setVisible(on_results)
        # Once the list is on the results page, a button for it would only repeat it.
        self.help_button.setVisible(on_results and self.where is None)
        self.progress.setVisible(on_questions)
        self.progress_label.setVisible(on_questions)
        # Enter on an answer must not save half a check-in: only "Start" and "Close" are defaults.
        for button in (self.cancel_button, self.save_button, self.help_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.start_button.setDefault(on_intro)
        self.close_button.setDefault(on_results)

    def open_where_to_turn(self) -> WhereToTurnDialog:
        dialog = WhereToTurnDialog(self._language, self)
        dialog.finished.connect(dialog.deleteLater)
        self.where_dialog = dialog
        dialog.open()
        return dialog


def open_checkin(worker: JournalWorker, language: str, parent: QWidget | None = None,
                 on_recorded: Callable[[], Any] | None = None) -> CheckinDialog:
    """Open the check-in non-modally, deleted when closed; for the main window's menu and banner."""
    dialog = CheckinDialog(worker, language, parent)
    if on_recorded is not None:
        dialog.recorded.connect(on_recorded)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
