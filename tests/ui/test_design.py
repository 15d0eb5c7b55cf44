"""Carnet's design (docs/design.md) comes from one place, ui/theme.py: views set roles, never
colours or style sheets; the icons of the contract exist, draw in every theme and follow the
palette's text colour; the navigation shows an icon beside every word."""

from __future__ import annotations

import ast
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QGroupBox, QListWidget, QToolButton, QVBoxLayout, QWidget

from journal_app.ui import theme
from journal_app.ui.app import apply_theme
from journal_app.ui.icons import icon

UI_SOURCES = Path(theme.__file__).parent

CONTRACT_ICONS = (
    "off_hours", "out_of_frame", "private", "for_supervision", "person",
    "nav-entries", "nav-calendar", "nav-people", "nav-dilemmas", "nav-limits", "nav-doing", "nav-review",
    "nav-supervision", "nav-placement",
    "add", "search", "lock", "export", "chevron-down", "chevron-right", "calendar", "clock", "phone",
)

# Colours still made in a view, waiting for their owners to take them from ui/theme.py
# (theme.chart_colours, theme.attention_colours). The list may only shrink: when one goes,
# remove it here too.
NOT_YET_FROM_THEME: set[tuple[str, str]] = set()


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) or (isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant))


def _own_look(path: Path) -> set[tuple[str, str]]:
    """Where a module sets a style sheet or builds a colour from literal values."""
    source = path.read_text(encoding="utf-8")
    found = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        colour_from_literals = (name in ("QColor", "fromRgb", "fromRgbF", "fromHsv", "fromHsl", "fromString")
                                and node.args and all(_literal(argument) for argument in node.args))
        if name == "setStyleSheet" or colour_from_literals:
            found.add((path.name, ast.get_source_segment(source, node) or name))
    return found


def test_no_view_or_dialog_sets_its_own_colours_or_style_sheet() -> None:
    offenders = set().union(*(_own_look(path) for path in UI_SOURCES.glob("*.py") if path.name != "theme.py"))
    assert offenders - NOT_YET_FROM_THEME == set(), "set a role and add its rule to ui/theme.py"
    assert NOT_YET_FROM_THEME - offenders == set(), "gone: remove it from NOT_YET_FROM_THEME"


def test_the_scan_finds_a_hard_coded_colour_and_style_sheet(tmp_path: Path) -> None:
    view = tmp_path / "some_view.py"
    view.write_text('label.setStyleSheet("color: red")\nmark = QColor("#ff0000")\n'
                    "soft = QColor.fromRgb(1, 2, 3)\nfine = QColor(palette.color(role))\n", encoding="utf-8")
    assert {segment for _name, segment in _own_look(view)} == {
        'label.setStyleSheet("color: red")', 'QColor("#ff0000")', "QColor.fromRgb(1, 2, 3)"}


def _drawn(image: QImage) -> list[QColor]:
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).alpha() == 255]


@pytest.fixture
def themed(app_settings):  # type: ignore[no-untyped-def]
    yield apply_theme
    apply_theme("system")


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_every_icon_of_the_contract_exists_and_draws_in_every_theme(themed, name: str) -> None:
    themed(name)
    for icon_name in CONTRACT_ICONS:
        assert not icon(icon_name).isNull(), icon_name
        assert _drawn(icon(icon_name).pixmap(QSize(24, 24)).toImage()), icon_name
    assert "ISC License" in (files("journal_app.resources") / "icons" / "LICENSE-lucide.txt").read_text("utf-8")


def test_icons_follow_the_text_colour_of_the_palette_and_change_with_the_theme(themed) -> None:
    shown = icon("nav-entries")  # the same QIcon stays on screen across theme changes
    for name in ("light", "dark", "high_contrast"):
        themed(name)
        text = QApplication.palette().color(QPalette.ColorRole.WindowText)
        pixels = _drawn(shown.pixmap(QSize(32, 32)).toImage())
        assert pixels and all(abs(pixel.red() - text.red()) + abs(pixel.green() - text.green())
                              + abs(pixel.blue() - text.blue()) < 12 for pixel in pixels), name


