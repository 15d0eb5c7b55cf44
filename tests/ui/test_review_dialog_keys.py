"""The review dialog's one-key shortcuts take their letters from the translated buttons: in French
« &Remplacer » and « &Garder tel quel » make R and G, and the list's name says so (issue 16: it
said « K garde », the English word's letter)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal_app.ui.i18n import Translations
from journal_app.ui.review_dialog import ExportReviewDialog
from journal_app.ui.worker import JournalWorker
from tests.ui.test_review_dialog import build_supervision_brief, rows, wait_for_review, worker  # noqa: F401


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations = Translations(QApplication.instance())
    assert translations.apply("fr")
    yield
    translations.apply("en")


def test_in_french_g_keeps_and_the_list_names_r_and_g(qtbot, worker: JournalWorker, french) -> None:  # noqa: F811
    dialog = ExportReviewDialog(worker, build_supervision_brief, "fr", "supervision")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_review(qtbot, dialog)
    assert dialog.keep_button.text() == "&Garder tel quel"
    name = dialog.findings_list.accessibleName()
    assert "R remplace" in name and "G garde" in name, name
    assert "(G dans la liste)" in dialog.keep_button.toolTip()

    dialog.findings_list.setFocus()
    phone = next(row for row, shown in enumerate(rows(dialog)) if "0478 12 34 56" in shown)
    dialog.findings_list.setCurrentRow(phone)
    qtbot.keyClick(dialog.findings_list, Qt.Key.Key_K)  # the English letter does nothing in French
    assert not rows(dialog)[phone].endswith("gardé tel quel")
    qtbot.keyClick(dialog.findings_list, Qt.Key.Key_G)
    assert rows(dialog)[phone].endswith("gardé tel quel"), rows(dialog)[phone]
