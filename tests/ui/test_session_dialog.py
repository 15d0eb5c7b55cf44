"""Recording a supervision session through the real dialog, from the supervision view: the
discussed dilemmas move on, the discussed items leave the agenda, follow-ups join it, and
the history shows the session."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.supervision import SupervisionStore
from journal_app.ui.session_dialog import SessionDialog
from journal_app.ui.supervision_view import SupervisionView
from tests.ui.test_supervision_view import journal_worker, refreshed, seed, settle, titles, view  # noqa: F401, F811
from tests.ui.test_weekly_review import on_worker

UuidRole = Qt.ItemDataRole.UserRole + 1


def open_session_dialog(qtbot, view: SupervisionView) -> SessionDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.session_button, Qt.MouseButton.LeftButton)
    dialog = view.session_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    return dialog


def item_row(dialog: SessionDialog, title: str) -> int:
    return next(row for row in range(dialog.items.count()) if dialog.items.item(row).text().endswith(title))


def test_recording_a_session_moves_dilemmas_on_and_leaves_follow_ups(qtbot, view) -> None:
    uuids = on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    view.follow_up.setText("Relire le règlement")
    qtbot.mouseClick(view.add_follow_up_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)

    dialog = open_session_dialog(qtbot, view)
    assert [dialog.items.item(row).text() for row in range(dialog.items.count())] == [
        "Entry: Visite chez Mme D.", "Entry: Appel du soir", "Dilemma: Accepter un cadeau",
        "Follow-up: Relire le règlement"]
    assert all(dialog.items.item(row).checkState() == Qt.CheckState.Checked for row in range(4))  # all, at first
    [status] = dialog.status_boxes.values()
    assert status.currentText() == "Thinking it through" and status.isVisible()
    assert dialog.held_on.date() == QDate.currentDate() and dialog.held_on.calendarPopup()

    dialog.held_on.setDate(dialog.held_on.date().addDays(-1))
    dialog.with_whom.setEditText("Superviseuse")
    dialog.kind.setCurrentIndex(dialog.kind.findData("group"))
    dialog.discussed.setPlainText("Les cadeaux des familles, et les appels du soir.")
    dialog.outcome.setPlainText("Un petit cadeau peut s'accepter s'il est dit à l'équipe.")
    dialog.items.item(item_row(dialog, "Appel du soir")).setCheckState(Qt.CheckState.Unchecked)
    status.setCurrentIndex(status.findData("settled"))
    dialog.follow_ups.setPlainText("En parler en réunion d'équipe\n\n  Revoir dans un mois  \n")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000) as recorded:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    record = recorded.args[0]
    assert record.held_on == date.today() - timedelta(days=1)
    assert (record.with_whom, record.kind) == ("Superviseuse", "group")
    assert record.follow_ups == ("En parler en réunion d'équipe", "Revoir dans un mois")
    settle(qtbot, view)

    # The agenda: what was not discussed stays, the follow-ups join at the end.
    assert titles(view) == ["1. Appel du soir", "2. En parler en réunion d'équipe", "3. Revoir dans un mois"]
    dilemma = on_worker(qtbot, view._worker, lambda h: DilemmaStore(h.require().database).get(uuids["Accepter un cadeau"]))
    assert dilemma.status == "settled"
    entries = on_worker(qtbot, view._worker, lambda h: {e.title: e.for_supervision for e in h.require().entries.list()})
    assert entries["Visite chez Mme D."] is False and entries["Appel du soir"] is True
    assert not on_worker(qtbot, view._worker, lambda h: h.require().has_unsaved_changes())  # saved

    # The history lists it, with what each dilemma became, and counts the kinds brought.
    assert view.tabs.tabText(1) == "History (1)"
    session = view.sessions.topLevelItem(0)
    assert [session.text(1), session.text(2)] == ["Superviseuse", "Group supervision"]
    detail = view.session_detail.toPlainText()
    assert "Les cadeaux des familles" in detail and "Un petit cadeau peut s'accepter" in detail
    assert "Dilemma: Accepter un cadeau → Settled" in detail and "Entry: Visite chez Mme D." in detail
    assert "Appel du soir" not in detail and "Revoir dans un mois" in detail
    assert view.categories.rowCount() == 1
    assert [view.categories.item(0, c).text() for c in range(2)] == ["Ressources personnelles dans le travail", "1"]  # the view's language


def test_a_dilemma_not_discussed_keeps_its_status(qtbot, view) -> None:
    uuids = on_worker(qtbot, view._worker, seed)
    refreshed(qtbot, view)
    dialog = open_session_dialog(qtbot, view)
    [status] = dialog.status_boxes.values()
    dialog.items.item(item_row(dialog, "Accepter un cadeau")).setCheckState(Qt.CheckState.Unchecked)
    assert not status.isVisible() and not dialog.statuses_label.isVisible()
    assert dialog.status_updates() == {}
    dialog.discussed.setPlainText("Seulement les visites.")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        dialog.accept()
    settle(qtbot, view)
    dilemma = on_worker(qtbot, view._worker, lambda h: DilemmaStore(h.require().database).get(uuids["Accepter un cadeau"]))
    assert dilemma.status == "to_supervision"
    assert titles(view) == ["1. Accepter un cadeau"]


def test_an_empty_record_is_refused_in_words_and_nothing_is_recorded(qtbot, view) -> None:
    refreshed(qtbot, view)
    dialog = open_session_dialog(qtbot, view)
    assert dialog.no_items.isVisible() and not dialog.items.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Write what was discussed, or tick what was discussed on the agenda."
    assert on_worker(qtbot, view._worker, lambda h: SupervisionStore(h.require().database).sessions()) == []
    dialog.reject()


def test_with_whom_offers_the_labels_used_before(qtbot, view) -> None:
    def two_sessions(holder) -> None:  # type: ignore[no-untyped-def]
        store = SupervisionStore(holder.require().database)
        for label in ("Équipe", "Superviseuse", "Superviseuse"):
            store.record_session(date(2026, 1, 5), label, "individual", "Un échange.", "")

    on_worker(qtbot, view._worker, two_sessions)
    refreshed(qtbot, view)
    assert view.sessions.topLevelItemCount() == 3
    dialog = open_session_dialog(qtbot, view)
    assert [dialog.with_whom.itemText(i) for i in range(dialog.with_whom.count())] == ["Superviseuse", "Équipe"]
    assert dialog.with_whom.currentText() == "Superviseuse"  # the most used
    assert dialog.held_on.maximumDate() == QDate.currentDate()  # a session is recorded once it was held
    dialog.reject()
