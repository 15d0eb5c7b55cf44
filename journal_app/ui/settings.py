"""Settings kept outside the journal, in QSettings.

Only what would be harmless to show a stranger lives here: window geometry, language,
theme, the auto-lock delay, the last journal's path and the daily reminder's time of day.
Everything about the content lives inside the encrypted journal.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

LANGUAGES = ("system", "fr", "nl", "en")
THEMES = ("system", "light", "dark", "high_contrast")
DEFAULT_AUTOLOCK_MINUTES = 5
DEFAULT_REMINDER_TIME = time(16, 30)


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def _get(self, key: str, default: object) -> object:
        return self._settings.value(key, default)

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        value = str(self._get("ui/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("ui/theme", value)

    @property
    def autolock_minutes(self) -> int:
        try:
            return max(1, int(self._get("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES)))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_AUTOLOCK_MINUTES

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._settings.setValue("security/autolock_minutes", int(value))

    @property
    def last_journal(self) -> Path | None:
        value = self._get("journal/last_path", "")
        return Path(str(value)) if value else None

    @last_journal.setter
    def last_journal(self, path: Path | None) -> None:
        self._settings.setValue("journal/last_path", str(path) if path else "")

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._get("window/geometry", None)
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def reminder_enabled(self) -> bool:
        return str(self._get("reminder/enabled", "false")).lower() in ("true", "1")

    @reminder_enabled.setter
    def reminder_enabled(self, value: bool) -> None:
        self._settings.setValue("reminder/enabled", bool(value))

    @property
    def reminder_time(self) -> time:
        try:
            return time.fromisoformat(str(self._get("reminder/time", ""))).replace(second=0, microsecond=0)
        except ValueError:
            return DEFAULT_REMINDER_TIME

    @reminder_time.setter
    def reminder_time(self, value: time) -> None:
        self._settings.setValue("reminder/time", value.strftime("%H:%M"))

    def file_name(self) -> str:
        """Where these settings are kept (shown in the About box)."""
        return self._settings.fileName()

    def sync(self) -> None:
        self._settings.sync()


def default_journal_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_journal_path() -> Path:
    """A new journal's suggested place: the first free name in the app's data folder."""
    folder = default_journal_folder()
    candidate = folder / "journal.carnet"
    number = 2
    while candidate.exists():
        candidate = folder / f"journal-{number}.carnet"
        number += 1
    return candidate
