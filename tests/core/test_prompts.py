"""The prompt library and engine: triggers at their thresholds, priority, cooldown, snooze,
one-a-day, themes turned off, the three languages, filled placeholders, the generic notification.

Every test fixes the clock (Brussels winter time). 2026-11-18 is a Wednesday in the middle of
the month: neither the weekly review nor the start of the month fires then."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from journal_app.core.database import Database
from journal_app.core.dilemmas import SETTLED, THINKING, DilemmaStore
from journal_app.core.entries import EntryFields, EntryStore
from journal_app.core.errors import InvalidInput
from journal_app.core.limits import NO_CONTACT_AFTER, LimitStore
from journal_app.core.models import Setting
from journal_app.core.prompts import (
    NOTIFICATION_TEXT,
    PLACEHOLDERS,
    REPORT_SECTIONS,
    STATE_KEY,
    THEMES,
    TRIGGER_PRIORITY,
    TRIGGERS,
    PromptEngine,
    PromptSettings,
    generic_notification_text,
    library_problems,
    load_library,
)
from journal_app.core.resources import LANGUAGES, load_toml
from tests.core.helpers import Clock

BXL = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=BXL)  # a Wednesday
CATEGORY = "personal-resources"


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


def add(database: Database, when: datetime, **values) -> str:  # type: ignore[no-untyped-def]
    values.setdefault("title", "entry")
    return EntryStore(database).add(EntryFields(occurred_at=when, **values)).uuid


def off_hours_contact(database: Database, when: datetime, **values) -> str:  # type: ignore[no-untyped-def]
    return add(database, when, kind="contact", off_hours=True, **values)


def fired(database: Database, at: datetime, **kwargs) -> dict[str, dict]:  # type: ignore[no-untyped-def, type-arg]
    engine = PromptEngine(database, lambda: at, **kwargs)
    return {f.trigger: dict(f.observation) for f in engine.firing()}


# ----- the library


def test_library_is_valid_and_large_enough() -> None:
    assert library_problems() == []
    raw = load_toml("prompts", "prompts.toml")["prompt"]
    assert len(raw) >= 40
    assert {p["trigger"] for p in raw} == set(TRIGGERS)  # every trigger has prompts


def test_every_prompt_in_three_languages_citing_a_report_section() -> None:
    raw = load_toml("prompts", "prompts.toml")["prompt"]
    for item in raw:
        assert set(item["text"]) >= set(LANGUAGES), item["id"]
        assert all(item["text"][language].strip() for language in LANGUAGES), item["id"]
        assert item["report_section"] in REPORT_SECTIONS, item["id"]
        assert item["theme"] in THEMES
    for language in LANGUAGES:
        prompts = load_library(language)
        assert [p.text for p in prompts] == [item["text"][language] for item in raw]


def test_library_problems_are_found() -> None:
    good = {"id": "x", "theme": "meaning", "kind": "question", "report_section": "3.1", "trigger": "any",
            "cooldown_days": 7, "text": {"fr": "a", "nl": "b", "en": "c"}}
    assert library_problems([good]) == []
    assert library_problems([good, good]) == ["x: id used twice"]
    assert "unknown trigger" in library_problems([{**good, "trigger": "sometimes"}])[0]
    assert "no text in nl" in library_problems([{**good, "text": {"fr": "a", "en": "c"}}])[0]
    assert "not provided by any" in library_problems([{**good, "text": {"fr": "{count}", "nl": "b", "en": "c"}}])[0]
    assert "unknown report section" in library_problems([{**good, "report_section": "9.9"}])[0]
    assert library_problems([{**good, "trigger": "no_entry", "text": {"fr": "{days}", "nl": "{days}", "en": "{days}"}}]) == []


# ----- triggers at their thresholds


def test_nothing_fires_on_an_empty_journal_midweek(database: Database) -> None:
    assert fired(database, NOW) == {}


@pytest.mark.parametrize(("at", "fires"), [
    (datetime(2026, 11, 20, 13, 59, 59, tzinfo=BXL), False),  # Friday before 14:00
    (datetime(2026, 11, 20, 14, 0, tzinfo=BXL), True),
    (datetime(2026, 11, 21, 9, 0, tzinfo=BXL), True),  # Saturday
    (datetime(2026, 11, 22, 23, 59, 59, tzinfo=BXL), True),  # Sunday night
    (datetime(2026, 11, 23, 0, 0, tzinfo=BXL), False),  # Monday
    (datetime(2026, 11, 19, 18, 0, tzinfo=BXL), False),  # Thursday
])
def test_weekly_review(database: Database, at: datetime, fires: bool) -> None:
    assert ("weekly_review" in fired(database, at)) is fires


@pytest.mark.parametrize(("at", "fires"), [
    (datetime(2026, 12, 1, 0, 0, tzinfo=BXL), True),
    (datetime(2026, 12, 3, 23, 59, tzinfo=BXL), True),
    (datetime(2026, 12, 4, 0, 0, tzinfo=BXL), False),
    (datetime(2026, 11, 30, 23, 59, tzinfo=BXL), False),
])
def test_month_start(database: Database, at: datetime, fires: bool) -> None:
    assert ("month_start" in fired(database, at)) is fires


def test_off_hours_contacts_threshold(database: Database) -> None:
    off_hours_contact(database, NOW - timedelta(days=1))
    off_hours_contact(database, NOW - timedelta(days=6, hours=23))
    add(database, NOW - timedelta(days=2), off_hours=True)  # a reflection without channel: not a contact
    add(database, NOW - timedelta(days=2), kind="contact", off_hours=False)  # within hours
    off_hours_contact(database, NOW - timedelta(days=7))  # exactly 7 days ago: outside the window
    off_hours_contact(database, NOW + timedelta(hours=1))  # after the clock's moment
    assert "off_hours_contacts" not in fired(database, NOW)
    add(database, NOW - timedelta(days=3), channel="personal_phone", off_hours=True)  # a channel: a contact
    assert fired(database, NOW)["off_hours_contacts"] == {"count": 3}
    # The threshold is the worker's to change.
    assert "off_hours_contacts" not in fired(database, NOW, settings=PromptSettings(off_hours_threshold=4))
    assert fired(database, NOW, settings=PromptSettings(off_hours_threshold=1))["off_hours_contacts"] == {"count": 3}


def test_limit_crossed(database: Database) -> None:
    limits = LimitStore(database, today=lambda: NOW.date())
    limits.add(NO_CONTACT_AFTER, hour="20:00", label="Pas de téléphone après 20h", effective_from=date(2026, 1, 1))
    add(database, datetime(2026, 11, 16, 19, 59, tzinfo=BXL), kind="contact")
    add(database, datetime(2026, 11, 10, 21, 0, tzinfo=BXL), kind="contact")  # 8 days ago
    assert "limit_crossed" not in fired(database, NOW)
    add(database, datetime(2026, 11, 12, 20, 0, tzinfo=BXL), kind="contact")  # 6 days ago, at 20:00
    observed = fired(database, NOW)["limit_crossed"]
    assert observed["limit"] == "Pas de téléphone après 20h"
    assert observed["crossings"] == 1
    # Seen from just before 20:00 that day, only the crossing two days earlier has happened.
    assert fired(database, datetime(2026, 11, 12, 19, 59, tzinfo=BXL))["limit_crossed"]["crossings"] == 1
    assert fired(database, datetime(2026, 11, 12, 20, 0, tzinfo=BXL))["limit_crossed"]["crossings"] == 2


def test_limit_crossed_without_a_label_names_the_kind(database: Database, clock: Clock) -> None:
    LimitStore(database, today=lambda: NOW.date()).add(NO_CONTACT_AFTER, hour="20:00", effective_from=date(2026, 1, 1))
    add(database, NOW - timedelta(hours=14), kind="contact")  # 20:00 yesterday
    for language in LANGUAGES:
        shown = PromptEngine(database, clock, dry_run=True).next_prompt(language)
        assert shown is not None and shown.trigger == "limit_crossed"
        assert "{" not in shown.text and "“”" not in shown.text and "« »" not in shown.text


def test_out_of_frame_logged(database: Database) -> None:
    add(database, NOW - timedelta(days=3, minutes=1), out_of_frame=True)
    assert "out_of_frame_logged" not in fired(database, NOW)
    add(database, NOW - timedelta(days=2, hours=23), out_of_frame=True)
    assert fired(database, NOW)["out_of_frame_logged"] == {"count": 1}


def test_dilemma_stale(database: Database) -> None:
    old = DilemmaStore(database, clock=lambda: NOW - timedelta(days=21))
    stale = old.create("Prêter de l'argent ?", [CATEGORY], opened_at=NOW - timedelta(days=21))
    assert fired(database, NOW)["dilemma_stale"] == {"days": 21, "dilemmas": 1}
    assert "dilemma_stale" not in fired(database, NOW - timedelta(minutes=1))
    # A reflection is news: no longer stale.
    DilemmaStore(database, clock=lambda: NOW - timedelta(days=2)).add_reflection(stale.uuid, "y penser")
    assert "dilemma_stale" not in fired(database, NOW)


def test_dilemma_stale_only_open_or_thinking(database: Database) -> None:
    start = NOW - timedelta(days=40)
    store = DilemmaStore(database, clock=lambda: start)
    for status in ("to_supervision", "living_with", SETTLED):
        store.create(f"Dilemme {status}", [CATEGORY], status=status, opened_at=start)
    assert "dilemma_stale" not in fired(database, NOW)
    store.create("En réflexion", [CATEGORY], status=THINKING, opened_at=start)
    assert fired(database, NOW)["dilemma_stale"]["days"] == 40


def test_heavy_streak(database: Database) -> None:
    add(database, NOW - timedelta(days=5), emotional_weight=9)
    add(database, NOW - timedelta(days=4), emotional_weight=8)
    add(database, NOW - timedelta(days=3), emotional_weight=6)  # breaks the streak
    add(database, NOW - timedelta(days=2), emotional_weight=7)
    add(database, NOW - timedelta(days=1), emotional_weight=10)
    assert "heavy_streak" not in fired(database, NOW)
    add(database, NOW - timedelta(hours=1), emotional_weight=7)
    assert fired(database, NOW)["heavy_streak"] == {"count": 3}
    add(database, NOW - timedelta(minutes=30))  # no weight: the streak is over
    assert "heavy_streak" not in fired(database, NOW)


def test_checkin_rising_hook(database: Database) -> None:
    assert "checkin_rising" not in fired(database, NOW)
    assert "checkin_rising" not in fired(database, NOW, checkin_trend_rising=lambda: False)
    assert "checkin_rising" in fired(database, NOW, checkin_trend_rising=lambda: True)


def test_no_entry(database: Database) -> None:
    assert "no_entry" not in fired(database, NOW)  # an empty journal: nothing to measure from
    add(database, NOW - timedelta(days=10))
    assert fired(database, NOW)["no_entry"] == {"days": 10}
    assert "no_entry" not in fired(database, NOW - timedelta(seconds=1))
    add(database, NOW + timedelta(days=1))  # after the clock's moment: does not count
    assert "no_entry" in fired(database, NOW)


def test_dilemma_settled(database: Database) -> None:
    store = DilemmaStore(database, clock=lambda: NOW - timedelta(days=30))
    first = store.create("Un", [CATEGORY], opened_at=NOW - timedelta(days=30))
    store.set_status(first.uuid, SETTLED, at=NOW - timedelta(days=7))
    assert "dilemma_settled" not in fired(database, NOW)
    second = store.create("Deux", [CATEGORY], opened_at=NOW - timedelta(days=30))
    store.set_status(second.uuid, SETTLED, at=NOW - timedelta(days=6, hours=23))
    assert fired(database, NOW)["dilemma_settled"] == {"count": 1}


def _history(database: Database, weeks: int, *, contacts: int = 3, weight: int = 6) -> None:
    for week in range(1, weeks + 1):
        middle = NOW - timedelta(days=7 * week + 3)
        for n in range(contacts):
            off_hours_contact(database, middle + timedelta(hours=n), emotional_weight=weight)


def test_quieter_week(database: Database) -> None:
    _history(database, 4)
    off_hours_contact(database, NOW - timedelta(days=2), emotional_weight=3)
    observed = fired(database, NOW)["quieter_week"]
    assert observed["off_hours"] == 1 and observed["median_off_hours"] == 3 and observed["weeks"] == 4


def test_quieter_week_needs_four_weeks_of_history(database: Database) -> None:
    _history(database, 3)
    off_hours_contact(database, NOW - timedelta(days=2), emotional_weight=3)
    assert "quieter_week" not in fired(database, NOW)


def test_quieter_week_needs_both_fewer_contacts_and_lower_weight(database: Database) -> None:
    _history(database, 8)
    off_hours_contact(database, NOW - timedelta(days=2), emotional_weight=6)  # same weight
    assert "quieter_week" not in fired(database, NOW)
    add(database, NOW - timedelta(days=1), emotional_weight=2)  # average now 4, contacts 1
    assert "quieter_week" in fired(database, NOW)
    for n in range(2):
        off_hours_contact(database, NOW - timedelta(hours=n + 1), emotional_weight=1)  # 3 contacts: not fewer
    assert "quieter_week" not in fired(database, NOW)


def test_any_only_when_nothing_fires_and_quiet_for_a_week(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock)
    shown = engine.next_prompt("fr")
    assert shown is not None and shown.trigger == "any"
    engine.dismiss(shown.id)
    clock.advance(days=6, hours=23)  # Wednesday again, at 09:00
    assert clock.now.weekday() == 2
    assert engine.next_prompt("fr") is None
    clock.advance(hours=1)
    again = engine.next_prompt("fr")
    assert again is not None and again.trigger == "any" and again.id != shown.id


def test_any_gives_way_to_a_firing_trigger(database: Database) -> None:
    engine = PromptEngine(database, lambda: NOW, checkin_trend_rising=lambda: True)
    shown = engine.next_prompt("en")
    assert shown is not None and shown.trigger == "checkin_rising"


def test_priority_order(database: Database) -> None:
    assert TRIGGER_PRIORITY[0] == "limit_crossed" and TRIGGER_PRIORITY[-1] == "any"
    assert set(TRIGGER_PRIORITY) == TRIGGERS
    friday = datetime(2026, 11, 20, 15, 0, tzinfo=BXL)
    LimitStore(database, today=lambda: friday.date()).add(NO_CONTACT_AFTER, hour="20:00", label="soirées libres",
                                                           effective_from=date(2026, 1, 1))
    for days in (1, 2, 3):
        off_hours_contact(database, friday - timedelta(days=days, hours=-7))  # 22:00: crossings too
    engine = PromptEngine(database, lambda: friday, checkin_trend_rising=lambda: True)
    assert [f.trigger for f in engine.firing()] == ["limit_crossed", "off_hours_contacts", "checkin_rising",
                                                     "weekly_review"]
    shown = engine.next_prompt("fr")
    assert shown is not None and shown.trigger == "limit_crossed" and "soirées libres" in shown.text
    # With the limits theme off, the limit prompts left (supervision) still come first...
    engine.set_theme_enabled("limits", False)
    engine.set_theme_enabled("supervision", False)
    other = PromptEngine(database, lambda: friday + timedelta(days=1), checkin_trend_rising=lambda: True).next_prompt("fr")
    # ...and with all of them off, the next trigger takes its turn.
    assert other is not None and other.trigger == "off_hours_contacts"


# ----- rules


def test_one_prompt_a_day(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, checkin_trend_rising=lambda: True)
    first = engine.next_prompt("fr")
    assert first is not None
    clock.advance(hours=5)
    assert engine.next_prompt("fr") == first  # the same prompt, the same shown moment
    in_dutch = engine.next_prompt("nl")
    assert in_dutch is not None and in_dutch.id == first.id and in_dutch.text != first.text
    engine.snooze(first.id)
    assert engine.next_prompt("fr") is None  # not another one today
    extra = engine.more("fr")  # unless the worker asks
    assert extra is not None and extra.id != first.id
    assert engine.next_prompt("fr") == extra  # the one asked for is now the prompt of the day
    clock.advance(days=1)
    tomorrow = engine.next_prompt("fr")
    assert tomorrow is not None and tomorrow.id not in (first.id, extra.id)


def test_more_runs_out(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, checkin_trend_rising=lambda: True)
    seen = []
    while (shown := engine.more("en")) is not None:
        seen.append(shown.id)
    library = load_library("en")
    expected = sorted(p.id for p in library if p.trigger == "checkin_rising")
    expected += sorted(p.id for p in library if p.trigger == "any")
    assert seen == expected


def test_deterministic_pick_least_recently_shown_then_id(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, checkin_trend_rising=lambda: True)
    ids = sorted(p.id for p in load_library("fr") if p.trigger == "checkin_rising")
    assert [p.id for p in engine.candidates("checkin_rising")] == ids
    picked = []
    for _ in ids:
        shown = engine.next_prompt("fr")
        assert shown is not None
        picked.append(shown.id)
        engine.snooze(shown.id, days=0)
        clock.advance(days=1)
    assert picked == ids  # never shown first, by id
    # Everything shown once and available again: the least recently shown comes first.
    assert [p.id for p in engine.candidates("checkin_rising")] == ids


def test_cooldown_after_dismissal(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, checkin_trend_rising=lambda: True)
    shown = engine.next_prompt("fr")
    assert shown is not None
    cooldown = next(p.cooldown_days for p in load_library("fr") if p.id == shown.id)
    clock.advance(days=2)
    engine.dismiss(shown.id)
    clock.advance(days=cooldown, seconds=-1)
    assert shown.id not in [p.id for p in engine.candidates("checkin_rising")]
    clock.advance(seconds=1)
    assert shown.id in [p.id for p in engine.candidates("checkin_rising")]


def test_cooldown_after_being_shown(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, checkin_trend_rising=lambda: True)
    shown = engine.next_prompt("fr")
    assert shown is not None
    clock.advance(days=1)  # shown yesterday, never acted on
    assert shown.id not in [p.id for p in engine.candidates("checkin_rising")]
    assert engine.next_prompt("fr").id != shown.id  # type: ignore[union-attr]


def test_snooze_brings_it_back_after_three_days(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, checkin_trend_rising=lambda: True)
    shown = engine.next_prompt("fr")
    assert shown is not None
    engine.snooze(shown.id)
    clock.advance(days=3, seconds=-1)
    assert shown.id not in [p.id for p in engine.candidates("checkin_rising")]
    clock.advance(seconds=1)
    assert shown.id in [p.id for p in engine.candidates("checkin_rising")]
    engine.snooze(shown.id, days=10)
    clock.advance(days=9)
    assert shown.id not in [p.id for p in engine.candidates("checkin_rising")]


def test_themes_turned_off(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, checkin_trend_rising=lambda: True)
    engine.set_theme_enabled("workload", False)
    themes = {p.theme for p in engine.candidates("checkin_rising")}
    assert themes == {"support"}
    # Stored in the journal: another engine sees it.
    assert PromptEngine(database, clock).settings.disabled_themes == ("workload",)
    engine.set_theme_enabled("support", False)
    # No check-in prompt left: the trigger still fires, so no general prompt on its own...
    assert engine.next_prompt("fr") is None
    shown = engine.more("fr")  # ...but one on request
    assert shown is not None and shown.trigger == "any" and shown.theme not in ("workload", "support")
    engine.set_theme_enabled("workload", True)
    assert PromptEngine(database, clock).settings.disabled_themes == ("support",)
    with pytest.raises(InvalidInput):
        engine.set_theme_enabled("gardening", False)


def test_prompts_turned_off_altogether(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, PromptSettings(enabled=False), checkin_trend_rising=lambda: True)
    assert engine.next_prompt("fr") is None and engine.more("fr") is None


def test_todays_prompt_disappears_when_its_theme_is_turned_off(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock)
    shown = engine.next_prompt("fr")
    assert shown is not None
    engine.set_theme_enabled(shown.theme, False)
    assert engine.next_prompt("fr") is None


def test_answer_and_link_entry(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock)
    shown = engine.next_prompt("fr")
    assert shown is not None
    engine.answer(shown.id)
    entry = add(database, NOW, title=shown.text)
    engine.link_entry(shown.id, entry)
    engine.link_entry(shown.id, entry)  # twice is once
    assert engine.linked_entries(shown.id) == (entry,)
    assert engine.prompt_of_entry(entry) == shown.id
    assert engine.prompt_of_entry("nope") is None
    assert engine.next_prompt("fr") is None  # answered: nothing more today
    assert engine.history()[shown.id]["last_action"] == "answered"
    with pytest.raises(InvalidInput):
        engine.answer("no-such-prompt")


def test_state_is_json_under_one_settings_key(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock)
    engine.next_prompt("fr")
    engine.save_settings(PromptSettings(no_entry_days=14))
    with database.session() as session:
        keys = [row.key for row in session.query(Setting).all()]
        state = json.loads(session.get(Setting, STATE_KEY).value)  # type: ignore[union-attr]
    assert keys.count(STATE_KEY) == 1
    assert state["settings"]["no_entry_days"] == 14
    assert PromptEngine(database, clock).settings.no_entry_days == 14


def test_dry_run_never_writes(database: Database, clock: Clock) -> None:
    engine = PromptEngine(database, clock, dry_run=True)
    first = engine.next_prompt("fr")
    assert first is not None and engine.next_prompt("fr") == first  # consistent within the engine
    engine.dismiss(first.id)
    with database.session() as session:
        assert session.get(Setting, STATE_KEY) is None


def test_the_clock_must_be_timezone_aware(database: Database) -> None:
    with pytest.raises(InvalidInput):
        PromptEngine(database, lambda: datetime(2026, 11, 18, 10, 0)).next_prompt("fr")


def test_invalid_settings_are_refused(database: Database) -> None:
    with pytest.raises(InvalidInput):
        PromptEngine(database, lambda: NOW, PromptSettings(disabled_themes=("gardening",)))
    with pytest.raises(InvalidInput):
        PromptSettings(no_entry_days=-1).validated()


# ----- texts


def _everything_fires(database: Database) -> None:
    """A journal where every trigger with a placeholder fires at NOW except no_entry."""
    LimitStore(database, today=lambda: NOW.date()).add(NO_CONTACT_AFTER, hour="20:00", label="mes soirées",
                                                        effective_from=date(2026, 1, 1))
    for days in (1, 2, 3):
        off_hours_contact(database, NOW - timedelta(days=days, hours=-11), emotional_weight=8)  # 21:00
    add(database, NOW - timedelta(days=1), out_of_frame=True, emotional_weight=9)
    DilemmaStore(database, clock=lambda: NOW - timedelta(days=30)).create("x", [CATEGORY],
                                                                            opened_at=NOW - timedelta(days=30))


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_all_filled(database: Database, language: str) -> None:
    _everything_fires(database)
    firing = {f.trigger for f in PromptEngine(database, lambda: NOW).firing()}
    assert set(PLACEHOLDERS) - {"no_entry"} <= firing
    seen: dict[str, str] = {}
    engine = PromptEngine(database, lambda: NOW, dry_run=True, checkin_trend_rising=lambda: True)
    while (shown := engine.more(language)) is not None:
        seen[shown.id] = shown.text
    quiet = Database.new()
    try:
        add(quiet, NOW - timedelta(days=12))
        engine = PromptEngine(quiet, lambda: NOW, dry_run=True)
        while (shown := engine.more(language)) is not None:
            seen[shown.id] = shown.text
    finally:
        quiet.close()
    placeholder_prompts = {p.id for p in load_library(language) if p.trigger in PLACEHOLDERS}
    assert placeholder_prompts <= set(seen)
    for prompt_id, text in seen.items():
        assert "{" not in text and "}" not in text, (prompt_id, text)
    assert any("mes soirées" in text for text in seen.values())


def test_notification_text_has_no_journal_content(database: Database, clock: Clock) -> None:
    canary = "CANARY7Q"
    LimitStore(database, today=lambda: NOW.date()).add(NO_CONTACT_AFTER, hour="20:00", label=f"{canary} limit",
                                                        effective_from=date(2026, 1, 1))
    add(database, NOW - timedelta(hours=13), title=f"{canary} title", body=f"{canary} body", kind="contact",
        persons=(f"{canary} person",), tags=(f"{canary}tag",), channel="personal_phone", off_hours=True,
        out_of_frame=True, emotional_weight=9)
    DilemmaStore(database, clock=lambda: NOW - timedelta(days=30)).create(f"{canary} dilemma", [CATEGORY],
                                                                           opened_at=NOW - timedelta(days=30))
    engine = PromptEngine(database, clock)
    shown = engine.next_prompt("fr")
    assert shown is not None and canary in shown.text  # the banner may name the limit...
    expected = {"fr": "Carnet a une question pour vous", "nl": "Carnet heeft een vraag voor je",
                "en": "Carnet has a question for you"}
    for language in LANGUAGES:
        text = generic_notification_text(language)  # ...the notification never does
        assert text == expected[language] == NOTIFICATION_TEXT[language]
        assert canary.casefold() not in text.casefold()
        assert shown.text not in text and shown.id not in text
