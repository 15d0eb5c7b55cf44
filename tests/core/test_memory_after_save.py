"""After a save, the memory it freed goes back to the system where glibc is the allocator
(issue 17: ~19 MiB resident at 50,000 entries); elsewhere nothing is asked."""

from __future__ import annotations

import os
import sys

import pytest

from journal_app.core import journal as journal_module
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal, return_freed_memory


def _glibc() -> bool:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION").startswith("glibc")  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return False


def test_freed_memory_is_returned_only_where_glibc_allocates() -> None:
    assert return_freed_memory() is _glibc()
    if sys.platform != "linux":
        assert not return_freed_memory()


def test_every_save_returns_the_memory_it_freed(new_journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    real = journal_module.return_freed_memory
    monkeypatch.setattr(journal_module, "return_freed_memory", lambda: calls.append(real()) or True)
    new_journal.entries.add(EntryFields(title="Une note"))
    new_journal.save()
    assert calls == [_glibc()]
    assert not new_journal.save_if_changed()
    assert len(calls) == 1  # no save, nothing asked
