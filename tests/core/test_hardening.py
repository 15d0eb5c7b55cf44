"""No crash dump of an unlocked journal: the desktop app and the command line turn them off
at start-up (checked in a fresh process: the limits cannot be raised again once lowered)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

PROBE = """
import resource, sys
{call}
from journal_app.core import hardening
print(resource.getrlimit(resource.RLIMIT_CORE), hardening.is_dumpable())
"""


def probe_process(call: str) -> str:
    script = textwrap.dedent(PROBE.format(call=call))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and PR_SET_DUMPABLE: Linux")
def test_a_fresh_process_may_dump_core() -> None:
    """The control: without Carnet's call, the kernel would write a dump."""
    assert probe_process("").endswith("True")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and PR_SET_DUMPABLE: Linux")
def test_the_command_line_turns_core_dumps_off() -> None:
    assert probe_process("from journal_app import cli; cli.main(['--version'])") == "(0, 0) False"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and PR_SET_DUMPABLE: Linux")
def test_the_hardening_says_what_it_did() -> None:
    script = "from journal_app.core import hardening; print(hardening.keep_memory_private())"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert "RLIMIT_CORE 0" in done.stdout and "PR_SET_DUMPABLE 0" in done.stdout

