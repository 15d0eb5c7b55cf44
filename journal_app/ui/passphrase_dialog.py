"""*Change passphrase…* and *New recovery code…*: both give the journal a new key.

The dialog only asks (the current passphrase, and a new one typed twice) and waits. The main
window runs the change on the journal worker and, when it is done, shows the new recovery code
on the recovery-code page, as at creation: the code must reach the person even if this dialog
was closed meanwhile (locking closes every dialog). ``key_change_text`` says, in words, which
copies were re-encrypted and which may still open with the old passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal_app.core.journal import KeyChange
from journal_app.ui.widgets import BusyLine, WaitsWhileBusy, PassphraseFields, error_label, paragraph

translate = QCoreApplication.translate


class KeyDialog(WaitsWhileBusy, QDialog):
    """Asks for what a change of key needs. ``requested(current, new)``: ``new`` is empty for
    a new recovery code only (the passphrase stays)."""

    requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, new_passphrase: bool) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog" if new_passphrase else "newRecoveryCodeDialog")
        self.setWindowTitle(self.tr("Change passphrase") if new_passphrase else self.tr("New recovery code"))
        layout = QVBoxLayout(self)
        if new_passphrase:
            explanation = self.tr(
                "Your journal and the copies Carnet keeps will be encrypted again with a new key. The old "
                "passphrase and the old recovery code will no longer open them, and you will get a new "
                "recovery code to write down.")
        else:
            explanation = self.tr(
                "Use this if your recovery code was seen by someone or lost. Your journal and the copies "
                "Carnet keeps will be encrypted again with a new key: the old code will no longer open them. "
                "Your passphrase stays the same.")
        layout.addWidget(paragraph(explanation))
        form = QFormLayout()
        self.current = QLineEdit()
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        current_label = QLabel(self.tr("C&urrent passphrase:"))
        current_label.setBuddy(self.current)
        form.addRow(current_label, self.current)
        layout.addLayout(form)
        self.fields: PassphraseFields | None = None
        if new_passphrase:
            self.fields = PassphraseFields()
            self.fields.changed.connect(lambda: self.error.hide())
            layout.addWidget(self.fields)
        self.error = error_label()
        layout.addWidget(self.error)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change passphrase") if new_passphrase else self.tr("&Make a new code"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.current.textEdited.connect(lambda _text: self.error.hide())
        self.current.setFocus()

    def _on_ok(self) -> None:
        if self.busy.isVisible():
            return
        if not self.current.text():
            self.show_error(self.tr("Type your current passphrase first."))
            return
        new = ""
        if self.fields is not None:
            problem = self.fields.problem()
            if problem:
                self.show_error(problem)
                return
            new = self.fields.passphrase()
        self.error.hide()
        self.busy.start(self.tr("Encrypting the journal and its copies again with a new key…"))
        self._set_enabled(False)
        self.requested.emit(self.current.text(), new)

    def show_error(self, text: str, *, wrong_current: bool = False) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.error.setText(text)
        self.error.show()
        if wrong_current:
            self.current.selectAll()
            self.current.setFocus()

    def finish(self) -> None:
        """The change is done: the main window shows the new code."""
        self.busy.stop()
        self.accept()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.current, self.fields, self.buttons):
            if widget is not None:
                widget.setEnabled(enabled)



def key_change_text(change: KeyChange) -> str:
    """What happened to the copies, in words: what the person should know about old copies."""
    parts = [translate("KeyDialog", "The journal now opens only with your new passphrase and your new recovery "
                                    "code.")]
    if change.reencrypted:
        parts.append(translate("KeyDialog", "Saved versions and backups encrypted again with the new key: %1.")
                     .replace("%1", str(len(change.reencrypted))))
    if change.removed:
        parts.append(translate("KeyDialog", "Damaged saved versions that could not be encrypted again, and were "
                                            "deleted: %1.").replace("%1", str(len(change.removed))))
    if change.left_as_they_were:
        parts.append(translate("KeyDialog", "These copies could not be encrypted again and still open with the old "
                                            "passphrase: %1.").replace(
            "%1", ", ".join(f"\u201c{path}\u201d" for path in change.left_as_they_were)))
    if change.folder_unreachable is not None:
        parts.append(translate("KeyDialog", "Your backup folder \u201c%1\u201d was not available: the backups in it "
                                            "still open with the old passphrase and the old recovery code. Delete "
                                            "them when you can.").replace("%1", str(change.folder_unreachable)))
    parts.append(translate("KeyDialog", "Copies Carnet does not look after (on a USB key that was not connected, on "
                                        "another computer, or copied or sent by hand) still open with the old "
                                        "passphrase and the old recovery code."))
    return " ".join(parts)
