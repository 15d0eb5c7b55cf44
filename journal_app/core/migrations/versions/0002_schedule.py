"""Schema version 2: the work schedule and computed off-hours flags.

- ``entries.off_hours_by_hand``: False when the off-hours flag is computed from the schedule,
  True when the person set it. Every entry written before this version had its flag typed by
  the person, so existing rows are set to True: changing the schedule never rewrites them.
- ``schedules``: the history of the worker's schedule, one row per version, in force from
  ``effective_from`` ('YYYY-MM-DD') until the next version. ``spec`` is JSON (see
  ``schedule.schedule_to_json``) and holds the whole schedule: hours per weekday, leave
  periods, and the person's edits to the public holidays (holidays added and removed).
  Holiday edits live inside the schedule version rather than in a table of their own, so a
  version is one self-contained value and the history of those edits is kept with it.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (not a batch copy of the table): copying "entries" would drop the
    # full-text triggers. The update trigger only watches the indexed text columns, so the
    # UPDATE below does not touch the search index.
    op.add_column(
        "entries",
        sa.Column("off_hours_by_hand", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.execute("UPDATE entries SET off_hours_by_hand = 1")
    op.create_table(
        "schedules",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("effective_from", sa.String(10), nullable=False, unique=True),
        sa.Column("spec", sa.Text, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("journals are never downgraded")
