"""A calm banner with the question of the day, shown on unlocking. Never an alarm.

"Write about it" opens a new entry with the question as its first line; "Not now" brings
it back in a few days; the cross sets it aside for its cooldown. One line high: where the
question comes from is in its tooltip.

``OneBannerAtATime`` keeps the window's banners from stacking: of those that have something
to say, only the most important shows; the next one shows when it is closed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from journal_app.core.prompts import ShownPrompt


class Banner(QFrame):
    """A banner that ``OneBannerAtATime`` arranges. Asked to show itself while a more important
    banner is up, it is only noted as waiting its turn, never shown for a moment: showing a widget
    lays out all its parents at once, and the page was laid out and painted again in full when the
    arranger hid it right after (4 + 10 ms when the check-in was due under the backups' reminder,
    on unlocking; issue 17)."""

    arranger: OneBannerAtATime | None = None

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        if self.arranger is not None and self.arranger.keeps_waiting(self, visible):
            return
        super().setVisible(visible)


class PromptBanner(Banner):
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
        self.write_button = QPushButton(self.tr("&Write about it"))
        self.write_button.setObjectName("promptWrite")
        self.later_button = QPushButton(self.tr("Not &now"))
        self.later_button.setObjectName("promptLater")
        self.close_button = QToolButton()
        self.close_button.setObjectName("promptDismiss")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Set this question aside"))
        self.close_button.setAccessibleName(self.tr("Set this question aside"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)  # compact: one line of text beside its buttons
        layout.addWidget(self.text, 1)
        layout.addWidget(self.write_button)
        layout.addWidget(self.later_button)
        layout.addWidget(self.close_button)
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
        self._say_source(self.tr("You can change how often in Questions and reminder."))
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
        self._say_source(self.tr("Drawn from the report on social work, section %1").replace(
            "%1", prompt.report_section))
        self.show()

    def _say_source(self, text: str) -> None:
        self.text.setToolTip(text)
        self.setAccessibleDescription(text)

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


class OneBannerAtATime(QObject):
    """Of the banners given (most important first), only the first that has something to say
    is visible. A banner says it has something to say by showing itself, and that it is done by
    hiding itself; this keeps it hidden while a more important one is up, and shows it after.
    ``set_quiet`` hides them all for a while (on the views where they would be in the way)
    without forgetting them."""

    def __init__(self, banners: Sequence[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banners = list(banners)
        self._wanted = {banner: False for banner in self._banners}
        self._quiet: set[QWidget] = set()
        self._arranging = False
        for banner in self._banners:
            banner.installEventFilter(self)
            if isinstance(banner, Banner):
                banner.arranger = self

    def keeps_waiting(self, banner: QWidget, visible: bool) -> bool:
        """For a ``Banner`` asked to show (or hide) itself: True when it is to stay hidden for
        now, noted as wanted (or no longer)."""
        if self._arranging:
            return False  # the arrangement itself
        self._wanted[banner] = visible
        return visible and self._shown() is not banner

    def _shown(self) -> QWidget | None:
        return next((b for b in self._banners if self._wanted[b] and b not in self._quiet), None)

    def set_quiet(self, banners: Sequence[QWidget], quiet: bool) -> None:
        self._quiet = self._quiet | set(banners) if quiet else self._quiet - set(banners)
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._arranging and watched in self._wanted and event.type() in (QEvent.Type.ShowToParent,
                                                                                  QEvent.Type.HideToParent):
            self._wanted[watched] = event.type() == QEvent.Type.ShowToParent  # type: ignore[index]
            self._arrange()
        return False

    def _arrange(self) -> None:
        if self._arranging:
            return
        self._arranging = True
        try:
            shown = self._shown()
            for banner in self._banners:
                banner.setVisible(banner is shown)
                if banner is not shown:
                    # Hidden by us, not by its owner: its owner's own hide() must still reach
                    # us (Qt skips an explicit hide() of a widget already explicitly hidden).
                    banner.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)
        finally:
            self._arranging = False
