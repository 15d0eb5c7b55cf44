"""The fortnightly check-in: CBI scoring against worked examples, when it is due, trends, the
"rise or stay high" rule at its edges, and where to turn."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.core.checkins import (
    HIGH_REFERENCE,
    RISE_POINTS,
    CheckinStore,
    Signal,
    extra_questions,
    instrument,
    score,
    where_to_turn,
)
from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput

BRUSSELS = timezone(timedelta(hours=1))
EN = instrument("en")
ITEMS = {scale: [item.id for item in EN.items if item.scale == scale] for scale in ("personal", "work", "client")}


def by_label(labels: dict[str, str]) -> dict[str, int]:
    """Answers given as the English option labels, as a person would pick them."""
    answers = {}
    for item in EN.items:
        if item.id in labels:
            (option,) = [o for o in EN.options(item) if o.label == labels[item.id]]
            answers[item.id] = option.score
    return answers


def mean_of_five(mean: float) -> list[int]:
    """Five answers (multiples of 25) whose mean is ``mean`` (a multiple of 5)."""
    steps, rest = divmod(round(mean * 5) // 25, 5)
    assert (steps * 5 + rest) * 25 == mean * 5
    return [25 * (steps + 1)] * rest + [25 * steps] * (5 - rest)


def personal(mean: float) -> dict[str, int]:
    """Five of the six personal items answered (the sixth skipped), with this mean."""
    return dict(zip(ITEMS["personal"], mean_of_five(mean), strict=False))


@pytest.fixture
def store(database: Database) -> CheckinStore:
    return CheckinStore(database, clock=lambda: datetime(2026, 11, 2, 18, 0, tzinfo=BRUSSELS))


def day(number: int, hour: int = 18) -> datetime:
    """November 2026, Brussels winter time."""
    return datetime(2026, 11, 1, hour, 0, tzinfo=BRUSSELS) + timedelta(days=number - 1)


# --- the instrument ---------------------------------------------------------------------------


def test_the_instrument_has_its_three_scales_and_19_items() -> None:
    assert [(s.id, s.item_count, s.min_answered) for s in EN.scales] == [
        ("personal", 6, 3), ("work", 7, 4), ("client", 6, 3),
    ]
    assert [len(ITEMS[s]) for s in ("personal", "work", "client")] == [6, 7, 6]
    assert [i.id for i in EN.items if i.reverse] == ["cbi-work-7"]
    for language in ("fr", "nl", "en"):
        shown = instrument(language)
        assert "Kristensen" in shown.credit
        for scale in shown.scales:  # the names shown to the worker never say "burn-out"
            assert "burn" not in scale.name.lower() and "brûl" not in scale.name.lower()
    assert EN.validated and not instrument("fr").validated and not instrument("nl").validated
    assert instrument("de").language == "fr"  # falls back to French, and says it is our translation
    assert [q.id for q in extra_questions("fr").questions] == [
        "time-to-breathe", "team-support", "management-support", "means-to-act", "sense-of-meaning", "values-at-odds",
    ]


# --- scoring ----------------------------------------------------------------------------------


def test_every_item_answered() -> None:
    answers = by_label({
        # personal: 100 + 75 + 50 + 25 + 0 + 50 = 300, / 6
        "cbi-personal-1": "Always", "cbi-personal-2": "Often", "cbi-personal-3": "Sometimes",
        "cbi-personal-4": "Seldom", "cbi-personal-5": "Never/almost never", "cbi-personal-6": "Sometimes",
        # work: 75 + 50 + 0 + 75 + 25 + 50 + (100 - 25) = 350, / 7
        "cbi-work-1": "To a high degree", "cbi-work-2": "Somewhat", "cbi-work-3": "To a very low degree",
        "cbi-work-4": "Often", "cbi-work-5": "Seldom", "cbi-work-6": "Sometimes", "cbi-work-7": "Seldom",
        # client: 100 + 100 + 75 + 75 + 75 + 25 = 450, / 6
        "cbi-client-1": "To a very high degree", "cbi-client-2": "To a very high degree",
        "cbi-client-3": "To a high degree", "cbi-client-4": "To a high degree",
        "cbi-client-5": "Often", "cbi-client-6": "Seldom",
    })
    assert len(answers) == 19
    result = score(answers)
    assert (result.personal, result.work, result.client) == (50.0, 50.0, 75.0)
    assert dict(result.answered) == {"personal": 6, "work": 7, "client": 6}


def test_mixed_answer_scales_use_the_right_labels() -> None:
    """Work items 1-3 and client items 1-4 are on the degree scale, the others on frequency."""
    degree = {i.id for i in EN.items if i.answer_scale == "degree"}
    assert degree == {"cbi-work-1", "cbi-work-2", "cbi-work-3",
                      "cbi-client-1", "cbi-client-2", "cbi-client-3", "cbi-client-4"}
    with pytest.raises(ValueError):
        by_label({"cbi-work-1": "Always"})  # not an option of a degree item
    result = score(by_label({"cbi-client-1": "To a very low degree", "cbi-client-2": "Somewhat",
                             "cbi-client-5": "Always"}))
    assert result.client == 50.0  # (0 + 50 + 100) / 3


def test_the_reverse_item() -> None:
    work_1_to_6 = {item: 50 for item in ITEMS["work"][:6]}
    # "enough energy for family and friends": always -> 0, never/almost never -> 100
    assert score({**work_1_to_6, "cbi-work-7": 100}).work == pytest.approx(300 / 7)
    assert score({**work_1_to_6, "cbi-work-7": 0}).work == pytest.approx(400 / 7)
    assert score({**work_1_to_6, "cbi-work-7": 50}).work == 50.0
    everything_always = {item.id: 100 for item in EN.items}
    assert score(everything_always).work == pytest.approx(600 / 7)  # 85.71..., not 100
    assert score({"cbi-work-1": 0, "cbi-work-2": 0, "cbi-work-3": 0, "cbi-work-7": 100}).work == 0.0


def test_missing_answers_below_and_at_min_answered() -> None:
    two = dict(zip(ITEMS["personal"], [100, 50], strict=False))
    three = dict(zip(ITEMS["personal"], [100, 50, 0], strict=False))
    assert score(two).personal is None
    assert score(three).personal == 50.0  # the mean of the answered items, skipped ones left out
    assert score({**three, ITEMS["personal"][3]: None}).personal == 50.0  # None is a skipped item
    work_three = dict(zip(ITEMS["work"], [100, 100, 100], strict=False))
    assert score(work_three).work is None  # the work scale needs 4 of its 7 items
    assert score({**work_three, "cbi-work-7": 100}).work == 75.0  # (100 + 100 + 100 + 0) / 4
    client_two = dict(zip(ITEMS["client"], [25, 25], strict=False))
    assert score(client_two).client is None
    assert score({**client_two, "cbi-client-6": 100}).client == 50.0
    nothing = score({})
    assert (nothing.personal, nothing.work, nothing.client) == (None, None, None)


def test_invalid_answers_are_refused() -> None:
    with pytest.raises(InvalidInput):
        score({"cbi-personal-1": 60})
    with pytest.raises(InvalidInput):
        score({"cbi-personal-1": True})
    with pytest.raises(InvalidInput):
        score({"cbi-personal-7": 50})


# --- recording --------------------------------------------------------------------------------


def test_record_and_read_back(store: CheckinStore, database: Database) -> None:
    record = store.record({**personal(50), "cbi-work-7": 100}, {"time-to-breathe": 1, "sense-of-meaning": 4})
    assert record.taken_at == datetime(2026, 11, 2, 18, 0, tzinfo=BRUSSELS)
    assert record.taken_at.utcoffset() == timedelta(hours=1)
    assert (record.scores.personal, record.scores.work, record.scores.client) == (50.0, None, None)
    assert record.extra == {"time-to-breathe": 1, "sense-of-meaning": 4}
    (again,) = store.history()
    assert again == record
    assert store.latest() == record
    stored = database.raw.execute("SELECT taken_at, utc_offset_minutes, answers FROM checkins").fetchone()
    assert stored[:2] == ("2026-11-02T17:00:00.000000Z", 60)
    assert json.loads(stored[2])["cbi-work-7"] == 100  # the option's score, before reversing
    with pytest.raises(InvalidInput):
        store.record({}, {"time-to-breathe": 5})
    with pytest.raises(InvalidInput):
        store.record({}, {"unknown": 1})
    with pytest.raises(InvalidInput):
        store.record({}, {})
    with pytest.raises(InvalidInput):
        store.record(personal(50), at=datetime(2026, 11, 2, 18, 0))  # naive
    store.delete(record.uuid)
    assert store.latest() is None


def test_history_is_in_time_order(store: CheckinStore) -> None:
    store.record(personal(40), at=day(15))
    store.record(personal(30), at=day(1))
    assert [r.scores.personal for r in store.history()] == [30.0, 40.0]
    assert [r.scores.personal for r in store.history(until=day(14))] == [30.0]


# --- due --------------------------------------------------------------------------------------


def test_due_every_14_days(store: CheckinStore, database: Database) -> None:
    assert store.due(day(1))  # never done: due
    store.record(personal(50), at=day(2))  # Monday 2 November, 18:00
    assert not store.due(day(2, 19))
    assert not store.due(datetime(2026, 11, 15, 23, 59, 59, tzinfo=BRUSSELS))
    assert store.due(datetime(2026, 11, 16, 0, 0, tzinfo=BRUSSELS))  # 14 calendar days later
    assert store.due(datetime(2026, 11, 15, 23, 0, tzinfo=UTC))  # already the 16th in Brussels
    assert not store.due(datetime(2026, 11, 15, 22, 59, tzinfo=UTC))
    assert store.due(day(9), every_days=7) and not store.due(day(8, 23), every_days=7)
    assert store.settings().every_days == 14 and store.settings().enabled
    assert database.raw.execute("SELECT count(*) FROM settings WHERE key = 'checkin_settings'").fetchone() == (0,)


def test_due_adjustable_and_off(store: CheckinStore, database: Database) -> None:
    store.record(personal(50), at=day(2))
    store.set_settings(every_days=21)
    assert not store.due(day(22)) and store.due(day(23))
    store.set_settings(enabled=False)
    assert not store.due(day(60))
    assert not CheckinStore(database).due(day(60))  # stored in the journal
    (value,) = database.raw.execute("SELECT value FROM settings WHERE key = 'checkin_settings'").fetchone()
    assert json.loads(value) == {"enabled": False, "every_days": 21}
    store.set_settings(enabled=True)
    assert store.due(day(23)) and store.settings().every_days == 21
    with pytest.raises(InvalidInput):
        store.set_settings(every_days=0)


def test_never_done_and_off_is_not_due(store: CheckinStore) -> None:
    store.set_settings(enabled=False)
    assert not store.due(day(1))


# --- trends -----------------------------------------------------------------------------------


def _series(store: CheckinStore, means: list[float | None]) -> None:
    for number, mean in enumerate(means):
        answers = personal(mean) if mean is not None else {ITEMS["personal"][0]: 100}  # too few: no score
        work = dict.fromkeys(ITEMS["work"][:4], 25)  # a steady work scale at 25
        store.record({**answers, **work}, {"team-support": 2}, at=day(1) + timedelta(days=14 * number))


@pytest.mark.parametrize(("means", "direction"), [
    ([40, 45, 50], "rising"),  # exactly 10 points more than the oldest: rising
    ([40, 60, 45], "steady"),  # 5 points: steady, whatever happened in between
    ([50, 40], "falling"),  # exactly 10 fewer: falling
    ([50, 45], "steady"),
    ([50], None),  # one value has no direction
    ([], None),
])
def test_trend_direction_at_its_edges(store: CheckinStore, means: list[float], direction: str | None) -> None:
    _series(store, means)
    trend = store.trend("personal")
    assert trend.values == tuple(float(m) for m in means)
    assert trend.direction == direction


def test_trend_keeps_the_last_values_and_skips_missing_scores(store: CheckinStore) -> None:
    _series(store, [10, 20, None, 30, 40, 50, 60, 70])
    trend = store.trend("personal")
    assert trend.values == (20.0, 30.0, 40.0, 50.0, 60.0, 70.0)
    assert trend.direction == "rising" and trend.change == 50.0
    assert len(trend.taken_at) == 6 and trend.taken_at[0] == day(15)
    assert store.trend("personal", last=2).values == (60.0, 70.0)
    assert store.trend("work").values == (25.0,) * 6 and store.trend("work").direction == "steady"
    assert store.trend("client").values == ()
    assert store.trend("team-support").direction == "steady"
    with pytest.raises(InvalidInput):
        store.trend("burnout")


def test_trend_of_an_extra_question(store: CheckinStore) -> None:
    store.record({}, {"time-to-breathe": 1}, at=day(1))
    store.record({}, {"time-to-breathe": 2}, at=day(15))
    assert store.trend("time-to-breathe").values == (1.0, 2.0)
    assert store.trend("time-to-breathe").direction == "rising"


# --- rise or stay high ------------------------------------------------------------------------


def test_thresholds_are_the_documented_ones() -> None:
    assert RISE_POINTS == 10 and HIGH_REFERENCE == 50


@pytest.mark.parametrize(("previous", "latest", "expected"), [
    (30, 40, "rose"),  # a rise of exactly 10 points
    (30, 35, None),  # 5 points
    (40, 30, None),  # falling
    (50, 50, "stayed_high"),  # both exactly 50
    (45, 50, None),  # high now, but not before, and only 5 points more
    (50, 45, None),
    (80, 55, "stayed_high"),  # lower, but still both 50 or more
    (45, 60, "rose"),
    (0, 0, None),
])
def test_rising_at_its_edges(store: CheckinStore, previous: float, latest: float, expected: str | None) -> None:
    _series(store, [previous, latest])
    found = store.signals(day(30))
    assert found == ([Signal("personal", expected, float(previous), float(latest))] if expected else [])  # type: ignore[arg-type]
    assert store.rising(day(30)) is (expected is not None)
    assert store.suggest_talking(day(30)) is (expected is not None)


def test_rising_needs_two_check_ins_with_scores(store: CheckinStore) -> None:
    assert not store.rising(day(1))
    _series(store, [90])
    assert not store.rising(day(30))  # one check-in, however high, is not a trend
    store.record({ITEMS["personal"][0]: 100}, at=day(29))  # too few answers: no personal score
    assert not store.rising(day(30))


def test_rising_looks_at_the_check_ins_up_to_now(store: CheckinStore) -> None:
    _series(store, [30, 30, 45])  # days 1, 15 and 29
    assert not store.rising(day(28))
    assert store.rising(day(29, 19))


def test_any_scale_counts(store: CheckinStore) -> None:
    client = ITEMS["client"]
    store.record({**personal(60), client[0]: 25, client[1]: 25, client[2]: 25}, at=day(1))
    store.record({**personal(30), client[0]: 50, client[1]: 25, client[2]: 25}, at=day(15))  # client +8.33
    assert not store.rising(day(16))
    store.record({**personal(30), client[0]: 75, client[1]: 25, client[2]: 25}, at=day(29))  # client 33.3 -> 41.7
    assert not store.rising(day(30))
    store.record({**personal(30), client[0]: 75, client[1]: 50, client[2]: 50}, at=day(43))  # client -> 58.3
    assert [s.scale for s in store.signals(day(44))] == ["client"]


# --- where to turn ----------------------------------------------------------------------------


def test_where_to_turn_has_the_crisis_lines() -> None:
    for language in ("fr", "nl", "en"):
        resources = where_to_turn(language)
        crisis = {r.id: r.phone for r in resources if r.kind == "crisis"}
        assert crisis == {"centre-prevention-suicide": "0800 32 123", "zelfmoordlijn": "1813",
                          "community-help-service": "02 648 40 14", "emergency-112": "112",
                          "tele-accueil": "107", "tele-onthaal": "106"}
        kinds = [r.kind for r in resources]
        assert kinds == sorted(kinds, key=["at_work", "health", "portal", "crisis"].index)
        ids = {r.id for r in resources}
        assert {"supervision", "colleagues-intervision", "prevention-advisor-psychosocial", "trusted-person",
                "occupational-physician", "general-practitioner"} <= ids
        assert all(r.country == "BE" and r.name and r.description and r.source and r.checked for r in resources)
    (portal,) = [r for r in where_to_turn("nl") if r.kind == "portal"]
    assert portal.url == "https://stressburnout.belgie.be"
    (physician,) = [r for r in where_to_turn("fr") if r.id == "occupational-physician"]
    assert physician.note and "accord écrit" in physician.note
    assert [r.language for r in where_to_turn("en") if r.id == "zelfmoordlijn"] == ["nl"]
    assert where_to_turn("fr", country="FR") == []
    assert CheckinStore.where_to_turn("en") == where_to_turn("en")


def test_a_new_journal_is_invited_to_a_check_in_only_after_a_week_of_writing(database) -> None:
    from journal_app.core.entries import EntryFields, EntryStore

    brussels = timezone(timedelta(hours=1))
    now = datetime(2026, 11, 24, 18, 0, tzinfo=brussels)
    store = CheckinStore(database, clock=lambda: now)
    assert store.due(now) and not store.invitation_due(now)  # nothing written yet
    entries = EntryStore(database)
    entries.add(EntryFields(title="premier jour", occurred_at=now - timedelta(days=3)))
    assert not store.invitation_due(now)
    entries.add(EntryFields(title="plus tôt", occurred_at=now - timedelta(days=8)))
    assert store.invitation_due(now)
    store.postpone_invitation(now)
    assert not store.invitation_due(now + timedelta(days=1))
    assert store.invitation_due(now + timedelta(days=2))



@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from([-60, 0, 60, 120]),
                          st.dictionaries(st.sampled_from([item.id for item in EN.items]),
                                          st.sampled_from([0, 25, 50, 75, 100]))), max_size=12),
       st.integers(0, 45), st.integers(1, 7))
def test_latest_trends_and_signals_read_alone_say_what_the_whole_history_says(
        checkins: list[tuple[int, int, dict[str, int]]], until_day: int, last: int) -> None:
    """The dashboard's questions (latest, the three trends, signals) read only the last check-ins
    they need: the same answers as worked out from ``history``, whatever the times (ties, other
    offsets) and whichever scales have too few answers."""
    database = Database.new()
    try:
        store = CheckinStore(database, clock=lambda: day(1))
        for offset_day, offset_minutes, answers in checkins:
            at = datetime(2026, 11, 1, 12, 0, tzinfo=timezone(timedelta(minutes=offset_minutes))) + timedelta(days=offset_day)
            store.record(answers or {ITEMS["work"][0]: 50}, at=at)
        until = day(1) + timedelta(days=until_day)
        history = store.history(until)
        assert store.latest(until) == (history[-1] if history else None)
        for scale in ("personal", "work", "client"):
            points = [(r.taken_at, r.scores.get(scale)) for r in history if r.scores.get(scale) is not None][-last:]
            trend = store.trend(scale, last=last, until=until)
            assert trend.values == tuple(float(value) for _, value in points)
            assert [(at, at.utcoffset()) for at in trend.taken_at] == [(at, at.utcoffset()) for at, _ in points]
        expected = []
        if len(history) >= 2:
            before, after = history[-2].scores, history[-1].scores
            for scale in ("personal", "work", "client"):
                b, a = before.get(scale), after.get(scale)
                if b is not None and a is not None and (a - b >= RISE_POINTS or min(a, b) >= HIGH_REFERENCE):
                    expected.append((scale, b, a))
        assert [(s.scale, s.previous, s.latest) for s in store.signals(until)] == expected
    finally:
        database.close()
