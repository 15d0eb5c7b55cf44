"""The entry editor: title, formatted body (stored as Markdown), and the entry's details."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib.resources import files

from PySide6.QtCore import QEvent, QLocale, QPoint, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QIcon,
    QKeySequence,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.entries import FLAG_NAMES, EntryFields, EntryRecord
from journal_app.core.templates import Template, TemplateSection
from journal_app.core.models import CHANNELS, new_uuid
from journal_app.core.pseudonymise import Finding, find_identifying, forget_words, suggest_pseudonym
from journal_app.ui import labels, theme
from journal_app.ui.components import UNIT
from journal_app.ui.icons import icon
from journal_app.ui.widgets import MomentField, SteadyLabel, _qdatetime

NO_VALUE = -1
IDENTITY_SCAN_DELAY_MS = 600
IDENTITY_SCAN_MAX_CHARS = 200_000  # about 30,000 words: past this, the scan would be felt
# The page: letters a little larger than the rest of the window, lines with air between them, and
# a column of about 70 characters, the measure books and good writing apps keep for easy reading.
BODY_FONT_SCALE = 1.15
TITLE_FONT_SCALE = 1.6
LINE_HEIGHT_PERCENT = 150
MEASURE_CHARS = 70
LINE_EDIT_TEXT_MARGIN = 2  # QLineEdit's own room before the text (qlineedit_p.h, horizontalMargin)


class TokenLineEdit(QLineEdit):
    """Comma-separated values with completion of the word being typed (persons, tags)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = QStringListModel(self)
        self._completer = QCompleter(self._choices, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._on_completion)
        self.textEdited.connect(self._on_edited)

    def set_choices(self, choices: list[str]) -> None:
        self._choices.setStringList(choices)

    def values(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.text().split(",") if part.strip())

    def set_values(self, values: tuple[str, ...]) -> None:
        self.setText(", ".join(values))

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _on_edited(self, _text: str) -> None:
        word = self._current_word()
        if not word:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _on_completion(self, choice: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition():]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(head + choice + ", " + after.lstrip(", "))
        self.setCursorPosition(len(head + choice) + 2)
        self.textEdited.emit(self.text())


def heading_char_format(level: int) -> QTextCharFormat:
    """How a heading's letters look: the same size and weight Qt's Markdown reader gives a
    heading of that level, so a heading looks the same before saving and after reopening."""
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 - level if level else 0)
    fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    return fmt


def is_guide_block(block: QTextBlock) -> bool:
    """A heading or a quoted guiding question: what the person writes after it is an answer."""
    fmt = block.blockFormat()
    return bool(fmt.headingLevel() or fmt.property(QTextFormat.Property.BlockQuoteLevel))


def needs_answer_line(block: QTextBlock) -> bool:
    """A section's last guide (its heading, or the last question under it) with nothing written
    after it: an empty line below it is where the answer goes. Markdown keeps no empty line,
    so after reopening the line is put back, and letters typed there are not joined to the
    question."""
    following = block.next()
    return (is_guide_block(block) and bool(block.text())
            and (not following.isValid() or bool(following.blockFormat().headingLevel())))


