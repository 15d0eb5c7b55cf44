"""resources/export_outline.json, the journal's tables as the export reads them, is what the ORM
says: a migration that changes a table without writing it again (tools/export_outline.py)
fails here, not in a person's export."""

from __future__ import annotations

import json

from journal_app.core.formats import carnet
from journal_app.core.resources import resource


def test_the_outline_is_the_orms() -> None:
    kept = json.loads(resource(carnet.OUTLINE_RESOURCE).read_bytes())
    assert kept == carnet.outline_from_orm(), "the schema changed: run python tools/export_outline.py"


def test_sections_keep_the_column_order_and_kinds() -> None:
    """Key order is the export's field order: the outline must keep the table's."""
    entries = carnet.section_named()["entries"]
    table = carnet.models.Base.metadata.tables["entries"]
    assert [name for name, _kind in entries.columns] == [column.name for column in table.columns]
    kinds = dict(entries.columns)
    assert (kinds["id"], kinds["occurred_at"], kinds["off_hours"], kinds["title"]) == (
        carnet.ROW_ID, carnet.TIME, carnet.BOOLEAN, carnet.PLAIN)
