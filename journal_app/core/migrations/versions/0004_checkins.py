"""Schema version 4: the fortnightly check-ins (issue 6, "Check-ins").

Only a new table; nothing existing changes (entries and their full-text triggers untouched).

- ``checkins``: one row per check-in: when it was taken (UTC text like every other datetime,
  with the UTC offset where it was taken, as for entries), the answers to the Copenhagen
  Burnout Inventory (JSON: item id -> the chosen option's score, 100/75/50/25/0, before any
  reverse scoring; skipped items are absent), the answers to Carnet's own extra questions
  (JSON: question id -> 0..4), and the three CBI scale scores computed when it was recorded
  (NULL when too few items of a scale were answered; see ``checkins.py``).

The check-in interval is a setting (key ``checkin_settings`` in ``settings``), not a table.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False, unique=True),
        sa.Column("taken_at", UTC_TEXT, nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer, nullable=False),
        sa.Column("answers", sa.Text, nullable=False),
        sa.Column("extra", sa.Text, nullable=False),
        sa.Column("personal_score", sa.Float),
        sa.Column("work_score", sa.Float),
        sa.Column("client_score", sa.Float),
        sa.Column("created_at", UTC_TEXT, nullable=False),
    )
    op.create_index("ix_checkins_taken_at", "checkins", ["taken_at"])


def downgrade() -> None:
    raise NotImplementedError("journals are never downgraded")
