"""Run the package as a person's install runs it: from compiled bytecode.

``pip install .`` (the README's command) compiles every module to ``__pycache__`` at install
time. A checkout run with PYTHONDONTWRITEBYTECODE set (as on the project's build machines)
compiles each module from source at every start instead: ~0.2 s of a whole ``journal-app``
command, and tens of milliseconds for each window module the first time it is imported.
Benchmarks call ``compile_package()`` first so that they time what a person meets.
"""

from __future__ import annotations

import compileall
from pathlib import Path

import journal_app


def compile_package() -> None:
    """Write ``journal_app``'s bytecode, as pip does at install (no-op when it is up to date)."""
    compileall.compile_dir(Path(journal_app.__file__).parent, quiet=1)
