"""The Markdown export writes its front matter without PyYAML's representer (issue 17: 50,000
files under 10 s); these tests hold it to the very bytes ``yaml.dump`` writes, for hostile texts
too, and check that what it cannot write exactly goes to yaml."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.entries import EntryRecord
from journal_app.core.formats import markdown

HOSTILE = ["", " ", "a", "yes", "No", "NULL", "~", "on", "off", "y", "true", "False", "123", "-1", "+1", "0x1f",
           "0o17", "017", "1_000", "1e3", "1.5", ".5", ".inf", "-.inf", ".NaN", "1:30", "190:20:30",
           "2024-03-05", "2024-03-05 14:30", "2024-3-5T1:02:03Z", "<<", "=", "a: b", "a:b", "a:", ":a", ": a",
           "?", "? a", "?a", "-", "- a", "-a", "--", "---", "--- a", "...", "... a", "#", "#tag", "a #b", "a#b",
           "it's", "'quoted'", '"double"', "x,y", "[a]", "{a}", "a]", "&anchor", "*alias", "!tag", "|", ">",
           "%", "@", "`", " leading", "trailing ", "two  spaces", "Réunion : équipe", "Colloque: « é » & #f",
           "line\nbreak", "tab\there", "nel\x85", "ls\u2028", "ps\u2029", "bom\ufeff", "nbsp\xa0", "\xa0lead",
           "emoji 🙂", "控制", "ελληνικά", "\x00", "bell\x07", "del\x7f", "\ufffd", "\ue000", "a" * 3000,
           "€uro", "cœur", "naïve", "Madame L.", "Bruno", "private", "/slash", "\\back"]


def record(title: str = "Visite", persons: tuple[str, ...] = (), tags: tuple[str, ...] = (),
           **changes) -> EntryRecord:  # type: ignore[no-untyped-def]
    moment = datetime(2024, 3, 1, 14, 30, 5, 123456, tzinfo=timezone(timedelta(hours=1)))
    fields = {"title": title, "body": "", "occurred_at": moment, "kind": "contact", "channel": "home_visit",
              "duration_minutes": 45, "persons": persons, "tags": tags, "off_hours": True, "private": True,
              "emotional_weight": 7, "uuid": "3b8e0c5d4f1a4b2c9d8e7f6a5b4c3d2e",
              "created_at": datetime(2024, 3, 1, 13, 52, 10, 114000, tzinfo=UTC),
              "updated_at": datetime(2024, 3, 1, 13, 52, 10, 114000, tzinfo=UTC), "off_hours_by_hand": False}
    fields.update(changes)
    return EntryRecord(**fields)


def by_yaml(entry: EntryRecord) -> str:
    return markdown._front_matter_by_yaml(entry)  # noqa: SLF001 - the reference it must equal


@pytest.mark.parametrize("text", HOSTILE)
def test_every_hostile_text_is_written_as_yaml_writes_it(text):
    for entry in (record(title=text), record(persons=(text,)), record(tags=(text, "b")),
                  record(persons=("a", text), uuid=text)):
        assert markdown.front_matter(entry) == by_yaml(entry)
        assert yaml.load(markdown.front_matter(entry), Loader=markdown._SAFE_LOADER)  # noqa: SLF001


def test_the_common_entry_is_written_without_yaml():
    """The fast path is taken for ordinary texts, and left for what needs escapes."""
    assert markdown._front_matter_directly(record(persons=("Madame L.", "Bruno"), tags=("réseau",))) is not None  # noqa: SLF001
    assert markdown._front_matter_directly(record(title="Réunion : équipe, « suite »")) is not None  # noqa: SLF001
    assert markdown._front_matter_directly(record(title="line\nbreak")) is None  # noqa: SLF001
    assert markdown._front_matter_directly(record(title="a" * 3000)) is None  # noqa: SLF001


def test_every_field_and_its_absence_is_written_as_yaml_writes_it():
    variants = [record(), record(channel=None, duration_minutes=None, emotional_weight=None, off_hours_by_hand=True),
                record(off_hours=False, private=False), record(out_of_frame=True, for_supervision=True),
                record(emotional_weight=0, duration_minutes=0), record(uuid="12345678901234567890123456789012"),
                record(occurred_at=datetime(1, 1, 1, tzinfo=UTC)), record(occurred_at=datetime(9999, 12, 31, tzinfo=UTC))]
    for entry in variants:
        assert markdown.front_matter(entry) == by_yaml(entry)


texts = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(HOSTILE) | st.builds(
    lambda a, b, c: a + b + c, st.sampled_from(HOSTILE), st.sampled_from(["", " ", ": ", " #", ",", "'", "-"]),
    st.sampled_from(HOSTILE))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, persons=st.lists(texts, max_size=4), tags=st.lists(texts, max_size=4), kind=texts)
def test_any_text_is_written_as_yaml_writes_it(title, persons, tags, kind):
    entry = record(title=title, persons=tuple(persons), tags=tuple(tags), kind=kind, channel=kind or None)
    assert markdown.front_matter(entry) == by_yaml(entry)


@pytest.mark.parametrize("offset", [timedelta(0), timedelta(hours=-5), timedelta(hours=5, minutes=45),
                                    timedelta(hours=1, seconds=30), timedelta(minutes=-1, microseconds=5)])
@pytest.mark.parametrize("microsecond", [0, 1, 123456])
def test_dates_and_times_are_written_as_yaml_writes_them(offset, microsecond):
    moment = datetime(2024, 3, 1, 14, 30, 5, microsecond, tzinfo=timezone(offset))
    entry = record(occurred_at=moment, created_at=moment, updated_at=moment)
    assert markdown.front_matter(entry) == by_yaml(entry)
