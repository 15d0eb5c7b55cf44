"""Prompts: short questions, suggestions and notes of recognition shown at the right moment.

The library is a data file (``resources/prompts/prompts.toml``: id, theme, kind, report section,
trigger, cooldown, text in French, Dutch and English). The engine looks at the journal at the
moment its clock gives, finds which triggers fire, and picks one prompt. Everything is
deterministic for a given journal, engine state and clock, so tests inject the clock.

Triggers, in the engine's order of priority (the first that fires AND has a prompt available
wins; a trigger whose prompts are all cooling down, snoozed or turned off gives way to the next):

 1. ``limit_crossed``        a crossing of one of the worker's limits (LimitStore) in the last 7 days
 2. ``off_hours_contacts``   at least 3 off-hours contacts in the last 7 days (a contact: an entry
                             of kind ``contact`` or any entry with a channel, flagged off-hours)
 3. ``out_of_frame_logged``  an out-of-frame entry in the last 3 days
 4. ``heavy_streak``         the 3 most recent entries all have an emotional weight of 7 or more
 5. ``checkin_rising``       the check-in hook says the scores are rising (no hook: never)
 6. ``dilemma_stale``        an open or "thinking" dilemma without activity for 21 days
 7. ``no_entry``             no entry for 10 days (a journal without any entry: never)
 8. ``dilemma_settled``      a dilemma moved to "settled" in the last 7 days (recognition)
 9. ``quieter_week``         the last 7 days had fewer off-hours contacts AND a lower average weight
                             than the median of the 8 weeks before, with at least 4 of those weeks
                             holding entries (recognition)
10. ``weekly_review``        Friday from 14:00 through Sunday (local time of the clock)
11. ``month_start``          the first 3 days of a month
12. ``any``                  a general prompt: only when no other trigger fires (even one whose
                             prompts are all unavailable) and no prompt was shown in the last 7
                             days; ``more()`` offers general prompts whatever fires

Every number above is a default the worker can change (``PromptSettings``, stored in the journal).
"Last N days" is the window (now - N days, now]; entries after the clock's moment are ignored.
Local day and time are those of the clock (its time zone).

Rules:

- at most one prompt a day: ``next_prompt`` shows the same prompt again all day until it is
  dismissed, snoozed or answered, and then nothing more that day; ``more()`` gives another on
  request;
- once shown, a prompt is not picked again for its ``cooldown_days`` (counted from when it was
  shown, dismissed or answered); "not now" (``snooze``) brings it back after 3 days instead;
- prompts can be turned off by theme (or all at once);
- among the available prompts of the firing trigger: the least recently shown (never shown
  first), then by id.

The engine's state (settings, what was shown when, dismissals, snoozes, answers and the entries
written from a prompt) is JSON in the ``settings`` table under ``prompt_engine``. With
``dry_run=True`` the engine never writes to the journal (the command line uses it).
"""

from __future__ import annotations

import json
import statistics
import string
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, time, timedelta
from functools import lru_cache
from typing import Any

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.database import Database
from journal_app.core.dilemmas import OPEN, SETTLED, THINKING, DilemmaStore
from journal_app.core.errors import InvalidInput
from journal_app.core.limits import (
    MAX_OFF_HOURS_CONTACTS_PER_WEEK,
    MAX_OUT_OF_FRAME_PER_MONTH,
    NO_CONTACT_AFTER,
    NO_LENDING_MONEY,
    NO_WEEKEND_CONTACTS,
    PERSONAL_PHONE_NOT_GIVEN,
    Crossing,
    LimitStore,
)
from journal_app.core.resources import LANGUAGES, load_toml, pick

STATE_KEY = "prompt_engine"
_LIBRARY = ("prompts", "prompts.toml")

TRIGGER_PRIORITY = (
    "limit_crossed", "off_hours_contacts", "out_of_frame_logged", "heavy_streak", "checkin_rising",
    "dilemma_stale", "no_entry", "dilemma_settled", "quieter_week", "weekly_review", "month_start", "any",
)
TRIGGERS = frozenset(TRIGGER_PRIORITY)
THEMES = ("off_hours", "out_of_frame", "limits", "dilemmas", "workload", "emotional_load", "support",
          "meaning", "recognition", "rhythm", "supervision")
