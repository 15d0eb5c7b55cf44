"""One background thread owns the journal; the window sends it operations.

Like Anki's ``CollectionOp``: the UI submits a function of the journal, the worker runs it
on its own thread (key derivation, saving, searching never run on the UI thread), and the
result comes back to the UI thread by signal, where ``on_done`` or ``on_error`` runs.
Operations run one at a time, in the order they were submitted; their answers are handled in
that order, one per pass of the UI thread's event loop (see ``JournalWorker._deliver_next``).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressBar

from journal_app.core.errors import Cancelled, JournalError, StorageError

if TYPE_CHECKING:
    from journal_app.core.journal import Journal

log = logging.getLogger(__name__)

IDLE_POLL_MS = 1  # JournalWorker.when_idle: how often it looks again while work is pending
IDLE_WAIT_MAX_MS = 300  # ...and how long at most (the worker may stay busy: a long export)
LATE_MS = 1  # a step of the window's thread this late lets the timers that fell due meanwhile go first


class UnexpectedError(JournalError):
    """A bug: shown to the person as a generic message, never as a traceback."""

    code = "unexpected"


class JournalClosed(JournalError):
    """Work that reached the journal after it was locked: never a disk problem."""

    code = "journal-closed"


class FileMissing(StorageError):
    """A file or folder is no longer where it was (moved, deleted, a USB key removed)."""

    code = "journal-missing"


@dataclass
class _Operation:
    work: Callable[[JournalHolder], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[JournalError], None] | None
    session: int = 0
    result: Any = None
    error: JournalError | None = None


class WorkProgress:
    """The ``progress(done, total)`` callback of long core work (imports, exports, a new key).

    The worker's thread only records how far it is (a plain attribute: no Qt object is touched
    off the UI thread, so a dialog closed and deleted meanwhile harms nothing); a timer on the
    UI thread moves ``bar`` from "working" (no total) to that count. After ``cancel()`` the next
    call raises ``Cancelled``, and the core undoes what it was doing."""

    INTERVAL_MS = 100

    def __init__(self, bar: QProgressBar) -> None:
        self._cancelled = threading.Event()
        self._latest: tuple[int, int] | None = None
        self._bar = bar
        bar.setRange(0, 0)
        self._timer = QTimer(bar)  # gone with the bar
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.show)
        self._timer.start()

    def __call__(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled("stopped at the person's request")
        self._latest = (done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def latest(self) -> tuple[int, int] | None:
        """The last (done, total) the work reported; None before it first did."""
        return self._latest

    def show(self) -> None:
        latest = self._latest
        if latest is not None and shiboken6.isValid(self._bar):
            done, total = latest
            self._bar.setRange(0, max(total, 1))
            self._bar.setValue(min(done, total))

    def finish(self) -> None:
        """The work is over: its last count shown, the timer stopped."""
        self.show()
        if shiboken6.isValid(self._timer):
            self._timer.stop()


class FairStep(QObject):
    """A one-shot step on the window's thread that lets the timers fallen due go first.

    Qt serves the timers due in the order they fell due. A step started before a long pass (a
    page painted, an answer handled) is due before a timer that fell due during that pass (an
    animation, the text cursor, the autosave, a key's repeat), so it runs first, and the window
    stays still for the pass and the step together (issue 17: 15 ms made of a banner's paint and
    a view painted ahead). A step that finds itself late is started once more, after them."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._fire)
        self._started = QElapsedTimer()
        self._delay_ms = 0
        self._yielded = False

    def start(self, delay_ms: int = 0) -> None:
        self._delay_ms = delay_ms
        self._yielded = False
        self._started.start()
        self._timer.start(delay_ms)

    def stop(self) -> None:
        self._timer.stop()

    def isActive(self) -> bool:  # noqa: N802 (QTimer's name)
        return self._timer.isActive()

    def _fire(self) -> None:
        if not self._yielded and self._started.elapsed() > self._delay_ms + LATE_MS:
            self._yielded = True  # once: a window busy without end must not hold the step for ever
            self._timer.start(0)  # due now, after the timers that fell due while it waited
            return
        self._callback()


def fair_single_shot(delay_ms: int, receiver: QObject, callback: Callable[[], None]) -> None:
    """``QTimer.singleShot(delay_ms, receiver, callback)`` as a ``FairStep``: a step of work made
    ahead of need that comes after the timers fallen due while it waited."""
    step = FairStep(lambda: (step.deleteLater(), callback()), receiver)
    step.start(delay_ms)


class JournalHolder:
    """What operations receive: the open journal, if any. Lives on the worker thread.

    ``locked``: the window is locked, but the journal (and its key) is kept in memory because
    its latest changes could not be saved yet; only saving work (``kept()``) may touch it.
    """

    def __init__(self) -> None:
        self._journal: Journal | None = None
        self.locked = False
        self.held_a_journal = False  # in this session: pieces of one may be in memory since

    @property
    def journal(self) -> Journal | None:
        return self._journal

    @journal.setter
    def journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self.held_a_journal = self.held_a_journal or journal is not None

    def require(self) -> Journal:
        if self.locked or self.journal is None or not self.journal.is_open:
            raise JournalClosed("the journal is locked")
        return self.journal

    def kept(self) -> Journal | None:
        """The open journal, locked or not: for saving what is not saved yet."""
        return self.journal if self.journal is not None and self.journal.is_open else None

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
        self.journal = None
        self.locked = False


class JournalWorker(QObject):
    _submitted = Signal(object)
    _submitted_together = Signal(object)  # a list of operations, run in order (see release)
    _finished = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._holder = JournalHolder()
        self._pending = 0
        self._session = 0
        # Answers arrived from the worker's thread, not handled yet (see _deliver_next).
        self._answers: deque[_Operation] = deque()
        # when_idle's callbacks: (session, callback, how long it has waited), run one per pass.
        self._idle_callbacks: deque[tuple[int, Callable[[], None], QElapsedTimer]] = deque()
        self._idle_timer = FairStep(self._run_one_when_idle, self)
        self._shut_down = False
        self._held: list[_Operation] | None = None  # see held()
        self._delivery = FairStep(self._deliver_next, self)  # started again after each answer handled
        self._thread = QThread()
        self._thread.setObjectName("journal-worker")
        self._executor = _Executor(self._holder)
        self._executor.moveToThread(self._thread)
        self._submitted.connect(self._executor.run)
        self._submitted_together.connect(self._executor.run_in_order)
        self._executor.finished.connect(self._on_finished)
        self._thread.start()

    @property
    def holder_for_tests(self) -> JournalHolder:
        return self._holder

    def held_a_journal(self) -> bool:
        """Whether a journal was opened in this session (pieces of it may be in memory since)."""
        return self._holder.held_a_journal

    def submit(
        self,
        work: Callable[[JournalHolder], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[JournalError], None] | None = None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        operation = _Operation(work, on_done, on_error, self._session)
        if self._held is not None:
            self._held.append(operation)
        else:
            self._submitted.emit(operation)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Work submitted inside the block starts when it ends (see ``hold``)."""
        self.hold()
        try:
            yield
        finally:
            self.release()

    def hold(self) -> None:
        """Work submitted from now on waits, in order, until ``release()``. While the worker
        runs Python it holds the GIL, and the window waits up to a switch interval at each call
        into Python while it paints: a page painted while held is painted at full speed."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Starts the work held, in order. Sent to the worker's thread in one go: sent one by one,
        the worker starts running Python after the first and each next send waits for the GIL
        (up to a switch interval each: ~5 ms for the five operations of an unlock; issue 17)."""
        held, self._held = self._held, None
        if held:
            self._submitted_together.emit(held)

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Runs ``callback`` on the window's thread in a later pass of the event loop, once no
        work is pending (running, waiting its turn, held, or its answer not handled yet); after
        ``IDLE_WAIT_MAX_MS`` at the latest. Dropped if the session ends first (locking).

        For what the window paints in one go (a banner appearing, a view painted ahead): while the
        worker runs Python it holds the GIL, and each call into Python of a paint waits for it
        (up to a switch interval each): a paint of 3 ms took 15-40 (issue 17)."""
        waited = QElapsedTimer()
        waited.start()
        self._idle_callbacks.append((self._session, callback, waited))
        if not self._idle_timer.isActive():
            self._idle_timer.start(0)

    def _run_one_when_idle(self) -> None:
        """One callback per pass: two run back to back (a banner, then a view painted ahead)
        would hold the window still for their sum."""
        while self._idle_callbacks and (self._idle_callbacks[0][0] != self._session or self._shut_down):
            self._idle_callbacks.popleft()  # the session ended: dropped
        if not self._idle_callbacks:
            return
        _session, callback, waited = self._idle_callbacks[0]
        if self.is_busy() and waited.elapsed() < IDLE_WAIT_MAX_MS:
            self._idle_timer.start(IDLE_POLL_MS)
            return
        self._idle_callbacks.popleft()
        callback()
        if self._idle_callbacks:
            self._idle_timer.start(IDLE_POLL_MS)  # the next in a later pass of the event loop

    def end_session(self) -> None:
        """Drop the answers of every operation submitted until now (they still run, in order).

        Locking calls this: an answer arriving after the window was emptied would put journal
        data back into hidden widgets, or start more work on a journal already closed."""
        self._session += 1

    def submit_for(
        self,
        owner: QObject,
        work: Callable[[JournalHolder], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[JournalError], None] | None = None,
    ) -> None:
        """``submit``, with the answer dropped if ``owner`` (a dialog closed and deleted while
        the worker was still busy) no longer exists."""

        def if_alive(callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
            if callback is None:
                return None
            return lambda value: callback(value) if shiboken6.isValid(owner) else None

        self.submit(work, if_alive(on_done), if_alive(on_error))

    def is_busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Close the journal (without saving) and stop the thread; waits for running work."""
        self.submit(lambda holder: holder.close())
        self._thread.quit()
        self._thread.wait()
        # Answers still waiting their turn are for a window that is closing: dropped, as are
        # those the stopped thread posted before it ended.
        self._shut_down = True
        self._delivery.stop()
        self._answers.clear()
        self._pending = 0

    @Slot(object)
    def _on_finished(self, operation: _Operation) -> None:
        # Several answers often arrive together (a view's data, then the next small question):
        # handled back to back in one pass of the event loop, they would hold the window still
        # for their sum. Queued here, one is handled per pass (a zero timer, started again once
        # an answer is handled), so key presses, paints and timers are served between two answers.
        if self._shut_down:
            return
        self._answers.append(operation)
        if not self._delivery.isActive():
            self._delivery.start()

    def _deliver_next(self) -> None:
        if not self._answers:
            return
        operation = self._answers.popleft()
        try:
            self._handle(operation)
        finally:  # the next in a later pass, after the timers that fell due while this one was handled
            if self._answers and not self._shut_down and not self._delivery.isActive():
                self._delivery.start()

    def _handle(self, operation: _Operation) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if operation.session != self._session:  # locked since it was submitted: dropped
            return
        if operation.error is not None:
            if operation.on_error is not None:
                operation.on_error(operation.error)
            else:
                log.warning("journal operation failed: %s", type(operation.error).__name__)
        elif operation.on_done is not None:
            operation.on_done(operation.result)


class _Executor(QObject):
    finished = Signal(object)

    def __init__(self, holder: JournalHolder) -> None:
        super().__init__()
        self._holder = holder

    @Slot(object)
    def run_in_order(self, operations: list[_Operation]) -> None:
        # Each taken out of the list before it runs: the list would keep those already answered
        # alive until the last is done, and the last reference to an operation would then go on
        # this thread. What its closure holds (a WorkProgress, connected to a timer) is then
        # disconnected here, which takes a lock of Qt's and then waits for the GIL, while the
        # window's thread, holding the GIL, waits for that lock: the window froze for good.
        while operations:
            self.run(operations.pop(0))

    @Slot(object)
    def run(self, operation: _Operation) -> None:
        try:
            operation.result = operation.work(self._holder)
        except JournalError as error:
            operation.error = error
        except FileNotFoundError:  # the journal or its folder was moved away while open
            operation.error = FileMissing("a file or folder is no longer there")
        except OSError as error:  # the core maps its own; an OSError here is still the disk's
            operation.error = StorageError(f"the disk could not be read or written ({type(error).__name__})")
        except Exception:  # a bug: log its type and place only, never values (they may hold content)
            log.error("unexpected error in a journal operation", exc_info=False)
            operation.error = UnexpectedError("unexpected error")
        self.finished.emit(operation)
