"""Supervision: the agenda of what to bring, the brief to take along, and the sessions held.

The agenda gathers the entries marked "for supervision", the dilemmas "to bring to
supervision" and the follow-ups earlier sessions left (``core/supervision.py`` keeps it in
step with the marks on every refresh). The worker puts it in order (drag and drop, or
Alt+Up / Alt+Down), writes for each item the question to bring, and sees how long it has
waited. "Prepare the brief…" opens the review step and the export; "Record a session…"
records what was discussed, moves the discussed dilemmas on and puts follow-ups on the next
agenda. The history lists the sessions and how often each kind of dilemma was brought.
"""

from __future__ import annotations

from collections.abc import Iterator

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.briefs import Brief
from journal_app.core.database import Database
from journal_app.core.supervision import (
    AgendaItem,
    CategoryCount,
    SessionRecord,
    SupervisionStore,
    supervision_brief,
)
from journal_app.ui import labels
from journal_app.ui.messages import show_message
from journal_app.ui.review_dialog import ExportReviewDialog
from journal_app.ui.session_dialog import SessionDialog, item_kind_name, session_kind_name
from journal_app.ui.components import UNIT, Card, PageHeader, StackPage
from journal_app.ui.widgets import heading, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker

UuidRole = Qt.ItemDataRole.UserRole + 1
DetailsRole = Qt.ItemDataRole.UserRole + 2  # the second line of an agenda row
SAVE_DELAY_MS = 700

ModelIndex = QModelIndex | QPersistentModelIndex


