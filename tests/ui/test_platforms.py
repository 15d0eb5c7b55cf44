"""What differs between Windows, macOS and Linux, proven here by simulating it: where journals
live, the names Windows refuses, its path length limit, and desktops without a tray.

(Windows refusing to replace a file another program holds open is tested with the save path,
in tests/core. The installers themselves are built and run on hosted runners:
.github/workflows/release.yml.)"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QSystemTrayIcon

from journal_app.core import portable
from journal_app.core.entries import EntryRecord
from journal_app.core.errors import InvalidInput
from journal_app.core.formats.markdown import file_name
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

REPOSITORY = Path(__file__).resolve().parents[2]

REFUSED_BY_WINDOWS = ["con.carnet", "CON.carnet", "aux", "Nul.carnet", "com1.carnet", "LPT9.txt", "journal.",
                      "journal ", "a:b.carnet", "que?.carnet", 'dit "oui".carnet', "a|b", "a*b", "tab\there"]
ACCEPTED_EVERYWHERE = ["journal.carnet", "Carnet de Léa.carnet", "console.carnet", "auxiliaire.carnet",
                       "com10.carnet", "journal (1).carnet", "été 2026.carnet"]


def test_journals_live_where_each_system_keeps_application_data(qapp) -> None:  # type: ignore[no-untyped-def]
    """The journal's folder comes from QStandardPaths (AppData on Windows, Application Support
    on macOS, XDG_DATA_HOME on Linux), never from a path written in the code: switching Qt to
    its test locations moves it."""
    from journal_app.ui.settings import default_journal_folder

    normal = default_journal_folder()
    QStandardPaths.setTestModeEnabled(True)
    try:
        in_test_mode = default_journal_folder()
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert in_test_mode != normal
    assert ".qttest" in in_test_mode.parts  # where Qt's test mode puts every location


def test_no_system_folder_is_written_into_the_code() -> None:
    hard_coded = re.compile(r"""["'](~/|\.local/share|\.config/|AppData|Library/Application Support|/home/|C:\\\\)""")
    offenders = [f"{path.relative_to(REPOSITORY)}:{number}"
                 for path in (REPOSITORY / "journal_app").rglob("*.py")
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if hard_coded.search(line)]
    assert offenders == []


@pytest.mark.parametrize("name", REFUSED_BY_WINDOWS)
def test_names_windows_refuses_are_refused_everywhere(name: str) -> None:
    assert portable.name_problem(name) is not None


@pytest.mark.parametrize("name", ACCEPTED_EVERYWHERE)
def test_ordinary_names_are_accepted(name: str) -> None:
    assert portable.name_problem(name) is None


def test_a_path_too_long_for_windows_is_refused_there_only() -> None:
    deep = "C:\\Users\\lea\\OneDrive - CPAS\\" + "\\".join(["dossier-de-travail"] * 13) + "\\journal.carnet"
    assert len(deep) > portable.WINDOWS_MAX_PATH
    assert "259" in (portable.path_problem(PureWindowsPath(deep), on_windows=True) or "")
    assert portable.path_problem(PurePosixPath(deep.replace("\\", "/")), on_windows=False) is None
    assert portable.path_problem(PureWindowsPath("C:\\Users\\lea\\journal.carnet"), on_windows=True) is None


def test_a_journal_cannot_be_created_under_a_name_windows_refuses(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="Windows reserves"):
        Journal.create(tmp_path / "con.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    assert list(tmp_path.iterdir()) == []  # no journal, no lock file left behind


def test_the_command_line_refuses_it_before_asking_for_a_passphrase(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("create", tmp_path / "aux.carnet", stdin="")
    assert result.code == 1
    assert "Windows reserves" in result.error_line
    assert list(tmp_path.iterdir()) == []


def test_the_create_page_says_why_a_name_cannot_be_used(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    page.location.clear()
    folder = tmp_path / "journals"
    folder.mkdir()
    qtbot.keyClicks(page.location, str(folder / "journal:travail.carnet"))
    qtbot.keyClicks(page.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(page.passphrase.second, PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible() and "Windows refuses" in page.error.text()
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("title", ["con", "AUX.", "a:b?c*d", "x" * 400, "…", "Réunion : « urgence » ?", "nul"])
def test_names_carnet_makes_from_titles_are_portable(title: str) -> None:
    record = EntryRecord(title=title, body="", occurred_at=datetime(2026, 12, 6, 21, 30).astimezone())
    name = file_name(record)
    assert portable.name_problem(name) is None
    assert len(name) <= 100  # leaves room for a deep folder under Windows' 259 characters


def test_without_a_tray_the_app_still_logs_contacts_and_reminds(qtbot, monkeypatch, app_settings, make_window,
                                                                tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Some Linux desktops (GNOME without an extension, kiosk sessions) have no tray: the
    quick log stays on its shortcut and menu, and the daily reminder shows its generic words
    in the status bar instead of a tray message."""
    from journal_app.ui import main_window
    from journal_app.ui.reminder import reminder_message
    from tests.ui.test_main_window import create_through_ui, finish_recovery_code

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    reminder_at = time(22, 0)
    clock = [datetime.combine(datetime.now().date(), reminder_at).astimezone() - timedelta(milliseconds=300)]
    monkeypatch.setattr(main_window, "_local_now", lambda: clock[0])
    app_settings.reminder_enabled = True
    app_settings.reminder_time = reminder_at
    window = make_window()
    assert window.tray is None

    clock[0] += timedelta(seconds=1)  # the reminder's own timer fires at 22:00
    _title, text = reminder_message(window.language)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == text, timeout=5_000)

    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "quick_log_dialog", None) is not None
                    and window.quick_log_dialog.isVisible())
