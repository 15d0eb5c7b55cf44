"""Dilemmas through the real widgets: raise one from an entry, follow it, settle it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code, on_worker


def _open_raise_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.journal_page.editor.dilemma_button, Qt.MouseButton.LeftButton)
    dilemmas = window.workspace.dilemmas
    qtbot.waitUntil(lambda: getattr(dilemmas, "dialog", None) is not None and dilemmas.dialog.isVisible(), timeout=5_000)
    return dilemmas.dialog


def test_a_dilemma_raised_from_an_entry_is_followed_until_settled(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.worker.submit(lambda h: h.require().entries.add(EntryFields(title="A. demande 20 euros")))
    window.worker.submit(lambda h: h.require().entries.add(EntryFields(title="A. rembourse la moitié")))
    add_entries(qtbot, window)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    row = next(r for r in range(2) if page.model.record(r).title == "A. demande 20 euros")
    page.list.setCurrentIndex(page.model.index(row))
    qtbot.waitUntil(lambda: page.editor.title.text() == "A. demande 20 euros")

    dialog = _open_raise_dialog(qtbot, window)
    assert not dialog.existing.isVisible()  # nothing to attach to yet
    dialog.accept()
    assert dialog.error.isVisible()  # a new dilemma needs a title
    dialog.title.setText("Prêter de l'argent à A.")
    personal = next(i for i in range(dialog.categories.count())
                    if dialog.categories.item(i).data(Qt.ItemDataRole.UserRole + 1) == "personal-resources")
    dialog.categories.item(personal).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    view = window.workspace.dilemmas
    qtbot.waitUntil(lambda: window.workspace.views.currentWidget() is view and view.page.isEnabled()
                    and view.title.text() == "Prêter de l'argent à A.", timeout=5_000)
    assert view.tree.topLevelItem(0).text(0).startswith("Open (1)")
    assert "what did it cost me" in view.questions.text().lower() or view.questions.text()
    assert any("A. demande 20 euros" in view.story.item(i).text() for i in range(view.story.count()))

    # The second entry joins the same dilemma.
    window.workspace.show_view(0)
    row = next(r for r in range(2) if page.model.record(r).title == "A. rembourse la moitié")
    page.list.setCurrentIndex(page.model.index(row))
    qtbot.waitUntil(lambda: page.editor.title.text() == "A. rembourse la moitié")
    dialog = _open_raise_dialog(qtbot, window)
    assert dialog.existing.count() == 1
    dialog.existing.setCurrentRow(0)
    assert dialog.attach.isChecked()
    dialog.accept()
    qtbot.waitUntil(lambda: view.story.count() >= 3 and not window.worker.is_busy(), timeout=5_000)

    # Through every status, with a reflection and what was decided.
    for status in ("thinking", "to_supervision", "living_with", "settled"):
        view.status_box.setCurrentIndex(view.status_box.findData(status))
        qtbot.waitUntil(lambda: not window.worker.is_busy(), timeout=5_000)
    view.reflection.setPlainText("Je ne prêterai plus, mais je cherche avec lui une avance du CPAS.")
    qtbot.mouseClick(view.add_reflection_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("avance du CPAS" in view.story.item(i).text() for i in range(view.story.count())),
                    timeout=5_000)
    view.decision.setPlainText("Plus de prêt personnel: orienter vers une aide du CPAS.")
    qtbot.waitUntil(lambda: not view._save_timer.isActive() and not window.worker.is_busy(), timeout=5_000)

    [dilemma] = on_worker(qtbot, window.worker, lambda holder: DilemmaStore(holder.require().database).list())
    assert dilemma.status == "settled" and dilemma.entry_count == 2 and dilemma.reflection_count == 1
    assert dilemma.decision.startswith("Plus de prêt personnel")
    history = [change.status for change in on_worker(
        qtbot, window.worker, lambda holder: DilemmaStore(holder.require().database).status_history(dilemma.uuid))]
    assert history == ["open", "thinking", "to_supervision", "living_with", "settled"]
    groups = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert "Settled (1)" in groups and "Open (0)" in groups  # every status stays in view, in order


def test_kinds_of_question_can_be_added_renamed_and_hidden(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.workspace.show_view(3)
    view = window.workspace.dilemmas
    qtbot.mouseClick(view.categories_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "categories_dialog", None) is not None and view.categories_dialog.isVisible())
    dialog = view.categories_dialog
    assert dialog.list.count() == 11
    dialog.new_name.setText("Secret partagé")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 12, timeout=5_000)
    dialog.list.setCurrentRow(0)
    dialog.name.setText("Jusqu'où m'adapter")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(dialog.list.item(i).text() == "Jusqu'où m'adapter" for i in range(12)), timeout=5_000)
    digital = next(i for i in range(12) if dialog.list.item(i).data(Qt.ItemDataRole.UserRole + 1) == "digital-burden")
    dialog.list.item(digital).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not window.worker.is_busy(), timeout=5_000)
    categories = on_worker(qtbot, window.worker,
                           lambda holder: DilemmaStore(holder.require().database, "en").categories())
    shown = {c.id: c.name for c in categories}
    assert "digital-burden" not in shown and "Jusqu'où m'adapter" in shown.values() and "Secret partagé" in shown.values()


def test_an_entry_can_be_removed_from_a_dilemma(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.worker.submit(lambda h: h.require().entries.add(EntryFields(title="Un appel")))
    add_entries(qtbot, window)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.title.text() == "Un appel")
    dialog = _open_raise_dialog(qtbot, window)
    dialog.title.setText("Un doute")
    dialog.accept()
    assert dialog.error.isVisible() and "at least one" in dialog.error.text()
    dialog.categories.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    view = window.workspace.dilemmas
    qtbot.waitUntil(lambda: any(view.story.item(i).data(Qt.ItemDataRole.UserRole + 1)
                                for i in range(view.story.count())), timeout=5_000)
    row = next(i for i in range(view.story.count()) if view.story.item(i).data(Qt.ItemDataRole.UserRole + 1))
    view.story.setCurrentRow(row)
    view.unlink_action.trigger()
    qtbot.waitUntil(lambda: not any(view.story.item(i).data(Qt.ItemDataRole.UserRole + 1)
                                    for i in range(view.story.count())) and not window.worker.is_busy(), timeout=5_000)
    [dilemma] = on_worker(qtbot, window.worker, lambda holder: DilemmaStore(holder.require().database).list())
    assert dilemma.entry_count == 0
