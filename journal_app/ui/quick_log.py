"""Log a contact in a few seconds, from anywhere in the app or from the tray.

Keyboard only: type the pseudonym, Tab through the few choices, Enter saves.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.entries import EntryFields
from journal_app.core.models import CHANNELS
from journal_app.ui import labels
from journal_app.ui.widgets import MomentField, error_label

DEFAULT_DURATION = 10


class QuickLogDialog(QDialog):
    """Emits ``logged`` with the contact's fields when the person presses Enter."""

    logged = Signal(object)

    def __init__(self, persons: list[str], parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickLogDialog")
        self.setWindowTitle(self.tr("Log a contact"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.person = QLineEdit()
        self.person.setObjectName("quickPerson")
        self.person.setPlaceholderText(self.tr("Pseudonym, e.g. Mrs R."))
        self.person.setAccessibleName(self.tr("Person, by pseudonym"))
        completer = QCompleter(QStringListModel(persons, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.channel = QComboBox()
        self.channel.setObjectName("quickChannel")
        self.channel.setAccessibleName(self.tr("Channel"))
        for code in CHANNELS:
            self.channel.addItem(labels.channel(code), code)
        self.channel.setCurrentIndex(self.channel.findData("work_phone"))
        # The same moments and typing as the entry's details: Down steps to "an hour ago".
        self.when = MomentField(clock=(lambda: now) if now is not None else None)
        self.when.setObjectName("quickWhen")
        self.when.edit.setAccessibleName(self.tr("When did it happen?"))
        self.duration = QSpinBox()
        self.duration.setObjectName("quickDuration")
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(5)
        self.duration.setValue(DEFAULT_DURATION)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.private = QCheckBox(self.tr("Kept private (not shared with the team)"))
        self.private.setObjectName("quickPrivate")
        self.out_of_frame = QCheckBox(self.tr("Out of frame (beyond the mandate or the rules)"))
        self.out_of_frame.setObjectName("quickOutOfFrame")
        self.note = QLineEdit()
        self.note.setObjectName("quickNote")
        self.note.setPlaceholderText(self.tr("One line: what it was about"))
        self.note.setAccessibleName(self.tr("Subject"))
        for text, widget in ((self.tr("&Who:"), self.person), (self.tr("&Channel:"), self.channel),
                             (self.tr("W&hen did it happen?"), self.when),
                             (self.tr("&Duration:"), self.duration), (self.tr("&Subject:"), self.note)):
            label = QLabel(text)
            label.setBuddy(widget.edit if isinstance(widget, MomentField) else widget)  # not a focus proxy: Tab would loop
            form.addRow(label, widget)
        self.error = error_label("quickError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        reminder = QLabel(self.tr("Pseudonyms only: never a real name."))
        reminder.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.private)
        layout.addWidget(self.out_of_frame)
        layout.addWidget(reminder)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Roomy, in characters so it follows the system font; not the dialog's own minimum,
        # which would stop the layout from widening it for long labels.
        self.note.setMinimumWidth(self.note.fontMetrics().averageCharWidth() * 48)

    def occurred_at(self) -> datetime:
        return self.when.value()

    def fields(self) -> EntryFields:
        person = " ".join(self.person.text().split())
        channel = self.channel.currentData()
        note = self.note.text().strip()
        title = note if note else " · ".join(part for part in (labels.channel(channel), person) if part)
        return EntryFields(
            kind="contact",
            title=title,
            occurred_at=self.occurred_at(),
            duration_minutes=self.duration.value() or None,
            channel=channel,
            persons=(person,) if person else (),
            private=self.private.isChecked(),
            out_of_frame=self.out_of_frame.isChecked(),
            off_hours=None,  # computed from the worker's schedule
        )

    def accept(self) -> None:
        if not self.person.text().strip() and not self.note.text().strip():
            self.error.setText(self.tr("Give at least a pseudonym or a subject."))
            self.error.show()
            self.person.setFocus()
            return
        self.logged.emit(self.fields())
        super().accept()
