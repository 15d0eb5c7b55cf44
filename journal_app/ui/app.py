"""Starting the desktop app."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from journal_app import __version__
from journal_app.core import hardening
from journal_app.ui.i18n import Translations, resolve_language
from journal_app.ui.settings import AppSettings

ORGANISATION = "Carnet"
APPLICATION = "Carnet"

# Quiet, readable defaults on top of the platform style. Roles, not colours, mark meaning;
# every error also says so in words. Sizes are in points or relative, never pixels for text,
# so the system's font size applies everywhere.
#
# The keyboard focus is always visible: a two-pixel ring in the highlight colour (yellow in
# high contrast). Unfocused controls keep a border of the same width in a quiet colour, so
# nothing moves when the focus arrives.
STYLE_SHEET = """
QLabel[role="error"] { color: palette(text); background: rgba(200, 80, 60, 0.12);
                        border-left: 3px solid rgb(190, 80, 60); padding: 8px; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="code"] { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; }
QFrame[role="banner"] { background: palette(alternate-base); border: 1px solid palette(mid);
                         border-radius: 4px; padding: 6px 10px; }
/* The components of docs/design.md (ui/components.py). */
QLabel[role="page-lede"] { color: palette(placeholder-text); }
QFrame[role="card"] { background: palette(base); border: 1px solid palette(midlight); border-radius: 8px; }

QPushButton, QToolButton { border: 2px solid palette(mid); border-radius: 4px; background: palette(button);
                           color: palette(button-text); outline: none; }  /* the ring replaces the dotted rect */
QPushButton { padding: 0.25em 0.9em; min-height: 1.3em; }
QToolButton { padding: 0.2em 0.35em; }
QPushButton:hover, QToolButton:hover { background: palette(midlight); }
QPushButton:pressed, QToolButton:pressed { background: palette(mid); }
QPushButton:default { border-color: palette(dark); }
QPushButton:flat, QToolButton[autoRaise="true"] { border-color: transparent; background: transparent; }
QPushButton:disabled, QToolButton:disabled { color: palette(placeholder-text); border-color: palette(midlight); }
QToolButton[autoRaise="true"]:disabled { border-color: transparent; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }
QToolButton[popupMode="2"] { padding-right: 1.2em; }
QToolButton::menu-indicator { subcontrol-position: right center; subcontrol-origin: padding; right: 0.3em; }
QPushButton:focus, QToolButton:focus, QPushButton:flat:focus, QToolButton[autoRaise="true"]:focus {
    border-color: palette(highlight); }
QToolButton:checked:focus { border-color: palette(window-text); }
/* The calendar's month and year sit on a highlight-coloured bar. */
QCalendarWidget QToolButton { color: palette(highlighted-text); background: transparent; border-color: transparent; }
QCalendarWidget QToolButton:focus { border-color: palette(highlighted-text); }

QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView {
    border: 2px solid palette(mid); border-radius: 3px; }
QLineEdit, QAbstractSpinBox, QComboBox { padding: 0.1em 0.25em; background: palette(base); color: palette(text); }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 1.2em; }  /* the native arrows, in the text colour */
QHeaderView { border: none; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QTextEdit:focus, QPlainTextEdit:focus,
QAbstractItemView:focus { border-color: palette(highlight); }
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled { color: palette(placeholder-text);
    border-color: palette(midlight); }

QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 3px; padding: 0.05em 0.1em; }
QCheckBox:focus, QRadioButton:focus { border-color: palette(highlight); }

QListWidget#navigation { border: 2px solid transparent; background: transparent; }
QListWidget#navigation:focus { border-color: palette(highlight); }
QListWidget#navigation::item { padding: 0.6em 0.8em; border-radius: 4px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""

