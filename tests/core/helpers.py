"""Helpers shared by the core tests (not a test module)."""

from __future__ import annotations

import queue
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO

from journal_app.core import vaultfile
from tests.conftest import CHEAP_KDF, PASSPHRASE

SQLITE_MAGIC = b"SQLite format 3\x00"


def decrypted_image(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    """The SQLite image inside a journal file, decrypted the way Journal.open does."""
    parsed = vaultfile.parse(path.read_bytes())
    data_key = vaultfile.unlock_with_passphrase(parsed, passphrase)
    return vaultfile.decrypt_body(parsed, data_key)


def encodings_of(text: str) -> list[bytes]:
    """Every way a program could have written ``text`` to disk."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.is_dir():
            yield from (path for path in folder.rglob("*") if path.is_file())


def leaks(needles: Iterable[str], files: Iterable[Path]) -> list[str]:
    """Which of ``needles`` appear (in any encoding) in which file: [] when none does."""
    found = []
    needles = list(needles)
    for path in files:
        content = path.read_bytes()
        found.extend(f"{needle!r} in {path}" for needle in needles if any(e in content for e in encodings_of(needle)))
    return found


def spawn_python(code: str, *args: str) -> subprocess.Popen[str]:
    """A child Python running CHILD_PRELUDE then ``code`` (dedented), with the environment
    of the test (HOME and TMPDIR already point into the test's own folder)."""
    return subprocess.Popen(
        [sys.executable, "-c", CHILD_PRELUDE + textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


class ChildOutput:
    """A child's standard output, line by line, read by a thread so that waiting for a line
    can time out instead of hanging the test suite."""

    def __init__(self, child: subprocess.Popen[str]) -> None:
        assert child.stdout is not None
        self._child = child
        self._lines: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(child.stdout,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put("")  # end of output

    def next_line(self, timeout: float = 60) -> str:
        """The next line, or "" once the child's output ended."""
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the child process printed nothing for {timeout} s") from None

    def stop(self, timeout: float = 60) -> list[str]:
        """Kill the child if it still runs, close its pipes, and return the lines it printed
        that were not read yet."""
        if self._child.poll() is None:
            self._child.kill()
        self._child.wait(timeout)
        self._thread.join(timeout)
        for stream in (self._child.stdin, self._child.stdout, self._child.stderr):
            if stream is not None:
                stream.close()
        lines = []
        while not self._lines.empty() and (line := self._lines.get_nowait()) != "":
            lines.append(line)
        return lines


CHILD_PRELUDE = f"""
import sys
from journal_app.core import crypto
from journal_app.core.crypto import KdfParams
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
PASSPHRASE = {PASSPHRASE!r}
CHEAP_KDF = KdfParams(memory_kib={CHEAP_KDF.memory_kib}, iterations={CHEAP_KDF.iterations})
crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(CHEAP_KDF)  # the test-only allowance (tests/conftest.py)
"""


class Clock:
    """A clock the test moves by hand (for stores and engines that take ``clock``)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now
