"""Reading the data files shipped in resources/ (installed as ``journal_app.resources``)."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

LANGUAGES = ("fr", "nl", "en")


def resource(*parts: str) -> Traversable:
    location = files("journal_app.resources")
    for part in parts:
        location = location / part
    return location


def load_toml(*parts: str) -> dict[str, Any]:
    return tomllib.loads(resource(*parts).read_text(encoding="utf-8"))


def pick(translations: dict[str, Any], language: str) -> Any:
    """The text in ``language``, falling back to French (the first language), then English."""
    for candidate in (language, "fr", "en"):
        if candidate in translations:
            return translations[candidate]
    raise KeyError(language)
