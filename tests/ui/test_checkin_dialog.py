"""The check-in through the real dialog: answered with the mouse and the keyboard, saved on the
worker, scored as the core scores it, results in plain words, where to turn when scores rise."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from journal_app.core.checkins import CheckinStore, extra_questions, instrument, score
from journal_app.ui.checkin_dialog import CheckinDialog, CheckinSettingsWidget, WhereToTurnDialog
from tests.ui.test_main_window import create_through_ui, finish_recovery_code, on_worker

ITEMS = [item.id for item in instrument("en").items]
EXTRAS = [question.id for question in extra_questions("en").questions]


@pytest.fixture
def unlocked(qtbot, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    return window


def checkins_of(qtbot, window, ask):  # type: ignore[no-untyped-def]
    """``ask(CheckinStore)``, answered on the journal's worker."""
    return on_worker(qtbot, window.worker, lambda holder: ask(CheckinStore(holder.require().database)))


def seed(qtbot, window, *answer_sets: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    """Earlier check-ins, two weeks apart, the last one two weeks ago."""
    now = datetime.now().astimezone()
    for weeks_ago, answers in zip(range(2 * len(answer_sets), 0, -2), answer_sets, strict=True):
        window.worker.submit(lambda h, a=answers, w=weeks_ago: CheckinStore(h.require().database).record(
            a, at=now - timedelta(weeks=w)))
    qtbot.waitUntil(lambda: not window.worker.is_busy())


def open_dialog(qtbot, window, language: str = "en") -> CheckinDialog:  # type: ignore[no-untyped-def]
    dialog = CheckinDialog(window.worker, language, window)
    dialog.open()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    return dialog


def start(qtbot, dialog: CheckinDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.start_button.isVisible() and dialog.start_button.isDefault()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1 and dialog.save_button.isVisible()


def answer_all(qtbot, dialog: CheckinDialog, column: int) -> None:  # type: ignore[no-untyped-def]
    for row in dialog.rows:
        qtbot.mouseClick(row.buttons[column], Qt.MouseButton.LeftButton)


def save(qtbot, dialog: CheckinDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.recorded, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 2 and dialog.close_button.isVisible()


def texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_answers_by_mouse_and_keyboard_are_saved_and_scored_as_the_core_does(qtbot, unlocked) -> None:
    dialog = open_dialog(qtbot, unlocked)
    start(qtbot, dialog)
    rows = dialog.cbi_rows
    assert dialog.progress_label.text() == "0 of 25 answered" and not dialog.save_button.isEnabled()
    # The mouse: personal items 1-3, each in another column; item 1 clicked twice is cleared (skipped).
    for item, column in (("cbi-personal-1", 0), ("cbi-personal-2", 1), ("cbi-personal-3", 4)):
        qtbot.mouseClick(rows[item].buttons[column], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows["cbi-personal-1"].buttons[0], Qt.MouseButton.LeftButton)
    assert rows["cbi-personal-1"].value() is None
    # The keyboard: a number chooses its column and goes on to the next question.
    rows["cbi-work-1"].focus_answers()
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_5):
        qtbot.keyClick(dialog.focusWidget(), key)
    assert [rows[f"cbi-work-{n}"].value() for n in (1, 2, 3, 4)] == [75, 50, 100, 0]
    assert rows["cbi-work-5"].buttons[0].hasFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)  # picks the first answer, then moves right
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert rows["cbi-work-5"].value() == 75
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Delete)
    assert rows["cbi-work-5"].value() is None
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # Tab: one stop per question, not per answer
    assert any(button.hasFocus() for button in rows["cbi-work-6"].buttons)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_1)  # work item 7, the reverse one: "Always"
    assert rows["cbi-work-7"].value() == 100
    # All six client items, and two of Carnet's own questions (shown highest first).
    for row, column in zip([rows[f"cbi-client-{n}"] for n in range(1, 7)], (0, 1, 1, 2, 3, 4), strict=True):
        qtbot.mouseClick(row.buttons[column], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.extra_rows["time-to-breathe"].buttons[0], Qt.MouseButton.LeftButton)  # always
    qtbot.mouseClick(dialog.extra_rows["sense-of-meaning"].buttons[4], Qt.MouseButton.LeftButton)  # not at all
    assert dialog.progress_label.text() == "15 of 25 answered" and dialog.progress.value() == 15

    answers = {item: value for item, value in dialog.answers().items() if value is not None}
    assert answers == {"cbi-personal-2": 75, "cbi-personal-3": 0, "cbi-work-1": 75, "cbi-work-2": 50,
                       "cbi-work-3": 100, "cbi-work-4": 0, "cbi-work-7": 100, "cbi-client-1": 100,
                       "cbi-client-2": 75, "cbi-client-3": 75, "cbi-client-4": 50, "cbi-client-5": 25,
                       "cbi-client-6": 0}
    save(qtbot, dialog)

    [record] = checkins_of(qtbot, unlocked, CheckinStore.history)
    assert record.answers == answers
    assert record.extra == {"time-to-breathe": 4, "sense-of-meaning": 0}
    expected = score(answers)
    assert record.scores.as_dict() == expected.as_dict()
    assert expected.personal is None  # two of six answered: no score, not a zero
    assert expected.work == pytest.approx((75 + 50 + 100 + 0 + 0) / 5)  # the reverse item: "always" counts 0
    shown = {scale: texts(box) for scale, box in dialog.score_boxes.items()}
    assert "no score this time" in shown["personal"] and "at least 3 of its 6" in shown["personal"]
    assert "45 out of 100" in shown["work"] and "54 out of 100" in shown["client"]
    assert "first score" in shown["work"]
    assert "Time to breathe: Always" in dialog.extras_summary.text()
    assert not dialog.talk_box.isVisibleTo(dialog) and dialog.where is None
    assert dialog.help_button.isVisible()  # where to turn stays one click away
    for scale_text in shown.values():
        assert "burn" not in scale_text.lower()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_rising_scores_bring_a_suggestion_to_talk_and_where_to_turn(qtbot, unlocked) -> None:
    low = dict.fromkeys(ITEMS, 25)
    seed(qtbot, unlocked, low, low)
    dialog = open_dialog(qtbot, unlocked, "fr")
    assert "14" in dialog.interval_text.text() and dialog.last_text.isVisible()
    start(qtbot, dialog)
    answer_all(qtbot, dialog, 1)  # "often" / "to a high degree": 75 everywhere
    save(qtbot, dialog)

    outcome = dialog.outcome
    assert outcome is not None and outcome.suggest_talking
    assert {signal.scale for signal in outcome.signals} == {"personal", "work", "client"}
    assert "Higher than in your earlier check-ins" in texts(dialog.score_boxes["personal"])
    assert "75 out of 100" in texts(dialog.score_boxes["personal"])
    assert dialog.talk_box.isVisibleTo(dialog)
    assert "talking with someone" in dialog.talk_text.text() and "from 25 to 75" in dialog.talk_text.text()
    where = dialog.where
    assert where is not None and where.isVisibleTo(dialog)
    listed = where.text()
    for resource in where.resources:
        assert resource.name in listed
    assert "Conseiller en prévention aspects psychosociaux" in listed and "Personne de confiance" in listed
    assert where.crisis_box is not None and "Crisis lines" in texts(where.crisis_box)
    phones = [label.text() for label in where.crisis_box.findChildren(QLabel, "phone")]
    assert any("0800 32 123" in phone for phone in phones) and any("112" in phone for phone in phones)
    assert all(label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
               for label in where.findChildren(QLabel, "phone"))
    assert not dialog.help_button.isVisible()  # the list is already on the page


