"""Time as a worker thinks of it: the moments a contact is logged at ("yesterday evening"),
what people type for a date ("21:30", "6/12 21:30", "hier 21:30"), and counts per calendar
day for the month and week views (fast on 50,000 entries)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.database import Database
from journal_app.core.entries import EntryFilter, EntryStore


@dataclass(frozen=True)
class DaySummary:
    entries: int = 0
    off_hours: int = 0
    out_of_frame: int = 0
    private: int = 0


def _local_day():  # type: ignore[no-untyped-def]
    # The calendar day where the entry happened, in the UTC offset it was written in.
    return sa.func.date(models.Entry.occurred_at, sa.func.printf("%+d minutes", models.Entry.utc_offset_minutes))


def day_summaries(database: Database, since: date, until: date,
                  criteria: EntryFilter = EntryFilter()) -> dict[date, DaySummary]:
    """Entries per local day between ``since`` and ``until`` (inclusive) matching ``criteria``."""
    store = EntryStore(database)
    day = _local_day().label("day")
    # Counts: a sum of a Boolean column would otherwise be read back as a Boolean (2 -> True -> 1).
    flagged = [sa.func.sum(column, type_=sa.Integer)
               for column in (models.Entry.off_hours, models.Entry.out_of_frame, models.Entry.private)]
    query = store.filtered_query(
        sa.select(day, sa.func.count(models.Entry.id), *flagged),
        replace(criteria, since=since, until=until, limit=None, offset=0),
    ).group_by(sa.literal_column("day"))
    with database.session() as session:
        return {
            date.fromisoformat(row[0]): DaySummary(int(row[1]), int(row[2] or 0), int(row[3] or 0), int(row[4] or 0))
            for row in session.execute(query)
        }


# ----- moments a worker thinks in

MORNING = time(9, 0)
AFTERNOON = time(14, 0)
EVENING = time(19, 0)


def local_now() -> datetime:
    """Now, with the computer's UTC offset (the one clock of the desktop app's date fields)."""
    return datetime.now().astimezone()


def at_local(day: date, moment: time) -> datetime:
    """A day and a wall-clock time here, with the UTC offset in force on that day."""
    return datetime.combine(day, moment).astimezone()


@dataclass(frozen=True)
class NaturalMoment:
    """A choice such as "yesterday evening": ``key`` names it (``now``, ``hour_ago``,
    ``this_morning``, ``this_afternoon``, ``this_evening``, ``yesterday_evening``, ``evening_of``: the evening of
    a day of the past week, ``when``'s weekday), the UI words it."""

    key: str
    when: datetime


def natural_moments(now: datetime) -> list[NaturalMoment]:
    """The moments offered first, most recent first: now, an hour ago, this evening, this
    afternoon and this morning (once begun), yesterday evening, and the evenings of the six days
    before it (so "last Sunday evening" is one choice away on any day of the week)."""
    today = now.date()
    moments = [NaturalMoment("now", now), NaturalMoment("hour_ago", now - timedelta(hours=1))]
    if now.time() >= EVENING:
        moments.append(NaturalMoment("this_evening", at_local(today, EVENING)))
    if now.time() >= AFTERNOON:
        moments.append(NaturalMoment("this_afternoon", at_local(today, AFTERNOON)))
    if now.time() >= MORNING:
        moments.append(NaturalMoment("this_morning", at_local(today, MORNING)))
    moments.append(NaturalMoment("yesterday_evening", at_local(today - timedelta(days=1), EVENING)))
    moments += [NaturalMoment("evening_of", at_local(today - timedelta(days=days), EVENING)) for days in range(2, 8)]
    return moments


# What people type, in French, Dutch and English, without accents (see _plain).
_WEEKDAYS = (
    ("lundi", "lun", "maandag", "ma", "monday", "mon"),
    ("mardi", "mar", "dinsdag", "di", "tuesday", "tue", "tues"),
    ("mercredi", "mer", "woensdag", "wo", "wednesday", "wed"),
    ("jeudi", "jeu", "donderdag", "do", "thursday", "thu", "thur", "thurs"),
    ("vendredi", "ven", "vrijdag", "vr", "friday", "fri"),
    ("samedi", "sam", "zaterdag", "za", "saturday", "sat"),
    ("dimanche", "dim", "zondag", "zo", "sunday", "sun"),
)
_DAYS_AGO = {
    "maintenant": 0, "now": 0, "nu": 0, "aujourd'hui": 0, "aujourdhui": 0, "auj": 0, "vandaag": 0, "today": 0,
    "hier": 1, "gisteren": 1, "yesterday": 1, "avant-hier": 2, "eergisteren": 2,
}
_PARTS = {
    "matin": MORNING, "ochtend": MORNING, "morning": MORNING,
    "apres-midi": AFTERNOON, "aprem": AFTERNOON, "namiddag": AFTERNOON, "middag": AFTERNOON, "afternoon": AFTERNOON,
    "soir": EVENING, "soiree": EVENING, "avond": EVENING, "evening": EVENING, "night": time(22, 0),
    "nuit": time(22, 0), "nacht": time(22, 0), "midi": time(12, 0), "noon": time(12, 0),
}
_FILLERS = {"a", "at", "om", "le", "la", "de", "du", "on", "this", "ce", "cette", "vers", "rond", "the", "dernier",
            "derniere", "last", "vorige", "passe", "ago", "en", "in", "het", "op"}
_TIME = re.compile(r"^(\d{1,2})(?:[:hu](\d{2})?)?$")
_DAY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse_moment(text: str, now: datetime, reference: datetime | None = None) -> datetime | None:
    """The moment a person typed, or None when it is not understood. Accepted, in any order:
    a day (``6/12``, ``06/12/2026``, ``6.12.26``, ``2026-12-06``, ``today``/``hier``/``eergisteren``,
    a weekday name or its short form: the most recent such day, today included unless the
    moment would still be to come), a part of the
    day (``soir``: 19:00, ``matin``: 9:00...), and a time (``21:30``, ``21h30``, ``21h``, ``21u30``).
    What is not typed comes from ``reference`` (the value the field held; ``now`` when None):
    ``21:30`` alone keeps the day, ``hier`` alone keeps the time. A day without a year is the
    most recent one (the 28/12 typed on 3 January is last year's)."""
    reference = reference or now
    words = [w for w in re.split(r"[\s,]+", _plain(text).strip()) if w and w not in _FILLERS]
    if not words:
        return None
    day: date | None = None
    day_from_weekday = False  # "dim. 06/12/2026", as the field shows it: the date decides
    moment: time | None = None
    if words[0] in ("now", "maintenant", "nu") and len(words) == 1:
        return now.replace(second=0, microsecond=0)
    for word in words:
        word = word.rstrip(".")
        if word in ("now", "maintenant", "nu"):
            day, moment = (day or now.date()), (moment or now.time().replace(second=0, microsecond=0))
        elif word in _DAYS_AGO and day is None:
            day = now.date() - timedelta(days=_DAYS_AGO[word])
        elif (weekday := next((n for n, names in enumerate(_WEEKDAYS) if word in names), None)) is not None \
                and day is None:
            day = now.date() - timedelta(days=(now.weekday() - weekday) % 7)
            day_from_weekday = True
        elif word in _PARTS and moment is None:
            moment = _PARTS[word]
        elif (match := _TIME.match(word)) and (moment is None or moment in _PARTS.values()):
            hour, minute = int(match[1]), int(match[2] or 0)
            if hour > 24 or minute > 59 or (hour == 24 and minute):
                return None
            moment = time(0, 0) if hour == 24 else time(hour, minute)
        elif (match := _DAY.match(word) or _ISO.match(word)) and (day is None or day_from_weekday):
            day_from_weekday = False
            if match.re is _ISO:
                year, month, number = int(match[1]), int(match[2]), int(match[3])
            else:
                number, month = int(match[1]), int(match[2])
                year = int(match[3]) if match[3] else now.year
                year += 2000 if match[3] and len(match[3]) == 2 else 0
            try:
                day = date(year, month, number)
            except ValueError:
                return None
            if not (match.re is _DAY and match[3]) and match.re is not _ISO and day > now.date():
                try:
                    day = day.replace(year=day.year - 1)
                except ValueError:  # 29 February
                    return None
        else:
            return None
    local = reference.astimezone() if reference.tzinfo else reference
    typed = at_local(day or local.date(), moment or local.time().replace(second=0, microsecond=0))
    if day_from_weekday and typed > now:
        # "dimanche 21:30" typed on Sunday afternoon is last Sunday's call, not tonight's.
        typed = at_local(typed.date() - timedelta(days=7), typed.timetz().replace(tzinfo=None))
    return typed
