"""The banner that says a conflict copy was merged: what changed, where the copy went, and
a way to give a copy's own passphrase when it has one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.merge import MergeReport, SkippedCopy, merge_conflict_copies
from journal_app.ui.merge_banner import MergeBanner
from tests.conftest import CHEAP_KDF, PASSPHRASE

COPY = Path("/journals/merged-conflicts/journal (conflicted copy 2026-11-24 101530).carnet")


@pytest.fixture(autouse=True)
def in_english(app_settings):  # type: ignore[no-untyped-def]
    """The application as it starts, in English (with its plural forms)."""
    return app_settings


def _banner(qtbot, report: MergeReport | None) -> MergeBanner:  # type: ignore[no-untyped-def]
    banner = MergeBanner()
    qtbot.addWidget(banner)
    banner.resize(1024, 120)
    banner.show_report(report)
    return banner


def _merged_report(tmp_path: Path) -> MergeReport:
    """A real merge: one entry added in the copy, one changed in both."""
    journal, _code = Journal.create(tmp_path / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    shared = journal.entries.add(EntryFields(title="Visite", body="avant"))
    journal.save()
    journal.close()
    copy = tmp_path / "journal-LAPTOP.carnet"
    shutil.copyfile(tmp_path / "journal.carnet", copy)
    for path, body in ((copy, "à la maison"), (tmp_path / "journal.carnet", "au bureau")):
        journal = Journal.open(path, PASSPHRASE)
        journal.entries.update(shared.uuid, EntryFields(title="Visite", body=body))
        if path == copy:
            journal.entries.add(EntryFields(title="Appel du soir"))
        journal.save()
        journal.close()
    journal = Journal.open(tmp_path / "journal.carnet", PASSPHRASE)
    try:
        return merge_conflict_copies(journal, PASSPHRASE)
    finally:
        journal.close()


def test_a_merge_is_told_calmly_and_can_be_dismissed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = _merged_report(tmp_path)
    banner = _banner(qtbot, report)
    assert banner.isVisible()
    text = banner.text.text()
    assert text.startswith("Another copy of this journal was found (made by your sync service). Carnet merged it:")
    assert text.endswith("Carnet merged it: 1 entry added and 1 kept twice because both copies changed it.")
    assert "merged-conflicts" in banner.detail.text() and "older version" in banner.detail.text()
    assert not banner.passphrase_button.isVisible()
    assert banner.accessibleName() == text
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_texts_both_copies_changed_are_said_to_be_kept_twice(qtbot) -> None:  # type: ignore[no-untyped-def]
    banner = _banner(qtbot, MergeReport(merged=(COPY,), other_changes=2, texts_kept_both=1))
    assert "2 other changes" in banner.text.text()
    assert "both versions are kept: the older one follows the newer" in banner.detail.text()
    assert "older version is kept as another entry" not in banner.detail.text()


def test_nothing_found_shows_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not _banner(qtbot, MergeReport()).isVisible()
    assert not _banner(qtbot, None).isVisible()


def test_a_copy_that_changed_nothing_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    banner = _banner(qtbot, MergeReport(merged=(COPY,)))
    assert "both copies held the same, nothing changed" in banner.text.text()
    assert "older version" not in banner.detail.text()


def test_several_changes_read_as_one_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    banner = _banner(qtbot, MergeReport(merged=(COPY,), entries_added=3, entries_updated=2, entries_deleted=1,
                                        other_changes=4))
    assert "3 entries added, 2 updated, 1 deleted and 4 other changes" in banner.text.text()


def test_a_copy_with_another_passphrase_offers_to_enter_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    waiting = Path("/journals/journal-LAPTOP.carnet")
    banner = _banner(qtbot, MergeReport(skipped=(SkippedCopy(waiting, "copy-passphrase"),
                                                 SkippedCopy(Path("/journals/journal-PC.carnet"), "damaged"))))
    assert banner.passphrase_button.isVisible()
    assert "could not be merged" in banner.text.text() and "another passphrase" in banner.text.text()
    with qtbot.waitSignal(banner.passphrase_requested) as signal:
        qtbot.mouseClick(banner.passphrase_button, Qt.MouseButton.LeftButton)
    assert signal.args == [(waiting,)]
    assert not banner.isVisible()


def test_a_copy_from_before_a_passphrase_change_is_offered_to_compare_not_merged(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A copy still under the old key (the other computer had not synced yet) is never merged:
    the banner says what it is, not that it is damaged."""
    journal, _code = Journal.create(tmp_path / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Visite"))
    journal.save()
    shutil.copyfile(tmp_path / "journal.carnet", tmp_path / "journal (1).carnet")
    journal.change_passphrase("une toute nouvelle phrase secrète")
    try:
        report = merge_conflict_copies(journal)
    finally:
        journal.close()
    assert report.older_copies == (tmp_path / "journal (1).carnet",)
    banner = _banner(qtbot, report)
    assert "from before your passphrase changed" in banner.text.text()
    assert "damaged" not in banner.text.text()
    assert not banner.passphrase_button.isVisible()
    assert (tmp_path / "journal (1).carnet").exists()
