"""Journal → Make my work visible…: a workload statement, and a situation for an analysis group.

Both leave the journal only when the worker says so, and only after they have seen exactly
what will be written. The statement holds figures only (``core/statement.py``): its preview
is the document itself, in words; the export button stays disabled until a preview matches
the options chosen. The situation for an analysis group (``core/analysis_group.py``) is
edited here, then goes through the supervision brief's review step (``ExportReviewDialog``:
every finding decided before export). Files are NOT encrypted, which the dialog says in view;
they are written on the worker, atomically (``briefs.write_export_atomically``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.analysis_group import Account, account_brief, draft_fields, from_dilemma, from_entry, grid
from journal_app.core.briefs import Brief, write_export_atomically
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.errors import JournalError
from journal_app.core.statement import (
    FIGURES,
    StatementDocument,
    StatementOptions,
    build_statement,
    statement_document,
    to_csv,
)
from journal_app.ui.messages import error_text
from journal_app.ui.review_dialog import ExportReviewDialog
from journal_app.ui.widgets import error_label, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


class VisibleDialog(QDialog):
    """The page with the two ways of making the work visible."""

    status = Signal(str)

    def __init__(self, worker: JournalWorker, language: str, parent: QWidget | None = None,
                 today: date | None = None, entry: tuple[str, str] | None = None,
                 dilemma: str | None = None) -> None:
        """``entry``: (uuid, title) of the entry open in the journal, offered as a starting point;
        ``dilemma``: the dilemma to start from, chosen already (from the dilemma's own page)."""
        super().__init__(parent)
        self.setObjectName("visibleDialog")
        self._entry = entry
        self._dilemma = dilemma
        self.setWindowTitle(self.tr("Make my work visible"))
        self._worker = worker
        self.language = language
        self._today = today or date.today()
        self._document: StatementDocument | None = None
        self._previewed: tuple[Any, ...] | None = None
        self._writing = False
        self.folder_dialog: QFileDialog | None = None
        self.analysis_dialog: AnalysisGroupDialog | None = None

        intro = paragraph(self.tr(
            "What you write stays in your journal. Here you can take a step further when you choose: bring what "
            "the journal shows, without anything private, to the people who can change the conditions of the work."))

        # ----- the statement
        statement_box = QGroupBox(self.tr("A workload statement (figures only)"))
        who = paragraph(self.tr(
            "For a team meeting, the prevention advisor or a union delegate. Only figures leave the journal: no "
            "text, no names, no pseudonyms, no titles, no tags."))
        self.period = QComboBox()
        self.period.setObjectName("statementPeriod")
        for key, text in (("last_month", self.tr("Last month")), ("this_month", self.tr("This month")),
                          ("last_quarter", self.tr("Last quarter")), ("this_quarter", self.tr("This quarter")),
                          ("this_year", self.tr("This year")), ("last_year", self.tr("Last year")),
                          ("dates", self.tr("Dates of my choice"))):
            self.period.addItem(text, key)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit, name, object_name in ((self.first, self.tr("First day"), "statementFrom"),
                                        (self.last, self.tr("Last day"), "statementTo")):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setObjectName(object_name)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.rounding = QComboBox()
        self.rounding.setObjectName("statementRounding")
        for key, text in (("none", self.tr("Exact figures")), ("5", self.tr("Rounded to the nearest 5")),
                          ("hours", self.tr("Durations rounded to the hour"))):
            self.rounding.addItem(text, key)
        names = {
            "weeks": self.tr("Per week"), "totals": self.tr("Totals against the contract's hours"),
            "heatmap": self.tr("Days and hours of off-hours contacts"), "channels": self.tr("Channels"),
            "out_of_frame": self.tr("Out-of-frame acts by kind of dilemma"), "limits": self.tr("Limits crossed"),
            "short_rest": self.tr("Rest shorter than 11 hours"), "checkins": self.tr("My check-ins, in words"),
        }
        self.figure_boxes: dict[str, QCheckBox] = {}
        figures_grid = QGridLayout()
        for index, key in enumerate(FIGURES):
            box = QCheckBox(names[key])
            box.setObjectName(f"figure_{key}")
            box.setChecked(key != "checkins")
            figures_grid.addWidget(box, index // 2, index % 2)
            self.figure_boxes[key] = box
        self.pdf = QRadioButton(self.tr("&PDF"))
        self.pdf.setChecked(True)
        self.csv = QRadioButton(self.tr("&CSV (a spreadsheet)"))
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.csv)
        formats.addStretch(1)
        self.folder = QLineEdit()
        self.folder.setObjectName("statementFolder")
        self.folder.setAccessibleName(self.tr("Folder to write the statement in"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.period)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.first)
        dates_row.addWidget(QLabel("–"))
        dates_row.addWidget(self.last)
        dates_row.addStretch(1)
        form.addRow(self.tr("From"), dates_row)
        form.addRow(self.tr("Figures"), self.rounding)
        form.addRow(self.tr("Format"), formats)
        form.addRow(self.tr("Folder"), folder_row)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("statementPreview")
        self.export_button = QPushButton(self.tr("&Export the statement"))
        self.export_button.setObjectName("statementExport")
        self.export_button.setEnabled(False)
        self.preview = QTextBrowser()
        self.preview.setObjectName("statementPreviewText")
        self.preview.setAccessibleName(self.tr("What will be written"))
        self.preview.setPlaceholderText(self.tr("Press Preview to see exactly what will be written."))
        warning = paragraph(self.tr("The exported file is NOT encrypted: anyone who can open it can read it."))
        warning.setObjectName("statementWarning")
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.preview_button)
        buttons_row.addWidget(self.export_button)
        buttons_row.addStretch(1)
        statement_layout = QVBoxLayout(statement_box)
        statement_layout.addWidget(who)
        statement_layout.addLayout(form)
        statement_layout.addLayout(figures_grid)
        statement_layout.addLayout(buttons_row)
        statement_layout.addWidget(self.preview, 1)
        statement_layout.addWidget(warning)

        # ----- the analysis group
        group_box = QGroupBox(self.tr("A situation for an analysis group"))
        group_who = paragraph(self.tr(
            "For a supervision, intervision or analysis group: one situation, in your words, on the grid of "
            "the analysis. What leaves the journal is the account you edit, after you have checked every name, "
            "number and date it contains."))
        self.dilemma_choice = QComboBox()
        self.dilemma_choice.setObjectName("analysisDilemma")
        self.dilemma_choice.setAccessibleName(self.tr("Dilemma or entry to start from"))
        self.prepare_button = QPushButton(self.tr("Prepare for an &analysis group…"))
        self.prepare_button.setObjectName("prepareAnalysisGroup")
        self.prepare_button.setEnabled(False)
        group_row = QHBoxLayout()
        group_row.addWidget(self.dilemma_choice, 1)
        group_row.addWidget(self.prepare_button)
        group_layout = QVBoxLayout(group_box)
        group_layout.addWidget(group_who)
        group_layout.addLayout(group_row)

        self.error = error_label("visibleError")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(intro)
        content_layout.addWidget(statement_box, 1)
        content_layout.addWidget(group_box)
        scroll = self.scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(opening_size(self, 900, 760))

        self.period.currentIndexChanged.connect(self._on_period_changed)
        for widget_signal in (self.first.dateChanged, self.last.dateChanged, self.rounding.currentIndexChanged,
                              self.pdf.toggled, *(box.toggled for box in self.figure_boxes.values())):
            widget_signal.connect(self._update)
        self.folder.textChanged.connect(self._update)
        self.preview_button.clicked.connect(self.build_preview)
        self.export_button.clicked.connect(self.export)
        self.prepare_button.clicked.connect(self.prepare_analysis_group)
        self._on_period_changed()
        self._load_dilemmas()

    # ----- the statement

    def _on_period_changed(self) -> None:
        key = self.period.currentData()
        today = self._today
        if key == "this_month":
            first, last = _month_start(today), today
        elif key == "last_month":
            last = _month_start(today) - timedelta(days=1)
            first = _month_start(last)
        elif key == "this_quarter":
            first, last = _quarter_start(today), today
        elif key == "last_quarter":
            last = _quarter_start(today) - timedelta(days=1)
            first = _quarter_start(last)
        elif key == "this_year":
            first, last = date(today.year, 1, 1), today
        elif key == "last_year":
            first, last = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        else:
            first, last = self.first.date().toPython(), self.last.date().toPython()
        custom = key == "dates"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            self.first.setDate(QDate(first))
            self.last.setDate(QDate(last))
        self._update()

    def options(self) -> StatementOptions:
        leave_out = frozenset(key for key, box in self.figure_boxes.items()
                              if not box.isChecked() and key != "checkins")
        return StatementOptions(rounding=self.rounding.currentData(), leave_out=leave_out,
                                with_checkins=self.figure_boxes["checkins"].isChecked(), language=self.language)

    def _choice(self) -> tuple[Any, ...]:
        return (self.first.date().toPython(), self.last.date().toPython(), self.options())

    def build_preview(self) -> None:
        first, last, options = choice = self._choice()
        if last < first:
            self._show_error(self.tr("The period ends before it starts."))
            return
        self.error.hide()
        self.preview_button.setEnabled(False)

        def work(holder: JournalHolder) -> StatementDocument:
            statement = build_statement(holder.require().database, first, last, with_checkins=options.with_checkins)
            return statement_document(statement, options)

        def done(document: StatementDocument) -> None:
            from journal_app.statement_pdf import statement_html

            self._document, self._previewed = document, choice
            self.preview.setHtml(statement_html(document))
            self.preview_button.setEnabled(True)
            self._update()

        def failed(error: JournalError) -> None:
            self.preview_button.setEnabled(True)
            self._show_error(error_text(error))

        self._worker.submit_for(self, work, done, failed)

    def _update(self) -> None:
        current = self._previewed is not None and self._previewed == self._choice()
        if self._previewed is not None and not current:
            self.preview.setPlaceholderText(self.tr("The options changed: press Preview again."))
            self.preview.clear()
            self._previewed = None
        self.export_button.setEnabled(current and bool(self.folder.text().strip()) and not self._writing)

    def choose_folder(self) -> None:
        start = self.folder.text().strip() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Folder for the statement"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.finished.connect(dialog.deleteLater)
        self.folder_dialog = dialog
        dialog.open()

    def destination(self) -> Path:
        suffix = ".pdf" if self.pdf.isChecked() else ".csv"
        first, last = self.first.date().toPython(), self.last.date().toPython()
        name = self.tr("workload-statement-%1-%2", "file name; %1 and %2 are the period's first and last days")
        name = name.replace("%1", first.isoformat()).replace("%2", last.isoformat())
        return Path(self.folder.text().strip()).expanduser() / f"{name}{suffix}"

    def export(self) -> None:
        document = self._document
        if document is None or not self.export_button.isEnabled():
            return
        destination = self.destination()
        if not destination.parent.is_dir():
            self._show_error(self.tr("The folder %1 does not exist.").replace("%1", str(destination.parent)))
            return
        as_pdf = self.pdf.isChecked()
        charts = None
        if as_pdf:
            from journal_app.statement_pdf import statement_charts, statement_to_pdf

            charts = statement_charts(document)  # QtCharts draws on the GUI thread only
        self._writing = True
        self._update()

        def work(_holder: JournalHolder) -> Path:
            if as_pdf:
                data = statement_to_pdf(document, charts)
            else:
                data = to_csv(document)
            write_export_atomically(destination, data)
            return destination

        def done(path: Path) -> None:
            self._writing = False
            self._update()
            self.error.hide()
            self.status.emit(self.tr("Statement saved (not encrypted): %1").replace("%1", str(path)))

        def failed(error: JournalError) -> None:
            self._writing = False
            self._update()
            self._show_error(error_text(error))

        self._worker.submit_for(self, work, done, failed)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ----- the analysis group

    def _load_dilemmas(self) -> None:
        language = self.language

        def work(holder: JournalHolder) -> list[tuple[str, str]]:
            return [(d.uuid, d.title) for d in DilemmaStore(holder.require().database, language=language).list()]

        def done(dilemmas: list[tuple[str, str]]) -> None:
            self.dilemma_choice.clear()
            for uuid, title in dilemmas:
                self.dilemma_choice.addItem(self.tr("Dilemma: %1").replace("%1", title), ("dilemma", uuid))
            if self._entry is not None:
                uuid, title = self._entry
                self.dilemma_choice.addItem(self.tr("The entry open now: %1").replace("%1", title or "…"),
                                            ("entry", uuid))
            self.prepare_button.setEnabled(self.dilemma_choice.count() > 0)
            if self._dilemma is not None and (index := self.dilemma_choice.findData(("dilemma", self._dilemma))) >= 0:
                self.dilemma_choice.setCurrentIndex(index)
                self.scroll.ensureWidgetVisible(self.prepare_button)
                self.prepare_button.setFocus()
            if not self.dilemma_choice.count():
                self.dilemma_choice.setPlaceholderText(self.tr("No dilemma yet"))

        self._worker.submit_for(self, work, done, lambda error: self._show_error(error_text(error)))

    def prepare_analysis_group(self) -> None:
        chosen = self.dilemma_choice.currentData()
        if chosen is None:
            return
        kind, uuid = chosen
        language = self.language
        start = from_dilemma if kind == "dilemma" else from_entry
        self._worker.submit_for(
            self, lambda holder: start(holder.require().database, uuid, language), self._open_account,
            lambda error: self._show_error(error_text(error)))

    def _open_account(self, account: Account) -> None:
        dialog = AnalysisGroupDialog(self._worker, account, self)
        dialog.status.connect(self.status)
        dialog.finished.connect(dialog.deleteLater)
        self.analysis_dialog = dialog
        dialog.open()


