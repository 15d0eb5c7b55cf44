"""Unlocking and locking a journal the worker did not change leaves its file as it was (issue 17):
the question of the day's bookkeeping waits for the next save of real work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.test_main_window import unlock_through_ui


def _journal_with_an_entry(path: Path) -> None:
    journal, _code = Journal.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Visite à domicile", body="Rien de neuf"))
    journal.save()
    journal.close()


def _unlock_and_wait(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock_through_ui(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 1)
    # the question of the day is the bookkeeping that used to rewrite the file
    qtbot.waitUntil(lambda: window.workspace.prompt_banner.isVisible() and not window.worker.is_busy(),
                    timeout=10_000)


def _lock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())


def test_unlock_then_lock_without_writing_leaves_the_file_untouched(qtbot, make_window, app_settings,
                                                                    journal_path: Path) -> None:
    _journal_with_an_entry(journal_path)
    before = (journal_path.read_bytes(), journal_path.stat().st_mtime_ns)
    app_settings.last_journal = journal_path
    window = make_window()
    _unlock_and_wait(qtbot, window)
    qtbot.wait(300)  # idle: nothing queued may write later either
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert (journal_path.read_bytes(), journal_path.stat().st_mtime_ns) == before
    _lock(qtbot, window)
    assert (journal_path.read_bytes(), journal_path.stat().st_mtime_ns) == before


def test_writing_after_unlock_still_saves_and_keeps_the_question_shown(qtbot, make_window, app_settings,
                                                                       journal_path: Path) -> None:
    _journal_with_an_entry(journal_path)
    before = journal_path.read_bytes()
    app_settings.last_journal = journal_path
    window = make_window()
    _unlock_and_wait(qtbot, window)
    window.journal_page.new_entry()
    qtbot.keyClicks(window.journal_page.editor.title, "Appel du foyer")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    _lock(qtbot, window)
    assert journal_path.read_bytes() != before
    journal = Journal.open(journal_path, PASSPHRASE)
    try:
        assert journal.entries.count() == 2
        # the bookkeeping rode along with the real save: the question is remembered as shown
        assert journal.database.read_setting("prompt_engine", {}).get("prompts")
    finally:
        journal.close()
