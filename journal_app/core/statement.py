"""A workload statement: figures only, for the people who can change the conditions of the work.

For a period the worker picks (``period_of``: a month "2026-03", a quarter "2026-Q1", a year
"2026", or two dates), ``build_statement`` counts from what the journal already holds; it
never reads a title, a text, a name, a pseudonym or a tag, so none can reach the outputs:

- per ISO week (cut to the period) and in total: the contractual minutes of the schedule in
  force each day (``schedule.py``, leave and holidays included), the contacts, the contacts
  flagged off-hours and their minutes, and the time beyond the schedule (``metrics.py``'s
  figures of the same names, computed by ``WorkloadMetrics`` on each week);
- a weekday x hour grid of the off-hours contacts (counts, by local start time);
- contacts and off-hours contacts by channel (``models.CHANNELS``, "none" for an entry
  without a channel);
- out-of-frame entries by category of the dilemmas they are linked to (a built-in category
  by its id; the worker's own categories only as "own", never by name; "none" when the entry
  is in no dilemma; an entry in dilemmas of two categories counts once in each);
- crossings of the worker's limits by kind (``LimitStore.crossings``; never the label);
- short rests: pairs of successive working days whose rest between them was under 11 hours
  (the EU Working Time Directive's daily rest). A *working day* is a local day with working
  ranges in the schedule or with contacts; its span runs from the earliest start to the
  latest end of its ranges (a night range belongs to the day it starts on) and of its
  contacts (a contact inside the night range of the day before belongs to that day; a
  contact without a duration lasts 0 minutes). The rest is measured in real time in the
  schedule's time zone (``zone``, Europe/Brussels by default), so a daylight-saving night
  counts one hour more or less;
- if the worker asks, the direction of their check-in scales over the period in words
  (``rising``/``falling``/``steady``: the last score of the period against the first, by
  ``checkins.TREND_POINTS``), never a score.

The words of the outputs (``statement_rows``; CSV here, PDF in ``journal_app/statement_pdf.py``)
come from ``resources/statement/*.toml`` in French, Dutch and English.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any, Literal
from zoneinfo import ZoneInfo

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.models import CHANNELS
from journal_app.core.checkins import TREND_POINTS, CheckinStore, instrument
from journal_app.core.database import Database
from journal_app.core.dilemmas import builtin_categories
from journal_app.core.errors import InvalidInput
from journal_app.core.limits import LimitStore
from journal_app.core.metrics import Period, WorkloadMetrics
from journal_app.core.pseudonymise import long_date
from journal_app.core.resources import load_toml, pick
from journal_app.core.schedule import ScheduleHistory

Rounding = Literal["none", "5", "hours"]
ROUNDINGS: tuple[Rounding, ...] = ("none", "5", "hours")
FIGURES = ("weeks", "totals", "heatmap", "channels", "out_of_frame", "limits", "short_rest", "checkins")
"""The figures a statement holds, in order; any may be left out (``checkins`` is left out
unless the worker asks for it)."""
NO_CHANNEL = "none"
NO_DILEMMA = "none"
OWN_CATEGORY = "own"
DAILY_REST_HOURS = 11
DEFAULT_ZONE = "Europe/Brussels"

_SECONDS_PER_DAY = 86_400
_QUARTER = re.compile(r"(\d{4})-Q([1-4])", re.IGNORECASE)
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")


# ----- the period


def period_of(text: str, until: str | None = None) -> tuple[date, date]:
    """(first day, last day) of "2026-03", "2026-Q1", "2026", or of two ISO dates."""
    text = text.strip()
    if until is not None:
        first, last = _parse_day(text), _parse_day(until.strip())
    elif _QUARTER.fullmatch(text):
        match = _QUARTER.fullmatch(text)
        assert match is not None
        year, quarter = int(match[1]), int(match[2])
        first = date(year, 3 * quarter - 2, 1)
        last = _month_end(date(year, 3 * quarter, 1))
    elif _MONTH.fullmatch(text):
        match = _MONTH.fullmatch(text)
        assert match is not None
        if not 1 <= int(match[2]) <= 12:
            raise InvalidInput(f"{text!r} is not a month (write it as 2026-03)")
        first = date(int(match[1]), int(match[2]), 1)
        last = _month_end(first)
    elif _YEAR.fullmatch(text):
        first, last = date(int(text), 1, 1), date(int(text), 12, 31)
    else:
        raise InvalidInput(f"{text!r} is not a period (write 2026-03, 2026-Q1, 2026, or two dates)")
    if last < first:
        raise InvalidInput(f"the period ends ({last.isoformat()}) before it starts ({first.isoformat()})")
    return first, last


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date (write it as 2026-01-31)") from None


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


# ----- records


@dataclass(frozen=True)
class WeekFigures:
    """One ISO week, cut to the period (``first``..``last``)."""

    name: str  # "2026-W10"
    first: date
    last: date
    contract_minutes: int
    contacts: int
    off_hours_contacts: int
    off_hours_minutes: int
    beyond_schedule_minutes: int | None  # None: no schedule in force in that week
    short_rests: int


@dataclass(frozen=True)
class Statement:
    first: date
    last: date
    weeks: tuple[WeekFigures, ...]
    heatmap: tuple[tuple[int, ...], ...]  # 7 weekdays (Monday first) x 24 hours
    channels: tuple[tuple[str, int, int], ...]  # (channel, contacts, off-hours contacts)
    out_of_frame: tuple[tuple[str, int], ...]  # (category id, "own" or "none"; entries)
    out_of_frame_entries: int
    limits: tuple[tuple[str, int], ...]  # (limit kind, crossings)
    short_rest_pairs: int
    working_days: int
    checkins: tuple[tuple[str, str | None], ...] = ()  # (scale id, direction or None)
    schedule_known: bool = True

    def total(self, key: str) -> int | None:
        values = [getattr(week, key) for week in self.weeks]
        if key == "beyond_schedule_minutes" and all(value is None for value in values):
            return None
        return sum(value or 0 for value in values)


@dataclass(frozen=True)
class StatementOptions:
    rounding: Rounding = "none"
    leave_out: frozenset[str] = field(default_factory=frozenset)
    with_checkins: bool = False
    language: str = "fr"

    def __post_init__(self) -> None:
        if self.rounding not in ROUNDINGS:
            raise InvalidInput(f"round to 5 or hours, not {self.rounding!r}")
        unknown = set(self.leave_out) - set(FIGURES)
        if unknown:
            raise InvalidInput(f"unknown figure: {sorted(unknown)[0]} (use {', '.join(FIGURES)})")

    def shows(self, figure: str) -> bool:
        if figure == "checkins" and not self.with_checkins:
            return False
        return figure not in self.leave_out


# ----- the computation


def build_statement(database: Database, first: date, last: date, *, with_checkins: bool = False,
                    zone: tzinfo | None = None) -> Statement:
    """Every figure of the period ``first``..``last`` (local days, both included)."""
    if last < first:
        raise InvalidInput("the period ends before it starts")
    zone = zone or ZoneInfo(DEFAULT_ZONE)
    with database.session() as session:
        history = ScheduleHistory.load(session)
        contacts = _contacts(session, first - timedelta(days=2), last)
        out_of_frame = _out_of_frame(session, first, last)
    weeks = _iso_weeks(first, last)
    metrics = WorkloadMetrics(database).figures_of(
        Period(week_first, week_last, "week", name) for name, week_first, week_last in weeks)
    in_period = [c for c in contacts if first <= c.start.date() <= last]
    short_days, working_days = _short_rests(history, contacts, first, last, zone)
    week_rows = []
    for (name, week_first, week_last), figures in zip(weeks, metrics, strict=True):
        contract = sum(_scheduled_minutes(history, week_first + timedelta(days=n))
                       for n in range((week_last - week_first).days + 1))
        beyond = figures.value("beyond_schedule_minutes")
        week_rows.append(WeekFigures(
            name, week_first, week_last, contract, int(figures.value("contacts") or 0),
            int(figures.value("off_hours_contacts") or 0), int(figures.value("off_hours_minutes") or 0),
            None if beyond is None else int(beyond),
            sum(1 for day in short_days if week_first <= day <= week_last),
        ))
    heatmap = [[0] * 24 for _ in range(7)]
    by_channel: Counter[str] = Counter()
    off_by_channel: Counter[str] = Counter()
    for contact in in_period:
        channel = contact.channel or NO_CHANNEL
        by_channel[channel] += 1
        if contact.off_hours:
            off_by_channel[channel] += 1
            heatmap[contact.start.weekday()][contact.start.hour] += 1
    channel_order = [*CHANNELS, NO_CHANNEL]
    channels = tuple((name, by_channel[name], off_by_channel[name]) for name in channel_order if by_channel[name])
    crossings: Counter[str] = Counter(crossing.kind for crossing in LimitStore(database).crossings(first, last))
    return Statement(
        first=first, last=last, weeks=tuple(week_rows), heatmap=tuple(tuple(row) for row in heatmap),
        channels=channels, out_of_frame=out_of_frame[0], out_of_frame_entries=out_of_frame[1],
        limits=tuple(sorted(crossings.items())), short_rest_pairs=len(short_days), working_days=working_days,
        checkins=_checkin_directions(database, first, last) if with_checkins else (),
        schedule_known=bool(history) and history.at(last) is not None,
    )


@dataclass(frozen=True)
class _Contact:
    start: datetime  # naive local wall-clock time
    offset_minutes: int
    duration_minutes: int
    channel: str | None
    off_hours: bool

    @property
    def utc_start(self) -> datetime:
        return self.start.replace(tzinfo=timezone(timedelta(minutes=self.offset_minutes)))


def _contacts(session: Any, first: date, last: date) -> list[_Contact]:
    """The contacts (kind contact, or with a channel) of the local days first..last."""
    low = datetime.combine(first - timedelta(days=1), datetime.min.time(), timezone.utc)
    high = datetime.combine(last + timedelta(days=2), datetime.min.time(), timezone.utc)
    rows = session.execute(
        sa.select(models.Entry.occurred_at, models.Entry.utc_offset_minutes,
                  models.Entry.duration_minutes, models.Entry.channel, models.Entry.off_hours)
        .where(models.Entry.occurred_at >= low, models.Entry.occurred_at < high)
        .where((models.Entry.kind == "contact") | models.Entry.channel.is_not(None))
    )
    found = []
    for occurred_at, offset, duration, channel, off_hours in rows:
        if occurred_at.tzinfo is None:
            occurred_at = occurred_at.replace(tzinfo=timezone.utc)
        local = (occurred_at + timedelta(minutes=offset)).replace(tzinfo=None)
        if first <= local.date() <= last:
            found.append(_Contact(local, offset, duration or 0, channel, bool(off_hours)))
    found.sort(key=lambda contact: contact.start)
    return found


def _out_of_frame(session: Any, first: date, last: date) -> tuple[tuple[tuple[str, int], ...], int]:
    """Out-of-frame entries of the period by category of their dilemmas, and their number."""
    low = datetime.combine(first - timedelta(days=1), datetime.min.time(), timezone.utc)
    high = datetime.combine(last + timedelta(days=2), datetime.min.time(), timezone.utc)
    rows = session.execute(
        sa.select(models.Entry.id, models.Entry.occurred_at, models.Entry.utc_offset_minutes)
        .where(models.Entry.out_of_frame.is_(True), models.Entry.occurred_at >= low, models.Entry.occurred_at < high)
    )
    ids = []
    for entry_id, occurred_at, offset in rows:
        if occurred_at.tzinfo is None:
            occurred_at = occurred_at.replace(tzinfo=timezone.utc)
        if first <= (occurred_at + timedelta(minutes=offset)).date() <= last:
            ids.append(entry_id)
    categories: dict[int, set[str]] = defaultdict(set)
    if ids:
        links = session.execute(
            sa.select(models.dilemma_entries.c.entry_id, models.dilemma_category_links.c.category)
            .join(models.dilemma_category_links, models.dilemma_category_links.c.dilemma_id == models.dilemma_entries.c.dilemma_id)
            .where(models.dilemma_entries.c.entry_id.in_(ids))
        )
        builtin = {category.id for category in builtin_categories("en")}
        for entry_id, category in links:
            categories[entry_id].add(category if category in builtin else OWN_CATEGORY)
    counts: Counter[str] = Counter()
    for entry_id in ids:
        for category in categories.get(entry_id) or {NO_DILEMMA}:
            counts[category] += 1
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0]))), len(ids)


def _iso_weeks(first: date, last: date) -> list[tuple[str, date, date]]:
    weeks = []
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        year, week, _ = monday.isocalendar()
        weeks.append((f"{year:04d}-W{week:02d}", max(monday, first), min(monday + timedelta(days=6), last)))
        monday += timedelta(days=7)
    return weeks


def _scheduled_minutes(history: ScheduleHistory, day: date) -> int:
    schedule = history.at(day)
    return 0 if schedule is None else sum(item.minutes for item in schedule.working_ranges(day))


def _short_rests(history: ScheduleHistory, contacts: Sequence[_Contact], first: date, last: date,
                 zone: tzinfo) -> tuple[list[date], int]:
    """The days of the period that began after a rest under 11 hours since the working day
    before, and the number of working days of the period."""
    spans: dict[date, list[datetime]] = {}

    def widen(day: date, start: datetime, end: datetime) -> None:
        span = spans.setdefault(day, [start, end])
        span[0], span[1] = min(span[0], start), max(span[1], end)

    day = first - timedelta(days=2)  # the working day before the first one may start two days earlier
    while day <= last:
        schedule = history.at(day)
        for item in schedule.working_ranges(day) if schedule is not None else ():
            midnight = datetime.combine(day, datetime.min.time())
            start = _aware(midnight + timedelta(minutes=item.start), zone)
            end = _aware(midnight + timedelta(minutes=item.end), zone)
            widen(day, start, end)
        day += timedelta(days=1)
    for contact in contacts:
        start = contact.utc_start
        end = start + timedelta(minutes=contact.duration_minutes)
        widen(_working_day_of(history, contact.start), start, end)
    ordered = sorted(day for day in spans if day <= last)
    short = []
    for before, after in zip(ordered, ordered[1:]):
        if after < first:
            continue
        rest = spans[after][0] - spans[before][1]
        if rest < timedelta(hours=DAILY_REST_HOURS):
            short.append(after)
    return short, sum(1 for day in ordered if day >= first)


def _working_day_of(history: ScheduleHistory, local_start: datetime) -> date:
    """The day a contact is worked for: the day before when it falls in that day's night range."""
    day = local_start.date()
    before = day - timedelta(days=1)
    schedule = history.at(before)
    second = (local_start - datetime.combine(day, datetime.min.time())).total_seconds() + _SECONDS_PER_DAY
    if schedule is not None:
        for item in schedule.working_ranges(before):
            if item.overnight and item.start * 60 <= second < item.end * 60:
                return before
    return day