def _pixel(widget: QWidget, x: int, y: int) -> QColor:
    QApplication.processEvents()
    return widget.grab().toImage().pixelColor(x, y)


def _close(first: QColor, second: QColor, tolerance: int = 6) -> bool:
    return max(abs(first.red() - second.red()), abs(first.green() - second.green()),
               abs(first.blue() - second.blue())) <= tolerance


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_chosen_row_is_a_soft_tint_in_the_text_colour_not_a_heavy_block(qtbot, themed, name: str) -> None:
    themed(name)
    palette = QApplication.palette()
    rows = QListWidget()
    qtbot.addWidget(rows)
    rows.addItems(["Mme R.", "M. K."])
    rows.resize(300, 200)
    rows.show()
    rows.setCurrentRow(0)
    rect = rows.visualItemRect(rows.item(0))
    behind = _pixel(rows.viewport(), rect.center().x(), rect.center().y())
    assert _close(behind, QColor(theme._tints(palette)["selection"]))
    assert not _close(behind, palette.color(QPalette.ColorRole.Highlight), 40)


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_a_group_box_reads_as_a_card_on_the_page_surface(qtbot, themed, name: str) -> None:
    themed(name)
    holder = QWidget()
    qtbot.addWidget(holder)
    box = QGroupBox("Détails")
    QVBoxLayout(box).addWidget(QToolButton())
    QVBoxLayout(holder).addWidget(box)
    holder.resize(300, 200)
    holder.show()
    inside = _pixel(box, box.width() // 2, box.height() - 8)
    assert _close(inside, QApplication.palette().color(QPalette.ColorRole.Base))


def test_every_view_in_the_navigation_has_an_icon_as_tall_as_its_text(qtbot, window) -> None:
    navigation = window.workspace.navigation
    assert navigation.count() == window.workspace.views.count()
    for row in range(navigation.count()):
        assert not navigation.item(row).icon().isNull(), navigation.item(row).text()
    assert navigation.iconSize().height() == navigation.fontMetrics().height()


def test_the_palettes_have_no_red_and_errors_are_ochre() -> None:
    for colours in (theme.LIGHT_PALETTE, theme.DARK_PALETTE):
        for role, value in colours.items():
            colour = QColor(value)
            if colour.hsvSaturationF() > 0.3:
                assert not (colour.hsvHue() < 20 or colour.hsvHue() > 340), (role, value)
    assert 25 <= QColor(theme.OCHRE).hsvHue() <= 50


def _contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize(("name", "least"), [("light", 4.5), ("dark", 4.5), ("high_contrast", 7.0)])
def test_the_text_of_a_chosen_row_reads_on_its_background(qtbot, themed, name: str, least: float) -> None:
    """Delegates (the entry list's) write a chosen row in the view's highlighted-text colour."""
    themed(name)
    rows = QListWidget()
    qtbot.addWidget(rows)
    rows.addItems(["Mme R.", "M. K."])
    rows.resize(300, 200)
    rows.show()
    rows.setCurrentRow(0)
    rect = rows.visualItemRect(rows.item(0))
    behind = _pixel(rows.viewport(), rect.center().x(), rect.center().y())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        written = rows.palette().color(group, QPalette.ColorRole.HighlightedText)
        assert _contrast(written, behind) >= least, (group, written.name(), behind.name())


def test_a_chip_is_a_named_pill_tinted_when_chosen_by_the_keyboard(qtbot, themed) -> None:
    from PySide6.QtCore import Qt

    from journal_app.ui.components import Chip

    themed("light")
    chip = Chip("Hors horaires", "off_hours")
    qtbot.addWidget(chip)
    chip.show()
    assert chip.accessibleName() == "Hors horaires" and not chip.icon().isNull()
    inside = (chip.width() - 12, chip.height() // 2)
    before = _pixel(chip, *inside)
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked()
    assert _close(_pixel(chip, *inside), QColor(theme._tints(QApplication.palette())["selection"]))
    assert not _close(before, QColor(theme._tints(QApplication.palette())["selection"]))
