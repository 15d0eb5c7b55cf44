"""Starting the desktop app."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from journal_app import __version__
from journal_app.ui.i18n import Translations, resolve_language
from journal_app.ui.settings import AppSettings

ORGANISATION = "Carnet"
APPLICATION = "Carnet"

# Quiet, readable defaults on top of the platform style. Roles, not colours, mark meaning;
# every error also says so in words.
STYLE_SHEET = """
QLabel[role="error"] { color: palette(text); background: rgba(200, 80, 60, 0.12);
                        border-left: 3px solid rgb(190, 80, 60); padding: 8px; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="code"] { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); border-radius: 4px; }
QToolButton { padding: 3px 6px; }
QLabel[role="banner"] { background: palette(alternate-base); border: 1px solid palette(mid);
                         border-radius: 4px; padding: 6px 10px; }
QListWidget#navigation { border: none; background: transparent; }
QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


class MainThreadGarbageCollector(QObject):
    """Python's cyclic collector may run on whichever thread allocates; if it runs on the
    journal worker it can destroy Qt objects that belong to the GUI thread and crash. So, as
    Anki does, automatic collection is off and cycles are collected here, on the GUI thread."""

    INTERVAL_MS = 10_000

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        gc.collect()


def configure_application_identity() -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("be.carnet.Carnet")


def apply_theme(theme: str) -> None:
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)


def prepare_application(app: QApplication, settings: AppSettings) -> Translations:
    if app.findChild(MainThreadGarbageCollector) is None:
        MainThreadGarbageCollector(app)
    app.setStyle("Fusion")  # the same calm look everywhere, and it follows light/dark schemes
    app.setStyleSheet(STYLE_SHEET)
    apply_theme(settings.theme)
    translations = Translations(app)
    translations.apply(resolve_language(settings.language))
    return translations


def _no_display() -> bool:
    """True on a Linux/BSD machine with no graphical session, where Qt would abort."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _missing_x11_library() -> str | None:
    """Qt 6.5+ needs libxcb-cursor for X11, which some Linux desktops lack: Qt would abort
    with a cryptic message, so say plainly what to install instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    import ctypes.util

    return None if ctypes.util.find_library("xcb-cursor") else "libxcb-cursor0"


def main(argv: list[str] | None = None) -> int:
    if _no_display():
        print("journal-app: error: no graphical display here; the desktop app needs one "
              "(the commands, e.g. 'journal-app list', work without)", file=sys.stderr)
        return 1
    missing = _missing_x11_library()
    if missing:
        print(f"journal-app: error: the desktop app needs the system library {missing} "
              f"(on Debian or Ubuntu: sudo apt install {missing})", file=sys.stderr)
        return 1
    arguments = sys.argv if argv is None else [sys.argv[0], *argv]
    configure_application_identity()
    app = QApplication.instance() or QApplication(arguments)
    assert isinstance(app, QApplication)
    settings = AppSettings(QSettings())
    translations = prepare_application(app, settings)
    journal = next((Path(arg) for arg in arguments[1:] if not arg.startswith("-")), None)
    if journal is not None:
        settings.last_journal = journal.expanduser().resolve()

    from journal_app.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.translations = translations  # type: ignore[attr-defined]
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
