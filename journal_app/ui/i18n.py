"""Loading Carnet's translations and Qt's own (standard buttons, dialogs)."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SHIPPED = ("fr", "nl", "en")
FALLBACK = "en"


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to show: the person's choice, or the first shipped one the system prefers."""
    if choice in SHIPPED:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return FALLBACK


def translations_folder() -> str:
    return str(files("journal_app.translations"))


class Translations:
    """Installs the translators for one language; call ``apply`` again to switch live."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = FALLBACK

    def apply(self, language: str) -> bool:
        """Returns False when Carnet's own translation for ``language`` could not be loaded."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        locale = QLocale(language)
        QLocale.setDefault(locale)  # dates and numbers follow the chosen language
        # English too: its .ts carries the plural forms ("1 entry", "2 entries").
        own = QTranslator(self._app)
        loaded = own.load(locale, "carnet", "_", translations_folder())
        if loaded:
            self._install(own)
        qt_own = QTranslator(self._app)
        if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt_own)
        return loaded

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
