"""Checks on the well-being data files: prompts, the CBI check-in, extra questions, where to turn.

Only the standard library and pytest are used, so these tests run without the application.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PROMPTS_FILE = REPO_ROOT / "resources" / "prompts" / "prompts.toml"
CBI_FILE = REPO_ROOT / "resources" / "checkin" / "cbi.toml"
EXTRA_FILE = REPO_ROOT / "resources" / "checkin" / "extra.toml"
HELP_FILE = REPO_ROOT / "resources" / "help" / "where-to-turn.toml"

LANGS = ("fr", "nl", "en")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Report citation key (see the comment at the top of resources/dilemmas/taxonomy.toml):
# part (1) has no sub-headings; parts (2), (3), (4) have 4, 3 and 4.
REPORT_SECTIONS = {"1", "2", "3", "4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3",
                   "4.1", "4.2", "4.3", "4.4", "annex"}

THEMES = {"off_hours", "out_of_frame", "limits", "dilemmas", "workload", "emotional_load",
          "support", "meaning", "recognition", "rhythm", "supervision"}
KINDS = {"question", "suggestion", "recognition"}
PLACEHOLDERS_BY_TRIGGER = {
    "weekly_review": set(),
    "month_start": set(),
    "off_hours_contacts": {"count"},
    "limit_crossed": {"limit"},
    "out_of_frame_logged": set(),
    "dilemma_stale": {"days"},
    "heavy_streak": {"count"},
    "checkin_rising": set(),
    "no_entry": {"days"},
    "dilemma_settled": set(),
    "quieter_week": set(),
    "any": set(),
}
TRIGGERS = set(PLACEHOLDERS_BY_TRIGGER)
MIN_PROMPTS = 40
MIN_PER_TRIGGER = 3
MIN_RECOGNITION = 8
MIN_SUGGESTION = 8
MAX_PROMPT_LEN = 220
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# Never "burn-out" as a verdict in what the app says on its own behalf.
VERDICT_WORDS = ("burn-out", "burnout", "burn out", "épuisement professionnel")

CBI_SCALE_SIZES = {"personal": 6, "work": 7, "client": 6}
CBI_SCORES = [100, 75, 50, 25, 0]
CBI_ANSWER_SCALES = {"frequency", "degree"}
# The PUMA sheet: work items 1-3 and client items 1-4 use the degree scale, all others frequency.
CBI_DEGREE_ITEMS = {("work", 1), ("work", 2), ("work", 3),
                    ("client", 1), ("client", 2), ("client", 3), ("client", 4)}

CRISIS_PHONES = {
    "centre-prevention-suicide": "0800 32 123",
    "zelfmoordlijn": "1813",
    "community-help-service": "02 648 40 14",
    "emergency-112": "112",
    "tele-accueil": "107",  # listening lines for distress that is not suicidal (issue 16)
    "tele-onthaal": "106",
}
HELP_KINDS = {"at_work", "health", "portal", "crisis"}
REQUIRED_HELP_IDS = {
    "supervision", "colleagues-intervision", "prevention-advisor-psychosocial", "trusted-person",
    "occupational-physician", "general-practitioner", "psychologist",
    "federal-stress-burnout-portal", *CRISIS_PHONES,
}


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _assert_localised(table, where):
    assert isinstance(table, dict), f"{where}: expected a table of languages"
    for lang in LANGS:
        value = table.get(lang)
        assert isinstance(value, str) and value.strip(), f"{where}.{lang}: missing or empty"


def _has_verdict_word(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in VERDICT_WORDS)


# --- prompts -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def prompts():
    data = _load(PROMPTS_FILE)
    items = data.get("prompt")
    assert isinstance(items, list)
    return items


def test_prompt_count_and_unique_ids(prompts):
    assert len(prompts) >= MIN_PROMPTS
    ids = [p.get("id") for p in prompts]
    assert all(isinstance(i, str) and KEBAB.match(i) for i in ids), ids
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"duplicate prompt ids: {duplicates}"


def test_prompt_fields(prompts):
    for p in prompts:
        where = p.get("id")
        assert p.get("theme") in THEMES, f"{where}: theme {p.get('theme')!r}"
        assert p.get("kind") in KINDS, f"{where}: kind {p.get('kind')!r}"
        assert p.get("trigger") in TRIGGERS, f"{where}: trigger {p.get('trigger')!r}"
        section = p.get("report_section")
        assert isinstance(section, str) and section in REPORT_SECTIONS, (
            f"{where}: report_section {section!r}"
        )
        cooldown = p.get("cooldown_days")
        assert isinstance(cooldown, int) and not isinstance(cooldown, bool) and cooldown > 0, (
            f"{where}: cooldown_days {cooldown!r}"
        )


def test_prompt_texts_in_three_languages(prompts):
    for p in prompts:
        where = f"{p.get('id')}.text"
        text = p.get("text")
        _assert_localised(text, where)
        assert set(text) == set(LANGS), f"{where}: unexpected languages {sorted(text)}"
        for lang in LANGS:
            assert len(text[lang]) <= MAX_PROMPT_LEN, (
                f"{where}.{lang}: {len(text[lang])} characters, max {MAX_PROMPT_LEN}"
            )


def test_every_trigger_has_enough_prompts(prompts):
    counts = Counter(p["trigger"] for p in prompts)
    short = {t: counts.get(t, 0) for t in TRIGGERS if counts.get(t, 0) < MIN_PER_TRIGGER}
    assert not short, f"triggers with fewer than {MIN_PER_TRIGGER} prompts: {short}"


def test_kind_distribution(prompts):
    counts = Counter(p["kind"] for p in prompts)
    assert counts["recognition"] >= MIN_RECOGNITION, counts
    assert counts["suggestion"] >= MIN_SUGGESTION, counts
    assert counts["question"] >= 1, counts


def test_placeholders_match_the_trigger(prompts):
    for p in prompts:
        allowed = PLACEHOLDERS_BY_TRIGGER[p["trigger"]]
        found = {lang: set(PLACEHOLDER.findall(p["text"][lang])) for lang in LANGS}
        for lang, names in found.items():
            assert names <= allowed, (
                f"{p['id']}.{lang}: placeholders {sorted(names - allowed)} not provided by "
                f"trigger {p['trigger']}"
            )
            stray = p["text"][lang]
            for name in names:
                stray = stray.replace("{" + name + "}", "")
            assert "{" not in stray and "}" not in stray, f"{p['id']}.{lang}: stray brace"
        assert found["fr"] == found["nl"] == found["en"], (
            f"{p['id']}: placeholders differ between languages: {found}"
        )


def test_no_prompt_uses_burnout_as_a_verdict(prompts):
    for p in prompts:
        for lang in LANGS:
            assert not _has_verdict_word(p["text"][lang]), f"{p['id']}.{lang}: verdict word"


# --- CBI -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cbi():
    return _load(CBI_FILE)


def test_cbi_credits_its_authors(cbi):
    instrument = cbi.get("instrument")
    assert isinstance(instrument, dict)
    assert instrument.get("doi") == "10.1080/02678370500297720"
    assert instrument.get("year") == 2005
    authors = " ".join(instrument.get("authors", []))
    for name in ("Kristensen", "Borritz", "Villadsen", "Christensen"):
        assert name in authors
    assert "NFA" in instrument.get("distributor", "")
    for key in ("name", "credit", "disclaimer"):
        _assert_localised(instrument.get(key), f"instrument.{key}")
    for lang in LANGS:
        assert "Kristensen" in instrument["credit"][lang], f"instrument.credit.{lang}"


def test_cbi_translations_are_marked(cbi):
    languages = cbi.get("language")
    assert isinstance(languages, dict) and set(languages) >= set(LANGS)
    for lang in ("fr", "nl"):
        assert languages[lang].get("validated") is False, f"{lang} must be marked unvalidated"
        assert "our translation" in languages[lang].get("note", "")


def test_cbi_answer_scales(cbi):
    scales = {s.get("id"): s for s in cbi.get("answer_scale", [])}
    assert set(scales) == CBI_ANSWER_SCALES
    for scale_id, scale in scales.items():
        options = scale.get("option")
        assert isinstance(options, list) and len(options) == 5, scale_id
        assert [o.get("score") for o in options] == CBI_SCORES, scale_id
        for i, option in enumerate(options):
            _assert_localised(option.get("label"), f"answer_scale.{scale_id}.option[{i}].label")


def test_cbi_scales_have_neutral_names(cbi):
    scales = {s.get("id"): s for s in cbi.get("scale", [])}
    assert set(scales) == set(CBI_SCALE_SIZES)
    for scale_id, scale in scales.items():
        assert isinstance(scale.get("official_name"), str) and scale["official_name"].strip()
        _assert_localised(scale.get("name"), f"scale.{scale_id}.name")
        _assert_localised(scale.get("description"), f"scale.{scale_id}.description")
        for lang in LANGS:
            assert not _has_verdict_word(scale["name"][lang]), f"scale.{scale_id}.name.{lang}"
            assert not _has_verdict_word(scale["description"][lang]), (
                f"scale.{scale_id}.description.{lang}"
            )
        assert scale.get("item_count") == CBI_SCALE_SIZES[scale_id]
    for lang in LANGS:
        assert not _has_verdict_word(cbi["instrument"]["name"][lang]), f"instrument.name.{lang}"


def test_cbi_items(cbi):
    items = cbi.get("item")
    assert isinstance(items, list)
    ids = [item.get("id") for item in items]
    assert len(ids) == len(set(ids)), "item ids must be unique"
    assert Counter(item.get("scale") for item in items) == Counter(CBI_SCALE_SIZES)
    for item in items:
        where = item.get("id")
        assert isinstance(where, str) and KEBAB.match(where), where
        assert item.get("answer_scale") in CBI_ANSWER_SCALES, f"{where}: answer_scale"
        assert isinstance(item.get("reverse"), bool), f"{where}: reverse must be a boolean"
        _assert_localised(item.get("text"), f"{where}.text")
        is_degree = (item["scale"], item.get("number")) in CBI_DEGREE_ITEMS
        expected = "degree" if is_degree else "frequency"
        assert item["answer_scale"] == expected, f"{where}: expected the {expected} scale"
    for scale_id, size in CBI_SCALE_SIZES.items():
        numbers = sorted(item.get("number") for item in items if item["scale"] == scale_id)
        assert numbers == list(range(1, size + 1)), f"{scale_id}: item numbers {numbers}"


def test_cbi_has_exactly_one_reverse_item(cbi):
    reverse = [item for item in cbi["item"] if item.get("reverse")]
    assert len(reverse) == 1
    (item,) = reverse
    assert item["scale"] == "work"
    assert "family and friends" in item["text"]["en"]


# --- extra questions -----------------------------------------------------------------------------


def test_extra_questions():
    data = _load(EXTRA_FILE)
    scales = {s.get("id"): s for s in data.get("answer_scale", [])}
    assert scales
    for scale_id, scale in scales.items():
        options = scale.get("option")
        assert isinstance(options, list) and len(options) == 5, scale_id
        assert [o.get("value") for o in options] == [0, 1, 2, 3, 4], scale_id
        for i, option in enumerate(options):
            _assert_localised(option.get("label"), f"answer_scale.{scale_id}.option[{i}].label")
    questions = data.get("question")
    assert isinstance(questions, list) and 4 <= len(questions) <= 6
    ids = [q.get("id") for q in questions]
    assert len(ids) == len(set(ids))
    for q in questions:
        where = q.get("id")
        assert isinstance(where, str) and KEBAB.match(where), where
        assert q.get("report_section") in REPORT_SECTIONS, f"{where}: report_section"
        assert q.get("answer_scale") in scales, f"{where}: answer_scale"
        assert q.get("better") in {"higher", "lower"}, f"{where}: better"
        _assert_localised(q.get("text"), f"{where}.text")
        _assert_localised(q.get("short"), f"{where}.short")


# --- where to turn -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def resources_():
    items = _load(HELP_FILE).get("resource")
    assert isinstance(items, list)
    return items


def test_where_to_turn_entries(resources_):
    ids = [r.get("id") for r in resources_]
    assert len(ids) == len(set(ids)), "resource ids must be unique"
    missing = REQUIRED_HELP_IDS - set(ids)
    assert not missing, f"missing resources: {sorted(missing)}"
    for r in resources_:
        where = r.get("id")
        assert isinstance(where, str) and KEBAB.match(where), where
        assert r.get("country") == "BE", f"{where}: country"
        assert r.get("kind") in HELP_KINDS, f"{where}: kind"
        assert isinstance(r.get("source"), str) and r["source"].strip(), f"{where}: source"
        assert re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", r.get("checked") or ""), f"{where}: checked"
        _assert_localised(r.get("name"), f"{where}.name")
        _assert_localised(r.get("description"), f"{where}.description")
        if "note" in r:
            _assert_localised(r["note"], f"{where}.note")
        if r["kind"] == "crisis":
            assert isinstance(r.get("phone"), str) and r["phone"].strip(), f"{where}: phone"


def test_crisis_lines_have_the_right_numbers(resources_):
    by_id = {r["id"]: r for r in resources_}
    for resource_id, phone in CRISIS_PHONES.items():
        assert by_id[resource_id]["kind"] == "crisis"
        assert by_id[resource_id]["phone"] == phone, resource_id


def test_occupational_physician_mentions_consent(resources_):
    physician = next(r for r in resources_ if r["id"] == "occupational-physician")
    _assert_localised(physician.get("note"), "occupational-physician.note")
    assert "consent" in physician["note"]["en"]


def test_federal_portal_urls(resources_):
    portal = next(r for r in resources_ if r["id"] == "federal-stress-burnout-portal")
    assert portal["kind"] == "portal"
    assert portal["url_by_language"] == {
        "fr": "https://stressburnout.belgique.be",
        "nl": "https://stressburnout.belgie.be",
    }
