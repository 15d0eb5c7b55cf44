"""What a worker types for a date, and the moments offered first (core/timeline.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal_app.core.timeline import natural_moments, parse_moment

SUNDAY_NIGHT = datetime(2026, 12, 6, 22, 10).astimezone()  # Sunday 6 December 2026
FIELD = datetime(2026, 12, 4, 10, 0).astimezone()  # what the date field held: Friday 10:00


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()


@pytest.mark.parametrize(("typed", "expected"), [
    ("21:30", local(2026, 12, 4, 21, 30)),  # a time keeps the field's day
    ("21h30", local(2026, 12, 4, 21, 30)),
    ("9h", local(2026, 12, 4, 9, 0)),
    ("hier 21:30", local(2026, 12, 5, 21, 30)),
    ("Hier à 21h30", local(2026, 12, 5, 21, 30)),
    ("gisteren om 21u30", local(2026, 12, 5, 21, 30)),
    ("yesterday", local(2026, 12, 5, 10, 0)),  # a day keeps the field's time
    ("avant-hier soir", local(2026, 12, 4, 19, 0)),
    ("dimanche 21:30", local(2026, 12, 6, 21, 30)),  # today is a Sunday: this one
    ("sam. soir", local(2026, 12, 5, 19, 0)),
    ("vendredi", local(2026, 12, 4, 10, 0)),
    ("lundi 8:30", local(2026, 11, 30, 8, 30)),
    ("6/12 21:30", local(2026, 12, 6, 21, 30)),
    ("06/12/2026 21:30", local(2026, 12, 6, 21, 30)),
    ("6.12.26", local(2026, 12, 6, 10, 0)),
    ("2026-12-06 07:05", local(2026, 12, 6, 7, 5)),
    ("28/12", local(2025, 12, 28, 10, 0)),  # no year and not yet come: last year's
    ("aujourd’hui 14:00", local(2026, 12, 6, 14, 0)),
    ("maintenant", local(2026, 12, 6, 22, 10)),
    ("dim. 29/11/2026 21:30", local(2026, 11, 29, 21, 30)),  # as the field shows it
    ("Sun 29/11/2026 21:30", local(2026, 11, 29, 21, 30)),
])
def test_what_people_type(typed: str, expected: datetime) -> None:
    assert parse_moment(typed, SUNDAY_NIGHT, FIELD) == expected


@pytest.mark.parametrize("typed", ["", "   ", "demain", "25:00", "21:75", "31/02", "hier lundi", "6/12 7/12",
                                   "bientôt", "13/13/2026"])
def test_what_is_not_understood(typed: str) -> None:
    assert parse_moment(typed, SUNDAY_NIGHT, FIELD) is None


def test_moments_offered_on_a_sunday_night() -> None:
    moments = natural_moments(SUNDAY_NIGHT)
    assert [m.key for m in moments[:6]] == ["now", "hour_ago", "this_evening", "this_afternoon", "this_morning",
                                            "yesterday_evening"]
    assert moments[1].when == local(2026, 12, 6, 21, 10)
    assert moments[5].when == local(2026, 12, 5, 19, 0)
    assert [m.when.strftime("%a %d") for m in moments[6:]] == ["Fri 04", "Thu 03", "Wed 02", "Tue 01", "Mon 30",
                                                               "Sun 29"]


def test_last_sunday_evening_is_offered_every_day_of_the_week() -> None:
    for day in range(7, 14):  # Monday 7 to Sunday 13 December
        moments = natural_moments(local(2026, 12, day, 8, 0))
        sundays = [m for m in moments if m.when.weekday() == 6 and m.when.hour == 19 and m.when.date().day < day]
        assert sundays, day


def test_a_weekday_whose_moment_is_still_to_come_today_means_last_week() -> None:
    """Typed on Sunday at 16:45, "dimanche 21:30" is the call of last Sunday evening, never a
    contact in the future (found living the first evening)."""
    from datetime import datetime

    from journal_app.core.timeline import parse_moment

    sunday_afternoon = datetime(2026, 12, 6, 16, 45).astimezone()
    assert parse_moment("dimanche 21:30", sunday_afternoon) == datetime(2026, 11, 29, 21, 30).astimezone()
    assert parse_moment("dimanche 14:00", sunday_afternoon) == datetime(2026, 12, 6, 14, 0).astimezone()
    assert parse_moment("06/12 21:30", sunday_afternoon) == datetime(2026, 12, 6, 21, 30).astimezone()  # said exactly
