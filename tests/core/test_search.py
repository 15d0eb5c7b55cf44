"""Search and filters (entries.py through journal.entries)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from journal_app.core.entries import FLAG_NAMES, EntryFields, EntryFilter
from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

UTC_PLUS_1 = timezone(timedelta(hours=1))


def _fill(journal: Journal) -> Journal:
    add = journal.entries.add
    add(EntryFields(title="Réunion du réseau", body="Partenaires du quartier.", occurred_at=datetime(2026, 1, 10, 9, 0, tzinfo=UTC_PLUS_1)))
    add(EntryFields(title="Visite", body="Sa fille a changé d'école.", occurred_at=datetime(2026, 1, 12, 9, 0, tzinfo=UTC_PLUS_1),
                    persons=("Élodie L.",), tags=("scolarité",), kind="contact", channel="home_visit"))
    add(EntryFields(title="Appel", body="Appel le soir.", occurred_at=datetime(2026, 1, 14, 22, 0, tzinfo=UTC_PLUS_1),
                    persons=("Karim",), tags=("limites",), off_hours=True, channel="personal_phone", kind="contact"))
    add(EntryFields(title="Hors cadre", body="J'ai prêté de l'argent.", occurred_at=datetime(2026, 1, 15, 9, 0, tzinfo=UTC_PLUS_1),
                    persons=("Karim",), tags=("limites", "supervision"), out_of_frame=True, for_supervision=True))
    add(EntryFields(title="Pour moi", body="Fatigue.", occurred_at=datetime(2026, 1, 16, 9, 0, tzinfo=UTC_PLUS_1),
                    private=True, emotional_weight=9))
    return journal


@pytest.fixture
def journal(new_journal: Journal) -> Journal:
    """A journal the test may change."""
    return _fill(new_journal)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """One journal for the many tests that only read (creating one per case is slow)."""
    journal, _ = Journal.create(tmp_path_factory.mktemp("search") / "shared.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    _fill(journal)
    yield journal
    journal.close()


def _titles(records) -> list[str]:  # type: ignore[no-untyped-def]
    return [record.title for record in records]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("reseau", ["Réunion du réseau"]),  # without the accent
        ("RÉSEAU", ["Réunion du réseau"]),
        ("ECOLE", ["Visite"]),  # in the body, upper case, no accent
        ("école", ["Visite"]),
        ("rése", ["Réunion du réseau"]),  # a prefix
        ("res", ["Réunion du réseau"]),
        ("réunion réseau", ["Réunion du réseau"]),  # every word must match
        ("réseau appel", []),
        ("visite", ["Visite"]),  # title
        ("partenaires", ["Réunion du réseau"]),  # body
        ("elodie", ["Visite"]),  # a person, accent folded
        ("Élodie", ["Visite"]),
        ("karim", ["Hors cadre", "Appel"]),  # newest first
        ("scolarite", ["Visite"]),  # a tag
        ("limites", ["Hors cadre", "Appel"]),
        ("supervision", ["Hors cadre"]),
        ("prete argent", ["Hors cadre"]),
        ("nothing", []),
    ],
)
def test_text_search(shared: Journal, query: str, expected: list[str]) -> None:
    assert _titles(shared.entries.search(query)) == expected
    assert shared.entries.count(EntryFilter(text=query)) == len(expected)


def test_search_after_reopening(journal: Journal) -> None:
    """The search index travels in the file."""
    journal.save()
    journal.close()
    reopened = Journal.open(journal.path, PASSPHRASE)
    assert _titles(reopened.entries.search("reseau")) == ["Réunion du réseau"]
    assert _titles(reopened.entries.search("karim")) == ["Hors cadre", "Appel"]
    reopened.close()


def test_search_follows_edits_and_deletes(journal: Journal) -> None:
    (visit,) = journal.entries.search("visite")
    journal.entries.update(visit.uuid, EntryFields(title="Entretien", body="Collège.", occurred_at=visit.occurred_at, persons=("Zoé",)))
    assert journal.entries.search("ecole") == [] and journal.entries.search("elodie") == []
    assert _titles(journal.entries.search("college")) == ["Entretien"]
    assert _titles(journal.entries.search("zoe")) == ["Entretien"]
    journal.entries.delete(visit.uuid)
    assert journal.entries.search("college") == []


def test_empty_query_lists_everything_newest_first(shared: Journal) -> None:
    expected = ["Pour moi", "Hors cadre", "Appel", "Visite", "Réunion du réseau"]
    assert _titles(shared.entries.list()) == expected
    assert _titles(shared.entries.search("")) == expected
    assert _titles(shared.entries.search("   ")) == expected


def test_newest_first_across_time_zones(new_journal: Journal) -> None:
    """Ordered by the instant, not by the local clock time the entry shows."""
    new_journal.entries.add(EntryFields(title="Paris 10:00", occurred_at=datetime(2026, 1, 10, 10, 0, tzinfo=UTC_PLUS_1)))
    new_journal.entries.add(EntryFields(title="Montréal 07:00", occurred_at=datetime(2026, 1, 10, 7, 0, tzinfo=timezone(timedelta(hours=-5)))))
    new_journal.entries.add(EntryFields(title="Tokyo 17:00", occurred_at=datetime(2026, 1, 10, 17, 0, tzinfo=timezone(timedelta(hours=9)))))
    # instants: Tokyo 08:00Z, Paris 09:00Z, Montréal 12:00Z
    assert _titles(new_journal.entries.list()) == ["Montréal 07:00", "Paris 10:00", "Tokyo 17:00"]


@pytest.mark.parametrize("flag", FLAG_NAMES)
def test_filter_by_each_flag(shared: Journal, flag: str) -> None:
    expected = {
        "off_hours": ["Appel"],
        "out_of_frame": ["Hors cadre"],
        "private": ["Pour moi"],
        "for_supervision": ["Hors cadre"],
    }[flag]
    assert _titles(shared.entries.list(EntryFilter(flags=frozenset({flag})))) == expected


def test_filter_by_several_flags_needs_all(shared: Journal) -> None:
    both = EntryFilter(flags=frozenset({"out_of_frame", "for_supervision"}))
    assert _titles(shared.entries.list(both)) == ["Hors cadre"]
    assert shared.entries.list(EntryFilter(flags=frozenset({"off_hours", "private"}))) == []
    with pytest.raises(InvalidInput):
        shared.entries.list(EntryFilter(flags=frozenset({"drop table"})))


def test_filter_by_tag_and_person(shared: Journal) -> None:
    entries = shared.entries
    assert _titles(entries.list(EntryFilter(tags=("limites",)))) == ["Hors cadre", "Appel"]
    assert _titles(entries.list(EntryFilter(tags=("limites", "supervision")))) == ["Hors cadre"]  # all tags
    assert _titles(entries.list(EntryFilter(persons=("Karim",)))) == ["Hors cadre", "Appel"]
    assert _titles(entries.list(EntryFilter(persons=("Élodie L.",)))) == ["Visite"]
    assert entries.list(EntryFilter(persons=("Personne",))) == []
    assert _titles(entries.list(EntryFilter(persons=("Karim",), flags=frozenset({"off_hours"})))) == ["Appel"]
    assert _titles(entries.search("appel", EntryFilter(persons=("Karim",)))) == ["Appel"]
    assert entries.search("reseau", EntryFilter(persons=("Karim",))) == []
    assert _titles(entries.list(EntryFilter(kinds=("contact",)))) == ["Appel", "Visite"]
    assert _titles(entries.list(EntryFilter(channels=("home_visit",)))) == ["Visite"]


@pytest.fixture
def paris_time() -> Iterator[None]:
    """The person lives in Paris (CET/CEST): calendar days are theirs, not UTC's."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_filter_by_date_range_in_local_days(new_journal: Journal, paris_time: None) -> None:
    def local(*args: int) -> datetime:
        return datetime(*args).astimezone()  # type: ignore[arg-type]

    assert local(2026, 3, 14, 12).utcoffset() == timedelta(hours=1)
    add = new_journal.entries.add
    add(EntryFields(title="13 à 23:30", occurred_at=local(2026, 3, 13, 23, 30)))
    add(EntryFields(title="14 à 00:00", occurred_at=local(2026, 3, 14, 0, 0)))  # 13 March in UTC
    add(EntryFields(title="14 à 23:59", occurred_at=local(2026, 3, 14, 23, 59, 59, 999999)))
    add(EntryFields(title="15 à 00:30", occurred_at=local(2026, 3, 15, 0, 30)))  # 14 March in UTC
    # written while travelling: 08:00 in Tokyo is 00:00 in Paris, on the 14th
    add(EntryFields(title="Tokyo", occurred_at=datetime(2026, 3, 14, 8, 0, tzinfo=timezone(timedelta(hours=9)))))
    # the switch to summer time, on 29 March
    add(EntryFields(title="28 à 23:30", occurred_at=local(2026, 3, 28, 23, 30)))
    add(EntryFields(title="29 à 10:00", occurred_at=local(2026, 3, 29, 10, 0)))
    add(EntryFields(title="29 à 23:30", occurred_at=local(2026, 3, 29, 23, 30)))

    def between(since: date | None, until: date | None) -> list[str]:
        return _titles(new_journal.entries.list(EntryFilter(since=since, until=until)))

    day = date(2026, 3, 14)
    assert sorted(between(day, day)) == sorted(["14 à 00:00", "14 à 23:59", "Tokyo"])
    assert between(None, date(2026, 3, 13)) == ["13 à 23:30"]
    assert between(date(2026, 3, 15), date(2026, 3, 15)) == ["15 à 00:30"]
    assert len(between(date(2026, 3, 13), date(2026, 3, 15))) == 5
    assert between(date(2026, 3, 29), None) == ["29 à 23:30", "29 à 10:00"]
    assert between(date(2026, 3, 28), date(2026, 3, 28)) == ["28 à 23:30"]
    assert between(date(2026, 3, 16), date(2026, 3, 27)) == []
    assert between(date(2026, 3, 15), date(2026, 3, 14)) == []  # an empty range, not an error
    assert new_journal.entries.count(EntryFilter(since=day, until=day)) == 3


