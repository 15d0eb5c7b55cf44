"""Bring entries in (Day One, a folder of Markdown notes or of Word, LibreOffice and text documents,
jrnl, a Carnet export) and take them out (JSON, Markdown files, PDF).

Import: choose a source, read what Carnet would import (counts, dates, tags, persons, duplicates,
what is left out), then import it all or nothing. A folder's problems are all listed at once,
grouped: notes without a date (dated by their file, or left out: the person chooses), files that
cannot be read (left out only once the person agrees; until then nothing can be imported), and
properties kept at the end of a note's text. Reading, importing and exporting run on the
journal worker; the dialogs only present and forward. An export is the only plaintext Carnet
writes: the dialog says so, and asks the person to confirm it, before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import interchange
from journal_app.core.briefs import write_export_atomically
from journal_app.core.errors import Cancelled, JournalError
from journal_app.core.formats.common import ImportBatch, ImportOptions, SourceProblem
from journal_app.core.formats.markdown import CREATION_TIME_KNOWN
from journal_app.core.journal import Journal
from journal_app.pdf import brief_to_pdf
from journal_app.ui.file_dialogs import file_dialog
from journal_app.ui.messages import error_text
from journal_app.ui.widgets import BusyLine, error_label, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker, WorkProgress

# Literal calls, so pyside6-lupdate can extract every string.
translate = QCoreApplication.translate

LISTED_NAMES = 12  # tags or persons shown in the preview; the rest are counted


def refusal_text(error: JournalError) -> str:
    """Why a source cannot be imported, in the person's language, with where, and what now."""
    reason = getattr(error, "reason", None)
    sentences = {
        "unreadable": translate("ImportDialog", "This file or folder cannot be read. Check that it still exists "
                                "(a USB key may have been removed) and that you may open it."),
        "unknown-format": translate("ImportDialog", "Carnet does not recognise this file. Choose its format in the "
                                    "list, or choose a Day One export (.zip or .json), a jrnl or Carnet export "
                                    "(.json), or a folder of Markdown notes."),
        "not-text": translate("ImportDialog", "This file is not text in UTF-8, so Carnet cannot read it."),
        "not-json": translate("ImportDialog", "This file is damaged or is not a JSON file."),
        "not-zip": translate("ImportDialog", "This zip file is damaged, protected by a password, or compressed in "
                             "a way Carnet cannot read."),
        "no-journal-in-zip": translate("ImportDialog", "This zip file holds no Day One journal (no .json file "
                                       "inside). Export the journal again from Day One, choosing JSON."),
        "wrong-format": translate("ImportDialog", "This file is not in the format chosen. Choose another format, "
                                  "or let Carnet recognise it."),
        "newer-version": translate("ImportDialog", "This export was written by a newer version of Carnet. Install "
                                   "the latest version to import it."),
        "bad-field": translate("ImportDialog", "An entry cannot be read: one of its fields is missing or holds a "
                               "value Carnet does not accept (a date that does not exist, a number instead of "
                               "text...)."),
        "duplicate": translate("ImportDialog", "The same entry appears twice in this source, so Carnet cannot tell "
                               "which one to keep."),
        "front-matter": translate("ImportDialog", "The properties at the top of a note (the block between two --- "
                                  "lines) are not valid YAML."),
        "no-date": translate("ImportDialog", "Some notes have no date, neither in their properties (date: "
                             "2024-03-05) nor at the start of their file name (2024-03-05 Meeting.md). Add one, "
                             "then try again."),
        "no-notes": translate("ImportDialog", "This folder holds no notes nor documents (.md, .txt, .docx or .odt "
                              "files)."),
        "encrypted": translate("ImportDialog", "This Word file is protected by a password, or is an old .doc file. "
                               "Open it in Word or LibreOffice, remove the password or save it as .docx, then try "
                               "again."),
        "not-document": translate("ImportDialog", "This document is damaged, or is not a Word or LibreOffice "
                                  "document."),
        "unreadable-files": translate("ImportDialog", "Some files cannot be read. Agree to leave them out to import "
                                      "the rest."),
        "no-creation-time": translate("ImportDialog", "This computer does not record when a file was created. Choose "
                                      "the date of the last change, or leave undated notes out."),
        "too-large": translate("ImportDialog", "This is too large to be a journal export or a folder of notes: "
                               "choose the export itself, or the folder of the notes only."),
    }
    text = sentences.get(reason or "", error_text(error))
    place = _place(error)
    if place:
        text += "\n" + translate("ImportDialog", "Where: %1").replace("%1", place)
    return text + "\n" + translate("ImportDialog", "Nothing was imported.")


