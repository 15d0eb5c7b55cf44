"""Carnet's look, in one place (docs/design.md): the palettes of the three themes and the
application style sheet, keyed by Qt palette roles and the ``role`` property of widgets.

Views never set a colour or a style sheet of their own: they use the components of
ui/components.py and the roles below (page-title, page-lede, card, card-title, banner, hint,
error, code, chip), and this module gives them their look."""

from __future__ import annotations

from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole

# The type scale, relative to the system font (so 1.5x and 2x system fonts scale it all).
TYPE_SCALE = {"small": 0.9, "body": 1.0, "editor": 1.15, "card-title": 1.2, "page-title": 1.6}

# Quiet, readable defaults on top of the Fusion style. Roles, not colours, mark meaning;
# every error also says so in words. Sizes are in points or relative, never pixels for text,
# so the system's font size applies everywhere. ``$name`` colours are mixed from the palette
# in use (see ``_tints``): the soft selection tint, the light rules, the error's ochre.
#
# The keyboard focus is always visible: a two-pixel ring in the highlight colour (yellow in
# high contrast). Unfocused controls keep a border of the same width in a quiet colour, so
# nothing moves when the focus arrives.
STYLE_SHEET = """
QMainWindow, QDialog { background: palette(window); }
QToolTip { color: palette(tooltip-text); background: palette(tooltip-base); border: 1px solid palette(mid);
           padding: 4px 8px; }

/* The roles of docs/design.md. */
QLabel[role="page-title"] { color: palette(window-text); }
QLabel[role="page-lede"] { color: palette(placeholder-text); }
QLabel[role="card-title"] { color: palette(window-text); }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="day-heading"] { color: palette(placeholder-text); font-weight: 600; padding: 0.6em 0 0.2em 0; }
QLabel[role="error"] { color: palette(text); background: $error_tint; border: none;
                        border-left: 3px solid $error_mark; border-radius: 4px; padding: 8px 16px; }
QLabel[role="code"] { background: palette(alternate-base); border: 1px solid $rule; border-radius: 6px;
                       padding: 8px; }
QFrame[role="banner"] { background: $accent_tint; border: none; border-left: 3px solid $accent_rule;
                         border-radius: 6px; padding: 6px 12px; }
QFrame[role="banner"] QLabel { background: transparent; }
QFrame[role="card"] { background: palette(base); border: 1px solid $rule; border-radius: 10px; }
QFrame[role="card"] QLabel { background: transparent; }
/* A marked card (the crisis lines of the check-in): set apart by an accent bar, not an alarm. */
QFrame[role="card-marked"] { background: palette(base); border: 1px solid $rule;
                              border-left: 4px solid palette(highlight);
                              border-radius: 6px; }
QFrame[role="card-marked"] QLabel { background: transparent; }

/* An existing group box reads as a card: a quiet surface, a soft rule, its title inside. */
QGroupBox { background: palette(base); border: 1px solid $rule; border-radius: 10px;
            margin-top: 0; padding: 2.1em 2px 2px 2px; font-weight: 600; }
QGroupBox > * { font-weight: normal; }
QGroupBox::title { subcontrol-origin: border; subcontrol-position: top left; left: 10px; top: 0.6em;
                   padding: 0 2px; color: palette(window-text); }
QGroupBox QLabel { background: transparent; }

/* Icons as tall as the text beside them: they grow with the system font. */
QPushButton, QToolButton { icon-size: 1.05em; }
QPushButton, QToolButton { border: 2px solid palette(mid); border-radius: 6px; background: palette(button);
                           color: palette(button-text); outline: none; }  /* the ring replaces the dotted rect */
QPushButton { padding: 0.25em 0.9em; min-height: 1.3em; }
QToolButton { padding: 0.2em 0.35em; }
QPushButton:hover, QToolButton:hover { background: palette(midlight); }
QPushButton:pressed, QToolButton:pressed { background: palette(mid); }
QPushButton:default { border-color: palette(dark); }
QPushButton:flat, QToolButton[autoRaise="true"] { border-color: transparent; background: transparent; }
QPushButton:disabled, QToolButton:disabled { color: palette(placeholder-text); border-color: palette(midlight); }
QToolButton[autoRaise="true"]:disabled { border-color: transparent; }
QToolButton:checked { background: $selection; color: palette(text); border-color: $accent_rule; }
QToolButton[popupMode="2"] { padding-right: 1.2em; }
QToolButton::menu-indicator { subcontrol-position: right center; subcontrol-origin: padding; right: 0.3em; }
/* The formatting bar: flat buttons that show their frame only under the pointer or the focus. */
QToolBar { background: transparent; border: none; spacing: 4px; }
QToolBar QToolButton { border-color: transparent; background: transparent; }
QToolBar QToolButton:hover { background: palette(midlight); }
QToolBar QToolButton:checked { background: $selection; }
/* A chip: a pill that is tinted when chosen (the flags filter). */
QToolButton[role="chip"] { border: 2px solid $rule; border-radius: 0.8em; background: palette(base);
                           padding: 0.15em 0.7em; }
QToolButton[role="chip"]:hover { background: palette(alternate-base); }
QToolButton[role="chip"]:checked { background: $selection; border-color: $accent_rule; color: palette(text); }
QPushButton:focus, QToolButton:focus, QPushButton:flat:focus, QToolButton[autoRaise="true"]:focus,
QToolBar QToolButton:focus, QToolButton[role="chip"]:focus { border-color: palette(highlight); }
QToolButton:checked:focus { border-color: palette(highlight); }
/* The calendar's month and year sit on a highlight-coloured bar. */
/* The calendar's month and year on the page, not on a coloured bar. */
QCalendarWidget QWidget#qt_calendar_navigationbar { background: palette(base); border-bottom: 1px solid $rule; }
QCalendarWidget QToolButton { color: palette(text); background: transparent; border-color: transparent; font-weight: 600; }
QCalendarWidget QToolButton:hover { background: $hover; }
QCalendarWidget QToolButton:focus { border-color: palette(highlight); }

QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit {
    border: 2px solid palette(mid); border-radius: 6px; }
QLineEdit, QAbstractSpinBox, QComboBox { padding: 0.15em 0.35em; background: palette(base); color: palette(text); }
/* The native arrows, in the text colour. */
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 1.2em; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QTextEdit:focus, QPlainTextEdit:focus {
    border-color: palette(highlight); }
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled { color: palette(placeholder-text);
    border-color: palette(midlight); }

/* Lists and tables: no heavy frame, light rules, the chosen row a soft tint in the text colour. */
QAbstractItemView { border: 2px solid $rule; border-radius: 8px; background: palette(base);
                    gridline-color: $rule; selection-background-color: $selection; selection-color: palette(text);
                    alternate-background-color: palette(alternate-base); }
QAbstractItemView::item { padding: 0.2em 0.3em; }
QTableView::item { padding: 0.2em 0.5em; }  /* right-aligned numbers keep apart from the next column */
QAbstractItemView::item:selected, QAbstractItemView::item:selected:!active {
    background: $selection; color: palette(text); }
QAbstractItemView::item:hover:!selected { background: palette(alternate-base); }
QAbstractItemView:focus { border-color: palette(highlight); }
QHeaderView { border: none; background: transparent; font-weight: 600; }
QHeaderView::section { background: palette(base); color: palette(placeholder-text); border: none;
                       border-bottom: 1px solid $rule; padding: 0.25em 0.5em; }
QTableCornerButton::section { background: palette(base); border: none; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget > QWidget { background: transparent; }

/* Tabs: words on the page, the current one underlined in the accent; the page below a quiet card. */
QTabWidget::pane { border: 1px solid $rule; border-radius: 8px; background: palette(base); top: -1px; }
QTabBar::tab { background: transparent; color: palette(placeholder-text); border: none;
               border-bottom: 3px solid transparent; padding: 0.35em 0.9em; margin-right: 4px; }
QTabBar::tab:hover { color: palette(window-text); }
QTabBar::tab:selected { color: palette(window-text); border-bottom-color: palette(highlight); }

/* The writing surface (editor.py): a page with no frame; the caret and the column say where you write.
   The title reads as the page's own heading, underlined in the accent while it has the focus. */
QTextEdit[role="page"] { border: 2px solid transparent; background: palette(base); }
QTextEdit[role="page"]:focus { border-color: transparent; }
QLineEdit[role="entry-title"] { border: none; border-bottom: 2px solid transparent; border-radius: 0;
                                background: transparent; }
QLineEdit[role="entry-title"]:focus { border-bottom-color: palette(highlight); }
QLabel[role="attention"] { color: palette(text); }

QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 4px; padding: 0.05em 0.1em; }
QCheckBox:focus, QRadioButton:focus { border-color: palette(highlight); }

/* The navigation: quiet, the current view a soft tint with an accent bar, not a heavy block. */
QListWidget#navigation { border: 2px solid transparent; background: transparent; outline: none; }
QListWidget#navigation:focus { border-color: palette(highlight); }
QListWidget#navigation::item { padding: 0.55em 0.45em; margin: 1px 0; border-radius: 6px;
                               border-left: 3px solid transparent; color: palette(window-text); }
QListWidget#navigation::item:hover:!selected { background: $hover; }
QListWidget#navigation::item:selected, QListWidget#navigation::item:selected:!active {
    background: $selection; color: palette(window-text); border-left: 3px solid palette(highlight); }
"""

