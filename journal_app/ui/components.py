"""The few components of Carnet's design (docs/design.md): a page header and a card.

Their look lives in the application's style sheet, keyed by the ``role`` property; a view
builds with these and never sets a colour or a size of its own. Sizes are multiples of
``UNIT`` so that every page breathes the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from journal_app.ui.widgets import heading, paragraph

UNIT = 8  # the spacing unit, in device-independent pixels


class PageHeader(QWidget):
    """A view's title and one sentence saying what the page is for."""

    def __init__(self, title: str, lede: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.title = heading(title, level=1)
        self.title.setProperty("role", "page-title")
        self.lede = paragraph(lede)
        self.lede.setProperty("role", "page-lede")
        self.lede.setVisible(bool(lede))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, UNIT)
        layout.setSpacing(UNIT // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.lede)

    def set_texts(self, title: str, lede: str = "") -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.lede.setText(lede)
        self.lede.setVisible(bool(lede))


class Card(QFrame):
    """Content grouped on a quiet surface with breathing room, optionally titled.
    Add children to ``card.body`` (a QVBoxLayout)."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(2 * UNIT, int(1.5 * UNIT), 2 * UNIT, 2 * UNIT)
        self.body.setSpacing(UNIT)
        self.title = heading(title, level=2)
        self.title.setProperty("role", "card-title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.title.setVisible(bool(title))
        self.body.addWidget(self.title)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.title.setVisible(bool(title))
