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


def test_every_screen_fits_a_1024x640_display_in_each_language(qapp, app_settings) -> None:
    """The widest page sets the window's minimum: it must fit a small laptop screen in every
    language (French and Dutch labels are the longest)."""
    from journal_app.ui.main_window import MainWindow

    translations = Translations(QApplication.instance())
    try:
        for language in ("fr", "nl", "en"):
            assert translations.apply(language)
            window = MainWindow(app_settings)
            try:
                hint = window.minimumSizeHint()
                assert hint.width() <= 1024 and hint.height() <= 640, (language, hint)
            finally:
                window.worker.shutdown()
                window.deleteLater()
    finally:
        translations.apply("en")
