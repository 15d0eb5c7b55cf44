"""Waiting in the benchmarks that drive the real window, as the app itself waits.

Not ``QTest.qWait``: in PySide6 it keeps the GIL, and between its passes over the events it
sleeps 10 ms at a time. The journal's worker thread then all but stops (96 rounds of a small
Python loop in a second, against 97,000 in an event loop), and a 5 ms timer is served every
10.3 ms: a "freeze" of 5.3 ms that is the waiting's own.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer


def wait_ms(ms: int) -> None:
    """Serve the window's events for ``ms`` in an event loop (the GIL released between events)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
