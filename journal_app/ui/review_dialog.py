"""The review step before a brief leaves the journal, then the export itself.

Used for the supervision brief and the placement portfolio: the dialog knows nothing of
either. It builds the brief on the worker with the caller's ``build_brief(database,
coarsen_dates)``, runs the pseudonymisation review (``briefs.review``) and lists every
finding in its sentence. The worker replaces or keeps each one; the preview shows the
result as it will be written. Export stays disabled while a finding is undecided.

What is written is the brief the worker reviewed (plain data kept here), not a new one: a
change made in the journal meanwhile cannot slip into the file unreviewed. The file is NOT
encrypted, and the dialog says so in its own text, always in view. It is written on the
worker, atomically, next to its destination (``briefs.write_export_atomically``): no
plaintext anywhere else. The PDF is laid out on the worker too: Qt's text layout and PDF
writer work outside the GUI thread (as the journal export does).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.briefs import (
    Brief,
    BriefFinding,
    Decision,
    accept_all,
    apply_review,
    review,
    text_around,
    to_markdown,
    unresolved,
    write_export_atomically,
)
from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.persons import PersonStore
from journal_app.pdf import brief_to_pdf
from journal_app.ui.file_dialogs import file_dialog
from journal_app.ui.messages import error_text
from journal_app.ui.widgets import BusyLine, error_label, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker


def mnemonic_letter(label: str) -> str:
    """The accelerator letter of a label ("&Garder" gives "G")."""
    return QKeySequence.mnemonic(label).toString().rpartition("+")[2]


IdRole = Qt.ItemDataRole.UserRole + 1
PDF, MARKDOWN = "pdf", "markdown"
SUFFIXES = {PDF: ".pdf", MARKDOWN: ".md"}
FORMAT_OF_SUFFIX = {".pdf": PDF, ".md": MARKDOWN, ".markdown": MARKDOWN}
CONTEXT_CHARS = 60

BriefBuilder = Callable[[Database, bool], Brief]
"""``build_brief(database, coarsen_dates)``: runs on the worker, returns the brief to review."""


def _cut_before(text: str, chars: int) -> str:
    """The end of ``text``, at most about ``chars`` long, cut at a word, "…" when cut."""
    if len(text) <= chars:
        return text
    cut = text[-chars:]
    space = cut.find(" ")
    return "…" + (cut[space + 1:] if 0 <= space < chars // 2 else cut)


def _cut_after(text: str, chars: int) -> str:
    """The start of ``text``, at most about ``chars`` long, cut at a word, "…" when cut."""
    if len(text) <= chars:
        return text
    cut = text[:chars]
    space = cut.rfind(" ")
    return (cut[:space] if space > chars // 2 else cut) + "…"


class ExportReviewDialog(QDialog):
    """Review a brief's findings, preview it, and write it as PDF or Markdown.

    ``build_brief(database, coarsen_dates)`` makes the brief on the worker (again when the
    "coarsen dates" box changes); ``language`` is the brief's (for the file name only: the
    builder puts its own words); ``default_name`` is the file name offered, without suffix.
    Emits ``exported(Path)`` once the file is written.
    """

    exported = Signal(Path)

    def __init__(self, worker: JournalWorker, build_brief: BriefBuilder, language: str, default_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportReviewDialog")
        self.setWindowTitle(self.tr("Check before exporting"))
        self._worker = worker
        self._build_brief = build_brief
        self.language = language
        self._default_name = default_name
        self._brief: Brief | None = None
        self._findings: list[BriefFinding] = []
        self._decisions: dict[str, Decision] = {}
        self._replacements: dict[str, str] = {}  # what "Replace" puts, per finding (edited or suggested)
        self._generation = 0  # which build the dialog waits for (the box may change twice quickly)
        self._destination: Path | None = None
        self._building = False
        self._writing = False
        self.destination_dialog: QFileDialog | None = None

        intro = paragraph(self.tr(
            "Carnet looked for what could identify someone: names, phone numbers, email and postal addresses, "
            "national numbers, bank accounts. Replace each one, or keep it if it is fine to share."))
        intro.setObjectName("reviewIntro")

        # ----- the findings, and the one in hand
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("reviewFindings")
        self.findings_list.setWordWrap(True)
        self.findings_list.setSpacing(2)
        self.context = QLabel()
        self.context.setObjectName("reviewContext")
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setWordWrap(True)
        self.context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.context.setMinimumHeight(self.context.fontMetrics().lineSpacing() * 3 + 8)
        self.context.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.where = paragraph()
        self.where.setObjectName("reviewWhere")
        self.where.setProperty("role", "hint")
        self.replacement = QLineEdit()
        self.replacement.setObjectName("reviewReplacement")
        self.replacement.setAccessibleName(self.tr("Replace it with"))
        replacement_label = QLabel(self.tr("Replace &with:"))
        replacement_label.setBuddy(self.replacement)
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.replace_button.setObjectName("reviewReplace")
        self.keep_button = QPushButton(self.tr("&Keep as is"))
        self.keep_button.setObjectName("reviewKeep")
        # The list's one-key shortcuts are the buttons' accelerators, so they follow the translation.
        self.replace_key, self.keep_key = (mnemonic_letter(b.text()) for b in (self.replace_button, self.keep_button))
        self.replace_button.setToolTip(self.tr("Replace it in the export (%1 in the list)").replace("%1", self.replace_key))
        self.keep_button.setToolTip(self.tr("Leave it as written (%1 in the list)").replace("%1", self.keep_key))
        self.findings_list.setAccessibleName(self.tr("What looks identifying; %1 replaces, %2 keeps")
                                             .replace("%1", self.replace_key).replace("%2", self.keep_key))
        self.replace_all_button = QPushButton(self.tr("Replace &all"))
        self.replace_all_button.setObjectName("reviewReplaceAll")
        self.replace_all_button.setToolTip(self.tr("Replace every finding not decided yet with its suggestion"))
        self.keep_all_button = QPushButton(self.tr("Keep a&ll"))
        self.keep_all_button.setObjectName("reviewKeepAll")
        self.keep_all_button.setToolTip(self.tr("Keep every finding not decided yet as written"))
        self.remaining = paragraph()
        self.remaining.setObjectName("reviewRemaining")

        replacement_row = QHBoxLayout()
        replacement_row.addWidget(replacement_label)
        replacement_row.addWidget(self.replacement, 1)
        one_row = QHBoxLayout()
        one_row.addWidget(self.replace_button)
        one_row.addWidget(self.keep_button)
        one_row.addStretch(1)
        all_row = QHBoxLayout()
        all_row.addWidget(self.replace_all_button)
        all_row.addWidget(self.keep_all_button)
        all_row.addStretch(1)
        findings_label = QLabel(self.tr("&Findings:"))
        findings_label.setBuddy(self.findings_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(findings_label)
        left_layout.addWidget(self.findings_list, 1)
        left_layout.addWidget(self.where)
        left_layout.addWidget(self.context)
        left_layout.addLayout(replacement_row)
        left_layout.addLayout(one_row)
        left_layout.addLayout(all_row)
        left_layout.addWidget(self.remaining)

        # ----- the result
        self.preview = QTextBrowser()
        self.preview.setObjectName("reviewPreview")
        self.preview.setAccessibleName(self.tr("Preview of the export"))
        self.preview.setOpenLinks(False)
        preview_label = QLabel(self.tr("&Preview of what will be written:"))
        preview_label.setBuddy(self.preview)
        self.coarsen = QCheckBox(self.tr("&Coarsen dates to the week"))
        self.coarsen.setObjectName("reviewCoarsen")
        self.coarsen.setToolTip(self.tr("Dates show as their week, and exact dates in the texts become findings"))
        self.pdf_choice = QRadioButton(self.tr("P&DF"))
        self.pdf_choice.setObjectName("reviewPdf")
        self.markdown_choice = QRadioButton(self.tr("&Markdown"))
        self.markdown_choice.setObjectName("reviewMarkdown")
        self.pdf_choice.setChecked(True)
        self._formats = QButtonGroup(self)
        self._formats.addButton(self.pdf_choice)
        self._formats.addButton(self.markdown_choice)
        options_row = QHBoxLayout()
        options_row.addWidget(self.coarsen)
        options_row.addStretch(1)
        options_row.addWidget(QLabel(self.tr("Format:")))
        options_row.addWidget(self.pdf_choice)
        options_row.addWidget(self.markdown_choice)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(preview_label)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(options_row)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)

        # ----- where, and the warning
        self.destination_field = QLineEdit()
        self.destination_field.setObjectName("reviewDestination")
        self.destination_field.setReadOnly(True)
        self.destination_field.setPlaceholderText(self.tr("Chosen when you export"))
        self.destination_field.setAccessibleName(self.tr("Where the file is written"))
        destination_label = QLabel(self.tr("&Save to:"))
        destination_label.setBuddy(self.destination_field)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("reviewChoose")
        destination_row = QHBoxLayout()
        destination_row.addWidget(destination_label)
        destination_row.addWidget(self.destination_field, 1)
        destination_row.addWidget(self.choose_button)
        self.warning = paragraph(self.tr(
            "The exported file is NOT encrypted: anyone who can open it can read it. This review is a help, not a "
            "guarantee: read the preview before sharing, and delete the file once you no longer need it."))
        self.warning.setObjectName("reviewWarning")
        self.warning.setProperty("role", "banner")

        self.busy = BusyLine()
        self.error = error_label("reviewError")
        self.result_label = paragraph()
        self.result_label.setObjectName("reviewResult")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.setObjectName("reviewOpenFolder")
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_folder_button)
        self.result_box = QWidget()
        self.result_box.setLayout(result_row)
        result_row.setContentsMargins(0, 0, 0, 0)
        self.result_box.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("reviewExport")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("reviewClose")
        # Enter in the replacement field replaces; nothing is exported without its own click.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(destination_row)
        layout.addWidget(self.warning)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.result_box)
        layout.addWidget(self.buttons)
        self.resize(opening_size(self, 960, 590))

        self.findings_list.currentRowChanged.connect(self._on_current_changed)
        self.replace_button.clicked.connect(self.replace_current)
        self.keep_button.clicked.connect(self.keep_current)
        self.replacement.returnPressed.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.keep_all_button.clicked.connect(self.keep_all)
        for key, action in ((self.replace_key, self.replace_current), (self.keep_key, self.keep_current)):
            shortcut = QShortcut(QKeySequence(key), self.findings_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.coarsen.toggled.connect(lambda _checked: self.rebuild())
        self._formats.buttonToggled.connect(self._on_format_changed)
        self.choose_button.clicked.connect(lambda: self.choose_destination())
        self.export_button.clicked.connect(self._on_export)
        self.buttons.rejected.connect(self.reject)
        self.open_folder_button.clicked.connect(self._open_folder)
        self._update()
        self.rebuild()

    # ----- building and reviewing

    def rebuild(self) -> None:
        """Build the brief and review it (again), keeping the decisions already taken."""
        self._generation += 1
        generation, coarsen, build = self._generation, self.coarsen.isChecked(), self._build_brief
        self._building = True
        self.busy.start(self.tr("Looking for what could identify someone…"))
        self._update()

        def work(holder: JournalHolder) -> tuple[Brief, list[BriefFinding]]:
            database = holder.require().database
            brief = build(database, coarsen)
            known = [person.pseudonym for person in PersonStore(database).summaries()]
            return brief, review(brief, known)

        def done(result: tuple[Brief, list[BriefFinding]]) -> None:
            if generation == self._generation:
                self._show_review(*result)

        def failed(error: JournalError) -> None:
            if generation == self._generation:
                self._building = False
                self.busy.stop()
                self._show_error(error_text(error))
                self._update()

        self._submit(work, done, failed)

    def _show_review(self, brief: Brief, findings: list[BriefFinding]) -> None:
        self._building = False
        self.busy.stop()
        self.error.hide()
        previous = {f.id: f.text for f in self._findings}
        # A finding seen before (same place, same text) keeps its decision and its replacement.
        self._decisions = {f.id: self._decisions[f.id] for f in findings
                           if f.id in self._decisions and previous.get(f.id) == f.text}
        self._replacements = {f.id: self._replacements.get(f.id, f.suggestion) if previous.get(f.id) == f.text
                              else f.suggestion for f in findings}
        self._brief, self._findings = brief, findings
        self.findings_list.blockSignals(True)
        self.findings_list.clear()
        for found in findings:
            item = QListWidgetItem()
            item.setData(IdRole, found.id)
            self.findings_list.addItem(item)
            self._describe_row(self.findings_list.count() - 1)
        self.findings_list.blockSignals(False)
        pending = self._next_pending(0)
        self.findings_list.setCurrentRow(pending if pending is not None else (0 if findings else -1))
        self._on_current_changed(self.findings_list.currentRow())
        self._refresh_preview()
        self._update()

    # ----- deciding

    def replace_current(self) -> None:
        found = self._current()
        if found is None:
            return
        text = self.replacement.text()
        if text != self._replacements[found.id]:
            # The same text gets the same replacement wherever it is still undecided.
            for other in self._findings:
                if other.text.casefold() == found.text.casefold() and other.id not in self._decisions:
                    self._replacements[other.id] = text
        self._replacements[found.id] = text
        self._decide({found.id: Decision.fix(text)})
        self._advance()

    def keep_current(self) -> None:
        found = self._current()
        if found is not None:
            self._decide({found.id: Decision.accept()})
            self._advance()

    def replace_all(self) -> None:
        self._decide({f.id: Decision.fix(self._replacements[f.id]) for f in unresolved(self._findings, self._decisions)})

    def keep_all(self) -> None:
        self._decide(accept_all(unresolved(self._findings, self._decisions)))

    def _decide(self, decisions: dict[str, Decision]) -> None:
        if not decisions or self._writing:
            return
        self._decisions.update(decisions)
        for row in range(self.findings_list.count()):
            if self.findings_list.item(row).data(IdRole) in decisions:
                self._describe_row(row)
        self.result_box.hide()  # a new decision: the file written before is not this one
        self._on_current_changed(self.findings_list.currentRow())
        self._refresh_preview()
        self._update()

    def _advance(self) -> None:
        """To the next finding still undecided (after this one, then from the top)."""
        row = self.findings_list.currentRow()
        following = self._next_pending(row + 1)
        if following is None:
            following = self._next_pending(0)
        if following is not None:
            self.findings_list.setCurrentRow(following)

    def _next_pending(self, start: int) -> int | None:
        return next((row for row in range(start, len(self._findings))
                     if self._findings[row].id not in self._decisions), None)

    def _current(self) -> BriefFinding | None:
        row = self.findings_list.currentRow()
        return self._findings[row] if 0 <= row < len(self._findings) else None

    # ----- showing

    def kind_name(self, kind: str) -> str:
        names = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone number"),
            "email": self.tr("Email address"),
            "address": self.tr("Address"),
            "national_number": self.tr("National number"),
            "iban": self.tr("Bank account (IBAN)"),
            "date": self.tr("Exact date"),
        }
        return names.get(kind, kind)

    def _describe_row(self, row: int) -> None:
        found = self._findings[row]
        decision = self._decisions.get(found.id)
        if decision is None:
            state = self.tr("to review")
        elif decision.action == "fix":
            state = self.tr("replaced by \u201c%1\u201d").replace("%1", self._replacement_of(found, decision))
        else:
            state = self.tr("kept as is")
        text = self.tr("%1: \u201c%2\u201d — %3").replace("%1", self.kind_name(found.kind)).replace(
            "%2", " ".join(found.text.split())).replace("%3", state)
        item = self.findings_list.item(row)
        item.setText(text)
        font = item.font()
        font.setWeight(font.Weight.DemiBold if decision is None else font.Weight.Normal)
        item.setFont(font)

    def _replacement_of(self, found: BriefFinding, decision: Decision) -> str:
        return found.suggestion if decision.replacement is None else decision.replacement

    def _on_current_changed(self, row: int) -> None:
        found = self._current()
        for widget in (self.replacement, self.replace_button, self.keep_button):
            widget.setEnabled(found is not None and not self._writing)
        if found is None or self._brief is None:
            self.context.clear()
            self.where.clear()
            self.replacement.clear()
            return
        before, text, after = text_around(self._brief, found, CONTEXT_CHARS * 2)
        before, after = _cut_before(before, CONTEXT_CHARS), _cut_after(after, CONTEXT_CHARS)
        palette = self.palette()
        # Bold as well as the highlight colour: the found part does not rest on colour alone.
        mark = (f'<span style="background-color: {palette.color(QPalette.ColorRole.Highlight).name()}; '
                f'color: {palette.color(QPalette.ColorRole.HighlightedText).name()}; font-weight: 600;">'
                f"{html.escape(text)}</span>")
        self.context.setText(f"{html.escape(before)}{mark}{html.escape(after)}")
        self.where.setText(self._place_words(found))
        decision = self._decisions.get(found.id)
        self.replacement.setText(self._replacement_of(found, decision) if decision and decision.action == "fix"
                                 else self._replacements[found.id])

    def _place_words(self, found: BriefFinding) -> str:
        """Where the finding is, in words: "Agenda, item 2 (its text)"."""
        assert self._brief is not None
        fields = {
            "title": self.tr("its title"), "subtitle": self.tr("the subtitle"), "heading": self.tr("the heading"),
            "intro": self.tr("the introduction"), "body": self.tr("its text"), "question": self.tr("the question"),
            "details": self.tr("its details"),
        }
        field = fields.get(found.field, found.field)
        if found.section is None:
            return self.tr("The title page (%1)").replace("%1", field)
        heading = self._brief.sections[found.section].heading
        if found.item is None:
            return f"{heading} ({field})"
        return self.tr("%1, item %2 (%3)").replace("%1", heading).replace("%2", str(found.item + 1)).replace(
            "%3", field)

    def _refresh_preview(self) -> None:
        if self._brief is None:
            self.preview.clear()
            return
        # Undecided findings show as written until a decision is taken.
        decisions = {**accept_all(self._findings), **self._decisions}
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setMarkdown(to_markdown(apply_review(self._brief, self._findings, decisions)))
        self.preview.verticalScrollBar().setValue(scroll)

    def pending_count(self) -> int:
        return len(unresolved(self._findings, self._decisions))

    def _update(self) -> None:
        building = self._building
        pending = self.pending_count()
        if self._brief is None:
            self.remaining.setText("")
        elif not self._findings:
            self.remaining.setText(self.tr("Nothing looks identifying. Read the preview all the same before "
                                           "sharing."))
        elif pending:
            self.remaining.setText(self.tr("%n finding(s) still to review before exporting.", "", pending))
        else:
            self.remaining.setText(self.tr("Every finding is reviewed: you can export."))
        ready = self._brief is not None and not building and not self._writing
        self.export_button.setEnabled(ready and pending == 0)
        for widget in (self.replace_all_button, self.keep_all_button):
            widget.setEnabled(ready and pending > 0)
        for widget in (self.coarsen, self.pdf_choice, self.markdown_choice, self.choose_button):
            widget.setEnabled(not self._writing)

    # ----- where and how

    def export_format(self) -> str:
        return MARKDOWN if self.markdown_choice.isChecked() else PDF

    def destination(self) -> Path | None:
        return self._destination

    def set_destination(self, path: Path | str) -> None:
        """Where the file goes. A name ending in .md or .pdf chooses the format; any other gets
        the chosen format's ending."""
        if not str(path):
            return
        path = Path(path)
        chosen = FORMAT_OF_SUFFIX.get(path.suffix.lower())
        if chosen is None:
            path = path.with_name(path.name + SUFFIXES[self.export_format()])
        elif chosen != self.export_format():
            self._formats.blockSignals(True)
            (self.markdown_choice if chosen == MARKDOWN else self.pdf_choice).setChecked(True)
            self._formats.blockSignals(False)
        self._destination = path
        self.destination_field.setText(str(path))
        self.result_box.hide()

    def _on_format_changed(self, _button: Any, checked: bool) -> None:
        if checked and self._destination is not None:
            self.set_destination(self._destination.with_suffix(SUFFIXES[self.export_format()]))

    def choose_destination(self, then_export: bool = False) -> None:
        """Ask where to write (a non-blocking file dialog); with ``then_export``, export once chosen."""
        dialog = file_dialog(self, self.tr("Where to save the export (not encrypted)"), worker=self._worker,
                             start=self._destination)
        dialog.setObjectName("reviewChooser")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([self.tr("PDF (*.pdf)"), self.tr("Markdown (*.md)")])
        dialog.selectNameFilter(self.tr("PDF (*.pdf)") if self.export_format() == PDF else self.tr("Markdown (*.md)"))
        dialog.setDefaultSuffix(SUFFIXES[self.export_format()].lstrip("."))
        if self._destination is None:
            dialog.selectFile(self._default_name + SUFFIXES[self.export_format()])
        dialog.fileSelected.connect(self.set_destination)
        if then_export:
            dialog.fileSelected.connect(lambda _path: self._on_export())
        self.destination_dialog = dialog
        dialog.open()

    # ----- writing

    def _on_export(self) -> None:
        if self._brief is None or self.pending_count() or self._writing:
            return
        destination = self._destination
        if destination is None:
            self.choose_destination(then_export=True)
            return
        brief, findings, decisions, kind = self._brief, list(self._findings), dict(self._decisions), self.export_format()
        self._writing = True
        self.error.hide()
        self.result_box.hide()
        self.busy.start(self.tr("Writing the export…"))
        self._update()
        self._on_current_changed(self.findings_list.currentRow())

        def work(holder: JournalHolder) -> Path:
            journal = holder.journal
            if journal is not None and destination.exists() and destination.resolve() == journal.path.resolve():
                raise InvalidInput("an export cannot replace the journal itself")
            final = apply_review(brief, findings, decisions)
            if kind == MARKDOWN:
                data = to_markdown(final).encode("utf-8")
            else:
                data = brief_to_pdf(final)
            write_export_atomically(destination, data)
            return destination

        self._submit(work, self._on_written, self._on_write_failed)

    def _on_written(self, destination: Path) -> None:
        self._writing = False
        self.busy.stop()
        self.result_label.setText(self.tr("Saved to %1. It is not encrypted: delete it when you no longer need it.")
                                  .replace("%1", str(destination)))
        self.result_box.show()
        self._update()
        self._on_current_changed(self.findings_list.currentRow())
        self.close_button.setFocus()
        self.exported.emit(destination)

    def _on_write_failed(self, error: JournalError) -> None:
        self._writing = False
        self.busy.stop()
        self._show_error(error_text(error) + "\n" + self.tr("Nothing was written."))
        self._update()
        self._on_current_changed(self.findings_list.currentRow())

    def _open_folder(self) -> None:
        if self._destination is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._destination.parent)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _submit(self, work: Callable[[JournalHolder], Any], on_done: Callable[[Any], None],
                on_error: Callable[[JournalError], None]) -> None:
        """``worker.submit``, with answers dropped once the dialog is gone."""
        self._worker.submit_for(self, work, on_done, on_error)
