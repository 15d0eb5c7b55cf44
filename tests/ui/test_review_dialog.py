"""The review step before an export, through the real dialog over a real journal worker:
findings listed in their sentence, replaced or kept, the preview and the file following the
decisions, nothing written while one is undecided, and no plaintext anywhere but the file."""

from __future__ import annotations

import gc
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal_app.core.briefs import Brief, BriefItem, BriefSection
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.supervision import SupervisionStore, supervision_brief
from journal_app.ui.review_dialog import ExportReviewDialog
from journal_app.ui.worker import JournalHolder, JournalWorker
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.helpers import files_under, leaks
from tests.test_pdf import pdf_pages, squeezed
from tests.ui.test_weekly_review import on_worker

BXL = timezone(timedelta(hours=1))
MARKED_CANARY = "CANARY-MARKED-5d1e"  # in a marked entry: reaches the chosen file only
UNMARKED_CANARY = "CANARY-UNMARKED-a83f"  # in an entry not marked: reaches no file at all
FRENCH = ("Visite chez Fatima Benali. Elle habite rue de la Loi 16, GSM 0478 12 34 56, "
          f"fatima.benali@exemple.be. Revue le 12 mars 2026. {MARKED_CANARY}")
DUTCH = "Kerkstraat 12, 9000 Gent, tel. 09 123 45 67. Zijn zoon Pieter Janssens belde."


def seed(holder: JournalHolder) -> None:
    journal = holder.require()
    journal.entries.add(EntryFields(title="Visite à domicile", body=FRENCH, for_supervision=True, persons=("Bruno",),
                                    occurred_at=datetime(2026, 3, 12, 10, 0, tzinfo=BXL)))
    journal.entries.add(EntryFields(title="Gesprek met meneer De Smet", body=DUTCH, for_supervision=True,
                                    occurred_at=datetime(2026, 3, 13, 10, 0, tzinfo=BXL)))
    journal.entries.add(EntryFields(title="Réunion d'équipe", body=f"Rien à amener. {UNMARKED_CANARY}",
                                    occurred_at=datetime(2026, 3, 14, 10, 0, tzinfo=BXL)))
    dilemmas = DilemmaStore(journal.database)
    dilemma = dilemmas.create("Accepter un cadeau", ("personal-resources",))
    dilemmas.set_status(dilemma.uuid, "to_supervision")
    SupervisionStore(journal.database).sync_agenda()
    journal.save()


@pytest.fixture
def worker(qtbot, app_settings, tmp_path: Path) -> Iterator[JournalWorker]:  # type: ignore[no-untyped-def]
    """A worker holding an open journal with two marked entries, a dilemma to bring and an
    entry that is not marked."""
    journal_worker = JournalWorker()

    def create(holder: JournalHolder) -> None:
        holder.journal = Journal.create(tmp_path / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)[0]
        seed(holder)

    on_worker(qtbot, journal_worker, create)
    yield journal_worker
    journal_worker.shutdown()
    gc.collect()


def build_supervision_brief(database: Database, coarsen_dates: bool) -> Brief:
    return supervision_brief(database, language="fr", coarsen_dates=coarsen_dates)


def open_dialog(qtbot, worker: JournalWorker) -> ExportReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ExportReviewDialog(worker, build_supervision_brief, "fr", "supervision")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_review(qtbot, dialog)
    return dialog


def wait_for_review(qtbot, dialog: ExportReviewDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog._building and not dialog._worker.is_busy(), timeout=10_000)


def rows(dialog: ExportReviewDialog) -> list[str]:
    return [dialog.findings_list.item(row).text() for row in range(dialog.findings_list.count())]


def row_of(dialog: ExportReviewDialog, text: str) -> int:
    return next(row for row, shown in enumerate(rows(dialog)) if f"\u201c{text}\u201d" in shown)


