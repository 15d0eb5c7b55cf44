"""Waiting in the benchmarks that drive the real window, as the app itself waits; and the
freeze meter that times the GUI thread meanwhile.

Not ``QTest.qWait``: in PySide6 it keeps the GIL, and between its passes over the events it
sleeps 10 ms at a time. The journal's worker thread then all but stops (96 rounds of a small
Python loop in a second, against 97,000 in an event loop), and a 5 ms timer is served every
10.3 ms: a "freeze" of 5.3 ms that is the waiting's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer

TICK_MS = 5


def wait_ms(ms: int) -> None:
    """Serve the window's events for ``ms`` in an event loop (the GIL released between events)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class FreezeMeter(QObject):
    """The longest gap between two ticks of a 5 ms timer, less the 5 ms. While it measures, the
    GUI thread waits in an event loop, idle between events as a person's window is (no polling)."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(interval=TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._last = 0
        self._done: Callable[[], bool] = lambda: True
        self._loop: QEventLoop | None = None
        self.worst_ms = 0.0

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.worst_ms = max(self.worst_ms, (now - self._last) / 1e6 - TICK_MS)
        self._last = now
        if self._loop is not None and self._done():
            self._loop.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:  # the window's first paint: from now on it is on screen
            watched.removeEventFilter(self)
            self.worst_ms = 0.0
            self._last = self._clock.nsecsElapsed()
        return False

    def measure(self, action: Callable[[], None], done: Callable[[], bool], settle_ms: int = 250,
                from_first_paint_of: QObject | None = None) -> float:
        """The worst gap from ``action`` until ``done()`` holds and ``settle_ms`` more; with
        ``from_first_paint_of`` (a window about to be shown), from that window's first paint:
        the time to it is start-up (bench_start_up.py), before it nothing is on screen to freeze."""
        self.worst_ms = 0.0
        self._clock.start()
        self._last = 0
        if from_first_paint_of is not None:
            from_first_paint_of.installEventFilter(self)
        self._timer.start()
        action()
        if not done():
            self._done, self._loop = done, QEventLoop()
            QTimer.singleShot(120_000, self._loop.quit)  # a safety net: never wait for ever
            self._loop.exec()  # the tick quits it once done() holds
            self._loop = None
        wait_ms(settle_ms)  # what the view does once its data arrived (charts, layout)
        self._timer.stop()
        return max(self.worst_ms, 0.0)


def close_window(window) -> None:  # type: ignore[no-untyped-def]
    """Lock (what locking saves is written), stop the worker, and let the window go."""
    window.lock()
    wait_ms(300)
    window.worker.shutdown()
    window.close()
    window.deleteLater()
    wait_ms(50)
