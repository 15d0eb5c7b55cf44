"""Translated names for the core's codes (channels, flags, kinds) and entry summaries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from journal_app.core.entries import EntryRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel(code: str | None) -> str:
    names = {
        "office": _tr("Office"),
        "home_visit": _tr("Home visit"),
        "street": _tr("Street"),
        "work_phone": _tr("Work phone"),
        "personal_phone": _tr("Personal phone"),
        "messaging": _tr("Messaging"),
        "email": _tr("Email"),
        "other": _tr("Other"),
    }
    return names.get(code or "", "")


def flag(name: str) -> str:
    names = {
        "off_hours": _tr("Off-hours"),
        "out_of_frame": _tr("Out of frame"),
        "private": _tr("Kept private"),
        "for_supervision": _tr("For supervision"),
    }
    return names[name]


def flag_explanation(name: str) -> str:
    explanations = {
        "off_hours": _tr("Outside your working hours"),
        "out_of_frame": _tr("Beyond your mandate or the rules"),
        "private": _tr("Not shared with the team"),
        "for_supervision": _tr("To bring to supervision"),
    }
    return explanations[name]


def entry_title(record: EntryRecord) -> str:
    return record.title.strip() or _tr("(untitled)")


def entry_summary(record: EntryRecord) -> str:
    """What a screen reader says for a list row: date, title, flags, persons."""
    from journal_app.core.entries import FLAG_NAMES

    parts = [QLocale().toString(record.occurred_at.replace(tzinfo=None), QLocale.FormatType.LongFormat),
             entry_title(record)]
    parts += [flag(name) for name in FLAG_NAMES if getattr(record, name)]
    if record.persons:
        parts.append(", ".join(record.persons))
    return ". ".join(parts)
