"""The Qt binding must not leak references to Python's singletons.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every Qt call returning
nothing and one to True on every signal emitted with it; a few thousand calls later the
interpreter aborted ("deallocating None"). pyproject.toml excludes that release; this test
catches any installed binding that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal(bool)


def test_qt_calls_and_signals_keep_none_and_true_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received: list[bool] = []
    emitter.changed.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("x")
        emitter.changed.emit(True)
    received.clear()
    # Other code may take or drop a handful of references meanwhile; a leak loses 500.
    assert sys.getrefcount(None) - none_before > -50
    assert sys.getrefcount(True) - true_before > -50
