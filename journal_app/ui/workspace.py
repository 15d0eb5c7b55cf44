"""The unlocked journal: a navigation column and the views (entries, calendar, persons)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from journal_app.ui.backups_dialog import BackupReminderBanner
from journal_app.ui.calendar_view import CalendarView
from journal_app.ui.components import UNIT
from journal_app.ui.dashboard_view import DashboardView
from journal_app.ui.dilemmas_view import DilemmasView
from journal_app.ui.icons import icon
from journal_app.ui.journal_page import JournalPage
from journal_app.ui.limits_view import LimitsView
from journal_app.ui.merge_banner import MergeBanner
from journal_app.ui.persons_view import PersonsView
from journal_app.ui.placement_view import PlacementView
from journal_app.ui.prompt_banner import PromptBanner
from journal_app.ui.supervision_view import SupervisionView
from journal_app.ui.weekly_review import WeeklyReviewView
from journal_app.ui.worker import JournalWorker


# Each view's attribute and class, in navigation order.
VIEW_CLASSES: tuple[tuple[str, type[QWidget]], ...] = (
    ("entries", JournalPage), ("calendar", CalendarView), ("persons", PersonsView), ("dilemmas", DilemmasView),
    ("limits", LimitsView), ("dashboard", DashboardView), ("review", WeeklyReviewView),
    ("supervision", SupervisionView), ("placement", PlacementView))


class Workspace(QWidget):
    """Made in steps when built ahead: the frame (``Workspace(..., views_now=False)``), then one
    view per ``build_next_view()`` (each takes 7-40 ms), then ``finish()``; key presses are served
    between the steps. Each view is made inside the page stack it lives in: adding a finished view
    to it afterwards costs as much again (Qt re-polishes every child on a change of parent)."""

    failed = Signal(object)
    entries: JournalPage
    calendar: CalendarView
    persons: PersonsView
    dilemmas: DilemmasView
    limits: LimitsView
    dashboard: DashboardView
    review: WeeklyReviewView
    supervision: SupervisionView
    placement: PlacementView

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, *, views_now: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._worker = worker
        self._views_to_build = list(VIEW_CLASSES)
        self._finished = False
        self.views = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Views of the journal"))
        # Icons as tall as a line of text: they grow with the system font.
        side = self.navigation.fontMetrics().height()
        self.navigation.setIconSize(QSize(side, side))
        for text, shortcut, name in ((self.tr("Entries"), "Ctrl+1", "nav-entries"),
                                     (self.tr("Calendar"), "Ctrl+2", "nav-calendar"),
                                     (self.tr("People"), "Ctrl+3", "nav-people"),
                                     (self.tr("Dilemmas"), "Ctrl+4", "nav-dilemmas"),
                                     (self.tr("My limits"), "Ctrl+5", "nav-limits"),
                                     (self.tr("How am I doing"), "Ctrl+6", "nav-doing"),
                                     (self.tr("Weekly review"), "Ctrl+7", "nav-review"),
                                     (self.tr("Supervision"), "Ctrl+8", "nav-supervision"),
                                     (self.tr("Placement"), "Ctrl+9", "nav-placement")):
            item = QListWidgetItem(icon(name), text)
            item.setToolTip(f"{text} ({shortcut})")
            self.navigation.addItem(item)
        slack = 2 * self.navigation.frameWidth() + UNIT
        self.navigation.setFixedWidth(max(100, self.navigation.sizeHintForColumn(0) + slack))
        self.demo_banner = QLabel(self.tr("Example journal: everything in it is fictional. Its passphrase is "
                                          "\u201cexemple-carnet-demo\u201d. Create your own journal to start "
                                          "writing for real."))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setProperty("role", "banner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.hide()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(UNIT)
        body.addWidget(self.navigation)
        body.addWidget(self.views, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(UNIT // 2, UNIT // 2, UNIT // 2, UNIT // 2)
        layout.setSpacing(UNIT)
        layout.addWidget(self.demo_banner)
        self.prompt_banner = PromptBanner()
        layout.addWidget(self.prompt_banner)
        self.merge_banner = MergeBanner()
        layout.addWidget(self.merge_banner)
        self.backup_banner = BackupReminderBanner()
        layout.addWidget(self.backup_banner)
        layout.addLayout(body, 1)
        if views_now:
            self.finish()

    def build_next_view(self) -> bool:
        """Makes the next view; False once every view is made."""
        if not self._views_to_build:
            return False
        name, view_class = self._views_to_build.pop(0)
        view = view_class(self._worker, parent=self.views)  # type: ignore[call-arg]
        setattr(self, name, view)
        self.views.addWidget(view)
        return True

    def finish(self) -> None:
        """Makes the views not made yet and connects them: the workspace is then ready."""
        if self._finished:
            return
        self._finished = True
        while self.build_next_view():
            pass
        self.navigation.currentRowChanged.connect(self._on_view_changed)
        self.calendar.open_entry.connect(self.open_entry)
        self.persons.open_entry.connect(self.open_entry)
        self.dilemmas.open_entry.connect(self.open_entry)
        self.limits.open_entry.connect(self.open_entry)
        self.dashboard.open_entry.connect(self.open_entry)
        self.review.open_entry.connect(self.open_entry)
        self.supervision.open_entry.connect(self.open_entry)
        self.supervision.open_dilemma.connect(self.open_dilemma)
        self.placement.open_entry.connect(self.open_entry)
        self.review.open_dilemma.connect(self.open_dilemma)
        for view in (self.entries, self.calendar, self.persons, self.dilemmas, self.limits, self.dashboard,
                     self.review, self.supervision, self.placement):
            view.failed.connect(self.failed)
        self.navigation.setCurrentRow(0)
        self.setFocusProxy(self.entries)

    def show_view(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def _on_view_changed(self, row: int) -> None:
        if row < 0:
            return
        self.entries.save_now()
        self.views.setCurrentIndex(row)
        view = self.views.currentWidget()
        if view is self.calendar:
            self.calendar.refresh()
        elif view is self.persons:
            self.persons.refresh()
        elif view is self.dilemmas:
            self.dilemmas.refresh()
        elif view is self.limits:
            self.limits.refresh()
        elif view is self.dashboard:
            self.dashboard.refresh()
        elif view is self.review:
            self.review.refresh()
        elif view is self.supervision:
            self.supervision.refresh()
        elif view is self.placement:
            self.placement.refresh()

    def open_entry(self, uuid: str) -> None:
        self.navigation.setCurrentRow(0)
        self.entries.open_entry(uuid)

    def open_dilemma(self, uuid: str) -> None:
        self.navigation.setCurrentRow(self.views.indexOf(self.dilemmas))
        self.dilemmas.refresh(select=uuid)

    def refresh(self) -> None:
        self.entries.refresh()
        current = self.views.currentWidget()
        if current is not self.entries:
            current.refresh()  # type: ignore[attr-defined]

    def clear(self) -> None:
        self.entries.clear()
        self.calendar.clear()
        self.persons.clear()
        self.dilemmas.clear()
        self.limits.clear()
        self.dashboard.clear()
        self.review.clear()
        self.supervision.clear()
        self.placement.clear()
        self.prompt_banner.clear()
        self.backup_banner.clear()
        self.merge_banner.clear()
        self.demo_banner.hide()
        self.navigation.setCurrentRow(0)
