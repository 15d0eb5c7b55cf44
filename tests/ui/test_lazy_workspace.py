"""The unlock page comes up without the journal's views (issue 17): the workspace and its nine
views are imported and built after the page's first paint, and unlocking then works as before.

Run in a fresh process, started as ``journal_app.ui.app.main`` starts the window, so that what
other tests imported does not hide what the start-up imports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.ui.settings import AppSettings
from tests.conftest import CHEAP_KDF, PASSPHRASE

VIEW_MODULES = {f"journal_app.ui.{name}" for name in (
    "workspace", "journal_page", "editor", "entry_list", "calendar_view", "persons_view", "dilemmas_view",
    "limits_view", "dashboard_view", "weekly_review", "supervision_view", "placement_view")}

# What both children start with: the app set up as journal_app.ui.app.main sets it up.
PRELUDE = textwrap.dedent(
    """
    import json, sys, threading
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from journal_app.core import crypto
    from journal_app.core.crypto import KdfParams
    from journal_app.ui.app import configure_application_identity, prepare_application
    from journal_app.ui.settings import AppSettings

    crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(KdfParams(memory_kib=64, iterations=1))  # the tests' cheap KDF
    report = {}
    configure_application_identity()
    app = QApplication([sys.argv[0]])
    settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    prepare_application(app, settings)
    from journal_app.ui.main_window import MainWindow

    def wait_ms(ms):  # an event loop: QTest.qWait keeps the GIL from the journal's worker
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(condition):
        for _ in range(600):
            if condition():
                return
            wait_ms(50)

    class ImportsOnTheWindowThread:  # once put in sys.meta_path
        names = []

        def find_spec(self, name, path=None, target=None):
            if name not in sys.modules and threading.current_thread() is threading.main_thread():
                self.names.append(name)
            return None
    """
)

CHILD = PRELUDE + textwrap.dedent(
    """
    window = MainWindow(settings)
    report["page"] = "unlock" if window.pages.currentWidget() is window.unlock_page else "other"

    def loaded():
        return sorted(name for name in sys.modules
                      if name.startswith(("journal_app.ui.", "journal_app.core.orm", "sqlalchemy")))

    report["before_paint"] = loaded()

    class WindowsShown(QObject):
        names = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
                self.names.append(type(watched).__name__)
            return False

    windows_shown = WindowsShown()
    app.installEventFilter(windows_shown)
    window.show()
    QTest.qWaitForWindowExposed(window)
    report["painted"] = True
    built = []
    window.built_ahead.connect(lambda: built.append(True))
    deadline = 0
    while not built and deadline < 600:
        wait_ms(50)
        deadline += 1
    report["built_ahead"] = bool(built)
    report["after_idle"] = loaded()
    from journal_app.core import pseudonymise
    report["names_lexicon_built"] = pseudonymise._lexicon.cache_info().currsize == 1
    report["windows_shown"] = windows_shown.names
    sys.meta_path.insert(0, ImportsOnTheWindowThread())
    QTest.keyClicks(window.unlock_page.passphrase, sys.argv[2])
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    deadline = 0
    while window.journal_page.model.rowCount() == 0 and deadline < 600:
        wait_ms(50)
        deadline += 1
    report["unlocked"] = window.is_unlocked()
    model = window.journal_page.model
    report["titles"] = [model.record(row).title for row in range(model.rowCount())]
    navigation = window.workspace.navigation
    QTest.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     navigation.visualItemRect(navigation.item(2)).center())
    report["view_after_click"] = type(window.workspace.views.currentWidget()).__name__
    report["imported_on_the_window_thread_after_built_ahead"] = ImportsOnTheWindowThread.names
    window.worker.shutdown()
    print(json.dumps(report))
    """
)


def _report_of(child: str, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    """Run ``child`` in a fresh process, on a journal of one entry it was last to open."""
    journal_path = tmp_path / "journal.carnet"
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Visite à domicile"))
    journal.save()
    journal.close()
    settings_file = tmp_path / "settings.ini"
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.last_journal, settings.language = journal_path, "en"
    del settings  # QSettings writes the file when it goes
    done = subprocess.run([sys.executable, "-c", child, str(settings_file), PASSPHRASE], capture_output=True,
                          text=True, timeout=180, cwd=Path(__file__).parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_the_unlock_page_comes_up_without_the_views_which_come_after_its_first_paint(tmp_path: Path) -> None:
    report = _report_of(CHILD, tmp_path)
    assert report["page"] == "unlock"
    assert VIEW_MODULES.isdisjoint(report["before_paint"])
    assert not [name for name in report["before_paint"] if name.startswith("sqlalchemy")]
    # Built while the page waits for the passphrase, so unlocking finds them ready.
    assert report["built_ahead"] and VIEW_MODULES <= set(report["after_idle"])
    # And SQLAlchemy, loaded meanwhile on a thread of its own: set aside with the views by the app
    # (built_ahead), the collection every 10 s no longer walks it (26-31 ms at 1,000 entries).
    assert {"sqlalchemy.orm", "journal_app.core.orm"} <= set(report["after_idle"])
    assert report["names_lexicon_built"]  # not at the first words typed (~30 ms on the window's thread)
    # Built inside the window: no part of a view flashes up as a window of its own (taking the focus).
    assert report["windows_shown"] == ["MainWindow"]
    assert report["unlocked"] and report["titles"] == ["Visite à domicile"]
    assert report["view_after_click"] == "PersonsView"  # the navigation, connected as before
    # Unlocking, the journal's first look and a view shown import nothing on the window's thread:
    # a module loaded there on the spot is a freeze a person meets at every start.
    assert report["imported_on_the_window_thread_after_built_ahead"] == []


STEPS_CHILD = textwrap.dedent(
    """
    import importlib, json, sys
    from PySide6.QtWidgets import QApplication
    from journal_app.ui.main_window import LIBRARIES_AHEAD, WORKSPACE_MODULES, make_qt_classes_known

    app = QApplication([sys.argv[0]])
    make_qt_classes_known()  # as the window does before its first paint
    for name in LIBRARIES_AHEAD:  # and its worker at the first paint
        importlib.import_module(name)
    steps = []
    for name in WORKSPACE_MODULES:
        before = set(sys.modules)
        importlib.import_module(name)
        steps.append([name, sorted(set(sys.modules) - before)])
    print(json.dumps(steps))
    """
)


def test_each_step_ahead_imports_only_the_module_it_names() -> None:
    """Keys typed meanwhile are served between two steps, not inside one: a step that drags in
    modules named later is one long step (``ui.backups_dialog`` brought in ``core.prompts``,
    ``core.dilemmas`` and ``core.limits``: 17-22 ms in a fresh process). So each step loads one
    module of the app, and no Qt module but the one it names (``PySide6.QtCharts`` alone is ~4 ms)."""
    done = subprocess.run([sys.executable, "-c", STEPS_CHILD], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parents[2], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    dragged_in = {name: [module for module in loaded if module != name and module.startswith(("journal_app.", "PySide6."))]
                  for name, loaded in json.loads(done.stdout)}
    assert {name: modules for name, modules in dragged_in.items() if modules} == {}
    # The control: each step of the app's own loaded something (none is already loaded at start).
    assert all(name in loaded for name, loaded in json.loads(done.stdout) if name.startswith("journal_app."))


FIRST_LOOK_CHILD = PRELUDE + textwrap.dedent(
    """
    def qt_classes():
        return {(name, attribute) for name, module in list(sys.modules.items()) if name.startswith("PySide6.Qt")
                for attribute in vars(module)}

    sys.meta_path.insert(0, ImportsOnTheWindowThread())
    window = MainWindow(settings)
    built = []
    window.built_ahead.connect(lambda: built.append(True))
    window.show()
    wait_until(lambda: bool(built))
    from journal_app.ui.main_window import LIBRARIES_AHEAD
    report["libraries_on_the_window_thread"] = sorted(set(LIBRARIES_AHEAD) & set(ImportsOnTheWindowThread.names))
    before = qt_classes()
    QTest.keyClicks(window.unlock_page.passphrase, sys.argv[2])
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    wait_until(lambda: window.is_unlocked() and window.journal_page.model.rowCount() == 1)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: not window.worker.is_busy())
    report.update(built_ahead=bool(built), unlocked=window.is_unlocked(),
                  made=sorted(name for _module, name in qt_classes() - before))
    window.worker.shutdown()
    print(json.dumps(report))
    """
)


def test_the_first_look_at_a_journal_makes_no_qt_classes(tmp_path: Path) -> None:
    """PySide makes each Qt class at its first use; and the first object handed to Python whose
    class it does not wrap makes every QObject class at once: ~160, 25-32 ms in a fresh process,
    in the middle of the first unlock (issue 17). The window has them made before its first paint."""
    report = _report_of(FIRST_LOOK_CHILD, tmp_path)
    assert report["built_ahead"] and report["unlocked"]
    assert len(report["made"]) <= 5, report["made"]  # a class or two used for the first time: ~0.2 ms each
    # The libraries the views need came on the worker (filelock alone was a 10-14 ms step here).
    assert report["libraries_on_the_window_thread"] == []