@pytest.mark.parametrize(
    "query",
    [
        '"', '""', '"réseau', "*", "**", "réseau*", "*réseau", "AND", "OR", "NOT", "réseau AND", "AND OR NOT",
        "(", ")", "(réseau", "NEAR(réseau visite)", "NEAR", "title:réseau", "body : x", "{title body}: x",
        "-réseau", "+", "^réseau", "'", "l'école", "%", "_", "\\", "\x00", "réseau\x00", ";DROP TABLE entries;--",
        "🙂", "é", "\u0301", "ǅ", "²", "①", "x" * 5000, " ".join(["réseau"] * 200), "\n\t",
    ],
)
def test_fts_syntax_never_raises(shared: Journal, query: str) -> None:
    results = shared.entries.search(query)
    assert isinstance(results, list)
    shared.entries.count(EntryFilter(text=query, tags=("limites",), since=date(2026, 1, 1)))
    assert shared.entries.count() == 5  # nothing was dropped


def test_syntax_characters_around_words_still_find_them(shared: Journal) -> None:
    assert _titles(shared.entries.search('"réseau"')) == ["Réunion du réseau"]
    assert _titles(shared.entries.search("(reseau)")) == ["Réunion du réseau"]
    assert _titles(shared.entries.search("réseau*")) == ["Réunion du réseau"]
    assert _titles(shared.entries.search("title:visite")) == []  # no column filter: "title" is just a word


