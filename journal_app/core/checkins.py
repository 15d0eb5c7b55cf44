"""The fortnightly check-in (issue 6, "Check-ins"): the Copenhagen Burnout Inventory (CBI), a few
questions of Carnet's own, their trends, and where to turn.

The instrument lives in ``resources/checkin/cbi.toml`` (items, answer scales, credit, which
translations are ours), the extra questions in ``resources/checkin/extra.toml``, the places to
turn to in ``resources/help/where-to-turn.toml``. Wording rule (shared/WELLBEING.md): the scores
are pointers for the worker's own reflection, never a diagnosis; nothing here labels a person
and the scales are shown under their neutral names ("personal fatigue"...), not as "burn-out".

Scoring, as the authors describe it (Kristensen, Borritz, Villadsen & Christensen 2005, Work &
Stress 19(3):192-207, and the NFA's English PUMA sheet):

- Each answer scores 100 / 75 / 50 / 25 / 0, from the first option of its answer scale to the
  last ("always" ... "never/almost never", or "to a very high degree" ... "to a very low
  degree"). Answers are given and stored as that option score, before any reverse scoring.
- The reverse item (work-related item 7, "enough energy for family and friends during leisure
  time") scores 100 minus its option score: "always" gives 0.
- A scale's score is the mean of its *answered* items (skipped items are left out, not counted
  as 0), a number from 0 to 100.
- Non-response rule: a scale with fewer answered items than its ``min_answered`` has no score
  (None) for that check-in: at least 3 of the 6 personal items, 4 of the 7 work-related items,
  3 of the 6 client-related items, i.e. at least half of the scale. Source: the NFA's PUMA
  sheet (CBI English version used in the PUMA study), which treats fewer answered items as a
  non-response; the numbers are kept in cbi.toml with each scale.
- Carnet's extra questions (0 to 4 each) are never added to the CBI scores.

"Rise or stay high" (``signals``, ``rising``, ``suggest_talking``): looking at the last two
check-ins taken up to ``now``, a scale *rose* when the newer score is at least ``RISE_POINTS``
(10) above the older one, and *stayed high* when both are at least ``HIGH_REFERENCE`` (50).
A scale without a score in either check-in does not count. 50 is only the conventional reference
often reported as "high" (Borritz & Kristensen 2004); Kristensen himself warns against fixed
cut-offs, so Carnet never shows it as a label: it only decides when to suggest talking to
someone and to list where to turn.

Trend (``trend``): the last ``last`` scores of a scale, oldest first (check-ins without a score
on that scale are left out); the direction compares the newest with the oldest of them: at least
``TREND_POINTS`` (10) higher is "rising", at least 10 lower "falling", otherwise "steady"; with
fewer than two scores there is no direction (None). For the extra questions (0-4) one step
(``EXTRA_TREND_STEPS``) is enough.

Due (``due``): a check-in is due when there is none yet, or when ``every_days`` calendar days
(14 by default) have passed since the last one, counted in the local dates of the last
check-in's UTC offset (a check-in on a Monday evening is due again on the Monday two weeks
later, from midnight). The interval and the on/off switch are the worker's setting, stored as
JSON in the ``settings`` table under ``checkin_settings``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Literal

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput
from journal_app.core.resources import load_toml, pick

SCALES = ("personal", "work", "client")
SETTINGS_KEY = "checkin_settings"
POSTPONED_KEY = "checkin_invitation_postponed_until"
POSTPONE_DAYS = 2
FIRST_INVITATION_AFTER_DAYS = 7
DEFAULT_EVERY_DAYS = 14
# "Rise or stay high": see the module's docstring. 50 is a conventional reference, not a cut-off.
RISE_POINTS = 10.0
HIGH_REFERENCE = 50.0
TREND_POINTS = 10.0
EXTRA_TREND_STEPS = 1
EXTRA_VALUES = range(0, 5)

Direction = Literal["rising", "falling", "steady"]


def local_now() -> datetime:
    """Now, aware, in the computer's current UTC offset (kept with the check-in)."""
    return datetime.now().astimezone()


# --- the instrument ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerOption:
    score: int  # CBI: 100..0; extra questions: the stored value 0..4
    label: str


@dataclass(frozen=True)
class Scale:
    id: str
    name: str  # neutral, shown to the worker
    official_name: str  # the instrument's own, for the credit and documentation only
    description: str
    item_count: int
    min_answered: int


