"""Banners in the window: none on the first evening, never more than one, and compact.

Journeys through the real window; a journal is prepared on disk as weeks of use would leave it.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from journal_app.core.backups import read_plan, write_plan
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.test_main_window import create_through_ui, finish_recovery_code, unlock_through_ui

COMPACT_PX = 48


def banners_shown(window) -> list:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    return [banner for banner in (workspace.merge_banner, workspace.backup_banner, workspace.prompt_banner,
                                  workspace.demo_banner) if banner.isVisible()]


def test_the_first_evening_opens_on_a_welcome_not_a_question(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "journal.carnet")
    finish_recovery_code(qtbot, window)
    qtbot.wait(100)  # every answer of the worker is in
    assert banners_shown(window) == []
    assert window.journal_page.empty_state.isVisible()
    assert "first entry" in window.journal_page.empty_text.text()


def test_one_banner_at_a_time_in_order_of_importance(qtbot, make_window, app_settings, journal_path: Path) -> None:
    # Six weeks of writing, a backup a month old, no check-in yet, and a copy left by a sync service.
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    write_plan(journal.database, replace(read_plan(journal.database),
                                         last_backup_at=datetime.now().astimezone() - timedelta(days=30)))
    for days_ago in (42, 30, 20, 10, 3):
        journal.entries.add(EntryFields(title=f"Visite {days_ago}", kind="contact", channel="office",
                                        occurred_at=datetime.now().astimezone() - timedelta(days=days_ago)))
    journal.save()
    journal.close()
    copy = journal_path.with_name("journal-LAPTOP.carnet")
    shutil.copyfile(journal_path, copy)
    other = Journal.open(copy, PASSPHRASE)
    other.entries.add(EntryFields(title="Appel du soir"))
    other.save()
    other.close()
    app_settings.last_journal = journal_path
    window = make_window()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.merge_banner.isVisible())
    qtbot.wait(100)
    assert banners_shown(window) == [workspace.merge_banner]  # what happened to the journal comes first
    qtbot.mouseClick(workspace.merge_banner.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(banners_shown(window)))
    assert banners_shown(window) == [workspace.backup_banner]
    qtbot.mouseClick(workspace.backup_banner.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(banners_shown(window)))
    assert banners_shown(window) == [workspace.prompt_banner]
    assert "check-in" in workspace.prompt_banner.text.text()
    assert workspace.prompt_banner.height() <= COMPACT_PX
    # Only over the entries: the other views are left alone.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert banners_shown(window) == []
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert banners_shown(window) == [workspace.prompt_banner]
