"""The workload statement against figures counted by hand on a journal with known contacts.

March 2026 in Brussels. Schedule from 1 January: Monday to Thursday 09:00-17:00, Friday night
22:00-06:00; Wednesday 11 March added as a holiday; leave from 16 to 20 March; summer time
starts on Sunday 29 March at 02:00. Contacts (local time, minutes, channel, off-hours?):

  #1  Mon  2  10:00  30 office          on
  #2  Mon  2  20:00  20 personal_phone  off
  #3  Sat  7  03:00  15 work_phone      on   (inside Friday 6's night shift)
  #4  Sat  7  07:00  10 messaging       off  (an hour after the night shift: short rest)
  #5  Wed 11  10:00  60 home_visit      off  (holiday), out-of-frame, dilemma A
  #7  Thu 12  11:00  30 office          off  (set by hand; within the schedule)
  #6  Tue 17  14:00  30 personal_phone  off  (leave), out-of-frame, dilemma B
  #8  Mon 23  22:30  60 personal_phone  off  (Tuesday 24 starts 9 h 30 later: short rest)
  #9  Sat 28  21:00  60 messaging       off
  #10 Sun 29  09:30  10 (no channel)    off  (10 h 30 of real rest after Saturday 22:00,
                                              11 h 30 on the clock: summer time started)
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields, EntryStore
from journal_app.core.errors import InvalidInput
from journal_app.core.limits import LimitStore
from journal_app.core.schedule import ScheduleStore, parse_spec
from journal_app.core.statement import (
    StatementOptions,
    build_statement,
    period_of,
    statement_document,
    to_csv,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
CANARY = "Zébulon-canari-7731"
SCHEDULE = "mon=09:00-17:00;tue=09:00-17:00;wed=09:00-17:00;thu=09:00-17:00;fri=22:00-06:00;" \
           "leave=2026-03-16..2026-03-20;holiday+=2026-03-11"


def _contact(entries: EntryStore, day: int, hhmm: str, minutes: int, channel: str | None, *,
             off_hours: bool | None = None, out_of_frame: bool = False) -> str:
    hour, minute = map(int, hhmm.split(":"))
    return entries.add(EntryFields(
        title=f"{CANARY} titre", body=f"{CANARY} corps", kind="contact", channel=channel,
        occurred_at=datetime(2026, 3, day, hour, minute, tzinfo=BRUSSELS), duration_minutes=minutes,
        persons=(f"{CANARY} Mme",), tags=(f"{CANARY}-tag",), off_hours=off_hours, out_of_frame=out_of_frame,
    )).uuid


@pytest.fixture
def journal(database: Database) -> Database:
    return fill_journal(database)


def fill_journal(database: Database) -> Database:
    """The journal of the module's docstring, a canary in every text field."""
    ScheduleStore(database).set(parse_spec(SCHEDULE), date(2026, 1, 1))
    entries = EntryStore(database)
    _contact(entries, 2, "10:00", 30, "office")
    _contact(entries, 2, "20:00", 20, "personal_phone")
    _contact(entries, 7, "03:00", 15, "work_phone")
    _contact(entries, 7, "07:00", 10, "messaging")
    holiday = _contact(entries, 11, "10:00", 60, "home_visit", out_of_frame=True)
    _contact(entries, 12, "11:00", 30, "office", off_hours=True)
    leave = _contact(entries, 17, "14:00", 30, "personal_phone", out_of_frame=True)
    _contact(entries, 23, "22:30", 60, "personal_phone")
    _contact(entries, 28, "21:00", 60, "messaging")
    _contact(entries, 29, "09:30", 10, None)
    alone = entries.add(EntryFields(title=CANARY, body=CANARY, out_of_frame=True,
                                    occurred_at=datetime(2026, 3, 25, 12, 0, tzinfo=BRUSSELS))).uuid
    # Outside the period: not counted.
    entries.add(EntryFields(kind="contact", channel="personal_phone", title=CANARY,
                            occurred_at=datetime(2026, 4, 1, 20, 0, tzinfo=BRUSSELS)))
    dilemmas = DilemmaStore(database)
    own = dilemmas.add_category(f"{CANARY} catégorie")
    first = dilemmas.create(f"{CANARY} dilemme", ["how-far-to-adapt"], holiday)
    dilemmas.add_reflection(first.uuid, f"{CANARY} réflexion")
    dilemmas.create(f"{CANARY} autre", ["how-far-to-adapt", own.id], leave)
    assert alone
    limits = LimitStore(database)
    limits.add("no_weekend_contacts", effective_from=date(2026, 1, 1))
    limits.add("free_text", label=f"{CANARY} limite", effective_from=date(2026, 1, 1))
    return database