@dataclass(frozen=True)
class Item:
    id: str
    scale: str
    number: int
    answer_scale: str
    reverse: bool
    text: str


@dataclass(frozen=True)
class Instrument:
    id: str
    language: str
    name: str
    official_name: str
    credit: str
    intro: str
    disclaimer: str
    citation: str
    doi: str
    validated: bool  # False: the wording is Carnet's own translation; say so next to the questions
    translation_note: str
    scales: tuple[Scale, ...]
    items: tuple[Item, ...]
    answer_scales: dict[str, tuple[AnswerOption, ...]]

    def options(self, item: Item) -> tuple[AnswerOption, ...]:
        return self.answer_scales[item.answer_scale]


@dataclass(frozen=True)
class ExtraQuestion:
    id: str
    theme: str
    report_section: str
    better: Literal["higher", "lower"]
    text: str
    short: str
    options: tuple[AnswerOption, ...]


@dataclass(frozen=True)
class ExtraQuestionnaire:
    id: str
    name: str
    intro: str
    credit: str
    questions: tuple[ExtraQuestion, ...]


@lru_cache(maxsize=None)
def _cbi() -> dict[str, Any]:
    return load_toml("checkin", "cbi.toml")


@lru_cache(maxsize=None)
def _extra() -> dict[str, Any]:
    return load_toml("checkin", "extra.toml")


@lru_cache(maxsize=None)
def _help() -> dict[str, Any]:
    return load_toml("help", "where-to-turn.toml")


def instrument(language: str = "fr") -> Instrument:
    """The CBI with its texts in ``language`` (falling back as ``resources.pick`` does)."""
    data = _cbi()
    head = data["instrument"]
    chosen = language if language in data["language"] else "fr"
    return Instrument(
        id=head["id"], language=chosen, name=pick(head["name"], language), official_name=head["official_name"],
        credit=pick(head["credit"], language), intro=pick(head["intro"], language),
        disclaimer=pick(head["disclaimer"], language), citation=head["citation"], doi=head["doi"],
        validated=bool(data["language"][chosen]["validated"]), translation_note=data["language"][chosen]["note"],
        scales=tuple(Scale(s["id"], pick(s["name"], language), s["official_name"], pick(s["description"], language),
                           s["item_count"], s["min_answered"]) for s in data["scale"]),
        items=tuple(Item(i["id"], i["scale"], i["number"], i["answer_scale"], bool(i["reverse"]),
                         pick(i["text"], language)) for i in data["item"]),
        answer_scales={a["id"]: tuple(AnswerOption(o["score"], pick(o["label"], language)) for o in a["option"])
                       for a in data["answer_scale"]},
    )


def extra_questions(language: str = "fr") -> ExtraQuestionnaire:
    """Carnet's own report-derived questions (not a validated instrument)."""
    data = _extra()
    head = data["questionnaire"]
    scales = {a["id"]: tuple(AnswerOption(o["value"], pick(o["label"], language)) for o in a["option"])
              for a in data["answer_scale"]}
    return ExtraQuestionnaire(
        id=head["id"], name=pick(head["name"], language), intro=pick(head["intro"], language),
        credit=pick(head["credit"], language),
        questions=tuple(ExtraQuestion(q["id"], q["theme"], q["report_section"], q["better"],
                                      pick(q["text"], language), pick(q["short"], language), scales[q["answer_scale"]])
                        for q in data["question"]),
    )


# --- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScaleScores:
    """The three CBI scale scores (0-100), None where too few items were answered."""

    personal: float | None
    work: float | None
    client: float | None
    answered: Mapping[str, int] = field(default_factory=dict)  # scale -> answered items

    def get(self, scale: str) -> float | None:
        if scale not in SCALES:
            raise KeyError(scale)
        return getattr(self, scale)  # type: ignore[no-any-return]

    def as_dict(self) -> dict[str, float | None]:
        return {scale: self.get(scale) for scale in SCALES}


def _check_answers(answers: Mapping[str, int | None]) -> dict[str, int]:
    data = _cbi()
    allowed = set(data["instrument"]["scores"])
    known = {item["id"] for item in data["item"]}
    clean: dict[str, int] = {}
    for item_id, value in answers.items():
        if item_id not in known:
            raise InvalidInput(f"unknown check-in item: {item_id!r}")
        if value is None:  # skipped
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
            raise InvalidInput(f"an answer to {item_id!r} must be one of {sorted(allowed, reverse=True)}")
        clean[item_id] = value
    return clean