def export_to(qtbot, dialog: ExportReviewDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.set_destination(path)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [path]


def test_every_finding_is_listed_in_its_sentence_and_the_export_waits_for_them(qtbot, worker) -> None:
    dialog = open_dialog(qtbot, worker)
    shown = rows(dialog)
    for kind, text in (("Name", "Fatima Benali"), ("Address", "rue de la Loi 16"), ("Phone number", "0478 12 34 56"),
                       ("Email address", "fatima.benali@exemple.be"), ("Address", "Kerkstraat 12"),
                       ("Phone number", "09 123 45 67"), ("Name", "Pieter Janssens"), ("Name", "meneer De Smet")):
        assert any(row.startswith(f"{kind}: \u201c{text}\u201d") and row.endswith("to review") for row in shown), text
    assert not any("Bruno" in row for row in shown)  # a pseudonym of the register
    assert not any(row.startswith("Exact date") for row in shown)  # only when dates are coarsened
    assert not dialog.export_button.isEnabled()
    assert dialog.remaining.text() == f"{len(shown)} findings still to review before exporting."
    assert dialog.warning.isVisible() and "NOT encrypted" in dialog.warning.text()

    dialog.findings_list.setCurrentRow(row_of(dialog, "0478 12 34 56"))
    context = dialog.context.text()
    assert "GSM " in context and "0478 12 34 56</span>" in context and "font-weight: 600" in context
    assert dialog.where.text() == "Ordre du jour, item 1 (its text)"
    assert dialog.replacement.text() == "[téléphone]"  # the suggestion, in the brief's language


def test_replace_changes_the_preview_and_the_file_and_keep_leaves_it(qtbot, worker, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, worker)
    dialog.findings_list.setFocus()
    dialog.findings_list.setCurrentRow(row_of(dialog, "Fatima Benali"))
    dialog.replacement.setText("Mme B.")
    dialog.findings_list.setFocus()
    qtbot.keyClick(dialog.findings_list, Qt.Key.Key_R)
    assert "replaced by \u201cMme B.\u201d" in rows(dialog)[row_of(dialog, "Fatima Benali")]
    assert "Mme B." in dialog.preview.toPlainText() and "Fatima Benali" not in dialog.preview.toPlainText()
    assert dialog.findings_list.currentRow() == row_of(dialog, "Fatima Benali") + 1  # on to the next one

    dialog.findings_list.setCurrentRow(row_of(dialog, "0478 12 34 56"))
    qtbot.keyClick(dialog.findings_list, Qt.Key.Key_K)
    assert rows(dialog)[row_of(dialog, "0478 12 34 56")].endswith("kept as is")
    assert "0478 12 34 56" in dialog.preview.toPlainText()
    dialog.findings_list.setCurrentRow(row_of(dialog, "Kerkstraat 12"))
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert dialog.pending_count() == 0 and dialog.export_button.isEnabled()
    assert dialog.remaining.text() == "Every finding is reviewed: you can export."
    preview = dialog.preview.toPlainText()
    assert "[adresse]" in preview and "Pieter Janssens" not in preview and "Kerkstraat 12" in preview

    dialog.markdown_choice.setChecked(True)
    exports = tmp_path / "exports"
    exports.mkdir()
    destination = exports / "brief.md"
    export_to(qtbot, dialog, destination)
    text = destination.read_text(encoding="utf-8")
    assert text.startswith("# Préparation de la supervision\n")
    assert "### 1.1 Visite à domicile" in text and "### 1.2 Gesprek met" in text and "### 1.3 Accepter un cadeau" in text
    assert "Mme B." in text and "Fatima Benali" not in text
    assert "0478 12 34 56" in text and "Kerkstraat 12" in text  # kept as written
    assert "[adresse]" in text and "rue de la Loi 16" not in text and "Pieter Janssens" not in text
    assert MARKED_CANARY in text and UNMARKED_CANARY not in text and "Réunion d'équipe" not in text
    assert destination.stat().st_mode & 0o077 == 0
    assert dialog.result_box.isVisible() and dialog.result_label.text().startswith(f"Saved to {destination}.")
    assert dialog.open_folder_button.isVisible()

    # No plaintext anywhere but the chosen file: not in the temporary folder, not beside it.
    everywhere_else = [p for p in files_under(Path(tempfile.gettempdir()), exports, tmp_path) if p != destination]
    assert leaks([MARKED_CANARY, UNMARKED_CANARY, "Mme B."], everywhere_else) == []
    assert [p.name for p in exports.iterdir()] == ["brief.md"]


def test_the_pdf_holds_the_reviewed_brief(qtbot, worker, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, worker)
    assert dialog.pdf_choice.isChecked()
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    destination = tmp_path / "brief"  # a name without its ending gets the format's
    dialog.set_destination(destination)
    assert dialog.destination() == tmp_path / "brief.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / "brief.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    text = "".join(pdf_pages(data))
    assert squeezed("Accepter un cadeau") in text and squeezed(MARKED_CANARY) in text
    assert squeezed(UNMARKED_CANARY) not in text and "Fatima" not in text
    everywhere_else = [p for p in files_under(Path(tempfile.gettempdir()), tmp_path) if p.name != "brief.pdf"]
    assert leaks([MARKED_CANARY, UNMARKED_CANARY], everywhere_else) == []


def test_coarsening_dates_reviews_again_and_keeps_the_decisions_taken(qtbot, worker, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, worker)
    dialog.findings_list.setCurrentRow(row_of(dialog, "Fatima Benali"))
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    before = dialog.findings_list.count()
    dialog.coarsen.setChecked(True)
    wait_for_review(qtbot, dialog)
    assert rows(dialog)[row_of(dialog, "12 mars 2026")].startswith("Exact date: ")
    assert dialog.findings_list.count() == before + 1
    assert rows(dialog)[row_of(dialog, "Fatima Benali")].endswith("kept as is")
    assert "semaine du 9 mars 2026" in dialog.preview.toPlainText()  # the items' own dates, as weeks
    dialog.findings_list.setCurrentRow(row_of(dialog, "12 mars 2026"))
    assert dialog.replacement.text() == "semaine du 9 mars 2026"
    qtbot.mouseClick(dialog.keep_all_button, Qt.MouseButton.LeftButton)
    dialog.markdown_choice.setChecked(True)
    export_to(qtbot, dialog, tmp_path / "brief.md")
    assert "- **Date\u00a0:** semaine du 9 mars 2026" in (tmp_path / "brief.md").read_text(encoding="utf-8")


def test_export_without_a_destination_asks_for_one_then_writes(qtbot, worker, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, worker)
    qtbot.mouseClick(dialog.keep_all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    chooser = dialog.destination_dialog
    assert chooser is not None and chooser.isVisible()  # a non-blocking file dialog
    assert chooser.selectedFiles()[0].endswith("supervision.pdf")
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        chooser.fileSelected.emit(str(tmp_path / "choisi.md"))  # an ending of .md chooses Markdown
    chooser.reject()
    assert dialog.markdown_choice.isChecked()
    assert (tmp_path / "choisi.md").read_text(encoding="utf-8").startswith("# Préparation de la supervision")


def test_a_failed_write_says_so_and_writes_nothing(qtbot, worker, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, worker)
    qtbot.mouseClick(dialog.keep_all_button, Qt.MouseButton.LeftButton)
    dialog.set_destination(tmp_path / "missing" / "brief.md")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text().endswith("Nothing was written.")
    assert not dialog.result_box.isVisible() and dialog.export_button.isEnabled()
    assert not (tmp_path / "missing").exists()


def test_nothing_identifying_lets_the_export_go_at_once(qtbot, worker, tmp_path: Path) -> None:
    def plain(_database: Database, coarsen_dates: bool) -> Brief:
        return Brief("Portfolio", "fr", date(2026, 3, 20), coarsen_dates=coarsen_dates,
                     sections=(BriefSection("Objectifs", (BriefItem("objective", "Écouter", body="Bien écouter."),)),))

    dialog = ExportReviewDialog(worker, plain, "fr", "portfolio")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_review(qtbot, dialog)
    assert dialog.findings_list.count() == 0
    assert dialog.remaining.text().startswith("Nothing looks identifying.")
    assert dialog.export_button.isEnabled() and not dialog.replace_button.isEnabled()
    dialog.markdown_choice.setChecked(True)
    export_to(qtbot, dialog, tmp_path / "portfolio.md")
    assert "Bien écouter." in (tmp_path / "portfolio.md").read_text(encoding="utf-8")
