"""journal_app.core stands without Qt: the CLI and a future window must both stand on it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys

    BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"Qt is blocked in this test: {name}")
            return None

    sys.meta_path.insert(0, NoQt())

    try:  # the control: the blocker works
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        sys.exit("the Qt blocker did not block")

    import journal_app.core

    # env.py is Alembic's script: it only runs inside a migration, which Database.new() runs.
    SKIP = {"journal_app.core.migrations.env"}
    imported = []
    def failed(name):
        raise SystemExit(f"walking {name} failed")
    for module in pkgutil.walk_packages(journal_app.core.__path__, "journal_app.core.", onerror=failed):
        if module.name not in SKIP:
            importlib.import_module(module.name)
            imported.append(module.name)

    from journal_app.core.database import Database
    Database.new().close()  # runs the migrations, env.py included

    loaded = sorted(name for name in sys.modules if name.split(".")[0] in BLOCKED)
    if loaded:
        sys.exit(f"Qt modules loaded: {loaded}")
    print("\\n".join(imported))
    """
)


def test_every_core_module_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr + result.stdout
    imported = set(result.stdout.split())
    expected = {
        "journal_app.core.crypto",
        "journal_app.core.vaultfile",
        "journal_app.core.database",
        "journal_app.core.journal",
        "journal_app.core.entries",
        "journal_app.core.models",
        "journal_app.core.errors",
        "journal_app.core.migrations",
        "journal_app.core.migrations.versions",
    }
    assert expected <= imported, sorted(imported)
    assert any(name.startswith("journal_app.core.migrations.versions.0001") for name in imported)
