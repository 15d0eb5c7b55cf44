"""The entry editor: title, formatted body (stored as Markdown), and the entry's details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QKeyEvent,
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
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
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
from journal_app.ui import labels
from journal_app.ui.icons import icon
from journal_app.ui.widgets import MomentField, SteadyLabel

NO_VALUE = -1
IDENTITY_SCAN_DELAY_MS = 600
IDENTITY_SCAN_MAX_CHARS = 200_000  # about 30,000 words: past this, the scan would be felt


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


class BodyEdit(QTextEdit):
    """The entry's text. Enter at the end of a heading or a guiding question starts a plain
    paragraph (the answer), and letters typed into a heading take the heading's look, so the
    screen always shows what the saved Markdown will give back."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and not cursor.hasSelection() and cursor.atBlockEnd() and is_guide_block(block)):
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            return
        level = block.blockFormat().headingLevel()
        if level and event.text().strip() and not cursor.hasSelection():
            self.mergeCurrentCharFormat(heading_char_format(level))
        super().keyPressEvent(event)


class EntryEditor(QWidget):
    """Emits ``changed`` on every edit by the person; ``fields()`` reads the whole entry."""

    changed = Signal()
    save_as_template_requested = Signal(str, object)  # name, sections
    dilemma_requested = Signal()
    limit_ticked = Signal(str)  # a hand-checked limit's uuid, crossed by this entry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
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

        self.title = QLineEdit()
        self.title.setObjectName("entryTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title of the entry"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title.setFont(title_font)
        layout.addWidget(self.title)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("formatBar")
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        self.body = BodyEdit()
        self.body.setObjectName("entryBody")
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
        layout.addWidget(self.body, 1)

        details = QGroupBox(self.tr("Details"))
        grid = QGridLayout(details)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
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
        self.dilemma_button = QPushButton(self.tr("This raises a &dilemma…"))
        self.dilemma_button.setObjectName("raiseDilemma")
        self.dilemma_button.setToolTip(self.tr("Follow the question this entry raises, over weeks, until it is settled"))
        self.dilemma_button.clicked.connect(self.dilemma_requested)
        grid.addLayout(flags_row, 4, 0, 1, 4)
        limits_row = QHBoxLayout()
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
        limits_row.addWidget(self.limits_label, 1)
        limits_row.addWidget(self.tick_button)
        limits_row.addWidget(self.dilemma_button)
        grid.addLayout(limits_row, 5, 0, 1, 4)
        layout.addWidget(details)

        for signal in (self.title.textEdited, self.body.textChanged, self.occurred_at.changed,
                       self.duration.valueChanged, self.channel.currentIndexChanged, self.weight.valueChanged,
                       self.persons.textEdited, self.tags.textEdited):
            signal.connect(self._on_changed)
        for box in self.flag_boxes.values():
            box.toggled.connect(self._on_changed)
        self.flag_boxes["off_hours"].toggled.connect(self._on_off_hours_toggled)
        self._identity_timer = QTimer(self, singleShot=True, interval=IDENTITY_SCAN_DELAY_MS)
        self._identity_timer.timeout.connect(self.scan_identities)
        self.body.textChanged.connect(self._identity_timer.start)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._on_body_menu)
        self.setFocusProxy(self.title)
        self._set_kind(self._kind)

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
            cursor = self.body.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            first_new = cursor.blockNumber() + 1
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertMarkdown(template.as_markdown())
        first_answer = None
        block = document.findBlockByNumber(first_new)
        while block.isValid():
            following = block.next()
            if is_guide_block(block) and block.text() and not (following.isValid() and is_guide_block(following)
                                                               and not following.blockFormat().headingLevel()):
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
                first_answer = first_answer or QTextCursor(cursor)
            block = following
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

    # ----- formatting

    def _merge_format(self, fmt: QTextCharFormat) -> None:
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.body.mergeCurrentCharFormat(fmt)

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
        self.tick_button.setVisible(bool(hand_checked) and not self.is_draft)

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
        underline.setUnderlineColor(QColor(200, 90, 40))
        underline.setBackground(QColor(255, 190, 110, 70))  # visible at a glance; the hint below says why
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
        self.body.document().clearUndoRedoStacks()
        self.set_choices([], [])
        forget_words()  # the identity check's cache of the words it has seen

    def _on_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()


def _unemphasised(text: str) -> str:
    """A guiding question without the italic marks it is saved with."""
    text = text.strip()
    for mark in ("*", "_"):
        if len(text) > 2 and text.startswith(mark) and text.endswith(mark):
            return text[1:-1].strip()
    return text
