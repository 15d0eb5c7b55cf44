"""Helpers shared by the import and export tests."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

IMPORT_SAMPLES = Path(__file__).resolve().parents[1] / "data" / "import"
DAYONE_SAMPLE = IMPORT_SAMPLES / "dayone" / "Journal.json"
MARKDOWN_SAMPLE = IMPORT_SAMPLES / "markdown"


@contextmanager
def local_time_zone(name: str) -> Iterator[None]:
    """Make the process's local time zone ``name`` (with its summer time) for a while."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset (Unix)")
    previous = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if previous is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = previous
        time.tzset()


def make_journal(path: Path) -> Journal:
    journal, _ = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    return journal