def test_stable_low_scores_bring_no_suggestion(qtbot, unlocked) -> None:
    never = {item: 0 for item in ITEMS}
    seed(qtbot, unlocked, never, never)
    dialog = open_dialog(qtbot, unlocked)
    start(qtbot, dialog)
    answer_all(qtbot, dialog, 4)
    save(qtbot, dialog)
    assert dialog.outcome is not None and not dialog.outcome.suggest_talking
    assert "About the same as in your earlier check-ins" in texts(dialog.score_boxes["client"])
    assert dialog.where is None and not dialog.talk_box.isVisibleTo(dialog)
    dialog.help_button.click()  # where to turn, any time, with the crisis lines first
    help_dialog = dialog.where_dialog
    assert isinstance(help_dialog, WhereToTurnDialog) and help_dialog.isVisible()
    assert "112" in help_dialog.where.text()
    assert help_dialog.where.layout().indexOf(help_dialog.where.crisis_box) == 0
    help_dialog.reject()


def test_escape_or_cancel_stores_nothing(qtbot, unlocked) -> None:
    dialog = open_dialog(qtbot, unlocked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # from the first page
    assert not dialog.isVisible()
    dialog = open_dialog(qtbot, unlocked)
    start(qtbot, dialog)
    answer_all(qtbot, dialog, 2)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter on an answer does not save
    assert dialog.isVisible() and dialog.pages.currentIndex() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog = open_dialog(qtbot, unlocked)
    start(qtbot, dialog)
    answer_all(qtbot, dialog, 2)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not unlocked.worker.is_busy())
    assert not dialog.isVisible()
    assert checkins_of(qtbot, unlocked, CheckinStore.history) == []


