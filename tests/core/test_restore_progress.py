"""``restore_from`` (the command line's restore) counts its two steps and, stopped before its
write, changes nothing (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.core import backups
from journal_app.core.entries import EntryFields
from journal_app.core.errors import Cancelled
from journal_app.core.journal import Journal, backups_of
from tests.conftest import CHEAP_KDF, PASSPHRASE


def _journal_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    journal, _code = Journal.create(tmp_path / "j.carnet", PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Avant"))
    journal.save()
    journal.entries.add(EntryFields(title="Après"))
    journal.save()
    journal.close()
    return tmp_path / "j.carnet", backups_of(tmp_path / "j.carnet")[0]


def _titles(path: Path) -> list[str]:
    journal = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        return sorted(r.title for r in journal.entries.list())
    finally:
        journal.close()


@pytest.mark.parametrize("stop_at", [0, 1])
def test_a_restore_stopped_before_its_write_changes_nothing(tmp_path: Path, stop_at: int) -> None:
    path, backup = _journal_and_backup(tmp_path)
    files = {p: p.read_bytes() for p in tmp_path.rglob("*.carnet")}

    def stop(done: int, total: int) -> None:
        if done == stop_at:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        backups.restore_from(backup, path, PASSPHRASE, stop)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.carnet")} == files
    assert _titles(path) == ["Après", "Avant"]


def test_a_restore_counts_the_check_and_the_write(tmp_path: Path) -> None:
    path, backup = _journal_and_backup(tmp_path)
    seen: list[tuple[int, int]] = []
    aside = backups.restore_from(backup, path, PASSPHRASE, lambda done, total: seen.append((done, total)))
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert _titles(path) == ["Avant"] and aside is not None and aside.exists()
