"""The import and export dialogs through their real widgets, over a real journal worker."""

from __future__ import annotations

import gc
import threading
import json
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.ui.import_dialog import ExportDialog, ImportDialog
from journal_app.ui.worker import JournalWorker
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.import_folders import hugo_site, jekyll_site, obsidian_vault, odt_document, text_folder, word_diary
from tests.core.interchange_helpers import DAYONE_SAMPLE, MARKDOWN_SAMPLE

PARIS = timezone(timedelta(hours=1))


@pytest.fixture
def worker(qtbot, app_settings, tmp_path):  # type: ignore[no-untyped-def]
    """A journal worker holding an open, empty journal (created on the worker's thread)."""
    journal_worker = JournalWorker()

    def create(holder) -> None:  # type: ignore[no-untyped-def]
        holder.journal = Journal.create(tmp_path / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)[0]

    journal_worker.submit(create)
    qtbot.waitUntil(lambda: not journal_worker.is_busy(), timeout=10_000)
    yield journal_worker
    journal_worker.shutdown()
    gc.collect()


def on_worker(qtbot, worker, work):  # type: ignore[no-untyped-def]
    """Run ``work(journal)`` on the worker and return its result."""
    results = []
    worker.submit(lambda holder: work(holder.require()), results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    return results[0]


def make_import_dialog(qtbot, worker) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_for_reading(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.preview_box.isVisible() or dialog.error.isVisible(), timeout=10_000)


def day_one_zip(folder: Path) -> Path:
    archive = folder / "Day One export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Journal.json", DAYONE_SAMPLE.read_bytes())
        zipped.writestr("photos/4c1e5a8b2f3d6e7a9b0c1d2e3f4a5b6c.jpeg", b"\xff\xd8")
    return archive


