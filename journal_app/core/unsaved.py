"""What is not saved yet, told in words before a person quits ("3 entries written since 21:40")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journal_app.core.sqla import sa
from journal_app.core import models
from journal_app.core.journal import Journal


@dataclass(frozen=True)
class UnsavedWork:
    entries: int  # entries written or changed since the last save (other changes are not counted)
    since: datetime | None  # the last save, in UTC; None when the journal was never saved


def unsaved_work(journal: Journal) -> UnsavedWork | None:
    """None when everything in memory is on disk."""
    if not journal.has_unsaved_changes():
        return None
    since = journal.saved_at
    query = sa.select(sa.func.count(models.Entry.id))
    if since is not None:
        query = query.where(models.Entry.updated_at > since)
    with journal.database.session() as session:
        return UnsavedWork(session.scalar(query) or 0, since)