def _aware(local: datetime, zone: tzinfo) -> datetime:
    return local.replace(tzinfo=zone)


def _checkin_directions(database: Database, first: date, last: date) -> tuple[tuple[str, str | None], ...]:
    records = [record for record in CheckinStore(database).history()
               if first <= record.taken_at.date() <= last]
    directions = []
    for scale in instrument("en").scales:
        values = [value for value in (record.scores.get(scale.id) for record in records) if value is not None]
        direction = None
        if len(values) >= 2:
            change = values[-1] - values[0]
            direction = "rising" if change >= TREND_POINTS else "falling" if change <= -TREND_POINTS else "steady"
        directions.append((scale.id, direction))
    return tuple(directions)


# ----- presentation


@dataclass(frozen=True)
class Section:
    """One figure as it is written out: a title, how it was counted, a table."""

    key: str
    title: str
    how: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class StatementDocument:
    """Everything an output writes, already in words and rounded; nothing else goes out."""

    title: str
    period: str
    notes: tuple[str, ...]  # what the figures are, rounding
    sections: tuple[Section, ...]
    cannot_show_title: str
    cannot_show: str
    rights_title: str
    rights: str
    footer: str
    statement: Statement  # for the charts (the same figures, rounded as the sections)
    options: StatementOptions


def words(language: str) -> dict[str, Any]:
    """The words of the statement in ``language`` (fr, nl or en)."""
    return dict(pick(load_toml("statement", "labels.toml"), language))


