"""Documents that leave the journal: a supervision brief, a placement portfolio.

A ``Brief`` is plain data built by the domain modules (``supervision.supervision_brief``,
``placement.portfolio_brief``) from the worker's choices. Before anything is written it goes
through the review step (findings of the pseudonymisation helper that the worker fixes or
accepts), then a renderer turns it into Markdown (here) or PDF (``journal_app/pdf.py``, which
needs Qt and so lives outside the core).

Persons always appear by pseudonym: builders put pseudonyms, never names, in ``persons``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

BriefItemKind = Literal["entry", "dilemma", "follow_up", "objective", "session", "text"]


@dataclass(frozen=True)
class BriefItem:
    """One thing brought out of the journal: an entry, a dilemma, an objective..."""

    kind: BriefItemKind
    title: str
    body: str = ""  # Markdown, as written in the journal (after review)
    when: date | None = None  # shown as a date, or as its week when dates are coarsened
    question: str = ""  # what the worker wants to bring or ask about it
    waited_days: int | None = None  # how long it has waited for supervision
    persons: tuple[str, ...] = ()  # pseudonyms only
    details: tuple[tuple[str, str], ...] = ()  # (label, value) lines: category, status, hours...
    source_uuid: str | None = None  # the journal record it comes from; never rendered


@dataclass(frozen=True)
class BriefSection:
    heading: str
    items: tuple[BriefItem, ...] = ()
    intro: str = ""  # Markdown


@dataclass(frozen=True)
class Brief:
    title: str
    language: str  # "fr" | "nl" | "en": the language of the labels the renderers add
    created: date
    subtitle: str = ""
    sections: tuple[BriefSection, ...] = field(default_factory=tuple)
    coarsen_dates: bool = False  # exact dates become "week of ..." in the rendered output
