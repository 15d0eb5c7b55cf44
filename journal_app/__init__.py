"""Carnet: an offline, encrypted journal for social workers."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _source_version() -> str:
    """The version pyproject.toml declares, for a source tree that was not installed."""
    import tomllib

    try:
        with open(Path(__file__).resolve().parent.parent / "pyproject.toml", "rb") as handle:
            return f"{tomllib.load(handle)['project']['version']}+source"
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0.0.0+source"


try:
    __version__ = version("carnet-journal")
except PackageNotFoundError:  # a source tree that was not installed, or a bundle without metadata
    __version__ = _source_version()
