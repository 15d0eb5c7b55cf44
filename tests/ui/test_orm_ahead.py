"""SQLAlchemy is loaded ahead, on the journal's worker, while the person types the passphrase
(issue 17): the views are said built ahead (``built_ahead``, when the app sets every object made
so far aside from the periodic collection) only once it is loaded, and never while a journal is
being opened."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from journal_app.core.journal import Journal
from journal_app.ui import main_window as main_window_module
from journal_app.ui.settings import AppSettings
from tests.conftest import CHEAP_KDF, PASSPHRASE


@pytest.fixture
def slow_orm(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The ORM's load, held until the test lets it go; where it ran is noted."""

    class SlowOrm:
        started, go_on = threading.Event(), threading.Event()
        loaded_on: list[str] = []

        def load(self) -> None:
            self.loaded_on.append(threading.current_thread().name)
            self.started.set()
            self.go_on.wait(10)

    slow = SlowOrm()
    monkeypatch.setattr(main_window_module, "load_orm", slow.load)
    yield slow
    slow.go_on.set()


def a_journal(journal_path: Path) -> Path:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.close()
    return journal_path


def unlock_page_while_the_orm_loads(qtbot, make_window, journal_path: Path, slow_orm):  # type: ignore[no-untyped-def]
    """The window on the unlock page, its views built ahead, the ORM's load begun: the window and
    the list of built_ahead signals it has sent."""
    window = make_window()
    built: list[bool] = []
    window.built_ahead.connect(lambda: built.append(True))
    window.show_unlock(a_journal(journal_path))
    qtbot.waitUntil(slow_orm.started.is_set, timeout=20_000)
    return window, built


def test_the_views_are_said_built_ahead_only_once_the_orm_is_loaded_beside_them(qtbot, make_window, journal_path,
                                                                                 slow_orm) -> None:
    window, built = unlock_page_while_the_orm_loads(qtbot, make_window, journal_path, slow_orm)
    qtbot.wait(200)
    assert not built and slow_orm.loaded_on and "MainThread" not in slow_orm.loaded_on  # not on the window's thread
    # The person can type meanwhile: the window serves their keys.
    qtbot.keyClicks(window.unlock_page.passphrase, "abc")
    assert window.unlock_page.passphrase.text() == "abc"
    slow_orm.go_on.set()
    qtbot.waitUntil(lambda: bool(built), timeout=5_000)


def test_unlocking_while_the_orm_loads_ahead_opens_the_journal_and_says_nothing_built(qtbot, make_window, journal_path,
                                                                                      slow_orm) -> None:
    window, built = unlock_page_while_the_orm_loads(qtbot, make_window, journal_path, slow_orm)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.wait(200)
    slow_orm.go_on.set()  # the unlock waits for it: the journal's first look needs the ORM
    qtbot.waitUntil(window.is_unlocked, timeout=10_000)
    qtbot.wait(300)
    assert not built  # a journal is in memory: nothing may be set aside now
    assert window.journal_page.isVisible()


def test_the_views_are_never_said_built_ahead_once_a_journal_was_opened(qtbot, make_window, journal_path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """What is set aside then (``gc.freeze``) is kept for the whole session, garbage included: after
    a journal was opened and locked, pieces of its text could be among it."""
    loaded_on: list[str] = []
    monkeypatch.setattr(main_window_module, "load_orm", lambda: loaded_on.append(threading.current_thread().name))
    window = make_window()
    built: list[bool] = []
    window.built_ahead.connect(lambda: built.append(True))
    window.show_unlock(a_journal(journal_path))
    # The person unlocks at once, before the views are built ahead, and locks again.
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.is_unlocked, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.unlock_page.isVisible(), timeout=10_000)
    assert loaded_on == ["prepare"]  # beside the unlock's key derivation; the steps ahead are not there yet
    qtbot.waitUntil(lambda: len(loaded_on) == 2, timeout=20_000)  # the steps ahead, on the worker
    qtbot.wait(300)
    assert not built


QUIT_WHILE_LOADING = textwrap.dedent(
    """
    import sys, threading
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from journal_app.ui.app import configure_application_identity, prepare_application
    from journal_app.ui.settings import AppSettings
    from journal_app.ui import main_window

    loading = threading.Event()

    def slow_load():  # SQLAlchemy on a very slow disk
        loading.set()
        threading.Event().wait(2)

    main_window.load_orm = slow_load
    configure_application_identity()
    app = QApplication([sys.argv[0]])
    settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    prepare_application(app, settings)
    window = main_window.MainWindow(settings)
    window.show()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: loading.is_set() and window.close())  # the person quits
    poll.start()
    QTimer.singleShot(20_000, app.quit)  # a safety net
    code = app.exec()
    print("quit after the load began" if loading.is_set() else "the load never began", code)
    """
)


def test_quitting_while_the_orm_loads_ahead_ends_without_a_word(tmp_path: Path, journal_path: Path) -> None:
    """Quitting while the worker loads it: the window goes, the process ends once the load is done,
    and nothing is printed."""
    settings_file = tmp_path / "settings.ini"
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.last_journal, settings.language = a_journal(journal_path), "en"
    del settings  # QSettings writes the file when it goes
    done = subprocess.run([sys.executable, "-c", QUIT_WHILE_LOADING, str(settings_file)], capture_output=True,
                          text=True, timeout=90, cwd=Path(__file__).parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert (done.returncode, done.stdout.strip()) == (0, "quit after the load began 0"), done.stderr
    assert "Traceback" not in done.stderr and "Fatal" not in done.stderr
