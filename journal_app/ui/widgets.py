"""Small reusable widgets: page frame, passphrase fields with a strength meter, busy line."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.passphrase import MIN_LENGTH, Strength, acceptable, estimate

PAGE_WIDTH = 620
PAGE_WIDTH_CHARS = 100  # with a large system font the column widens with the text


def high_contrast() -> bool:
    """Whether the high-contrast look is on (app.apply_theme says so on the application)."""
    application = QApplication.instance()
    return bool(application is not None and application.property("carnetHighContrast"))


def paint_icon(painter: QPainter, icon: QIcon, rect: QRect, text_colour: QColor) -> None:
    """Draws a flag's icon. In high contrast, in the text colour: its own quiet colours would
    fade on black (its shape, not its colour, tells the flags apart)."""
    if not high_contrast():
        icon.paint(painter, rect)
        return
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    tinted = icon.pixmap(rect.size(), ratio)
    tint = QPainter(tinted)
    tint.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    tint.fillRect(tinted.rect(), text_colour)
    tint.end()
    painter.drawPixmap(rect, tinted)


def opening_size(dialog: QWidget, width: int, height: int) -> QSize:
    """The size a dialog opens at: the designed size, grown when a larger system font needs
    more room, never larger than the screen."""
    wanted = dialog.sizeHint().expandedTo(QSize(width, height))
    screen = dialog.screen()
    return wanted.boundedTo(screen.availableSize()) if screen is not None else wanted


def heading(text: str = "", level: int = 1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.2))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label(object_name: str = "errorMessage") -> QLabel:
    """Where a page or dialog says what went wrong: hidden until there is something to say.
    The style sheet gives it a calm tint; the words carry the meaning."""
    label = paragraph()
    label.setObjectName(object_name)
    label.setProperty("role", "error")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class SteadyLabel(QLabel):
    """A wrapped hint whose messages come and go: it keeps the height of the longest one it
    may show, so changing its text never moves the controls around it (a click meant for a
    field would land elsewhere)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._reserved: tuple[str, ...] = ()

    def reserve(self, *texts: str) -> None:
        """The messages this label may show: room is kept for the tallest."""
        self._reserved = texts
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        tallest = max(self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), flags, text).height()
                      for text in (self.text(), *self._reserved))
        return tallest + margins.top() + margins.bottom() + 2 * self.margin()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(hint.width())))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(max(1, self.width()))))


class CenteredPage(QScrollArea):
    """A calm single column in the middle of the window; scrolls if the window is small."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Only its controls take the focus: Tab never stops on the unnamed frame (the area still
        # scrolls to show the focused control).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.addStretch(1)
        self.column = QWidget()
        self.column.setMaximumWidth(max(PAGE_WIDTH, self.fontMetrics().averageCharWidth() * PAGE_WIDTH_CHARS))
        self.column.setMinimumWidth(min(PAGE_WIDTH, 420))
        self.layout_ = QVBoxLayout(self.column)
        self.layout_.setSpacing(14)
        outer_layout.addWidget(self.column, 4)
        outer_layout.addStretch(1)
        wrapper = QWidget()
        wrapper_layout = QVBoxLayout(wrapper)
        wrapper_layout.addStretch(1)
        wrapper_layout.addWidget(outer)
        wrapper_layout.addStretch(2)
        self.setWidget(wrapper)
        self._first_focus: QWidget | None = None

    def set_first_focus(self, widget: QWidget) -> None:
        """The control that takes the focus when the page is shown. Not a focus proxy: Qt makes
        a proxy the page's stop in the Tab order, so Tab, wrapping round, would jump to it and
        skip the controls above it."""
        self._first_focus = widget

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._first_focus is not None:
            self._first_focus.setFocus(event.reason())
        else:
            super().focusInEvent(event)


class BusyLine(QWidget):
    """An indeterminate progress bar with a sentence saying what is happening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = paragraph()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class PassphraseFields(QWidget):
    """New passphrase, typed twice, with a strength meter in words (not colour alone)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("confirmPassphrase")
        self.meter = QProgressBar()
        self.meter.setRange(0, int(Strength.VERY_STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = paragraph()
        self.verdict.setObjectName("strengthVerdict")
        # Two lines always reserved: a form row otherwise squeezes a wrapped label in half.
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().lineSpacing() * 2 + 4)
        self.show_text = QCheckBox()
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        meter_box = QVBoxLayout()
        meter_box.addWidget(self.meter)
        meter_box.addWidget(self.verdict)
        form.addRow("", meter_box)
        form.addRow("", self.show_text)
        self.first.textChanged.connect(self._on_text_changed)
        self.second.textChanged.connect(self._on_text_changed)
        self.show_text.toggled.connect(self._on_show_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Again:"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("New passphrase, again"))
        self.first.setPlaceholderText(self.tr("A sentence only you know, at least %n characters", "", MIN_LENGTH))
        self.show_text.setText(self.tr("&Show what I type"))
        self._on_text_changed()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None."""
        if not acceptable(self.first.text()):
            return self.tr("Choose a longer passphrase: several words make a strong and memorable one.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_text.setChecked(False)

    def _on_text_changed(self) -> None:
        strength = estimate(self.first.text())
        self.meter.setValue(int(strength))
        words = {
            Strength.TOO_SHORT: self.tr("Too short"),
            Strength.WEAK: self.tr("Weak: easy to guess"),
            Strength.FAIR: self.tr("Fair"),
            Strength.STRONG: self.tr("Strong"),
            Strength.VERY_STRONG: self.tr("Very strong"),
        }
        text = self.tr("Strength: %1").replace("%1", words[strength]) if self.first.text() else ""
        if self.second.text() and self.second.text() != self.first.text():
            text += ("\n" if text else "") + self.tr("The two passphrases are not the same yet.")
        self.verdict.setText(text)
        self.changed.emit()

    def _on_show_toggled(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)