# High contrast: every frame drawn in the text colour, errors and banners framed, not tinted.
HIGH_CONTRAST_SHEET = """
QPushButton, QToolButton, QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView,
QGroupBox, QLabel[role="code"] { border-color: palette(window-text); }
QFrame[role="banner"] { border: 2px solid palette(window-text); }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QTextEdit:focus,
QPlainTextEdit:focus, QAbstractItemView:focus, QCheckBox:focus, QRadioButton:focus,
QListWidget#navigation:focus { border-color: palette(highlight); }
QLabel[role="error"] { background: palette(base); border: 2px solid palette(window-text);
                       border-left: 6px solid palette(highlight); }
QLabel[role="hint"] { color: palette(window-text); }
QLabel[role="page-lede"] { color: palette(window-text); }
QFrame[role="card"] { border: 2px solid palette(window-text); }
QGroupBox { border: 2px solid palette(window-text); border-radius: 3px; margin-top: 1.2em; padding-top: 0.4em; }
QGroupBox::title { subcontrol-origin: margin; left: 0.6em; padding: 0 0.3em; }
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator, QGroupBox::indicator {
    width: 0.8em; height: 0.8em; border: 2px solid palette(window-text); background: palette(base); }
QRadioButton::indicator { border-radius: 0.5em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked, QAbstractItemView::indicator:checked,
QGroupBox::indicator:checked { background: palette(highlight); }
QCheckBox::indicator:indeterminate, QAbstractItemView::indicator:indeterminate { background: palette(midlight); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: palette(midlight); }
"""


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


Role = QPalette.ColorRole

# A calm dark palette of its own: not every platform follows Qt's colour scheme request.
DARK_PALETTE = {
    Role.Window: "#2b2b2b", Role.WindowText: "#e8e8e8", Role.Base: "#1e1e1e", Role.AlternateBase: "#323232",
    Role.Text: "#e8e8e8", Role.Button: "#383838", Role.ButtonText: "#e8e8e8", Role.BrightText: "#ffffff",
    Role.Light: "#5a5a5a", Role.Midlight: "#464646", Role.Mid: "#6e6e6e", Role.Dark: "#a8a8a8",
    Role.Shadow: "#000000", Role.Highlight: "#5aa9f0", Role.HighlightedText: "#0b0b0b",
    Role.PlaceholderText: "#a6a6a6", Role.Link: "#8cc4ff", Role.LinkVisited: "#c9a8ff",
    Role.ToolTipBase: "#3a3a3a", Role.ToolTipText: "#e8e8e8",
}

# White on black, yellow for the selection and the focus, cyan links: the usual high-contrast set.
HIGH_CONTRAST_PALETTE = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000", Role.AlternateBase: "#1c1c1c",
    Role.Text: "#ffffff", Role.Button: "#000000", Role.ButtonText: "#ffffff", Role.BrightText: "#ffff00",
    Role.Light: "#ffffff", Role.Midlight: "#bdbdbd", Role.Mid: "#ffffff", Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff", Role.Highlight: "#ffff00", Role.HighlightedText: "#000000",
    Role.PlaceholderText: "#d0d0d0", Role.Link: "#00ffff", Role.LinkVisited: "#ff9cff",
    Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff",
}


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
        Call it before any journal is opened: frozen objects are never collected, and no
        decrypted text may ever be among them."""
        gc.collect()
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
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark,
              "high_contrast": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    if theme == "dark":
        palette = _palette(DARK_PALETTE, disabled="#9a9a9a")
    elif theme == "high_contrast":
        palette = _palette(HIGH_CONTRAST_PALETTE, disabled="#a8a8a8")
    elif theme == "light":
        palette = app.style().standardPalette()
    else:
        palette = QPalette()  # the platform's, high-contrast colours included when it has them
    app.setPalette(palette)
    app.setProperty("carnetTheme", theme)
    high_contrast = theme == "high_contrast" or (theme == "system" and platform_wants_high_contrast())
    app.setProperty("carnetHighContrast", high_contrast)  # flag icons are then drawn in the text colour
    # Set again after the palette: the sheet's palette(...) colours are read when it is applied.
    app.setStyleSheet("")
    app.setStyleSheet(STYLE_SHEET + (HIGH_CONTRAST_SHEET if high_contrast else ""))


def prepare_application(app: QApplication, settings: AppSettings) -> Translations:
    if app.findChild(MainThreadGarbageCollector) is None:
        MainThreadGarbageCollector(app)
    app.setStyle("Fusion")  # the same calm look everywhere, and it follows light/dark schemes
    apply_theme(settings.theme)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "accessibility") and not app.property("carnetFollowsContrast"):
        # The system's high-contrast switch, followed while Carnet runs (theme "system").
        hints.accessibility().contrastPreferenceChanged.connect(
            lambda _preference: app.property("carnetTheme") == "system" and apply_theme("system"))
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
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
