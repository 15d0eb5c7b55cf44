"""The example journal shows every part of Carnet with something in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal_app.core.checkins import CheckinStore
from journal_app.core.demo import create_demo_journal, is_demo
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.limits import LimitStore
from journal_app.core.schedule import ScheduleStore
from journal_app.core.supervision import SupervisionStore
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


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_example_has_working_hours_limits_dilemmas_and_a_supervision_agenda(tmp_path: Path, language: str) -> None:
    journal = create_demo_journal(tmp_path / "example.carnet", language, kdf=CHEAP_KDF, today=date(2026, 11, 24))
    try:
        assert ScheduleStore(journal.database).current() is not None
        assert len(LimitStore(journal.database, today=lambda: date(2026, 11, 24)).in_force()) == 2
        dilemmas = DilemmaStore(journal.database, language).list()
        assert len(dilemmas) == 3
        assert {d.status for d in dilemmas} == {"settled", "to_supervision", "thinking"}
        assert all(d.entry_count >= 2 and d.reflection_count >= 1 for d in dilemmas)
        settled = next(d for d in dilemmas if d.status == "settled")
        assert len(DilemmaStore(journal.database, language).status_history(settled.uuid)) == 3
        agenda = SupervisionStore(journal.database).agenda()
        kinds = [item.kind for item in agenda]
        assert "dilemma" in kinds and "follow_up" in kinds and "entry" in kinds
        assert any(item.question for item in agenda if item.kind == "dilemma")
    finally:
        journal.close()
