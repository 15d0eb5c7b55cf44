"""Translated names for the core's codes (channels, flags, kinds) and entry summaries."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from journal_app.core.entries import EntryRecord
from journal_app.core.metrics import UNITS


# Literal calls, so pyside6-lupdate can extract every string.
translate = QCoreApplication.translate


def channel(code: str | None) -> str:
    names = {
        "office": translate("Labels", "Office"),
        "home_visit": translate("Labels", "Home visit"),
        "street": translate("Labels", "Street"),
        "work_phone": translate("Labels", "Work phone"),
        "personal_phone": translate("Labels", "Personal phone"),
        "messaging": translate("Labels", "Messaging"),
        "email": translate("Labels", "Email"),
        "other": translate("Labels", "Other"),
    }
    return names.get(code or "", "")


def flag(name: str) -> str:
    names = {
        "off_hours": translate("Labels", "Off-hours"),
        "out_of_frame": translate("Labels", "Out of frame"),
        "private": translate("Labels", "Kept private"),
        "for_supervision": translate("Labels", "For supervision"),
    }
    return names[name]


def flag_explanation(name: str) -> str:
    explanations = {
        "off_hours": translate("Labels", "Outside your working hours"),
        "out_of_frame": translate("Labels", "Beyond your mandate or the rules"),
        "private": translate("Labels", "Not shared with the team"),
        "for_supervision": translate("Labels", "To bring to supervision"),
    }
    return explanations[name]


def dilemma_status(code: str) -> str:
    names = {
        "open": translate("Labels", "Open"),
        "thinking": translate("Labels", "Thinking it through"),
        "to_supervision": translate("Labels", "To bring to supervision"),
        "settled": translate("Labels", "Settled"),
        "living_with": translate("Labels", "Living with it"),
    }
    return names.get(code, code)


def limit_kind(kind: str) -> str:
    names = {
        "no_contact_after": translate("Labels", "No contacts after a given hour"),
        "no_weekend_contacts": translate("Labels", "No contacts at the weekend"),
        "personal_phone_not_given": translate("Labels", "My personal phone number stays private"),
        "max_off_hours_contacts_per_week": translate("Labels", "At most a number of off-hours contacts a week"),
        "no_lending_money": translate("Labels", "No lending money (I tick it myself)"),
        "max_out_of_frame_per_month": translate("Labels", "At most a number of out-of-frame acts a month"),
        "free_text": translate("Labels", "A limit in my own words (I tick it myself)"),
    }
    return names.get(kind, kind)


def limit_description(kind: str, label: str, hour: object = None, count: int | None = None) -> str:
    """How a limit reads in the list: the person's own words, or what it says."""
    if label.strip():
        return label.strip()
    from PySide6.QtCore import QLocale

    if kind == "no_contact_after" and hour is not None:
        return translate("Labels", "No contacts after %1").replace("%1", QLocale().toString(hour, QLocale.FormatType.ShortFormat))
    if kind == "max_off_hours_contacts_per_week" and count is not None:
        return _plurals().off_hours_contacts_a_week(count)
    if kind == "max_out_of_frame_per_month" and count is not None:
        return _plurals().out_of_frame_acts_a_month(count)
    return limit_kind(kind)


def entry_title(record: EntryRecord) -> str:
    return record.title.strip() or translate("Labels", "(untitled)")


def entry_summary(record: EntryRecord) -> str:
    """What a screen reader says for a list row: date, title, flags, persons."""
    from journal_app.core.entries import FLAG_NAMES

    parts = [QLocale().toString(record.occurred_at.replace(tzinfo=None), QLocale.FormatType.LongFormat),
             entry_title(record)]
    parts += [flag(name) for name in FLAG_NAMES if getattr(record, name)]
    if record.persons:
        parts.append(", ".join(record.persons))
    return ". ".join(parts)


def metric(key: str) -> str:
    """The name of a workload figure (core/metrics.py KEYS)."""
    names = {
        "contacts": translate("Labels", "Contacts"),
        "off_hours_contacts": translate("Labels", "Off-hours contacts"),
        "off_hours_minutes": translate("Labels", "Time in off-hours contacts"),
        "out_of_frame": translate("Labels", "Out-of-frame acts"),
        "private_contacts": translate("Labels", "Contacts kept private"),
        "weight_average": translate("Labels", "Average emotional weight"),
        "weight_peak": translate("Labels", "Highest emotional weight"),
        "for_supervision": translate("Labels", "Entries for supervision"),
        "open_dilemmas": translate("Labels", "Open dilemmas"),
        "open_dilemmas_oldest_days": translate("Labels", "Age of the oldest open dilemma"),
        "open_dilemmas_average_days": translate("Labels", "Average age of the open dilemmas"),
        "limits_crossed": translate("Labels", "Limits crossed"),
        "beyond_schedule_minutes": translate("Labels", "Time beyond working hours"),
    }
    return names.get(key, key)


