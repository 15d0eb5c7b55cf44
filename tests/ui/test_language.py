"""A French system gets French without any setting, Qt's own buttons included."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journal_app.ui.i18n import Translations, resolve_language
from journal_app.ui.settings_dialog import SettingsDialog


def test_the_system_language_is_followed_when_the_person_chose_none() -> None:
    assert resolve_language("system", QLocale("fr_BE")) == "fr"
    assert resolve_language("system", QLocale("nl_BE")) == "nl"
    assert resolve_language("system", QLocale("de_DE")) == "en"  # not shipped: English
    assert resolve_language("nl", QLocale("fr_BE")) == "nl"  # a choice wins over the system


def test_french_reaches_carnet_strings_and_qt_standard_buttons(qapp, app_settings) -> None:
    translations = Translations(QApplication.instance())
    try:
        assert translations.apply("fr")
        assert QApplication.translate("WelcomePage", "Welcome to Carnet") != "Welcome to Carnet"
        dialog = SettingsDialog(app_settings)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
        assert QLocale().language() == QLocale.Language.French  # dates and numbers follow
        dialog.deleteLater()
        assert translations.apply("nl")
        assert QApplication.translate("WelcomePage", "Welcome to Carnet") != "Welcome to Carnet"
    finally:
        translations.apply("en")
