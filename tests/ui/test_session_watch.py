"""Lock when the screen saver starts (or the machine goes to sleep), reported over D-Bus."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = os.environ.get("CARNET_REQUIRE_X11") == "1"  # .ci/run installs dbus-daemon with the X11 tools


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """A private session bus, so the test never talks to the desktop it runs on."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        reason = "needs dbus-daemon and dbus-send (apt-get install dbus-daemon dbus-bin)"
        if REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def test_the_screen_saver_locks_carnet_and_saves_first(session_bus: str, tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DBUS_SESSION_BUS_ADDRESS": session_bus}
    done = subprocess.run([sys.executable, "-m", "tests.ui.session_journey", str(tmp_path)], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=60)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, f"the journey stopped (exit {done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(lines[-1].removeprefix("RESULT "))
    assert result["locked"], "the screen saver's signal did not lock Carnet"
    assert result["key_forgotten"]
    assert result["titles"] == ["Before the screen saver"]
