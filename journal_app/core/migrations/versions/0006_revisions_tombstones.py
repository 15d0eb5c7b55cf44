"""Schema version 6: what merging two copies of one journal needs (see merge.py).

When the journal sits in a synced folder and two computers changed it apart, the sync
service leaves a conflict copy beside it. To merge it record by record, each record must say
which version it is, which versions it replaced, and a deleted record must leave a trace.

- ``revision`` on every table whose rows have an identity (``models.REVISED_TABLES``): a
  short hash of the row's content (``database.revision_of``), the same in every copy that
  holds the same content. ``revisions``: the earlier ones, newest first (at most
  ``database.HISTORY_KEPT``; versions a session replaced within ``database.COALESCE_SECONDS``,
  the moments of one edit while typing, are not kept).
  ``revised_at``: when the content last changed. A copy whose revision is in this row's
  history is behind it: only one side edited. Neither in the other's history: both did.
- ``tombstones``: a deleted record's kind (its table), identity, time of deletion and
  revisions (hashes, never content). Links between dilemmas or objectives and entries leave
  one too ("<uuid>:<uuid>"), when both ends still exist.
- ``entries.conflict_of``: an entry kept as the other version of an entry both copies changed.

SQL triggers keep all this, whoever writes (the stores, imports, the CLI, the merge itself):
a row inserted without a revision gets one; when an update changes the content, the revision
is recomputed and the previous one goes into the history; on delete a tombstone is written;
inserting a record again (an undo) takes its tombstone back, with its history. Writing
``revisions`` or ``revised_at`` alone changes nothing else (the merge writes the histories of
both copies that way). The triggers call functions every journal connection has
(``Database._configure``): ``carnet_revision``, ``carnet_history``, ``carnet_sorted``.

What a revision covers, table by table, is in ``CONTENT`` below: the columns a person
changes, not the timestamps, not the database's own ids (they differ between copies), not
what is computed (an entry's off-hours flag when it follows the schedule, the time it was
marked for supervision). A dilemma's revision includes its categories, whose links touch
the dilemma when they change. A later migration that adds content columns to these tables
must recreate their triggers. Existing rows get the revision of their content now, kept in
their history too, and the time of their last edit.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(32)
# SQLite's time, as UtcDateTime stores it: the same for every row one statement changes, so
# the tombstones of what a deletion took along (a dilemma's history) carry its very time.
NOW = "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')"

# table -> (identity column, content columns)
CONTENT: dict[str, tuple[str, tuple[str, ...]]] = {
    "settings": ("key", ("value",)),
    "schedules": ("effective_from", ("spec",)),
    "persons": ("uuid", ("pseudonym", "note")),
    "dilemma_categories": ("uuid", ("builtin_id", "name", "explanation", "questions", "hidden")),
    "entries": ("uuid", (
        "kind", "title", "body", "occurred_at", "utc_offset_minutes", "duration_minutes", "channel", "off_hours",
        "off_hours_by_hand", "out_of_frame", "private", "emotional_weight", "for_supervision", "search_tags",
        "search_persons", "conflict_of",
    )),
    "dilemmas": ("uuid", ("title", "status", "decision", "learned", "opened_at")),
    "dilemma_status_changes": ("uuid", ("status", "changed_at", "note")),
    "dilemma_reflections": ("uuid", ("written_at", "utc_offset_minutes", "body")),
    "limits": ("uuid", ("kind",)),
    "limit_versions": ("uuid", ("effective_from", "active", "label", "params")),
    "limit_marks": ("uuid", ("note",)),
    "checkins": ("uuid", (
        "taken_at", "utc_offset_minutes", "answers", "extra", "personal_score", "work_score", "client_score",
    )),
    "supervision_sessions": ("uuid", ("held_on", "with_whom", "kind", "discussed", "outcome", "follow_ups")),
    "supervision_agenda": ("uuid", ("position", "follow_up", "question")),
    "supervision_session_items": ("uuid", ("position", "follow_up", "question", "status_after")),
    "placements": ("uuid", (
        "institution", "starts_on", "ends_on", "tutor", "school_supervisor", "required_minutes", "self_evaluation",
    )),
    "placement_objectives": ("uuid", ("position", "text")),
    "placement_hours": ("uuid", ("day", "minutes", "note")),
}
# Content that is not a plain column ("{row}" is the row: "new" in a trigger).
COMPUTED = {
    # Computed from the schedule unless set by hand: recomputed after a merge, not compared.
    ("entries", "off_hours"): "CASE WHEN {row}.off_hours_by_hand THEN {row}.off_hours END",
}
EXTRA = {
    "dilemmas": "(SELECT carnet_sorted(printf('%04d ', position) || category) FROM dilemma_category_links "
                "WHERE dilemma_id = {row}.id)",
}

# link table -> (first end: column, table), (second end: column, table)
LINKS = {
    "dilemma_entries": (("dilemma_id", "dilemmas"), ("entry_id", "entries")),
    "objective_entries": (("objective_id", "placement_objectives"), ("entry_id", "entries")),
}


def _revision_of(table: str, row: str) -> str:
    expressions = [COMPUTED.get((table, column), f"{{row}}.{column}") for column in CONTENT[table][1]]
    if table in EXTRA:
        expressions.append(EXTRA[table])
    return "carnet_revision(" + ", ".join(e.format(row=row) for e in expressions) + ")"


def _last_edit(table: str) -> str:
    columns = {column["name"] for column in sa.inspect(op.get_bind()).get_columns(table)}
    known = [name for name in ("updated_at", "created_at") if name in columns]
    return f"coalesce({', '.join(known)}, '')" if known else "''"


def upgrade() -> None:
    op.create_table(
        "tombstones",
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("uuid", sa.String(80), primary_key=True),
        sa.Column("deleted_at", UTC_TEXT, nullable=False),
        sa.Column("revision", sa.String(16)),
        sa.Column("revisions", sa.Text, nullable=False),
    )
    op.add_column("entries", sa.Column("conflict_of", sa.String(32)))
    for table in CONTENT:
        op.add_column(table, sa.Column("revision", sa.String(16)))
        op.add_column(table, sa.Column("revisions", sa.Text))
        op.add_column(table, sa.Column("revised_at", UTC_TEXT))
        revision_now = _revision_of(table, table)
        op.execute(f"UPDATE {table} SET revision = {revision_now}, revisions = {revision_now}, "
                   f"revised_at = {_last_edit(table)}")
        _create_triggers(table)
    for table, ends in LINKS.items():
        _create_link_triggers(table, ends)
    op.execute("CREATE TRIGGER dilemma_categories_touch_insert AFTER INSERT ON dilemma_category_links BEGIN "
               "UPDATE dilemmas SET revision = revision WHERE id = new.dilemma_id; END")
    op.execute("CREATE TRIGGER dilemma_categories_touch_delete AFTER DELETE ON dilemma_category_links BEGIN "
               "UPDATE dilemmas SET revision = revision WHERE id = old.dilemma_id; END")


def _create_triggers(table: str) -> None:
    identity, columns = CONTENT[table]
    revision_new = _revision_of(table, "new")
    from_tombstone = (f"(SELECT carnet_history(revisions, revision, '', '') FROM tombstones "
                      f"WHERE kind = '{table}' AND uuid = new.{identity})")
    # A row inserted without a revision gets one (with its tombstone's history: an undo).
    op.execute(
        f"CREATE TRIGGER {table}_revision_insert AFTER INSERT ON {table} BEGIN "
        f"UPDATE {table} SET revisions = coalesce(new.revisions, {from_tombstone}, ''), "
        f"revised_at = coalesce(new.revised_at, {NOW}), revision = {revision_new} "
        f"WHERE rowid = new.rowid AND new.revision IS NULL; "
        f"DELETE FROM tombstones WHERE kind = '{table}' AND uuid = new.{identity}; END"
    )
    # Only on writes to the content, and only when it really changed (saving an entry
    # unchanged is not an edit): compared in SQL, so that rewriting the computed off-hours
    # flag of every entry costs no hash. A dilemma's categories live in another table, whose
    # changes touch the dilemma's revision: its hash is compared instead.
    if table in EXTRA:
        watched, changed = ", ".join((*columns, "revision")), f"new.revision IS NOT {revision_new}"
    else:
        expressions = [COMPUTED.get((table, column), f"{{row}}.{column}") for column in columns]
        watched = ", ".join(columns)
        changed = " OR ".join(f"{e.format(row='old')} IS NOT {e.format(row='new')}" for e in expressions)
    op.execute(
        f"CREATE TRIGGER {table}_revision_update AFTER UPDATE OF {watched} ON {table} "
        f"WHEN {changed} BEGIN "
        f"UPDATE {table} SET revision = {revision_new}, "
        f"revisions = carnet_history(new.revisions, old.revision, old.revised_at, {NOW}), revised_at = {NOW} "
        f"WHERE rowid = new.rowid; END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} BEGIN "
        f"INSERT OR REPLACE INTO tombstones (kind, uuid, deleted_at, revision, revisions) "
        f"VALUES ('{table}', old.{identity}, {NOW}, old.revision, coalesce(old.revisions, '')); END"
    )


def _create_link_triggers(table: str, ends: tuple[tuple[str, str], tuple[str, str]]) -> None:
    (first_column, first_table), (second_column, second_table) = ends

    def key(row: str) -> str:
        return (f"(SELECT a.uuid || ':' || b.uuid FROM {first_table} a, {second_table} b "
                f"WHERE a.id = {row}.{first_column} AND b.id = {row}.{second_column})")

    # When an end is deleted the link goes with it (cascade): the end's own tombstone says it.
    op.execute(
        f"CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table} WHEN {key('old')} IS NOT NULL BEGIN "
        f"INSERT OR REPLACE INTO tombstones (kind, uuid, deleted_at, revision, revisions) "
        f"VALUES ('{table}', {key('old')}, {NOW}, NULL, ''); END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_relinked AFTER INSERT ON {table} BEGIN "
        f"DELETE FROM tombstones WHERE kind = '{table}' AND uuid = {key('new')}; END"
    )


def downgrade() -> None:
    raise NotImplementedError("journals are never downgraded")