def _place(error: JournalError) -> str:
    parts = []
    files = getattr(error, "files", ())
    if files:
        shown = ", ".join(files[:5])
        if len(files) > 5:
            shown += " " + _words().and_more(len(files) - 5)
        parts.append(shown)
    elif getattr(error, "file", ""):
        parts.append(error.file)  # type: ignore[attr-defined]
    if getattr(error, "entry", None) is not None:
        parts.append(translate("ImportDialog", "entry %1").replace("%1", str(error.entry)))  # type: ignore[attr-defined]
    if getattr(error, "field", ""):
        parts.append(translate("ImportDialog", "field “%1”").replace("%1", error.field))  # type: ignore[attr-defined]
    if getattr(error, "line", None) is not None:
        parts.append(translate("ImportDialog", "line %1").replace("%1", str(error.line)))  # type: ignore[attr-defined]
    return ", ".join(parts)


def left_out_text(kind: str, count: int) -> str:
    words = _words()
    texts = {
        "photos": words.photos, "videos": words.videos, "audios": words.audios, "documents": words.documents,
        "locations": words.locations, "weather": words.weather, "empty_entries": words.empty_entries,
        "other_files": words.other_files, "attachments": words.attachments, "templates": words.templates,
        "unreadable_files": words.unreadable_files, "undated_files": words.undated_files, "images": words.images,
        "tables": words.tables,
    }
    return texts[kind](count) if kind in texts else f"{count} {kind}"


class ImportWords(QObject):
    """Plural words of the import: pyside6-lupdate marks a message as plural only in ``self.tr``."""

    def and_more(self, count: int) -> str:
        return self.tr("and %n more", "", count)

    def photos(self, count: int) -> str:
        return self.tr("%n photo(s)", "", count)

    def videos(self, count: int) -> str:
        return self.tr("%n video(s)", "", count)

    def audios(self, count: int) -> str:
        return self.tr("%n audio recording(s)", "", count)

    def documents(self, count: int) -> str:
        return self.tr("%n PDF attachment(s)", "", count)

    def locations(self, count: int) -> str:
        return self.tr("%n place(s)", "", count)

    def weather(self, count: int) -> str:
        return self.tr("%n weather record(s)", "", count)

    def empty_entries(self, count: int) -> str:
        return self.tr("%n entry(ies) without any text", "", count)

    def other_files(self, count: int) -> str:
        return self.tr("%n file(s) that are not notes", "", count)

    def attachments(self, count: int) -> str:
        return self.tr("%n attachment(s) (images, PDFs, sounds)", "", count)

    def templates(self, count: int) -> str:
        return self.tr("%n template(s)", "", count)

    def unreadable_files(self, count: int) -> str:
        return self.tr("%n file(s) that cannot be read", "", count)

    def undated_files(self, count: int) -> str:
        return self.tr("%n note(s) without a date", "", count)

    def images(self, count: int) -> str:
        return self.tr("%n image(s) in documents", "", count)

    def tables(self, count: int) -> str:
        return self.tr("%n table(s) in documents", "", count)

    def unreadable_heading(self, count: int) -> str:
        return self.tr("%n file(s) cannot be read:", "", count)

    def undated_heading(self, count: int) -> str:
        return self.tr("%n note(s) have no date in them:", "", count)

    def properties_heading(self, count: int) -> str:
        return self.tr("%n note(s) have other properties, kept in a block at the end of their text:", "", count)