KINDS = ("question", "suggestion", "recognition")
REPORT_SECTIONS = ("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4")
MAX_TEXT = 220

PLACEHOLDERS: Mapping[str, frozenset[str]] = {
    "off_hours_contacts": frozenset({"count"}),
    "heavy_streak": frozenset({"count"}),
    "dilemma_stale": frozenset({"days"}),
    "no_entry": frozenset({"days"}),
    "limit_crossed": frozenset({"limit"}),
}
"""Which placeholders each trigger fills; a prompt may use only those of its trigger."""

NOTIFICATION_TEXT = {
    "fr": "Carnet a une question pour vous",
    "nl": "Carnet heeft een vraag voor je",
    "en": "Carnet has a question for you",
}


# ----- the library


@dataclass(frozen=True)
class Prompt:
    """One prompt of the library in one language (``text`` still has its placeholders)."""

    id: str
    theme: str
    kind: str
    report_section: str
    trigger: str
    cooldown_days: int
    text: str


@lru_cache(maxsize=1)
def _raw_library() -> tuple[dict[str, Any], ...]:
    return tuple(load_toml(*_LIBRARY).get("prompt", []))


def library_problems(raw: tuple[dict[str, Any], ...] | list[dict[str, Any]] | None = None) -> list[str]:
    """What is wrong with the library (``[]`` when nothing is)."""
    problems: list[str] = []
    seen: set[str] = set()
    for index, item in enumerate(_raw_library() if raw is None else raw):
        name = item.get("id") or f"prompt #{index + 1}"
        if not isinstance(item.get("id"), str) or not item["id"]:
            problems.append(f"{name}: no id")
        elif item["id"] in seen:
            problems.append(f"{name}: id used twice")
        seen.add(str(item.get("id")))
        if item.get("theme") not in THEMES:
            problems.append(f"{name}: unknown theme {item.get('theme')!r}")
        if item.get("kind") not in KINDS:
            problems.append(f"{name}: unknown kind {item.get('kind')!r}")
        if item.get("report_section") not in REPORT_SECTIONS:
            problems.append(f"{name}: unknown report section {item.get('report_section')!r}")
        trigger = item.get("trigger")
        if trigger not in TRIGGERS:
            problems.append(f"{name}: unknown trigger {trigger!r}")
        cooldown = item.get("cooldown_days")
        if isinstance(cooldown, bool) or not isinstance(cooldown, int) or cooldown < 0:
            problems.append(f"{name}: cooldown_days must be a whole number of days")
        texts = item.get("text") or {}
        allowed = PLACEHOLDERS.get(str(trigger), frozenset())
        for language in LANGUAGES:
            text = texts.get(language)
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{name}: no text in {language}")
                continue
            if len(text) > MAX_TEXT:
                problems.append(f"{name}: text in {language} longer than {MAX_TEXT} characters")
            try:
                used = {field_name for _, field_name, _, _ in string.Formatter().parse(text) if field_name is not None}
            except ValueError:
                problems.append(f"{name}: malformed braces in {language}")
                continue
            if used - allowed:
                problems.append(f"{name}: placeholder(s) {sorted(used - allowed)} not provided by {trigger} ({language})")
    return problems


def load_library(language: str) -> list[Prompt]:
    """Every prompt of the library in ``language`` (French, then English, when missing).
    Raises ValueError when the library is malformed."""
    problems = library_problems()
    if problems:
        raise ValueError("the prompt library is malformed: " + "; ".join(problems))
    return [Prompt(id=item["id"], theme=item["theme"], kind=item["kind"], report_section=item["report_section"],
                   trigger=item["trigger"], cooldown_days=item["cooldown_days"], text=pick(item["text"], language))
            for item in _raw_library()]


def generic_notification_text(language: str) -> str:
    """The text of the tray reminder: never any journal content (it can show on a locked screen)."""
    return pick(NOTIFICATION_TEXT, language)


# ----- settings and shown prompts


