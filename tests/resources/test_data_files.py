"""Checks on the shipped data files: reflection templates and the dilemma taxonomy.

Only the standard library is used, so these tests run without the application installed.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
TEMPLATES_DIR = REPO_ROOT / "resources" / "templates"
TAXONOMY_FILE = REPO_ROOT / "resources" / "dilemmas" / "taxonomy.toml"

LANGS = ("fr", "nl", "en")
EXPECTED_TEMPLATES = {
    "gibbs",
    "driscoll",
    "situation-analysis",
    "emancipation-grid",
    "schon",
    "reflective-account",
}
TEMPLATE_KINDS = {"reflection", "placement"}
CATEGORY_COUNT = 11
MAX_QUESTION_LEN = 110  # shown in a desktop editor
MAX_CATEGORY_NAME_LEN = 45
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SECTION_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
REPORT_SECTION = re.compile(r"^(?:[1-4](?:\.[1-9])?|annex)$")
# A sentence ends with ., ! or ? (or an ellipsis) followed by whitespace or the end of text.
SENTENCE_END = re.compile(r"[.!?\u2026]+(?=\s|$)")

TEMPLATE_FILES = sorted(TEMPLATES_DIR.glob("*.toml"))


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _all_strings(node, where="root"):
    """Yield (location, string) for every string anywhere in a parsed TOML document."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _all_strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _all_strings(value, f"{where}[{i}]")


def _assert_localised_text(table, where):
    assert isinstance(table, dict), f"{where}: expected a table of languages"
    for lang in LANGS:
        value = table.get(lang)
        assert isinstance(value, str) and value.strip(), f"{where}.{lang}: missing or empty"


def _assert_localised_questions(table, where, minimum, maximum=None):
    assert isinstance(table, dict), f"{where}: expected a table of languages"
    for lang in LANGS:
        questions = table.get(lang)
        assert isinstance(questions, list), f"{where}.{lang}: expected a list"
        assert len(questions) >= minimum, f"{where}.{lang}: fewer than {minimum} questions"
        if maximum is not None:
            assert len(questions) <= maximum, f"{where}.{lang}: more than {maximum} questions"
        for i, question in enumerate(questions):
            assert isinstance(question, str) and question.strip(), f"{where}.{lang}[{i}]: empty"
            assert len(question) < MAX_QUESTION_LEN, (
                f"{where}.{lang}[{i}]: {len(question)} characters, keep under {MAX_QUESTION_LEN}"
            )


# --- templates -----------------------------------------------------------------------------


def test_expected_templates_are_present():
    stems = {path.stem for path in TEMPLATE_FILES}
    missing = EXPECTED_TEMPLATES - stems
    assert not missing, f"missing templates: {sorted(missing)}"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_is_complete(path):
    data = _load(path)
    assert data.get("id") == path.stem, "id must equal the file stem"
    assert KEBAB.match(data["id"]), "id must be kebab-case"
    assert data.get("kind") in TEMPLATE_KINDS
    assert isinstance(data.get("source"), str) and data["source"].strip(), "source is required"
    _assert_localised_text(data.get("name"), "name")
    _assert_localised_text(data.get("description"), "description")

    sections = data.get("sections")
    assert isinstance(sections, list) and len(sections) >= 1, "at least one section"
    keys = []
    for i, section in enumerate(sections):
        where = f"sections[{i}]"
        key = section.get("key")
        assert isinstance(key, str) and SECTION_KEY.match(key), f"{where}: bad key {key!r}"
        keys.append(key)
        _assert_localised_text(section.get("title"), f"{where}.title")
        _assert_localised_questions(section.get("questions"), f"{where}.questions", minimum=1)
    assert len(keys) == len(set(keys)), "section keys must be unique within a template"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_has_no_empty_string(path):
    for where, value in _all_strings(_load(path)):
        assert value.strip(), f"{path.name}: empty string at {where}"


def test_template_ids_are_unique():
    ids = [_load(path)["id"] for path in TEMPLATE_FILES]
    assert len(ids) == len(set(ids))


# --- dilemma taxonomy ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def categories():
    data = _load(TAXONOMY_FILE)
    cats = data.get("category")
    assert isinstance(cats, list)
    return cats


def test_taxonomy_has_eleven_unique_categories(categories):
    assert len(categories) == CATEGORY_COUNT
    ids = [cat.get("id") for cat in categories]
    assert all(isinstance(i, str) and KEBAB.match(i) for i in ids), ids
    assert len(ids) == len(set(ids)), "category ids must be unique"


def test_taxonomy_categories_are_complete(categories):
    for cat in categories:
        where = cat.get("id", "?")
        section = cat.get("report_section")
        assert isinstance(section, str) and REPORT_SECTION.match(section), (
            f"{where}: report_section {section!r}"
        )
        _assert_localised_text(cat.get("name"), f"{where}.name")
        for lang in LANGS:
            assert len(cat["name"][lang]) <= MAX_CATEGORY_NAME_LEN, f"{where}.name.{lang} too long"
        _assert_localised_text(cat.get("explanation"), f"{where}.explanation")
        for lang in LANGS:
            sentences = len(SENTENCE_END.findall(cat["explanation"][lang].strip()))
            assert 2 <= sentences <= 4, f"{where}.explanation.{lang}: {sentences} sentences"
        _assert_localised_questions(cat.get("questions"), f"{where}.questions", minimum=3, maximum=5)


def test_taxonomy_has_no_empty_string():
    for where, value in _all_strings(_load(TAXONOMY_FILE)):
        assert value.strip(), f"taxonomy: empty string at {where}"