@cache
def _words() -> ImportWords:
    return ImportWords()


LISTED_FILES = 8  # files named per problem in the preview; the rest are counted


def problem_reason(problem: SourceProblem) -> str:
    """Why a file cannot be read, in a few words of the person's language."""
    reasons = {
        "front-matter": translate("ImportDialog", "its properties (between --- or +++ lines) are not valid"),
        "not-text": translate("ImportDialog", "not text in UTF-8"),
        "bad-field": translate("ImportDialog", "the property “%1” holds a value Carnet does not accept"),
        "too-large": translate("ImportDialog", "too large"),
        "encrypted": translate("ImportDialog", "protected by a password, or an old .doc file"),
        "not-document": translate("ImportDialog", "damaged, or not a Word or LibreOffice document"),
    }
    text = reasons.get(problem.reason, translate("ImportDialog", "cannot be opened"))
    if problem.reason == "bad-field":
        text = text.replace("%1", problem.field or "?")
    if problem.line is not None:
        text += " (" + translate("ImportDialog", "line %1").replace("%1", str(problem.line)) + ")"
    return text


def problems_text(problems: tuple[SourceProblem, ...], options: ImportOptions) -> str:
    """A folder's problems, grouped, each file on its own line."""
    words = _words()
    groups = []

    def listed(lines: list[str]) -> list[str]:
        shown = [f"  • {line}" for line in lines[:LISTED_FILES]]
        if len(lines) > LISTED_FILES:
            shown.append("  " + words.and_more(len(lines) - LISTED_FILES))
        return shown

    unreadable = [p for p in problems if p.kind == "unreadable"]
    if unreadable:
        groups.append("\n".join([words.unreadable_heading(len(unreadable)),
                                 *listed([f"{p.file} — {problem_reason(p)}" for p in unreadable])]))
    undated = list(dict.fromkeys(p.file for p in problems if p.kind == "undated"))
    if undated:
        rule = {"modified": translate("ImportDialog", "they take the date their file was last changed"),
                "created": translate("ImportDialog", "they take the date their file was created"),
                "skip": translate("ImportDialog", "they are left out")}[options.undated]
        groups.append("\n".join([f"{words.undated_heading(len(undated))} {rule}", *listed(undated)]))
    kept = [p for p in problems if p.kind == "properties"]
    if kept:
        keys = sorted({key for p in kept for key in p.keys})
        groups.append("\n".join([words.properties_heading(len(kept)), "  " + ", ".join(keys[:LISTED_NAMES])
                                 + (" " + words.and_more(len(keys) - LISTED_NAMES) if len(keys) > LISTED_NAMES else "")]))
    return "\n\n".join(groups)


def _day(day: date) -> str:
    # The locale's month names without the weekday the long format adds ("2 May 2019").
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _names(pairs: tuple[tuple[str, int], ...]) -> str:
    shown = ", ".join(f"{name} ({count})" for name, count in pairs[:LISTED_NAMES])
    if len(pairs) > LISTED_NAMES:
        shown += " " + _words().and_more(len(pairs) - LISTED_NAMES)
    return shown


