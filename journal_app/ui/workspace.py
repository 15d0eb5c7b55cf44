"""The unlocked journal: a navigation column and the views (entries, calendar, persons)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from PySide6.QtCore import QPoint, QSize, QTimer, Signal
from PySide6.QtGui import QPixmap, QRegion
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
from journal_app.ui.worker import FairStep, JournalHolder, JournalWorker, fair_single_shot

PREPARE_STEP_MS = 50  # between two views made ready after unlocking: key presses are served between
NEXT_PASS_MS = 1  # a step in a later pass of the event loop (a zero delay runs in the same pass)
PAINT_AHEAD_BANDS = 2  # bands of a view painted ahead, one per step (fewer than 3: each band paints its page's frame)
# After a save, the pause in the writing after which the views not shown fetch what changed: as
# the autosave comes 0.8 s after the last key, a view's data (up to ~80 ms at 50,000 entries) is
# never fetched while an autosave waits.
FRESH_AHEAD_DELAY_MS = 1_000


# Each view's attribute and class, in navigation order.
VIEW_CLASSES: tuple[tuple[str, type[QWidget]], ...] = (
    ("entries", JournalPage), ("calendar", CalendarView), ("persons", PersonsView), ("dilemmas", DilemmasView),
    ("limits", LimitsView), ("dashboard", DashboardView), ("review", WeeklyReviewView),
    ("supervision", SupervisionView), ("placement", PlacementView))
# Views whose constructors take more than a frame: made in parts when built ahead (their
# ``in_steps`` and ``parts_to_build``).
VIEWS_MADE_IN_PARTS: frozenset[type[QWidget]] = frozenset({
    JournalPage, CalendarView, PersonsView, DilemmasView, LimitsView, DashboardView, WeeklyReviewView, SupervisionView,
    PlacementView})


def _data_stamp(holder: JournalHolder) -> tuple[int, int, date]:
    """Changes when anything a view shows may have: another database (a merge, a restored
    version), any row written since (SQLite counts them), another day."""
    raw = holder.require().database.raw
    return id(raw), raw.total_changes, date.today()


class ViewStack(QStackedWidget):
    """The views, one shown at a time. It has no height for a width of its own: it fills what
    the window gives it, and each view wraps its text in its own layout. Asked at each layout of
    the window (a page switch, a banner shown), it asked each of its nine pages in turn, each
    call a trip into Python: 360 calls, 11-14 ms of showing Placement at 50,000 entries."""

    def hasHeightForWidth(self) -> bool:
        return False


class Workspace(QWidget):
    """Made in steps when built ahead: the frame (``Workspace(..., views_now=False)``), then one
    view per ``build_next_view()`` (each takes 7-40 ms), then ``finish()``; key presses are served
    between the steps. Each view is made inside the page stack it lives in: adding a finished view
    to it afterwards costs as much again (Qt re-polishes every child on a change of parent)."""

    failed = Signal(object)
    views_ready = Signal()  # after unlocking (or a refresh): every view made ready ahead of need
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
        self._parts_to_build: Iterator[None] | None = None  # of the view being made in parts
        self._view_in_parts: QWidget | None = None
        self._finished = False
        # Per view: the journal's state when it last asked for its data (see _refresh_if_changed).
        self._stamps: dict[QWidget, tuple[int, int, date] | None] = {}
        self._generation = 0
        self._views_to_prepare: list[QWidget] = []
        self._preparing = False  # a round of views made ready is under way
        self._painting_ahead = True  # in the round after unlocking: the views' first paints warm Qt's caches
        self.fresh_ahead_timer = QTimer(self, singleShot=True, interval=FRESH_AHEAD_DELAY_MS)  # tests shorten it
        self.fresh_ahead_timer.timeout.connect(self._prepare_changed_views)
        self.views = ViewStack()
        self._paint_switched_view = FairStep(self._paint_views, self)
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
        """Makes the next view, or the next part of a view made in parts; False once every view
        is made."""
        if self._parts_to_build is not None:
            try:
                next(self._parts_to_build)
            except StopIteration:  # its last part made: the view joins the stack (which hides it)
                self._parts_to_build = None
                self._join_the_stack(self._view_in_parts)
            return True
        if not self._views_to_build:
            return False
        name, view_class = self._views_to_build.pop(0)
        if view_class in VIEWS_MADE_IN_PARTS:  # its parts at the next steps
            view = view_class(self._worker, parent=self.views, in_steps=True)  # type: ignore[call-arg]
            self._parts_to_build = view.parts_to_build  # type: ignore[attr-defined]
            self._view_in_parts = view
        else:
            view = view_class(self._worker, parent=self.views)  # type: ignore[call-arg]
            self._join_the_stack(view)
        setattr(self, name, view)
        return True

    def _join_the_stack(self, view: QWidget) -> None:
        self.views.addWidget(view)
        # Its layout measured in this step (Qt keeps the measure until the view changes): otherwise
        # the nine are measured at once, in the pass where the workspace joins the window (7-26 ms).
        view.sizeHint()

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
        self.entries.saved.connect(self.fresh_ahead_timer.start)
        self.entries.deleted.connect(lambda _record: self.fresh_ahead_timer.start())
        self.navigation.setCurrentRow(0)
        self.setFocusProxy(self.entries)

    def show_view(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def _on_view_changed(self, row: int) -> None:
        if row < 0:
            return
        self.entries.save_now()
        # The page switched in this pass, painted in the next, after the timers fallen due
        # meanwhile: the switch (4-10 ms) and the paint (5-9) made one gap (issue 17).
        self.views.setUpdatesEnabled(False)
        self.views.setCurrentIndex(row)
        self._paint_switched_view.start()
        view = self.views.currentWidget()
        if view is not self.entries:
            self._refresh_if_changed(view)

    def _paint_views(self) -> None:
        self.views.setUpdatesEnabled(True)
        # Painted now, before what the view shown started in the same pass (People's person page,
        # 1 ms later) finds itself late and lets the timers fallen due go first.
        self.views.repaint()

    def _refreshable_views(self) -> list[QWidget]:
        return [self.views.widget(row) for row in range(1, self.views.count())]

    def _refresh_if_changed(self, view: QWidget, then: Callable[[], None] | None = None) -> None:
        """Refreshes ``view`` unless the journal is as it was when the view last asked for its
        data (the same database, no row changed since, the same day): showing it is then only a
        page switch. The question goes through the worker, after every write submitted before."""
        generation = self._generation

        def answer(stamp: tuple[int, int, date] | None) -> None:
            if generation != self._generation:
                return
            if stamp is None or self._stamps.get(view) != stamp:
                self._stamps[view] = stamp
                view.refresh()  # type: ignore[attr-defined]
            if then is not None:
                then()

        self._worker.submit(_data_stamp, answer, lambda _error: answer(None))

    def _prepare_next_view(self) -> None:
        """After unlocking, each view not shown fetches and lays out its data ahead of need, one
        per step, so that showing it later costs only the page switch."""
        if self.entries.has_unsaved_edit():  # the person writes: go on at the next pause
            self._preparing = False
            self.fresh_ahead_timer.start()
            return
        if not self._views_to_prepare:
            self._preparing = False
            self.views_ready.emit()
            return
        self._preparing = True
        view = self._views_to_prepare.pop(0)
        generation = self._generation

        def next_step() -> None:
            if generation == self._generation:
                fair_single_shot(PREPARE_STEP_MS, self, self._prepare_next_view)

        def lay_out() -> None:
            if generation == self._generation and view is not self.views.currentWidget():
                self._lay_out_ahead(view)
                # Then its resize events, then (in the round after unlocking) its paint in bands,
                # each a step of its own while the worker runs no Python: each call into Python of
                # a paint would wait for the GIL (the paint of Dilemmas took 40 ms, of the calendar
                # 16-18; issue 17). A later pass of the event loop in any case.
                bands = PAINT_AHEAD_BANDS if self._painting_ahead else 0  # after a save: caches warm
                steps = [lambda: self._resize_ahead(view)] + [
                    lambda band=band: self._paint_ahead(view, band) for band in range(bands)]
                self._worker.when_idle(lambda: run(steps))
                return
            next_step()

        def run(steps: list[Callable[[], None]]) -> None:
            if generation == self._generation and view is not self.views.currentWidget():
                steps[0]()
                if len(steps) > 1:
                    self._worker.when_idle(lambda: run(steps[1:]))
                    return
            next_step()

        def after_its_data() -> None:  # the worker answers in order: the view has filled itself by then
            self._worker.submit(lambda _holder: None, lambda _none: fair_single_shot(NEXT_PASS_MS, self, lay_out))

        if view is self.views.currentWidget():
            next_step()
        else:
            self._refresh_if_changed(view, after_its_data)

    def _prepare_changed_views(self) -> None:
        """The person paused after a save: the views not shown fetch what changed, one per step,
        as after unlocking (those whose data did not change are only laid out again)."""
        if not self._finished or self.entries.has_unsaved_edit():
            return  # the save to come starts the wait again
        resuming = bool(self._views_to_prepare)  # the round after unlocking, paused while the person wrote
        waiting = [view for view in self._refreshable_views() if view not in self._views_to_prepare]
        self._views_to_prepare.extend(waiting)
        if not self._preparing:
            self._painting_ahead = self._painting_ahead and resuming
            self._prepare_next_view()

    def _lay_out_ahead(self, view: QWidget) -> None:
        """What showing a page does first, done while it is hidden: style every child (the style
        sheet's rules) and lay it out at the size it will have."""
        view.ensurePolished()
        current = self.views.currentWidget()
        if current is not None:
            view.setGeometry(current.geometry())
        layout = view.layout()
        if layout is not None:
            layout.activate()

    def _resize_ahead(self, view: QWidget) -> None:
        """Hidden, the widgets the layout resized get their resize events only at their first
        paint (a chart lays itself out again then: 2-5 ms of a view's paint ahead, or of its first
        paint on screen). Rendering one pixel sends them now, in a step of their own."""
        view.render(QPixmap(1, 1), QPoint(), QRegion(0, 0, 1, 1))

    def _paint_ahead(self, view: QWidget, band: int) -> None:
        """Paints a horizontal band of ``view`` (of ``PAINT_AHEAD_BANDS``), unseen: its first
        paint on screen then finds the glyphs, icons and text layouts already cached."""
        height = -(-view.height() // PAINT_AHEAD_BANDS)
        view.render(QPixmap(view.size()), QPoint(0, band * height),
                    QRegion(0, band * height, view.width(), height))

    def open_entry(self, uuid: str) -> None:
        self.navigation.setCurrentRow(0)
        self.entries.open_entry(uuid)

    def open_dilemma(self, uuid: str) -> None:
        self.navigation.setCurrentRow(self.views.indexOf(self.dilemmas))
        self.dilemmas.refresh(select=uuid)

    def refresh(self) -> None:
        """Every view shows the journal anew (after unlocking, a merge, an import): the current
        one now, the others one per step ahead of need."""
        self._generation += 1
        self._stamps.clear()
        self.entries.refresh()
        current = self.views.currentWidget()
        if current is not self.entries:
            self._refresh_if_changed(current)
        self._views_to_prepare = self._refreshable_views()
        self._preparing = True
        self._painting_ahead = True
        QTimer.singleShot(PREPARE_STEP_MS, self, self._prepare_next_view)

    def clear(self) -> None:
        self._generation += 1  # answers still on their way are for the journal just closed
        self._stamps.clear()
        self._views_to_prepare = []
        self._preparing = False
        self.fresh_ahead_timer.stop()
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