def round_count(value: int, rounding: Rounding) -> int:
    return 5 * round(value / 5) if rounding == "5" else value


def round_minutes(value: int, rounding: Rounding) -> int:
    if rounding == "5":
        return 5 * round(value / 5)
    if rounding == "hours":
        return 60 * round(value / 60)
    return value


def duration_text(minutes: int | None, options: StatementOptions, vocabulary: dict[str, Any]) -> str:
    if minutes is None:
        return str(vocabulary["unknown"])
    minutes = round_minutes(minutes, options.rounding)
    hours, rest = divmod(minutes, 60)
    if options.rounding == "hours" or rest == 0:
        return str(vocabulary["hours_only"]).format(h=hours)
    return str(vocabulary["hours_value"]).format(h=hours, m=rest)


def statement_document(statement: Statement, options: StatementOptions) -> StatementDocument:
    """The statement in words, rounded, without the figures left out."""
    w = words(options.language)
    language = options.language

    def count(value: int) -> str:
        return str(round_count(value, options.rounding))

    def span(value: int | None) -> str:
        return duration_text(value, options, w)

    sections = []
    if options.shows("weeks"):
        rows = tuple((week.name, span(week.contract_minutes), count(week.contacts), count(week.off_hours_contacts),
                      span(week.off_hours_minutes), span(week.beyond_schedule_minutes), count(week.short_rests))
                     for week in statement.weeks)
        sections.append(Section("weeks", w["weeks_title"], w["weeks_how"],
                                (w["week"], w["contract"], w["contacts"], w["off_hours_contacts"], w["off_hours_time"],
                                 w["beyond_time"], w["short_rests"]), rows))
    if options.shows("totals"):
        contract = statement.total("contract_minutes") or 0
        beyond = statement.total("beyond_schedule_minutes")
        rows_list = [
            (w["contract"], span(contract)),
            (w["contacts"], count(statement.total("contacts") or 0)),
            (w["off_hours_contacts"], count(statement.total("off_hours_contacts") or 0)),
            (w["off_hours_time"], span(statement.total("off_hours_minutes"))),
            (w["beyond_time"], span(beyond)),
        ]
        if beyond is not None and contract:
            share = round(100 * round_minutes(beyond, options.rounding) / round_minutes(contract, options.rounding)) \
                if round_minutes(contract, options.rounding) else 0
            rows_list.append((w["share_of_contract"], str(w["percent"]).format(n=share)))
        sections.append(Section("totals", w["totals_title"], w["totals_how"], (w["total"], ""), tuple(rows_list)))
    if options.shows("heatmap"):
        header = (w["hour"], *(f"{hour:02d}" for hour in range(24)))
        rows = tuple((w["weekdays"][index], *(count(value) if value else "" for value in row))
                     for index, row in enumerate(statement.heatmap))
        sections.append(Section("heatmap", w["heatmap_title"], w["heatmap_how"], header, rows))
    if options.shows("channels"):
        rows = tuple((w["channels"][name], count(total), count(off)) for name, total, off in statement.channels)
        sections.append(Section("channels", w["channels_title"], w["channels_how"],
                                (w["channel"], w["contacts"], w["off_hours_contacts"]), rows))
    if options.shows("out_of_frame"):
        names = {category.id: category.name for category in builtin_categories(language)}
        names[NO_DILEMMA], names[OWN_CATEGORY] = w["no_dilemma"], w["own_category"]
        rows = tuple((names.get(key, w["own_category"]), count(value)) for key, value in statement.out_of_frame)
        sections.append(Section("out_of_frame", w["out_of_frame_title"],
                                str(w["out_of_frame_how"]).format(n=count(statement.out_of_frame_entries)),
                                (w["category"], w["count"]), rows))
    if options.shows("limits"):
        rows = tuple((w["limits"].get(kind, w["limits"]["free_text"]), count(value))
                     for kind, value in statement.limits)
        sections.append(Section("limits", w["limits_title"], w["limits_how"], (w["limit"], w["count"]), rows))
    if options.shows("short_rest"):
        sections.append(Section("short_rest", w["short_rest_title"],
                                str(w["short_rest_how"]).format(n=count(statement.working_days)),
                                ("", w["count"]),
                                ((w["short_rest_value"], count(statement.short_rest_pairs)),)))
    if options.shows("checkins") and statement.checkins:
        scales = {scale.id: scale.name for scale in instrument(language).scales}
        rows = tuple((scales.get(scale, scale), w[direction] if direction else w["too_few"])
                     for scale, direction in statement.checkins)
        sections.append(Section("checkins", w["checkins_title"], w["checkins_how"],
                                (w["scale"], w["direction"]), rows))
    notes = [w["subtitle"]]
    if options.rounding == "5":
        notes.append(w["rounded_5"])
    elif options.rounding == "hours":
        notes.append(w["rounded_hours"])
    if not statement.schedule_known:
        notes.append(w["no_schedule"])
    period = str(w["period"]).format(first=long_date(statement.first, language),
                                     last=long_date(statement.last, language))
    return StatementDocument(
        title=w["title"], period=period, notes=tuple(notes), sections=tuple(sections),
        cannot_show_title=w["cannot_show_title"], cannot_show=w["cannot_show"], rights_title=w["rights_title"],
        rights=w["rights"], footer=w["footer"], statement=statement, options=options,
    )


def to_csv(document: StatementDocument) -> bytes:
    """The statement as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents):
    one block per figure (its title, how it was counted, its table), a blank line between."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([document.title])
    writer.writerow([document.period])
    for note in document.notes:
        writer.writerow([note])
    for section in document.sections:
        writer.writerow([])
        writer.writerow([section.title])
        writer.writerow([section.how])
        writer.writerow(section.header)
        writer.writerows(section.rows)
    writer.writerow([])
    writer.writerow([document.cannot_show_title])
    writer.writerow([document.cannot_show])
    writer.writerow([])
    writer.writerow([document.rights_title])
    writer.writerow([document.rights])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


__all__ = [
    "FIGURES", "ROUNDINGS", "Section", "Statement", "StatementDocument", "StatementOptions", "WeekFigures",
    "build_statement", "period_of", "statement_document", "to_csv", "words",
]