class ImportDialog(QDialog):
    """Emits ``imported(count)`` after entries were added and the journal saved."""

    imported = Signal(int)

    FORMAT_CHOICES = ("", "dayone", "markdown", "documents", "jrnl", "carnet")
    UNDATED_CHOICES = ("modified", "created", "skip") if CREATION_TIME_KNOWN else ("modified", "skip")

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import entries"))
        self._worker = worker
        self._source: Path | None = None
        self._batch: ImportBatch | None = None
        self._new = 0  # entries of the batch the journal lacks
        self._reading = 0  # the latest reading asked for: an older one's result is dropped
        self._progress: WorkProgress | None = None  # the import under way, which closing cancels
        self.file_dialog: QFileDialog | None = None

        intro = paragraph(self.tr("Bring your entries from Day One, a folder of Markdown notes, Word, LibreOffice "
                                  "or text documents, jrnl or another Carnet journal. Nothing is imported before "
                                  "you confirm, and entries already in your journal are skipped."))
        self.source_field = QLineEdit()
        self.source_field.setObjectName("importSource")
        self.source_field.setReadOnly(True)
        self.source_field.setPlaceholderText(self.tr("No file or folder chosen yet"))
        self.source_field.setAccessibleName(self.tr("File or folder to import"))
        self.choose_file_button = QPushButton(self.tr("Choose a &file…"))
        self.choose_file_button.setObjectName("chooseImportFile")
        self.choose_folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.choose_folder_button.setObjectName("chooseImportFolder")
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_field, 1)
        source_row.addWidget(self.choose_file_button)
        source_row.addWidget(self.choose_folder_button)
        self.format = QComboBox()
        self.format.setObjectName("importFormat")
        self.format.setAccessibleName(self.tr("Format of the source"))
        for code, name in zip(self.FORMAT_CHOICES, (
                self.tr("Recognise automatically"), self.tr("Day One (the exported .zip, or its .json)"),
                self.tr("Markdown notes (a folder of .md files)"),
                self.tr("Documents (Word .docx, LibreOffice .odt, text .txt: a folder or one file)"),
                self.tr("jrnl (jrnl --export json)"),
                self.tr("Carnet (an export made by Carnet)")), strict=True):
            self.format.addItem(name, code)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        source_label = QLabel(self.tr("&Source:"))
        source_label.setBuddy(self.source_field)
        format_label = QLabel(self.tr("Fo&rmat:"))
        format_label.setBuddy(self.format)
        form.addRow(source_label, source_row)
        form.addRow(format_label, self.format)

        self.preview_box = QGroupBox(self.tr("What will be imported"))
        self.preview_box.setObjectName("importPreview")
        preview_form = QFormLayout(self.preview_box)
        preview_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.entries_label = self._value_label("previewEntries")
        self.dates_label = self._value_label("previewDates")
        self.tags_label = self._value_label("previewTags")
        self.persons_label = self._value_label("previewPersons")
        self.left_out_label = self._value_label("previewLeftOut")
        self._preview_rows = []
        for caption, label in ((self.tr("Entries:"), self.entries_label), (self.tr("Dates:"), self.dates_label),
                               (self.tr("Tags:"), self.tags_label), (self.tr("Persons:"), self.persons_label),
                               (self.tr("Not imported:"), self.left_out_label)):
            caption_label = QLabel(caption)
            caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            preview_form.addRow(caption_label, label)
            self._preview_rows.append((caption_label, label))
        self.problems_label = self._value_label("previewProblems")
        preview_form.addRow(self.problems_label)
        self.undated_choice = QComboBox()
        self.undated_choice.setObjectName("importUndated")
        undated_names = {"modified": self.tr("Take the date their file was last changed"),
                         "created": self.tr("Take the date their file was created"),
                         "skip": self.tr("Leave them out")}
        for code in self.UNDATED_CHOICES:
            self.undated_choice.addItem(undated_names[code], code)
        self.undated_caption = QLabel(self.tr("Notes &without a date:"))
        self.undated_caption.setBuddy(self.undated_choice)
        preview_form.addRow(self.undated_caption, self.undated_choice)
        self.skip_unreadable = QCheckBox()
        self.skip_unreadable.setObjectName("importSkipUnreadable")
        preview_form.addRow(self.skip_unreadable)
        self.preview_box.hide()

        self.busy = BusyLine()
        self.error = error_label("importError")
        self.result_label = paragraph()
        self.result_label.setObjectName("importResult")
        self.result_label.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("importClose")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(opening_size(self, 720, 460))

        self.choose_file_button.clicked.connect(self._on_choose_file)
        self.choose_folder_button.clicked.connect(self._on_choose_folder)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.undated_choice.currentIndexChanged.connect(self._on_format_changed)
        self.skip_unreadable.toggled.connect(self._on_consent_changed)
        self.import_button.clicked.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        self.choose_file_button.setFocus()

    def done(self, result: int) -> None:
        # Closed (or rejected on locking): forget what was read, and any reading still running;
        # an import under way is cancelled and adds nothing (its one transaction is rolled back).
        self._batch = None
        self._reading += 1
        if self._progress is not None:
            self._progress.cancel()
        super().done(result)

    @staticmethod
    def _value_label(name: str) -> QLabel:
        label = paragraph()
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # ----- choosing the source

    def set_source(self, path: Path | str) -> None:
        """Read ``path`` (on the worker) and show what importing it would do."""
        if not str(path):
            return
        self._source = Path(path)
        self.source_field.setText(str(self._source))
        # Agreeing to leave a folder's unreadable files out holds for that folder only.
        self.skip_unreadable.setChecked(False)
        self._read()

    def set_format(self, code: str) -> None:
        self.format.setCurrentIndex(self.FORMAT_CHOICES.index(code))

    def _on_choose_file(self) -> None:
        dialog = file_dialog(self, self.tr("Choose a file to import"), worker=self._worker, start=self._start_folder())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Exports (*.zip *.json)"), self.tr("Markdown notes (*.md *.markdown)"),
                               self.tr("Documents (*.docx *.odt *.txt)"), self.tr("All files (*)")])
        self._open_chooser(dialog)

    def _on_choose_folder(self) -> None:
        dialog = file_dialog(self, self.tr("Choose the folder of your notes"), worker=self._worker,
                             start=self._start_folder())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        self._open_chooser(dialog)

    def _open_chooser(self, dialog: QFileDialog) -> None:
        dialog.setObjectName("importChooser")
        dialog.fileSelected.connect(self.set_source)
        self.file_dialog = dialog
        dialog.open()

    def _start_folder(self) -> Path | None:
        return self._source.parent if self._source is not None else None

    def _on_format_changed(self) -> None:
        if self._source is not None:
            self._read()

    def _options(self) -> ImportOptions:
        return ImportOptions(undated=self.undated_choice.currentData() or "modified",
                             skip_unreadable=self.skip_unreadable.isChecked())

    def _on_consent_changed(self) -> None:
        # Agreeing (or no longer agreeing) to leave unreadable files out changes no reading.
        if self._batch is not None:
            self._batch = replace(self._batch, options=self._options())
            self._update_import_button()

    # ----- reading and previewing

    def _read(self) -> None:
        source, source_format, options = self._source, self.format.currentData() or None, self._options()
        assert source is not None
        self._reading += 1
        reading = self._reading
        self._batch = None
        self.import_button.setEnabled(False)
        self.error.hide()
        self.result_label.hide()
        self.preview_box.hide()
        self.busy.start(self.tr("Reading %1…").replace("%1", source.name))

        def work(holder: JournalHolder) -> tuple[ImportBatch, interchange.ImportPreview]:
            batch = interchange.read_source(source, source_format, options)
            return batch, interchange.preview(batch, holder.require())

        self._worker.submit(work, lambda result: self._on_read(reading, result),
                            lambda error: self._on_read_failed(reading, error))

    def _on_read(self, reading: int, result: tuple[ImportBatch, interchange.ImportPreview]) -> None:
        if reading != self._reading:
            return
        self.busy.stop()
        self._batch, summary = result
        self._new = summary.new
        self._show_preview(summary)
        self._update_import_button()

    def _update_import_button(self) -> None:
        batch = self._batch
        allowed = batch is not None and self._new > 0 and not batch.needs_consent
        self.import_button.setEnabled(allowed)
        self.import_button.setText(self.tr("&Import %n entries", "", self._new) if self._new
                                   else self.tr("&Import"))
        self.import_button.setDefault(allowed)

    def _on_read_failed(self, reading: int, error: JournalError) -> None:
        if reading != self._reading:
            return
        self.busy.stop()
        self._show_error(refusal_text(error))

    def _show_preview(self, summary: interchange.ImportPreview) -> None:
        entries = self.tr("%n entries", "", summary.entries)
        if summary.already_present:
            entries += " — " + self.tr("%n already in your journal, skipped", "", summary.already_present)
        if summary.entries and not summary.new:
            entries += "\n" + self.tr("Nothing new to import: every entry is already in your journal.")
        if not summary.entries:
            entries = self.tr("No entries to import.")
        self.entries_label.setText(entries)
        if summary.first_day is not None and summary.last_day is not None:
            self.dates_label.setText(_day(summary.first_day) if summary.first_day == summary.last_day else
                                     self.tr("from %1 to %2").replace("%1", _day(summary.first_day))
                                     .replace("%2", _day(summary.last_day)))
        else:
            self.dates_label.clear()
        self.tags_label.setText(_names(summary.tags))
        self.persons_label.setText(_names(summary.persons))
        self.left_out_label.setText(", ".join(left_out_text(kind, count) for kind, count in summary.left_out))
        for caption, label in self._preview_rows:
            visible = bool(label.text()) and (label is not self.dates_label or summary.first_day is not None)
            caption.setVisible(visible)
            label.setVisible(visible)
        self.problems_label.setText(problems_text(summary.problems, summary.options))
        self.problems_label.setVisible(bool(summary.problems))
        undated = bool(summary.problems_of("undated"))
        self.undated_caption.setVisible(undated)
        self.undated_choice.setVisible(undated)
        unreadable = len(summary.problems_of("unreadable"))
        self.skip_unreadable.setText(self.tr("&Leave out the %n file(s) that cannot be read, and import the rest",
                                             "", unreadable))
        self.skip_unreadable.setVisible(bool(unreadable))
        self.preview_box.show()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ----- importing

    def _on_import(self) -> None:
        batch = self._batch
        if batch is None:
            return
        self.import_button.setEnabled(False)
        self.choose_file_button.setEnabled(False)
        self.choose_folder_button.setEnabled(False)
        self.format.setEnabled(False)
        self.undated_choice.setEnabled(False)
        self.skip_unreadable.setEnabled(False)
        self.busy.start(self.tr("Importing…"))
        progress = self._progress = WorkProgress(self.busy.bar)

        def work(holder: JournalHolder) -> interchange.ImportResult:
            journal = holder.require()
            result = interchange.import_batch(journal, batch, progress)
            if result.changed:
                journal.save()
            return result

        self._worker.submit(work, lambda result: self._on_imported(result, batch.left_out), self._on_import_failed)

    def _work_over(self) -> None:
        if self._progress is not None:
            self._progress.finish()
            self._progress = None

    def _on_imported(self, result: interchange.ImportResult, left_out: tuple[tuple[str, int], ...] = ()) -> None:
        self._work_over()
        self.busy.stop()
        self._batch = None
        text = self.tr("%n entries imported.", "", result.imported)
        if result.already_present:
            text += " " + self.tr("%n were already in your journal.", "", result.already_present)
        if left_out:
            text += "\n" + self.tr("Not imported: %1.").replace(
                "%1", ", ".join(left_out_text(kind, count) for kind, count in left_out))
        self.result_label.setText(text)
        self.result_label.show()
        self.import_button.hide()
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.imported.emit(result.imported)

    def _on_import_failed(self, error: JournalError) -> None:
        self._work_over()
        self.busy.stop()
        self.choose_file_button.setEnabled(True)
        self.choose_folder_button.setEnabled(True)
        self.format.setEnabled(True)
        self.undated_choice.setEnabled(True)
        self.skip_unreadable.setEnabled(True)
        if isinstance(error, Cancelled):
            self._show_error(self.tr("Nothing was imported."))
        else:
            self._show_error(error_text(error) + "\n" + self.tr("Nothing was imported."))


