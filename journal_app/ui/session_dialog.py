"""Recording a supervision session once it was held.

When, with whom (a label: "my supervisor", "the team"), which kind, what was discussed and
what came out of it; which agenda items were discussed (all, unless unticked); where each
discussed dilemma stands now; and follow-ups, one per line, that go on the next agenda.
The dialog records it on the worker (``SupervisionStore.record_session``), saves the
journal, and emits ``recorded``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.dilemmas import STATUSES, THINKING
from journal_app.core.errors import JournalError
from journal_app.core.supervision import KINDS, AgendaItem, SessionRecord, SupervisionStore
from journal_app.ui import labels
from journal_app.ui.messages import error_text
from journal_app.ui.widgets import error_label, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker

UuidRole = Qt.ItemDataRole.UserRole + 1

translate = QCoreApplication.translate


def session_kind_name(kind: str) -> str:
    names = {
        "individual": translate("SessionDialog", "Individual supervision"),
        "group": translate("SessionDialog", "Group supervision"),
        "intervision": translate("SessionDialog", "Intervision (between peers)"),
    }
    return names.get(kind, kind)


def item_kind_name(kind: str) -> str:
    names = {
        "entry": translate("SessionDialog", "Entry"),
        "dilemma": translate("SessionDialog", "Dilemma"),
        "follow_up": translate("SessionDialog", "Follow-up"),
    }
    return names.get(kind, kind)


class SessionDialog(QDialog):
    """Record a session. Loads the agenda and the "with whom" labels used before on the
    worker; emits ``recorded(SessionRecord)`` once it is recorded and saved (and ``failed``
    after it when the journal could not be saved: the session stays recorded in memory)."""

    recorded = Signal(object)
    failed = Signal(object)  # the session was recorded, but saving the journal failed

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("Record a supervision session"))
        self._worker = worker
        self._agenda: list[AgendaItem] = []
        self._recording = False
        today = today or date.today()

        self.held_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.held_on.setObjectName("sessionDate")
        self.held_on.setCalendarPopup(True)
        self.held_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.held_on.setAccessibleName(self.tr("Day of the session"))
        self.with_whom = QComboBox()
        self.with_whom.setObjectName("sessionWithWhom")
        self.with_whom.setEditable(True)
        self.with_whom.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.with_whom.lineEdit().setPlaceholderText(self.tr("e.g. my supervisor, the team"))
        self.with_whom.setAccessibleName(self.tr("With whom"))
        self.kind = QComboBox()
        self.kind.setObjectName("sessionKind")
        self.kind.setAccessibleName(self.tr("Kind of session"))
        for kind in KINDS:
            self.kind.addItem(session_kind_name(kind), kind)
        self.discussed = QPlainTextEdit()
        self.discussed.setObjectName("sessionDiscussed")
        self.discussed.setAccessibleName(self.tr("What was discussed"))
        self.discussed.setTabChangesFocus(True)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("sessionOutcome")
        self.outcome.setAccessibleName(self.tr("What came out of it"))
        self.outcome.setTabChangesFocus(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Day:"), self.held_on), (self.tr("&With whom:"), self.with_whom),
                             (self.tr("&Kind:"), self.kind)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        for text, widget in ((self.tr("What was di&scussed:"), self.discussed),
                             (self.tr("What came &out of it:"), self.outcome)):
            label = QLabel(text)
            label.setBuddy(widget)
            left_layout.addWidget(label)
            left_layout.addWidget(widget, 1)

        self.items = QListWidget()
        self.items.setObjectName("sessionItems")
        self.items.setAccessibleName(self.tr("Agenda items discussed; untick those that were not"))
        self.items.setWordWrap(True)
        self.no_items = paragraph(self.tr("Nothing is on the agenda: the session is recorded with what you write."))
        self.no_items.setProperty("role", "hint")
        self.no_items.hide()
        self.statuses_box = QWidget()
        self.statuses_form = QFormLayout(self.statuses_box)
        self.statuses_form.setContentsMargins(0, 0, 0, 0)
        self.statuses_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.status_boxes: dict[str, QComboBox] = {}  # dilemma uuid -> its status after the session
        self._status_rows: dict[str, int] = {}  # agenda item uuid -> its row in statuses_form
        self.statuses_label = QLabel(self.tr("Where the discussed dilemmas stand now:"))
        self.follow_ups = QPlainTextEdit()
        self.follow_ups.setObjectName("sessionFollowUps")
        self.follow_ups.setAccessibleName(self.tr("Follow-ups, one per line"))
        self.follow_ups.setPlaceholderText(self.tr("One per line: they go on the next agenda"))
        self.follow_ups.setTabChangesFocus(True)
        self.follow_ups.setMaximumHeight(90)
        items_label = QLabel(self.tr("Agenda items dis&cussed:"))
        items_label.setBuddy(self.items)
        follow_ups_label = QLabel(self.tr("&Follow-ups for next time:"))
        follow_ups_label.setBuddy(self.follow_ups)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(items_label)
        right_layout.addWidget(self.items, 1)
        right_layout.addWidget(self.no_items)
        right_layout.addWidget(self.statuses_label)
        right_layout.addWidget(self.statuses_box)
        right_layout.addWidget(follow_ups_label)
        right_layout.addWidget(self.follow_ups)

        columns = QHBoxLayout()
        columns.addWidget(left, 1)
        columns.addSpacing(12)
        columns.addWidget(right, 1)
        self.error = error_label("sessionError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record the session"))
        self.ok_button.setObjectName("sessionRecord")
        self.ok_button.setEnabled(False)  # until the agenda is loaded
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(opening_size(self, 860, 560))

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.items.itemChanged.connect(lambda _item: self._show_status_rows())
        self._update_statuses_label()
        self._load()

    # ----- loading

    def _load(self) -> None:
        def work(holder: JournalHolder) -> tuple[list[AgendaItem], list[str]]:
            store = SupervisionStore(holder.require().database)
            return store.agenda(), store.with_whom_labels()

        self._submit(work, lambda result: self._fill(*result), self._show_error)

    def _fill(self, agenda: list[AgendaItem], with_whom: list[str]) -> None:
        self._agenda = agenda
        typed = self.with_whom.currentText()
        self.with_whom.clear()
        self.with_whom.addItems(with_whom)
        self.with_whom.setEditText(typed or (with_whom[0] if with_whom else ""))
        self.items.blockSignals(True)
        self.items.clear()
        for item in agenda:
            row = QListWidgetItem(f"{item_kind_name(item.kind)}: {item.title}")
            row.setData(UuidRole, item.uuid)
            row.setToolTip(item.question or item.title)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(row)
            if item.dilemma is not None:
                combo = QComboBox()
                combo.setObjectName("sessionDilemmaStatus")
                combo.setAccessibleName(self.tr("Where \u201c%1\u201d stands now").replace("%1", item.title))
                for status in STATUSES:
                    combo.addItem(labels.dilemma_status(status), status)
                combo.setCurrentIndex(combo.findData(THINKING))
                title = QLabel(item.title)
                title.setWordWrap(True)
                title.setBuddy(combo)
                self.statuses_form.addRow(title, combo)
                self.status_boxes[item.dilemma.uuid] = combo
                self._status_rows[item.uuid] = self.statuses_form.rowCount() - 1
        self.items.blockSignals(False)
        self.items.setVisible(bool(agenda))
        self.no_items.setVisible(not agenda)
        self._show_status_rows()
        self.ok_button.setEnabled(True)

    def _show_status_rows(self) -> None:
        chosen = set(self.discussed_item_ids())
        for item_uuid, row in self._status_rows.items():
            self.statuses_form.setRowVisible(row, item_uuid in chosen)
        self._update_statuses_label()

    def _update_statuses_label(self) -> None:
        visible = any(uuid in set(self.discussed_item_ids()) for uuid in self._status_rows)
        self.statuses_label.setVisible(visible)
        self.statuses_box.setVisible(visible)

    # ----- what was chosen

    def discussed_item_ids(self) -> list[str]:
        return [self.items.item(row).data(UuidRole) for row in range(self.items.count())
                if self.items.item(row).checkState() == Qt.CheckState.Checked]

    def status_updates(self) -> dict[str, str]:
        """The new status of each discussed dilemma, by the dilemma's uuid."""
        chosen = set(self.discussed_item_ids())
        return {item.dilemma.uuid: self.status_boxes[item.dilemma.uuid].currentData()
                for item in self._agenda if item.dilemma is not None and item.uuid in chosen}

    def follow_up_texts(self) -> list[str]:
        return [line.strip() for line in self.follow_ups.toPlainText().splitlines() if line.strip()]

    # ----- recording

    def accept(self) -> None:
        if self._recording or not self.ok_button.isEnabled():
            return
        held_on: date = self.held_on.date().toPython()  # type: ignore[assignment]
        with_whom, kind = self.with_whom.currentText().strip(), self.kind.currentData()
        discussed, outcome = self.discussed.toPlainText(), self.outcome.toPlainText()
        if not (discussed.strip() or outcome.strip() or self.discussed_item_ids()):
            self._complain(self.tr("Write what was discussed, or tick what was discussed on the agenda."))
            return
        items, updates, follow_ups = self.discussed_item_ids(), self.status_updates(), self.follow_up_texts()
        self._recording = True
        self.ok_button.setEnabled(False)
        self.error.hide()

        def work(holder: JournalHolder) -> tuple[SessionRecord, JournalError | None]:
            journal = holder.require()
            record = SupervisionStore(journal.database).record_session(
                held_on, with_whom, kind, discussed, outcome, items, updates, follow_ups)
            try:
                journal.save()
            except JournalError as error:  # recorded in memory all the same: never record it twice
                return record, error
            return record, None

        self._submit(work, lambda result: self._on_recorded(*result), self._on_failed)

    def _on_recorded(self, record: SessionRecord, save_error: JournalError | None) -> None:
        self._recording = False
        self.recorded.emit(record)
        if save_error is not None:
            self.failed.emit(save_error)
        super().accept()

    def _on_failed(self, error: JournalError) -> None:
        self._recording = False
        self.ok_button.setEnabled(True)
        self._show_error(error)

    def _show_error(self, error: JournalError) -> None:
        self._complain(error_text(error))

    def _complain(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _submit(self, work: Callable[[JournalHolder], Any], on_done: Callable[[Any], None],
                on_error: Callable[[JournalError], None]) -> None:
        """``worker.submit``, with answers dropped once the dialog is gone."""
        self._worker.submit_for(self, work, on_done, on_error)