class AnalysisGroupDialog(QDialog):
    """The account on the grid, editable, then kept as a draft or reviewed and exported."""

    status = Signal(str)

    def __init__(self, worker: JournalWorker, account: Account, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisGroupDialog")
        self.setWindowTitle(self.tr("Prepare for an analysis group"))
        self._worker = worker
        self._language = account.language
        self._today = today or date.today()
        self.review_dialog: ExportReviewDialog | None = None
        intro = paragraph(self.tr(
            "Carnet filled in the grid from the dilemma's story and reflections. Change anything: only this "
            "account can leave the journal, and only after you have checked every finding."))
        self.title = QLineEdit(account.title)
        self.title.setObjectName("analysisTitle")
        self.title.setAccessibleName(self.tr("Title of the situation"))
        form = QVBoxLayout()
        form.addWidget(QLabel(self.tr("Title")))
        form.addWidget(self.title)
        self.fields: dict[str, QPlainTextEdit] = {}
        for field in grid(account.language):
            label = QLabel(f"<b>{field.heading}</b>")
            edit = QPlainTextEdit(account.fields.get(field.key, ""))
            edit.setObjectName(f"analysis_{field.key}")
            edit.setAccessibleName(field.heading)
            edit.setPlaceholderText(field.hint)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            label.setBuddy(edit)
            form.addWidget(label)
            form.addWidget(edit)
            self.fields[field.key] = edit
        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        self.keep_button = QPushButton(self.tr("&Keep as a draft in the journal"))
        self.keep_button.setObjectName("analysisKeepDraft")
        self.review_button = QPushButton(self.tr("&Review and export…"))
        self.review_button.setObjectName("analysisReview")
        self.review_button.setDefault(True)
        self.error = error_label("analysisError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(opening_size(self, 760, 720))
        self.keep_button.clicked.connect(self.keep_draft)
        self.review_button.clicked.connect(self.review_and_export)

    def account(self) -> Account:
        return Account(self.title.text(), {key: edit.toPlainText() for key, edit in self.fields.items()},
                       self._language)

    def keep_draft(self) -> None:
        fields = draft_fields(self.account())

        def work(holder: JournalHolder) -> str:
            journal = holder.require()
            record = journal.entries.add(fields)
            journal.save()
            return record.uuid

        def done(_uuid: str) -> None:
            self.status.emit(self.tr("Draft kept in the journal"))

        self._worker.submit_for(self, work, done, lambda error: self._show_error(error_text(error)))

    def review_and_export(self) -> None:
        account = self.account()
        today = self._today

        def build(_database: Database, coarsen_dates: bool) -> Brief:
            return account_brief(account, created=today, coarsen_dates=coarsen_dates)

        name = self.tr("analysis-group-%1", "file name; %1 is the month").replace("%1", today.strftime("%Y-%m"))
        dialog = ExportReviewDialog(self._worker, build, self._language, name, self)
        dialog.coarsen.setChecked(True)  # exact dates are findings by default
        dialog.exported.connect(lambda _path: self.status.emit(self.tr("Account saved (not encrypted)")))
        dialog.finished.connect(dialog.deleteLater)
        self.review_dialog = dialog
        dialog.open()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


__all__ = ["AnalysisGroupDialog", "VisibleDialog"]