def test_tags_and_persons_match_whatever_the_case_of_accented_letters(new_journal) -> None:
    from journal_app.core.entries import EntryFields, EntryFilter

    new_journal.entries.add(EntryFields(title="Un", tags=("réseau",), persons=("Élodie R.",)))
    new_journal.entries.add(EntryFields(title="Deux", tags=("RÉSEAU",), persons=("élodie r.",)))
    assert new_journal.entries.tags() == ["réseau"]  # one tag, not two
    assert new_journal.entries.persons() == ["Élodie R."]
    assert len(new_journal.entries.list(EntryFilter(tags=("Réseau",)))) == 2
    assert len(new_journal.entries.list(EntryFilter(persons=("ÉLODIE R.",)))) == 2


def test_a_person_or_tag_filter_starts_from_the_name_not_from_every_entry(shared: Journal) -> None:
    """The People view lists one person's entries: found through that person's links (an index),
    not by looking at the persons of every entry of the journal (50 ms at 50,000 entries, not 6)."""
    from journal_app.core import models
    from journal_app.core.sqla import sa

    for criteria in (EntryFilter(persons=("Karim",)), EntryFilter(tags=("limites",))):
        query = shared.entries.filtered_query(sa.select(models.Entry.id), criteria)
        sql = str(query.compile(compile_kwargs={"literal_binds": True}))
        plan = " / ".join(row[3] for row in shared.database.raw.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "CORRELATED" not in plan and "SCAN entries" not in plan, plan
        assert "USING INDEX ix_entry_persons_person_id" in plan or "USING INDEX ix_entry_tags_tag_id" in plan, plan
