"""Schema version 3: ethical dilemmas and personal limits.

Only new tables; nothing existing changes (the entries and their full-text triggers are
untouched).

- ``dilemma_categories``: the worker's own dilemma categories (``builtin_id`` NULL) and their
  changes to the built-in ones (``builtin_id`` = the category's id in
  ``resources/dilemmas/taxonomy.toml``: a new name, hidden). Built-ins without changes have no row.
- ``dilemmas``, with ``dilemma_category_links`` (category ids, in order),
  ``dilemma_entries`` (the entries a dilemma is about; an entry may be in several dilemmas),
  ``dilemma_status_changes`` (the status history) and ``dilemma_reflections`` (dated notes).
- ``limits`` (one per personal limit: its uuid and kind) and ``limit_versions`` (what the limit
  says from ``effective_from``, 'YYYY-MM-DD', until its next version's date; an inactive
  version ends it), and ``limit_marks``: crossings ticked by hand on an entry.

Links to entries cascade: deleting an entry removes it from its dilemmas and its marks, and
never deletes a dilemma or a limit.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(32)


def _uuid() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("uuid", sa.String(32), nullable=False, unique=True)


def upgrade() -> None:
    op.create_table(
        "dilemma_categories",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("builtin_id", sa.String(64), unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("questions", sa.Text, nullable=False),
        sa.Column("hidden", sa.Boolean, nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
    )
    op.create_table(
        "dilemmas",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("decision", sa.Text, nullable=False),
        sa.Column("learned", sa.Text, nullable=False),
        sa.Column("opened_at", UTC_TEXT, nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
    )
    op.create_table(
        "dilemma_entries",
        sa.Column("dilemma_id", sa.Integer, sa.ForeignKey("dilemmas.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("linked_at", UTC_TEXT, nullable=False),
    )
    op.create_index("ix_dilemma_entries_entry_id", "dilemma_entries", ["entry_id"])
    op.create_table(
        "dilemma_category_links",
        sa.Column("dilemma_id", sa.Integer, sa.ForeignKey("dilemmas.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("category", sa.String(64), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "dilemma_status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("dilemma_id", sa.Integer, sa.ForeignKey("dilemmas.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("changed_at", UTC_TEXT, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_dilemma_status_changes_dilemma_id", "dilemma_status_changes", ["dilemma_id"])
    op.create_table(
        "dilemma_reflections",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("dilemma_id", sa.Integer, sa.ForeignKey("dilemmas.id", ondelete="CASCADE"), nullable=False),
        sa.Column("written_at", UTC_TEXT, nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
    )
    op.create_index("ix_dilemma_reflections_dilemma_id", "dilemma_reflections", ["dilemma_id"])
    op.create_table(
        "limits",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
    )
    op.create_table(
        "limit_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("limit_id", sa.Integer, sa.ForeignKey("limits.id", ondelete="CASCADE"), nullable=False),
        sa.Column("effective_from", sa.String(10), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("params", sa.Text, nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.UniqueConstraint("limit_id", "effective_from", name="uq_limit_versions_limit_day"),
    )
    op.create_table(
        "limit_marks",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("limit_id", sa.Integer, sa.ForeignKey("limits.id", ondelete="CASCADE"), nullable=False),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="CASCADE"), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.UniqueConstraint("limit_id", "entry_id", name="uq_limit_marks_limit_entry"),
    )
    op.create_index("ix_limit_marks_entry_id", "limit_marks", ["entry_id"])


def downgrade() -> None:
    raise NotImplementedError("journals are never downgraded")
