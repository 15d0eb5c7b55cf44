"""Belgian public holidays.

Which holidays there are, and their names in French, Dutch and English, are data
(``resources/holidays/be.toml``); their dates are computed here: a fixed day of the year,
or a number of days after Easter Sunday (anonymous Gregorian algorithm).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from journal_app.core.resources import load_toml, pick


@dataclass(frozen=True)
class HolidayRule:
    id: str
    names: MappingProxyType[str, str]
    month: int | None = None
    day: int | None = None
    easter_offset: int | None = None

    def date_in(self, year: int) -> date:
        if self.easter_offset is not None:
            return easter_sunday(year) + timedelta(days=self.easter_offset)
        assert self.month is not None and self.day is not None
        return date(year, self.month, self.day)


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the "anonymous" or Meeus/Jones/Butcher algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own names)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=1)
def belgian_rules() -> tuple[HolidayRule, ...]:
    """The ten legal public holidays of Belgium, as read from the data file."""
    data = load_toml("holidays", "be.toml")
    return tuple(_rule(item) for item in data["holiday"])


def belgian_holidays(year: int) -> dict[date, str]:
    """The public holidays of ``year``: date -> holiday id (e.g. "easter-monday"), by date."""
    return dict(_holidays_of(year))


def is_belgian_holiday(day: date) -> str | None:
    """The id of the public holiday on ``day``, or None."""
    return _holidays_of(day.year).get(day)


def holiday_name(holiday_id: str, language: str) -> str:
    """The name of a holiday in ``language`` (fr, nl or en; French when the language is unknown)."""
    for rule in belgian_rules():
        if rule.id == holiday_id:
            return str(pick(dict(rule.names), language))
    raise KeyError(holiday_id)


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> MappingProxyType[date, str]:
    found = sorted((rule.date_in(year), rule.id) for rule in belgian_rules())
    return MappingProxyType(dict(found))


def _rule(item: dict[str, Any]) -> HolidayRule:
    rule = HolidayRule(
        id=item["id"],
        names=MappingProxyType(dict(item["names"])),
        month=item.get("month"),
        day=item.get("day"),
        easter_offset=item.get("easter_offset"),
    )
    if (rule.easter_offset is None) == (rule.month is None or rule.day is None):
        raise ValueError(f"holiday {rule.id}: give either month and day, or easter_offset")
    return rule
