"""SQLAlchemy, imported on first use: ``sa.select``, ``sa.Session``, ``sa.selectinload``…

The core's stores use SQLAlchemy only inside their methods, through ``sa``, so importing them
(as the window and the command line do at start) does not import SQLAlchemy (~0.3-0.5 s).
"""

from __future__ import annotations

from typing import Any


class _SQLAlchemyOnFirstUse:
    """Looks a name up in ``sqlalchemy``, then ``sqlalchemy.orm``, then ``sqlalchemy.pool``, and keeps it."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        import sqlalchemy
        import sqlalchemy.orm
        import sqlalchemy.pool

        for module in (sqlalchemy, sqlalchemy.orm, sqlalchemy.pool):
            if hasattr(module, name):
                value = getattr(module, name)
                setattr(self, name, value)
                return value
        raise AttributeError(f"SQLAlchemy has no {name!r}")


sa: Any = _SQLAlchemyOnFirstUse()
