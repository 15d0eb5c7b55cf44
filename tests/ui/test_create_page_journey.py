"""The create page says where the journal goes in words, never a raw hidden path cut short."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit


def test_the_place_of_a_new_journal_is_said_in_words_and_fits(qtbot, window, tmp_path: Path) -> None:
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    words = page.location_words
    assert words.isVisible() and not page.location.isVisible()  # no raw path to read
    assert words.text() == "journal.carnet, in Carnet’s own folder on this computer"
    assert ".local" not in words.text() and words.toolTip().endswith("journal.carnet")
    # Another place, deep in folders: said with its name and folder, cut in the middle to fit.
    place = tmp_path / ("un dossier au nom très long " * 4).strip() / "Travail" / "carnet-2026.carnet"
    place.parent.mkdir(parents=True)
    qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    chooser = page.findChild(QFileDialog)
    chooser.selectFile(str(place))  # the file dialog itself is Qt's, not ours
    qtbot.keyClick(chooser.findChild(QLineEdit, "fileNameEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "carnet-2026.carnet" in words.full_text())
    assert words.full_text().startswith("carnet-2026.carnet, in the folder ")
    assert words.full_text().endswith("Travail")
    assert words.fontMetrics().horizontalAdvance(words.text()) <= words.width()
    assert words.text().startswith("carnet-2026") and words.text().endswith("Travail")
