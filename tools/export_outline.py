"""Write resources/export_outline.json again from the ORM (after a migration changes the schema).

    python tools/export_outline.py

The export reads the journal's tables from that file rather than from the ORM, so that
``journal-app export`` does not import SQLAlchemy; tests/core/test_export_outline.py fails
while the file and the ORM disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

from journal_app.core.formats import carnet

OUTLINE = Path(__file__).resolve().parents[1] / "resources" / carnet.OUTLINE_RESOURCE


def outline_text() -> str:
    return json.dumps(carnet.outline_from_orm(), indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUTLINE.write_text(outline_text(), encoding="utf-8")
    print(f"wrote {OUTLINE}")
