"""Render Carnet's design sheet (docs/design.md): the palette, the type scale, the icons and the
components, as the application draws them, in the light and the dark theme.

    python tools/design_sheet.py [--out docs]   # writes design-sheet-light.png, design-sheet-dark.png
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette, QPixmap  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal_app.ui import theme  # noqa: E402
from journal_app.ui.components import UNIT, Card, Chip, DayHeading, EmptyState, PageHeader, set_type  # noqa: E402
from journal_app.ui.icons import icon  # noqa: E402
from journal_app.ui.widgets import error_label, paragraph  # noqa: E402

ICONS = ("nav-entries", "nav-calendar", "nav-people", "nav-dilemmas", "nav-limits", "nav-doing", "nav-review",
         "nav-supervision", "nav-placement", "off_hours", "out_of_frame", "private", "for_supervision", "person",
         "add", "search", "lock", "export", "chevron-down", "chevron-right", "calendar", "clock", "phone")
ROLES = ("Window", "Base", "AlternateBase", "WindowText", "PlaceholderText", "Highlight", "Mid", "Midlight")


def swatches() -> QWidget:
    palette = QApplication.palette()
    card = Card("Palette")
    grid = QGridLayout()
    grid.setSpacing(UNIT)
    colours = [(name, palette.color(getattr(QPalette.ColorRole, name)).name()) for name in ROLES]
    colours += [(name, value) for name, value in theme._tints(palette).items()]
    for index, (name, value) in enumerate(colours):
        sample = QPixmap(3 * UNIT, 3 * UNIT)
        sample.fill(QColor(value))
        chip = QLabel()
        chip.setPixmap(sample)
        words = QLabel(f"{name}  {value}")
        words.setProperty("role", "hint")
        grid.addWidget(chip, index // 3, (index % 3) * 2)
        grid.addWidget(words, index // 3, (index % 3) * 2 + 1)
    card.body.addLayout(grid)
    return card


def type_scale() -> QWidget:
    card = Card("Type scale")
    for step, size in theme.TYPE_SCALE.items():
        label = QLabel(f"{step} · {size}× — Un cadre élastique qui tient")
        set_type(label, step)
        card.body.addWidget(label)
    return card


def icons() -> QWidget:
    card = Card("Icons (Lucide, in the text colour)")
    grid = QGridLayout()
    side = card.fontMetrics().height()
    for index, name in enumerate(ICONS):
        picture = QLabel()
        picture.setPixmap(icon(name).pixmap(side, side))
        grid.addWidget(picture, index // 4, (index % 4) * 2)
        words = QLabel(name)
        words.setProperty("role", "hint")
        grid.addWidget(words, index // 4, (index % 4) * 2 + 1)
    card.body.addLayout(grid)
    return card


def list_rows() -> QWidget:
    card = Card("List rows under a day heading")
    card.body.addWidget(DayHeading("Aujourd’hui"))
    rows = QListWidget()
    rows.addItems(["Mme R. est rentrée — 10:00", "Appel manqué de M. K. — 21:30", "Réunion école — 14:00"])
    rows.item(1).setIcon(icon("off_hours"))
    rows.setIconSize(QSize(rows.fontMetrics().height(), rows.fontMetrics().height()))
    rows.setCurrentRow(0)
    rows.setFixedHeight(rows.sizeHintForRow(0) * 3 + 4 * UNIT)
    card.body.addWidget(rows)
    card.body.addWidget(DayHeading("Dimanche 22 novembre"))
    return card


def controls() -> QWidget:
    card = Card("Controls")
    bar = QToolBar()
    for text in ("Gras", "Italique", "Liste"):
        bar.addAction(text)
    card.body.addWidget(bar)
    chips = QHBoxLayout()
    for text, name, checked in (("Hors horaires", "off_hours", True), ("Hors cadre", "out_of_frame", False),
                                ("Non partagé", "private", False)):
        chip = Chip(text, name)
        chip.setChecked(checked)
        chips.addWidget(chip)
    chips.addStretch(1)
    card.body.addLayout(chips)
    buttons = QHBoxLayout()
    save = QPushButton("Enregistrer")
    save.setDefault(True)
    buttons.addWidget(save)
    buttons.addWidget(QPushButton("Annuler"))
    focused = QLineEdit("Mme R.")
    focused.setObjectName("focusedField")
    buttons.addWidget(focused)
    combo = QComboBox()
    combo.addItem("Téléphone personnel")
    buttons.addWidget(combo)
    card.body.addLayout(buttons)
    return card


def messages() -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2 * UNIT)
    banner = QFrame()
    banner.setProperty("role", "banner")
    row = QHBoxLayout(banner)
    row.addWidget(paragraph("C’est le moment de faire le point : quelques questions, environ trois minutes."), 1)
    row.addWidget(QPushButton("Faire le point"))
    layout.addWidget(banner)
    error = error_label()
    error.setText("Ce fichier n’a pas pu être lu. Rien n’est perdu : choisissez-en un autre.")
    error.show()
    layout.addWidget(error)
    hint = paragraph("Uniquement des pseudonymes : jamais de vrai nom.")
    hint.setProperty("role", "hint")
    layout.addWidget(hint)
    code = QLabel("K7QF-2M9X-PL4D-8WZN")
    code.setProperty("role", "code")
    layout.addWidget(code)
    box = QGroupBox("Détails (a group box reads as a card)")
    QVBoxLayout(box).addWidget(paragraph("Dimanche 22 nov., 21:30 · Téléphone personnel · Jeune 17"))
    layout.addWidget(box)
    return column


def sheet(name: str) -> QWidget:
    page = QWidget()
    page.setAutoFillBackground(True)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(4 * UNIT, 3 * UNIT, 4 * UNIT, 3 * UNIT)
    outer.setSpacing(2 * UNIT)
    outer.addWidget(PageHeader(f"Carnet — design sheet ({name})",
                               "The page header: a title and one sentence saying what the page is for."))
    columns = QHBoxLayout()
    columns.setSpacing(2 * UNIT)
    left, middle, right = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
    for column, parts in ((left, (swatches(), type_scale())), (middle, (icons(), list_rows())),
                          (right, (controls(), messages(),
                                   EmptyState("Pas encore de note", "Écrivez la première avec Ctrl+N.",
                                              "nav-entries")))):
        for part in parts:
            column.addWidget(part)
        column.addStretch(1)
        columns.addLayout(column, 1)
    outer.addLayout(columns)
    return page


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs")
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    for name in ("light", "dark"):
        theme.apply(name)
        page = sheet(name)
        page.resize(1500, 900)
        page.show()
        page.findChild(QLineEdit, "focusedField").setFocus(Qt.FocusReason.TabFocusReason)
        app.processEvents()
        page.resize(page.sizeHint().expandedTo(page.size()))
        app.processEvents()
        path = Path(arguments.out) / f"design-sheet-{name}.png"
        page.grab().save(str(path))
        page.close()
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
