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
from journal_app.core import hardening
from journal_app.ui import theme as theme_module
from journal_app.ui.i18n import Translations, resolve_language
from journal_app.ui.settings import AppSettings

ORGANISATION = "Carnet"
APPLICATION = "Carnet"

# The look lives in ui/theme.py; named here too for the code and tests that read them from the app.
STYLE_SHEET = theme_module.STYLE_SHEET
HIGH_CONTRAST_SHEET = theme_module.HIGH_CONTRAST_SHEET


GIL_SWITCH_INTERVAL_S = 0.001


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

    @staticmethod
    def set_start_up_objects_aside() -> None:
        """Modules, classes and widgets made at start-up live as long as the app: moved out of
        the collector's sight (``gc.freeze``), the periodic collection walks only what came
        after (a full walk over ~120k start-up objects froze the window ~50 ms every 10 s).
        Frozen objects are never collected, garbage included: call it only while no journal was
        ever opened, so that no decrypted text can be among them. No collection first: after
        the views are built it took 36-52 ms, for ~180 unreachable objects (~70 KB)."""
        gc.freeze()


def configure_application_identity() -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("be.carnet.Carnet")


def platform_wants_high_contrast() -> bool:
    """The system's high-contrast setting, where Qt reports it (Qt 6.10 and later)."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):
        return False
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def apply_theme(theme: str) -> None:
    """Light, dark, high contrast, or the system's own (its high-contrast setting included)."""
    theme_module.apply(theme, system_high_contrast=theme == "system" and platform_wants_high_contrast())


def prepare_application(app: QApplication, settings: AppSettings) -> Translations:
    if app.findChild(MainThreadGarbageCollector) is None:
        MainThreadGarbageCollector(app)
    # While the journal worker runs Python it holds the GIL; the GUI thread, needing it for each
    # event Python handles, gets it back within 1 ms instead of 5 (issue 17: view switches at 50k).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app.setStyle("Fusion")  # the same calm look everywhere, and it follows light/dark schemes
    apply_theme(settings.theme)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "accessibility") and not app.property("carnetFollowsContrast"):
        # The system's high-contrast switch, followed while Carnet runs (theme "system").
        hints.accessibility().contrastPreferenceChanged.connect(
            lambda _preference: app.property("carnetTheme") == "system" and apply_theme("system"))
        # And its light/dark switch: "system" draws the platform's scheme in Carnet's palettes.
        hints.colorSchemeChanged.connect(
            lambda _scheme: app.property("carnetTheme") == "system" and apply_theme("system"))
        app.setProperty("carnetFollowsContrast", True)
    translations = Translations(app)
    translations.apply(resolve_language(settings.language))
    return translations


def _no_display() -> bool:
    """True on a Linux/BSD machine with no graphical session, where Qt would abort."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _missing_x11_libraries() -> list[str]:
    """The system libraries Qt's X11 (xcb) platform plugin cannot find, by file name
    ("libxcb-icccm.so.4"). Qt would abort with a message that always names libxcb-cursor0,
    whatever is missing: ``ldd`` on the plugin says what really is. Without ``ldd``, only
    libxcb-cursor (the one Qt 6.5+ added) is checked."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    import shutil
    import subprocess

    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    ldd = shutil.which("ldd")
    if ldd is not None and plugin.exists():
        try:
            listing = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            listing = None
        if listing is not None:
            return sorted({line.split("=>")[0].strip() for line in listing.splitlines() if "not found" in line})
    import ctypes.util

    return [] if ctypes.util.find_library("xcb-cursor") else ["libxcb-cursor.so.0"]


def debian_package(library: str) -> str:
    """The Debian/Ubuntu package of a library file, by Debian's naming rule: "libxcb-icccm.so.4"
    is in libxcb-icccm4, "libxkbcommon-x11.so.0" in libxkbcommon-x11-0."""
    name, _so, version = library.partition(".so.")
    version = version.split(".")[0]
    if not version:
        return name
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def main(argv: list[str] | None = None) -> int:
    if _no_display():
        print("journal-app: error: no graphical display here; the desktop app needs one "
              "(the commands, e.g. 'journal-app list', work without)", file=sys.stderr)
        return 1
    missing = _missing_x11_libraries()
    if missing:
        packages = " ".join(dict.fromkeys(debian_package(library) for library in missing))
        print(f"journal-app: error: the desktop app needs system libraries missing here: {', '.join(missing)} "
              f"(on Debian or Ubuntu: sudo apt install {packages})", file=sys.stderr)
        return 1
    arguments = sys.argv if argv is None else [sys.argv[0], *argv]
    hardening.keep_memory_private()  # no crash dump holding the unlocked journal
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
    MainThreadGarbageCollector.set_start_up_objects_aside()  # the journal is still locked
    # And the views, built just after the first paint, when no journal is in memory yet.
    window.built_ahead.connect(MainThreadGarbageCollector.set_start_up_objects_aside)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
