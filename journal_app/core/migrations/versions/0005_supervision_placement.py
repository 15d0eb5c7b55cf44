"""Schema version 5: the supervision agenda and sessions, and the placement portfolio (issue 7).

New tables, and one new column on entries; nothing existing is rewritten (the entries'
full-text triggers only follow their indexed columns, which do not change).

- ``entries.for_supervision_since``: when the entry was marked for supervision (NULL when it
  is not), so the agenda can say how long it has waited. Entries already marked when the
  journal is upgraded get their creation time: the moment they were marked was not kept.
- ``supervision_agenda``: the next supervision's items, in ``position`` order: an entry, a
  dilemma, or a free-text follow-up left by a past session (``from_session_id``), with the
  question the worker wants to bring. An entry or dilemma is on it at most once.
- ``supervision_sessions``: date ('YYYY-MM-DD'), with whom (a label), kind (individual,
  group, intervision), what was discussed, what came out of it, and the follow-ups it left
  (JSON list of strings; they also become agenda items).
- ``supervision_session_items``: what each session discussed, with the question brought and,
  for a dilemma, the status it moved to.
- ``placements`` (institution, dates, tutor and school supervisor as labels, required hours in
  minutes, self-evaluation), ``placement_objectives`` (ordered), ``placement_hours`` (one row
  per placement and day, in minutes) and ``objective_entries`` (reflections that show an
  objective).

Links to entries and dilemmas cascade: deleting one removes it from the agenda, from the
sessions' lists and from objectives, never a session or an objective.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(32)


def _uuid() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("uuid", sa.String(32), nullable=False, unique=True)


def _timestamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("created_at", UTC_TEXT, nullable=False), sa.Column("updated_at", UTC_TEXT, nullable=False)]


def _entry(unique: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="CASCADE"), unique=unique)


def _dilemma(unique: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("dilemma_id", sa.Integer, sa.ForeignKey("dilemmas.id", ondelete="CASCADE"), unique=unique)


def upgrade() -> None:
    op.add_column("entries", sa.Column("for_supervision_since", UTC_TEXT))
    op.execute("UPDATE entries SET for_supervision_since = created_at WHERE for_supervision")

    op.create_table(
        "supervision_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("held_on", sa.String(10), nullable=False),
        sa.Column("with_whom", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("discussed", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("follow_ups", sa.Text, nullable=False),
        *_timestamps(),
    )
    op.create_index("ix_supervision_sessions_held_on", "supervision_sessions", ["held_on"])
    op.create_table(
        "supervision_agenda",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("position", sa.Integer, nullable=False),
        _entry(unique=True),
        _dilemma(unique=True),
        sa.Column("follow_up", sa.Text, nullable=False),
        sa.Column("from_session_id", sa.Integer, sa.ForeignKey("supervision_sessions.id", ondelete="SET NULL")),
        sa.Column("question", sa.Text, nullable=False),
        *_timestamps(),
    )
    op.create_table(
        "supervision_session_items",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("supervision_sessions.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        _entry(),
        _dilemma(),
        sa.Column("follow_up", sa.Text, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("status_after", sa.String(20)),
        sa.Column("created_at", UTC_TEXT, nullable=False),
    )
    for column in ("session_id", "entry_id", "dilemma_id"):
        op.create_index(f"ix_supervision_session_items_{column}", "supervision_session_items", [column])

    op.create_table(
        "placements",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("starts_on", sa.String(10)),
        sa.Column("ends_on", sa.String(10)),
        sa.Column("tutor", sa.Text, nullable=False),
        sa.Column("school_supervisor", sa.Text, nullable=False),
        sa.Column("required_minutes", sa.Integer, nullable=False),
        sa.Column("self_evaluation", sa.Text, nullable=False),
        *_timestamps(),
    )
    op.create_table(
        "placement_objectives",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("placement_id", sa.Integer, sa.ForeignKey("placements.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        *_timestamps(),
    )
    op.create_index("ix_placement_objectives_placement_id", "placement_objectives", ["placement_id"])
    op.create_table(
        "placement_hours",
        sa.Column("id", sa.Integer, primary_key=True),
        _uuid(),
        sa.Column("placement_id", sa.Integer, sa.ForeignKey("placements.id", ondelete="CASCADE"), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        *_timestamps(),
        sa.UniqueConstraint("placement_id", "day", name="uq_placement_hours_placement_day"),
    )
    op.create_table(
        "objective_entries",
        sa.Column("objective_id", sa.Integer, sa.ForeignKey("placement_objectives.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("linked_at", UTC_TEXT, nullable=False),
    )
    op.create_index("ix_objective_entries_entry_id", "objective_entries", ["entry_id"])


def downgrade() -> None:
    raise NotImplementedError("journals are never downgraded")
