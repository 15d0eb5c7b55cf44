"""Belgian public holidays: computed dates against known calendars, and their names as data."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.holidays import belgian_holidays, belgian_rules, easter_sunday, holiday_name, is_belgian_holiday

DATA_FILE = Path(__file__).resolve().parents[2] / "resources" / "holidays" / "be.toml"
FIXED = {(1, 1): "new-year", (5, 1): "labour-day", (7, 21): "national-day", (8, 15): "assumption",
         (11, 1): "all-saints", (11, 11): "armistice", (12, 25): "christmas"}


@pytest.mark.parametrize(("year", "easter"), [
    (1943, date(1943, 4, 25)),  # the latest possible Easter
    (2000, date(2000, 4, 23)),
    (2019, date(2019, 4, 21)),
    (2024, date(2024, 3, 31)),
    (2025, date(2025, 4, 20)),
    (2026, date(2026, 4, 5)),
    (2027, date(2027, 3, 28)),
    (2038, date(2038, 4, 25)),
    (2285, date(2285, 3, 22)),  # the earliest possible Easter
])
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter
    assert easter.weekday() == 6


@pytest.mark.parametrize(("year", "easter_monday", "ascension", "whit_monday"), [
    (2024, date(2024, 4, 1), date(2024, 5, 9), date(2024, 5, 20)),
    (2025, date(2025, 4, 21), date(2025, 5, 29), date(2025, 6, 9)),
    (2026, date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25)),
    (2027, date(2027, 3, 29), date(2027, 5, 6), date(2027, 5, 17)),
    (2028, date(2028, 4, 17), date(2028, 5, 25), date(2028, 6, 5)),
])
def test_movable_holidays(year: int, easter_monday: date, ascension: date, whit_monday: date) -> None:
    holidays = belgian_holidays(year)
    assert holidays[easter_monday] == "easter-monday"
    assert holidays[ascension] == "ascension"
    assert holidays[whit_monday] == "whit-monday"
    assert easter_monday.weekday() == 0 and whit_monday.weekday() == 0 and ascension.weekday() == 3


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027, 2030, 2050])
def test_ten_holidays_a_year_with_the_fixed_ones(year: int) -> None:
    holidays = belgian_holidays(year)
    assert len(holidays) == 10
    assert list(holidays) == sorted(holidays)
    for (month, day), holiday_id in FIXED.items():
        assert holidays[date(year, month, day)] == holiday_id


def test_ordinary_days_are_not_holidays() -> None:
    assert is_belgian_holiday(date(2026, 4, 5)) is None  # Easter Sunday itself is a Sunday, not in the law's list
    assert is_belgian_holiday(date(2026, 12, 26)) is None
    assert is_belgian_holiday(date(2026, 7, 11)) is None  # Flemish Community holiday: added by hand if granted
    assert is_belgian_holiday(date(2026, 7, 21)) == "national-day"


def test_the_result_is_a_copy() -> None:
    belgian_holidays(2026).clear()
    assert len(belgian_holidays(2026)) == 10


def test_names_in_three_languages() -> None:
    assert holiday_name("easter-monday", "fr") == "Lundi de Pâques"
    assert holiday_name("easter-monday", "nl") == "Paasmaandag"
    assert holiday_name("easter-monday", "en") == "Easter Monday"
    assert holiday_name("christmas", "de") == "Noël"  # unknown language: French
    with pytest.raises(KeyError):
        holiday_name("carnival", "fr")


def test_data_file_is_complete() -> None:
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    ids = [item["id"] for item in data["holiday"]]
    assert len(ids) == len(set(ids)) == 10
    for item in data["holiday"]:
        assert ("easter_offset" in item) != ("month" in item and "day" in item), item["id"]
        for language in ("fr", "nl", "en"):
            assert item["names"][language].strip(), (item["id"], language)
    assert [rule.id for rule in belgian_rules()] == ids
