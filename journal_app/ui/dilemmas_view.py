"""Dilemmas: follow each question over weeks until it is settled (or lived with).

The view groups dilemmas by status with their age and last activity; a dilemma's page
shows its whole story on one screen: status, categories and their guiding questions, the
linked entries, dated reflections, what was decided and why, what was learned.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QLocale, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.dilemmas import STATUSES, Category, DilemmaRecord, DilemmaStore, DilemmaStory
from journal_app.core.entries import EntryRecord
from journal_app.ui import labels
from journal_app.ui.components import UNIT, Card, PageHeader, StackPage, list_beside_page, quiet_scroll
from journal_app.ui.widgets import error_label, heading, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker

UuidRole = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 700


def status_name(status: str) -> str:
    return labels.dilemma_status(status)


def _when(moment) -> str:  # type: ignore[no-untyped-def]
    return QLocale().toString(moment.astimezone().replace(tzinfo=None), QLocale.FormatType.ShortFormat)


class CategoryList(QListWidget):
    """Checkable categories, each with its explanation as tooltip."""

    def set_categories(self, categories: list[Category], chosen: tuple[str, ...] = ()) -> None:
        self.blockSignals(True)
        self.clear()
        for category in categories:
            item = QListWidgetItem(category.name)
            item.setData(UuidRole, category.id)
            item.setToolTip(category.explanation)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category.id in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def chosen(self) -> list[str]:
        return [self.item(i).data(UuidRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]


class IndentedWrapDelegate(QStyledItemDelegate):
    """Measures a wrapped row at the width it is drawn in. Qt's tree measures it at the column's
    full width, without its indentation, and without wrapping at all: a title wrapped on two
    lines then hid the line under it (the dilemma's age)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[no-untyped-def]
        tree = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        levels = depth + (1 if tree.rootIsDecorated() else 0)
        measured = QStyleOptionViewItem(option)
        # A valid rect (height too): Qt only wraps while measuring within a valid one.
        measured.rect = QRect(0, 0, max(1, tree.viewport().width() - levels * tree.indentation()), 1)
        hint = super().sizeHint(measured, index)
        # Room around each row, a little more around a status: the list breathes.
        return QSize(hint.width(), hint.height() + (UNIT if depth == 0 else UNIT // 2))


class DilemmasView(StackPage):
    open_entry = Signal(str)
    analysis_group_requested = Signal(str)  # the dilemma's uuid
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
        self.setObjectName("dilemmasView")
        self._worker = worker
        self.language = "fr"
        self._current: str | None = None
        self._shown: str | None = None  # the dilemma whose page is displayed
        self._loading = False

        # The page's frame first, then each card in place: a part then costs what it adds (a whole
        # page put into place at once is restyled at once). The controls join the page in reading
        # order, which is the Tab order.
        self.header = PageHeader(self.tr("Dilemmas"), self.tr(
            "The questions you follow week after week, until they are settled or you learn to live with them."))
        left = Card()
        self.list_card = left
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        splitter = list_beside_page(left, right, [380, 700])
        splitter.setStretchFactor(1, 1)  # a wider window gives its room to the dilemma's page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * UNIT, 2 * UNIT, 3 * UNIT, 2 * UNIT)
        layout.setSpacing(2 * UNIT)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        yield
        self.tree = QTreeWidget()
        self.tree.setObjectName("dilemmaTree")
        self.tree.setAccessibleName(self.tr("Dilemmas, by status"))
        # One column, each dilemma on two lines (its title, then its age and last activity),
        # wrapped rather than cut: French titles are long and the column is narrow.
        self.tree.setHeaderLabels([self.tr("Dilemma")])
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(2 * UNIT)  # the titles keep the room: they are long in French
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegate(IndentedWrapDelegate(self.tree))
        # Rows are measured once: measure them again when the column's width changes.
        self.tree.header().sectionResized.connect(lambda *_args: self.tree.doItemsLayout())
        self.new_button = QPushButton(self.tr("&New dilemma…"))
        self.new_button.setObjectName("newDilemma")
        self.categories_button = QPushButton(self.tr("Kinds of &question…"))
        self.categories_button.setObjectName("manageCategories")
        self.categories_button.setToolTip(self.tr("Add your own kinds of question, rename or hide the others"))
        self.empty_hint = paragraph(self.tr(
            "No dilemma yet. When an entry raises a question you want to follow (lending money, a rule that "
            "feels unfair, a personal phone number given), open it with \u201cThis raises a dilemma\u201d "
            "in the entry, or here."))
        self.empty_hint.setObjectName("dilemmasEmpty")
        left.body.addWidget(self.tree, 1)
        left.body.addWidget(self.empty_hint)
        # One under the other: the list stays narrow and the dilemma's page gets the room.
        for button in (self.new_button, self.categories_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            left.body.addLayout(row)
        left.body.addStretch(0)  # takes the list's room while there is no dilemma

        yield
        # Until a dilemma is chosen, one calm sentence stands where its page will be.
        self.choose_card = Card()
        self.choose_card.body.addWidget(paragraph(self.tr(
            "Choose a dilemma in the list to see its whole story: where it stands, the entries and "
            "reflections that made it, what was decided.")))
        self.choose_card.body.addStretch(1)
        right_layout.addWidget(self.choose_card, 1)
        # The dilemma's page.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, UNIT, 0)  # clear of the scroll bar
        page_layout.setSpacing(2 * UNIT)
        self.page_scroll = quiet_scroll(page, wraps=True)
        self.page = page
        page.setEnabled(False)
        self.page_scroll.hide()
        right_layout.addWidget(self.page_scroll, 1)

        def label(text: str, buddy: QWidget) -> QLabel:
            shown = QLabel(text)
            shown.setBuddy(buddy)
            return shown

        def section(text: str, buddy: QWidget) -> QLabel:  # a card's title that Alt+letter reaches
            title = heading(text, level=2)
            title.setProperty("role", "card-title")
            title.setBuddy(buddy)
            return title

        yield
        self.title = QLineEdit()
        self.title.setObjectName("dilemmaTitle")
        self.title.setAccessibleName(self.tr("Title of the dilemma"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.status_box = QComboBox()
        self.status_box.setObjectName("dilemmaStatus")
        self.status_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never cut
        self.status_box.setAccessibleName(self.tr("Where this dilemma stands"))
        for code in STATUSES:
            self.status_box.addItem(status_name(code), code)
        self.since = QLabel()
        self.since.setProperty("role", "hint")
        self.since.setWordWrap(True)  # a narrow page wraps it rather than widening
        status_row = QHBoxLayout()
        status_row.setSpacing(UNIT)
        status_row.addWidget(label(self.tr("&Where it stands:"), self.status_box))
        status_row.addWidget(self.status_box)
        status_row.addStretch(1)
        title_card = Card()
        title_card.body.addWidget(label(self.tr("&Title:"), self.title))
        title_card.body.addWidget(self.title)
        title_card.body.addLayout(status_row)
        title_card.body.addWidget(self.since)  # under its status: a narrow page does not break it up
        page_layout.addWidget(title_card)
        yield
        self.categories = CategoryList()
        self.categories.setObjectName("dilemmaCategories")
        self.categories.setAccessibleName(self.tr("Kinds of question"))
        # The page scrolls; the lists on it show their rows whole rather than scroll inside it.
        _fit_to_rows(self.categories, most=16)
        self.questions = paragraph()
        self.questions.setObjectName("guidingQuestions")
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        kinds_card = Card()
        kinds_card.body.addWidget(section(self.tr("&Kinds of dilemma"), self.categories))
        kinds_card.body.addWidget(self.categories)
        kinds_card.body.addWidget(self.questions)
        page_layout.addWidget(kinds_card)
        yield
        self.story = QListWidget()
        self.story.setObjectName("dilemmaStory")
        self.story.setAccessibleName(self.tr("The story of this dilemma, oldest first"))
        self.story.setWordWrap(True)
        self.story.setSpacing(UNIT // 2)
        # Its rows wrap, which Qt cannot measure ahead: room for a few events, then it scrolls.
        self.story.setMinimumHeight(8 * (self.story.fontMetrics().height() + UNIT // 2))
        self.reflection = QPlainTextEdit()
        self.reflection.setObjectName("newReflection")
        self.reflection.setAccessibleName(self.tr("A new reflection"))
        self.reflection.setPlaceholderText(self.tr("Where am I with this today?"))
        self.reflection.setMaximumHeight(80)
        self.reflection.setTabChangesFocus(True)
        self.add_reflection_button = QPushButton(self.tr("Add this &reflection"))
        story_card = Card()
        story_card.body.addWidget(section(self.tr("Its &story"), self.story))
        story_card.body.addWidget(self.story)
        story_card.body.addWidget(label(self.tr("New r&eflection:"), self.reflection))
        story_card.body.addWidget(self.reflection)
        reflection_row = QHBoxLayout()
        reflection_row.addStretch(1)
        reflection_row.addWidget(self.add_reflection_button)
        story_card.body.addLayout(reflection_row)
        page_layout.addWidget(story_card)
        yield
        self.analysis_group_button = QPushButton(self.tr("Prepare for an analysis &group…"))
        self.analysis_group_button.setObjectName("dilemmaAnalysisGroup")
        self.analysis_group_button.setToolTip(self.tr(
            "An account of this situation on the analysis grid, for a supervision, intervision or analysis "
            "group: every name, number and date is checked before anything leaves the journal."))
        self.decision = QPlainTextEdit()
        self.decision.setObjectName("dilemmaDecision")
        self.decision.setAccessibleName(self.tr("What was decided, and why"))
        self.decision.setMaximumHeight(80)
        self.decision.setTabChangesFocus(True)
        self.learned = QPlainTextEdit()
        self.learned.setObjectName("dilemmaLearned")
        self.learned.setAccessibleName(self.tr("What I learned"))
        self.learned.setMaximumHeight(80)
        self.learned.setTabChangesFocus(True)
        outcome_card = Card()
        outcome_card.body.addWidget(section(self.tr("What was &decided, and why"), self.decision))
        outcome_card.body.addWidget(self.decision)
        outcome_card.body.addWidget(label(self.tr("What I &learned:"), self.learned))
        outcome_card.body.addWidget(self.learned)
        group_row = QHBoxLayout()
        group_row.addWidget(self.analysis_group_button)
        group_row.addStretch(1)
        outcome_card.body.addLayout(group_row)
        page_layout.addWidget(outcome_card)
        page_layout.addStretch(1)

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_texts)
        for editor in (self.decision, self.learned):
            editor.textChanged.connect(self._on_text_edited)
        self.title.textEdited.connect(lambda _text: self._on_text_edited())
        self.status_box.currentIndexChanged.connect(self._on_status_chosen)
        self.categories.itemChanged.connect(lambda _item: self._save_categories())
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.add_reflection_button.clicked.connect(self._add_reflection)
        self.analysis_group_button.clicked.connect(
            lambda: self._current is not None and self.analysis_group_requested.emit(self._current))
        self.new_button.clicked.connect(self._ask_new)
        self.categories_button.clicked.connect(self._manage_categories)
        self.story.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.unlink_action = QAction(self.tr("Remove this entry from the dilemma"), self.story)
        self.unlink_action.triggered.connect(self._unlink_current_entry)
        self.story.addAction(self.unlink_action)
        self.story.itemActivated.connect(self._on_story_activated)

    # ----- the list

    def refresh(self, select: str | None = None) -> None:
        current = select or self._current
        language = self.language
        self._worker.submit(lambda holder: DilemmaStore(holder.require().database, language).overview(),
                            lambda groups: self._fill(groups, current), self.failed.emit)

    def _fill(self, groups, select: str | None) -> None:  # type: ignore[no-untyped-def]
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen_item = None
        total = 0
        for group in groups:
            parent = QTreeWidgetItem([f"{status_name(group.status)} ({len(group.dilemmas)})"])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            font = parent.font(0)
            font.setWeight(QFont.Weight.DemiBold)
            parent.setFont(0, font)
            self.tree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)  # a status name is longer than the title column in French
            for dilemma in group.dilemmas:
                total += 1
                last = QLocale().toString(dilemma.last_activity.astimezone().date(), QLocale.FormatType.ShortFormat)
                age = (self.tr("opened today") if dilemma.age_days == 0
                       else self.tr("open for %n day(s)", "", dilemma.age_days))
                activity = self.tr("last activity %1").replace("%1", last)
                item = QTreeWidgetItem([f"{dilemma.title}\n{age}"])
                item.setData(0, UuidRole, dilemma.uuid)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{dilemma.title}, {age}, {activity}")
                item.setToolTip(0, f"{dilemma.title}\n{age} · {activity}")
                parent.addChild(item)
                if dilemma.uuid == select:
                    chosen_item = item
            parent.setExpanded(True)
        self.tree.blockSignals(False)
        self.empty_hint.setVisible(total == 0)
        self.tree.setVisible(total > 0)
        body = self.list_card.body
        body.setStretch(body.count() - 1, 1 if total == 0 else 0)
        self.choose_card.setVisible(total > 0 and not self.page_scroll.isVisible())
        if chosen_item is not None:
            self.tree.setCurrentItem(chosen_item)
        elif select is None:
            self._show(None)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:  # type: ignore[no-untyped-def]
        uuid = current.data(0, UuidRole) if current is not None else None
        if uuid is None:
            return
        self._flush()
        self._current = uuid
        self._load_story(uuid)

    def _load_story(self, uuid: str) -> None:
        language = self.language

        def work(holder: JournalHolder) -> tuple[DilemmaStory, list[Category]]:
            store = DilemmaStore(holder.require().database, language)
            return store.story(uuid), store.categories()

        self._worker.submit(work, lambda result: self._show(*result) if self._current == uuid else None,
                            self.failed.emit)

    # ----- the page

    def _show(self, story: DilemmaStory | None, categories: list[Category] | None = None) -> None:
        self._loading = True
        try:
            self.page.setEnabled(story is not None)
            self.page_scroll.setVisible(story is not None)
            self.choose_card.setVisible(story is None and self.tree.topLevelItemCount() > 0
                                        and not self.empty_hint.isVisibleTo(self))
            if story is None:
                self._current = None
                self._shown = None
                for widget in (self.title, self.decision, self.learned, self.reflection):
                    widget.clear()
                self.story.clear()
                self.categories.set_categories([])
                self.questions.clear()
                self.since.clear()
                return
            dilemma = story.dilemma
            # A reload of the page being edited must not replace what is still being typed.
            typing = dilemma.uuid == self._shown and self._save_timer.isActive()
            self._shown = dilemma.uuid
            if not typing:
                self.title.setText(dilemma.title)
                self.title.setCursorPosition(0)  # a long title shows its beginning
                self.decision.setPlainText(dilemma.decision)
                self.learned.setPlainText(dilemma.learned)
            self.status_box.setCurrentIndex(self.status_box.findData(dilemma.status))
            self.since.setText(self.tr("since %1").replace("%1", _when(dilemma.status_since)))
            self.categories.set_categories(categories or [], dilemma.categories)
            questions = [q for category in story.categories for q in category.questions]
            self.questions.setText(
                "<i>" + self.tr("Questions that can help:") + "</i><ul>" +
                "".join(f"<li>{_escape(q)}</li>" for q in questions) + "</ul>" if questions else "")
            self.story.clear()
            for event in story.events:
                self.story.addItem(self._story_item(event))
            self.categories.updateGeometry()  # measured again now that its rows are in
        finally:
            self._loading = False

    def _story_item(self, event) -> QListWidgetItem:  # type: ignore[no-untyped-def]
        when = _when(event.at)
        if event.kind == "status":
            text = self.tr("%1 — now: %2").replace("%1", when).replace("%2", status_name(event.item.status))
            if event.item.note:
                text += f" ({event.item.note})"
            item = QListWidgetItem(text)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        elif event.kind == "entry":
            record: EntryRecord = event.item
            item = QListWidgetItem(self.tr("%1 — entry: %2").replace("%1", when).replace("%2", labels.entry_title(record)))
            item.setData(UuidRole, record.uuid)
            item.setToolTip(self.tr("Press Enter or double-click to open this entry"))
        else:
            item = QListWidgetItem(self.tr("%1 — reflection: %2").replace("%1", when).replace("%2", event.item.body))
        return item

    def _on_story_activated(self, item: QListWidgetItem) -> None:
        uuid = item.data(UuidRole)
        if uuid:
            self.open_entry.emit(uuid)

    def _unlink_current_entry(self) -> None:
        item = self.story.currentItem()
        uuid, entry_uuid = self._current, item.data(UuidRole) if item else None
        if uuid is None or not entry_uuid:
            return

        def work(holder: JournalHolder) -> None:
            DilemmaStore(holder.require().database).unlink_entry(uuid, entry_uuid)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(uuid), self.failed.emit)

    def _manage_categories(self) -> None:
        language = self.language
        self._worker.submit(
            lambda holder: DilemmaStore(holder.require().database, language).categories(include_hidden=True),
            self._open_categories_dialog, self.failed.emit)

    def _open_categories_dialog(self, categories: list[Category]) -> None:
        dialog = CategoriesDialog(categories, self)
        dialog.changed.connect(self._apply_category_change)
        dialog.finished.connect(dialog.deleteLater)
        self.categories_dialog = dialog
        dialog.open()

    def _apply_category_change(self, action: str, category_id: str, value: str) -> None:
        language = self.language

        def work(holder: JournalHolder) -> list[Category]:
            store = DilemmaStore(holder.require().database, language)
            if action == "add":
                store.add_category(value)
            elif action == "rename":
                store.rename_category(category_id, value)
            elif action == "hide":
                store.hide_category(category_id, value == "1")
            holder.require().save()
            return store.categories(include_hidden=True)

        def done(categories: list[Category]) -> None:
            dialog = getattr(self, "categories_dialog", None)
            if dialog is not None and dialog.isVisible():
                dialog.set_categories(categories)
            if self._current:
                self._load_story(self._current)

        self._worker.submit(work, done, self.failed.emit)

    def _on_text_edited(self) -> None:
        if not self._loading and self._current:
            self._save_timer.start()

    def _flush(self) -> None:
        if self._save_timer.isActive():
            self._save_texts()

    def _save_texts(self) -> None:
        self._save_timer.stop()
        uuid = self._current
        if uuid is None:
            return
        title, decision, learned = self.title.text(), self.decision.toPlainText(), self.learned.toPlainText()

        def work(holder: JournalHolder) -> DilemmaRecord:
            record = DilemmaStore(holder.require().database).update(
                uuid, title=title if title.strip() else None, decision=decision, learned=learned)
            holder.require().save()
            return record

        self._worker.submit(work, lambda _record: self._after_change(uuid, reload_page=False), self.failed.emit)

    def _save_categories(self) -> None:
        uuid, chosen = self._current, self.categories.chosen()
        if self._loading or uuid is None:
            return

        def work(holder: JournalHolder) -> None:
            DilemmaStore(holder.require().database).update(uuid, categories=chosen)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(uuid), self.failed.emit)

    def _on_status_chosen(self, _index: int) -> None:
        uuid, status = self._current, self.status_box.currentData()
        if self._loading or uuid is None:
            return

        def work(holder: JournalHolder) -> None:
            DilemmaStore(holder.require().database).set_status(uuid, status)
            holder.require().save()

        self._worker.submit(work, lambda _r: self._after_change(uuid), self.failed.emit)

    def _add_reflection(self) -> None:
        uuid, body = self._current, self.reflection.toPlainText().strip()
        if uuid is None or not body:
            return

        def work(holder: JournalHolder) -> None:
            DilemmaStore(holder.require().database).add_reflection(uuid, body)
            holder.require().save()

        def done(_result: None) -> None:
            self.reflection.clear()
            self._after_change(uuid)

        self._worker.submit(work, done, self.failed.emit)

    def _after_change(self, uuid: str, reload_page: bool = True) -> None:
        self.status.emit(self.tr("Saved"))
        self.refresh(select=uuid)
        if reload_page:
            self._load_story(uuid)

    def _ask_new(self) -> None:
        self._flush()
        language = self.language
        self._worker.submit(
            lambda holder: (DilemmaStore(holder.require().database, language).categories(), []),
            lambda result: self._open_dialog(*result), self.failed.emit)

    def _open_dialog(self, categories: list[Category], dilemmas: list[DilemmaRecord], entry_uuid: str | None = None) -> None:
        dialog = RaiseDilemmaDialog(categories, dilemmas, self)
        dialog.chosen.connect(lambda existing, title, chosen: self.raise_dilemma(entry_uuid, existing, title, chosen))
        dialog.finished.connect(self._forget_dialog)
        self.dialog: RaiseDilemmaDialog | None = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def raise_dilemma(self, entry_uuid: str | None, existing: str | None, title: str, categories: list[str]) -> None:
        """Link an entry to an existing dilemma, or open a new one (from the entry, or not)."""

        def work(holder: JournalHolder) -> DilemmaRecord:
            store = DilemmaStore(holder.require().database)
            if existing is not None:
                record = store.link_entry(existing, entry_uuid) if entry_uuid else store.get(existing)
            else:
                record = store.create(title, categories, entry_uuid)
            holder.require().save()
            return record

        def done(record: DilemmaRecord) -> None:
            self.status.emit(self.tr("Saved"))
            self._current = record.uuid
            self.refresh(select=record.uuid)
            self._load_story(record.uuid)

        self._worker.submit(work, done, self.failed.emit)

    def clear(self) -> None:
        self._flush()
        self.tree.clear()
        self.dialog = None
        self._show(None)


class CategoriesDialog(QDialog):
    """The kinds of question: the eleven drawn from the report, and the worker's own.
    Rename one (an empty name brings back a built-in's own), hide one, add one."""

    changed = Signal(str, str, str)  # action (add, rename, hide), category id, value

    def __init__(self, categories: list[Category], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(self.tr("Kinds of question"))
        self.list = QListWidget()
        self.list.setObjectName("categoryList")
        self.list.setAccessibleName(self.tr("Kinds of question; untick one to hide it"))
        self.name = QLineEdit()
        self.name.setObjectName("categoryName")
        self.name.setAccessibleName(self.tr("Name of the kind of question"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newCategoryName")
        self.new_name.setPlaceholderText(self.tr("A kind of question of my own"))
        self.new_name.setAccessibleName(self.tr("A new kind of question"))
        self.add_button = QPushButton(self.tr("&Add"))
        hint = paragraph(self.tr("Untick a kind of question to hide it. Dilemmas that use it keep it."))
        hint.setProperty("role", "hint")
        rename_row = QHBoxLayout()
        rename_row.addWidget(self.name, 1)
        rename_row.addWidget(self.rename_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(rename_row)
        layout.addLayout(add_row)
        layout.addWidget(buttons)
        self.set_categories(categories)
        self.list.currentItemChanged.connect(
            lambda item, _prev: self.name.setText(item.text() if item else ""))
        self.list.itemChanged.connect(self._on_item_changed)
        self.rename_button.clicked.connect(self._rename)
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        self.resize(opening_size(self, 520, 560))

    def set_categories(self, categories: list[Category]) -> None:
        current = self.list.currentItem().data(UuidRole) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        for category in categories:
            item = QListWidgetItem(category.name)
            item.setData(UuidRole, category.id)
            item.setToolTip(category.explanation or self.tr("One of my own"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if category.hidden else Qt.CheckState.Checked)
            self.list.addItem(item)
            if category.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        hidden = item.checkState() == Qt.CheckState.Unchecked
        self.changed.emit("hide", item.data(UuidRole), "1" if hidden else "0")

    def _rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.changed.emit("rename", item.data(UuidRole), self.name.text().strip())

    def _add(self) -> None:
        if self.new_name.text().strip():
            self.changed.emit("add", "", self.new_name.text().strip())
            self.new_name.clear()


class RaiseDilemmaDialog(QDialog):
    """Attach an entry to a dilemma already followed, or open a new one."""

    chosen = Signal(object, str, list)  # existing uuid or None, new title, categories

    def __init__(self, categories: list[Category], dilemmas: list[DilemmaRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raiseDilemmaDialog")
        self.setWindowTitle(self.tr("This raises a dilemma"))
        self.attach = QRadioButton(self.tr("&Add it to a dilemma I already follow:"))
        self.existing = QListWidget()
        self.existing.setObjectName("existingDilemmas")
        self.existing.setAccessibleName(self.tr("Dilemmas I follow"))
        for dilemma in dilemmas:
            item = QListWidgetItem(f"{dilemma.title} — {status_name(dilemma.status)}")
            item.setData(UuidRole, dilemma.uuid)
            self.existing.addItem(item)
        self.create = QRadioButton(self.tr("&Open a new dilemma:"))
        self.title = QLineEdit()
        self.title.setObjectName("newDilemmaTitle")
        self.title.setAccessibleName(self.tr("Title of the new dilemma"))
        self.title.setPlaceholderText(self.tr("In a few words, e.g. \u201cLending money to A.\u201d"))
        self.categories = CategoryList()
        self.categories.setObjectName("newDilemmaCategories")
        self.categories.setAccessibleName(self.tr("Kinds of question"))
        self.categories.set_categories(categories)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if dilemmas:
            layout.addWidget(self.attach)
            layout.addWidget(self.existing)
            self.existing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self.existing.itemSelectionChanged.connect(lambda: self.attach.setChecked(True))
        else:
            self.attach.hide()
            self.existing.hide()
        layout.addWidget(self.create)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Which kinds of question does it raise?")))
        layout.addWidget(self.categories)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.create.setChecked(True)
        self.title.textEdited.connect(lambda _t: self.create.setChecked(True))
        self.resize(opening_size(self, 520, 560))

    def accept(self) -> None:
        if self.attach.isChecked():
            item = self.existing.currentItem()
            if item is None:
                self._complain(self.tr("Choose the dilemma to add it to."))
                return
            self.chosen.emit(item.data(UuidRole), "", [])
        else:
            if not self.title.text().strip():
                self._complain(self.tr("Give the new dilemma a title."))
                return
            if not self.categories.chosen():
                self._complain(self.tr("Tick at least one kind of question it raises."))
                return
            self.chosen.emit(None, self.title.text().strip(), self.categories.chosen())
        super().accept()

    def _complain(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _fit_to_rows(view: QListWidget, most: int) -> None:
    """As tall as its rows (at least three lines, at most ``most``), never squeezed."""
    line = view.fontMetrics().height() + UNIT // 2
    view.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    view.setMinimumHeight(3 * line)
    view.setMaximumHeight(most * line)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
