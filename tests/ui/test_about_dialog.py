"""The About box: what it says, that its text can be copied, and that it closes from the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from journal_app import __version__
from journal_app.ui.about_dialog import AboutDialog
from journal_app.ui.i18n import Translations


def _texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _open(qtbot, journal_path: Path | None, settings_file: str) -> AboutDialog:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(journal_path, settings_file)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_it_names_version_licence_credits_and_where_data_lives(qtbot, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal = tmp_path / "travail" / "journal.carnet"
    dialog = _open(qtbot, journal, str(tmp_path / "settings.ini"))

    text = _texts(dialog)
    assert dialog.version_label.text() == f"Version {__version__}"
    assert "GPL-3.0-or-later" in dialog.licence_label.text()
    assert "Accompagnement social et émancipation des bénéficiaires" in text
    assert "Cultiaux" in text and "Vlemincks" in text
    assert "Copenhagen Burnout Inventory" in text and "Kristensen" in text and "2005" in text
    assert "PySide6" in text and "Qt" in text
    assert str(journal) in dialog.findChild(QLabel, "journalLocation").text()
    assert str(journal.parent / "backups") in dialog.findChild(QLabel, "journalLocation").text()
    settings_text = dialog.findChild(QLabel, "settingsLocation").text()
    assert str(tmp_path / "settings.ini") in settings_text and "Nothing you write" in settings_text


def test_without_a_journal_it_says_none_is_open(qtbot, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, None, str(tmp_path / "settings.ini"))
    assert dialog.findChild(QLabel, "journalLocation").text() == "No journal is open."


def test_every_text_can_be_selected_and_read_by_a_screen_reader(qtbot, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, tmp_path / "j.carnet", str(tmp_path / "settings.ini"))
    text_labels = [label for label in dialog.findChildren(QLabel) if label.text()]
    assert len(text_labels) >= 10
    for label in text_labels:
        assert label.accessibleName(), label.text()
    selectable = [label for label in text_labels if label.textInteractionFlags()
                  & Qt.TextInteractionFlag.TextSelectableByKeyboard]
    assert {dialog.version_label, dialog.licence_label, *dialog.credits_labels, *dialog.data_labels} <= set(selectable)

    dialog.version_label.setSelection(0, len(dialog.version_label.text()))
    assert dialog.version_label.selectedText() == f"Version {__version__}"


def test_enter_or_the_close_button_closes_it(qtbot, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, None, str(tmp_path / "settings.ini"))
    assert dialog.close_button.isDefault()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    dialog = _open(qtbot, None, str(tmp_path / "settings.ini"))
    with qtbot.waitSignal(dialog.finished):
        dialog.close_button.click()
    assert not dialog.isVisible()


def test_its_close_button_speaks_the_language_of_carnet(qtbot, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(QCoreApplication.instance())  # type: ignore[arg-type]
    translations.apply("fr")
    try:
        dialog = _open(qtbot, None, str(tmp_path / "settings.ini"))
        # A standard button: Qt's own translation names it, never a hard-coded "Close".
        assert dialog.close_button.text() == "Fermer"
    finally:
        translations.apply("en")