# High contrast: every frame drawn in the text colour, errors and banners framed, not tinted.
HIGH_CONTRAST_SHEET = """
QPushButton, QToolButton, QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView,
QGroupBox, QLabel[role="code"], QToolButton[role="chip"] { border-color: palette(window-text); }
QToolBar QToolButton { border-color: palette(window-text); }
QFrame[role="banner"] { border: 2px solid palette(window-text); background: palette(base); }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QTextEdit:focus,
QPlainTextEdit:focus, QAbstractItemView:focus, QCheckBox:focus, QRadioButton:focus, QToolBar QToolButton:focus,
QToolButton[role="chip"]:focus, QListWidget#navigation:focus { border-color: palette(highlight); }
QToolButton:checked:focus { border-color: palette(window-text); }
QToolButton:checked, QToolButton[role="chip"]:checked, QToolBar QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text); }
QAbstractItemView { selection-background-color: palette(highlight); selection-color: palette(highlighted-text); }
QAbstractItemView::item:selected, QAbstractItemView::item:selected:!active,
QListWidget#navigation::item:selected, QListWidget#navigation::item:selected:!active {
    background: palette(highlight); color: palette(highlighted-text); }
QLabel[role="error"] { background: palette(base); border: 2px solid palette(window-text);
                       border-left: 6px solid palette(highlight); }
QLabel[role="hint"] { color: palette(window-text); }
QLabel[role="page-lede"] { color: palette(window-text); }
QTextEdit[role="page"] { border-color: palette(window-text); }
QTextEdit[role="page"]:focus, QLineEdit[role="entry-title"]:focus { border-color: palette(highlight); }
QLineEdit[role="entry-title"] { border: 2px solid palette(window-text); }
QLabel[role="day-heading"] { color: palette(window-text); }
QHeaderView::section { color: palette(window-text); border-bottom: 2px solid palette(window-text); }
QTabWidget::pane { border: 2px solid palette(window-text); }
QTabBar::tab { color: palette(window-text); }
QFrame[role="card"], QFrame[role="card-marked"] { border: 2px solid palette(window-text); }
QFrame[role="card-marked"] { border-left: 6px solid palette(highlight); }
QGroupBox { border: 2px solid palette(window-text); }
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator, QGroupBox::indicator {
    width: 0.8em; height: 0.8em; border: 2px solid palette(window-text); background: palette(base); }
QRadioButton::indicator { border-radius: 0.5em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked, QAbstractItemView::indicator:checked,
QGroupBox::indicator:checked { background: palette(highlight); }
QCheckBox::indicator:indeterminate, QAbstractItemView::indicator:indeterminate { background: palette(midlight); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: palette(midlight); }
"""