def score(answers: Mapping[str, int | None]) -> ScaleScores:
    """The CBI scale scores of one set of answers: item id -> the chosen option's score
    (100/75/50/25/0); a missing or None answer is a skipped item. See the module's docstring."""
    clean = _check_answers(answers)
    data = _cbi()
    by_scale: dict[str, list[int]] = {scale: [] for scale in SCALES}
    for item in data["item"]:
        if item["id"] in clean:
            value = clean[item["id"]]
            by_scale[item["scale"]].append(100 - value if item["reverse"] else value)
    results: dict[str, float | None] = {}
    for scale in data["scale"]:
        values = by_scale[scale["id"]]
        results[scale["id"]] = sum(values) / len(values) if len(values) >= scale["min_answered"] else None
    return ScaleScores(results["personal"], results["work"], results["client"],
                       {scale: len(values) for scale, values in by_scale.items()})


def _check_extra(extra_answers: Mapping[str, int | None]) -> dict[str, int]:
    known = {question["id"] for question in _extra()["question"]}
    clean: dict[str, int] = {}
    for question_id, value in extra_answers.items():
        if question_id not in known:
            raise InvalidInput(f"unknown check-in question: {question_id!r}")
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value not in EXTRA_VALUES:
            raise InvalidInput(f"an answer to {question_id!r} must be from 0 to 4")
        clean[question_id] = value
    return clean


# --- where to turn ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HelpResource:
    id: str
    country: str
    kind: str  # at_work | health | portal | crisis
    name: str
    description: str
    note: str | None
    phone: str | None  # crisis lines, as the line publishes it
    language: str | None  # crisis lines: the language the line answers in
    url: str | None
    source: str
    checked: str


def where_to_turn(language: str = "fr", country: str = "BE") -> list[HelpResource]:
    """Where a worker can turn, in the file's order (at work, health, portal, crisis lines)."""
    resources = []
    for entry in _help()["resource"]:
        if entry["country"] != country:
            continue
        url = entry.get("url")
        if "url_by_language" in entry:
            url = pick(entry["url_by_language"], language)
        resources.append(HelpResource(
            id=entry["id"], country=entry["country"], kind=entry["kind"], name=pick(entry["name"], language),
            description=pick(entry["description"], language),
            note=pick(entry["note"], language) if "note" in entry else None,
            phone=entry.get("phone"), language=entry.get("language"), url=url,
            source=entry["source"], checked=entry["checked"],
        ))
    return resources


# --- the store --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinRecord:
    uuid: str
    taken_at: datetime  # aware, in the UTC offset where it was taken
    answers: dict[str, int]  # CBI item id -> option score (before reverse scoring)
    scores: ScaleScores
    extra: dict[str, int]  # extra question id -> 0..4


@dataclass(frozen=True)
class CheckinSettings:
    enabled: bool = True
    every_days: int = DEFAULT_EVERY_DAYS


@dataclass(frozen=True)
class Trend:
    scale: str  # a CBI scale id, or an extra question id
    values: tuple[float, ...]  # oldest first
    taken_at: tuple[datetime, ...]
    direction: Direction | None  # None with fewer than two values

    @property
    def change(self) -> float | None:
        return self.values[-1] - self.values[0] if len(self.values) >= 2 else None


@dataclass(frozen=True)
class Signal:
    """Why Carnet suggests talking to someone: a scale that ``rose`` or ``stayed_high``."""

    scale: str
    kind: Literal["rose", "stayed_high"]
    previous: float
    latest: float


def _answered(answers: Mapping[str, int]) -> dict[str, int]:
    counts = dict.fromkeys(SCALES, 0)
    for item in _cbi()["item"]:
        if item["id"] in answers:
            counts[item["scale"]] += 1
    return counts


def _record(row: models.Checkin) -> CheckinRecord:
    """The stored scores are the ones computed when the check-in was recorded."""
    offset = timezone(timedelta(minutes=row.utc_offset_minutes))
    answers = json.loads(row.answers)
    return CheckinRecord(
        uuid=row.uuid, taken_at=row.taken_at.astimezone(offset), answers=answers,
        scores=ScaleScores(row.personal_score, row.work_score, row.client_score, _answered(answers)),
        extra=json.loads(row.extra),
    )


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput("a check-in time needs a UTC offset")
    return moment


