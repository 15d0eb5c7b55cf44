"""A calm banner with the question of the day, shown on unlocking. Never an alarm.

"Write about it" opens a new entry with the question as its first line; "Not now" brings
it back in a few days; the cross sets it aside for its cooldown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from journal_app.core.prompts import ShownPrompt


class PromptBanner(QFrame):
    write_requested = Signal(object)  # ShownPrompt
    snoozed = Signal(object)
    dismissed = Signal(object)
    checkin_requested = Signal()  # the invitation to a check-in, when one is due
    checkin_postponed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptBanner")
        self.setProperty("role", "banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._prompt: ShownPrompt | None = None
        self.text = QLabel()
        self.text.setObjectName("promptText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel()
        self.source.setProperty("role", "hint")
        self.write_button = QPushButton(self.tr("&Write about it"))
        self.write_button.setObjectName("promptWrite")
        self.later_button = QPushButton(self.tr("Not &now"))
        self.later_button.setObjectName("promptLater")
        self.close_button = QToolButton()
        self.close_button.setObjectName("promptDismiss")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Set this question aside"))
        self.close_button.setAccessibleName(self.tr("Set this question aside"))
        words = QVBoxLayout()
        words.addWidget(self.text)
        words.addWidget(self.source)
        layout = QHBoxLayout(self)
        layout.addLayout(words, 1)
        layout.addWidget(self.write_button)
        layout.addWidget(self.later_button)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._invitation = False
        self.write_button.clicked.connect(lambda: self._finish(self.write_requested))
        self.later_button.clicked.connect(lambda: self._finish(self.snoozed))
        self.close_button.clicked.connect(lambda: self._finish(self.dismissed))
        self.hide()

    def show_checkin_invitation(self) -> None:
        """The same calm banner, asking for the periodic check-in instead of a question."""
        self._prompt, self._invitation = None, True
        self.text.setText(self.tr("It is time for your check-in: a few questions on how you are doing, "
                                  "about three minutes. Only you will see the answers."))
        self.setAccessibleName(self.text.text())
        self.source.setText(self.tr("You can change how often in Questions and reminder."))
        self.write_button.setText(self.tr("&Check in now"))
        self.show()

    def show_prompt(self, prompt: ShownPrompt | None) -> None:
        self._prompt, self._invitation = prompt, False
        self.write_button.setText(self.tr("&Write about it"))
        if prompt is None:
            self.hide()
            return
        self.text.setText(prompt.text)
        self.setAccessibleName(self.tr("A question for you: %1").replace("%1", prompt.text))
        self.source.setText(self.tr("Drawn from the report on social work, section %1").replace(
            "%1", prompt.report_section))
        self.show()

    def clear(self) -> None:
        self.show_prompt(None)

    def _finish(self, signal: Signal) -> None:  # type: ignore[type-arg]
        prompt, invitation = self._prompt, self._invitation
        self.show_prompt(None)
        if invitation:
            (self.checkin_requested if signal is self.write_requested else self.checkin_postponed).emit()
            return
        if prompt is not None:
            signal.emit(prompt)