# Warm paper and ink; one accent, a muted teal, for the focus ring, links and the chosen view.
LIGHT_PALETTE = {
    Role.Window: "#f5f3ef", Role.WindowText: "#2a2825", Role.Base: "#fdfcfa", Role.AlternateBase: "#f0ede7",
    Role.Text: "#2a2825", Role.Button: "#efebe5", Role.ButtonText: "#2a2825", Role.BrightText: "#ffffff",
    Role.Light: "#ffffff", Role.Midlight: "#e4dfd7", Role.Mid: "#c8c1b6", Role.Dark: "#8a8378",
    Role.Shadow: "#4d4841", Role.Highlight: "#2f7386", Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#6b665e", Role.Link: "#2a6a7c", Role.LinkVisited: "#6a5a86",
    Role.ToolTipBase: "#2f2d2a", Role.ToolTipText: "#f5f3ef", Role.Accent: "#2f7386",
}

# The same warmth at night: soft charcoal rather than black, text a little below white.
DARK_PALETTE = {
    Role.Window: "#1d1c1a", Role.WindowText: "#e8e4de", Role.Base: "#252422", Role.AlternateBase: "#2d2b28",
    Role.Text: "#e8e4de", Role.Button: "#302e2b", Role.ButtonText: "#e8e4de", Role.BrightText: "#ffffff",
    Role.Light: "#4a4742", Role.Midlight: "#3a3834", Role.Mid: "#5c5851", Role.Dark: "#a39d93",
    Role.Shadow: "#000000", Role.Highlight: "#72b3c4", Role.HighlightedText: "#10191c",
    Role.PlaceholderText: "#a7a197", Role.Link: "#8ccbdb", Role.LinkVisited: "#c3aee0",
    Role.ToolTipBase: "#35332f", Role.ToolTipText: "#e8e4de", Role.Accent: "#72b3c4",
}

