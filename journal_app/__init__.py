"""Carnet: an offline, encrypted journal for social workers."""

# The one place the version is declared: pyproject.toml reads it from here (setuptools'
# dynamic ``attr``), so an installed copy, a source tree and a bundle all say the same, and no
# start pays for ``importlib.metadata`` (~22 ms: it loads ``email``).
__version__ = "0.1.0"
