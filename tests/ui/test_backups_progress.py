"""Restoring a backup and opening the newest backup that works: long work shows how far it
is, and a restore stopped before it writes leaves the journal exactly as it was (issue 17)."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.core import backups
from journal_app.core.entries import EntryFields
from journal_app.core.errors import Cancelled
from journal_app.core.journal import RESTORE_STEPS, Journal, backups_of, newest_good_backup
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.test_backups_dialog import journal_of, open_dialog, worker  # noqa: F401 - the fixture
from tests.ui.test_main_window import unlock_through_ui

TRIED_FIRST = 12  # backups newer than the good one, that do not open with the passphrase


def _restore_confirmed(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.restore_button.click()
    box = dialog.confirm_box
    [restore] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    restore.click()


def test_a_restore_stopped_before_it_writes_leaves_the_journal_as_it_was(qtbot, worker, tmp_path: Path) -> None:  # noqa: F811
    usb = tmp_path / "usb"
    usb.mkdir()
    worker.submit(lambda holder: backups.change_plan(holder.require().database, destination=usb))
    worker.submit(lambda holder: backups.back_up(holder.require()))
    worker.submit(lambda holder: (holder.require().entries.add(EntryFields(title="Après la sauvegarde")),
                                  holder.require().save()))
    dialog = open_dialog(qtbot, worker)
    path = journal_of(worker).path
    before = {p.name: p.read_bytes() for p in path.parent.rglob("*") if p.is_file() and not p.name.endswith(".lock")}
    (backup,) = usb.iterdir()
    dialog.select_backup(backup)
    # The worker is busy with earlier work (a save, say) when the person asks for the restore,
    # then stops it: the restore stops at its first step.
    release = threading.Event()
    worker.submit(lambda holder: release.wait(10))
    _restore_confirmed(dialog)
    assert dialog.busy.isVisible() and dialog.stop_button.isVisible()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not worker.is_busy() and not dialog.busy.isVisible())
    assert "stopped" in dialog.status.text() and "not changed" in dialog.status.text()
    assert not dialog.stop_button.isVisible() and dialog.restore_button.isEnabled()
    after = {p.name: p.read_bytes() for p in path.parent.rglob("*") if p.is_file() and not p.name.endswith(".lock")}
    assert after == before  # nothing written, nothing kept aside
    assert sorted(r.title for r in journal_of(worker).entries.list()) == ["Après la sauvegarde",
                                                                         "Avant la sauvegarde"]

    _restore_confirmed(dialog)  # and it can still be done
    qtbot.waitUntil(lambda: not worker.is_busy() and not dialog.busy.isVisible())
    assert [r.title for r in journal_of(worker).entries.list()] == ["Avant la sauvegarde"]
    assert dialog.busy.bar.maximum() == 0  # the bar "working" again for the next time


def test_a_restore_counts_its_steps_and_stops_only_before_writing(tmp_path: Path) -> None:
    journal, _code = Journal.create(tmp_path / "j.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Avant"))
    journal.save()
    journal.entries.add(EntryFields(title="Après"))
    journal.save()
    backup = backups_of(journal.path)[0]
    for last_step in range(RESTORE_STEPS):
        seen: list[tuple[int, int]] = []

        def stop_at(done: int, total: int, last_step: int = last_step) -> None:
            seen.append((done, total))
            if done == last_step:
                raise Cancelled("stopped")

        files = {p: p.read_bytes() for p in tmp_path.rglob("*.carnet")}
        with pytest.raises(Cancelled):
            backups.restore_into(journal, backup, stop_at)
        assert seen == [(done, RESTORE_STEPS) for done in range(last_step + 1)]
        assert {p: p.read_bytes() for p in tmp_path.rglob("*.carnet")} == files
        assert sorted(r.title for r in journal.entries.list()) == ["Après", "Avant"]
    seen = []
    backups.restore_into(journal, backup, lambda done, total: seen.append((done, total)))
    assert seen == [(done, RESTORE_STEPS) for done in range(RESTORE_STEPS)]
    assert [r.title for r in journal.entries.list()] == ["Avant"]
    journal.close()


def _damaged_with_backups(journal_path: Path) -> Path:
    """A damaged journal; its one good backup is older than TRIED_FIRST backups made with
    another passphrase (each costs a key derivation before it is refused)."""
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Avant la panne"))
    journal.save()
    journal.save()  # the version with the entry is now a backup
    journal.close()
    good = backups_of(journal_path)[0]
    other, _code = Journal.create(journal_path.with_name("other.carnet"), "une autre phrase", kdf=CHEAP_KDF)
    other.close()
    stamp = good.stat().st_mtime
    for number in range(TRIED_FIRST):
        newer = good.with_name(f"{journal_path.stem}.{900000 + number}.carnet")
        shutil.copyfile(journal_path.with_name("other.carnet"), newer)
        os.utime(newer, (stamp + 10 + number, stamp + 10 + number))
    data = bytearray(journal_path.read_bytes())
    data[-100] ^= 0xFF
    journal_path.write_bytes(bytes(data))
    return good


def test_newest_good_backup_counts_the_backups_tried_and_can_be_stopped(tmp_path: Path) -> None:
    path = tmp_path / "j.carnet"
    good = _damaged_with_backups(path)
    seen: list[tuple[int, int]] = []
    found = newest_good_backup(path, PASSPHRASE, lambda done, total: seen.append((done, total)))
    assert found == good
    assert seen == [(tried, len(backups_of(path))) for tried in range(TRIED_FIRST + 1)]

    files = {p: p.read_bytes() for p in tmp_path.rglob("*.carnet")}

    def stop_after_three(done: int, total: int) -> None:
        if done == 3:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        newest_good_backup(path, PASSPHRASE, stop_after_three)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.carnet")} == files


def test_opening_the_newest_backup_shows_the_backups_tried(qtbot, make_window, app_settings, tmp_path: Path) -> None:
    path = tmp_path / "j.carnet"
    _damaged_with_backups(path)
    app_settings.last_journal = path
    window = make_window()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    page = window.unlock_page
    assert page.backup_button.isVisible()
    counted: list[int] = []
    page.busy.bar.valueChanged.connect(counted.append)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible() and page.busy.label.text() == "Trying the backups, newest first…"
    qtbot.waitUntil(lambda: window.is_unlocked(), timeout=10_000)
    assert TRIED_FIRST in counted  # the bar reached the good backup, the last tried
    assert page.busy.bar.maximum() == 0  # "working" again for the next unlocking
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 1)
    box = window.findChild(QMessageBox)
    assert box is not None and "kept aside" in box.text()
    box.done(0)
