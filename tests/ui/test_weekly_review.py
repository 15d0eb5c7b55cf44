"""The weekly review through its real widgets, on a hand-built journal with a known week."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.metrics import KEYS, Period, WorkloadMetrics
from journal_app.core.prompts import PromptEngine, load_library
from journal_app.ui import labels
from journal_app.ui.weekly_review import ABOUT, LESS, MORE, WeeklyReviewView, comparison
from journal_app.ui.worker import JournalHolder, JournalWorker
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.test_main_window import on_worker

BRUSSELS = timezone(timedelta(hours=1))  # November: no daylight-saving time
# 2026-W47 runs from Monday 16 to Sunday 22 November 2026; "now" is its Wednesday.
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=BRUSSELS)
W47 = Period.week("2026-W47")


def open_journal_worker(qtbot, tmp_path: Path) -> Iterator[JournalWorker]:  # type: ignore[no-untyped-def]
    """A worker holding a new, open journal (created on the worker's thread); shut down after."""
    worker = JournalWorker()

    def create(holder: JournalHolder) -> None:
        holder.journal, _code = Journal.create(tmp_path / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)

    on_worker(qtbot, worker, create)
    yield worker
    worker.shutdown()


@pytest.fixture
def journal_worker(qtbot, tmp_path: Path) -> Iterator[JournalWorker]:  # type: ignore[no-untyped-def]
    yield from open_journal_worker(qtbot, tmp_path)


def at(day: int, hour: int = 12, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=BRUSSELS)


def seed_weeks(holder: JournalHolder) -> dict[str, str]:
    """Six quiet weeks before W47 (one contact, weight 3 each), then a heavier W47: four
    contacts, two of them off-hours, weights 6 and 8, one entry for supervision, an open
    dilemma, and a question shown and written about on its Monday."""
    journal = holder.require()
    add = journal.entries.add
    for weeks_back in range(1, 7):
        add(EntryFields(kind="contact", title="Visite", channel="office", emotional_weight=3,
                        occurred_at=at(17) - timedelta(weeks=weeks_back)))
    uuids = {
        "late": add(EntryFields(kind="contact", title="Appel tardif", channel="personal_phone", off_hours=True,
                                emotional_weight=8, duration_minutes=20, occurred_at=at(16, 21))).uuid,
        "weekend": add(EntryFields(kind="contact", title="SMS du samedi", channel="messaging", off_hours=True,
                                   occurred_at=at(14, 10))).uuid,  # Saturday of W46
        "supervision": add(EntryFields(kind="contact", title="Réunion difficile", channel="office",
                                       emotional_weight=6, for_supervision=True, occurred_at=at(17, 10))).uuid,
        "office": add(EntryFields(kind="contact", title="Permanence", channel="office", occurred_at=at(18, 9))).uuid,
        "weekend2": add(EntryFields(kind="contact", title="Appel du dimanche", channel="personal_phone",
                                    off_hours=True, occurred_at=at(15, 18))).uuid,  # Sunday of W46
        "monday_evening": add(EntryFields(kind="contact", title="Message du soir", channel="messaging",
                                          off_hours=True, occurred_at=at(16, 20))).uuid,
    }
    dilemma = DilemmaStore(journal.database, "en", clock=lambda: NOW).create(
        "Lending money to A.", ["personal-resources"], uuids["late"], opened_at=at(2))
    uuids["dilemma"] = dilemma.uuid
    engine = PromptEngine(journal.database, lambda: at(16, 22))
    shown = engine.next_prompt("en")
    assert shown is not None
    engine.answer(shown.id)
    engine.link_entry(shown.id, uuids["late"])
    uuids["prompt"] = shown.id
    return uuids


@pytest.fixture
def seeded(qtbot, journal_worker: JournalWorker) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return on_worker(qtbot, journal_worker, seed_weeks)


@pytest.fixture
def view(qtbot, journal_worker: JournalWorker) -> WeeklyReviewView:  # type: ignore[no-untyped-def]
    widget = WeeklyReviewView(journal_worker, clock=lambda: NOW)
    widget.language = "en"
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    return widget


def core_figures(qtbot, worker: JournalWorker, week: Period) -> tuple[dict[str, Any], dict[str, Any]]:  # type: ignore[no-untyped-def]
    def work(holder: JournalHolder) -> tuple[dict[str, Any], dict[str, Any]]:
        metrics = WorkloadMetrics(holder.require().database)
        return (metrics.period(week).as_dict(),
                {key: metrics.usual_level(key, until=week.first) for key in KEYS})

    return on_worker(qtbot, worker, work)


def table(view: WeeklyReviewView) -> list[list[str]]:
    return [[view.figures.item(row, column).text() for column in range(4)] for row in range(view.figures.rowCount())]


def items(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(row).text() for row in range(widget.count())]


def refresh(qtbot, view: WeeklyReviewView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()


def test_the_weeks_figures_are_the_cores_next_to_the_usual_level(qtbot, view, seeded, journal_worker) -> None:  # type: ignore[no-untyped-def]
    refresh(qtbot, view)
    assert view.week == W47 and view.title.text().startswith("Week 47")
    values, usual = core_figures(qtbot, journal_worker, W47)
    assert values["contacts"] == 4 and values["off_hours_contacts"] == 2 and usual["contacts"] == 1.0
    rows = table(view)
    assert [row[0] for row in rows] == [labels.metric(key) for key in KEYS]
    for key, row in zip(KEYS, rows):
        assert row[1] == labels.metric_value(key, values[key]), key
        assert row[2] == labels.metric_value(key, usual[key]), key
    by_key = dict(zip(KEYS, rows))
    assert by_key["contacts"][3] == "more than usual"
    assert by_key["off_hours_contacts"][3] == "more than usual"
    assert by_key["weight_peak"][3] == "more than usual"
    assert by_key["out_of_frame"][3] == "about as usual"
    assert by_key["beyond_schedule_minutes"][1:] == ["—", "—", "not known yet"]  # no working hours set

    # The question shown on Monday, its kind and what was done with it; Enter opens what was written.
    [prompt_text] = items(view.prompts)
    library = {prompt.id: prompt.text for prompt in load_library("en")}
    assert prompt_text.startswith(library[seeded["prompt"]].replace("{count}", "…"))
    assert "you wrote about it" in prompt_text and "Monday" in prompt_text
    with qtbot.waitSignal(view.open_entry) as opened:
        view.prompts.itemActivated.emit(view.prompts.item(0))
    assert opened.args == [seeded["late"]]

    # The open dilemma, with its age today (opened on 2 November) and its status.
    [dilemma_text] = items(view.dilemmas)
    assert dilemma_text.startswith("Lending money to A.") and "Open" in dilemma_text and "16 day" in dilemma_text
    with qtbot.waitSignal(view.open_dilemma) as opened:
        view.dilemmas.itemActivated.emit(view.dilemmas.item(0))
    assert opened.args == [seeded["dilemma"]]

    [supervision_text] = items(view.supervision)
    assert "Réunion difficile" in supervision_text
    with qtbot.waitSignal(view.open_entry) as opened:
        view.supervision.itemActivated.emit(view.supervision.item(0))
    assert opened.args == [seeded["supervision"]]


def test_navigation_changes_the_week(qtbot, view, seeded, journal_worker) -> None:  # type: ignore[no-untyped-def]
    refresh(qtbot, view)
    assert not view.next_button.isEnabled() and not view.this_week_button.isEnabled()  # no future weeks
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    w46 = Period.week("2026-W46")
    assert view.week == w46 and view.title.text().startswith("Week 46")
    assert view.next_button.isEnabled() and view.this_week_button.isEnabled()
    values, usual = core_figures(qtbot, journal_worker, w46)
    assert values["off_hours_contacts"] == 2  # the weekend's two
    assert [row[1] for row in table(view)] == [labels.metric_value(key, values[key]) for key in KEYS]
    assert [row[2] for row in table(view)] == [labels.metric_value(key, usual[key]) for key in KEYS]
    assert items(view.prompts) == ["No question this week."]
    assert items(view.supervision) == ["Nothing to bring to supervision."]
    assert not view.supervision.item(0).flags() & Qt.ItemFlag.ItemIsEnabled

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.this_week_button, Qt.MouseButton.LeftButton)
    assert view.week == W47 and len(items(view.supervision)) == 1
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.previous_week()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.week == W47
    view.next_week()  # never past this week
    assert view.week == W47


def test_write_reflection_emits_the_chosen_template(qtbot, view, seeded) -> None:  # type: ignore[no-untyped-def]
    refresh(qtbot, view)
    assert view.template.currentText() == "A blank page"  # no weekly-review template is shipped
    with qtbot.waitSignal(view.write_reflection) as written:
        qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    assert written.args == [None]

    gibbs = next(i for i in range(view.template.count())
                 if view.template.itemData(i) is not None and view.template.itemData(i).id == "gibbs")
    view.template.setCurrentIndex(gibbs)
    view.template.activated.emit(gibbs)
    with qtbot.waitSignal(view.write_reflection) as written:
        qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    [template] = written.args
    assert template.id == "gibbs" and template.name == "Gibbs reflective cycle" and template.sections
    refresh(qtbot, view)
    assert view.template.currentData().id == "gibbs"  # the choice holds while Carnet is open

    view.clear()
    assert view.figures.rowCount() == 0 and view.prompts.count() == 0 and view.review is None
    assert view.template.currentText() == "A blank page"


def test_an_empty_journal_reads_calmly(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    refresh(qtbot, view)
    rows = table(view)
    assert len(rows) == len(KEYS)
    assert all(row[3] == "not known yet" for row in rows)  # no earlier weeks: no usual level
    assert items(view.dilemmas) == ["No dilemma was open."]


def test_the_comparison_says_more_about_or_less_with_some_tolerance() -> None:
    assert comparison("contacts", 4, 1.0) == MORE
    assert comparison("contacts", 1, 1.0) == ABOUT
    assert comparison("contacts", 0, 1.0) == LESS
    assert comparison("contacts", 11, 10.0) == ABOUT  # within 15% of a larger usual level
    assert comparison("contacts", 1, 0.0) == MORE  # one where there is usually none shows
    assert comparison("weight_average", 5.4, 5.0) == ABOUT
    assert comparison("weight_average", 5.6, 5.0) == MORE
    assert comparison("off_hours_minutes", 25, 20.0) == ABOUT
    assert comparison("off_hours_minutes", 45, 20.0) == MORE
    assert comparison("contacts", None, 2.0) is None
    assert comparison("contacts", 2, None) is None


def test_week_boundaries_follow_the_clock(qtbot, journal_worker) -> None:  # type: ignore[no-untyped-def]
    sunday_night = datetime(2026, 11, 22, 23, 59, tzinfo=BRUSSELS)
    clock = {"now": sunday_night}
    widget = WeeklyReviewView(journal_worker, clock=lambda: clock["now"])
    qtbot.addWidget(widget)
    assert widget.week == W47
    clock["now"] = sunday_night + timedelta(minutes=1)
    widget.clear()  # on locking: back to the week of today
    assert widget.week.first == date(2026, 11, 23)


def test_in_french_with_a_one_and_a_half_font_the_page_fits_beside_the_navigation(qtbot, journal_worker, qapp) -> None:
    """Issue 16: the cards' breathing room must not push the page past a 1280-pixel screen with a
    larger system font (the navigation then takes about 260 pixels)."""
    from PySide6.QtGui import QFont

    from journal_app.ui.i18n import Translations

    normal = QFont(qapp.font())
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * 1.5)
    translations = Translations(qapp)
    assert translations.apply("fr")
    qapp.setFont(larger)
    try:
        widget = WeeklyReviewView(journal_worker, clock=lambda: NOW)
        qtbot.addWidget(widget)
        widget.show()
        widget.refresh()
        qtbot.waitUntil(lambda: widget.review is not None and not journal_worker.is_busy(), timeout=10_000)
        assert widget.minimumSizeHint().width() <= 1280 - 260, widget.minimumSizeHint()
    finally:
        qapp.setFont(normal)
        translations.apply("en")
