"""Starting the desktop app on a Linux desktop that lacks a library Qt's X11 plugin needs.

The app is started as a person starts it (``journal_app.ui.app.main`` in a new process, on
X11); the system's ``ldd`` is replaced by one that reports a library missing, as on a
desktop where it was never installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries are a Linux matter")


def start_on_x11(tmp_path: Path, missing: list[str]) -> subprocess.CompletedProcess[str]:
    fake = tmp_path / "bin"
    fake.mkdir()
    lines = "\\n".join(f"\\t{name} => not found" for name in missing)
    (fake / "ldd").write_text(f"#!/bin/sh\nprintf '\\tlibc.so.6 => /lib/libc.so.6\\n{lines}\\n'\n")
    (fake / "ldd").chmod(0o755)
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":99", PATH=f"{fake}{os.pathsep}{env.get('PATH', '')}", HOME=str(tmp_path))
    return subprocess.run([sys.executable, "-c", "from journal_app.ui.app import main; raise SystemExit(main())"],
                          capture_output=True, text=True, env=env, timeout=120, cwd=Path(__file__).parents[2])


def test_the_hint_names_the_libraries_really_missing(tmp_path: Path) -> None:
    done = start_on_x11(tmp_path, ["libxcb-icccm.so.4", "libxkbcommon-x11.so.0"])
    assert done.returncode == 1, done.stderr  # a clear message, not Qt's abort (134)
    [line] = done.stderr.splitlines()
    assert "libxcb-icccm.so.4" in line and "libxkbcommon-x11.so.0" in line
    assert "sudo apt install libxcb-icccm4 libxkbcommon-x11-0" in line
    assert "cursor" not in line
