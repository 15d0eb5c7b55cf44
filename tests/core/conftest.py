"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from journal_app.core.database import Database


@pytest.fixture
def database() -> Iterator[Database]:
    """A fresh in-memory journal database with the current schema, no file and no key."""
    db = Database.new()
    yield db
    db.close()
