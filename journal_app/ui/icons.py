"""Icons shipped in resources/icons, loaded once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(files("journal_app.resources") / "icons" / f"{name}.svg"))
