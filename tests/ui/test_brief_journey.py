"""The supervision brief, from the window to the PDF file, through keys and clicks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.test_pdf import pdf_pages, squeezed
from tests.ui.test_main_window import unlock_through_ui


def export_brief_through_the_window(qtbot, window, destination: Path) -> bytes:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    view = window.workspace.supervision
    qtbot.waitUntil(lambda: view.brief_button.isEnabled())
    qtbot.mouseClick(view.brief_button, Qt.MouseButton.LeftButton)
    dialog = view.review_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.busy.isVisible())
    qtbot.mouseClick(dialog.keep_all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    chooser = dialog.destination_dialog
    qtbot.waitUntil(lambda: chooser.isVisible())
    chooser.selectFile(str(destination))  # the file dialog itself is the platform's, not ours
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.keyClick(chooser.findChild(QLineEdit, "fileNameEdit"), Qt.Key.Key_Return)
    return destination.read_bytes()


def test_a_short_brief_is_one_page_and_a_dilemmas_reflections_are_labelled(
        qtbot, make_window, app_settings, journal_path: Path, tmp_path: Path) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    entry = journal.entries.add(EntryFields(title="Visit to Mrs R.", body="She spoke of leaving.",
                                            for_supervision=True))
    store = DilemmaStore(journal.database, "en")
    dilemma = store.create("Lend money to A.?", ["personal-resources"], entry.uuid)
    store.add_reflection(dilemma.uuid, "I did it without telling anyone.")
    store.set_status(dilemma.uuid, "to_supervision")
    journal.save()
    journal.close()
    app_settings.last_journal = journal_path
    window = make_window()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    data = export_brief_through_the_window(qtbot, window, tmp_path / "brief.pdf")
    pages = pdf_pages(data)
    assert len(pages) == 1, pages  # no almost empty cover page
    text = pages[0]
    assert squeezed("Lend money to A.?") in text
    assert squeezed("Reflections:") + squeezed("I did it without telling anyone.") in text
