"""A situation for an analysis group: a one-to-two-page account on the report's grid.

The grid (``resources/statement/analysis_group.toml``, fr/nl/en): the situation, the people and
institutions involved, what the worker did and why, the rules at play, what helped, what
hindered, the questions it leaves. ``from_dilemma`` and ``from_entry`` pre-fill it from the
journal (the worker edits it before anything leaves); ``account_brief`` turns it into a
``briefs.Brief``, so it goes through the SAME review step as the supervision brief
(``briefs.review``: names, phones, addresses, national numbers; exact dates, when dates are
coarsened, with their month as the suggestion) and the same renderers (Markdown here, PDF in ``journal_app/pdf.py``).
``draft_fields`` keeps it in the journal as a draft entry (encrypted like any entry).

Pre-filling from a dilemma: the situation is the linked entries (title, then text), oldest
first; the people are the persons of those entries (pseudonyms); what the worker did is the
dilemma's decision, then its reflections, oldest first; the rules at play start with the
names of its categories; the questions it leaves with what was learned. What helped and what
hindered are the worker's to write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from journal_app.core.briefs import Brief, BriefItem, BriefSection
from journal_app.core.database import Database
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields, EntryStore
from journal_app.core.resources import load_toml, pick


@dataclass(frozen=True)
class GridField:
    key: str
    heading: str
    hint: str


@dataclass(frozen=True)
class Account:
    """The account being prepared: a title and the text of each field of the grid."""

    title: str
    fields: dict[str, str]
    language: str = "fr"


def _words(language: str) -> dict[str, Any]:
    return dict(pick(load_toml("statement", "analysis_group.toml"), language))


def grid(language: str = "fr") -> tuple[GridField, ...]:
    return tuple(GridField(item["key"], item["heading"], item["hint"]) for item in _words(language)["grid"])


def grid_keys() -> tuple[str, ...]:
    return tuple(field.key for field in grid("en"))


def document_title(language: str) -> str:
    return str(_words(language)["title"])


def from_dilemma(database: Database, uuid: str, language: str = "fr") -> Account:
    story = DilemmaStore(database, language=language).story(uuid, language=language)
    situation = "\n\n".join(_entry_text(entry.title, entry.body) for entry in story.entries)
    persons: list[str] = []
    for entry in story.entries:
        persons.extend(name for name in entry.persons if name not in persons)
    action = "\n\n".join(part for part in (story.dilemma.decision.strip(),
                                           *(reflection.body.strip() for reflection in story.reflections)) if part)
    rules = "\n".join(f"- {category.name}" for category in story.categories)
    fields = dict.fromkeys(grid_keys(), "")
    fields.update(situation=situation, people=", ".join(persons), action=action, rules=rules,
                  questions=story.dilemma.learned.strip())
    return Account(story.dilemma.title, fields, language)


def from_entry(database: Database, uuid: str, language: str = "fr") -> Account:
    entry = EntryStore(database).get(uuid)
    fields = dict.fromkeys(grid_keys(), "")
    fields.update(situation=entry.body.strip(), people=", ".join(entry.persons))
    return Account(entry.title, fields, language)


def _entry_text(title: str, body: str) -> str:
    title, body = title.strip(), body.strip()
    return f"**{title}**\n\n{body}" if title and body else title or body


def account_brief(account: Account, *, created: date, coarsen_dates: bool = True) -> Brief:
    """The account as a brief, for the review step and the renderers: one section per field
    of the grid (empty ones left out), its text as the body of one untitled item."""
    sections = tuple(BriefSection(field.heading, items=(BriefItem("text", "", body=account.fields[field.key].strip()),))
                     for field in grid(account.language) if account.fields.get(field.key, "").strip())
    return Brief(title=document_title(account.language), subtitle=account.title.strip(), language=account.language,
                 created=created, sections=sections, coarsen_dates=coarsen_dates, dates_to_month=True)


def to_markdown_body(account: Account) -> str:
    """The grid as Markdown, for the draft kept in the journal."""
    parts = []
    for field in grid(account.language):
        parts.append(f"## {field.heading}\n\n{account.fields.get(field.key, '').strip()}")
    return "\n\n".join(parts) + "\n"


def draft_fields(account: Account) -> EntryFields:
    """An entry holding the account, to keep it in the journal as a draft."""
    title = str(_words(account.language)["draft_title"]).format(title=account.title.strip())
    return EntryFields(title=title, body=to_markdown_body(account), kind="reflection")


__all__ = ["Account", "GridField", "account_brief", "draft_fields", "from_dilemma", "from_entry", "grid",
           "grid_keys", "to_markdown_body"]