def test_a_failed_save_keeps_the_answers_and_stores_nothing(qtbot, unlocked, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, unlocked)
    start(qtbot, dialog)
    answer_all(qtbot, dialog, 0)
    (tmp_path / "j.carnet").write_bytes(b"changed by a synchronisation service")
    with qtbot.waitSignal(dialog.failed, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1 and dialog.error.isVisible()
    assert "still here" in dialog.error.text() and "changed by another program" in dialog.error.text()
    assert dialog.answered_count() == 25 and dialog.save_button.isEnabled()
    assert checkins_of(qtbot, unlocked, CheckinStore.history) == []  # not on disk, so not kept in memory to be counted twice


@pytest.mark.parametrize(("language", "translated"), [("fr", True), ("nl", True), ("en", False)])
def test_credit_and_translation_note(qtbot, unlocked, language: str, translated: bool) -> None:
    dialog = open_dialog(qtbot, unlocked, language)
    credit = dialog.credit.text()
    for part in ("Copenhagen Burnout Inventory", "Kristensen", "Borritz", "Villadsen", "Christensen", "2005",
                 "Work & Stress 19(3):192-207", "NFA", "10.1080/02678370500297720"):
        assert part in credit
    assert credit.startswith(instrument(language).credit)  # the credit as the data file words it
    start(qtbot, dialog)
    assert dialog.translation_note.isVisible() is translated
    if translated:
        assert "not a validated version" in dialog.translation_note.text()
    first_item = instrument(language).items[0].text
    assert first_item in dialog.cbi_rows["cbi-personal-1"].label.text()  # the wording from the TOML
    assert dialog.extras.credit in texts(dialog)


def test_settings_widget_round_trip(qtbot, unlocked) -> None:
    widget = CheckinSettingsWidget(unlocked.worker)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5_000):
        widget.load()
    assert widget.every.value() == 14 and not widget.off.isChecked() and widget.every.isEnabled()
    widget.every.setValue(21)
    with qtbot.waitSignal(widget.saved, timeout=5_000):
        widget.save()
    again = CheckinSettingsWidget(unlocked.worker)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.loaded, timeout=5_000):
        again.load()
    assert again.every.value() == 21 and not again.off.isChecked()
    qtbot.mouseClick(again.off, Qt.MouseButton.LeftButton)
    assert not again.every.isEnabled()
    with qtbot.waitSignal(again.saved, timeout=5_000):
        again.save()
    settings = checkins_of(qtbot, unlocked, CheckinStore.settings)
    assert (settings.enabled, settings.every_days) == (False, 21)
    dialog = open_dialog(qtbot, unlocked)
    assert "turned off" in dialog.interval_text.text()