# White on black, yellow for the selection and the focus, cyan links: the usual high-contrast set.
HIGH_CONTRAST_PALETTE = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000", Role.AlternateBase: "#1c1c1c",
    Role.Text: "#ffffff", Role.Button: "#000000", Role.ButtonText: "#ffffff", Role.BrightText: "#ffff00",
    Role.Light: "#ffffff", Role.Midlight: "#bdbdbd", Role.Mid: "#ffffff", Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff", Role.Highlight: "#ffff00", Role.HighlightedText: "#000000",
    Role.PlaceholderText: "#d0d0d0", Role.Link: "#00ffff", Role.LinkVisited: "#ff9cff",
    Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff", Role.Accent: "#ffff00",
}

DISABLED_TEXT = {"light": "#9a948a", "dark": "#8a857c", "high_contrast": "#a8a8a8"}

# The error's mark: a warm ochre, never red (the words say what happened).
OCHRE = "#b7832f"


# Two chart series told apart by people with any colour vision (Okabe & Ito), lighter at night.
CHART_LIGHT = ("#0072B2", "#D55E00")  # blue, vermillion
CHART_DARK = ("#56B4E9", "#E69F00")  # sky blue, orange


def palette_for(theme: str) -> QPalette:
    """The palette of one of Carnet's own themes: "light", "dark" or "high_contrast"."""
    colours = {"light": LIGHT_PALETTE, "dark": DARK_PALETTE, "high_contrast": HIGH_CONTRAST_PALETTE}[theme]
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[theme]))
    return palette


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` with ``amount`` (0 to 1) of ``second`` mixed in."""
    return QColor.fromRgbF(*(a + (b - a) * amount for a, b in zip(first.getRgbF()[:3], second.getRgbF()[:3])))


def _tints(palette: QPalette) -> dict[str, str]:
    """The quiet colours of the sheet, mixed from the palette so every theme (the platform's
    too) gets its own: soft on the page, never a heavy block."""
    base, text, accent = palette.color(Role.Base), palette.color(Role.Text), palette.color(Role.Highlight)
    dark = _is_dark(palette)
    return {
        "selection": mix(base, accent, 0.26 if dark else 0.16).name(),
        "hover": mix(palette.color(Role.Window), text, 0.06).name(),
        "accent_tint": mix(base, accent, 0.12 if dark else 0.08).name(),
        "accent_rule": mix(base, accent, 0.6).name(),
        "rule": mix(base, text, 0.14 if dark else 0.11).name(),
        "error_tint": mix(base, QColor(OCHRE), 0.2 if dark else 0.14).name(),
        "error_mark": OCHRE,
    }


def _is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Base).lightnessF() < 0.5


def chart_colours(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """The two series colours of a chart on this palette (the application's by default)."""
    dark = _is_dark(palette if palette is not None else QGuiApplication.palette())
    first, second = CHART_DARK if dark else CHART_LIGHT
    return QColor(first), QColor(second)


def attention_colours(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(mark, tint) for what deserves a second look (a crossed limit, a possible real name):
    the warm ochre of errors, never red; the words beside it say why."""
    palette = palette if palette is not None else QGuiApplication.palette()
    tint = QColor(OCHRE)
    tint.setAlphaF(0.35 if _is_dark(palette) else 0.25)
    return QColor(OCHRE), tint


def style_sheet(palette: QPalette, high_contrast: bool) -> str:
    """The application's style sheet for this palette."""
    return Template(STYLE_SHEET).substitute(_tints(palette)) + (HIGH_CONTRAST_SHEET if high_contrast else "")


def apply(theme: str, system_high_contrast: bool = False) -> None:
    """Light, dark, high contrast, or "system": the platform's colour scheme in Carnet's
    palettes, or the platform's own high-contrast colours when it asks for them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark,
              "high_contrast": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    high_contrast = theme == "high_contrast" or (theme == "system" and system_high_contrast)
    if theme in ("light", "dark", "high_contrast"):
        palette = palette_for(theme)
    elif high_contrast:
        palette = QPalette()  # the platform's, with its high-contrast colours
    else:
        palette = palette_for("dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light")
    app.setPalette(palette)
    app.setProperty("carnetTheme", theme)
    app.setProperty("carnetHighContrast", high_contrast)
    # Set again after the palette: the sheet's palette(...) colours are read when it is applied.
    app.setStyleSheet("")
    app.setStyleSheet(style_sheet(palette, high_contrast))
