from __future__ import annotations

import errno

import pytest

from journal_app.core import vaultfile
from journal_app.core.entries import EntryFields
from journal_app.core.errors import StorageError, WrongPassphrase
from journal_app.core.unsaved import unsaved_work
from tests.conftest import PASSPHRASE


def test_counts_the_entries_written_since_the_last_save(new_journal, monkeypatch: pytest.MonkeyPatch) -> None:
    new_journal.entries.add(EntryFields(title="saved"))
    new_journal.save()
    assert unsaved_work(new_journal) is None
    saved_at = new_journal.saved_at

    def full(_handle, _data):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vaultfile, "_write_all", full)
    new_journal.entries.add(EntryFields(title="one"))
    new_journal.entries.add(EntryFields(title="two"))
    with pytest.raises(StorageError):
        new_journal.save()
    work = unsaved_work(new_journal)
    assert work is not None and (work.entries, work.since) == (2, saved_at)


def test_the_passphrase_is_checked_against_memory_even_when_the_file_is_gone(new_journal) -> None:
    new_journal.path.unlink()
    new_journal.check_passphrase(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        new_journal.check_passphrase("not it")
