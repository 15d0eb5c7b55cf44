"""Merging the conflict copies found on unlocking shows a bar counting them when it lasts
(issue 17: no long work without progress), and nothing when there is nothing to merge."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt

from journal_app.core import merge as merge_module
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.ui.merge_banner import MergeBanner
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import create_through_ui, finish_recovery_code, unlock_through_ui

COPIES = 3
ENTRIES_PER_COPY = 5


class ShownCounter(QObject):
    """Counts the times a widget appears on screen."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        super().__init__(widget)
        self.shown = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def _locked_journal(qtbot, window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    return tmp_path / "j.carnet"


def test_merging_many_copies_shows_a_bar_counting_them(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    journal_path = _locked_journal(qtbot, window, tmp_path)
    for number in range(COPIES):
        copy = tmp_path / f"j.sync-conflict-20261124-1015{number:02d}-ABCDEFG.carnet"
        shutil.copy2(journal_path, copy)
        other = Journal.open(copy, PASSPHRASE)
        for entry in range(ENTRIES_PER_COPY):
            other.entries.add(EntryFields(title=f"Ecrit ailleurs {number}.{entry}", body="Un texte. " * 40))
        other.save()
        other.close()
    # A slow disk, as it were: the second copy waits until the test has seen the bar, so the merge
    # lasts past the banner's delay whatever the machine's speed (no race with a clock).
    slow_copy_may_go = threading.Event()
    real_merge_into = merge_module.merge_into
    merged_so_far: list[Path] = []

    def merge_into_slowly(journal, other, *args, **kwargs):  # type: ignore[no-untyped-def]
        if len(merged_so_far) == 1:
            assert slow_copy_may_go.wait(30)
        merged_so_far.append(Path(other))
        return real_merge_into(journal, other, *args, **kwargs)

    monkeypatch.setattr(merge_module, "merge_into", merge_into_slowly)
    banner = window.workspace.merge_banner
    bar_shown = ShownCounter(banner.bar)

    # By keys, without waiting for the worker: it is busy merging until the test lets it go.
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    try:
        qtbot.waitUntil(lambda: banner.bar.isVisible(), timeout=30_000)
        assert banner.text.text().startswith("Merging another copy of this journal")
        qtbot.waitUntil(lambda: (banner.bar.maximum(), banner.bar.value()) == (COPIES, 1))  # the first copy counted
    finally:
        slow_copy_may_go.set()
    qtbot.waitUntil(lambda: banner.isVisible() and not window.worker.is_busy() and not banner.bar.isVisible())
    assert bar_shown.shown == 1
    assert banner.text.text().startswith(f"{COPIES} other copies of this journal were found")
    counted: list[int] = []
    window.worker.submit(lambda holder: holder.require().entries.count(), counted.append)
    qtbot.waitUntil(lambda: counted == [COPIES * ENTRIES_PER_COPY])
    assert len(list((tmp_path / "merged-conflicts").glob("*.carnet"))) == COPIES


def test_no_copy_to_merge_shows_no_bar(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(MergeBanner, "SHOW_AFTER_MS", 0)
    _locked_journal(qtbot, window, tmp_path)
    banner = window.workspace.merge_banner
    shown = ShownCounter(banner)

    unlock_through_ui(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace and not window.worker.is_busy())
    qtbot.wait(3 * MergeBanner.SHOW_AFTER_MS + 200)  # long after the bar would have come
    assert shown.shown == 0 and not banner.isVisible()
