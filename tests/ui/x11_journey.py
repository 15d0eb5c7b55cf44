"""Run by test_shortcuts_x11.py in a child process under a real X server (Xvfb, platform xcb).

One QApplication can have only one platform, and the rest of the suite runs offscreen, so the
journeys that need X run here. It prints one JSON line that the test reads.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journal_app.core.journal import Journal
from journal_app.ui.app import configure_application_identity, prepare_application
from journal_app.ui.main_window import MainWindow
from journal_app.ui.settings import AppSettings
from journal_app.core import crypto
from tests.conftest import CHEAP_KDF, PASSPHRASE

# The test suite's allowance for its cheap key derivation, in this child process too
# (tests/conftest.py, allow_cheap_kdf).
crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(CHEAP_KDF)

warnings: list[str] = []


def keep_warnings(kind: QtMsgType, _context: object, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg:
        warnings.append(message)


def wait_ms(ms: int) -> None:
    """Serve events for ``ms`` in an event loop, as the app does: PySide6's QTest.qWait keeps
    the GIL, and the journal's worker thread then all but stops."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 10_000) -> bool:  # type: ignore[no-untyped-def]
    for _step in range(timeout_ms // 20):
        if condition():
            return True
        wait_ms(20)
    return bool(condition())


def open_window(settings: AppSettings) -> MainWindow:
    window = MainWindow(settings, kdf_for_tests=CHEAP_KDF)
    window.resize(1100, 700)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window), "the window never became active"
    return window


def press(window: MainWindow, key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


def main(folder: Path) -> dict[str, object]:
    qInstallMessageHandler(keep_warnings)
    configure_application_identity()
    app = QApplication([sys.argv[0]])
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    prepare_application(app, settings)
    result: dict[str, object] = {"platform": app.platformName()}

    # Ctrl+W on the welcome page closes the window.
    window = open_window(settings)
    press(window, Qt.Key.Key_W)
    result["ctrl_w_closed"] = wait_until(lambda: not window.isVisible(), 3_000)
    window.close()

    # Ctrl+Q with an entry just typed: the journal is saved, then Carnet closes.
    path = folder / "journal.carnet"
    journal, _code = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.close()
    settings.last_journal = path
    window = open_window(settings)
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    wait_until(lambda: window.is_unlocked() and not window.worker.is_busy())
    press(window, Qt.Key.Key_N)
    wait_until(lambda: QApplication.focusWidget() is window.journal_page.editor.title, 3_000)
    QTest.keyClicks(window.journal_page.editor.title, "Written under X11")
    press(window, Qt.Key.Key_Q)
    result["ctrl_q_closed"] = wait_until(lambda: not window.isVisible(), 5_000)
    if not result["ctrl_q_closed"]:
        window.close()
        wait_until(lambda: not window.isVisible(), 5_000)
    journal = Journal.open(path, PASSPHRASE, read_only=True)
    result["titles_after_quit"] = [record.title for record in journal.entries.list()]
    journal.close()
    result["warnings"] = [w for w in warnings if "propagateSizeHints" not in w]
    return result


if __name__ == "__main__":
    print("RESULT " + json.dumps(main(Path(sys.argv[1]))), flush=True)
