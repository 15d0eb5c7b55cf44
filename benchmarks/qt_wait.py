"""Waiting in the benchmarks that drive the real window, as the app itself waits; and the
freeze meter that times the GUI thread meanwhile.

Not ``QTest.qWait``: in PySide6 it keeps the GIL, and between its passes over the events it
sleeps 10 ms at a time. The journal's worker thread then all but stops (96 rounds of a small
Python loop in a second, against 97,000 in an event loop), and a 5 ms timer is served every
10.3 ms: a "freeze" of 5.3 ms that is the waiting's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

TICK_MS = 5


def wait_ms(ms: int) -> None:
    """Serve the window's events for ``ms`` in an event loop (the GIL released between events)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class FreezeMeter:
    """The longest gap between two ticks of a 5 ms timer, less the 5 ms. While it measures, the
    GUI thread waits in an event loop, idle between events as a person's window is (no polling)."""

    def __init__(self) -> None:
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

    def measure(self, action: Callable[[], None], done: Callable[[], bool], settle_ms: int = 250) -> float:
        self.worst_ms = 0.0
        self._clock.start()
        self._last = 0
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
