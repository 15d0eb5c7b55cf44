"""Preferences: auto-lock delay, language, theme. Opened with open(), never exec()."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from journal_app.ui.settings import LANGUAGES, THEMES, AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        form = QFormLayout()
        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(1, 240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(settings.autolock_minutes)
        self.autolock.setAccessibleName(self.tr("Lock the journal after this many minutes without activity"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        names = {"system": self.tr("Same as the system"), "fr": "Français", "nl": "Nederlands", "en": "English"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        theme_names = {"system": self.tr("Same as the system"), "light": self.tr("Light"), "dark": self.tr("Dark"),
                       "high_contrast": self.tr("High contrast")}
        for code in THEMES:
            self.theme.addItem(theme_names[code], code)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        for text, widget in ((self.tr("Loc&k after:"), self.autolock), (self.tr("&Language:"), self.language),
                             (self.tr("&Theme:"), self.theme)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.language_note = QLabel(self.tr("A new language is used from the next start of Carnet."))
        self.language_note.setWordWrap(True)
        self.language_note.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.language_note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.autolock_minutes = self.autolock.value()
        self._settings.language = self.language.currentData()
        self._settings.theme = self.theme.currentData()
        self._settings.sync()
        super().accept()
