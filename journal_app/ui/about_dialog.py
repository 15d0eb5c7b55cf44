"""Help → About Carnet: version, licence, credits, and where the data lives.

Every text can be selected and copied (a worker may paste the version into a support mail,
or the journal's path into a file manager). Opened with open(), never exec().
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app import __version__
from journal_app.core.journal import BACKUP_FOLDER
from journal_app.core.resources import load_toml
from journal_app.ui.icons import icon
from journal_app.ui.settings import default_journal_folder
from journal_app.ui.widgets import heading, opening_size, paragraph

# A title and names: the same in every language (see ../shared/report and THEMES.md).
REPORT_TITLE = "Accompagnement social et émancipation des bénéficiaires. Rapport des groupes d'analyse"
REPORT_AUTHORS = ("John Cultiaux (CRIDIS-UCLouvain), Lotte Damhuis (FDSS), Renaud Maes (UMONS), "
                  "Justine Vlemincks (FDSS)")
REPORT_DATE = "2025"
LICENCE = "GPL-3.0-or-later"
ICON_SIZE = 64


class AboutDialog(QDialog):
    """``journal_path``: the journal open (or last opened), if any. ``settings_file``: where
    QSettings keeps Carnet's settings (by default the application's own)."""

    def __init__(self, journal_path: Path | None = None, settings_file: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Carnet"))
        self.resize(opening_size(self, 600, 560))

        logo = QLabel()
        logo.setPixmap(icon("carnet").pixmap(ICON_SIZE, ICON_SIZE))
        logo.setAccessibleName(self.tr("Carnet's logo"))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.version_label = self._selectable(paragraph(self.tr("Version %1").replace("%1", __version__)))
        self.version_label.setObjectName("version")
        title_column = QVBoxLayout()
        title_column.addWidget(heading(self.tr("Carnet")))
        title_column.addWidget(self.version_label)
        title_column.addWidget(self._selectable(paragraph(self.tr(
            "A private, encrypted journal for social workers to reflect on their practice. "
            "It works offline: nothing you write leaves this computer."))))
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(title_column, 1)

        self.licence_label = self._selectable(paragraph(self.tr(
            "Carnet is free software under the GNU General Public License, version 3 or later (%1): "
            "you may use it, study it, share it and change it under the same terms. "
            "It comes with no warranty.").replace("%1", LICENCE)))
        self.licence_label.setObjectName("licence")

        cbi = load_toml("checkin", "cbi.toml")["instrument"]
        self.credits_labels = [self._selectable(paragraph(text)) for text in (
            self.tr("The kinds of dilemma, the reflection prompts and the situation analysis draw on the report "
                    "\u00ab\u00a0%1\u00a0\u00bb by %2 (%3), and on the social workers of Brussels and Wallonia "
                    "who told and analysed their situations for it.")
            .replace("%1", REPORT_TITLE).replace("%2", REPORT_AUTHORS).replace("%3", REPORT_DATE),
            self.tr("The check-in asks the questions of the Copenhagen Burnout Inventory, distributed freely by "
                    "the %2. Source: %1 Its French and Dutch wordings are Carnet's own, not validated versions.")
            .replace("%1", cbi["citation"]).replace("%2", cbi["distributor"]),
            self.tr("Built with Qt %1 and PySide6 %2 (The Qt Company, LGPL-3.0), Python %3, SQLAlchemy, "
                    "Alembic and cryptography.")
            .replace("%1", qVersion()).replace("%2", PySide6.__version__).replace("%3", platform.python_version()),
            self.tr("Icons: Lucide (lucide.dev), ISC licence."),
        )]

        settings_file = settings_file if settings_file is not None else QSettings().fileName()
        self.data_labels = [self._selectable(paragraph(text)) for text in (
            self._journal_text(journal_path),
            self.tr("New journals go by default in: %1").replace("%1", str(default_journal_folder())),
            self.tr("Settings: %1. They hold only what would be harmless to show a stranger: window size, "
                    "language, theme, lock delay, reminder time and the last journal's path. Nothing you "
                    "write is ever kept there.").replace("%1", settings_file),
            self.tr("Everything you write is inside the journal file, encrypted. The only files in the clear "
                    "are the exports you choose to make."),
        )]
        self.data_labels[0].setObjectName("journalLocation")
        self.data_labels[2].setObjectName("settingsLocation")

        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(top)
        for title, labels in ((self.tr("Licence"), [self.licence_label]), (self.tr("Credits"), self.credits_labels),
                              (self.tr("Where your data lives"), self.data_labels)):
            column.addSpacing(8)
            column.addWidget(heading(title, level=2))
            for label in labels:
                column.addWidget(label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.windowTitle())  # focusable so the arrow keys scroll it
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.close_button.setFocus()

    def _journal_text(self, journal_path: Path | None) -> str:
        if journal_path is None:
            return self.tr("No journal is open.")
        return (self.tr("This journal: %1 (its last ten saved versions, encrypted too, are in %2)")
                .replace("%1", str(journal_path)).replace("%2", str(journal_path.parent / BACKUP_FOLDER)))

    @staticmethod
    def _selectable(label: QLabel) -> QLabel:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setAccessibleName(label.text())
        return label