@dataclass(frozen=True)
class PromptSettings:
    """The worker's choices; every trigger threshold has a default from issue 6."""

    enabled: bool = True
    disabled_themes: tuple[str, ...] = ()
    snooze_days: int = 3
    off_hours_threshold: int = 3
    off_hours_days: int = 7
    limit_days: int = 7
    out_of_frame_days: int = 3
    dilemma_stale_days: int = 21
    heavy_streak_length: int = 3
    heavy_weight: int = 7
    no_entry_days: int = 10
    settled_days: int = 7
    quieter_history_weeks: int = 8
    quieter_min_weeks: int = 4
    any_gap_days: int = 7
    weekly_review_weekday: int = 4  # Friday (Monday is 0); runs through Sunday
    weekly_review_from: str = "14:00"
    month_start_days: int = 3

    def validated(self) -> PromptSettings:
        unknown = set(self.disabled_themes) - set(THEMES)
        if unknown:
            raise InvalidInput(f"unknown theme(s): {', '.join(sorted(unknown))}")
        for name, value in asdict(self).items():
            if isinstance(value, int) and not isinstance(value, bool) and value < 0:
                raise InvalidInput(f"{name} cannot be negative")
        if not 0 <= self.weekly_review_weekday <= 6:
            raise InvalidInput("weekly_review_weekday goes from 0 (Monday) to 6 (Sunday)")
        try:
            time.fromisoformat(self.weekly_review_from)
        except ValueError:
            raise InvalidInput("weekly_review_from is a time such as 14:00") from None
        return replace(self, disabled_themes=tuple(sorted(set(self.disabled_themes))))

    def to_json(self) -> dict[str, Any]:
        values = asdict(self)
        values["disabled_themes"] = list(self.disabled_themes)
        return values

    @classmethod
    def from_json(cls, values: Mapping[str, Any]) -> PromptSettings:
        known = {name: value for name, value in values.items() if name in cls.__dataclass_fields__}
        if "disabled_themes" in known:
            known["disabled_themes"] = tuple(known["disabled_themes"])
        return cls(**known)


@dataclass(frozen=True)
class ShownPrompt:
    """A prompt as the engine shows it: text in one language with its placeholders filled."""

    id: str
    theme: str
    kind: str
    report_section: str
    text: str
    trigger: str  # the trigger that fired
    observation: Mapping[str, Any] = field(default_factory=dict)  # the numbers behind it
    shown_at: datetime | None = None
    language: str = "fr"

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "theme": self.theme, "kind": self.kind, "report_section": self.report_section,
                "text": self.text, "trigger": self.trigger, "observation": dict(self.observation),
                "shown_at": self.shown_at.isoformat() if self.shown_at else None, "language": self.language}


@dataclass(frozen=True)
class Firing:
    """A trigger that fires now, with what was observed."""

    trigger: str
    observation: Mapping[str, Any] = field(default_factory=dict)


# ----- the engine