def metric_value(key: str, value: float | None) -> str:
    """A workload figure's value in words and the locale's numbers ("—" when unknown)."""
    from journal_app.core.metrics import UNITS

    if value is None:
        return "—"
    unit = UNITS.get(key, "")
    if unit == "minutes":
        minutes = round(value)
        if minutes < 60:
            return _plurals().minutes(minutes)
        return translate("Labels", "%1 h %2 min").replace("%1", str(minutes // 60)).replace(
            "%2", f"{minutes % 60:02d}")
    if unit == "days":
        return _plurals().days(round(value)) if float(value).is_integer() else \
            translate("Labels", "%1 days").replace("%1", QLocale().toString(float(value), "f", 1))
    if unit == "weight":
        return translate("Labels", "%1 / 10").replace(
            "%1", QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1))
    return QLocale().toString(int(value)) if float(value).is_integer() else QLocale().toString(float(value), "f", 1)


def metric_unit(key: str) -> str:
    """What a figure counts, for a chart's axis."""
    units = {
        "contacts": translate("Labels", "contacts"),
        "minutes": translate("Labels", "minutes"),
        "entries": translate("Labels", "entries"),
        "weight": translate("Labels", "weight (0 to 10)"),
        "dilemmas": translate("Labels", "dilemmas"),
        "days": translate("Labels", "days"),
        "crossings": translate("Labels", "times"),
    }
    return units.get(UNITS.get(key, ""), "")


def metric_explanation(key: str) -> str:
    """How a figure is computed, in words, for any week or month (the core's EXPLANATIONS,
    translated and said of "the period")."""
    explanations = {
        "contacts": translate("Labels", "The number of contacts (entries of the kind contact, or with a channel), "
                                        "by the local time of each entry."),
        "off_hours_contacts": translate("Labels", "The number of contacts flagged off-hours (worked out from your "
                                                  "working hours, or set by hand)."),
        "off_hours_minutes": translate("Labels", "The sum of the durations of the contacts flagged off-hours "
                                                 "(a contact without a duration counts 0 minutes)."),
        "out_of_frame": translate("Labels", "The number of entries flagged out-of-frame: acts beyond your mandate "
                                            "or the rules."),
        "private_contacts": translate("Labels", "The number of contacts flagged private (kept from the team)."),
        "weight_average": translate("Labels", "The mean emotional weight (0 to 10) of the entries that have one, "
                                              "to one decimal; none when no entry has a weight."),
        "weight_peak": translate("Labels", "The highest emotional weight (0 to 10) among the entries."),
        "for_supervision": translate("Labels", "The number of entries marked to bring to supervision."),
        "open_dilemmas": translate("Labels", "The number of dilemmas still open at the end of the period: "
                                             "neither settled nor lived with at that moment."),
        "open_dilemmas_oldest_days": translate("Labels", "The age, on the last day of the period, of the oldest "
                                                         "dilemma still open then, in days."),
        "open_dilemmas_average_days": translate("Labels", "The mean age, on the last day of the period, of the "
                                                          "dilemmas still open then, in days."),
        "limits_crossed": translate("Labels", "The number of times your own limits were crossed: each contact "
                                              "that crossed a limit, each week or month counted over its limit, "
                                              "each crossing ticked by hand."),
        "beyond_schedule_minutes": translate("Labels", "The minutes of your entries that fall outside your "
                                                       "working hours (days off, leave and holidays have none); "
                                                       "none before you set your working hours."),
    }
    return explanations.get(key, "")


class Labels(QObject):
    """The plural labels. pyside6-lupdate marks a message as plural only in a ``self.tr`` call,
    so they are methods of a QObject named after this module's translation context."""

    def off_hours_contacts_a_week(self, count: int) -> str:
        return self.tr("At most %n off-hours contact(s) a week", "", count)

    def out_of_frame_acts_a_month(self, count: int) -> str:
        return self.tr("At most %n out-of-frame act(s) a month", "", count)

    def minutes(self, count: int) -> str:
        return self.tr("%n min", "", count)

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)


@cache
def _plurals() -> Labels:
    return Labels()
