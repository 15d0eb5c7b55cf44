"""The few components of Carnet's design (docs/design.md): page header, card, day heading,
empty state and chip.

Their look lives in the application's style sheet, keyed by the ``role`` property; a view
builds with these and never sets a colour or a size of its own. Sizes are multiples of
``UNIT`` so that every page breathes the same way."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QSplitter, QToolButton, QVBoxLayout, QWidget

from journal_app.ui.icons import icon
from journal_app.ui.theme import TYPE_SCALE
from journal_app.ui.widgets import heading, paragraph

UNIT = 8  # the spacing unit, in device-independent pixels
# Rows of a table filled per pass of the event loop while its view is hidden (made ready ahead):
# each batch stays under a frame; the rest goes in at once if the view is shown meanwhile.
FILL_BATCH = 100


def set_type(widget: QWidget, step: str) -> None:
    """Sizes a widget's text on the type scale ("small", "body", "editor", "card-title",
    "page-title"), relative to the system font."""
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * TYPE_SCALE[step])
    widget.setFont(font)


def list_beside_page(left: QWidget, right: QWidget, sizes: list[int]) -> QSplitter:
    """A view's list beside the page of what is chosen in it (People, Dilemmas): neither side
    can be collapsed away, and the handle is wide enough to grab."""
    splitter = QSplitter()
    splitter.setChildrenCollapsible(False)
    splitter.setHandleWidth(2 * UNIT)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setSizes(sizes)
    return splitter


class StackPage(QWidget):
    """A view, one page of the workspace's stack. Hidden, it needs no height for a width: Qt's
    stacked layout asks every page at each layout of the window (a page switch, a banner shown),
    and each page would measure all its wrapped labels again, the hidden eight too (most of the
    cost of showing a view)."""

    def heightForWidth(self, width: int) -> int:
        return -1 if self.isHidden() else super().heightForWidth(width)


class PageHeader(QWidget):
    """A view's title and one sentence saying what the page is for."""

    def __init__(self, title: str, lede: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.title = heading(title, level=1)
        self.title.setProperty("role", "page-title")
        self.lede = paragraph(lede)
        self.lede.setProperty("role", "page-lede")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, UNIT)
        layout.setSpacing(UNIT // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.lede)
        self.lede.setVisible(bool(lede))  # once in the layout: shown parentless, it would be a window

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
        self.body.addWidget(self.title)
        self.title.setVisible(bool(title))  # once in the layout: shown parentless, it would be a window

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.title.setVisible(bool(title))


class DayHeading(QLabel):
    """The day a group of rows belongs to ("Aujourd’hui", "Dimanche 22 novembre"): small,
    quiet, above its rows."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("role", "day-heading")
        set_type(self, "small")


class EmptyState(QWidget):
    """What a page shows while it has nothing yet: an icon, one line saying so, one line
    saying what brings something here. Add a button to ``layout()`` when there is an action."""

    def __init__(self, title: str, text: str = "", icon_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * UNIT, 4 * UNIT, 2 * UNIT, 4 * UNIT)
        layout.setSpacing(UNIT)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if icon_name:
            side = 3 * self.fontMetrics().height()
            self.picture.setPixmap(icon(icon_name).pixmap(QSize(side, side)))
        self.picture.setVisible(bool(icon_name))
        self.title = heading(title, level=2)
        self.title.setProperty("role", "card-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = paragraph(text)
        self.text.setProperty("role", "hint")
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setVisible(bool(text))
        for widget in (self.picture, self.title, self.text):
            layout.addWidget(widget)


class Chip(QToolButton):
    """A choice that is on or off (a filter, a flag): a pill, tinted when chosen, its icon
    beside its words."""

    def __init__(self, text: str, icon_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "chip")
        self.setCheckable(True)
        self.setText(text)
        self.setAccessibleName(text)
        if icon_name:
            self.setIcon(icon(icon_name))
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def quiet_scroll(content: QWidget, *, wraps: bool = False) -> QScrollArea:
    """``content`` in a frameless scroll area, for a page or panel that scrolls when the window
    or the system font leaves too little room. Tab never stops on the area itself, only on the
    controls inside. ``wraps``: the content wraps to the width, so no sideways scroll bar."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if wraps:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll
