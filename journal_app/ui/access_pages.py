"""The pages before a journal is open: welcome, create, recovery code, unlock, recover.

Pages only present and forward: they emit what the person asked for, and the main window
runs it on the journal worker and calls back ``show_error`` / ``set_busy``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QMimeData, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.portable import path_problem
from journal_app.core.errors import JournalError
from journal_app.ui.file_dialogs import file_dialog
from journal_app.ui.messages import error_text
from journal_app.ui.widgets import BusyLine, CenteredPage, PassphraseFields, error_label, heading, paragraph

CLIPBOARD_CLEAR_MS = 60_000


class WelcomePage(CenteredPage):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        layout = self.layout_
        layout.addWidget(heading(self.tr("Welcome to Carnet")))
        layout.addWidget(paragraph(self.tr(
            "Carnet is a private journal for your practice: the contacts you log, the situations that stay "
            "with you, the questions you want to think through or bring to supervision.")))
        layout.addWidget(paragraph(self.tr(
            "Everything stays on this computer, encrypted with a passphrase that only you know. Nobody else "
            "can read it: not a colleague, not your employer's IT, not Carnet's makers.")))
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create my journal"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.open_button = QPushButton(self.tr("&Open an existing journal…"))
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.demo_button = QPushButton(self.tr("&Explore with an example journal"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setFlat(True)
        self.demo_button.setToolTip(self.tr("A few months of fictional practice, to see how Carnet works"))
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.set_first_focus(self.create_button)

    def set_busy(self, busy: bool) -> None:
        """While the example journal is prepared (a few seconds): say so, and wait."""
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Preparing the example journal…"))
        else:
            self.busy.stop()


class LocationLabel(QLabel):
    """One line of text that fits its width, cut in the middle ("…") when it must be, so the
    start and the end of a place both stay readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))


class CreatePage(CenteredPage):
    create_requested = Signal(Path, str)
    back_requested = Signal()

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createPage")
        layout = self.layout_
        layout.addWidget(heading(self.tr("Create your journal")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        location_row = QHBoxLayout()
        # The path itself stays out of sight (a raw, hidden data folder means nothing to most
        # people): the page says it in words, and "Choose…" changes it.
        self._default_folder = default_path.parent
        self.location = QLineEdit(str(default_path))
        self.location.setObjectName("journalLocation")
        self.location.hide()
        self.location_words = LocationLabel()
        self.location_words.setObjectName("journalLocationWords")
        self.browse_button = QPushButton(self.tr("Ch&oose…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to keep the journal"))
        location_row.addWidget(self.location_words, 1)
        location_row.addWidget(self.browse_button)
        location_label = QLabel(self.tr("&Where:"))
        location_label.setBuddy(self.browse_button)
        form.addRow(location_label, location_row)
        layout.addLayout(form)
        self.passphrase = PassphraseFields()
        layout.addWidget(self.passphrase)
        warning = paragraph(self.tr(
            "If you forget this passphrase, only the recovery code shown on the next screen can open your "
            "journal. Nobody can recover it for you."))
        warning.setObjectName("forgetWarning")
        layout.addWidget(warning)
        self.error = error_label()
        layout.addWidget(self.error)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.create_button = QPushButton(self.tr("&Create the journal"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.set_first_focus(self.passphrase.first)
        self.location.textChanged.connect(self._say_location)
        self._say_location(self.location.text())
        self.browse_button.clicked.connect(self._on_browse)
        self.back_button.clicked.connect(self.back_requested)
        self.create_button.clicked.connect(self._on_create)
        self.passphrase.second.returnPressed.connect(self._on_create)
        self.passphrase.changed.connect(self.error.hide)

    def _say_location(self, text: str) -> None:
        path = Path(text.strip()).expanduser()
        if path.parent == self._default_folder:
            words = self.tr("%1, in Carnet’s own folder on this computer").replace("%1", path.name)
        else:
            try:
                folder = str(Path("~") / path.parent.relative_to(Path.home()))
            except ValueError:
                folder = str(path.parent)
            words = self.tr("%1, in the folder %2").replace("%1", path.name).replace("%2", folder)
        self.location_words.set_full_text(words)
        self.location_words.setToolTip(str(path))
        self.location_words.setAccessibleName(self.tr("Where the journal will be kept: %1").replace("%1", words))

    def _on_browse(self) -> None:
        dialog = file_dialog(self, self.tr("Where to keep the journal"), start=Path(self.location.text()).parent)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Carnet journals (*.carnet)"))
        dialog.setDefaultSuffix("carnet")
        dialog.selectFile(Path(self.location.text()).name)
        dialog.fileSelected.connect(self.location.setText)
        dialog.open()

    def _on_create(self) -> None:
        problem = self.passphrase.problem()
        if problem is None and not self.location.text().strip():
            problem = self.tr("Choose where to keep the journal.")
        if problem:
            self.show_error(problem)
            return
        path = Path(self.location.text().strip()).expanduser()
        if path.suffix != ".carnet":
            path = path.with_name(path.name + ".carnet")
        if path_problem(path):
            self.show_error(self.tr("Choose another name or a shorter folder: this one could not be opened on every "
                                    "computer. Windows refuses names such as CON or AUX, names ending with a dot or "
                                    "a space, the characters < > : \" / \\ | ? * and paths longer than 259 "
                                    "characters."))
            return
        self.create_requested.emit(path, self.passphrase.passphrase())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.location, self.browse_button, self.passphrase, self.back_button, self.create_button):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()
            self.busy.start(self.tr("Creating your journal… This takes a moment: Carnet is making your passphrase "
                                    "very hard to crack."))
        else:
            self.busy.stop()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear(self) -> None:
        self.passphrase.clear()
        self.error.hide()


class RecoveryCodePage(CenteredPage):
    """Shows the recovery code once. Continuing requires confirming it was written down."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodePage")
        self._code = ""
        layout = self.layout_
        layout.addWidget(heading(self.tr("Your recovery code")))
        layout.addWidget(paragraph(self.tr(
            "This code opens your journal if you forget your passphrase. It is shown only this once. Write it on "
            "paper and keep it somewhere safe, away from this computer.")))
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.code_label.setFont(font)
        self.code_label.setMargin(12)
        self.code_label.setProperty("role", "code")
        layout.addWidget(self.code_label)
        layout.addWidget(paragraph(self.tr(
            "If both the passphrase and this code are lost, nobody can open the journal again.")))
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF to print…"))
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = paragraph()
        self.status.setObjectName("recoveryStatus")
        layout.addWidget(self.status)
        self.confirm = QCheckBox(self.tr("I have &written it down somewhere safe"))
        layout.addWidget(self.confirm)
        continue_row = QHBoxLayout()
        continue_row.addStretch(1)
        self.continue_button = QPushButton(self.tr("&Continue to my journal"))
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        continue_row.addWidget(self.continue_button)
        layout.addLayout(continue_row)
        self.set_first_focus(self.confirm)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.copy_button.clicked.connect(self._on_copy)
        self.pdf_button.clicked.connect(self._on_save_pdf)
        self.continue_button.clicked.connect(self._on_continue)

    def set_code(self, code: str) -> None:
        self._code = code
        groups = code.split("-")
        half = len(groups) // 2
        self.code_label.setText("   ".join(groups[:half]) + "\n" + "   ".join(groups[half:]))
        self.code_label.setAccessibleName(self.tr("Recovery code: %1").replace("%1", " ".join(code)))
        self.confirm.setChecked(False)
        self.status.clear()

    def _on_copy(self) -> None:
        data = QMimeData()
        data.setText(self._code)
        # Asks clipboard managers not to keep it in their history (as KeePassXC does).
        data.setData("x-kde-passwordManagerHint", b"secret")
        QGuiApplication.clipboard().setMimeData(data)
        self.status.setText(self.tr("Copied. The clipboard will be emptied in one minute."))
        QTimer.singleShot(CLIPBOARD_CLEAR_MS, self._clear_clipboard)

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._code and clipboard.text() == self._code:
            clipboard.clear()

    def _on_save_pdf(self) -> None:
        dialog = file_dialog(self, self.tr("Save the recovery code as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.tr("carnet-recovery-code.pdf"))
        dialog.fileSelected.connect(lambda name: self.write_pdf(Path(name)))
        dialog.open()

    def write_pdf(self, path: Path) -> None:
        """A one-page sheet to print: the code, and what it is for. No journal content, no
        date in its properties, and a file only its owner can read (it opens the journal)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        # No title, author or date in its properties: file managers and search indexes show them.
        document = QTextDocument()
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        title = self.tr("Carnet: recovery code")
        explanation = self.tr("This code opens your journal if you forget your passphrase. Keep this sheet "
                              "somewhere safe, away from the computer. Anyone with this code and the journal "
                              "file can read your journal.")
        code = "&nbsp;&nbsp;".join(self._code.split("-"))
        document.setHtml(
            f"<h1>{title}</h1><p>{explanation}</p>"
            f"<p style='font-family: monospace; font-size: 22pt; font-weight: 600'>{code}</p>"
        )
        document.print_(writer)
        buffer.close()
        from journal_app.core.briefs import write_export_atomically  # not needed to start
        from journal_app.pdf import with_dates

        try:
            write_export_atomically(path, with_dates(bytes(data.data()), None))  # mode 0600
        except JournalError as error:
            self.status.setText(error_text(error))
            return
        self.status.setText(self.tr("Saved. Print it, then delete the PDF file."))

    def _on_continue(self) -> None:
        self._clear_clipboard()
        self._code = ""
        self.code_label.clear()
        self.done.emit()


class UnlockPage(CenteredPage):
    unlock_requested = Signal(str)
    open_other_requested = Signal()
    create_requested = Signal()
    forgot_requested = Signal()
    open_backup_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        layout = self.layout_
        layout.addWidget(heading(self.tr("Unlock your journal")))
        self.journal_name = paragraph()
        self.journal_name.setObjectName("journalName")
        layout.addWidget(self.journal_name)
        row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.backup_button = QPushButton(self.tr("Open the newest &backup that works"))
        self.backup_button.setObjectName("openBackup")
        self.backup_button.hide()
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        self.forgot_button = QPushButton(self.tr("&Forgot your passphrase?"))
        self.other_button = QPushButton(self.tr("Open &another journal…"))
        self.create_button = QPushButton(self.tr("Create a &new journal"))
        self.demo_button = QPushButton(self.tr("E&xplore the example journal"))
        self.demo_button.setObjectName("unlockDemoButton")
        self.demo_button.setToolTip(self.tr("A few months of fictional practice, to see how Carnet works"))
        # One under the other, close together: side by side, the French ones did not fit the card
        # and were cut at both ends.
        links = QVBoxLayout()
        links.setSpacing(0)
        for button in (self.forgot_button, self.other_button, self.create_button, self.demo_button):
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            links.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(links)
        self.set_first_focus(self.passphrase)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.passphrase.returnPressed.connect(self._on_unlock)
        self.passphrase.textEdited.connect(lambda _text: self.error.hide())
        self.forgot_button.clicked.connect(self.forgot_requested)
        self.other_button.clicked.connect(self.open_other_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.backup_button.clicked.connect(self._on_open_backup)

    def set_journal(self, path: Path) -> None:
        self.journal_name.setText(self.tr("Journal: %1").replace("%1", path.name))
        self.journal_name.setToolTip(str(path))
        self.error.hide()
        self.backup_button.hide()

    def _on_unlock(self) -> None:
        if self.passphrase.text():
            self.unlock_requested.emit(self.passphrase.text())

    def _on_open_backup(self) -> None:
        self.open_backup_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.forgot_button, self.other_button,
                       self.create_button, self.backup_button):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()
            self.busy.start(self.tr("Unlocking…"))
        else:
            self.busy.stop()

    def show_error(self, text: str, offer_backup: bool = False) -> None:
        self.error.setText(text)
        self.error.show()
        self.backup_button.setVisible(offer_backup)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def clear(self) -> None:
        self.passphrase.clear()
        self.error.hide()
        self.backup_button.hide()


class RecoverPage(CenteredPage):
    reset_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverPage")
        layout = self.layout_
        layout.addWidget(heading(self.tr("Choose a new passphrase")))
        layout.addWidget(paragraph(self.tr(
            "Type your recovery code (the newest one, if you have made a new one since), then choose a new "
            "passphrase. Your entries stay as they are; you will get a new recovery code.")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCodeInput")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code.setFont(font)
        code_label = QLabel(self.tr("&Recovery code:"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, self.code)
        layout.addLayout(form)
        self.passphrase = PassphraseFields()
        layout.addWidget(self.passphrase)
        self.error = error_label()
        layout.addWidget(self.error)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.reset_button = QPushButton(self.tr("Set the &new passphrase"))
        self.reset_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout.addLayout(buttons)
        self.set_first_focus(self.code)
        self.back_button.clicked.connect(self.back_requested)
        self.reset_button.clicked.connect(self._on_reset)
        self.passphrase.second.returnPressed.connect(self._on_reset)

    def _on_reset(self) -> None:
        problem = None if self.code.text().strip() else self.tr("Type your recovery code.")
        problem = problem or self.passphrase.problem()
        if problem:
            self.show_error(problem)
            return
        self.reset_requested.emit(self.code.text(), self.passphrase.passphrase())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.code, self.passphrase, self.back_button, self.reset_button):
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()
            self.busy.start(self.tr("Setting your new passphrase…"))
        else:
            self.busy.stop()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear(self) -> None:
        self.code.clear()
        self.passphrase.clear()
        self.error.hide()
