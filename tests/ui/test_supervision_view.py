"""The supervision view through its real widgets over a real journal worker: the agenda of
marked entries and dilemmas, put in order, with the question to bring for each."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.supervision import SupervisionStore
from journal_app.ui.supervision_view import DetailsRole, SupervisionView
from journal_app.ui.worker import JournalHolder, JournalWorker
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.test_weekly_review import on_worker

def seed(holder: JournalHolder) -> dict[str, str]:
    """Two marked entries (23 and 9 days ago), one not marked, a dilemma to bring, one still open."""
    journal = holder.require()
    uuids = {}
    now = datetime.now(UTC)  # when seeded, not when the module was collected: a run crosses midnight
    for title, days, marked in (("Visite chez Mme D.", 23, True), ("Appel du soir", 9, True),
                                ("Réunion d'équipe", 2, False)):
        moment = now - timedelta(days=days)
        uuids[title] = journal.entries.add(EntryFields(title=title, body="…", occurred_at=moment,
                                                       for_supervision=marked),
                                           created_at=moment, updated_at=moment).uuid
    dilemmas = DilemmaStore(journal.database)
    brought = dilemmas.create("Accepter un cadeau", ("personal-resources",))
    dilemmas.set_status(brought.uuid, "to_supervision")
    uuids["Accepter un cadeau"] = brought.uuid
    dilemmas.create("Un dilemme encore ouvert", ("personal-resources",))
    journal.save()
    return uuids


@pytest.fixture
def journal_worker(qtbot, app_settings, tmp_path: Path) -> Iterator[JournalWorker]:  # type: ignore[no-untyped-def]
    worker = JournalWorker()

    def create(holder: JournalHolder) -> None:
        holder.journal = Journal.create(tmp_path / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)[0]

    on_worker(qtbot, worker, create)
    yield worker
    worker.shutdown()
    gc.collect()


@pytest.fixture
def view(qtbot, journal_worker: JournalWorker) -> SupervisionView:  # type: ignore[no-untyped-def]
    supervision = SupervisionView(journal_worker)
    qtbot.addWidget(supervision)
    supervision.resize(880, 560)
    supervision.show()
    return supervision


def refreshed(qtbot, view: SupervisionView) -> SupervisionView:  # type: ignore[no-untyped-def]
    view.refresh()
    settle(qtbot, view)
    return view


def settle(qtbot, view: SupervisionView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view._worker.is_busy() and not view._save_timer.isActive(), timeout=10_000)


def titles(view: SupervisionView) -> list[str]:
    return [view.agenda.item(row).text() for row in range(view.agenda.count())]


def core_agenda(qtbot, view: SupervisionView) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.title for item in on_worker(qtbot, view._worker,
                                             lambda h: SupervisionStore(h.require().database).agenda())]


def test_an_empty_agenda_says_how_items_get_there(qtbot, view) -> None:
    refreshed(qtbot, view)
    assert view.empty_hint.isVisible() and not view.agenda.isVisible()
    assert "for supervision" in view.empty_hint.text() and "to bring to supervision" in view.empty_hint.text()
    assert not view.brief_button.isEnabled() and view.session_button.isEnabled()
    assert view.tabs.tabText(0) == "Agenda (0)" and not view.no_sessions.isHidden()


def test_the_agenda_gathers_what_was_marked_longest_waiting_first(qtbot, view) -> None:
    uuids = on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    assert titles(view) == ["1. Visite chez Mme D.", "2. Appel du soir", "3. Accepter un cadeau"]
    details = [view.agenda.item(row).data(DetailsRole) for row in range(3)]
    assert details[0].startswith("Entry · ") and "waiting for 23 days" in details[0]
    assert "waiting for 9 days" in details[1]
    assert details[2].startswith("Dilemma · ") and "added today" in details[2] and details[2].endswith("no question yet")
    assert view.tabs.tabText(0) == "Agenda (3)" and not view.empty_hint.isVisible()
    assert view.item_title.text() == "Visite chez Mme D."  # the first item is in hand
    assert view.open_button.text() == "&Open the entry"

    with qtbot.waitSignal(view.open_entry) as opened:
        view.agenda.itemActivated.emit(view.agenda.item(0))
    assert opened.args == [uuids["Visite chez Mme D."]]
    view.agenda.setCurrentRow(2)
    assert view.open_button.text() == "&Open the dilemma"
    with qtbot.waitSignal(view.open_dilemma) as opened:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [uuids["Accepter un cadeau"]]


def test_moving_items_changes_the_order_in_the_journal(qtbot, view) -> None:
    on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    assert not view.up_button.isEnabled()
    qtbot.mouseClick(view.down_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert titles(view) == ["1. Appel du soir", "2. Visite chez Mme D.", "3. Accepter un cadeau"]
    assert view.agenda.currentItem().text() == "2. Visite chez Mme D."  # the moved item stays in hand
    assert core_agenda(qtbot, view) == ["Appel du soir", "Visite chez Mme D.", "Accepter un cadeau"]

    view.agenda.setCurrentRow(2)
    view.agenda.setFocus()
    qtbot.keyClick(view.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, view)
    assert core_agenda(qtbot, view) == ["Appel du soir", "Accepter un cadeau", "Visite chez Mme D."]

    # A drag and drop moves the row in the list first: the journal follows.
    view.agenda.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    settle(qtbot, view)
    assert core_agenda(qtbot, view) == ["Visite chez Mme D.", "Appel du soir", "Accepter un cadeau"]
    assert titles(view) == ["1. Visite chez Mme D.", "2. Appel du soir", "3. Accepter un cadeau"]
    assert not on_worker(qtbot, view._worker, lambda h: h.require().has_unsaved_changes())  # saved each time


def test_the_question_is_saved_as_it_is_typed(qtbot, view) -> None:
    on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    view.agenda.setCurrentRow(1)
    view.question.setPlainText("Jusqu'où répondre le soir ?")
    assert view._save_timer.isActive()
    settle(qtbot, view)
    agenda = on_worker(qtbot, view._worker, lambda h: SupervisionStore(h.require().database).agenda())
    assert [item.question for item in agenda] == ["", "Jusqu'où répondre le soir ?", ""]
    assert not on_worker(qtbot, view._worker, lambda h: h.require().has_unsaved_changes())
    assert not view.agenda.item(1).data(DetailsRole).endswith("no question yet")

    # Moving to another item right after typing saves what was typed first.
    view.question.setPlainText("Et le week-end ?")
    view.agenda.setCurrentRow(2)
    assert view.question.toPlainText() == ""
    settle(qtbot, view)
    agenda = on_worker(qtbot, view._worker, lambda h: SupervisionStore(h.require().database).agenda())
    assert agenda[1].question == "Et le week-end ?"
    view.agenda.setCurrentRow(1)
    assert view.question.toPlainText() == "Et le week-end ?"


def test_follow_ups_are_added_and_items_taken_off(qtbot, view) -> None:
    on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    view.follow_up.setText("Revenir sur les horaires du soir")
    qtbot.keyClick(view.follow_up, Qt.Key.Key_Return)
    settle(qtbot, view)
    assert titles(view)[-1] == "4. Revenir sur les horaires du soir" and view.follow_up.text() == ""
    assert view.agenda.currentItem().text() == "4. Revenir sur les horaires du soir"
    assert not view.open_button.isVisible()

    view.agenda.setCurrentRow(0)  # no question written: taken off at once
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert titles(view) == ["1. Appel du soir", "2. Accepter un cadeau", "3. Revenir sur les horaires du soir"]
    entries = on_worker(qtbot, view._worker, lambda h: {e.title: e.for_supervision for e in h.require().entries.list()})
    assert entries["Visite chez Mme D."] is False  # no longer marked, so it does not come back

    view.agenda.setCurrentRow(1)
    view.question.setPlainText("Un cadeau de 5 euros ?")
    settle(qtbot, view)
    view.agenda.setFocus()
    qtbot.keyClick(view.agenda, Qt.Key.Key_Delete)
    box = view.confirm_box
    assert box.isVisible() and "Accepter un cadeau" in box.text()
    box.button(box.StandardButton.Cancel).click()
    settle(qtbot, view)
    assert len(titles(view)) == 3
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    view.confirm_box.button(view.confirm_box.StandardButton.Yes).click()
    settle(qtbot, view)
    assert titles(view) == ["1. Appel du soir", "2. Revenir sur les horaires du soir"]
    [dilemma] = [d for d in on_worker(qtbot, view._worker, lambda h: DilemmaStore(h.require().database).list())
                 if d.title == "Accepter un cadeau"]
    assert dilemma.status == "open"  # back where it stood before
    refreshed(qtbot, view)
    assert titles(view) == ["1. Appel du soir", "2. Revenir sur les horaires du soir"]


def test_marks_made_elsewhere_reach_the_agenda_on_refresh(qtbot, view) -> None:
    on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)

    def mark_the_meeting(holder: JournalHolder) -> None:
        journal = holder.require()
        [record] = [e for e in journal.entries.list() if e.title == "Réunion d'équipe"]
        journal.entries.update(record.uuid, replace(record.fields_only(), for_supervision=True))

    on_worker(qtbot, view._worker, mark_the_meeting)
    refreshed(qtbot, view)
    assert titles(view)[-1] == "4. Réunion d'équipe"
    assert not on_worker(qtbot, view._worker, lambda h: h.require().has_unsaved_changes())


def test_prepare_the_brief_opens_the_review_of_the_agenda(qtbot, view) -> None:
    on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    qtbot.mouseClick(view.brief_button, Qt.MouseButton.LeftButton)
    dialog = view.review_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog._brief is not None and not view._worker.is_busy(), timeout=10_000)
    preview = dialog.preview.toPlainText()
    assert "Visite chez Mme D." in preview and "Accepter un cadeau" in preview and "Réunion d'équipe" not in preview
    assert dialog._default_name.startswith("supervision-")
    dialog.reject()


def test_clear_forgets_everything_shown(qtbot, view) -> None:
    on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    view.agenda.setCurrentRow(1)
    view.question.setPlainText("Pas encore enregistré")
    view.clear()
    assert view.agenda.count() == 0 and view.sessions.topLevelItemCount() == 0
    assert view.item_title.text() == "" and view.question.toPlainText() == "" and not view.item_panel.isEnabled()
    assert not view._save_timer.isActive()  # nothing is saved once the journal is closing


def test_the_history_before_any_session_is_one_sentence_and_one_action(qtbot, view) -> None:
    """Issue 16: no wall of empty boxes; the one thing to do is at hand, and it works."""
    on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    view.show()
    qtbot.keyClick(view.tabs.tabBar(), Qt.Key.Key_Right)  # to the History tab, as a person would
    assert view.tabs.currentIndex() == 1
    assert view.no_sessions.isVisible() and view.history_record_button.isVisible()
    assert not view.sessions.isVisible() and not view.categories_card.isVisible()
    assert not view.detail_card.isVisible()  # no empty panel beside it
    qtbot.mouseClick(view.history_record_button, Qt.MouseButton.LeftButton)
    dialog = view.session_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    dialog.discussed.setPlainText("Les cadeaux des familles.")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    qtbot.waitUntil(lambda: view.sessions.topLevelItemCount() == 1, timeout=10_000)
    assert view.sessions.isVisible() and view.detail_card.isVisible() and view.categories_card.isVisible()
    assert not view.history_record_button.isVisible() and not view.no_sessions.isVisible()


def test_an_empty_agenda_is_one_sentence_and_one_action_until_something_is_added(qtbot, view) -> None:
    """Issue 16: no empty list, no buttons to reorder nothing, no empty panel beside it; typing a
    reminder of one's own brings the agenda back as usual."""
    refreshed(qtbot, view)
    assert view.empty_hint.isVisible() and view.follow_up.isVisible() and view.add_follow_up_button.isVisible()
    assert not any(widget.isVisible() for widget in (view.agenda, view.agenda_intro, view.up_button,
                                                     view.down_button, view.remove_button, view.item_panel))
    view.follow_up.setFocus()
    qtbot.keyClicks(view.follow_up, "Relire le cadre")
    qtbot.keyClick(view.follow_up, Qt.Key.Key_Return)
    settle(qtbot, view)
    qtbot.waitUntil(lambda: view.agenda.count() == 1, timeout=10_000)
    assert not view.empty_hint.isVisible()
    assert all(widget.isVisible() for widget in (view.agenda, view.agenda_intro, view.up_button,
                                                 view.down_button, view.remove_button, view.item_panel))
