"""While the journal's latest changes cannot be saved: a calm line above every page, and retries."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

# Soon at first (a USB key put back, a file moved back), then once a minute.
RETRY_DELAYS_MS = (5_000, 15_000, 30_000, 60_000)


class SaveProblemBar(QFrame):
    """Says that the changes are kept in memory and not saved yet, and offers the ways out."""

    copy_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveProblem")
        self.setProperty("role", "banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Save an encrypted copy &elsewhere…"))
        self.copy_button.setObjectName("saveCopyElsewhere")
        self.retry_button = QPushButton(self.tr("&Try again now"))
        self.retry_button.setObjectName("retrySave")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        self.copy_button.clicked.connect(self.copy_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_problem(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()


class SaveRetry(QObject):
    """Emits ``due`` after a growing delay; ``delays_ms`` can be shortened (tests)."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delays_ms = list(RETRY_DELAYS_MS)
        self._attempt = 0
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.due)

    def schedule(self) -> None:
        """The next attempt, a little later than the last one."""
        self._timer.start(self.delays_ms[min(self._attempt, len(self.delays_ms) - 1)])
        self._attempt += 1

    def stop(self) -> None:
        self._timer.stop()
        self._attempt = 0

    def is_active(self) -> bool:
        return self._timer.isActive()
