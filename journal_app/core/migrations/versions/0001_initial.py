"""Schema version 1: entries, persons, tags, settings and the full-text index.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("occurred_at", UTC_TEXT, nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer, nullable=False),
        sa.Column("duration_minutes", sa.Integer),
        sa.Column("channel", sa.String(20)),
        sa.Column("off_hours", sa.Boolean, nullable=False),
        sa.Column("out_of_frame", sa.Boolean, nullable=False),
        sa.Column("private", sa.Boolean, nullable=False),
        sa.Column("emotional_weight", sa.Integer),
        sa.Column("for_supervision", sa.Boolean, nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("updated_at", UTC_TEXT, nullable=False),
        sa.Column("search_tags", sa.Text, nullable=False),
        sa.Column("search_persons", sa.Text, nullable=False),
    )
    op.create_index("ix_entries_occurred_at", "entries", ["occurred_at"])
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False, unique=True),
        sa.Column("pseudonym", sa.String(80, collation="NOCASE"), nullable=False, unique=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80, collation="NOCASE"), nullable=False, unique=True),
    )
    op.create_table(
        "entry_persons",
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_entry_persons_person_id", "entry_persons", ["person_id"])
    op.create_table(
        "entry_tags",
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag_id", sa.Integer, sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_entry_tags_tag_id", "entry_tags", ["tag_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    # External-content FTS5 index over the entries table: the text is stored once. Accents
    # and case are folded by the tokenizer ("reseau" finds "réseau").
    op.execute(
        "CREATE VIRTUAL TABLE entry_search USING fts5("
        "title, body, search_tags, search_persons, content='entries', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    columns = "title, body, search_tags, search_persons"
    new_values = "new.title, new.body, new.search_tags, new.search_persons"
    old_values = "old.title, old.body, old.search_tags, old.search_persons"
    op.execute(
        f"CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN "
        f"INSERT INTO entry_search(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )
    op.execute(
        f"CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN "
        f"INSERT INTO entry_search(entry_search, rowid, {columns}) VALUES ('delete', old.id, {old_values}); END"
    )
    op.execute(
        f"CREATE TRIGGER entries_search_update AFTER UPDATE OF {columns} ON entries BEGIN "
        f"INSERT INTO entry_search(entry_search, rowid, {columns}) VALUES ('delete', old.id, {old_values}); "
        f"INSERT INTO entry_search(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )


def downgrade() -> None:
    raise NotImplementedError("journals are never downgraded")
