"""Run by test_session_watch.py in a child process whose session D-Bus is a private bus the test
started: the screen saver turning on (a real D-Bus signal, sent with dbus-send) locks Carnet,
and what was being typed is saved first. A child process, because Qt connects to the session
bus once per process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journal_app.core.journal import Journal
from journal_app.ui.app import configure_application_identity, prepare_application
from journal_app.ui.main_window import MainWindow
from journal_app.ui.settings import AppSettings
from journal_app.core import crypto
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.x11_journey import wait_until

# The test suite's allowance for its cheap key derivation, in this child process too
# (tests/conftest.py, allow_cheap_kdf).
crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(CHEAP_KDF)


def main(folder: Path) -> dict[str, object]:
    configure_application_identity()
    app = QApplication([sys.argv[0]])
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    prepare_application(app, settings)
    path = folder / "journal.carnet"
    journal, _code = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.close()
    settings.last_journal = path
    window = MainWindow(settings, kdf_for_tests=CHEAP_KDF)
    window.show()
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    wait_until(lambda: window.is_unlocked() and not window.worker.is_busy())
    window.journal_page.new_entry()
    QTest.keyClicks(window.journal_page.editor.title, "Before the screen saver")
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True)
    result: dict[str, object] = {
        "locked": wait_until(lambda: window.pages.currentWidget() is window.unlock_page, 5_000)}
    wait_until(lambda: not window.worker.is_busy() and window.worker.holder_for_tests.journal is None)
    result["key_forgotten"] = window.worker.holder_for_tests.journal is None
    window.close()
    wait_until(lambda: not window.isVisible())
    journal = Journal.open(path, PASSPHRASE, read_only=True)
    result["titles"] = [record.title for record in journal.entries.list()]
    journal.close()
    return result


if __name__ == "__main__":
    print("RESULT " + json.dumps(main(Path(sys.argv[1]))), flush=True)
