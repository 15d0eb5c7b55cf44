"""Two computers, one journal in a synced folder: conflict copies found and merged, nothing lost.

Every scenario starts from one journal, copied (as a sync service copies it), changed apart
in each copy, then merged both ways: the copy into the journal, and the journal into the
copy (in another folder, the roles swapped). Both must give the same journal.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.core import merge, vaultfile
from journal_app.core.checkins import CheckinStore
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.errors import OlderCopy
from journal_app.core.journal import Journal
from journal_app.core.limits import LimitStore
from journal_app.core.merge import (
    MERGED_FOLDER, CopyPassphraseNeeded, ForeignCopy, could_be_a_copy, find_conflict_copies, merge_conflict_copies,
    merge_into,
)
from journal_app.core.persons import PersonStore
from journal_app.core.placement import PlacementFields, PlacementStore
from journal_app.core.schedule import ScheduleStore, parse_spec
from journal_app.core.supervision import SupervisionStore
from journal_app.core.templates import TemplateSection, TemplateStore
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.core.test_fixture_journal import FIXTURE, FIXTURE_PASSPHRASE
from tests.core.test_migration_0005 import FIXTURE_V4, FIXTURE_V4_PASSPHRASE

BRUSSELS = timezone(timedelta(hours=1))
NEXTCLOUD = "journal (conflicted copy 2026-11-24 101530).carnet"
WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=BRUSSELS)

Edit = Callable[[Journal], None]


def _entry(title: str, body: str = "", **values) -> EntryFields:  # type: ignore[no-untyped-def]
    return EntryFields(title=title, body=body, occurred_at=values.pop("occurred_at", WHEN), **values)


def _make_original(folder: Path, fill: Edit) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    journal, _code = Journal.create(folder / "journal.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    try:
        fill(journal)
        journal.save()
    finally:
        journal.close()
    return folder / "journal.carnet"


def _edit(path: Path, change: Edit) -> None:
    journal = Journal.open(path, PASSPHRASE)
    try:
        change(journal)
        journal.save()
    finally:
        journal.close()


def _apart(tmp_path: Path, fill: Edit, here: Edit, there: Edit) -> tuple[Path, Path]:
    """The original journal, copied, then each file changed on its own: (here, there)."""
    original = _make_original(tmp_path / "original", fill)
    here_file, there_file = tmp_path / "here.carnet", tmp_path / "there.carnet"
    shutil.copyfile(original, here_file)
    shutil.copyfile(original, there_file)
    _edit(there_file, there)  # the other computer first: "here" has the newer edits
    _edit(here_file, here)
    return here_file, there_file


def _merged(journal_file: Path, copy_file: Path, folder: Path) -> tuple[merge.MergeReport, Path]:
    """``journal_file`` as the journal and ``copy_file`` as its conflict copy, in ``folder``,
    merged the way the app does after unlocking."""
    folder.mkdir()
    shutil.copyfile(journal_file, folder / "journal.carnet")
    shutil.copyfile(copy_file, folder / NEXTCLOUD)
    journal = Journal.open(folder / "journal.carnet", PASSPHRASE)
    try:
        report = merge_conflict_copies(journal, PASSPHRASE)
    finally:
        journal.close()
    return report, folder / "journal.carnet"


def _both_ways(tmp_path: Path, fill: Edit, here: Edit, there: Edit) -> tuple[merge.MergeReport, Path, Path]:
    here_file, there_file = _apart(tmp_path, fill, here, there)
    report, merged = _merged(here_file, there_file, tmp_path / "into-here")
    _, reversed_merge = _merged(there_file, here_file, tmp_path / "into-there")
    assert _snapshot(merged) == _snapshot(reversed_merge)  # the order does not matter
    return report, merged, reversed_merge


def _snapshot(path: Path) -> dict[str, object]:
    """Everything a person sees in the journal (not the database's own ids or timestamps)."""
    journal = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        database = journal.database
        dilemmas = DilemmaStore(database)
        entries = {
            e.uuid: (e.title, e.body, e.persons, e.tags, e.for_supervision, merge.other_version_of(database, e.uuid))
            for e in journal.entries.list()
        }
        return {
            "entries": entries,
            "persons": {p.pseudonym: p.note for p in PersonStore(database).summaries()},
            "dilemmas": {
                d.uuid: (d.title, d.status, d.categories, [(s.status, s.note) for s in dilemmas.status_history(d.uuid)],
                         [r.body for r in dilemmas.reflections(d.uuid)], [e.uuid for e in dilemmas.story(d.uuid).entries])
                for d in dilemmas.list()
            },
            "limits": sorted((limit.uuid, limit.kind, [(v.effective_from, v.label) for v in limit.versions])
                             for limit in LimitStore(database).list()),
            "checkins": sorted((c.uuid, c.taken_at) for c in CheckinStore(database).history()),
            "templates": sorted(t.name for t in TemplateStore(database).own()),
        }
    finally:
        journal.close()


def _titles(path: Path) -> list[str]:
    return sorted(title for title, *_ in _snapshot(path)["entries"].values())  # type: ignore[attr-defined]


# ----- conflict copies: found by the journal's identity, whatever their name


@pytest.mark.parametrize("name", [
    "journal (conflicted copy 2026-12-06 214012).carnet",  # Nextcloud, ownCloud
    "journal (Jean's conflicted copy 2026-12-06).carnet",  # Dropbox
    "journal (copie en conflit de Jean 2026-12-06).carnet",  # Dropbox in French
    "journal-LAPTOP-AB12.carnet",  # OneDrive
    "journal (1).carnet",  # Google Drive
    "journal 2.carnet",  # iCloud
    "journal.sync-conflict-20261206-214012-ABCDEFG.carnet",  # Syncthing
    "journal (SFConflict jean@example.org 2026-12-06-21-40-12).carnet",  # Seafile
    "journal-laptop.carnet",  # a name someone gave it
    "copie du carnet.carnet",  # any name at all
])
def test_a_copy_of_this_journal_is_found_whatever_its_name(tmp_path: Path, name: str) -> None:
    journal_file = _make_original(tmp_path, lambda j: j.entries.add(_entry("un")))
    shutil.copyfile(journal_file, tmp_path / name)
    assert find_conflict_copies(journal_file) == [tmp_path / name]


def test_files_carnet_writes_itself_and_other_journals_are_not_copies(tmp_path: Path) -> None:
    journal_file = _make_original(tmp_path, lambda j: j.entries.add(_entry("un")))
    copy = tmp_path / "journal (1).carnet"
    shutil.copyfile(journal_file, copy)
    other, _ = Journal.create(tmp_path / "journal (conflicted copy 2026-12-06 214012).carnet", PASSPHRASE, kdf=CHEAP_KDF)
    other.close()  # another journal, even under a conflict copy's name: never taken
    (tmp_path / "journal 2.carnet").write_bytes(b"not a journal at all")
    for folder in ("backups", MERGED_FOLDER, "autre"):  # sub-folders are not searched
        (tmp_path / folder).mkdir(exist_ok=True)
        shutil.copyfile(journal_file, tmp_path / folder / "journal-LAPTOP.carnet")
    shutil.copyfile(journal_file, tmp_path / "journal.replaced-1.carnet")  # set aside by a restore
    shutil.copyfile(journal_file, tmp_path / "journal-backup-000003.carnet")  # a backup in this folder
    shutil.copyfile(journal_file, tmp_path / ".journal.carnet.a1b2c3.tmp")
    shutil.copyfile(journal_file, tmp_path / "journal (1).carnet.lock")
    (tmp_path / "lien.carnet").symlink_to(journal_file)  # the journal itself under another name
    assert find_conflict_copies(journal_file) == [copy]
    assert find_conflict_copies(tmp_path / "missing.carnet") == []


@pytest.mark.parametrize("name", ["journal.carnet", "journal.replaced-2.carnet", "journal-backup-000003.carnet",
                                  ".journal (1).carnet", "journal (1).txt", "journal (1).carnet.lock"])
def test_names_never_taken_for_a_copy(name: str) -> None:
    assert not could_be_a_copy("journal.carnet", name)


# ----- entries


def _five_entries(journal: Journal) -> None:
    for title in ("partagée", "modifiée ici", "modifiée des deux côtés", "supprimée ici", "supprimée puis modifiée"):
        journal.entries.add(_entry(title, f"texte de « {title} »", persons=("Mme R.",), tags=("visite",)))


def _uuid(journal: Journal, title: str) -> str:
    (found,) = [e.uuid for e in journal.entries.list() if e.title == title]
    return found


def _change_here(journal: Journal) -> None:
    journal.entries.add(_entry("écrite ici", "au bureau"))
    journal.entries.update(_uuid(journal, "modifiée ici"), _entry("modifiée ici", "corrigée au bureau",
                                                                  persons=("Mme R.", "M. K."), tags=("visite",)))
    journal.entries.update(_uuid(journal, "modifiée des deux côtés"), _entry("modifiée des deux côtés", "version du bureau"))
    journal.entries.delete(_uuid(journal, "supprimée ici"))
    journal.entries.delete(_uuid(journal, "supprimée puis modifiée"))


def _change_there(journal: Journal) -> None:
    journal.entries.add(_entry("écrite à la maison", "le soir"))
    journal.entries.update(_uuid(journal, "modifiée des deux côtés"),
                           _entry("modifiée des deux côtés", "version de la maison", tags=("soir",)))
    journal.entries.update(_uuid(journal, "supprimée puis modifiée"),
                           _entry("supprimée puis modifiée", "complétée à la maison"))


def test_entries_merge_in_either_order_and_nothing_is_lost(tmp_path: Path) -> None:
    report, merged, _ = _both_ways(tmp_path, _five_entries, _change_here, _change_there)
    snapshot = _snapshot(merged)
    entries = snapshot["entries"]
    by_title: dict[str, list[tuple[str, tuple[object, ...]]]] = {}
    for uuid, values in entries.items():  # type: ignore[attr-defined]
        by_title.setdefault(values[0], []).append((uuid, values))
    # added on both sides: both there
    assert "écrite ici" in by_title and "écrite à la maison" in by_title
    # changed on one side only: that version, once
    ((_, changed),) = by_title["modifiée ici"]
    assert changed[1:4] == ("corrigée au bureau", ("M. K.", "Mme R."), ("visite",))
    # changed on both sides: both kept, the older pointing to the newer, which keeps its uuid
    newer, older = sorted(by_title["modifiée des deux côtés"], key=lambda item: item[1][5] is not None)
    assert newer[1][1] == "version du bureau" and newer[1][5] is None
    assert older[1][1:4] == ("version de la maison", (), ("soir",)) and older[1][5] == newer[0]
    # deleted here, untouched there: stays deleted
    assert "supprimée ici" not in by_title
    # deleted here, changed there since: kept, with the change
    ((_, kept),) = by_title["supprimée puis modifiée"]
    assert kept[1] == "complétée à la maison"
    assert sorted(by_title) == ["modifiée des deux côtés", "modifiée ici", "partagée", "supprimée puis modifiée",
                                "écrite ici", "écrite à la maison"]
    assert (report.entries_added, report.entries_updated, report.entries_kept_both, report.entries_deleted,
            report.entries_kept_despite_deletion) == (1, 0, 1, 0, 1)
    assert report.changed and report.skipped == ()


def test_the_copy_is_moved_aside_unchanged_and_not_merged_again(tmp_path: Path) -> None:
    here_file, there_file = _apart(tmp_path, _five_entries, _change_here, _change_there)
    folder = tmp_path / "synced"
    folder.mkdir()
    shutil.copyfile(here_file, folder / "journal.carnet")
    shutil.copyfile(there_file, folder / NEXTCLOUD)
    journal = Journal.open(folder / "journal.carnet", PASSPHRASE)
    try:
        report = merge_conflict_copies(journal, PASSPHRASE)
        kept = folder / MERGED_FOLDER / NEXTCLOUD
        assert report.merged == (kept,)
        assert not (folder / NEXTCLOUD).exists()
        assert kept.read_bytes() == there_file.read_bytes()  # encrypted as it was, never deleted
        assert not journal.has_unsaved_changes()  # saved
        assert merge_conflict_copies(journal, PASSPHRASE) == merge.MergeReport()  # nothing left to merge
    finally:
        journal.close()


def test_merging_the_same_copy_again_changes_nothing(tmp_path: Path) -> None:
    here_file, there_file = _apart(tmp_path, _five_entries, _change_here, _change_there)
    journal = Journal.open(here_file, PASSPHRASE)
    try:
        assert merge_into(journal, there_file).changed
        journal.save()
        before = _dump(journal.database)
        again = merge_into(journal, there_file)
        assert not again.changed and again == merge.MergeReport()
        assert _dump(journal.database) == before
        assert not journal.has_unsaved_changes()
    finally:
        journal.close()
    # and the journal merged into the copy is a no-op the other way round too
    journal = Journal.open(there_file, PASSPHRASE)
    try:
        merge_into(journal, here_file)
        journal.save()
        once = _snapshot_of(journal)
        assert not merge_into(journal, here_file).changed
        assert _snapshot_of(journal) == once
    finally:
        journal.close()


def _dump(database: Database) -> dict[str, list[tuple[object, ...]]]:
    tables = [row[0] for row in database.raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'entry_search%'")]
    return {table: sorted(database.raw.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}


def _snapshot_of(journal: Journal) -> list[tuple[object, ...]]:
    return sorted((e.uuid, e.title, e.body, e.persons, e.tags) for e in journal.entries.list())


def test_only_one_side_changed_means_no_conflict_even_after_many_edits(tmp_path: Path) -> None:
    def many_edits(journal: Journal) -> None:
        uuid = _uuid(journal, "partagée")
        for n in range(200):  # autosave while typing: one version per pause
            journal.entries.update(uuid, _entry("partagée", "mot " * n))

    report, merged, _ = _both_ways(tmp_path, _five_entries, many_edits, lambda journal: None)
    assert report.entries_kept_both == 0 and report.entries_updated == 0
    assert _titles(merged).count("partagée") == 1


def test_an_entry_saved_unchanged_or_its_computed_flag_recomputed_is_not_an_edit(tmp_path: Path) -> None:
    def save_unchanged_and_set_a_schedule(journal: Journal) -> None:
        record = journal.entries.get(_uuid(journal, "partagée"))
        journal.entries.update(record.uuid, record.fields_only())  # opened and closed in the editor
        ScheduleStore(journal.database).set(parse_spec("mon=08:00-09:00"), date(2026, 1, 1))  # recomputes off-hours

    def edit(journal: Journal) -> None:
        journal.entries.update(_uuid(journal, "partagée"), _entry("partagée", "changée à la maison", kind="contact"))

    def five_contacts(journal: Journal) -> None:  # only contacts are judged off-hours (schedule.py)
        _five_entries(journal)
        record = journal.entries.get(_uuid(journal, "partagée"))
        journal.entries.update(record.uuid, replace(record.fields_only(), kind="contact"))

    report, merged, _ = _both_ways(tmp_path, five_contacts, save_unchanged_and_set_a_schedule, edit)
    assert report.entries_kept_both == 0 and report.entries_updated == 1
    (body,) = [values[1] for values in _snapshot(merged)["entries"].values() if values[0] == "partagée"]  # type: ignore[attr-defined]
    assert body == "changée à la maison"
    journal = Journal.open(merged, PASSPHRASE, read_only=True)
    try:
        assert journal.entries.get(_uuid(journal, "partagée")).off_hours is True  # the merged schedule judged it
    finally:
        journal.close()


def test_a_person_both_copies_added_is_one_person_with_both_notes(tmp_path: Path) -> None:
    def here(journal: Journal) -> None:
        journal.entries.add(_entry("rencontre", persons=("Jeune 17",)))
        PersonStore(journal.database).set_note("Jeune 17", "Vu au local.")
        PersonStore(journal.database).set_note("Mme R.", "Suivie depuis l'automne.")

    def there(journal: Journal) -> None:
        journal.entries.add(_entry("appel", persons=("jeune 17",)))
        PersonStore(journal.database).set_note("Mme R.", "Déménage en décembre.")

    _, merged, _ = _both_ways(tmp_path, _five_entries, here, there)
    snapshot = _snapshot(merged)
    assert snapshot["persons"] == {
        "Jeune 17": "Vu au local.",
        "Mme R.": f"Suivie depuis l'automne.\n\n——— Autre version, d’une autre copie du journal ({datetime.now(UTC).date()}) ———\n"
                  "Déménage en décembre.",
    }
    journal = Journal.open(merged, PASSPHRASE, read_only=True)
    try:
        assert sorted(e.title for e in journal.entries.list() if e.persons == ("Jeune 17",)) == ["appel", "rencontre"]
        assert [e.title for e in journal.entries.search("jeune")] in (["appel", "rencontre"], ["rencontre", "appel"])
    finally:
        journal.close()


def test_a_person_renamed_in_one_copy_is_found_under_the_new_pseudonym(tmp_path: Path) -> None:
    def here(journal: Journal) -> None:
        PersonStore(journal.database).rename("Mme R.", "Mme Renard")

    def there(journal: Journal) -> None:
        journal.entries.update(_uuid(journal, "partagée"), _entry("partagée", "complétée", persons=("Mme R.",)))

    report, merged, _ = _both_ways(tmp_path, _five_entries, here, there)
    assert report.entries_kept_both == 1  # the rename changed the entry here too: both versions kept
    journal = Journal.open(merged, PASSPHRASE, read_only=True)
    try:
        assert journal.entries.persons() == ["Mme Renard"]
        found = sorted((e.title, e.body) for e in journal.entries.search("Renard"))
        assert ("partagée", "complétée") in found and len(found) == 6  # all five, and the other version
    finally:
        journal.close()


def test_a_pseudonym_both_copies_gave_to_different_persons_keeps_ours(tmp_path: Path) -> None:
    def here(journal: Journal) -> None:
        journal.entries.add(_entry("nouveau suivi", persons=("Mme Renard",)))  # a new person here

    def there(journal: Journal) -> None:
        PersonStore(journal.database).rename("Mme R.", "Mme Renard")  # an existing one renamed there

    here_file, there_file = _apart(tmp_path, _five_entries, here, there)
    for journal_file, copy_file, folder in ((here_file, there_file, "into-here"), (there_file, here_file, "into-there")):
        report, merged = _merged(journal_file, copy_file, tmp_path / folder)
        assert report.records_not_merged == 1 and report.merged  # the pseudonyms cannot both stand
        journal = Journal.open(merged, PASSPHRASE, read_only=True)
        try:
            assert len(journal.entries.list()) == 6
            assert "Mme Renard" in journal.entries.persons()
            (new,) = [e for e in journal.entries.list() if e.title == "nouveau suivi"]
            assert new.persons == ("Mme Renard",)  # still about "Mme Renard", whichever person has it here
        finally:
            journal.close()


# ----- dilemmas, limits, check-ins, supervision, placements, settings


def _with_a_dilemma(journal: Journal) -> None:
    _five_entries(journal)
    clock = lambda: datetime(2026, 11, 1, 9, 0, tzinfo=UTC)  # noqa: E731
    dilemmas = DilemmaStore(journal.database, clock=clock)
    dilemmas.create("Garder le secret ?", ["protection-and-trust"], _uuid(journal, "partagée"))
    dilemmas.create("Prêter de l'argent ?", ["personal-resources"])
    LimitStore(journal.database, today=lambda: date(2026, 11, 1)).add("no_contact_after", hour="21:00")


def _dilemma(journal: Journal, title: str) -> str:
    (found,) = [d.uuid for d in DilemmaStore(journal.database).list() if d.title == title]
    return found


def test_dilemma_histories_limits_and_check_ins_are_merged(tmp_path: Path) -> None:
    def here(journal: Journal) -> None:
        dilemmas = DilemmaStore(journal.database, clock=lambda: datetime(2026, 11, 3, 9, 0, tzinfo=UTC))
        secret = _dilemma(journal, "Garder le secret ?")
        dilemmas.set_status(secret, "thinking", note="après la réunion")
        dilemmas.link_entry(secret, _uuid(journal, "modifiée ici"))
        dilemmas.delete(_dilemma(journal, "Prêter de l'argent ?"))
        CheckinStore(journal.database).record({}, {"time-to-breathe": 1}, at=datetime(2026, 11, 3, 18, 0, tzinfo=UTC))

    def there(journal: Journal) -> None:
        dilemmas = DilemmaStore(journal.database, clock=lambda: datetime(2026, 11, 5, 9, 0, tzinfo=UTC))
        secret = _dilemma(journal, "Garder le secret ?")
        dilemmas.add_reflection(secret, "Le cadre dit une chose, la confiance une autre.")
        dilemmas.set_status(secret, "to_supervision", note="à reprendre")
        dilemmas.unlink_entry(secret, _uuid(journal, "partagée"))
        money = _dilemma(journal, "Prêter de l'argent ?")
        dilemmas.add_reflection(money, "Elle m'a encore demandé.")  # new here: keeps the dilemma deleted there
        LimitStore(journal.database, today=lambda: date(2026, 11, 5)).add("no_weekend_contacts")
        CheckinStore(journal.database).record({}, {"time-to-breathe": 3}, at=datetime(2026, 11, 5, 18, 0, tzinfo=UTC))

    _, merged, _ = _both_ways(tmp_path, _with_a_dilemma, here, there)
    snapshot = _snapshot(merged)
    dilemmas = {values[0]: values for values in snapshot["dilemmas"].values()}  # type: ignore[attr-defined]
    title, status, categories, history, reflections, entries = dilemmas["Garder le secret ?"]
    assert history == [("open", ""), ("thinking", "après la réunion"), ("to_supervision", "à reprendre")]
    assert status == "to_supervision"  # the latest change, whichever copy made it
    assert reflections == ["Le cadre dit une chose, la confiance une autre."]
    journal = Journal.open(merged, PASSPHRASE, read_only=True)
    try:
        assert entries == [_uuid(journal, "modifiée ici")]  # linked here; unlinked there after it was linked
    finally:
        journal.close()
    # deleted here, but written to there: kept, with what was deleted along with it
    assert dilemmas["Prêter de l'argent ?"][1:5] == ("open", ("personal-resources",), [("open", "")],
                                                     ["Elle m'a encore demandé."])
    assert [kind for _, kind, _ in snapshot["limits"]] in (  # type: ignore[union-attr]
        ["no_contact_after", "no_weekend_contacts"], ["no_weekend_contacts", "no_contact_after"])
    assert len(snapshot["checkins"]) == 2  # type: ignore[arg-type]


def test_supervision_placements_and_templates_are_merged(tmp_path: Path) -> None:
    def fill(journal: Journal) -> None:
        _five_entries(journal)
        PlacementStore(journal.database).create(PlacementFields("AMO", date(2026, 9, 1), required_hours=400))

    def here(journal: Journal) -> None:
        placements = PlacementStore(journal.database)
        (placement,) = placements.list()
        placements.add_objective(placement.uuid, "Mener un entretien")
        placements.log_hours(placement.uuid, date(2026, 11, 2), "7:30")
        SupervisionStore(journal.database).add_follow_up("Relire le ROI")
        TemplateStore(journal.database).save_own("Mon bureau", [TemplateSection("Quoi ?", ())])

    def there(journal: Journal) -> None:
        placements = PlacementStore(journal.database)
        (placement,) = placements.list()
        placements.add_objective(placement.uuid, "Travailler en réseau")
        placements.log_hours(placement.uuid, date(2026, 11, 2), "6:00")  # the same day, logged again
        placements.log_hours(placement.uuid, date(2026, 11, 3), "4:00")
        SupervisionStore(journal.database).add_follow_up("Appeler le CPAS")
        TemplateStore(journal.database).save_own("Ma maison", [TemplateSection("Pourquoi ?", ())])

    _, merged, _ = _both_ways(tmp_path, fill, here, there)
    journal = Journal.open(merged, PASSPHRASE, read_only=True)
    try:
        placements = PlacementStore(journal.database)
        (placement,) = placements.list()
        assert sorted(o.text for o in placements.objectives(placement.uuid)) == ["Mener un entretien",
                                                                                "Travailler en réseau"]
        assert [o.position for o in placements.objectives(placement.uuid)] == [0, 1]
        hours = {h.day: h.minutes for h in placements.hours(placement.uuid)}
        assert hours == {date(2026, 11, 2): 450, date(2026, 11, 3): 240}  # one row a day: the newer (here)
        agenda = SupervisionStore(journal.database).agenda()
        assert sorted(i.title for i in agenda) == ["Appeler le CPAS", "Relire le ROI"]
        assert sorted(t.name for t in TemplateStore(journal.database).own()) == ["Ma maison", "Mon bureau"]
    finally:
        journal.close()


# ----- refusals


def test_another_journal_is_refused(tmp_path: Path) -> None:
    journal_file = _make_original(tmp_path / "a", _five_entries)
    stranger = _make_original(tmp_path / "b", lambda j: j.entries.add(_entry("étrangère")))
    journal = Journal.open(journal_file, PASSPHRASE)
    try:
        with pytest.raises(ForeignCopy):
            merge_into(journal, stranger, PASSPHRASE)
        report = merge.merge_copies(journal, [stranger], PASSPHRASE)
        assert report.skipped == (merge.SkippedCopy(stranger, "foreign-copy"),) and not report.merged
        assert stranger.exists() and "étrangère" not in [e.title for e in journal.entries.list()]
    finally:
        journal.close()


def _copy_with_another_key(journal_file: Path, tmp_path: Path, passphrase: str) -> Path:
    """A copy of the journal (same identity) whose data key is not the journal's: what a
    change of passphrase on one computer leaves on the other. It opens with ``passphrase``."""
    maker, _ = Journal.create(tmp_path / "rekeyed.carnet", passphrase, kdf=CHEAP_KDF)
    maker.entries.add(_entry("écrite avec une autre clé"))
    image = maker.database.image()
    key = maker._require_key()  # noqa: SLF001 - the test plays the other computer
    header = vaultfile.parse((tmp_path / "rekeyed.carnet").read_bytes()).header
    maker.close()
    own_id = vaultfile.parse(journal_file.read_bytes()).header.journal_id
    copy = journal_file.parent / "journal-LAPTOP.carnet"
    copy.write_bytes(vaultfile.encode(replace(header, journal_id=own_id), key, image))
    return copy


def test_a_copy_under_another_key_is_an_older_copy_never_merged(tmp_path: Path) -> None:
    """Only a copy under the journal's current key is merged: one under another key was made
    before a change of passphrase, or crafted by someone who knew an old one (tests/core/test_attacker.py)."""
    journal_file = _make_original(tmp_path / "synced", _five_entries)
    copy = _copy_with_another_key(journal_file, tmp_path, "une autre phrase de passe")
    journal = Journal.open(journal_file, PASSPHRASE)
    try:
        with pytest.raises(OlderCopy):
            merge_into(journal, copy, PASSPHRASE)
        for passphrase in (PASSPHRASE, "une autre phrase de passe"):
            report = merge.merge_copies(journal, [copy], passphrase)
            assert report.skipped == (merge.SkippedCopy(copy, "older-copy"),) and report.older_copies == (copy,)
            assert not report.merged and copy.exists()
        assert "écrite avec une autre clé" not in [e.title for e in journal.entries.list()]
    finally:
        journal.close()


def test_a_copy_from_before_keys_were_named_asks_for_its_passphrase(tmp_path: Path) -> None:
    """A copy whose header names no key (written by an earlier Carnet) that the key does not
    open: its passphrase tells an older copy from a damaged one; it is never merged."""
    journal_file = _make_original(tmp_path / "synced", _five_entries)
    copy = _copy_with_another_key(journal_file, tmp_path, "une autre phrase de passe")
    parsed = vaultfile.parse(copy.read_bytes())
    key = vaultfile.unlock_with_passphrase(parsed, "une autre phrase de passe")
    copy.write_bytes(vaultfile.encode(replace(parsed.header, key_id=None), key, vaultfile.decrypt_body(parsed, key)))
    journal = Journal.open(journal_file, PASSPHRASE)
    try:
        with pytest.raises(CopyPassphraseNeeded) as raised:
            merge_into(journal, copy, PASSPHRASE)
        assert raised.value.path == copy and raised.value.code == "copy-passphrase"
        report = merge.merge_copies(journal, [copy], "une autre phrase de passe")
        assert report.skipped == (merge.SkippedCopy(copy, "older-copy"),) and not report.merged
    finally:
        journal.close()


def test_a_damaged_copy_is_left_where_it_is(tmp_path: Path) -> None:
    journal_file = _make_original(tmp_path, _five_entries)
    copy = tmp_path / NEXTCLOUD
    data = bytearray(journal_file.read_bytes())
    data[-100] ^= 0xFF  # in the encrypted body: the header and its identity are intact
    copy.write_bytes(bytes(data))
    journal = Journal.open(journal_file, PASSPHRASE)
    try:
        report = merge_conflict_copies(journal, PASSPHRASE)
        assert report.skipped == (merge.SkippedCopy(copy, "damaged"),) and not report.merged
        assert copy.read_bytes() == bytes(data) and not journal.has_unsaved_changes()
    finally:
        journal.close()


# ----- revisions and tombstones (schema 0006)


def test_deleting_leaves_a_tombstone_and_undo_takes_it_back(new_journal: Journal) -> None:
    raw = new_journal.database.raw
    record = new_journal.entries.add(_entry("à effacer", "texte"))
    (revision,) = raw.execute("SELECT revision FROM entries").fetchone()
    new_journal.entries.delete(record.uuid)
    assert raw.execute("SELECT kind, uuid, revision FROM tombstones").fetchall() == [("entries", record.uuid, revision)]
    assert "texte" not in repr(raw.execute("SELECT * FROM tombstones").fetchall())  # hashes, never content
    new_journal.entries.restore(record)
    assert raw.execute("SELECT count(*) FROM tombstones").fetchone() == (0,)
    assert raw.execute("SELECT revision FROM entries").fetchone() == (revision,)


def test_the_moments_of_one_edit_count_as_one_version(new_journal: Journal) -> None:
    raw = new_journal.database.raw
    record = new_journal.entries.add(_entry("brouillon", "un"))
    for n in range(5):  # typing: autosave after every pause
        new_journal.entries.update(record.uuid, _entry("brouillon", f"un {n}"))
    assert raw.execute("SELECT revisions FROM entries").fetchone() == ("",)
    (typed,) = raw.execute("SELECT revision FROM entries").fetchone()
    new_journal.save()
    new_journal.close()
    reopened = Journal.open(new_journal.path, PASSPHRASE)  # another session: the saved version is remembered
    try:
        reopened.entries.update(record.uuid, _entry("brouillon", "deux"))
        assert reopened.database.raw.execute("SELECT revisions FROM entries").fetchone() == (typed,)
    finally:
        reopened.close()


def test_a_version_is_forgotten_only_if_it_lived_less_than_a_minute_in_this_session() -> None:
    from journal_app.core.database import _history_after_edit

    opened = "2026-11-24T09:00:00.000000Z"
    def after(previous_at: str, now: str) -> str:
        return _history_after_edit("b a", "c", previous_at, now, opened_at=opened)

    assert after("2026-11-24T10:00:00.000000Z", "2026-11-24T10:00:20.000000Z") == "b a"  # typing
    assert after("2026-11-24T10:00:00.000000Z", "2026-11-24T10:05:00.000000Z") == "c b a"  # lived 5 minutes
    assert after("2026-11-24T08:59:50.000000Z", "2026-11-24T09:00:05.000000Z") == "c b a"  # an earlier session
    assert after("", "2026-11-24T10:00:20.000000Z") == "c b a"
    assert after("garbled", "2026-11-24T10:00:20.000000Z") == "c b a"  # never stops a save
    assert _history_after_edit(" ".join(f"r{n}" for n in range(80)), "new", "", "", opened_at=opened).split() == [
        "new", *(f"r{n}" for n in range(63))]  # at most 64


@pytest.mark.parametrize(("fixture", "passphrase"), [(FIXTURE, FIXTURE_PASSPHRASE), (FIXTURE_V4, FIXTURE_V4_PASSPHRASE)])
def test_old_journals_migrate_and_their_copies_merge_without_conflicts(tmp_path: Path, fixture: Path,
                                                                        passphrase: str) -> None:
    here_file, there_file = tmp_path / "journal.carnet", tmp_path / NEXTCLOUD
    shutil.copyfile(fixture, here_file)
    shutil.copyfile(fixture, there_file)  # written by the old Carnet: no revisions at all
    journal = Journal.open(here_file, passphrase)
    try:
        raw = journal.database.raw
        assert raw.execute("SELECT count(*) FROM entries WHERE revision IS NULL OR instr(revisions, revision) = 0"
                           ).fetchone() == (0,)
        first = journal.entries.list()[0]
        journal.entries.update(first.uuid, replace(first.fields_only(), body="modifiée après la migration"))
        titles = sorted(e.title for e in journal.entries.list())
        report = merge_conflict_copies(journal, passphrase)
        assert report.merged and not report.changed  # the old copy changed nothing: no duplicate
        assert sorted(e.title for e in journal.entries.list()) == titles
        assert journal.entries.get(first.uuid).body == "modifiée après la migration"
        assert journal.database.integrity_problems() == []
    finally:
        journal.close()


def test_the_revision_triggers_follow_every_table(database: Database) -> None:
    """Each table in REVISED_TABLES has its three triggers, and a plain SQL write updates it."""
    from journal_app.core.models import REVISED_TABLES

    triggers = {row[0] for row in database.raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in REVISED_TABLES:
        assert {f"{table}_revision_insert", f"{table}_revision_update", f"{table}_tombstone"} <= triggers
    database.raw.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
    (before,) = database.raw.execute("SELECT revision FROM settings").fetchone()
    database.raw.execute("UPDATE settings SET value = '2'")
    (after,) = database.raw.execute("SELECT revision FROM settings").fetchone()
    assert before and after and before != after
    database.raw.execute("DELETE FROM settings")
    assert database.raw.execute("SELECT kind, uuid FROM tombstones").fetchall() == [("settings", "k")]
    plain = sqlite3.connect(":memory:")  # a connection without Carnet's functions cannot write
    try:
        plain.deserialize(database.image())
        with pytest.raises(sqlite3.OperationalError, match="no such function: carnet_"):
            plain.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
    finally:
        plain.close()