def spaced_block_format() -> QTextBlockFormat:
    """A paragraph with the page's line height (only on screen: Markdown does not keep it)."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def space_lines(document: QTextDocument, first_block: int = 0) -> None:
    """Give the page's line height to every paragraph from ``first_block`` on, and a heading
    some air above it, so a section reads as a new section."""
    block = document.findBlockByNumber(first_block)
    while block.isValid():
        fmt = spaced_block_format()
        if block.blockFormat().headingLevel() and block.blockNumber():
            fmt.setTopMargin(2 * UNIT)
        QTextCursor(block).mergeBlockFormat(fmt)
        block = block.next()


def add_answer_lines(document: QTextDocument, first_block: int = 0) -> QTextCursor | None:
    """An empty plain line under each section's last guide from ``first_block`` on that has
    none (see needs_answer_line). Returns a cursor on the first line added."""
    first_answer = None
    block = document.findBlockByNumber(first_block)
    while block.isValid():
        following = block.next()
        if needs_answer_line(block):
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(spaced_block_format(), QTextCharFormat())
            first_answer = first_answer or QTextCursor(cursor)
        block = following
    return first_answer


class BodyEdit(QTextEdit):
    """The entry's text. Enter at the end of a heading or a guiding question starts a plain
    paragraph (the answer), and letters typed into a heading take the heading's look, so the
    screen always shows what the saved Markdown will give back.

    The text keeps a reading measure of about ``MEASURE_CHARS`` characters: on a wide window
    the column stands in the middle with wide margins; on a narrow one it takes the width."""

    column_changed = Signal(int)  # the width of the margin left of the text column, in pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The margins beside the column are the page too, not a grey band around a sheet.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.document().setDocumentMargin(UNIT)
        self._side = -1

    def measure(self) -> int:
        """The width of the text column: about ``MEASURE_CHARS`` average characters."""
        return self.fontMetrics().averageCharWidth() * MEASURE_CHARS + 2 * round(self.document().documentMargin())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()

    def _fit_column(self) -> None:
        scroll_bar = self.verticalScrollBar()
        room = self.width() - 2 * self.frameWidth() - (scroll_bar.width() if scroll_bar.isVisible() else 0)
        side = max(0, (room - self.measure()) // 2)
        if side != self._side:
            self._side = side
            # Margins of the viewport, not of the document: the text's Markdown and its undo
            # history stay untouched, and the scroll bar stays at the window's edge.
            self.setViewportMargins(side, 0, side, 0)
            # QTextEdit lays its text out again for its own resize, not its viewport's: without
            # this the text kept the old width, wider than the column, under a horizontal scroll
            # bar (seen after unlocking). Setting the wrap width lays it out again.
            self.setLineWrapColumnOrWidth(self.lineWrapColumnOrWidth())
            self.column_changed.emit(side)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and not cursor.hasSelection() and cursor.atBlockEnd() and is_guide_block(block)):
            cursor.insertBlock(spaced_block_format(), QTextCharFormat())
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            return
        level = block.blockFormat().headingLevel()
        if level and event.text().strip() and not cursor.hasSelection():
            self.mergeCurrentCharFormat(heading_char_format(level))
        super().keyPressEvent(event)


class PageTitle(QLineEdit):
    """The entry's title, large and without a frame, its text in line with the body's column.
    The column's margin is not part of the size it asks for, so a narrow window can still
    shrink it."""

    def align_with(self, body: QTextEdit) -> None:
        """Start the title's letters where the body's first letters start."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        body_text = body.viewport().mapTo(self.parentWidget(), QPoint(round(body.document().documentMargin()), 0)).x()
        own_text = self.mapTo(self.parentWidget(), contents.topLeft()).x() + LINE_EDIT_TEXT_MARGIN
        inset = max(0, body_text - own_text)
        self.setTextMargins(inset, 0, inset, 0)

    def sizeHint(self) -> QSize:
        return self._without_column(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._without_column(super().minimumSizeHint())

    def _without_column(self, hint: QSize) -> QSize:
        margins = self.textMargins()
        return QSize(max(0, hint.width() - margins.left() - margins.right()), hint.height())


class DetailsSummary(QToolButton):
    """The entry's details in one quiet line ("dimanche 22 nov., 21:30 · Téléphone personnel ·
    Jeune 17 · hors horaires") with a chevron. A click, Enter or Space opens or closes them;
    Tab from the closed line opens them and goes on into their fields, so the keyboard never
    meets hidden fields. The line is cut with "…" when the window is too narrow for it."""

    toggle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsSummary")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # The whole line is the width it is given, whatever the length of the summary.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.expanded = False
        self._summary = ""
        self.clicked.connect(self.toggle_requested)

    def set_summary(self, summary: str) -> None:
        self._summary = summary
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self._elide()

    def summary(self) -> str:
        return self._summary

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        around = super().sizeHint().width() - metrics.horizontalAdvance(self.text().replace("&&", "&"))
        shown = metrics.elidedText(self._summary, Qt.TextElideMode.ElideRight, max(0, self.width() - around - 2))
        shown = shown.replace("&", "&&")  # a pseudonym's "&" is a letter, not a shortcut mark
        if shown != self.text():
            self.setText(shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab and not self.expanded
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.toggle_requested.emit()  # opened first, so Tab goes on into the first field
        return super().event(event)


class EntryEditor(QWidget):
    """Emits ``changed`` on every edit by the person; ``fields()`` reads the whole entry."""

    changed = Signal()
    save_as_template_requested = Signal(str, object)  # name, sections
    dilemma_requested = Signal()
    limit_ticked = Signal(str)  # a hand-checked limit's uuid, crossed by this entry

    def __init__(self, parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        """``in_steps``: the editor is made by ``parts_to_build``, one part per ``next()`` (each
        under a frame), so that building it ahead never holds the window still."""
        super().__init__(parent)
        self.parts_to_build: Iterator[None] = self._build_parts()
        if not in_steps:
            for _part in self.parts_to_build:
                pass

    def _build_parts(self) -> Iterator[None]:
        self.setObjectName("entryEditor")
        # Bar, title, text and details are one sheet of paper, not a white box on a grey form.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        # A new entry gets its identity at once, so every autosave of it, even one queued while
        # the first is still running, updates the same entry instead of adding another.
        self._uuid = new_uuid()
        self._is_draft = True
        self._kind = "reflection"  # kept as loaded: the editor does not change an entry's kind
        self._off_hours_by_hand = False  # until the person ticks or unticks the box, the schedule decides
        self._findings: list[Finding] = []
        self._known_pseudonyms: list[str] = []
        self.language = "fr"
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # Parented at once: first in the Tab order (the editor's focus proxy), though the
        # formatting bar sits above it.
        self.title = PageTitle(self)
        self.title.setObjectName("entryTitle")
        self.title.setProperty("role", "entry-title")
        self.title.setFrame(False)
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title of the entry"))

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("formatBar")
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        self.body = BodyEdit()
        self.body.setObjectName("entryBody")
        self.body.setProperty("role", "page")
        self.body.setAccessibleName(self.tr("Text of the entry"))
        self.body.setPlaceholderText(self.tr("What happened? What stays with you?"))
        self.body.setAcceptRichText(False)  # pasted text keeps no foreign formatting
        self.body.setTabChangesFocus(True)
        self._build_format_actions()
        self.template_provider: Callable[[], list[Template]] = lambda: []
        self.template_button = QToolButton()
        self.template_button.setObjectName("templateButton")
        self.template_button.setText(self.tr("Template"))
        self.template_button.setToolTip(self.tr("Add the sections and questions of a reflection template"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = QMenu(self.template_button)
        self.template_menu.setToolTipsVisible(True)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        # Their sizes before anything is polished between two parts (see _scale_fonts).
        self._scale_fonts()

        yield
        self.contact_bar = QWidget()
        self.contact_bar.setObjectName("contactBar")
        contact_layout = QHBoxLayout(self.contact_bar)
        contact_layout.setContentsMargins(0, 0, 0, 0)
        contact_label = QLabel(self.tr("A quick contact. When you have time, you can write more about it."))
        contact_label.setWordWrap(True)
        contact_label.setProperty("role", "hint")
        self.expand_button = QPushButton(self.tr("&Turn it into a reflection"))
        self.expand_button.setObjectName("expandContact")
        contact_layout.addWidget(contact_label, 1)
        contact_layout.addWidget(self.expand_button)
        self.contact_bar.hide()
        self.expand_button.clicked.connect(self._expand_into_reflection)
        layout.addWidget(self.contact_bar)
        # The template button sits beside the toolbar, not in it, so it never hides in the
        # toolbar's overflow menu when the window is narrow (or the language long).
        format_row = QHBoxLayout()
        format_row.addWidget(self.toolbar, 1)
        format_row.addWidget(self.template_button)
        layout.addLayout(format_row)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

        # What needs the person's eye stays in view while the details are closed.
        self.attention = QLabel()
        self.attention.setObjectName("detailsAttention")
        self.attention.setProperty("role", "attention")  # in the text colour until the style sheet says more
        self.attention.setWordWrap(True)
        self.attention.hide()
        # Under the page, in line with its column: a spacer that gives way when the window narrows.
        foot = QHBoxLayout()
        self._foot_indent = QSpacerItem(0, 0, QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        foot.addSpacerItem(self._foot_indent)
        foot_column = QVBoxLayout()
        foot.addLayout(foot_column, 1)
        layout.addLayout(foot)
        foot_column.addWidget(self.attention)
        self.limits_row = QWidget()
        limits_row = QHBoxLayout(self.limits_row)
        limits_row.setContentsMargins(0, 0, 0, 0)
        foot_column.addWidget(self.limits_row)
        summary_row = QHBoxLayout()
        self.summary = DetailsSummary()
        self.summary.toggle_requested.connect(lambda: self.set_details_shown(not self.details.isVisibleTo(self)))
        summary_row.addWidget(self.summary, 1)
        foot_column.addLayout(summary_row)
        self._foot = foot

        yield
        self.details = QWidget()
        self.details.setObjectName("entryDetails")
        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.details.hide()
        foot_column.addWidget(self.details)  # in place first: each part below costs what it adds
        self.occurred_at = MomentField()
        self.occurred_at.setObjectName("entryDate")
        self.occurred_at.edit.setAccessibleName(self.tr("Date and time"))
        self.duration = QSpinBox()
        self.duration.setObjectName("entryDuration")
        self.duration.setRange(NO_VALUE, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSpecialValueText(self.tr("not set"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.channel = QComboBox()
        self.channel.setObjectName("entryChannel")
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.addItem(self.tr("not set"), None)
        for code in CHANNELS:
            self.channel.addItem(labels.channel(code), code)
        self.weight = QSpinBox()
        self.weight.setObjectName("entryWeight")
        self.weight.setRange(NO_VALUE, 10)
        self.weight.setSpecialValueText(self.tr("not set"))
        self.weight.setSuffix(self.tr(" / 10"))
        self.weight.setAccessibleName(self.tr("Emotional weight, from 0 to 10"))
        self.weight.setToolTip(self.tr("How heavy this situation was for you, from 0 (not at all) to 10 (very "
                                       "heavy). \u201cHow am I doing\u201d shows how heavy your weeks were; leave "
                                       "it not set if you prefer."))
        self.persons = TokenLineEdit()
        self.persons.setObjectName("entryPersons")
        self.persons.setAccessibleName(self.tr("Persons, by pseudonym"))
        self.persons.setPlaceholderText(self.tr("Pseudonyms, separated by commas"))
        self.persons.setToolTip(self.tr("Never type a real name: use a pseudonym such as \u201cMme R.\u201d or \u201cJeune 17\u201d."))
        self.tags = TokenLineEdit()
        self.tags.setObjectName("entryTags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        rows = (
            ("", self.occurred_at, self.tr("D&uration:"), self.duration),
            (self.tr("Cha&nnel:"), self.channel, self.tr("Emotional &load:"), self.weight),
            (self.tr("&Persons:"), self.persons, self.tr("T&ags:"), self.tags),
        )
        for row, (left_text, left, right_text, right) in enumerate(rows):
            for column, (text, widget) in enumerate(((left_text, left), (right_text, right))):
                label = QLabel(text)
                # Two short lines rather than one long one: "Situation du (facultatif) :" and
                # "Charge émotionnelle :" side by side made the page wider than a 1024 px screen.
                label.setWordWrap(True)
                label.setBuddy(widget.edit if isinstance(widget, MomentField) else widget)  # not a focus proxy: Tab would loop
                grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop if row == 0 else Qt.AlignmentFlag(0))
                # The first row's date field has a line of feedback under it: its neighbours
                # stay level with the field itself, not with the middle of the two lines.
                grid.addWidget(widget, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop if row == 0 else Qt.AlignmentFlag(0))
                if widget is self.occurred_at:
                    self.when_label = label  # its words depend on the kind of entry (_set_kind)

        yield
        self.pseudonym_reminder = SteadyLabel(self.tr("Pseudonyms only: never a real name."))
        self.pseudonym_reminder.setObjectName("pseudonymReminder")
        self.pseudonym_reminder.setProperty("role", "hint")
        self.pseudonym_reminder.reserve(self._identity_warning(1), self._identity_warning(99))
        grid.addWidget(self.pseudonym_reminder, 3, 1, 1, 3)
        flags_row = QHBoxLayout()
        self.flag_boxes: dict[str, QCheckBox] = {}
        for name in FLAG_NAMES:
            box = QCheckBox(labels.flag(name))
            box.setObjectName(f"flag_{name}")
            box.setIcon(icon(name))
            box.setToolTip(labels.flag_explanation(name))
            box.setAccessibleDescription(labels.flag_explanation(name))
            self.flag_boxes[name] = box
            flags_row.addWidget(box)
        flags_row.addStretch(1)
        grid.addLayout(flags_row, 4, 0, 1, 4)

        yield
        self.dilemma_button = QPushButton(self.tr("This raises a &dilemma…"))
        self.dilemma_button.setObjectName("raiseDilemma")
        self.dilemma_button.setToolTip(self.tr("Follow the question this entry raises, over weeks, until it is settled"))
        self.dilemma_button.clicked.connect(self.dilemma_requested)
        self.limits_label = QLabel()
        self.limits_label.setObjectName("entryLimits")
        self.limits_label.setProperty("role", "hint")
        self.limits_label.setWordWrap(True)
        self.tick_button = QToolButton()
        self.tick_button.setObjectName("tickLimit")
        self.tick_button.setText(self.tr("I crossed one of my limits…"))
        self.tick_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tick_menu = QMenu(self.tick_button)
        self.tick_button.setMenu(self.tick_menu)
        self.tick_button.hide()
        # These two buttons join the layout after the details, so Tab meets them after the
        # details' fields: the body, the summary, the fields, then these.
        limits_row.addWidget(self.limits_label, 1)
        limits_row.addWidget(self.tick_button)
        self.limits_row.hide()
        summary_row.addWidget(self.dilemma_button)

        for signal in (self.title.textEdited, self.body.textChanged, self.occurred_at.changed,
                       self.duration.valueChanged, self.channel.currentIndexChanged, self.weight.valueChanged,
                       self.persons.textEdited, self.tags.textEdited):
            signal.connect(self._on_changed)
        for signal in (self.occurred_at.changed, self.duration.valueChanged, self.channel.currentIndexChanged,
                       self.weight.valueChanged, self.persons.textEdited):
            signal.connect(self._show_summary)
        for box in self.flag_boxes.values():
            box.toggled.connect(self._on_changed)
            box.toggled.connect(self._show_summary)
        self.flag_boxes["off_hours"].toggled.connect(self._on_off_hours_toggled)
        self._identity_timer = QTimer(self, singleShot=True, interval=IDENTITY_SCAN_DELAY_MS)
        self._identity_timer.timeout.connect(self.scan_identities)
        self.body.textChanged.connect(self._identity_timer.start)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._on_body_menu)
        self.setFocusProxy(self.title)
        # From the title, Tab or Enter goes on to the text, as in every notes app; then the
        # details; the template button, used once per entry at most, comes last.
        QWidget.setTabOrder(self.title, self.body)
        QWidget.setTabOrder(self.body, self.summary)
        QWidget.setTabOrder(self.dilemma_button, self.template_button)
        self.title.returnPressed.connect(self.body.setFocus)
        # Once the summary exists: made in parts, the body may have found its column already.
        self.body.column_changed.connect(self._align_with_column)
        self._align_with_column()
        self._set_kind(self._kind)
        self._scale_fonts()
        self.set_details_shown(False)
        self._show_summary()

    def _build_format_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str, slot, name: str) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            act.triggered.connect(slot)
            self.toolbar.addAction(act)
            self.addAction(act)
            return act

        bold = action(self.tr("Bold"), QKeySequence.StandardKey.Bold, self._toggle_bold, "formatBold")
        bold_font = bold.font()
        bold_font.setBold(True)
        bold.setFont(bold_font)
        italic = action(self.tr("Italic"), QKeySequence.StandardKey.Italic, self._toggle_italic, "formatItalic")
        italic_font = italic.font()
        italic_font.setItalic(True)
        italic.setFont(italic_font)
        action(self.tr("Heading"), "Ctrl+Alt+1", self._toggle_heading, "formatHeading")
        action(self.tr("List"), "Ctrl+Shift+8", lambda: self._make_list(QTextListFormat.Style.ListDisc), "formatBullets")
        action(self.tr("Numbered"), "Ctrl+Shift+7", lambda: self._make_list(QTextListFormat.Style.ListDecimal), "formatNumbers")
        self.toolbar.addSeparator()
        undo = QAction(self.tr("Undo"), self)
        undo.setToolTip(self.tr("Undo (%1)").replace("%1", QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)))
        undo.triggered.connect(self.body.undo)
        redo = QAction(self.tr("Redo"), self)
        redo.setToolTip(self.tr("Redo (%1)").replace("%1", QKeySequence(QKeySequence.StandardKey.Redo).toString(QKeySequence.SequenceFormat.NativeText)))
        redo.triggered.connect(self.body.redo)
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.body.undoAvailable.connect(undo.setEnabled)
        self.body.redoAvailable.connect(redo.setEnabled)
        self.toolbar.addAction(undo)
        self.toolbar.addAction(redo)

    # ----- templates and kinds

    def _fill_template_menu(self) -> None:
        self.template_menu.clear()
        templates = self.template_provider()
        builtin = [t for t in templates if t.builtin]
        own = [t for t in templates if not t.builtin]
        for group, heading in ((builtin, None), (own, self.tr("My templates"))):
            if group and heading:
                self.template_menu.addSection(heading)
            for template in group:
                act = self.template_menu.addAction(template.name)
                act.setToolTip(template.description or template.source)
                act.triggered.connect(lambda _c=False, t=template: self.apply_template(t))
        self.template_menu.addSeparator()
        save = self.template_menu.addAction(self.tr("Save this entry's headings as my template…"))
        save.setToolTip(self.tr("Each heading becomes a section; quoted lines under it become its questions"))
        save.setEnabled(bool(self.headings_as_sections()))
        save.triggered.connect(self._ask_template_name)

    def headings_as_sections(self) -> list[TemplateSection]:
        """The body's headings as template sections, with the quoted lines under each as questions."""
        sections: list[TemplateSection] = []
        for line in self.body.toMarkdown().splitlines():
            stripped = line.strip()
            if stripped.startswith("#"):
                sections.append(TemplateSection(stripped.lstrip("#").strip(), ()))
            elif stripped.startswith(">") and sections and (question := _unemphasised(stripped.lstrip("> "))):
                last = sections[-1]
                sections[-1] = TemplateSection(last.title, (*last.questions, question))
        return [section for section in sections if section.title]

    def _ask_template_name(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("templateNameDialog")
        dialog.setWindowTitle(self.tr("My template"))
        dialog.setLabelText(self.tr("Name of the template:"))
        dialog.setTextValue(self.title.text().strip())
        dialog.textValueSelected.connect(
            lambda name: name.strip() and self.save_as_template_requested.emit(name.strip(), self.headings_as_sections()))
        dialog.finished.connect(dialog.deleteLater)
        self.template_name_dialog = dialog
        dialog.open()

    def apply_template(self, template: Template) -> None:
        """Put a template's sections in the entry (the whole body when it is empty, else at its
        end), with an empty answer line under each section's questions, and the cursor on the
        first one: the person starts writing where the answer goes."""
        document = self.body.document()
        if document.isEmpty():
            self.body.setMarkdown(template.as_markdown())
            first_new = 0
            if not self.title.text().strip():
                self.title.setText(template.name)
        else:
            first_new = document.blockCount()
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one step for Undo: the sections, their answer lines, their spacing
        if first_new:
            cursor = QTextCursor(document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(spaced_block_format(), QTextCharFormat())
            cursor.insertMarkdown(template.as_markdown())
            # The first inserted paragraph keeps the format of the block it went into: give it
            # back its own, or the first section's heading is saved as bold text.
            sections = QTextDocument()
            sections.setMarkdown(template.as_markdown())
            QTextCursor(document.findBlockByNumber(first_new)).setBlockFormat(sections.begin().blockFormat())
        first_answer = add_answer_lines(document, first_new)
        space_lines(document, first_new)
        edit.endEditBlock()
        if first_answer is not None:
            self.body.setTextCursor(first_answer)
        if self._kind == "contact":
            self._set_kind("reflection")
        self.body.setFocus()
        self.changed.emit()

    def _expand_into_reflection(self) -> None:
        self._set_kind("reflection")
        self.changed.emit()
        self.body.setFocus()

    def _set_kind(self, kind: str) -> None:
        """A contact's date is when it happened; a reflection's, the situation it is about (or
        the time of writing): only contacts count as work done off-hours (core/schedule.py)."""
        self._kind = kind
        self.contact_bar.setVisible(kind == "contact")
        if kind == "contact":
            self.when_label.setText(self.tr("&When did it happen?"))
            self.occurred_at.setToolTip(self.tr("When the contact happened: Carnet judges from it whether it was "
                                                "outside your working hours."))
        else:
            self.when_label.setText(self.tr("Situation &of (optional):"))
            self.occurred_at.setToolTip(self.tr(
                "The day and time of the situation this reflection is about, if there is one; otherwise the "
                "time of writing stays. Writing in the evening is not counted as working off-hours."))

    # ----- the page and its details

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the system's font size changed
            self._scale_fonts()

    def _scale_fonts(self) -> None:
        """The body and the title a step larger than the window's text, so they follow the
        system's font size (and its 1.5x or 2x for a person who needs larger letters)."""
        base = self.font()
        if base.pointSizeF() <= 0:
            return
        body_font = QFont(base)
        body_font.setPointSizeF(base.pointSizeF() * BODY_FONT_SCALE)
        self.body.setFont(body_font)  # the document's default font: headings grow from it
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * TITLE_FONT_SCALE)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)

    def _align_with_column(self, _side: int = 0) -> None:
        """The title above and the summary line below start where the body's text starts."""
        self.title.align_with(self.body)
        text_x = self.body.viewport().mapTo(self, QPoint(round(self.body.document().documentMargin()), 0)).x()
        # The summary's words, not its chevron, line up with the text: the chevron hangs in the margin.
        chevron = self.summary.iconSize().width() + UNIT
        self._foot_indent.changeSize(max(0, text_x - chevron), 0, QSizePolicy.Policy.Maximum,
                                     QSizePolicy.Policy.Minimum)
        self._foot.invalidate()

    def details_shown(self) -> bool:
        return self.details.isVisibleTo(self)

    def set_details_shown(self, shown: bool) -> None:
        """Open or close the details under their summary line. The choice holds for the
        session: the next entry opens the same way."""
        self.details.setVisible(shown)
        self.summary.expanded = shown
        chevron = _icon_if_shipped("chevron-down" if shown else "chevron-right")
        self.summary.setIcon(chevron)
        self.summary.setArrowType(Qt.ArrowType.NoArrow if not chevron.isNull()
                                  else Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.summary.setAccessibleName(self.tr("Hide the details") if shown else self.tr("Show the details"))
        self._show_attention()

    def details_summary(self) -> str:
        """The details in one line of words: when, how long, the channel, who, the load, the flags."""
        locale = QLocale()
        when = _qdatetime(self.occurred_at.value())
        parts = [self.tr("%1, %2").replace("%1", locale.toString(when.date(), "dddd d MMM"))
                 .replace("%2", locale.toString(when.time(), QLocale.FormatType.ShortFormat))]
        if self.duration.value() != NO_VALUE:
            parts.append(self.tr("%1 min").replace("%1", locale.toString(self.duration.value())))
        if self.channel.currentData():
            parts.append(self.channel.currentText())
        if persons := self.persons.values():
            parts.append(", ".join(persons))
        if self.weight.value() != NO_VALUE:
            parts.append(self.tr("weight %1/10").replace("%1", locale.toString(self.weight.value())))
        parts += [_lowercase_first(labels.flag(name)) for name, box in self.flag_boxes.items() if box.isChecked()]
        return " · ".join(parts)

    def _show_summary(self, *_args: object) -> None:
        self.summary.set_summary(self.details_summary())

    def _show_attention(self) -> None:
        """The identity warning stays in view while the details holding it are closed."""
        warning = self._identity_warning(len(self._findings)) if self._findings else ""
        self.attention.setText(warning)
        self.attention.setVisible(bool(warning) and not self.details_shown())

    # ----- formatting

    def _merge_format(self, fmt: QTextCharFormat) -> None:
        """Formats the selection; with none, the word the caret stands inside, as word
        processors do. At a word's edge only what is typed next changes: Ctrl+B pressed after
        a bold word, to stop writing in bold, must not unbold the word just written."""
        cursor = self.body.textCursor()
        if not cursor.hasSelection() and self._caret_inside_word(cursor):
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            cursor.mergeCharFormat(fmt)
        self.body.mergeCurrentCharFormat(fmt)

    @staticmethod
    def _caret_inside_word(cursor: QTextCursor) -> bool:
        text = cursor.block().text()
        at = cursor.positionInBlock()
        return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if self.body.fontWeight() > QFont.Weight.Normal else QFont.Weight.Bold)
        self._merge_format(fmt)

    def _toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.body.fontItalic())
        self._merge_format(fmt)

    def _toggle_heading(self) -> None:
        cursor = self.body.textCursor()
        block = cursor.blockFormat()
        level = 0 if block.headingLevel() else 2
        block.setHeadingLevel(level)
        block.setTopMargin(2 * UNIT if level and cursor.blockNumber() else 0)  # as space_lines gives a heading
        cursor.setBlockFormat(block)
        # Heading size comes from the char format; reset it on the whole block.
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(heading_char_format(level))
        self.body.mergeCurrentCharFormat(heading_char_format(level))

    def _make_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.body.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
            return
        fmt = QTextListFormat()
        fmt.setStyle(style)
        cursor.createList(fmt)

    # ----- loading and reading

    @property
    def uuid(self) -> str:
        return self._uuid

    @property
    def is_draft(self) -> bool:
        """True for a new entry that has not been saved yet."""
        return self._is_draft

    def mark_saved(self, uuid: str) -> None:
        if uuid == self._uuid:
            self._is_draft = False

    def load(self, record: EntryRecord | None) -> None:
        """Show an entry (or a fresh draft for None) without counting it as an edit."""
        self._loading = True
        try:
            self._uuid = record.uuid if record else new_uuid()
            self._is_draft = record is None
            self._set_kind(record.kind if record else "reflection")
            self.title.setText(record.title if record else "")
            self.body.setMarkdown(record.body if record else "")
            add_answer_lines(self.body.document())
            space_lines(self.body.document())
            self.body.document().clearUndoRedoStacks()
            self.occurred_at.set_value(record.occurred_at if record else self.occurred_at.now())
            self.duration.setValue(record.duration_minutes if record and record.duration_minutes is not None else NO_VALUE)
            self.channel.setCurrentIndex(max(0, self.channel.findData(record.channel if record else None)))
            self.weight.setValue(record.emotional_weight if record and record.emotional_weight is not None else NO_VALUE)
            self.persons.set_values(record.persons if record else ())
            self.tags.set_values(record.tags if record else ())
            for name, box in self.flag_boxes.items():
                box.setChecked(bool(record and getattr(record, name)))
            self._off_hours_by_hand = bool(record and record.off_hours_by_hand)
            self._explain_off_hours()
            self.show_limits([], [])  # until the page says which limits this entry crossed
            self.scan_identities()
            self._show_summary()
        finally:
            self._loading = False

    def fields(self) -> EntryFields:
        when = self.occurred_at.value()
        document_empty = self.body.document().isEmpty()
        body = "" if document_empty else self.body.toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectGitHub).strip()
        flags = {name: box.isChecked() for name, box in self.flag_boxes.items()}
        return EntryFields(
            title=self.title.text().strip(),
            body=body,
            kind=self._kind,
            occurred_at=when,
            duration_minutes=None if self.duration.value() == NO_VALUE else self.duration.value(),
            channel=self.channel.currentData(),
            persons=self.persons.values(),
            tags=self.tags.values(),
            emotional_weight=None if self.weight.value() == NO_VALUE else self.weight.value(),
            **{**flags, "off_hours": flags["off_hours"] if self._off_hours_by_hand else None},
        )

    def _on_off_hours_toggled(self, _checked: bool) -> None:
        if not self._loading:
            self._off_hours_by_hand = True
            self._explain_off_hours()

    def _explain_off_hours(self) -> None:
        box = self.flag_boxes["off_hours"]
        if self._off_hours_by_hand:
            box.setToolTip(self.tr("Outside your working hours (set by you)"))
        else:
            box.setToolTip(self.tr("Outside your working hours: for a contact, Carnet ticks it from your working "
                                   "hours when you have set them (a reflection is not work done off-hours). "
                                   "Tick or untick it to decide yourself."))
        box.setAccessibleDescription(box.toolTip())

    def show_limits(self, crossed: list[str], hand_checked: list[tuple[str, str]]) -> None:
        """Say quietly which of the worker's limits this entry crossed; offer to tick by hand
        the limits Carnet cannot measure (``hand_checked``: uuid and description)."""
        self.limits_label.setText(self.tr("Crossed one of my limits: %1").replace("%1", "; ".join(crossed))
                                  if crossed else "")
        self.tick_menu.clear()
        for uuid, text in hand_checked:
            act = self.tick_menu.addAction(text)
            act.triggered.connect(lambda _c=False, u=uuid: self.limit_ticked.emit(u))
        can_tick = bool(hand_checked) and not self.is_draft
        self.tick_button.setVisible(can_tick)
        self.limits_row.setVisible(bool(crossed) or can_tick)

    def set_choices(self, persons: list[str], tags: list[str]) -> None:
        self.persons.set_choices(persons)
        self.tags.set_choices(tags)
        self._known_pseudonyms = list(persons)

    # ----- the pseudonymisation helper: a help, not a guarantee

    def scan_identities(self) -> list[Finding]:
        """Underline what looks like a real identity (runs on a pause in typing, ~10 ms)."""
        self._identity_timer.stop()
        text = self.body.toPlainText()
        known = [*self._known_pseudonyms, *self.persons.values()]
        self._findings = find_identifying(text, known) if len(text) <= IDENTITY_SCAN_MAX_CHARS else []
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        mark, tint = theme.attention_colours()  # visible at a glance; the hint below says why
        underline.setUnderlineColor(mark)
        underline.setBackground(tint)
        selections = []
        for finding in self._findings:
            selection = QTextEdit.ExtraSelection()
            cursor = self.body.textCursor()
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = underline
            selections.append(selection)
        self.body.setExtraSelections(selections)
        if self._findings:
            self.pseudonym_reminder.setText(self._identity_warning(len(self._findings)))
        else:
            self.pseudonym_reminder.setText(self.tr("Pseudonyms only: never a real name."))
        self._show_attention()
        return self._findings

    def _identity_warning(self, count: int) -> str:
        return self.tr("%n passage(s) may identify someone (underlined): right-click to replace with a pseudonym. "
                       "Carnet's check is a help, not a guarantee.", "", count)

    def finding_at(self, position: int) -> Finding | None:
        return next((f for f in self._findings if f.start <= position <= f.end), None)

    def replace_finding(self, finding: Finding, replacement: str) -> None:
        cursor = self.body.textCursor()
        cursor.setPosition(finding.start)
        cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)  # one undo step
        self.scan_identities()

    def _on_body_menu(self, point: QPoint) -> None:
        menu = self.body.createStandardContextMenu(point)
        finding = self.finding_at(self.body.cursorForPosition(point).position())
        if finding is not None:
            existing = [*self._known_pseudonyms, *self.persons.values()]
            suggestion = suggest_pseudonym(finding, existing, self.language)
            first = menu.actions()[0] if menu.actions() else None
            replace_action = QAction(self.tr("Replace with the pseudonym \u201c%1\u201d").replace("%1", suggestion), menu)
            replace_action.triggered.connect(lambda: self.replace_finding(finding, suggestion))
            menu.insertAction(first, replace_action)
            menu.insertSeparator(first)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.body.viewport().mapToGlobal(point))

    def clear(self) -> None:
        """Empty every field and forget the completions (used when locking)."""
        self.load(None)
        self.body.clear()
        space_lines(self.body.document())
        self.body.document().clearUndoRedoStacks()
        self.set_choices([], [])
        forget_words()  # the identity check's cache of the words it has seen

    def _on_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()


def _icon_if_shipped(name: str) -> QIcon:
    """An icon of the set, or none (the style's arrow stands in) while the set lacks it."""
    shipped = (files("journal_app.resources") / "icons" / f"{name}.svg").is_file()
    return icon(name) if shipped else QIcon()


def _lowercase_first(text: str) -> str:
    """A label inside a sentence: "Off-hours" reads "off-hours" after a middle dot."""
    return text[:1].lower() + text[1:]


def _unemphasised(text: str) -> str:
    """A guiding question without the italic marks it is saved with."""
    text = text.strip()
    for mark in ("*", "_"):
        if len(text) > 2 and text.startswith(mark) and text.endswith(mark):
            return text[1:-1].strip()
    return text
