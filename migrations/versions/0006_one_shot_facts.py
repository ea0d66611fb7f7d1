"""row versions on editable records; one-shot facts unique in the database

Two people (or two workstations) saving at once must neither overwrite each other's work
unseen nor record one fact twice:

- ``row_version`` on observation, review, goal, concern, reflection, person and
  site_setting: SQLAlchemy's version_id_col, so an UPDATE from a stale copy matches no
  row and is refused.
- A role's signature of a record version, and a person's answer (acknowledged or
  disagreed) to one, are unique (partial unique indexes on sign_off). Duplicates that
  concurrent saves made before this revision are removed first, keeping the first one
  recorded (the same fact, recorded twice; their audit events stay).
- One draft per owner, kind, placement and target record (NULL counted as one value);
  older duplicates are removed, keeping the newest.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("observation", "review", "goal", "concern", "reflection", "person", "site_setting")
SIGNED = "kind = 'signed'"
ANSWERED = "kind IN ('acknowledged', 'disagreed')"
# (name, placement_id given, target_id given): NULL counts as one value.
DRAFT_INDEXES = (
    ("uq_draft_of_record", True, True),
    ("uq_draft_of_new", True, False),
    ("uq_draft_unplaced_record", False, True),
    ("uq_draft_unplaced_new", False, False),
)


def _same(column: str, dialect: str) -> str:
    """``first.column`` equals ``sign_off.column`` or ``draft.column``, NULL equal to NULL."""
    if dialect == "sqlite":
        return f"first.{column} IS {{table}}.{column}"
    return f"first.{column} IS NOT DISTINCT FROM {{table}}.{column}"


def _remove_later_duplicates(
    table: str, columns: Sequence[str], where: str, earlier: str, dialect: str
) -> None:
    same = " AND ".join(_same(c, dialect) for c in columns).format(table=table)
    op.execute(
        f"DELETE FROM {table} WHERE {where} AND EXISTS (SELECT 1 FROM {table} AS first "
        f"WHERE {where.replace('kind', 'first.kind')} AND {same} AND ({earlier}))"
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
        )
    first_signed = (
        "first.signed_at < sign_off.signed_at OR "
        "(first.signed_at = sign_off.signed_at AND first.id < sign_off.id)"
    )
    key = ("record_type", "record_id", "record_version")
    _remove_later_duplicates("sign_off", (*key, "role"), SIGNED, first_signed, dialect)
    _remove_later_duplicates("sign_off", (*key, "person_id"), ANSWERED, first_signed, dialect)
    newer_draft = (
        "first.updated_at > draft.updated_at OR "
        "(first.updated_at = draft.updated_at AND first.id > draft.id)"
    )
    _remove_later_duplicates(
        "draft", ("owner_id", "kind", "placement_id", "target_id"), "1 = 1", newer_draft, dialect
    )
    op.create_index(
        "uq_sign_off_signature",
        "sign_off",
        [*key, "role"],
        unique=True,
        sqlite_where=sa.text(SIGNED),
        postgresql_where=sa.text(SIGNED),
    )
    op.create_index(
        "uq_sign_off_answer",
        "sign_off",
        [*key, "person_id"],
        unique=True,
        sqlite_where=sa.text(ANSWERED),
        postgresql_where=sa.text(ANSWERED),
    )
    for name, placed, targeted in DRAFT_INDEXES:
        columns = ["owner_id", "kind"] + ["placement_id"] * placed + ["target_id"] * targeted
        where = sa.text(
            f"placement_id IS {'NOT ' * placed}NULL AND target_id IS {'NOT ' * targeted}NULL"
        )
        op.create_index(
            name, "draft", columns, unique=True, sqlite_where=where, postgresql_where=where
        )


def downgrade() -> None:
    for name, _placed, _targeted in DRAFT_INDEXES:
        op.drop_index(name, table_name="draft")
    op.drop_index("uq_sign_off_answer", table_name="sign_off")
    op.drop_index("uq_sign_off_signature", table_name="sign_off")
    for table in VERSIONED:
        # SQLite has dropped columns in place since 3.35: no table rebuild, so the
        # full-text triggers on observation and reflection stay.
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