def test_figures_counted_by_hand(journal: Database) -> None:
    statement = build_statement(journal, date(2026, 3, 1), date(2026, 3, 31))
    weeks = {week.name: week for week in statement.weeks}
    assert list(weeks) == ["2026-W09", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14"]
    assert weeks["2026-W09"].first == weeks["2026-W09"].last == date(2026, 3, 1)
    assert weeks["2026-W14"].last == date(2026, 3, 31)
    # Scheduled hours: 4 x 8 h + the Friday night; the added holiday; a week of leave.
    assert [w.contract_minutes for w in statement.weeks] == [0, 2400, 1920, 0, 2400, 960]
    assert statement.total("contract_minutes") == 7680
    assert [w.contacts for w in statement.weeks] == [0, 4, 2, 1, 3, 0]
    assert [w.off_hours_contacts for w in statement.weeks] == [0, 2, 2, 1, 3, 0]
    assert [w.off_hours_minutes for w in statement.weeks] == [0, 30, 90, 30, 130, 0]
    # Beyond the schedule: the hand-flagged #7 lies within it, the night contact #3 too.
    assert [w.beyond_schedule_minutes for w in statement.weeks] == [0, 30, 60, 30, 130, 0]
    assert statement.total("beyond_schedule_minutes") == 250
    assert statement.total("contacts") == 10 and statement.total("off_hours_contacts") == 8


def test_heat_map_channels_dilemmas_limits(journal: Database) -> None:
    statement = build_statement(journal, date(2026, 3, 1), date(2026, 3, 31))
    cells = {(day, hour): n for day, row in enumerate(statement.heatmap) for hour, n in enumerate(row) if n}
    assert cells == {(0, 20): 1, (5, 7): 1, (2, 10): 1, (3, 11): 1, (1, 14): 1, (0, 22): 1, (5, 21): 1, (6, 9): 1}
    assert statement.channels == (
        ("office", 2, 1), ("home_visit", 1, 1), ("work_phone", 1, 0), ("personal_phone", 3, 3),
        ("messaging", 2, 2), ("none", 1, 1),
    )
    assert dict(statement.out_of_frame) == {"how-far-to-adapt": 2, "own": 1, "none": 1}
    assert statement.out_of_frame_entries == 3
    assert dict(statement.limits) == {"no_weekend_contacts": 4}


def test_short_rest_follows_night_shifts_and_summer_time(journal: Database) -> None:
    statement = build_statement(journal, date(2026, 3, 1), date(2026, 3, 31))
    # Saturday 7 (an hour after the night shift), Tuesday 24, Sunday 29 (real time).
    assert [w.short_rests for w in statement.weeks] == [0, 1, 0, 0, 2, 0]
    assert statement.short_rest_pairs == 3
    assert statement.working_days == 21
    # On the clock, Sunday 29 would have had 11 h 30 of rest.
    utc_clock = build_statement(journal, date(2026, 3, 1), date(2026, 3, 31), zone=ZoneInfo("UTC"))
    assert utc_clock.short_rest_pairs == 3  # contacts carry their own offsets: still real time


def test_no_text_from_the_journal_reaches_the_csv(journal: Database) -> None:
    statement = build_statement(journal, date(2026, 3, 1), date(2026, 3, 31))
    for language in ("fr", "nl", "en"):
        data = to_csv(statement_document(statement, StatementOptions(language=language))).decode("utf-8")
        assert CANARY not in data and "Zébulon" not in data and "canari" not in data
    english = to_csv(statement_document(statement, StatementOptions(language="en"))).decode("utf-8-sig")
    assert "A category of your own" in english and "A limit of your own" not in english
    assert "Personal phone,3,3" in english
    assert "2026-W13,40 h,3,3,2 h 10,2 h 10,2" in english


def test_rounding_and_leaving_out(journal: Database) -> None:
    statement = build_statement(journal, date(2026, 3, 1), date(2026, 3, 31))
    rounded = statement_document(statement, StatementOptions(rounding="5", language="en",
                                                             leave_out=frozenset({"heatmap", "limits"})))
    assert [section.key for section in rounded.sections] == ["weeks", "totals", "channels", "out_of_frame",
                                                             "short_rest"]
    weeks = rounded.sections[0].rows
    assert weeks[4] == ("2026-W13", "40 h", "5", "5", "2 h 10", "2 h 10", "0")
    hours = statement_document(statement, StatementOptions(rounding="hours", language="en"))
    assert hours.sections[0].rows[4][4] == "2 h"
    totals = dict(hours.sections[1].rows)
    assert totals["Time outside the schedule"] == "4 h"  # 250 minutes
    assert totals["Time outside the schedule, as a share of the scheduled hours"] == "3%"  # 4 h / 128 h
    with pytest.raises(InvalidInput):
        StatementOptions(leave_out=frozenset({"names"}))


@pytest.mark.parametrize(("text", "until", "expected"), [
    ("2026-03", None, (date(2026, 3, 1), date(2026, 3, 31))),
    ("2026-Q1", None, (date(2026, 1, 1), date(2026, 3, 31))),
    ("2026-q4", None, (date(2026, 10, 1), date(2026, 12, 31))),
    ("2026", None, (date(2026, 1, 1), date(2026, 12, 31))),
    ("2026-01-15", "2026-02-14", (date(2026, 1, 15), date(2026, 2, 14))),
])
def test_periods(text: str, until: str | None, expected: tuple[date, date]) -> None:
    assert period_of(text, until) == expected


@pytest.mark.parametrize(("text", "until"), [("2026-13", None), ("march", None), ("2026-03-31", "2026-03-01"),
                                             ("2026-02-30", "2026-03-01")])
def test_bad_periods(text: str, until: str | None) -> None:
    with pytest.raises(InvalidInput):
        period_of(text, until)


def test_check_in_trend_in_words_never_scores(journal: Database) -> None:
    from journal_app.core.checkins import CheckinStore, instrument

    items = instrument("en").items
    store = CheckinStore(journal)
    store.record({item.id: 25 for item in items}, at=datetime(2026, 3, 2, 18, 0, tzinfo=BRUSSELS))
    store.record({item.id: 75 for item in items}, at=datetime(2026, 3, 30, 18, 0, tzinfo=BRUSSELS))
    store.record({item.id: 0 for item in items}, at=datetime(2026, 4, 2, 18, 0, tzinfo=BRUSSELS))  # after
    statement = build_statement(journal, date(2026, 3, 1), date(2026, 3, 31), with_checkins=True)
    assert [direction for _, direction in statement.checkins] == ["rising", "rising", "rising"]
    document = statement_document(statement, StatementOptions(language="en", with_checkins=True))
    section = next(s for s in document.sections if s.key == "checkins")
    assert all(row[1] == "rose over the period" for row in section.rows)
    text = to_csv(document).decode("utf-8-sig")
    assert "rose over the period" in text
    assert not any(character.isdigit() for row in section.rows for cell in row for character in cell)
    hidden = statement_document(statement, StatementOptions(language="en"))
    assert "checkins" not in [s.key for s in hidden.sections]  # only when the worker asks
    alone = build_statement(journal, date(2026, 3, 1), date(2026, 3, 15), with_checkins=True)
    assert {direction for _, direction in alone.checkins} == {None}  # one check-in: no direction
