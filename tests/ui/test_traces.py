"""What Carnet leaves outside the journal: file dialogs, the recovery sheet, the process's memory.

Journeys through the real window: the file dialogs speak the worker's language, start in
Documents or in the last folder chosen (kept inside the journal only), and leave no
``QtProject.conf`` behind; the recovery-code PDF is readable by its owner only and carries no
date; after locking, the text written is gone from the process's Python objects and Qt's
documents.
"""

from __future__ import annotations

import gc
import stat
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QTextEdit, QTreeView

from journal_app.ui.i18n import Translations
from tests.conftest import PASSPHRASE
from tests.core.test_hardening import probe_process
from tests.ui.test_main_window import create_through_ui, finish_recovery_code, unlock_through_ui


def documents() -> Path:
    """The worker's Documents folder (in the test's own home), made as a real home has it."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def qt_project_files(home: Path) -> list[Path]:
    """QtProject settings files in the test's home, or where Qt would write them now (Qt
    fixes its settings folder once per process: maybe an earlier test's home)."""
    where_qt_writes = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    return sorted({*home.rglob("QtProject*"), *([where_qt_writes] if where_qt_writes.exists() else [])})


def active_file_dialog(qtbot) -> QFileDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    return dialog


def choose(dialog: QFileDialog, path: Path) -> None:
    """Pick ``path`` in the dialog and accept it. (Typing it into the dialog's field is not
    reliable offscreen: Qt's file model loads folders in the background, and the field
    navigates as it is typed.)"""
    dialog.selectFile(str(path))
    dialog.accept()


def back_to(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Once the dialogs are closed, the window is active again (offscreen, only when asked)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def gone(qtbot, dialog: QFileDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))


def test_recovery_sheet_in_french_starts_in_documents_is_private_and_undated(
        qtbot, make_window, tmp_path: Path, isolated_home: Path) -> None:
    translations = Translations(QApplication.instance())
    try:
        assert translations.apply("fr")
        window = make_window()
        start = documents()
        papers = tmp_path / "papiers"
        papers.mkdir()
        create_through_ui(qtbot, window, tmp_path / "j.carnet")
        qtbot.mouseClick(window.recovery_page.pdf_button, Qt.MouseButton.LeftButton)
        chooser = active_file_dialog(qtbot)
        assert Path(chooser.directory().absolutePath()) == start
        labels = " ".join(label.text() for label in chooser.findChildren(QLabel))
        assert "Voir dans\u00a0:" in labels and "Fichiers de type\u00a0:" in labels, labels
        assert "Look in" not in labels and "Files of" not in labels and "type:" not in labels
        header = chooser.findChild(QTreeView).header()
        for column in range(header.count()):  # no column title cut ("Dernière modification")
            title = header.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(title), title
        choose(chooser, papers / "code.pdf")
        sheet = papers / "code.pdf"
        qtbot.waitUntil(sheet.exists)
        gone(qtbot, chooser)
    finally:
        translations.apply("en")
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    data = sheet.read_bytes()
    assert data.startswith(b"%PDF-")
    for field in (b"CreationDate", b"ModDate", b"CreateDate", b"ModifyDate", b"MetadataDate"):
        assert field not in data
    assert b"/Title ()" in data and b"/Creator ()" in data  # no title, no author tool
    assert "imprimez" in window.recovery_page.status.text().lower()  # print it, then delete the file
    assert qt_project_files(isolated_home) == []


def test_the_last_folder_chosen_is_kept_in_the_journal_only(qtbot, window, tmp_path: Path,
                                                            isolated_home: Path) -> None:
    start = documents()
    path = tmp_path / "j.carnet"
    create_through_ui(qtbot, window, path)
    finish_recovery_code(qtbot, window)
    chosen = tmp_path / "Service de médiation Mme R"
    chosen.mkdir()

    def choose_export_folder() -> QFileDialog:
        back_to(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # the Journal menu
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_X)  # E&xport entries…
        qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None
                        and shiboken6.isValid(window.export_dialog) and window.export_dialog.isVisible())
        export = window.export_dialog
        qtbot.mouseClick(export.choose_button, Qt.MouseButton.LeftButton)
        return active_file_dialog(qtbot)

    chooser = choose_export_folder()
    assert Path(chooser.directory().absolutePath()) == start
    choose(chooser, chosen)
    gone(qtbot, chooser)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    qtbot.keyClick(window.export_dialog, Qt.Key.Key_Escape)

    chooser = choose_export_folder()
    qtbot.waitUntil(lambda: Path(chooser.directory().absolutePath()) == chosen)
    chooser.reject()
    gone(qtbot, chooser)
    qtbot.keyClick(window.export_dialog, Qt.Key.Key_Escape)

    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    assert qt_project_files(isolated_home) == []
    for file in (p for p in [*isolated_home.rglob("*"), *tmp_path.rglob("*")] if p.is_file()):
        assert b"diation Mme R" not in file.read_bytes(), file  # nowhere in clear, the journal included

    unlock_through_ui(qtbot, window, PASSPHRASE)  # kept inside the journal: still there
    chooser = choose_export_folder()
    qtbot.waitUntil(lambda: Path(chooser.directory().absolutePath()) == chosen)
    chooser.reject()
    gone(qtbot, chooser)
    assert qt_project_files(isolated_home) == []


