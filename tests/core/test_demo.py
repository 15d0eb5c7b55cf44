"""The example journal shows every part of Carnet with something in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal_app.core.checkins import CheckinStore
from journal_app.core.demo import create_demo_journal, is_demo
from tests.conftest import CHEAP_KDF


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_example_holds_entries_and_check_ins_whose_scores_rise(tmp_path: Path, language: str) -> None:
    journal = create_demo_journal(tmp_path / "example.carnet", language, kdf=CHEAP_KDF, today=date(2026, 11, 24))
    try:
        assert is_demo(journal)
        assert journal.entries.count() > 50
        store = CheckinStore(journal.database)
        history = store.history()
        assert [record.taken_at.date().isoformat() for record in history][-1] == "2026-11-09"
        assert len(history) == 6
        assert history[0].scores.work == 25.0 and history[-1].scores.work == 75.0
        assert store.suggest_talking(history[-1].taken_at)
    finally:
        journal.close()