class PromptEngine:
    """Picks the prompt to show now. ``clock`` gives the current time, timezone-aware, in the
    worker's time zone; ``checkin_trend_rising`` says whether check-in scores are rising.
    ``settings`` overrides the settings stored in the journal (None: the stored ones)."""

    def __init__(self, database: Database, clock: Callable[[], datetime], settings: PromptSettings | None = None,
                 *, checkin_trend_rising: Callable[[], bool] | None = None, dry_run: bool = False) -> None:
        self._database = database
        self._clock = clock
        self._settings_override = settings.validated() if settings is not None else None
        self._checkin_trend_rising = checkin_trend_rising
        self.dry_run = dry_run
        self._dry_state: dict[str, Any] | None = None

    # --- settings

    @property
    def settings(self) -> PromptSettings:
        if self._settings_override is not None:
            return self._settings_override
        stored = self._load().get("settings")
        return PromptSettings.from_json(stored) if stored else PromptSettings()

    def save_settings(self, settings: PromptSettings) -> PromptSettings:
        """Store the worker's settings in the journal (they then apply to every engine)."""
        settings = settings.validated()
        state = self._load()
        state["settings"] = settings.to_json()
        self._save(state)
        if self._settings_override is not None:
            self._settings_override = settings
        return settings

    def set_theme_enabled(self, theme: str, enabled: bool) -> PromptSettings:
        if theme not in THEMES:
            raise InvalidInput(f"unknown theme: {theme}")
        disabled = set(self.settings.disabled_themes)
        (disabled.discard if enabled else disabled.add)(theme)
        return self.save_settings(replace(self.settings, disabled_themes=tuple(disabled)))

    # --- showing

    def next_prompt(self, language: str) -> ShownPrompt | None:
        """The prompt of the day: the one already shown today while it is neither dismissed,
        snoozed nor answered; else, when none was shown today, a new one (or None)."""
        now = self._now()
        settings = self.settings
        if not settings.enabled:
            return None
        state = self._load()
        current = state.get("current")
        if current and current.get("day") == now.date().isoformat():
            if not current.get("open"):
                return None
            prompt = self._library(language).get(current["id"])
            if prompt is None or prompt.theme in settings.disabled_themes:
                return None
            return _shown(prompt, current["trigger"], current.get("observation", {}),
                          datetime.fromisoformat(current["shown_at"]), language)
        return self._pick(language, now, settings, state, more=False)

    def more(self, language: str) -> ShownPrompt | None:
        """Another prompt, on the worker's request: from the triggers that fire now, or a
        general one; never one shown today (it becomes the prompt of the day)."""
        now = self._now()
        settings = self.settings
        if not settings.enabled:
            return None
        return self._pick(language, now, settings, self._load(), more=True)

    def firing(self) -> list[Firing]:
        """The triggers that fire now, in priority order (``any`` excepted)."""
        return self._firing(self._now(), self.settings)

    def candidates(self, trigger: str, language: str = "fr") -> list[Prompt]:
        """The prompts of ``trigger`` that could be shown now, in the order they would be."""
        now = self._now()
        return self._available(self._library(language), trigger, now, self.settings, self._load())

    # --- what the worker does with a prompt

    def dismiss(self, prompt_id: str) -> None:
        """Dismissed: not shown again for its cooldown."""
        self._resolve(prompt_id, "dismissed", None)

    def snooze(self, prompt_id: str, days: int | None = None) -> None:
        """"Not now": back after ``days`` (default: the settings' snooze_days, 3)."""
        days = self.settings.snooze_days if days is None else days
        if days < 0:
            raise InvalidInput("a snooze cannot be negative")
        self._resolve(prompt_id, "snoozed", days)

    def answer(self, prompt_id: str) -> None:
        """"Write about it": the UI opens a new entry with the prompt as its first line, then
        calls ``link_entry``. Not shown again for its cooldown."""
        self._resolve(prompt_id, "answered", None)

    def link_entry(self, prompt_id: str, entry_uuid: str) -> None:
        """Remember that ``entry_uuid`` was written from this prompt."""
        self._prompt_or_fail(prompt_id)
        state = self._load()
        record = state.setdefault("prompts", {}).setdefault(prompt_id, {})
        entries = record.setdefault("entries", [])
        if entry_uuid not in entries:
            entries.append(entry_uuid)
        self._save(state)

    def linked_entries(self, prompt_id: str) -> tuple[str, ...]:
        return tuple(self._load().get("prompts", {}).get(prompt_id, {}).get("entries", ()))

    def prompt_of_entry(self, entry_uuid: str) -> str | None:
        """The id of the prompt an entry was written from, if any."""
        for prompt_id, record in sorted(self._load().get("prompts", {}).items()):
            if entry_uuid in record.get("entries", ()):
                return prompt_id
        return None

    def history(self) -> dict[str, dict[str, Any]]:
        """What the engine remembers of each prompt (shown_at, available_from, last_action...)."""
        return json.loads(json.dumps(self._load().get("prompts", {})))

    # --- internals: picking

    def _pick(self, language: str, now: datetime, settings: PromptSettings, state: dict[str, Any], *,
              more: bool) -> ShownPrompt | None:
        library = self._library(language)
        firing = self._firing(now, settings)
        options = list(firing)
        if more:
            options.append(Firing("any"))
        elif not firing and self._quiet_for(state, now, settings.any_gap_days):
            options.append(Firing("any"))
        for fired in options:
            available = self._available(library, fired.trigger, now, settings, state)
            if more:
                shown_today = {pid for pid, record in state.get("prompts", {}).items() if record.get("shown_at")
                               and datetime.fromisoformat(record["shown_at"]).astimezone(now.tzinfo).date() == now.date()}
                available = [p for p in available if p.id not in shown_today]
            if available:
                prompt = available[0]
                self._record_shown(state, prompt, fired, now)
                return _shown(prompt, fired.trigger, fired.observation, now, language)
        return None

    def _available(self, library: Mapping[str, Prompt], trigger: str, now: datetime, settings: PromptSettings,
                   state: Mapping[str, Any]) -> list[Prompt]:
        records = state.get("prompts", {})
        found = []
        for prompt in library.values():
            if prompt.trigger != trigger or prompt.theme in settings.disabled_themes:
                continue
            record = records.get(prompt.id, {})
            available_from = record.get("available_from")
            if available_from and datetime.fromisoformat(available_from) > now:
                continue
            found.append(prompt)
        # Least recently shown first (never shown before all), then by id.
        return sorted(found, key=lambda p: (records.get(p.id, {}).get("shown_at") is not None,
                                            _utc_key(records.get(p.id, {}).get("shown_at")), p.id))

    def _record_shown(self, state: dict[str, Any], prompt: Prompt, fired: Firing, now: datetime) -> None:
        record = state.setdefault("prompts", {}).setdefault(prompt.id, {})
        record["shown_at"] = now.isoformat()
        record["shown_count"] = record.get("shown_count", 0) + 1
        record["available_from"] = (now + timedelta(days=prompt.cooldown_days)).isoformat()
        record["last_action"] = "shown"
        state["current"] = {"day": now.date().isoformat(), "id": prompt.id, "trigger": fired.trigger,
                            "observation": dict(fired.observation), "shown_at": now.isoformat(), "open": True}
        self._save(state)

    def _resolve(self, prompt_id: str, action: str, snooze_days: int | None) -> None:
        prompt = self._prompt_or_fail(prompt_id)
        now = self._now()
        state = self._load()
        record = state.setdefault("prompts", {}).setdefault(prompt_id, {})
        days = prompt.cooldown_days if snooze_days is None else snooze_days
        record["available_from"] = (now + timedelta(days=days)).isoformat()
        record["last_action"] = action
        record[f"{action}_at"] = now.isoformat()
        current = state.get("current")
        if current and current.get("id") == prompt_id:
            current["open"] = False
        self._save(state)

    def _quiet_for(self, state: Mapping[str, Any], now: datetime, days: int) -> bool:
        shown = [datetime.fromisoformat(r["shown_at"]) for r in state.get("prompts", {}).values() if r.get("shown_at")]
        return not shown or max(shown) <= now - timedelta(days=days)

    # --- internals: triggers

    def _firing(self, now: datetime, settings: PromptSettings) -> list[Firing]:
        checks: dict[str, Callable[[datetime, PromptSettings], Mapping[str, Any] | None]] = {
            "limit_crossed": self._limit_crossed,
            "off_hours_contacts": self._off_hours_contacts,
            "out_of_frame_logged": self._out_of_frame_logged,
            "heavy_streak": self._heavy_streak,
            "checkin_rising": self._checkin_rising,
            "dilemma_stale": self._dilemma_stale,
            "no_entry": self._no_entry,
            "dilemma_settled": self._dilemma_settled,
            "quieter_week": self._quieter_week,
            "weekly_review": _weekly_review,
            "month_start": _month_start,
        }
        fired = []
        for trigger in TRIGGER_PRIORITY:
            if trigger == "any":
                continue
            observation = checks[trigger](now, settings)
            if observation is not None:
                fired.append(Firing(trigger, observation))
        return fired

    def _limit_crossed(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        today = now.date()
        since = (now - timedelta(days=settings.limit_days)).date()
        crossings = [c for c in LimitStore(self._database, today=lambda: today).crossings(since, today)
                     if _crossing_before(c, now)]
        if not crossings:
            return None
        latest = crossings[-1]
        return {"limit": latest.label or "", "limit_kind": latest.kind, "crossings": len(crossings),
                "_count": latest.allowed}

    def _off_hours_contacts(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        count = self._count_off_hours(now - timedelta(days=settings.off_hours_days), now)
        return {"count": count} if count >= max(1, settings.off_hours_threshold) else None

    def _out_of_frame_logged(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        with self._database.session() as session:
            count = len(list(session.scalars(
                sa.select(models.Entry.id).where(models.Entry.out_of_frame.is_(True),
                                               *_window(now - timedelta(days=settings.out_of_frame_days), now)))))
        return {"count": count} if count else None

    def _heavy_streak(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        length = max(1, settings.heavy_streak_length)
        with self._database.session() as session:
            weights = list(session.scalars(
                sa.select(models.Entry.emotional_weight).where(models.Entry.occurred_at <= now)
                .order_by(models.Entry.occurred_at.desc(), models.Entry.id.desc()).limit(max(length, 50))))
        streak = 0
        for weight in weights:
            if weight is None or weight < settings.heavy_weight:
                break
            streak += 1
        return {"count": streak} if streak >= length else None

    def _checkin_rising(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        if self._checkin_trend_rising is not None and self._checkin_trend_rising():
            return {}
        return None

    def _dilemma_stale(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        store = DilemmaStore(self._database, clock=lambda: now)
        ages = []
        for dilemma in store.list():
            if dilemma.status not in (OPEN, THINKING):
                continue
            quiet = now - dilemma.last_activity
            if quiet >= timedelta(days=settings.dilemma_stale_days):
                ages.append(quiet.days)
        if not ages:
            return None
        return {"days": max(ages), "dilemmas": len(ages)}

    def _no_entry(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        with self._database.session() as session:
            latest = session.scalar(sa.select(models.Entry.occurred_at).where(models.Entry.occurred_at <= now)
                                    .order_by(models.Entry.occurred_at.desc()).limit(1))
        if latest is None:
            return None
        quiet = now - latest
        return {"days": quiet.days} if quiet >= timedelta(days=settings.no_entry_days) else None

    def _dilemma_settled(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        with self._database.session() as session:
            settled = set(session.scalars(
                sa.select(models.DilemmaStatusChange.dilemma_id).where(
                    models.DilemmaStatusChange.status == SETTLED,
                    models.DilemmaStatusChange.changed_at > now - timedelta(days=settings.settled_days),
                    models.DilemmaStatusChange.changed_at <= now)))
        return {"count": len(settled)} if settled else None

    def _quieter_week(self, now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
        week = timedelta(days=7)
        this = self._week_figures(now - week, now)
        if this is None or this[1] is None:
            return None
        history = [self._week_figures(now - week * (k + 1), now - week * k)
                   for k in range(1, settings.quieter_history_weeks + 1)]
        weeks = [figures for figures in history if figures is not None]
        weights = [figures[1] for figures in weeks if figures[1] is not None]
        if len(weeks) < max(1, settings.quieter_min_weeks) or not weights:
            return None
        median_count = statistics.median(figures[0] for figures in weeks)
        median_weight = statistics.median(weights)
        if this[0] < median_count and this[1] < median_weight:
            return {"off_hours": this[0], "median_off_hours": median_count,
                    "average_weight": round(this[1], 2), "median_weight": round(median_weight, 2),
                    "weeks": len(weeks)}
        return None

    def _week_figures(self, start: datetime, end: datetime) -> tuple[int, float | None] | None:
        """(off-hours contacts, average weight or None) of (start, end]; None without entries."""
        with self._database.session() as session:
            rows = list(session.execute(sa.select(models.Entry.kind, models.Entry.channel,
                                                     models.Entry.off_hours, models.Entry.emotional_weight)
                                        .where(*_window(start, end))))
        if not rows:
            return None
        count = sum(1 for kind, channel, off_hours, _ in rows if off_hours and (kind == "contact" or channel))
        weights = [weight for *_, weight in rows if weight is not None]
        return count, (sum(weights) / len(weights) if weights else None)

    def _count_off_hours(self, start: datetime, end: datetime) -> int:
        with self._database.session() as session:
            return len(list(session.scalars(
                sa.select(models.Entry.id).where(models.Entry.off_hours.is_(True),
                                               (models.Entry.kind == "contact") | models.Entry.channel.is_not(None),
                                       *_window(start, end)))))

    # --- internals: state

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise InvalidInput("the prompt engine's clock must give a timezone-aware time")
        return now

    def _library(self, language: str) -> dict[str, Prompt]:
        return {prompt.id: prompt for prompt in load_library(language)}

    def _prompt_or_fail(self, prompt_id: str) -> Prompt:
        prompt = self._library("en").get(prompt_id)
        if prompt is None:
            raise InvalidInput(f"unknown prompt: {prompt_id}")
        return prompt

    def _load(self) -> dict[str, Any]:
        if self._dry_state is not None:
            return json.loads(json.dumps(self._dry_state))
        state = self._database.read_setting(STATE_KEY, {})
        return state if isinstance(state, dict) else {}

    def _save(self, state: dict[str, Any]) -> None:
        if self.dry_run:
            self._dry_state = json.loads(json.dumps(state))
            return
        self._database.write_setting(STATE_KEY, state)


# ----- helpers


def _shown(prompt: Prompt, trigger: str, observation: Mapping[str, Any], at: datetime, language: str) -> ShownPrompt:
    values = {name: observation.get(name, "") for name in ("count", "days", "limit")}
    if trigger == "limit_crossed" and not values["limit"]:
        values["limit"] = _limit_name(str(observation.get("limit_kind", "")), observation.get("_count"), language)
    text = prompt.text.format_map(values)
    public = {name: value for name, value in observation.items() if not name.startswith("_")}
    return ShownPrompt(id=prompt.id, theme=prompt.theme, kind=prompt.kind, report_section=prompt.report_section,
                       text=text, trigger=trigger, observation=public, shown_at=at, language=language)


_LIMIT_NAMES = {
    NO_CONTACT_AFTER: {"fr": "pas de contact en soirée", "nl": "geen contact 's avonds", "en": "no contact in the evening"},
    NO_WEEKEND_CONTACTS: {"fr": "pas de contact le week-end", "nl": "geen contact in het weekend",
                          "en": "no contact at the weekend"},
    PERSONAL_PHONE_NOT_GIVEN: {"fr": "mon numéro personnel reste privé", "nl": "mijn privénummer blijft privé",
                               "en": "my personal number stays private"},
    MAX_OFF_HOURS_CONTACTS_PER_WEEK: {"fr": "contacts hors horaires par semaine", "nl": "contacten buiten de uren per week",
                                      "en": "off-hours contacts per week"},
    MAX_OUT_OF_FRAME_PER_MONTH: {"fr": "actes hors cadre par mois", "nl": "handelingen buiten het kader per maand",
                                 "en": "out-of-frame acts per month"},
    NO_LENDING_MONEY: {"fr": "pas de prêt d'argent", "nl": "geen geld uitlenen", "en": "no lending money"},
}


def _limit_name(kind: str, count: Any, language: str) -> str:
    """A limit without a label of its own, named by its kind."""
    names = _LIMIT_NAMES.get(kind)
    name = pick(names, language) if names else pick({"fr": "votre limite", "nl": "je grens", "en": "your limit"}, language)
    return f"{name} ({count})" if isinstance(count, int) and kind in (MAX_OFF_HOURS_CONTACTS_PER_WEEK,
                                                                     MAX_OUT_OF_FRAME_PER_MONTH) else name


def _window(start: datetime, end: datetime) -> tuple[Any, Any]:
    """Entries in (start, end]."""
    return models.Entry.occurred_at > start, models.Entry.occurred_at <= end


def _crossing_before(crossing: Crossing, now: datetime) -> bool:
    if crossing.at is not None:
        return crossing.at <= now
    return crossing.first_day <= now.date()


def _utc_key(value: str | None) -> str:
    if not value:
        return ""
    return f"{datetime.fromisoformat(value).timestamp():020.6f}"


def _weekly_review(now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
    start = time.fromisoformat(settings.weekly_review_from)
    weekday = now.weekday()
    first = settings.weekly_review_weekday
    if weekday == first and now.time().replace(tzinfo=None) >= start:
        return {}
    if first < weekday <= 6:
        return {}
    return None


def _month_start(now: datetime, settings: PromptSettings) -> Mapping[str, Any] | None:
    return {} if now.day <= settings.month_start_days else None


__all__ = [
    "NOTIFICATION_TEXT", "PLACEHOLDERS", "STATE_KEY", "THEMES", "TRIGGERS", "TRIGGER_PRIORITY", "Firing", "Prompt",
    "PromptEngine", "PromptSettings", "ShownPrompt", "generic_notification_text", "library_problems", "load_library",
]
