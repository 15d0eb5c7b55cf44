"""The open journal: search and filters, the list of entries, and the editor with autosave."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QLayout,
    QLayoutItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.entries import FLAG_NAMES, EntryFields, EntryFilter, EntryRecord
from journal_app.core.errors import JournalError
from journal_app.core.limits import LimitStore
from journal_app.core.templates import Template
from journal_app.ui import labels
from journal_app.ui.editor import EntryEditor
from journal_app.ui.components import UNIT, StackPage
from journal_app.ui.entry_list import EntryDelegate, EntryListModel, EntryListView
from journal_app.ui.icons import icon
from journal_app.ui.limits_view import describe, describe_label
from journal_app.ui.widgets import heading, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker

PAGE_SIZE = 200
SEARCH_DELAY_MS = 150
AUTOSAVE_DELAY_MS = 800
# The autosave leaves the words an edit replaced in the encrypted search index (purging them
# rewrites the whole index: ~190 ms at 50,000 entries); this long after the last autosave, or
# at locking, a save purges them (Journal.save).
PURGE_DELAY_MS = 20_000


class JournalPage(StackPage):
    """Emits ``status`` with short texts for the status bar (never content) and ``failed``
    with core errors for the window to explain."""

    status = Signal(str)
    failed = Signal(object)
    deleted = Signal(object)
    saved = Signal()  # an autosave is on disk: the other views may fetch what changed

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        """``in_steps``: the page is made by ``parts_to_build``, one part per ``next()`` (each
        under a frame), so that building it ahead never holds the window still."""
        super().__init__(parent)
        self._worker = worker
        self.parts_to_build: Iterator[None] = self._build_parts()
        if not in_steps:
            for _part in self.parts_to_build:
                pass

    def _build_parts(self) -> Iterator[None]:
        self.setObjectName("journalPage")
        self._generation = 0  # results of an older search are dropped
        # How far the person paged through this list: a refresh of the same list (a save, a
        # merge, the view made ready) reloads as many rows, so it keeps their place and selection.
        self._rows_paged = PAGE_SIZE
        self._listed: EntryFilter | None = None
        self._dirty = False
        self._total = 0
        # The splitter in place first: each part below then costs what it adds to it (a whole
        # page put into place at once is restyled at once).
        self.splitter = QSplitter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the workspace already has margins; every pixel counts at 1024
        layout.addWidget(self.splitter)

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        magnifier = self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for button in self.search.findChildren(QToolButton):  # the icon's button: named, no text to clip
            if button.defaultAction() is magnifier:
                button.setAccessibleName(self.tr("Search the journal"))
        magnifier.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.OtherFocusReason))
        self.chips: dict[str, QToolButton] = {}
        chips_row = ChipFlow(spacing=UNIT // 2)
        for name in FLAG_NAMES:
            chip = QToolButton()
            chip.setObjectName(f"chip_{name}")
            chip.setProperty("role", "chip")
            chip.setCheckable(True)
            chip.setText(labels.flag(name))
            chip.setIcon(icon(name))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setToolTip(self.tr("Show only: %1").replace("%1", labels.flag_explanation(name)))
            chip.setAccessibleName(self.tr("Filter: %1").replace("%1", labels.flag(name)))
            chip.toggled.connect(self._on_filter_changed)
            self.chips[name] = chip
            chips_row.addWidget(chip)
        yield

        self.model = EntryListModel(self)
        self.list = EntryListView()
        self.list.setObjectName("entryList")
        self.list.setAccessibleName(self.tr("Entries, newest first"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Rows opening a day are taller (they carry its heading), so each row is measured; in
        # batches, so that thousands of loaded rows never hold the window still.
        self.list.setUniformItemSizes(False)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(PAGE_SIZE)
        self.list.setMouseTracking(True)  # the row under the pointer is shown, softly
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setProperty("role", "hint")

        self.empty_state = QWidget()
        empty_layout = QVBoxLayout(self.empty_state)
        self.empty_title = heading(self.tr("Your journal is empty"), level=2)
        self.empty_text = paragraph(self.tr(
            "Write your first entry: a contact, a situation that stays with you, a question for supervision. "
            "Press Ctrl+N or the button below."))
        self.empty_button = QPushButton(self.tr("&Write a first entry"))
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(2)
        self.no_results = paragraph(self.tr("No entry matches this search."))
        self.no_results.setObjectName("noResults")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.no_results)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(UNIT)
        left_layout.addWidget(self.search)
        left_layout.addLayout(chips_row)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count_label)
        yield
        self.splitter.addWidget(left)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.empty_state)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([330, 800])
        self.splitter.setChildrenCollapsible(False)
        yield

        # The editor in place after its first part (its title and text, sized while it has no
        # parent): each later part then costs what it adds, not a restyle of the whole editor.
        self.editor = EntryEditor(in_steps=True)
        next(self.editor.parts_to_build)
        self.editor_stack.addWidget(self.editor)
        yield
        yield from self.editor.parts_to_build

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        # Precise: a coarse timer may fire 5 % (40 ms) late, and "Saved" with it (issue 17).
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS,
                                      timerType=Qt.TimerType.PreciseTimer)
        self._autosave_timer.timeout.connect(self.save_now)
        self.purge_timer = QTimer(self, singleShot=True, interval=PURGE_DELAY_MS)  # tests shorten it
        self.purge_timer.timeout.connect(self._purge_removed_words)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.model.more_wanted.connect(self._load_more)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.editor.changed.connect(self._on_edited)
        self.editor.limit_ticked.connect(self.tick_limit)
        self.empty_button.clicked.connect(self.new_entry)
        self.setTabOrder(self.search, self.list)

    # ----- listing and searching

    def criteria(self) -> EntryFilter:
        return EntryFilter(text=self.search.text(),
                           flags=frozenset(name for name, chip in self.chips.items() if chip.isChecked()))

    def is_filtered(self) -> bool:
        criteria = self.criteria()
        return bool(criteria.text.strip() or criteria.flags)

    def refresh(self, select_uuid: str | None = None) -> None:
        self._generation += 1
        generation = self._generation
        if self.criteria() != self._listed:  # another search or filter: from its first page
            self._listed, self._rows_paged = self.criteria(), PAGE_SIZE
        rows = self._rows_paged
        criteria = replace(self.criteria(), limit=rows + 1)

        def work(holder: JournalHolder) -> tuple[list[EntryRecord], int, list[str], list[str]]:
            store = holder.require().entries
            return store.list(criteria), store.count(replace(criteria, limit=None)), store.persons(), store.tags()

        def done(result: tuple[list[EntryRecord], int, list[str], list[str]]) -> None:
            if generation != self._generation:
                return
            records, total, persons, tags = result
            self.model.set_records(records[:rows], has_more=len(records) > rows)
            self.editor.set_choices(persons, tags)
            self._update_count(total)
            self._update_states()
            uuid = select_uuid or self.editor.uuid
            if (row := self.model.row_of(uuid)) is not None:
                self._select_row(row)

        self._worker.submit(work, done, self.failed.emit)

    def _load_more(self) -> None:
        generation = self._generation
        self._rows_paged = self.model.rowCount() + PAGE_SIZE  # a refresh meanwhile brings this page too
        criteria = replace(self.criteria(), limit=PAGE_SIZE + 1, offset=self.model.rowCount())

        def done(records: list[EntryRecord]) -> None:
            if generation == self._generation:
                self.model.append_records(records[:PAGE_SIZE], has_more=len(records) > PAGE_SIZE)

        self._worker.submit(lambda holder: holder.require().entries.list(criteria), done, self.failed.emit)

    def _update_count(self, total: int) -> None:
        self._total = total
        if self.is_filtered():
            self.count_label.setText(self.tr("%n matching entries", "", total))
        else:
            self.count_label.setText(self.tr("%n entries", "", total))

    def _update_states(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.list_stack.setCurrentWidget(self.list if has_rows or not self.is_filtered() else self.no_results)
        if self.editor_stack.currentWidget() is self.empty_state or not has_rows:
            journal_empty = not has_rows and not self.is_filtered() and self.editor.is_draft
            show_empty = journal_empty and not self._dirty
            if not show_empty and self.editor_stack.currentWidget() is self.empty_state and not self._dirty:
                self.editor.load(None)  # a fresh draft of now, never the blank form's 01/01/2000
            self.editor_stack.setCurrentWidget(self.empty_state if show_empty else self.editor)

    def _on_filter_changed(self) -> None:
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ----- selecting and editing

    def _select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _on_current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            return
        record = self.model.record(current.row())
        if record.uuid == self.editor.uuid:
            return
        self.save_now()
        self.editor.load(record)
        self.editor_stack.setCurrentWidget(self.editor)
        self.load_limits(record.uuid)

    def load_limits(self, uuid: str) -> None:
        """Which of the worker's limits this entry crossed, and which ones it can tick by hand."""

        def work(holder: JournalHolder) -> tuple[list[str], list[tuple[str, str]]]:
            journal = holder.require()
            if not journal.entries.exists(uuid):
                return [], []
            store = LimitStore(journal.database)
            day = journal.entries.get(uuid).occurred_at.date()  # a tick counts on a day the limit was in force
            crossed = [describe_label(c) for c in store.crossings_of_entry(uuid)]
            manual = [(limit.uuid, describe(limit)) for limit in store.in_force(day) if not limit.measured]
            return crossed, manual

        def done(result: tuple[list[str], list[tuple[str, str]]]) -> None:
            if self.editor.uuid == uuid:
                self.editor.show_limits(*result)

        self._worker.submit(work, done, self.failed.emit)

    def tick_limit(self, limit_uuid: str) -> None:
        uuid = self.editor.uuid
        self.save_now()

        def work(holder: JournalHolder) -> None:
            LimitStore(holder.require().database).mark_crossed(limit_uuid, uuid)
            holder.require().save()

        self._worker.submit(work, lambda _r: self.load_limits(uuid), self.failed.emit)

    def open_entry(self, uuid: str) -> None:
        """Show one entry in the editor, even when the list does not hold it (old or filtered out)."""
        self.save_now()

        def done(record: EntryRecord) -> None:
            self.editor.load(record)
            self.editor_stack.setCurrentWidget(self.editor)
            self.load_limits(uuid)
            if (row := self.model.row_of(uuid)) is not None:
                self._select_row_quietly(uuid)
                self.list.scrollTo(self.model.index(row))
            self.editor.body.setFocus()

        self._worker.submit(lambda holder: holder.require().entries.get(uuid), done, self.failed.emit)

    def start_from_template(self, template: Template) -> None:
        """Start a new reflection with a template's sections and questions."""
        self.new_entry()
        self.editor.apply_template(template)

    def new_entry(self) -> None:
        self.save_now()
        self.list.selectionModel().clearSelection()
        self.list.selectionModel().setCurrentIndex(self.model.index(-1), QItemSelectionModel.SelectionFlag.Clear)
        self.editor.load(None)
        self.editor_stack.setCurrentWidget(self.editor)
        self.editor.title.setFocus()

    def _on_edited(self) -> None:
        self._dirty = True
        self.status.emit(self.tr("Saving…"))
        self._autosave_timer.start()

    def has_unsaved_edit(self) -> bool:
        return self._dirty

    def save_now(self, on_saved=None) -> None:  # type: ignore[no-untyped-def]
        """Write the entry being edited (if changed) and save the journal, on the worker."""
        self._autosave_timer.stop()
        if not self._dirty:
            if on_saved is not None:
                on_saved()
            return
        self._dirty = False
        fields = self.editor.fields()
        uuid = self.editor.uuid
        if self.editor.is_draft and _is_blank(fields):
            if on_saved is not None:
                on_saved()
            return

        def work(holder: JournalHolder) -> tuple[EntryRecord, bool]:
            store = holder.require().entries
            existed = store.exists(uuid)
            record = store.update(uuid, fields) if existed else store.add(fields, uuid=uuid)
            holder.require().save(purge_removed_words=False)  # "Saved" at once; purged at the pause
            return record, existed

        def done(result: tuple[EntryRecord, bool]) -> None:
            record, existed = result
            self.editor.mark_saved(record.uuid)
            if not self.is_filtered() or self.model.row_of(record.uuid) is not None:
                self.model.put(record)
                if self.editor.uuid == record.uuid:
                    self._select_row_quietly(record.uuid)
            self._update_count(self._total + (0 if existed else 1))
            self._update_states()
            if not self._dirty:  # else newer text waits for its own save: still "Saving…"
                self.status.emit(self.tr("Saved"))
            self.purge_timer.start()
            self.saved.emit()
            if on_saved is not None:
                on_saved()

        def failed(error: JournalError) -> None:
            self._dirty = True  # keep the edit: it will be tried again
            self.status.emit(self.tr("Not saved"))
            self.failed.emit(error)

        self._worker.submit(work, done, failed)

    def _purge_removed_words(self) -> None:
        """The person paused: a save that purges what the autosaves left (nothing when nothing
        is owed). While they still type, the next autosave starts the wait again."""
        if self._dirty:
            return
        self._worker.submit(lambda holder: holder.require().save_if_changed(purge_removed_words=True),
                            lambda _saved: None, self.failed.emit)

    def _select_row_quietly(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is None:
            return
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.list.viewport().update()

    def delete_current(self) -> None:
        uuid = self.editor.uuid
        if self.editor.is_draft:
            self.editor.load(None)
            self._dirty = False
            return
        self._autosave_timer.stop()
        self._dirty = False

        def work(holder: JournalHolder) -> EntryRecord:
            journal = holder.require()
            record = journal.entries.delete(uuid)
            journal.save()
            return record

        def done(record: EntryRecord) -> None:
            self.model.remove(record.uuid)
            self.editor.load(None)
            self._update_count(max(0, self._total - 1))
            self._update_states()
            self.deleted.emit(record)

        self._worker.submit(work, done, self.failed.emit)

    def restore(self, record: EntryRecord) -> None:
        def work(holder: JournalHolder) -> EntryRecord:
            journal = holder.require()
            restored = journal.entries.restore(record)
            journal.save()
            return restored

        self._worker.submit(work, lambda restored: self.refresh(select_uuid=restored.uuid), self.failed.emit)

    def clear(self) -> None:
        """Forget every piece of journal data shown (used when locking)."""
        self._generation += 1
        self._autosave_timer.stop()
        self.purge_timer.stop()  # locking saves, and purges, itself
        self._dirty = False
        self.search.clear()
        self._search_timer.stop()  # after clearing the field, whose change starts it again
        for chip in self.chips.values():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self.model.clear()
        self.editor.clear()
        self.count_label.clear()
        self.editor_stack.setCurrentWidget(self.empty_state)


class ChipFlow(QLayout):
    """Chips on one row when there is room, wrapped on more rows when there is not (Qt's
    "flow layout" example, reduced to what the filter chips need)."""

    def __init__(self, spacing: int) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


def _is_blank(fields: EntryFields) -> bool:
    return not (fields.title or fields.body or fields.persons or fields.tags)