class CheckinStore:
    def __init__(self, database: Database, clock: Callable[[], datetime] = local_now) -> None:
        self._database = database
        self._clock = clock

    # --- recording

    def record(self, answers: Mapping[str, int | None], extra_answers: Mapping[str, int | None] | None = None,
               at: datetime | None = None) -> CheckinRecord:
        clean = _check_answers(answers)
        extra = _check_extra(extra_answers or {})
        if not clean and not extra:
            raise InvalidInput("an empty check-in is not recorded")
        taken_at = _aware(at if at is not None else self._clock())
        offset = taken_at.utcoffset()
        assert offset is not None
        scores = score(clean)
        row = models.Checkin(
            taken_at=taken_at, utc_offset_minutes=int(offset.total_seconds() // 60),
            answers=json.dumps(clean, sort_keys=True), extra=json.dumps(extra, sort_keys=True),
            personal_score=scores.personal, work_score=scores.work, client_score=scores.client,
        )
        with self._database.session() as session:
            session.add(row)
            session.flush()
            return _record(row)

    def delete(self, uuid: str) -> None:
        with self._database.session() as session:
            row = session.scalar(sa.select(models.Checkin).where(models.Checkin.uuid == uuid))
            if row is None:
                raise InvalidInput(f"no check-in {uuid!r}")
            session.delete(row)

    # --- reading

    def history(self, until: datetime | None = None) -> list[CheckinRecord]:
        """Every check-in, oldest first (only those taken at or before ``until`` if given)."""
        query = sa.select(models.Checkin).order_by(models.Checkin.taken_at, models.Checkin.id)
        if until is not None:
            query = query.where(models.Checkin.taken_at <= _aware(until))
        with self._database.session() as session:
            return [_record(row) for row in session.scalars(query)]

    def latest(self, until: datetime | None = None) -> CheckinRecord | None:
        last = self._last(1, until)
        return last[0] if last else None

    def _last(self, count: int, until: datetime | None = None) -> list[CheckinRecord]:
        """The last ``count`` check-ins taken at or before ``until``, oldest first: read alone,
        as the dashboard asks several questions of the latest and each record holds JSON to decode."""
        query = sa.select(models.Checkin).order_by(models.Checkin.taken_at.desc(), models.Checkin.id.desc()).limit(count)
        if until is not None:
            query = query.where(models.Checkin.taken_at <= _aware(until))
        with self._database.session() as session:
            return [_record(row) for row in reversed(session.scalars(query).all())]

    # --- the setting

    def settings(self) -> CheckinSettings:
        stored = self._database.read_setting(SETTINGS_KEY, {})
        return CheckinSettings(enabled=bool(stored.get("enabled", True)),
                               every_days=int(stored.get("every_days", DEFAULT_EVERY_DAYS)))

    def set_settings(self, *, enabled: bool | None = None, every_days: int | None = None) -> CheckinSettings:
        """Turn check-ins on or off and/or change their interval (in days, at least 1)."""
        current = self.settings()
        if every_days is not None and (isinstance(every_days, bool) or every_days < 1):
            raise InvalidInput("check-ins are every 1 day or more (or turned off)")
        new = CheckinSettings(enabled=current.enabled if enabled is None else enabled,
                              every_days=current.every_days if every_days is None else every_days)
        self._database.write_setting(SETTINGS_KEY, {"enabled": new.enabled, "every_days": new.every_days})
        return new

    def due(self, now: datetime | None = None, every_days: int | None = None) -> bool:
        """Whether a check-in is due at ``now``. ``every_days`` overrides the stored interval;
        check-ins turned off in the settings are never due."""
        settings = self.settings()
        if not settings.enabled:
            return False
        interval = settings.every_days if every_days is None else every_days
        if interval < 1:
            raise InvalidInput("check-ins are every 1 day or more (or turned off)")
        now = _aware(now if now is not None else self._clock())
        last = self.latest(now)
        if last is None:
            return True
        offset = last.taken_at.utcoffset()
        assert offset is not None
        return (now.astimezone(timezone(offset)).date() - last.taken_at.date()).days >= interval

    def invitation_due(self, now: datetime | None = None) -> bool:
        """Whether to invite the worker to a check-in now: one is due, they did not answer
        "not now" to the invitation in the last ``POSTPONE_DAYS`` days, and (before the first
        check-in) the journal has been written in for ``FIRST_INVITATION_AFTER_DAYS`` days: a
        new journal starts with writing, not with a questionnaire."""
        now = _aware(now if now is not None else self._clock())
        postponed_until = self._database.read_setting(POSTPONED_KEY)
        if postponed_until and now.date().isoformat() < postponed_until:
            return False
        if self.latest(now) is None:
            with self._database.session() as session:
                first = session.scalar(sa.select(models.Entry.occurred_at).order_by(models.Entry.occurred_at).limit(1))
            if first is None or (now - _aware(first)).days < FIRST_INVITATION_AFTER_DAYS:
                return False
        return self.due(now)

    def postpone_invitation(self, now: datetime | None = None, days: int | None = None) -> None:
        """"Not now": ask again in a few days, not at every unlock."""
        now = _aware(now if now is not None else self._clock())
        until = now.date() + timedelta(days=POSTPONE_DAYS if days is None else days)
        self._database.write_setting(POSTPONED_KEY, until.isoformat())

    # --- trends and signals

    def trend(self, scale: str, last: int = 6, until: datetime | None = None) -> Trend:
        """The last ``last`` values of a CBI scale (or of an extra question), oldest first."""
        if last < 1:
            raise InvalidInput("a trend needs at least one check-in")
        extra_ids = {question["id"] for question in _extra()["question"]}
        if scale not in SCALES and scale not in extra_ids:
            raise InvalidInput(f"unknown scale or question: {scale!r}")
        points = self._scale_points(scale, last, until) if scale in SCALES else [
            (record.taken_at, float(record.extra[scale])) for record in self.history(until)
            if record.extra.get(scale) is not None][-last:]
        values = tuple(value for _, value in points)
        direction: Direction | None = None
        if len(values) >= 2:
            threshold = TREND_POINTS if scale in SCALES else EXTRA_TREND_STEPS
            change = values[-1] - values[0]
            direction = "rising" if change >= threshold else "falling" if change <= -threshold else "steady"
        return Trend(scale, values, tuple(at for at, _ in points), direction)

    def _scale_points(self, scale: str, last: int, until: datetime | None) -> list[tuple[datetime, float]]:
        """The last ``last`` scores of a CBI scale, oldest first, with the time each was taken (in
        the offset it was taken in): from the stored scores, no answers decoded."""
        checkin = models.Checkin
        score = getattr(checkin, f"{scale}_score")
        query = (sa.select(checkin.taken_at, checkin.utc_offset_minutes, score).where(score.is_not(None))
                 .order_by(checkin.taken_at.desc(), checkin.id.desc()).limit(last))
        if until is not None:
            query = query.where(checkin.taken_at <= _aware(until))
        with self._database.session() as session:
            rows = session.execute(query).all()
        return [(taken_at.astimezone(timezone(timedelta(minutes=offset))), float(value))
                for taken_at, offset, value in reversed(rows)]

    def signals(self, now: datetime | None = None) -> list[Signal]:
        """The scales that rose by ``RISE_POINTS`` or more between the last two check-ins taken
        up to ``now``, or that are ``HIGH_REFERENCE`` or more in both (see the module)."""
        last_two = self._last(2, _aware(now if now is not None else self._clock()))
        if len(last_two) < 2:
            return []
        previous, latest = last_two[0].scores, last_two[1].scores
        found = []
        for scale in SCALES:
            before, after = previous.get(scale), latest.get(scale)
            if before is None or after is None:
                continue
            if after - before >= RISE_POINTS:
                found.append(Signal(scale, "rose", before, after))
            elif before >= HIGH_REFERENCE and after >= HIGH_REFERENCE:
                found.append(Signal(scale, "stayed_high", before, after))
        return found

    def rising(self, now: datetime | None = None) -> bool:
        """True when the scores rise or stay high (``signals``)."""
        return bool(self.signals(now))

    def suggest_talking(self, now: datetime | None = None) -> bool:
        """Whether to suggest talking to someone (the UI then lists ``where_to_turn``): the
        same rule as ``rising``."""
        return self.rising(now)

    @staticmethod
    def where_to_turn(language: str = "fr", country: str = "BE") -> list[HelpResource]:
        return where_to_turn(language, country)
