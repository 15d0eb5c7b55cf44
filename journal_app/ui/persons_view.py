"""The person register: pseudonyms with their counts, a private note, and their entries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.entries import EntryFilter, EntryRecord
from journal_app.core.persons import PersonStore, PersonSummary
from journal_app.ui.entry_list import EntryDelegate, EntryListModel
from journal_app.ui.components import FILL_BATCH, UNIT, Card, PageHeader, StackPage, list_beside_page
from journal_app.ui.widgets import heading, paragraph
from journal_app.ui.worker import FairStep, JournalHolder, JournalWorker, fair_single_shot

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LAST_COLUMN = 4
ENTRIES_BATCH = 50  # rows of a person's entries laid out per pass of the event loop


class PersonsView(StackPage):
    open_entry = Signal(str)
    log_contact_requested = Signal()
    failed = Signal(object)

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        """``in_steps``: the view is made by ``parts_to_build``, one part per ``next()`` (each
        under a frame), so that building it ahead never holds the window still."""
        super().__init__(parent)
        self.parts_to_build: Iterator[None] = self._build_parts(worker)
        if not in_steps:
            for _part in self.parts_to_build:
                pass

    def _build_parts(self, worker: JournalWorker) -> Iterator[None]:
        self.setObjectName("personsView")
        self._worker = worker
        self._summaries: list[PersonSummary] = []
        self._sorted_once = False
        self._fill_generation = 0  # a newer fill (or a clear) stops the batches of an older one
        # The page's frame first, then each part in place: a part then costs what it adds (a whole
        # page put into place at once is restyled at once). Each control joins the window in
        # reading order, which is the Tab order.
        self.header = PageHeader(self.tr("People"), self.tr(
            "The people you work with, under the pseudonyms you gave them: their contacts, your note "
            "about them and the entries that name them."))
        self.list_card = Card()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        splitter = list_beside_page(self.list_card, right, [740, 340])  # the table whole, at 1024 pixels too
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * UNIT, 2 * UNIT, 3 * UNIT, 2 * UNIT)
        layout.setSpacing(2 * UNIT)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        yield
        self.table_model = QStandardItemModel(self)
        self.table_model.setSortRole(SORT_ROLE)
        self.table_model.setHorizontalHeaderLabels([self.tr("Pseudonym"), self.tr("Contacts"), self.tr("Off-hours"),
                                                    self.tr("First"), self.tr("Last")])
        self.table = QTableView()
        self.table.setObjectName("personsTable")
        self.table.setAccessibleName(self.tr("Persons, by pseudonym"))
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Every column as wide as its content (French headers are long); the pseudonym never wraps.
        # Measured once per fill (``_fill``), not by the header at every layout: ResizeToContents
        # measured every row again at each page switch (issue 17).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move inside
        self.table.setSortingEnabled(True)
        # Light rules: no grid, no row numbers, a quiet header; rows with room to breathe.
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 2 * UNIT)
        reminder = QLabel(self.tr("People appear here only by the pseudonyms you gave them. "
                                  "Never type a real name."))
        reminder.setWordWrap(True)
        reminder.setProperty("role", "hint")
        self.empty_hint = paragraph(self.tr(
            "No one yet. When you write an entry about a person, under a pseudonym, they appear here "
            "with their contacts."))
        self.empty_hint.setObjectName("personsEmpty")
        self.log_button = QPushButton(self.tr("Log a &contact…"))
        self.log_button.setObjectName("personsLogContact")
        self.log_button.clicked.connect(self.log_contact_requested)
        empty_action = QHBoxLayout()
        empty_action.addWidget(self.log_button)
        empty_action.addStretch(1)
        for widget in (self.empty_hint, self.log_button):
            widget.hide()
        self.list_card.body.addWidget(self.table, 1)
        self.list_card.body.addWidget(self.empty_hint)
        self.list_card.body.addLayout(empty_action)
        self.list_card.body.addWidget(reminder)
        self.list_card.body.addStretch(0)  # takes the table's room while there is no one
        yield

        # Until a person is chosen, one calm sentence stands where their page will be.
        self.choose_hint = paragraph(self.tr("Choose a person in the list to see your note about them "
                                             "and every entry that names them."))
        self.choose_hint.setProperty("role", "hint")
        self.choose_card = Card()
        self.choose_card.body.addWidget(self.choose_hint)
        self.choose_card.body.addStretch(1)
        right_layout.addWidget(self.choose_card, 1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.setSpacing(2 * UNIT)
        self.detail = detail
        detail.setEnabled(False)
        detail.hide()
        right_layout.addWidget(detail, 1)
        self.title = heading(level=2)
        self.title.setProperty("role", "card-title")
        self.pseudonym = QLineEdit()
        self.pseudonym.setObjectName("personPseudonym")
        self.pseudonym.setAccessibleName(self.tr("Pseudonym"))
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("personNote")
        self.note.setAccessibleName(self.tr("Private note about this person"))
        self.note.setPlaceholderText(self.tr("A private note (optional): what helps to remember the situation."))
        self.note.setMaximumHeight(self.fontMetrics().height() * 6)
        self.note.setTabChangesFocus(True)  # Tab moves on: a keyboard walk is never caught here
        rename_row = QHBoxLayout()
        rename_row.setSpacing(UNIT)
        rename_row.addWidget(self.pseudonym, 1)
        rename_row.addWidget(self.rename_button)
        pseudonym_label = QLabel(self.tr("&Pseudonym:"))
        pseudonym_label.setBuddy(self.pseudonym)
        note_label = QLabel(self.tr("N&ote:"))
        note_label.setBuddy(self.note)
        person_card = Card()
        person_card.body.addWidget(self.title)
        person_card.body.addWidget(pseudonym_label)
        person_card.body.addLayout(rename_row)
        person_card.body.addSpacing(UNIT // 2)
        person_card.body.addWidget(note_label)
        person_card.body.addWidget(self.note)
        detail_layout.addWidget(person_card)
        yield
        self.entries_model = EntryListModel(self)
        self.entries = QListView()
        self.entries.setObjectName("personEntries")
        self.entries.setAccessibleName(self.tr("Entries about this person"))
        self.entries.setModel(self.entries_model)
        self.entries.setItemDelegate(EntryDelegate(self.entries))
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide their title
        # Someone met for years has hundreds of entries, each row measured: in batches, so that
        # choosing them never holds the window still (as the journal's own list does).
        self.entries.setLayoutMode(QListView.LayoutMode.Batched)
        self.entries.setBatchSize(ENTRIES_BATCH)
        entries_card = Card(self.tr("Entries about this person"))
        entries_card.body.addWidget(self.entries, 1)
        detail_layout.addWidget(entries_card, 1)

        self._note_timer = QTimer(self, singleShot=True, interval=700)
        self._note_timer.timeout.connect(self._save_note)
        self.note.textChanged.connect(lambda: self.detail.isEnabled() and self._note_timer.start())
        # The person's page comes in the pass after the one that made them current: showing People
        # gives the table the focus, which makes its first row current, and the page's switch and
        # the person's page laid out and painted for the first time made one gap of 19-22 ms at
        # 10k and 50k (issue 17); in two passes each stays under a frame.
        # A step that lets the timers fallen due meanwhile go first (the page's paint may come first).
        self._person_timer = FairStep(lambda: self._show_person(self.table.currentIndex().row()), self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.rename_button.clicked.connect(self._rename)
        self.pseudonym.returnPressed.connect(self._rename)
        self.entries.activated.connect(lambda i: self.open_entry.emit(self.entries_model.record(i.row()).uuid))
        self.entries.doubleClicked.connect(lambda i: self.open_entry.emit(self.entries_model.record(i.row()).uuid))

    def refresh(self, select: str | None = None) -> None:
        current = select or self._current_pseudonym()
        self._worker.submit(lambda holder: PersonStore(holder.require().database).summaries(),
                            lambda summaries: self._fill(summaries, current), self.failed.emit)

    def _fill(self, summaries: list[PersonSummary], select: str | None) -> None:
        self._summaries = summaries
        self._fill_generation += 1
        generation = self._fill_generation
        locale = QLocale()
        self.table_model.removeRows(0, self.table_model.rowCount())
        # Rows go in already in the order the table sorts by (Qt's sort, the same stable one): a
        # sort of the filled table costs as much as the filling (each cell measured again).
        header = self.table.horizontalHeader()
        ordered = _sorted(summaries, header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self._sorted_once:  # most recent contact first, until the person sorts otherwise
            ordered = _sorted(ordered, LAST_COLUMN, Qt.SortOrder.DescendingOrder)
            header.setSortIndicator(LAST_COLUMN, Qt.SortOrder.DescendingOrder)  # sorts the empty table
            self._sorted_once = True
        rows = iter(ordered)

        def add(count: int) -> bool:
            """Appends up to ``count`` rows; False once every row is in."""
            for summary in islice(rows, count):
                name = QStandardItem(summary.pseudonym)
                name.setData(summary.pseudonym.casefold(), SORT_ROLE)
                row = [name, _number(summary.contacts), _number(summary.off_hours)]
                for moment in (summary.first_contact, summary.last_contact):
                    item = QStandardItem(locale.toString(moment.astimezone().date(), QLocale.FormatType.ShortFormat)
                                         if moment else "")
                    item.setData(moment.isoformat() if moment else "", SORT_ROLE)
                    row.append(item)
                self.table_model.appendRow(row)
            return self.table_model.rowCount() < len(ordered)

        def in_batches() -> None:  # filled ahead of need: a batch per pass, each under a frame
            if generation != self._fill_generation:
                return
            if add(FILL_BATCH) and not self.isVisible():
                fair_single_shot(1, self, in_batches)
                return
            add(len(ordered))  # what is left, at once if the view is shown meanwhile
            # The columns measured in a later pass again.
            fair_single_shot(1, self, lambda: generation == self._fill_generation
                              and self.table.resizeColumnsToContents())
            self._filled(summaries, select)

        if self.isVisible():
            add(len(ordered))
            self.table.resizeColumnsToContents()
            self._filled(summaries, select)
        else:
            in_batches()

    def _filled(self, summaries: list[PersonSummary], select: str | None) -> None:
        self.empty_hint.setVisible(not summaries)
        self.log_button.setVisible(not summaries)
        self.table.setVisible(bool(summaries))
        body = self.list_card.body
        body.setStretch(body.count() - 1, 0 if summaries else 1)
        self.choose_card.setVisible(bool(summaries) and not self.detail.isVisible())
        for row in range(self.table_model.rowCount()):
            if self.table_model.item(row, 0).text() == select:
                self.table.selectRow(row)
                break
        else:
            if self.table.hasFocus() and self.table_model.rowCount():
                # As the focus coming in does (a refill just after it emptied the list): the
                # first person, the most recent, is current and shown, however the two met.
                self.table.selectionModel().setCurrentIndex(self.table_model.index(0, 0),
                                                            QItemSelectionModel.SelectionFlag.NoUpdate)

    def _current_pseudonym(self) -> str | None:
        index = self.table.currentIndex()
        return self.table_model.item(index.row(), 0).text() if index.isValid() else None

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.choose_card.setVisible(False)  # not "choose a person" for the frame before their page
        self._person_timer.start(1)

    def _show_person(self, row: int) -> None:
        if row < 0:
            return
        pseudonym = self.table_model.item(row, 0).text()
        summary = next((s for s in self._summaries if s.pseudonym == pseudonym), None)
        self._show_detail(True)
        self.title.setText(pseudonym)
        self.pseudonym.setText(pseudonym)
        self.note.blockSignals(True)
        self.note.setPlainText(summary.note if summary else "")
        self.note.blockSignals(False)
        criteria = EntryFilter(persons=(pseudonym,))

        def done(records: list[EntryRecord]) -> None:
            if self._current_pseudonym() == pseudonym:
                self.entries_model.set_records(records, has_more=False)

        self._worker.submit(lambda holder: holder.require().entries.list(criteria), done, self.failed.emit)

    def _save_note(self) -> None:
        pseudonym, note = self._current_pseudonym(), self.note.toPlainText()
        if pseudonym is None:
            return

        def work(holder: JournalHolder) -> None:
            PersonStore(holder.require().database).set_note(pseudonym, note)
            holder.require().save()

        self._worker.submit(work, None, self.failed.emit)

    def _rename(self) -> None:
        old, new = self._current_pseudonym(), self.pseudonym.text().strip()
        if old is None or not new or new == old:
            return

        def work(holder: JournalHolder) -> None:
            PersonStore(holder.require().database).rename(old, new)
            holder.require().save()

        self._worker.submit(work, lambda _r: self.refresh(select=new), self.failed.emit)

    def clear(self) -> None:
        if self._note_timer.isActive():  # a note typed just before locking is still saved
            self._note_timer.stop()
            self._save_note()
        self._summaries = []
        self._fill_generation += 1  # rows of a fill still coming in batches are for the journal just closed
        self.table_model.removeRows(0, self.table_model.rowCount())
        self._person_timer.stop()  # no person's page after locking
        self.entries_model.clear()
        self.note.blockSignals(True)
        self.note.clear()
        self.note.blockSignals(False)
        self.pseudonym.clear()
        self.title.clear()
        self._show_detail(False)

    def _show_detail(self, shown: bool) -> None:
        self.detail.setEnabled(shown)
        self.detail.setVisible(shown)
        self.choose_card.setVisible(not shown)


def _number(value: int) -> QStandardItem:
    item = QStandardItem(str(value))
    item.setData(value, SORT_ROLE)  # sorts as a number
    return item


# What each column sorts by (its items' SORT_ROLE data).
_SORT_KEYS: tuple[Callable[[PersonSummary], object], ...] = (
    lambda summary: summary.pseudonym.casefold(),
    lambda summary: summary.contacts,
    lambda summary: summary.off_hours,
    lambda summary: summary.first_contact.isoformat() if summary.first_contact else "",
    lambda summary: summary.last_contact.isoformat() if summary.last_contact else "")


def _sorted(summaries: list[PersonSummary], column: int, order: Qt.SortOrder) -> list[PersonSummary]:
    """In the table's order for that column (stable, as Qt's sort)."""
    if not 0 <= column < len(_SORT_KEYS):
        return list(summaries)
    return sorted(summaries, key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
