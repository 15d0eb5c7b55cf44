"""The desktop entry point ``journal_app.ui.app.main`` (the ``carnet`` command), in a child process.

The child starts Carnet the way the installed command does; once its window shows, a timer
presses Ctrl+Q in it, as a person would, and the process must end with exit code 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journal_app.ui.app import main
from journal_app.ui.main_window import MainWindow

app = QApplication(sys.argv)

def press_quit():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, press_quit)
        return
    window = windows[0]
    window.activateWindow()  # as when the person clicks it: shortcuts go to the active window
    if not QTest.qWaitForWindowActive(window):
        print("NOT ACTIVE", flush=True)
        app.exit(3)
        return
    print("PAGE", window.pages.currentWidget().objectName(), flush=True)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

QTimer.singleShot(0, press_quit)
sys.exit(main(sys.argv[1:]))
"""


def start_carnet(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", CHILD, *arguments], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=60)


def test_carnet_starts_on_the_welcome_page_and_ctrl_q_quits_cleanly() -> None:
    done = start_carnet()
    assert done.returncode == 0, done.stderr[-2000:]
    assert "PAGE welcomePage" in done.stdout


def test_carnet_given_a_journal_opens_its_unlock_page(journal_path: Path) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.close()
    done = start_carnet(str(journal_path))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "PAGE unlockPage" in done.stdout
    assert "Traceback" not in done.stderr