CANARY = "Zebulon-canari-4417"  # ASCII: QTest types no accented letter


def strings_holding(needle: str) -> list[str]:
    """Every Python string alive that contains ``needle``, after a full collection: those
    referenced by any object the collector tracks (objects, dicts, lists, closures, frames...),
    except ``needle`` itself (the test's own constant)."""
    gc.collect()
    found = []
    for thing in gc.get_objects():
        for value in gc.get_referents(thing):
            if isinstance(value, str) and needle in value and value is not needle:
                found.append(f"{value[:60]!r} in {type(thing).__name__}")
    return found


def documents_holding(needle: str) -> list[str]:
    """Every live Qt text document and line edit (with their undo history) that holds ``needle``."""
    found = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QTextEdit):
            document = widget.document()
            if needle in document.toPlainText():
                found.append(f"{widget.objectName() or type(widget).__name__}: text")
            if document.isUndoAvailable() or document.isRedoAvailable():
                document.undo()  # what Ctrl+Z would bring back
                if needle in document.toPlainText():
                    found.append(f"{widget.objectName() or type(widget).__name__}: undo history")
    for field in (widget for widget in QApplication.allWidgets() if isinstance(widget, QLineEdit)):
        if needle in field.text():
            found.append(f"{field.objectName() or 'QLineEdit'}: text")
        if field.isUndoAvailable():
            field.undo()
            if needle in field.text():
                found.append(f"{field.objectName() or 'QLineEdit'}: undo history")
    for document in (thing for thing in gc.get_objects() if isinstance(thing, QTextDocument)):
        if shiboken6.isValid(document) and needle in document.toPlainText():
            found.append(f"QTextDocument {document.objectName()}")
    return found


def test_after_locking_the_text_written_is_gone_from_the_process(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new entry
    editor = window.journal_page.editor
    qtbot.waitUntil(lambda: editor.title.hasFocus() or editor.isVisible())
    qtbot.keyClicks(editor.title, f"Visite {CANARY}")
    qtbot.keyClicks(editor.body, f"Le recit de la visite: {CANARY} est passe.")
    qtbot.keyClicks(editor.persons, CANARY)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=10_000)
    page = window.journal_page
    qtbot.keyClicks(page.search, CANARY[:7])  # the search box and its results hold it too
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    for view in range(2, 10):  # every view, each loading what it shows (the person's name, here)
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + view), Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
        qtbot.waitUntil(lambda: not window.worker.is_busy(), timeout=10_000)
    assert strings_holding(CANARY)  # the control: while unlocked, it is there

    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    qtbot.wait(100)  # let queued signals and deferred deletions run
    assert documents_holding(CANARY) == []
    assert strings_holding(CANARY) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and PR_SET_DUMPABLE: Linux")
def test_the_desktop_app_turns_core_dumps_off(isolated_home) -> None:  # type: ignore[no-untyped-def]
    """journal_app.ui.app.main in a fresh process, offscreen, quitting as soon as its window is up."""
    call = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtCore import QTimer\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication(['carnet'])\n"
            "QTimer.singleShot(0, app.quit)\n"
            "from journal_app.ui import app as desktop\n"
            "assert desktop.main([]) == 0")
    assert probe_process(call) == "(0, 0) False"


def test_after_locking_a_dilemma_shown_leaves_nothing_behind(qtbot, window, tmp_path: Path) -> None:
    """The dilemma's page holds its title in a line edit: cleared at locking, nor in its undo history."""
    from journal_app.core.dilemmas import DilemmaStore

    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)

    def raise_dilemma(holder):  # type: ignore[no-untyped-def]
        DilemmaStore(holder.require().database).create(f"Preter de l'argent a {CANARY}", ["personal-resources"])
        holder.require().save()

    window.worker.submit(raise_dilemma)
    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.workspace.dilemmas
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0 and not window.worker.is_busy(), timeout=10_000)
    tree = view.tree
    item = next(tree.topLevelItem(0).child(i) for i in range(tree.topLevelItem(0).childCount()))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    qtbot.waitUntil(lambda: CANARY in view.title.text(), timeout=5_000)

    back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    qtbot.wait(100)  # let queued signals and deferred deletions run
    assert documents_holding(CANARY) == []