def _day(moment: date | datetime) -> str:
    day = moment.astimezone().date() if isinstance(moment, datetime) else moment
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class AgendaDelegate(QStyledItemDelegate):
    """Two lines: the number and title, then kind, day and how long it waited, quieter."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(200, self.PADDING * 2 + option.fontMetrics.height() * 2 + 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        self.initStyleOption(option, index)
        title, details = option.text, index.data(DetailsRole) or ""
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        ink = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(ink)
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, first.width()))
        painter.setFont(option.font)
        painter.setPen(ink if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        second = QRect(rect.left(), rect.top() + line + 3, rect.width(), line)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(details, Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()


class SupervisionView(StackPage):
    open_entry = Signal(str)
    open_dilemma = Signal(str)
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
        self.setObjectName("supervisionView")
        self._worker = worker
        self.language = "fr"  # of the brief's headings and of the kinds of dilemma
        self._agenda: list[AgendaItem] = []
        self._sessions: list[SessionRecord] = []
        self._current: str | None = None  # the agenda item shown beside the list
        self._loading = False
        self.review_dialog: ExportReviewDialog | None = None
        self.session_dialog: SessionDialog | None = None

        # The page's frame first (its header, the two tabs and their layouts), then each card in
        # place: a part then costs what it adds (a whole page put into place at once is restyled at
        # once). The controls join the page in reading order, which is the Tab order.
        self.header = PageHeader(self.tr("Supervision"), self.tr(
            "Prepare what you bring to supervision, and keep what came out of each session."))
        self.agenda_columns = columns = QHBoxLayout()
        columns.setSpacing(2 * UNIT)
        actions_row = QHBoxLayout()
        agenda_page = QWidget()
        agenda_layout = QVBoxLayout(agenda_page)
        agenda_layout.setContentsMargins(0, 2 * UNIT, 0, 0)
        agenda_layout.setSpacing(2 * UNIT)
        agenda_layout.addLayout(columns, 1)
        agenda_layout.addLayout(actions_row)
        self.history_column = QVBoxLayout()
        self.history_column.setSpacing(2 * UNIT)
        history_page = QWidget()
        history_layout = QHBoxLayout(history_page)
        history_layout.setContentsMargins(0, 2 * UNIT, 0, 0)
        history_layout.setSpacing(2 * UNIT)
        history_layout.addLayout(self.history_column, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supervisionTabs")
        self.tabs.setDocumentMode(True)  # the tabs over the page, without a box around it
        self.tabs.addTab(agenda_page, self.tr("Agenda"))
        self.tabs.addTab(history_page, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * UNIT, 2 * UNIT, 3 * UNIT, 2 * UNIT)
        layout.setSpacing(UNIT)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        yield

        # ----- the agenda
        self.agenda_intro = intro = paragraph(self.tr("What you want to bring to supervision, in the order you want to bring it. "
                                  "Drag an item, or use Alt+Up and Alt+Down, to change the order."))
        intro.setProperty("role", "hint")
        self.agenda = QListWidget()
        self.agenda.setObjectName("supervisionAgenda")
        self.agenda.setAccessibleName(self.tr("The agenda, in order"))
        self.agenda.setWordWrap(True)
        self.agenda.setItemDelegate(AgendaDelegate(self.agenda))
        self.agenda.setUniformItemSizes(True)
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.empty_hint = paragraph(self.tr(
            "Nothing to bring yet. An entry comes here when you mark it \u201cfor supervision\u201d; a dilemma "
            "when you set it to \u201cto bring to supervision\u201d. You can also add a reminder of your own below."))
        self.empty_hint.setObjectName("supervisionEmpty")
        self.empty_hint.hide()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("supervisionUp")
        self.up_button.setToolTip(self.tr("Earlier on the agenda (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setObjectName("supervisionDown")
        self.down_button.setToolTip(self.tr("Later on the agenda (Alt+Down)"))
        self.remove_button = QPushButton(self.tr("&Take off the agenda"))
        self.remove_button.setObjectName("supervisionRemove")
        self.remove_button.setToolTip(self.tr("The entry is no longer marked for supervision; the dilemma goes back "
                                              "to where it stood before (Delete)"))
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("supervisionFollowUp")
        self.follow_up.setPlaceholderText(self.tr("A reminder of my own, to add to the agenda"))
        self.follow_up.setAccessibleName(self.tr("A reminder of my own"))
        self.add_follow_up_button = QPushButton(self.tr("&Add"))
        self.add_follow_up_button.setObjectName("supervisionAddFollowUp")
        move_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            move_row.addWidget(button)
        move_row.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.follow_up, 1)
        add_row.addWidget(self.add_follow_up_button)
        self.agenda_card = left = Card()
        left_layout = left.body
        left_layout.addWidget(intro)
        left_layout.addWidget(self.agenda, 1)
        left_layout.addWidget(self.empty_hint)
        left_layout.addLayout(move_row)
        left_layout.addSpacing(UNIT)
        left_layout.addLayout(add_row)
        # A sentence alone stays a readable line, not the whole width of a large window.
        left.setMaximumWidth(left.fontMetrics().averageCharWidth() * 110)
        columns.addWidget(left, 3)

        yield
        # ----- the item in hand
        self.item_title = heading("", level=2)
        self.item_title.setObjectName("supervisionItemTitle")
        self.item_facts = paragraph()
        self.item_facts.setObjectName("supervisionItemFacts")
        self.item_facts.setProperty("role", "hint")
        self.open_button = QPushButton()
        self.open_button.setObjectName("supervisionOpen")
        self.question = QPlainTextEdit()
        self.question.setObjectName("supervisionQuestion")
        self.question.setAccessibleName(self.tr("The question I want to bring"))
        self.question.setPlaceholderText(self.tr("What do I want to understand, decide or hear about this?"))
        self.question.setTabChangesFocus(True)
        question_label = QLabel(self.tr("The &question I want to bring:"))
        question_label.setBuddy(self.question)
        question_label.setWordWrap(True)  # the panel may be narrow beside the agenda with a large font
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        self.item_panel = Card()
        panel_layout = self.item_panel.body
        panel_layout.addWidget(self.item_title)
        panel_layout.addWidget(self.item_facts)
        panel_layout.addLayout(open_row)
        panel_layout.addWidget(question_label)
        panel_layout.addWidget(self.question, 1)
        self.item_panel.setEnabled(False)

        columns.addWidget(self.item_panel, 2)
        columns.addStretch(0)  # the room beside an empty agenda
        self.brief_button = QPushButton(self.tr("&Prepare the brief…"))
        self.brief_button.setObjectName("supervisionBrief")
        self.brief_button.setToolTip(self.tr("Check what could identify someone, then save the agenda as a PDF "
                                             "or Markdown file"))
        self.session_button = QPushButton(self.tr("&Record a session…"))
        self.session_button.setObjectName("supervisionSession")
        self.session_button.setToolTip(self.tr("After the session: what was discussed, what came out of it, "
                                               "and what to bring next time"))
        actions_row.addWidget(self.brief_button)
        actions_row.addWidget(self.session_button)
        actions_row.addStretch(1)

        yield
        # ----- the history
        self.sessions = QTreeWidget()
        self.sessions.setObjectName("supervisionSessions")
        self.sessions.setAccessibleName(self.tr("Sessions held, the most recent first"))
        self.sessions.setRootIsDecorated(False)
        self.sessions.setHeaderLabels([self.tr("Day"), self.tr("With whom"), self.tr("Kind")])
        self.sessions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sessions.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.header().setStretchLastSection(False)
        self.no_sessions = paragraph(self.tr("No session recorded yet. After a session, \u201cRecord a session…\u201d "
                                             "keeps what was discussed and what came out of it."))
        self.no_sessions.setProperty("role", "hint")
        self.no_sessions.setObjectName("supervisionNoSessions")
        # Before the first session: one calm card, its sentence and the one thing to do.
        self.history_record_button = QPushButton(self.tr("&Record a session…"))
        self.history_record_button.setObjectName("supervisionHistoryRecord")
        self.sessions_card = Card(self.tr("Sessions"))
        self.sessions_card.body.addWidget(self.sessions, 1)
        self.sessions_card.body.addWidget(self.no_sessions)
        self.sessions_card.body.addWidget(self.history_record_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.categories = QTableWidget(0, 3)
        self.categories.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.categories.setObjectName("supervisionCategories")
        self.categories.setAccessibleName(self.tr("How often each kind of dilemma was brought"))
        self.categories.setHorizontalHeaderLabels([self.tr("Kind of dilemma"), self.tr("Times brought"),
                                                   self.tr("Last brought")])
        self.categories.verticalHeader().hide()
        self.categories.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.categories.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.categories.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.categories.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.categories.setShowGrid(False)
        for header in (self.categories.horizontalHeader(), self.sessions.header()):
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            header.setHighlightSections(False)
        self.no_categories = paragraph(self.tr("No dilemma discussed in a session yet."))
        self.no_categories.setProperty("role", "hint")
        self.categories_card = Card(self.tr("Kinds of dilemma brought"))
        self.categories_card.body.addWidget(self.categories, 1)
        self.categories_card.body.addWidget(self.no_categories)
        for card in (self.sessions_card, self.categories_card):  # a sentence alone stays a readable line
            card.setMaximumWidth(card.fontMetrics().averageCharWidth() * 90)
        self.history_column.addWidget(self.sessions_card, 1)
        yield
        self.history_column.addWidget(self.categories_card, 1)
        self.history_column.addStretch(0)  # takes the height instead of the cards while they are empty
        self.session_detail = QTextBrowser()
        self.session_detail.setObjectName("supervisionSessionDetail")
        self.session_detail.setAccessibleName(self.tr("The session chosen"))
        self.detail_card = Card()
        self.detail_card.body.addWidget(self.session_detail)
        history_layout.addWidget(self.detail_card, 1)

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_question)
        self.question.textChanged.connect(self._on_question_edited)
        self.agenda.currentItemChanged.connect(self._on_current_changed)
        self.agenda.itemActivated.connect(lambda _item: self._open_current())
        self.agenda.model().rowsMoved.connect(self._on_rows_dropped)
        self.open_button.clicked.connect(self._open_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        for keys, action in (("Alt+Up", lambda: self.move_current(-1)), ("Alt+Down", lambda: self.move_current(1)),
                             (QKeySequence.StandardKey.Delete, self.remove_current)):
            shortcut = QShortcut(QKeySequence(keys), self.agenda)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.add_follow_up_button.clicked.connect(self.add_follow_up)
        self.follow_up.returnPressed.connect(self.add_follow_up)
        self.brief_button.clicked.connect(self.prepare_brief)
        self.session_button.clicked.connect(self.record_session)
        self.history_record_button.clicked.connect(self.record_session)
        self.sessions.currentItemChanged.connect(lambda current, _previous: self._show_session(current))
        self._show_item(None)
        self._update_buttons()

    # ----- loading

    def refresh(self) -> None:
        """The agenda (in step with the marks), the sessions and the kinds of dilemma brought."""
        language = self.language

        def work(holder: JournalHolder) -> tuple[list[AgendaItem], list[SessionRecord], list[CategoryCount]]:
            journal = holder.require()
            store = SupervisionStore(journal.database)
            agenda = store.sync_agenda()
            journal.save_if_changed()  # what was newly marked or unmarked, kept
            return agenda, store.sessions(), store.category_counts(language=language)

        self._worker.submit(work, lambda result: self._fill(*result), self.failed.emit)

    def _fill(self, agenda: list[AgendaItem], sessions: list[SessionRecord], counts: list[CategoryCount]) -> None:
        self._fill_agenda(agenda)
        self._fill_history(sessions, counts)

    def _fill_agenda(self, agenda: list[AgendaItem], select: str | None = None) -> None:
        select = select or self._current
        self._agenda = agenda
        self.agenda.blockSignals(True)
        self.agenda.clear()
        chosen = None
        for item in agenda:
            row = QListWidgetItem(f"{item.position + 1}. {item.title}")
            row.setData(UuidRole, item.uuid)
            row.setData(DetailsRole, self._details(item))
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.text()}; {self._details(item)}")
            row.setToolTip(item.question or self.tr("No question written yet"))
            self.agenda.addItem(row)
            if item.uuid == select:
                chosen = row
        self.agenda.blockSignals(False)
        self.empty_hint.setVisible(not agenda)
        # An empty agenda is one sentence and one action (a reminder of one's own): no list, no
        # buttons to reorder nothing, no empty panel beside it.
        for widget in (self.agenda, self.agenda_intro, self.up_button, self.down_button, self.remove_button,
                       self.item_panel):
            widget.setVisible(bool(agenda))
        self.agenda_columns.setAlignment(self.agenda_card, Qt.AlignmentFlag(0) if agenda else Qt.AlignmentFlag.AlignTop)
        self.tabs.setTabText(0, self.tr("Agenda (%1)").replace("%1", str(len(agenda))))
        if chosen is None and agenda:
            chosen = self.agenda.item(0)
        if chosen is not None:
            self.agenda.setCurrentItem(chosen)
        self._on_current_changed(self.agenda.currentItem(), None)

    def _details(self, item: AgendaItem) -> str:
        parts = [item_kind_name(item.kind), _day(self._day_of(item)), self.waited_words(item.waited_days)]
        if not item.question:
            parts.append(self.tr("no question yet"))
        return " · ".join(parts)

    def waited_words(self, days: int) -> str:
        if days == 0:
            return self.tr("added today")
        return self.tr("waiting for %n day(s)", "", days)

    def _day_of(self, item: AgendaItem) -> date | datetime:
        """The day shown for an item: when the entry happened, when the dilemma was opened,
        when the follow-up was added."""
        if item.entry is not None:
            return item.entry.occurred_at or item.entry.created_at
        if item.dilemma is not None:
            return item.dilemma.opened_at
        return item.added_at

    def _fill_history(self, sessions: list[SessionRecord], counts: list[CategoryCount]) -> None:
        selected = self.sessions.currentItem().data(0, UuidRole) if self.sessions.currentItem() else None
        self._sessions = sessions
        self.sessions.blockSignals(True)
        self.sessions.clear()
        chosen = None
        for record in sessions:
            row = QTreeWidgetItem([_day(record.held_on), record.with_whom, session_kind_name(record.kind)])
            row.setData(0, UuidRole, record.uuid)
            self.sessions.addTopLevelItem(row)
            if record.uuid == selected:
                chosen = row
        self.sessions.blockSignals(False)
        self.sessions.setVisible(bool(sessions))
        self.no_sessions.setVisible(not sessions)
        self.history_record_button.setVisible(not sessions)
        self.detail_card.setVisible(bool(sessions))
        for index, stretch in enumerate((1, 1, 0) if sessions else (0, 0, 1)):
            self.history_column.setStretch(index, stretch)
        self.tabs.setTabText(1, self.tr("History (%1)").replace("%1", str(len(sessions))))
        chosen = chosen or self.sessions.topLevelItem(0)
        if chosen is not None:
            self.sessions.setCurrentItem(chosen)
        self._show_session(chosen)
        self.categories.setRowCount(len(counts))
        for row, count in enumerate(counts):
            last = _day(count.last_brought) if count.last_brought else ""
            for column, text in enumerate((count.name, str(count.sessions), last)):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.categories.setItem(row, column, cell)
        self.categories.setVisible(bool(counts))
        self.no_categories.setVisible(not counts)
        self.categories_card.setVisible(bool(sessions or counts))

    def _show_session(self, row: QTreeWidgetItem | None) -> None:
        uuid = row.data(0, UuidRole) if row is not None else None
        record = next((r for r in self._sessions if r.uuid == uuid), None)
        if record is None:
            self.session_detail.clear()
            return
        e = html.escape
        parts = [f"<h3>{e(_day(record.held_on))} — {e(session_kind_name(record.kind))}</h3>"]
        if record.with_whom:
            with_whom = self.tr("With: %1").replace("%1", record.with_whom)
            parts.append(f"<p>{e(with_whom)}</p>")
        for title, text in ((self.tr("What was discussed"), record.discussed),
                            (self.tr("What came out of it"), record.outcome)):
            if text:
                parts.append(f"<h4>{e(title)}</h4><p>{'<br>'.join(e(line) for line in text.splitlines())}</p>")
        if record.items:
            rows = []
            for item in record.items:
                text = f"{item_kind_name(item.kind)}: {item.title}"
                if item.status_after:
                    text += " → " + labels.dilemma_status(item.status_after)
                rows.append(f"<li>{e(text)}</li>")
            title = self.tr("From the agenda")
            parts.append(f"<h4>{e(title)}</h4><ul>{''.join(rows)}</ul>")
        if record.follow_ups:
            title = self.tr("Follow-ups for next time")
            parts.append(f"<h4>{e(title)}</h4><ul>"
                         + "".join(f"<li>{e(text)}</li>" for text in record.follow_ups) + "</ul>")
        self.session_detail.setHtml("".join(parts))

    # ----- the item in hand

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        uuid = current.data(UuidRole) if current is not None else None
        if uuid != self._current:
            self._flush()
        self._current = uuid
        self._show_item(self._item(uuid))
        self._update_buttons()

    def _item(self, uuid: str | None) -> AgendaItem | None:
        return next((item for item in self._agenda if item.uuid == uuid), None)

    def _show_item(self, item: AgendaItem | None) -> None:
        self._loading = True
        try:
            self.item_panel.setEnabled(item is not None)
            if item is None:
                self.item_title.clear()
                self.item_facts.clear()
                self.open_button.hide()
                self.question.clear()
                return
            self.item_title.setText(item.title)
            self.item_title.setAccessibleName(item.title)
            facts = [item_kind_name(item.kind), _day(self._day_of(item)), self.waited_words(item.waited_days)]
            self.item_facts.setText(" · ".join(facts))
            self.open_button.setVisible(item.kind != "follow_up")
            self.open_button.setText(self.tr("&Open the entry") if item.kind == "entry" else self.tr("&Open the dilemma"))
            # A reload while the question is being typed must not replace what is being typed.
            if not (self._save_timer.isActive() and self.question.toPlainText() != item.question):
                self.question.setPlainText(item.question)
        finally:
            self._loading = False

    def _open_current(self) -> None:
        item = self._item(self._current)
        if item is None or item.source_uuid is None:
            return
        self._flush()
        (self.open_entry if item.kind == "entry" else self.open_dilemma).emit(item.source_uuid)

    def _update_buttons(self) -> None:
        row = self.agenda.currentRow() if self._current else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.agenda.count() - 1)
        self.remove_button.setEnabled(row >= 0)
        self.brief_button.setEnabled(bool(self._agenda))

    # ----- the question, saved as it is typed

    def _on_question_edited(self) -> None:
        if not self._loading and self._current:
            self._save_timer.start()

    def _flush(self) -> None:
        if self._save_timer.isActive():
            self._save_question()

    def _save_question(self) -> None:
        self._save_timer.stop()
        uuid, question = self._current, self.question.toPlainText()
        if uuid is None:
            return

        def work(holder: JournalHolder) -> AgendaItem:
            journal = holder.require()
            item = SupervisionStore(journal.database).set_question(uuid, question)
            journal.save()
            return item

        self._worker.submit(work, self._on_question_saved, self.failed.emit)

    def _on_question_saved(self, item: AgendaItem) -> None:
        self._agenda = [item if existing.uuid == item.uuid else existing for existing in self._agenda]
        for row in range(self.agenda.count()):
            if self.agenda.item(row).data(UuidRole) == item.uuid:
                self.agenda.item(row).setToolTip(item.question or self.tr("No question written yet"))
                self.agenda.item(row).setData(DetailsRole, self._details(item))
        self.status.emit(self.tr("Saved"))

    # ----- changing the agenda

    def move_current(self, delta: int) -> None:
        row = self.agenda.currentRow()
        if self._current is None or not 0 <= row + delta < self.agenda.count():
            return
        self._move(self._current, row + delta)

    def _on_rows_dropped(self, _parent: QModelIndex, start: int, _end: int, _destination: QModelIndex,
                         row: int) -> None:
        """After a drag and drop: ``row`` is where the item was put, counted before it left."""
        moved = self.agenda.item(row if row < start else row - 1)
        if moved is not None:
            self._move(moved.data(UuidRole), row if row < start else row - 1)

    def _move(self, uuid: str, position: int) -> None:
        self._flush()

        def work(holder: JournalHolder) -> list[AgendaItem]:
            journal = holder.require()
            agenda = SupervisionStore(journal.database).move(uuid, position)
            journal.save()
            return agenda

        self._worker.submit(work, lambda agenda: self._after_agenda_change(agenda, uuid), self.failed.emit)

    def remove_current(self) -> None:
        item = self._item(self._current)
        if item is None:
            return
        self._flush()
        if item.question.strip() or (self.question.toPlainText().strip() and self._current == item.uuid):
            self.confirm_box = show_message(
                self, self.tr("Take off the agenda"),
                self.tr("Take \u201c%1\u201d off the agenda? The question written for it goes with it.")
                .replace("%1", item.title), QMessageBox.Icon.Question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                lambda answer: self._remove(item.uuid) if answer == QMessageBox.StandardButton.Yes else None,
                default=QMessageBox.StandardButton.Cancel)
            return
        self._remove(item.uuid)

    def _remove(self, uuid: str) -> None:
        def work(holder: JournalHolder) -> list[AgendaItem]:
            journal = holder.require()
            store = SupervisionStore(journal.database)
            store.remove(uuid)
            journal.save()
            return store.agenda()

        def done(agenda: list[AgendaItem]) -> None:
            row = self.agenda.currentRow()
            following = agenda[min(row, len(agenda) - 1)].uuid if agenda else None
            self._current = None
            self._after_agenda_change(agenda, following)

        self._worker.submit(work, done, self.failed.emit)

    def add_follow_up(self) -> None:
        text = self.follow_up.text().strip()
        if not text:
            return
        self._flush()

        def work(holder: JournalHolder) -> tuple[list[AgendaItem], str]:
            journal = holder.require()
            store = SupervisionStore(journal.database)
            item = store.add_follow_up(text)
            journal.save()
            return store.agenda(), item.uuid

        def done(result: tuple[list[AgendaItem], str]) -> None:
            self.follow_up.clear()
            self._after_agenda_change(*result)

        self._worker.submit(work, done, self.failed.emit)

    def _after_agenda_change(self, agenda: list[AgendaItem], select: str | None) -> None:
        self.status.emit(self.tr("Saved"))
        self._fill_agenda(agenda, select)

    # ----- the brief and the sessions

    def prepare_brief(self) -> None:
        self._flush()
        language = self.language

        def build(database: Database, coarsen_dates: bool) -> Brief:
            return supervision_brief(database, language=language, coarsen_dates=coarsen_dates)

        name = self.tr("supervision-%1", "file name of the brief; %1 is the date").replace(
            "%1", date.today().isoformat())
        dialog = ExportReviewDialog(self._worker, build, language, name, self)
        dialog.exported.connect(lambda _path: self.status.emit(self.tr("Brief saved (not encrypted)")))
        dialog.finished.connect(dialog.deleteLater)
        self.review_dialog = dialog
        dialog.open()

    def record_session(self) -> None:
        self._flush()
        dialog = SessionDialog(self._worker, self)
        dialog.recorded.connect(self._on_session_recorded)
        dialog.failed.connect(self.failed.emit)
        dialog.finished.connect(dialog.deleteLater)
        self.session_dialog = dialog
        dialog.open()

    def _on_session_recorded(self, _record: SessionRecord) -> None:
        self.status.emit(self.tr("Session recorded"))
        self._current = None
        self.refresh()

    def save_now(self) -> None:
        """Save the question being typed now (before locking, or leaving the view)."""
        self._flush()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._flush()
        super().hideEvent(event)

    def clear(self) -> None:
        self._save_timer.stop()  # the journal is closing: call save_now() before locking
        self._agenda, self._sessions, self._current = [], [], None
        self.agenda.clear()
        self.sessions.clear()
        self.session_detail.clear()
        self.categories.setRowCount(0)
        self.review_dialog = None
        self.session_dialog = None
        self._show_item(None)
        self._update_buttons()
