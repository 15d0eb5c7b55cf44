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
        self.write_button.clicked.connect(lambda: self._finish(self.write_requested))
        self.later_button.clicked.connect(lambda: self._finish(self.snoozed))
        self.close_button.clicked.connect(lambda: self._finish(self.dismissed))
        self.hide()

    def show_prompt(self, prompt: ShownPrompt | None) -> None:
        self._prompt = prompt
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
        prompt = self._prompt
        self.show_prompt(None)
        if prompt is not None:
            signal.emit(prompt)
