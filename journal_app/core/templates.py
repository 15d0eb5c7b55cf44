"""Reflection templates (Gibbs, Driscoll, the report's situation analysis...).

Built-in templates are data files in resources/templates/; a worker's own templates are
stored inside their journal. Picking a template inserts its sections as Markdown headings,
each followed by its guiding questions as quoted lines in italic, which the worker may keep or
delete: on screen and in the saved Markdown a question never looks like the answer under it.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass


from journal_app.core.database import Database
from journal_app.core.errors import InvalidInput
from journal_app.core.models import new_uuid
from journal_app.core.resources import load_toml, pick, resource

_USER_TEMPLATES_KEY = "user_templates"


@dataclass(frozen=True)
class TemplateSection:
    title: str
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    source: str
    kind: str
    sections: tuple[TemplateSection, ...]
    builtin: bool = True

    def as_markdown(self) -> str:
        blocks = []
        for section in self.sections:
            lines = [f"## {section.title}"]
            lines += [f"> *{question}*" for question in section.questions]
            blocks.append("\n\n".join(lines))
        return "\n\n".join(blocks) + "\n"


def builtin_templates(language: str) -> list[Template]:
    return list(_builtin_templates(language))


@functools.cache
def _builtin_templates(language: str) -> tuple[Template, ...]:
    """Read once per language (the files do not change while Carnet runs): views refill their
    template choices at each refresh, and parsing the TOML took ~9 ms each time."""
    templates = []
    for item in sorted(resource("templates").iterdir(), key=lambda t: t.name):
        if not item.name.endswith(".toml"):
            continue
        data = load_toml("templates", item.name)
        templates.append(Template(
            id=data["id"],
            name=pick(data["name"], language),
            description=pick(data["description"], language),
            source=data["source"],
            kind=data.get("kind", "reflection"),
            sections=tuple(
                TemplateSection(pick(s["title"], language), tuple(pick(s["questions"], language)))
                for s in data["sections"]
            ),
        ))
    order = ["gibbs", "driscoll", "situation-analysis", "emancipation-grid", "schon", "reflective-account"]
    return tuple(sorted(templates, key=lambda t: order.index(t.id) if t.id in order else len(order)))


class TemplateStore:
    """Built-in templates plus the worker's own, which live inside the journal."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def all(self, language: str) -> list[Template]:
        return builtin_templates(language) + self.own()

    def own(self) -> list[Template]:
        stored = self._database.read_setting(_USER_TEMPLATES_KEY, [])
        return [Template(id=t["id"], name=t["name"], description=t.get("description", ""), source="",
                         kind="reflection", builtin=False,
                         sections=tuple(TemplateSection(s["title"], tuple(s.get("questions", ())))
                                        for s in t["sections"]))
                for t in stored]

    def save_own(self, name: str, sections: list[TemplateSection], description: str = "") -> Template:
        name = name.strip()
        if not name or not sections or not all(s.title.strip() for s in sections):
            raise InvalidInput("a template needs a name and sections with titles")
        own = [t for t in self.own() if t.name != name]
        template = Template(id=f"own-{new_uuid()}", name=name, description=description,
                            source="", kind="reflection", sections=tuple(sections), builtin=False)
        own.append(template)
        self._write(own)
        return template

    def delete_own(self, template_id: str) -> None:
        self._write([t for t in self.own() if t.id != template_id])

    def _write(self, templates: list[Template]) -> None:
        self._database.write_setting(_USER_TEMPLATES_KEY, [
            {"id": t.id, "name": t.name, "description": t.description, "sections": [asdict(s) for s in t.sections]}
            for t in templates])
