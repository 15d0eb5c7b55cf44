"""The journal's vocabulary (channels, kinds, statuses) and, on first use, its ORM models.

The plain names below need no database. The mapped classes and tables (``Entry``, ``Person``,
``entry_persons``…) live in ``orm.py`` and are loaded with SQLAlchemy the first time one is
asked for (``models.Entry``, or ``from journal_app.core.models import Entry``): importing
SQLAlchemy and mapping the schema costs about half a second, which the window's unlock page
and the command line's start should not pay before they touch a journal.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

CHANNELS = ("office", "home_visit", "street", "work_phone", "personal_phone", "messaging", "email", "other")
ENTRY_KINDS = ("reflection", "contact")
DILEMMA_STATUSES = ("open", "thinking", "to_supervision", "settled", "living_with")
SUPERVISION_KINDS = ("individual", "group", "intervision")

REVISED_TABLES = (
    "settings", "schedules", "persons", "dilemma_categories", "entries", "dilemmas", "dilemma_status_changes",
    "dilemma_reflections", "limits", "limit_versions", "limit_marks", "checkins", "supervision_sessions",
    "supervision_agenda", "supervision_session_items", "placements", "placement_objectives", "placement_hours",
)
"""Tables whose rows carry ``revision`` (a hash of the row's content), ``revisions`` (earlier
ones, newest first) and ``revised_at`` (when the content last changed). SQL triggers keep
them, whatever writes the row; the ORM never reads nor writes them, so they are added to
the tables only, not mapped (the schema check still sees them)."""


def new_uuid() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC)


def __getattr__(name: str) -> Any:
    """The ORM's classes and tables, loaded on first use (PEP 562), then kept as this module's own."""
    if name.startswith("__"):
        raise AttributeError(name)
    from journal_app.core import orm

    try:
        value = getattr(orm, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value