def test_a_day_one_zip_is_previewed_then_imported(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    assert not dialog.import_button.isEnabled()
    dialog.set_source(day_one_zip(tmp_path))
    wait_for_reading(qtbot, dialog)
    assert not dialog.error.isVisible()
    assert dialog.entries_label.text() == "5 entries"
    assert dialog.dates_label.text().startswith("from ") and "2019" in dialog.dates_label.text()
    assert dialog.tags_label.text().startswith("travail (2), fatigue (1)")
    assert not dialog.persons_label.isVisible()  # Day One has no persons
    left_out = dialog.left_out_label.text()
    assert left_out.startswith("3 photo") and "1 video" in left_out and "1 entr" in left_out
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 5 entries"
    assert on_worker(qtbot, worker, lambda journal: journal.entries.count()) == 0  # nothing before confirming

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [5]
    assert dialog.result_label.text() == ("5 entries imported.\nNot imported: 3 photos, 1 video, 1 audio recording, "
                                          "1 PDF attachment, 3 places, 2 weather records, 1 entry without any text.")
    assert not dialog.import_button.isVisible() and dialog.close_button.text() == "&Close"
    assert on_worker(qtbot, worker, lambda journal: journal.entries.count()) == 5
    assert not on_worker(qtbot, worker, lambda journal: journal.has_unsaved_changes())  # saved at once


def test_importing_the_same_source_again_offers_nothing(qtbot, worker, tmp_path):
    archive = day_one_zip(tmp_path)
    first = make_import_dialog(qtbot, worker)
    first.set_source(archive)
    wait_for_reading(qtbot, first)
    with qtbot.waitSignal(first.imported, timeout=10_000):
        first.import_button.click()
    again = make_import_dialog(qtbot, worker)
    again.set_format("dayone")
    again.set_source(DAYONE_SAMPLE)
    wait_for_reading(qtbot, again)
    assert again.entries_label.text().startswith("5 entries — 5 already in your journal, skipped")
    assert "Nothing new to import" in again.entries_label.text()
    assert not again.import_button.isEnabled()


def test_a_markdown_folder_is_previewed_with_its_persons(qtbot, worker):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(MARKDOWN_SAMPLE)
    wait_for_reading(qtbot, dialog)
    # The text file has no date in it: said, with the rule that dates it, which the worker may change.
    assert dialog.entries_label.text() == "5 entries"
    assert dialog.problems_label.text() == ("1 note has no date in it: they take the date their file was last "
                                            "changed\n  • suivis/à lire.txt")
    assert dialog.undated_choice.isVisible() and not dialog.skip_unreadable.isVisible()
    dialog.undated_choice.setFocus()
    qtbot.keyClick(dialog.undated_choice, Qt.Key.Key_End)  # "Leave them out"
    qtbot.waitUntil(lambda: dialog.entries_label.text() == "4 entries", timeout=10_000)
    assert dialog.problems_label.text().endswith("they are left out\n  • suivis/à lire.txt")
    assert dialog.persons_label.text() == "Mme R. (1)"
    assert dialog.left_out_label.text() == "1 entry without any text, 1 note without a date"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    titles = on_worker(qtbot, worker, lambda journal: [e.title for e in journal.entries.list()])
    assert titles == ["Fatigue du dimanche", "Appel de Mme R", "Visite à domicile", "Réunion d'équipe"]


def write_bad_dayone(path: Path) -> Path:
    document = json.loads(DAYONE_SAMPLE.read_text("utf-8"))
    document["entries"][2]["creationDate"] = "2023-02-30T10:00:00Z"
    path.write_text(json.dumps(document), "utf-8")
    return path


def malformed_sources(folder: Path) -> dict[str, tuple[Path, str, str]]:
    (folder / "bad.json").write_text('{"entries": [', "utf-8")
    with zipfile.ZipFile(folder / "photos.zip", "w") as zipped:
        zipped.writestr("photos/a.jpeg", b"\xff\xd8")
    notes = folder / "notes"
    notes.mkdir()
    (notes / "photo.jpg").write_bytes(b"\xff\xd8")
    return {
        "bad json": (folder / "bad.json", "not a JSON file", "Where: bad.json"),
        "zip without journal": (folder / "photos.zip", "holds no Day One journal", "Where: photos.zip"),
        "invalid date": (write_bad_dayone(folder / "Journal.json"), "one of its fields",
                         "Where: entry 3, field “creationDate”"),
        # A folder's unreadable notes and undated notes are listed, not refused (tests below).
        "no notes": (notes, "holds no notes nor documents", "Where: notes"),
        "missing": (folder / "absent.zip", "cannot be read", ""),
    }


@pytest.mark.parametrize("case", ["bad json", "zip without journal", "invalid date", "no notes", "missing"])
def test_a_malformed_source_is_explained_and_nothing_is_imported(qtbot, worker, tmp_path, case):
    source, words, place = malformed_sources(tmp_path)[case]
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(source)
    wait_for_reading(qtbot, dialog)
    message = dialog.error.text()
    assert dialog.error.isVisible() and not dialog.preview_box.isVisible()
    assert words in message and place in message and message.endswith("Nothing was imported.")
    assert "Traceback" not in message and not dialog.import_button.isEnabled()
    assert on_worker(qtbot, worker, lambda journal: journal.entries.count()) == 0


def test_choosing_another_format_reads_the_source_again(qtbot, worker):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_format("jrnl")
    dialog.set_source(DAYONE_SAMPLE)
    wait_for_reading(qtbot, dialog)
    assert dialog.error.isVisible() and "one of its fields" in dialog.error.text()
    dialog.set_format("")  # recognise automatically
    qtbot.waitUntil(lambda: dialog.preview_box.isVisible(), timeout=10_000)
    assert not dialog.error.isVisible() and dialog.import_button.isEnabled()


def test_only_the_latest_source_chosen_is_shown(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(day_one_zip(tmp_path))
    dialog.set_source(MARKDOWN_SAMPLE)
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=10_000)
    assert dialog.entries_label.text() == "5 entries"


def test_the_file_chooser_opens_without_blocking_and_feeds_the_preview(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    qtbot.mouseClick(dialog.choose_folder_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert chooser.fileMode() == QFileDialog.FileMode.Directory
    chooser.fileSelected.emit(str(MARKDOWN_SAMPLE))
    chooser.reject()
    wait_for_reading(qtbot, dialog)
    assert dialog.source_field.text() == str(MARKDOWN_SAMPLE) and dialog.entries_label.text() == "5 entries"
    qtbot.mouseClick(dialog.choose_file_button, Qt.MouseButton.LeftButton)
    assert dialog.file_dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    dialog.file_dialog.reject()


# ----- export


def fill(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    def add(journal) -> None:  # type: ignore[no-untyped-def]
        for day, title in ((date(2024, 3, 1), "Visite"), (date(2024, 4, 2), "Appel"), (date(2024, 5, 3), "Bilan")):
            journal.entries.add(EntryFields(title=title, body=f"Texte {title}", persons=("Mme R.",),
                                            occurred_at=datetime.combine(day, datetime.min.time(), PARIS).replace(
                                                hour=10)))

    on_worker(qtbot, worker, add)


def make_export_dialog(qtbot, worker) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(worker, today=date(2024, 6, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_nothing_is_written_before_a_place_is_chosen_and_the_warning_accepted(qtbot, worker, tmp_path):
    fill(qtbot, worker)
    dialog = make_export_dialog(qtbot, worker)
    assert "NOT encrypted" in dialog.warning.text() and dialog.warning.isVisible()
    assert not dialog.export_button.isEnabled()
    dialog.set_folder(tmp_path)
    assert dialog.destination_field.text() == str(tmp_path / "carnet-export-2024-06-01.json")
    assert not dialog.export_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "carnet-export-2024-06-01.json"
    assert exported.args == [3, target]
    assert [e["title"] for e in json.loads(target.read_text("utf-8"))["entries"]] == ["Visite", "Appel", "Bilan"]
    assert target.stat().st_mode & 0o777 == 0o600
    assert "3 entries written to" in dialog.result_label.text() and "not encrypted" in dialog.result_label.text()
    # A second export never overwrites the first.
    assert dialog.destination_field.text() == str(tmp_path / "carnet-export-2024-06-01-2.json")


def test_a_range_of_days_as_markdown_files(qtbot, worker, tmp_path):
    fill(qtbot, worker)
    dialog = make_export_dialog(qtbot, worker)
    dialog.markdown_choice.setChecked(True)
    dialog.since.setDate(QDate(2024, 3, 15))
    assert dialog.range_choice.isChecked()  # changing a date chooses the range
    dialog.until.setDate(QDate(2024, 5, 31))
    dialog.set_folder(tmp_path)
    dialog.understood.setChecked(True)
    assert dialog.destination_field.text() == str(tmp_path / "carnet-export-2024-06-01")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    folder = tmp_path / "carnet-export-2024-06-01"
    assert sorted(p.name for p in folder.iterdir()) == ["2024-04-02-1000-appel.md", "2024-05-03-1000-bilan.md"]


def test_a_backwards_range_is_explained(qtbot, worker, tmp_path):
    dialog = make_export_dialog(qtbot, worker)
    dialog.set_folder(tmp_path)
    dialog.understood.setChecked(True)
    dialog.since.setDate(QDate(2024, 5, 1))
    dialog.until.setDate(QDate(2024, 4, 1))
    assert dialog.error.isVisible() and "after the last" in dialog.error.text()
    assert not dialog.export_button.isEnabled()


def test_a_failed_export_is_said_and_leaves_nothing(qtbot, worker, tmp_path):
    fill(qtbot, worker)
    dialog = make_export_dialog(qtbot, worker)
    gone = tmp_path / "usb"
    gone.mkdir()
    dialog.set_folder(gone)
    dialog.understood.setChecked(True)
    gone.rmdir()  # the USB key was pulled out
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "could not be read or written" in dialog.error.text()
    assert not gone.exists() and dialog.export_button.isEnabled()


def test_the_folder_chooser_does_not_block(qtbot, worker, tmp_path):
    dialog = make_export_dialog(qtbot, worker)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    chooser = dialog.destination_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    chooser.fileSelected.emit(str(tmp_path))
    chooser.reject()
    assert dialog.destination_field.text().startswith(str(tmp_path))


def test_the_journal_as_a_pdf(qtbot, worker, tmp_path):
    fill(qtbot, worker)
    dialog = ExportDialog(worker, today=date(2024, 6, 1), language="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pdf_choice.setChecked(True)
    dialog.set_folder(tmp_path)
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as exported:
        dialog.export_button.click()
    target = tmp_path / "carnet-export-2024-06-01.pdf"
    assert exported.args == [3, target]
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_closing_forgets_what_was_read_even_while_reading(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(MARKDOWN_SAMPLE)
    dialog.reject()  # as locking does, while the worker still reads
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=10_000)
    assert dialog._batch is None and not dialog.preview_box.isVisible()


def test_a_real_vault_lists_every_problem_and_imports_only_once_the_worker_agrees(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(obsidian_vault(tmp_path))
    wait_for_reading(qtbot, dialog)
    assert not dialog.error.isVisible()
    problems = dialog.problems_label.text()
    # Every problem at once, grouped: the unreadable template, the undated notes, the kept properties.
    assert problems.startswith("1 file cannot be read:\n  • Modèle visite.md — its properties (between --- or +++ "
                               "lines) are not valid (line 2)")
    assert "2 notes have no date in them: they take the date their file was last changed\n  • Idées.md\n" \
           "  • Suivi Mme R.md" in problems
    assert problems.endswith("2 notes have other properties, kept in a block at the end of their text:\n"
                             "  aliases, lieu, participants, status")
    assert "2 attachments" in dialog.left_out_label.text() and "1 template" in dialog.left_out_label.text()
    assert dialog.tags_label.text().startswith("fatigue (1), logement (1)")
    # Nothing can be imported before the worker agrees to leave the unreadable file out.
    assert dialog.skip_unreadable.isVisible() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.skip_unreadable, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 4 entries"
    qtbot.mouseClick(dialog.skip_unreadable, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()
    assert on_worker(qtbot, worker, lambda journal: journal.entries.count()) == 0
    qtbot.mouseClick(dialog.skip_unreadable, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "1 file that cannot be read" in dialog.result_label.text()
    assert on_worker(qtbot, worker, lambda journal: journal.entries.count()) == 4


def test_a_word_diary_is_previewed_as_one_entry_per_day(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(word_diary(tmp_path / "Journal de stage.docx"))
    wait_for_reading(qtbot, dialog)
    assert dialog.entries_label.text() == "3 entries"
    assert dialog.dates_label.text() == "from 3 March 2025 to 5 March 2025"
    assert dialog.left_out_label.text() == "1 image in documents, 1 table in documents"
    assert not dialog.problems_label.isVisible() and not dialog.undated_choice.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert on_worker(qtbot, worker, lambda journal: journal.entries.count()) == 3


def test_an_encrypted_word_file_is_explained(qtbot, worker, tmp_path):
    locked = tmp_path / "protégé.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(locked)
    wait_for_reading(qtbot, dialog)
    # One file alone: its problem is the answer, in the worker's language.
    assert dialog.error.isVisible() and not dialog.preview_box.isVisible()
    assert dialog.error.text().startswith("This Word file is protected by a password, or is an old .doc file.")
    assert "Where: protégé.docx" in dialog.error.text() and dialog.error.text().endswith("Nothing was imported.")
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize(("make", "entries", "left_out"), [
    (lambda folder: hugo_site(folder), "3 entries", ""),
    (lambda folder: jekyll_site(folder), "4 entries", "1 file that is not a note, 1 attachment (images, PDFs, sounds)"),
    (lambda folder: odt_document(folder / "carnet.odt"), "2 entries", "1 table in documents"),
    (lambda folder: text_folder(folder), "4 entries", ""),
], ids=["hugo", "jekyll", "odt", "text files"])
def test_each_kind_of_folder_or_document_is_previewed_then_imported(qtbot, worker, tmp_path, make, entries,
                                                                      left_out):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(make(tmp_path))
    wait_for_reading(qtbot, dialog)
    assert not dialog.error.isVisible()
    assert dialog.entries_label.text() == entries and dialog.left_out_label.text() == left_out
    count = int(entries.split()[0])
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [count]
    assert on_worker(qtbot, worker, lambda journal: journal.entries.count()) == count


def test_consent_to_leave_files_out_is_not_carried_to_another_source(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(obsidian_vault(tmp_path / "first"))
    wait_for_reading(qtbot, dialog)
    qtbot.mouseClick(dialog.skip_unreadable, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    dialog.set_source(obsidian_vault(tmp_path / "second"))  # another folder: its own problems, its own decision
    qtbot.waitUntil(lambda: not worker.is_busy() and dialog.preview_box.isVisible(), timeout=10_000)
    assert not dialog.skip_unreadable.isChecked() and not dialog.import_button.isEnabled()


def hold_the_worker(worker):  # type: ignore[no-untyped-def]
    """Keep the worker busy until the returned event is set (work submitted meanwhile waits)."""
    release = threading.Event()
    worker.submit(lambda holder: release.wait(10))
    return release


def test_the_bar_shows_how_far_an_import_has_come(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(day_one_zip(tmp_path))
    wait_for_reading(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.bar.maximum() == 5 and dialog.busy.bar.value() == 5


def test_closing_during_an_import_cancels_it_and_imports_nothing(qtbot, worker, tmp_path):
    dialog = make_import_dialog(qtbot, worker)
    dialog.set_source(day_one_zip(tmp_path))
    wait_for_reading(qtbot, dialog)
    release = hold_the_worker(worker)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # "Cancel"
    assert not dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=10_000)
    assert on_worker(qtbot, worker, lambda journal: journal.entries.count()) == 0
    assert "Nothing was imported." in dialog.error.text()


def test_the_bar_shows_how_far_a_json_export_has_come(qtbot, worker, tmp_path):
    fill(qtbot, worker)
    dialog = make_export_dialog(qtbot, worker)
    dialog.set_folder(tmp_path)
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.bar.maximum() > 3 and dialog.busy.bar.value() == dialog.busy.bar.maximum()


def test_closing_during_an_export_cancels_it_and_writes_nothing(qtbot, worker, tmp_path):
    fill(qtbot, worker)
    dialog = make_export_dialog(qtbot, worker)
    dialog.set_folder(tmp_path)
    dialog.understood.setChecked(True)
    release = hold_the_worker(worker)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=10_000)
    assert list(tmp_path.glob("carnet-export-*")) == []