class ExportDialog(QDialog):
    """Write entries, NOT encrypted, where the person chooses, after they confirm they know it.
    Emits ``exported(count, path)``."""

    exported = Signal(int, object)

    def __init__(self, worker: JournalWorker, parent: QWidget | None = None, today: date | None = None,
                 language: str = "fr") -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export entries"))
        self._worker = worker
        self._language = language  # of the PDF's headings and labels
        self._today = today or date.today()
        self._folder: Path | None = None  # where the export goes; its name is chosen below
        self._progress: WorkProgress | None = None  # the export under way, which closing cancels
        self.destination_dialog: QFileDialog | None = None

        format_box = QGroupBox(self.tr("Format"))
        self.json_choice = QRadioButton(self.tr("&JSON: everything, and it can be imported back into Carnet"))
        self.json_choice.setObjectName("exportJson")
        self.markdown_choice = QRadioButton(self.tr("&Markdown: one text file per entry, readable in any editor"))
        self.markdown_choice.setObjectName("exportMarkdown")
        self.pdf_choice = QRadioButton(self.tr("&PDF: to read or print, one section per month"))
        self.pdf_choice.setObjectName("exportPdf")
        self.json_choice.setChecked(True)
        self._formats = QButtonGroup(self)
        format_layout = QVBoxLayout(format_box)
        for button in (self.json_choice, self.markdown_choice, self.pdf_choice):
            self._formats.addButton(button)
            format_layout.addWidget(button)

        range_box = QGroupBox(self.tr("Entries"))
        self.whole_choice = QRadioButton(self.tr("The &whole journal"))
        self.whole_choice.setObjectName("exportWhole")
        self.range_choice = QRadioButton(self.tr("Only the days &from"))
        self.range_choice.setObjectName("exportRange")
        self.whole_choice.setChecked(True)
        self.since = QDateEdit(QDate(self._today.year, 1, 1))
        self.until = QDateEdit(QDate(self._today.year, self._today.month, self._today.day))
        for edit, name, accessible in ((self.since, "exportSince", self.tr("First day exported")),
                                       (self.until, "exportUntil", self.tr("Last day exported"))):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setAccessibleName(accessible)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_choice)
        range_row.addWidget(self.since)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.until)
        range_row.addStretch(1)
        range_layout = QVBoxLayout(range_box)
        range_layout.addWidget(self.whole_choice)
        range_layout.addLayout(range_row)

        self.destination_field = QLineEdit()
        self.destination_field.setObjectName("exportDestination")
        self.destination_field.setReadOnly(True)
        self.destination_field.setPlaceholderText(self.tr("Choose where to write the export"))
        self.destination_field.setAccessibleName(self.tr("Where the export is written"))
        self.choose_button = QPushButton(self.tr("&Choose a folder…"))
        self.choose_button.setObjectName("chooseExportFolder")
        destination_row = QHBoxLayout()
        destination_row.addWidget(self.destination_field, 1)
        destination_row.addWidget(self.choose_button)
        destination_label = QLabel(self.tr("&Destination:"))
        destination_label.setBuddy(self.destination_field)
        destination_form = QFormLayout()
        destination_form.addRow(destination_label, destination_row)

        self.warning = paragraph(self.tr(
            "The export is NOT encrypted: anyone who can open these files can read the entries in them, with "
            "their persons and tags. Write it only where you need it, and delete it when you no longer do."))
        self.warning.setObjectName("exportWarning")
        self.warning.setProperty("role", "banner")
        self.understood = QCheckBox(self.tr("I &understand that the export is not encrypted"))
        self.understood.setObjectName("exportUnderstood")

        self.busy = BusyLine()
        self.error = error_label("exportError")
        self.result_label = paragraph()
        self.result_label.setObjectName("exportResult")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("exportClose")

        layout = QVBoxLayout(self)
        layout.addWidget(format_box)
        layout.addWidget(range_box)
        layout.addLayout(destination_form)
        layout.addWidget(self.warning)
        layout.addWidget(self.understood)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(opening_size(self, 720, 520))

        self.choose_button.clicked.connect(self._on_choose)
        self.export_button.clicked.connect(self._on_export)
        self.buttons.rejected.connect(self.reject)
        for signal in (self._formats.buttonToggled, self.understood.toggled, self.whole_choice.toggled):
            signal.connect(self._update)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _day: self.range_choice.setChecked(True))
            edit.dateChanged.connect(self._update)
        self._update()

    # ----- choices

    def set_folder(self, folder: Path | str) -> None:
        """The folder the export goes into (a file, or a new folder of files, named by the dialog)."""
        if not str(folder):
            return
        self._folder = Path(folder)
        self._update()

    def destination(self) -> Path | None:
        """Where the export will be written: a new name in the chosen folder."""
        if self._folder is None:
            return None
        stem = f"carnet-export-{self._today.isoformat()}"
        suffix = ".json" if self.json_choice.isChecked() else ".pdf" if self.pdf_choice.isChecked() else ""
        candidate, number = self._folder / f"{stem}{suffix}", 1
        while candidate.exists():
            number += 1
            candidate = self._folder / f"{stem}-{number}{suffix}"
        return candidate

    def date_range(self) -> tuple[date | None, date | None]:
        if self.whole_choice.isChecked():
            return None, None
        return self.since.date().toPython(), self.until.date().toPython()  # type: ignore[return-value]

    def _on_choose(self) -> None:
        dialog = file_dialog(self, self.tr("Choose the folder to write the export in"), worker=self._worker,
                             start=self._folder)
        dialog.setObjectName("exportChooser")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.set_folder)
        self.destination_dialog = dialog
        dialog.open()

    def _update(self, *_args: Any) -> None:
        destination = self.destination()
        self.destination_field.setText(str(destination) if destination is not None else "")
        since, until = self.date_range()
        problem = ""
        if since is not None and until is not None and since > until:
            problem = self.tr("The first day is after the last one.")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.export_button.setEnabled(destination is not None and self.understood.isChecked() and not problem)
        self.export_button.setDefault(self.export_button.isEnabled())

    # ----- exporting

    def _on_export(self) -> None:
        destination = self.destination()
        if destination is None or not self.understood.isChecked():
            return
        since, until = self.date_range()
        write: Callable[..., int] = (interchange.write_markdown_export if self.markdown_choice.isChecked()
                                     else self._write_pdf if self.pdf_choice.isChecked() else interchange.write_export)
        self.export_button.setEnabled(False)
        self.result_label.hide()
        self.busy.start(self.tr("Writing the export…"))
        progress = self._progress = WorkProgress(self.busy.bar)
        counted = not self.pdf_choice.isChecked()

        def work(holder: JournalHolder) -> int:
            if counted:
                return write(holder.require(), destination, since, until, progress)
            return write(holder.require(), destination, since, until)

        self._worker.submit(work, lambda count: self._on_exported(count, destination), self._on_failed)

    def done(self, result: int) -> None:
        # Closed during an export (or rejected on locking): it stops, and writes no file.
        if self._progress is not None:
            self._progress.cancel()
        super().done(result)

    def _write_pdf(self, journal: Journal, destination: Path, since: date | None, until: date | None) -> int:
        """On the worker: Qt lays text out and writes PDF in any thread; the bytes stay in memory
        until they are written next to their destination, atomically."""
        brief = interchange.journal_brief(journal.database, since, until, self._language, today=self._today)
        write_export_atomically(destination, brief_to_pdf(brief))
        return sum(1 for section in brief.sections for item in section.items)

    def _work_over(self) -> None:
        if self._progress is not None:
            self._progress.finish()
            self._progress = None

    def _on_exported(self, count: int, destination: Path) -> None:
        self._work_over()
        self.busy.stop()
        self.result_label.setText(self.tr("%n entries written to %1. Remember: this export is not encrypted.", "",
                                          count).replace("%1", str(destination)))
        self.result_label.show()
        self.close_button.setFocus()
        self._update()
        self.exported.emit(count, destination)

    def _on_failed(self, error: JournalError) -> None:
        self._work_over()
        self.busy.stop()
        self.error.setText(error_text(error))
        self.error.show()
        self.export_button.setEnabled(True)
