"""The daily reminder: when it is due, with a hand-moved clock (no real waiting: the timer's
timeout is fired by hand), and what its message says (never anything from the journal)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.limits import LimitStore
from journal_app.core.prompts import NOTIFICATION_TEXT, PromptEngine
from journal_app.core.resources import LANGUAGES
from journal_app.core.templates import TemplateSection, TemplateStore
from journal_app.ui.reminder import CHECK_MS, DailyReminder, reminder_message
from journal_app.ui.settings import AppSettings
from journal_app.ui.worker import JournalHolder, JournalWorker
from tests.ui.test_weekly_review import on_worker, open_journal_worker

BRUSSELS = timezone(timedelta(hours=1))
CANARY = "Quokkazanzibar"
MINUTE_MS = 60_000


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now



@pytest.fixture
def journal_worker(qtbot, tmp_path: Path) -> Iterator[JournalWorker]:  # type: ignore[no-untyped-def]
    yield from open_journal_worker(qtbot, tmp_path)

@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.reminder_enabled = True
    settings.reminder_time = time(16, 30)
    return settings


def make(qapp, app_settings: AppSettings, now: datetime) -> tuple[DailyReminder, Clock, list[str]]:  # type: ignore[no-untyped-def]
    clock = Clock(now)
    reminder = DailyReminder(app_settings, clock)
    fired: list[str] = []

    def on_due(*args: object) -> None:
        assert args == ()  # the signal itself carries nothing the main window could show
        fired.append(clock.now.isoformat())

    reminder.due.connect(on_due)
    reminder.rearm()
    return reminder, clock, fired


def test_the_interval_runs_to_the_chosen_time_today(qapp, app_settings) -> None:  # type: ignore[no-untyped-def]
    reminder, _clock, _fired = make(qapp, app_settings, datetime(2026, 11, 18, 16, 0, tzinfo=BRUSSELS))
    assert reminder.target == datetime(2026, 11, 18, 16, 30, tzinfo=BRUSSELS)
    assert reminder.milliseconds_until_due() == 30 * MINUTE_MS
    # Never armed for longer than a few minutes: the clock is looked at again after sleep.
    assert reminder.timer.isActive() and reminder.timer.isSingleShot() and reminder.timer.interval() == CHECK_MS
    reminder.stop()


def test_the_interval_crosses_midnight(qapp, app_settings) -> None:  # type: ignore[no-untyped-def]
    app_settings.reminder_time = time(0, 15)
    reminder, _clock, _fired = make(qapp, app_settings, datetime(2026, 12, 31, 23, 50, tzinfo=BRUSSELS))
    assert reminder.target == datetime(2027, 1, 1, 0, 15, tzinfo=BRUSSELS)
    assert reminder.milliseconds_until_due() == 25 * MINUTE_MS
    app_settings.reminder_time = time(7, 0)
    reminder.rearm()  # a time already past today: tomorrow
    assert reminder.target == datetime(2027, 1, 1, 7, 0, tzinfo=BRUSSELS)
    assert reminder.milliseconds_until_due() == (7 * 60 + 10) * MINUTE_MS
    app_settings.reminder_time = time(23, 52)
    reminder.rearm()
    assert reminder.milliseconds_until_due() == 2 * MINUTE_MS and reminder.timer.interval() == 2 * MINUTE_MS
    reminder.stop()


def test_due_once_a_day_at_the_time(qapp, app_settings) -> None:  # type: ignore[no-untyped-def]
    reminder, clock, fired = make(qapp, app_settings, datetime(2026, 11, 18, 16, 0, tzinfo=BRUSSELS))
    clock.now = datetime(2026, 11, 18, 16, 27, tzinfo=BRUSSELS)
    reminder.timer.timeout.emit()  # a check before the time: nothing yet, armed for the rest
    assert fired == [] and reminder.timer.interval() == 3 * MINUTE_MS
    clock.now = datetime(2026, 11, 18, 16, 30, tzinfo=BRUSSELS)
    reminder.timer.timeout.emit()
    assert fired == ["2026-11-18T16:30:00+01:00"]
    assert reminder.target == datetime(2026, 11, 19, 16, 30, tzinfo=BRUSSELS)
    reminder.timer.timeout.emit()
    app_settings.reminder_time = time(18, 0)
    reminder.rearm()  # a later time the same day does not bring a second reminder
    assert reminder.target == datetime(2026, 11, 19, 18, 0, tzinfo=BRUSSELS)
    assert fired == ["2026-11-18T16:30:00+01:00"]
    reminder.stop()


def test_after_sleep_late_the_same_day_but_not_the_next(qapp, app_settings) -> None:  # type: ignore[no-untyped-def]
    reminder, clock, fired = make(qapp, app_settings, datetime(2026, 11, 18, 16, 0, tzinfo=BRUSSELS))
    clock.now = datetime(2026, 11, 18, 19, 10, tzinfo=BRUSSELS)  # woke up after the time
    reminder.timer.timeout.emit()
    assert fired == ["2026-11-18T19:10:00+01:00"]

    reminder, clock, fired = make(qapp, app_settings, datetime(2026, 11, 18, 16, 0, tzinfo=BRUSSELS))
    clock.now = datetime(2026, 11, 19, 10, 0, tzinfo=BRUSSELS)  # woke up the next morning
    reminder.timer.timeout.emit()
    assert fired == []
    assert reminder.target == datetime(2026, 11, 19, 16, 30, tzinfo=BRUSSELS)
    reminder.stop()


def test_a_clock_set_back_or_a_new_time_zone_is_followed(qapp, app_settings) -> None:  # type: ignore[no-untyped-def]
    reminder, clock, fired = make(qapp, app_settings, datetime(2026, 11, 18, 16, 0, tzinfo=BRUSSELS))
    clock.now = datetime(2026, 11, 18, 12, 0, tzinfo=BRUSSELS)
    reminder.timer.timeout.emit()
    assert fired == [] and reminder.target == datetime(2026, 11, 18, 16, 30, tzinfo=BRUSSELS)
    summer = timezone(timedelta(hours=2))
    clock.now = datetime(2026, 11, 18, 13, 0, tzinfo=summer)  # the same moment, read in another zone
    reminder.timer.timeout.emit()
    assert reminder.target == datetime(2026, 11, 18, 16, 30, tzinfo=summer)  # 16:30 on the wall clock
    assert reminder.milliseconds_until_due() == 210 * MINUTE_MS
    reminder.stop()


def test_disabled_does_nothing(qapp, app_settings) -> None:  # type: ignore[no-untyped-def]
    app_settings.reminder_enabled = False
    reminder, clock, fired = make(qapp, app_settings, datetime(2026, 11, 18, 16, 0, tzinfo=BRUSSELS))
    assert reminder.target is None and not reminder.timer.isActive() and reminder.milliseconds_until_due() == 0
    clock.now = datetime(2026, 11, 18, 16, 30, tzinfo=BRUSSELS)
    reminder.timer.timeout.emit()
    assert fired == [] and not reminder.timer.isActive()

    app_settings.reminder_enabled = True
    reminder.rearm()
    assert reminder.target == datetime(2026, 11, 19, 16, 30, tzinfo=BRUSSELS)
    app_settings.reminder_enabled = False  # turned off while armed: the next check stays quiet
    clock.now = datetime(2026, 11, 19, 16, 30, tzinfo=BRUSSELS)
    reminder.timer.timeout.emit()
    assert fired == [] and reminder.target is None and not reminder.timer.isActive()


def test_the_notification_never_carries_journal_content(qtbot, journal_worker) -> None:  # type: ignore[no-untyped-def]
    def seed(holder: JournalHolder) -> str | None:
        journal = holder.require()
        now = datetime.now().astimezone()
        for days in (1, 2, 3):
            entry = journal.entries.add(EntryFields(
                kind="contact", title=f"{CANARY} appel {days}", body=f"{CANARY} a rappelé.", channel="personal_phone",
                off_hours=True, persons=(CANARY,), tags=(CANARY.lower(),), occurred_at=now - timedelta(days=days)))
        DilemmaStore(journal.database).create(f"{CANARY} et l'argent", ["personal-resources"], entry.uuid)
        LimitStore(journal.database).add("free_text", label=f"{CANARY} limit", effective_from=now.date())
        TemplateStore(journal.database).save_own(f"{CANARY} template", [TemplateSection("Quoi ?")])
        shown = PromptEngine(journal.database, lambda: now).next_prompt("fr")
        return shown.text if shown else None

    shown_text = on_worker(qtbot, journal_worker, seed)
    assert shown_text  # the journal gives the engine something to say
    for language in (*LANGUAGES, "de", ""):
        title, text = reminder_message(language)
        assert title == "Carnet"
        assert text in NOTIFICATION_TEXT.values()
        for part in (title, text):
            assert CANARY.lower() not in part.lower()
            assert not re.search(r"\d", part)  # no count, date or time either
            assert shown_text not in part
    assert reminder_message("nl") == ("Carnet", "Carnet heeft een vraag voor je")
