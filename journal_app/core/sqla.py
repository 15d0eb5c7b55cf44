"""SQLAlchemy, imported on first use: ``sa.select``, ``sa.Session``, ``sa.selectinload``…

The core's stores use SQLAlchemy only inside their methods, through ``sa``, so importing them
(as the window and the command line do at start) does not import SQLAlchemy (~0.3-0.5 s).
``load_orm`` loads it ahead where it costs no time: while the key is derived (``meanwhile``),
or, in the window, on the worker while the person types the passphrase.
"""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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


def load_orm() -> None:
    """What a store's first query would otherwise load on the spot: SQLAlchemy, the mapped
    classes, SQLite's dialect, and the mappers configured (~0.25 s of Python, ~50,000 objects)."""
    importlib.import_module("journal_app.core.orm")
    importlib.import_module("sqlalchemy.dialects.sqlite")  # what the first engine loads
    sa.configure_mappers()


def importer(module: str) -> Callable[[], object]:
    return functools.partial(importlib.import_module, module)


def _in_background(*tasks: Callable[[], object]) -> threading.Thread:
    """Run ``tasks``, in order, on a thread of their own (started). A task that fails ends the
    thread quietly: what it prepares is done again where it is needed, failing there as it would."""
    thread = threading.Thread(target=_run_quietly, args=(tasks,), name="prepare", daemon=True)
    thread.start()
    return thread


@contextmanager
def meanwhile(*tasks: Callable[[], object]) -> Iterator[None]:
    """Run ``tasks`` on another thread while the block runs, and wait for them at its end.

    The block is an unlock: Argon2id releases the GIL while it derives the key (0.16 s at its
    minimum, ~0.5 s as calibrated), so on a second core what comes next after unlocking is
    prepared at no cost (the command line's ``add``: 0.65 -> 0.50 s). The unlock itself imports
    nothing."""
    thread = _in_background(*tasks)
    try:
        yield
    finally:
        thread.join()


def _run_quietly(tasks: Sequence[Callable[[], object]]) -> None:
    for task in tasks:
        try:
            task()
        except Exception:  # noqa: BLE001 - done again where it is needed, and failing there as it would
            return
