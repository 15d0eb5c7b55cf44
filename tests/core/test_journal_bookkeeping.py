"""``Journal.bookkeeping``: writes not worth a save of their own wait for the next real one (issue 17)."""

from __future__ import annotations

from pathlib import Path

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE


def test_bookkeeping_alone_leaves_the_journal_saved_and_rides_along_with_real_work(journal_path: Path) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        journal.save()
        with journal.bookkeeping():
            journal.database.write_setting("prompt_engine", {"current": {"id": "q1"}})
        assert not journal.has_unsaved_changes()
        assert journal.save_if_changed() is False
        journal.entries.add(EntryFields(title="Visite"))
        assert journal.save_if_changed() is True
    finally:
        journal.close()
    reopened = Journal.open(journal_path, PASSPHRASE)
    try:
        assert reopened.database.read_setting("prompt_engine", {}) == {"current": {"id": "q1"}}
    finally:
        reopened.close()


def test_bookkeeping_never_hides_real_work_left_unsaved(journal_path: Path) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        journal.save()
        journal.entries.add(EntryFields(title="Visite"))
        with journal.bookkeeping():
            journal.database.write_setting("prompt_engine", {})
        assert journal.has_unsaved_changes()
    finally:
        journal.close()
