"""Saved versions beside the journal reach back in time: every save of the last hour, then
one an hour for a day, one a day for a month, one a week for a year, within a size budget
(issue 12). Time is simulated: an injected clock and the versions' modification times."""

from __future__ import annotations

import os
import random
import re
import shutil
from pathlib import Path

import pytest

from journal_app.core import journal as journal_module
from journal_app.core.entries import EntryFields
from journal_app.core.journal import (
    Journal,
    backups_of,
    backups_size,
    newest_good_backup,
    version_time,
    versions_to_keep,
)
from tests.conftest import PASSPHRASE

HOUR = 3600.0
DAY = 24 * HOUR
WEEK = 7 * DAY
START = 1_767_225_600.0  # 2026-01-01 00:00 UTC

# (how long ago, the thinning period there): what "a version from an hour, a day, a week and
# a month ago" means, each within the period the versions of that age are kept at.
TARGETS = ((HOUR, HOUR), (DAY, DAY), (WEEK, DAY), (30 * DAY, DAY), (180 * DAY, WEEK))


def _check_reach(kept: dict[object, float], history: list[float], now: float) -> None:
    """For each target age: if a version at least that old was ever saved, then of the newest
    such version (the one a person looking for "a week ago" wants), a version less than one
    period apart is kept: the last one of its hour, day or week."""
    for age, period in TARGETS:
        wanted = [moment for moment in history if now - moment >= age]
        if not wanted:
            continue
        ideal = max(wanted)
        nearest = min(abs(moment - ideal) for moment in kept.values())
        assert nearest < period, f"no version near {age / HOUR:.0f} h ago at {now}"


def test_thinning_over_a_simulated_year_always_reaches_back() -> None:
    """A year of work, saves at random moments in the day, nights and weekends off."""
    rng = random.Random(12)
    kept: dict[int, float] = {}
    history: list[float] = []
    now = START
    checks = 0
    number = 0
    while now < START + 365 * DAY:
        hour_of_day = (now % DAY) / HOUR
        weekday = int((now - START) // DAY) % 7
        if weekday < 5 and 8 <= hour_of_day < 19:
            number += 1
            kept[number] = now
            history.append(now)
            kept = {key: kept[key] for key in versions_to_keep(kept, now)}
            now += rng.expovariate(1 / (25 * 60))
        else:
            now += HOUR
        if rng.random() < 0.05:
            _check_reach(kept, history, now)
            checks += 1
    assert checks > 100
    ages = sorted(now - moment for moment in kept.values())
    assert ages[-1] <= 365 * DAY  # nothing older than a year
    assert len(kept) <= 60 + 24 + 31 + 53  # far fewer than the saves
    print(f"thinning: {len(history)} saves over a year, {len(kept)} versions kept, {checks} checks")


def test_every_save_of_the_last_hour_is_kept() -> None:
    times = {number: START + number * 60 for number in range(59)}
    assert versions_to_keep(times, START + 59 * 60) == set(times)


def test_a_version_dated_in_the_future_is_kept() -> None:
    """A clock put back (a wrong date, then corrected) must not make the newest go."""
    times = {"future": START + 10 * DAY, "now": START}
    assert versions_to_keep(times, START) == {"future", "now"}


# ----- the files beside the journal


def _saved_version(journal: Journal, at: float) -> Path:
    """A version of the journal saved at ``at``, as a save leaves it in backups/ (a copy: hard
    links of one file would share one modification time)."""
    folder = journal.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    backup = folder / f"journal.{os.urandom(8).hex()}.carnet"
    shutil.copyfile(journal.path, backup)
    os.utime(backup, (at, at))
    return backup


def test_the_files_beside_the_journal_are_thinned_over_a_simulated_year(new_journal: Journal) -> None:
    history: list[float] = []
    now = START
    rng = random.Random(3)
    while now < START + 365 * DAY:
        _saved_version(new_journal, now)
        history.append(now)
        journal_module._prune_backups(new_journal.path, now)
        if rng.random() < 0.1:
            kept = {path: path.stat().st_mtime for path in backups_of(new_journal.path)}
            _check_reach(kept, history, now)
        now += rng.uniform(2, 10) * HOUR
    remaining = backups_of(new_journal.path)
    assert 24 < len(remaining) < 120
    moments = [version_time(path).timestamp() for path in remaining]
    assert moments == sorted(moments, reverse=True)  # newest first


def test_a_save_thins_with_the_journals_clock(new_journal: Journal) -> None:
    two_years_ago = _saved_version(new_journal, START - 730 * DAY)
    last_week = _saved_version(new_journal, START - 7 * DAY)
    new_journal.clock = lambda: START
    new_journal.entries.add(EntryFields(title="une"))
    new_journal.save()
    remaining = backups_of(new_journal.path)
    assert two_years_ago not in remaining
    assert last_week in remaining and len(remaining) == 2  # and the version the save replaced


def test_names_carry_no_counter_nor_date(new_journal: Journal) -> None:
    for _ in range(3):
        new_journal.save()
    names = [path.name for path in backups_of(new_journal.path)]
    assert len(names) == 3
    assert all(re.fullmatch(r"journal\.[0-9a-f]{16}\.carnet", name) for name in names)


def test_a_version_keeps_the_time_it_was_saved(new_journal: Journal) -> None:
    new_journal.close()
    os.utime(new_journal.path, (START, START))  # as if it were last saved then
    journal = Journal.open(new_journal.path, PASSPHRASE)
    journal.save()
    journal.close()
    (backup,) = backups_of(new_journal.path)
    assert version_time(backup).timestamp() == START
    assert version_time(backup).tzinfo is not None


def test_backups_from_before_random_names_are_still_read_and_thinned(new_journal: Journal) -> None:
    """Names an older Carnet gave: <stem>.<counter>.carnet."""
    folder = new_journal.path.parent / "backups"
    folder.mkdir()
    old_names = []
    for number, age in ((41, 3 * DAY), (42, 2 * HOUR)):
        old = folder / f"journal.{number:06d}.carnet"
        shutil.copyfile(new_journal.path, old)
        os.utime(old, (START - age, START - age))
        old_names.append(old)
    assert backups_of(new_journal.path) == [old_names[1], old_names[0]]
    assert newest_good_backup(new_journal.path, PASSPHRASE) == old_names[1]
    new_journal.clock = lambda: START + 400 * DAY
    new_journal.save()
    assert [path.name for path in backups_of(new_journal.path)][0] != old_names[1].name
    assert not any(path.exists() for path in old_names)  # more than a year old: thinned away


def test_the_size_budget_drops_the_oldest_never_the_newest(
    new_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = new_journal.path.stat().st_size
    versions = [_saved_version(new_journal, START - minutes * 60) for minutes in (50, 40, 30, 20, 10)]
    assert backups_size(new_journal.path) == 5 * size
    monkeypatch.setattr(journal_module, "BACKUP_BUDGET_BYTES", 3 * size)
    journal_module._prune_backups(new_journal.path, START)
    assert backups_of(new_journal.path) == versions[:-4:-1]  # the three newest
    assert backups_size(new_journal.path) == 3 * size
    monkeypatch.setattr(journal_module, "BACKUP_BUDGET_BYTES", 1)
    journal_module._prune_backups(new_journal.path, START)
    assert backups_of(new_journal.path) == [versions[-1]]  # the newest stays whatever the budget
