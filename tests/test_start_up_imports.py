"""The window's unlock page and the command line start without SQLAlchemy (issue 17): the ORM is
imported the first time a journal is touched, through ``models`` and ``sqla``, not at start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent(
    """
    import importlib, sys
    for name in sys.argv[1:]:
        importlib.import_module(name)
    print(sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy"))
    """
)


def _sqlalchemy_modules_after_importing(*modules: str) -> str:
    result = subprocess.run([sys.executable, "-c", CHILD, *modules], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("module", ["journal_app.ui.main_window", "journal_app.ui.app", "journal_app.cli"])
def test_starting_does_not_import_sqlalchemy(module: str) -> None:
    assert _sqlalchemy_modules_after_importing(module) == "[]"


def test_the_orm_is_there_on_first_use() -> None:
    """The control: asking for a mapped class loads SQLAlchemy (so the test above can fail)."""
    loaded = _sqlalchemy_modules_after_importing("journal_app.ui.main_window", "journal_app.core.orm")
    assert "'sqlalchemy.orm'" in loaded
