"""Entries, persons and tags through ``journal.entries`` (journal_app/core/entries.py)."""

from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import SAWarning

from journal_app.core.entries import EntryFields, EntryFilter
from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.core.helpers import decrypted_image

PARIS = timezone(timedelta(hours=1))


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=PARIS)


def test_add_get_update_delete_restore(new_journal: Journal) -> None:
    store = new_journal.entries
    added = store.add(EntryFields(title="Titre", body="Corps", occurred_at=_at(1), tags=("a",), persons=("P",)))
    assert len(added.uuid) == 32 and store.exists(added.uuid)
    assert added.created_at.tzinfo is not None and added.updated_at >= added.created_at
    assert store.get(added.uuid) == added

    updated = store.update(added.uuid, EntryFields(title="Nouveau", body="Autre", occurred_at=_at(2), tags=("b",)))
    assert updated.uuid == added.uuid and updated.created_at == added.created_at
    assert updated.updated_at >= added.updated_at
    assert (updated.title, updated.body, updated.tags, updated.persons) == ("Nouveau", "Autre", ("b",), ())
    assert store.get(added.uuid) == updated

    deleted = store.delete(added.uuid)
    assert deleted == updated
    assert not store.exists(added.uuid) and store.count() == 0
    with pytest.raises(InvalidInput):
        store.get(added.uuid)
    with pytest.raises(InvalidInput):
        store.update(added.uuid, EntryFields(title="x"))
    with pytest.raises(InvalidInput):
        store.delete(added.uuid)

    restored = store.restore(deleted)
    assert restored.uuid == deleted.uuid and restored.created_at == deleted.created_at
    assert restored.fields_only() == deleted.fields_only()
    assert [r.title for r in store.search("nouveau")] == ["Nouveau"]


def test_occurred_at_defaults_to_now_and_keeps_its_offset(new_journal: Journal) -> None:
    before = datetime.now(UTC)
    record = new_journal.entries.add(EntryFields(title="maintenant"))
    assert before - timedelta(seconds=1) <= record.occurred_at <= datetime.now(UTC) + timedelta(seconds=1)
    tokyo = datetime(2026, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=9)))
    stored = new_journal.entries.add(EntryFields(title="Tokyo", occurred_at=tokyo))
    new_journal.save()
    new_journal.close()
    journal = Journal.open(new_journal.path, PASSPHRASE)
    again = journal.entries.get(stored.uuid)
    journal.close()
    assert again.occurred_at == tokyo and again.occurred_at.utcoffset() == timedelta(hours=9)
    assert again.occurred_at.hour == 23  # shown in the local time it was written in


@pytest.mark.parametrize(
    "fields",
    [
        EntryFields(kind="dream"),
        EntryFields(channel="pigeon"),
        EntryFields(emotional_weight=11),
        EntryFields(emotional_weight=-1),
        EntryFields(duration_minutes=-5),
        EntryFields(occurred_at=datetime(2026, 3, 14, 12, 0)),  # no time zone
    ],
)
def test_invalid_fields_are_refused_and_change_nothing(new_journal: Journal, fields: EntryFields) -> None:
    with pytest.raises(InvalidInput):
        new_journal.entries.add(fields)
    assert new_journal.entries.count() == 0
    record = new_journal.entries.add(EntryFields(title="bon"))
    with pytest.raises(InvalidInput):
        new_journal.entries.update(record.uuid, fields)
    assert new_journal.entries.get(record.uuid) == record


def test_names_are_cleaned_and_shared(new_journal: Journal) -> None:
    store = new_journal.entries
    one = store.add(EntryFields(title="1", persons=("  Élodie   L. ", "Élodie L.", ""), tags=("Bureau", "bureau", " ")))
    assert one.persons == ("Élodie L.",) and one.tags == ("Bureau",)
    store.add(EntryFields(title="2", persons=("Élodie L.",), tags=("Bureau",)))
    assert store.persons() == ["Élodie L."] and store.tags() == ["Bureau"]


def test_a_tag_no_entry_uses_after_a_delete_is_forgotten(new_journal: Journal) -> None:
    store = new_journal.entries
    record = store.add(EntryFields(title="1", tags=("seul", "commun")))
    store.add(EntryFields(title="2", tags=("commun",)))
    store.delete(record.uuid)
    assert store.tags() == ["commun"]


def test_a_tag_no_entry_uses_after_an_edit_is_forgotten(new_journal: Journal) -> None:
    store = new_journal.entries
    record = store.add(EntryFields(title="1", tags=("qzoldtag", "commun")))
    new_journal.save()
    assert b"qzoldtag" in decrypted_image(new_journal.path)
    store.update(record.uuid, EntryFields(title="1", tags=("commun",)))
    new_journal.save()
    assert store.tags() == ["commun"]
    assert b"qzoldtag" not in decrypted_image(new_journal.path)


def test_adding_and_editing_emit_no_sqlalchemy_warning(new_journal: Journal) -> None:
    """SAWarnings here have meant relationships that silently did not cascade."""
    store = new_journal.entries
    with warnings.catch_warnings():
        warnings.simplefilter("error", SAWarning)
        record = store.add(EntryFields(title="1", persons=("Neuve",), tags=("neuf",)))
        store.add(EntryFields(title="2", persons=("Neuve", "Autre"), tags=("neuf", "autre")))
        store.update(record.uuid, EntryFields(title="1", persons=("Troisième",), tags=("encore",)))
        new_journal.save()
    assert sorted(store.persons()) == ["Autre", "Neuve", "Troisième"]


def test_count_limit_offset(new_journal: Journal) -> None:
    for day in range(1, 8):
        new_journal.entries.add(EntryFields(title=f"jour {day}", occurred_at=_at(day)))
    store = new_journal.entries
    assert store.count() == 7
    assert [r.title for r in store.list(EntryFilter(limit=3))] == ["jour 7", "jour 6", "jour 5"]
    assert [r.title for r in store.list(EntryFilter(limit=3, offset=3))] == ["jour 4", "jour 3", "jour 2"]
    assert [r.title for r in store.list(EntryFilter(offset=5))] == ["jour 2", "jour 1"]
    assert store.count(EntryFilter(text="jour")) == 7


def test_a_failed_add_adds_nothing(new_journal: Journal) -> None:
    """A duplicate uuid fails as a whole: no half-added persons or tags."""
    record = new_journal.entries.add(EntryFields(title="1"))
    with pytest.raises(Exception):  # noqa: B017, PT011 - an integrity error of some kind
        new_journal.entries.add(EntryFields(title="2", persons=("Fantôme",), tags=("fantôme",)), uuid=record.uuid)
    assert new_journal.entries.count() == 1
    assert new_journal.entries.persons() == [] and new_journal.entries.tags() == []
    new_journal.save()  # and the database is still in a state that can be saved


def test_records_are_immutable(new_journal: Journal) -> None:
    record = new_journal.entries.add(EntryFields(title="figé"))
    with pytest.raises(AttributeError):
        record.title = "changé"  # type: ignore[misc]
    assert replace(record, title="copie").title == "copie"
