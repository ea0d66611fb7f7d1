"""a real academy sets itself up: editable site records, mentors over time, one-time passwords

- academy, prison, unit, cohort, placement carry ``row_version`` (a stale edit is refused);
- academy: ``time_zone`` and ``default_framework_id``; prison and unit: ``retired_at``
  (retired, never deleted while records point to them);
- cohort: ``framework_version_id`` (a cohort chooses its framework);
- placement_mentor: ``starts_on`` / ``ends_on`` (a mentor replaced mid-placement is kept);
- placement: ``phase_starts`` (the day each phase begins) and status ``interrupted``
  (its CHECK constraint and length change);
- person: ``must_change_password`` (an imported account's one-time password).

SQLite: no table is rebuilt. Migrations run in one transaction with foreign keys on, where
rebuilding a table (Alembic's batch mode) drops the old one, and SQLite's implicit DELETE
then cascades into every row that points at it: observations would go with their
placement. So columns are added and dropped with ALTER TABLE (SQLite 3.35+), and the
status CHECK is widened, and the new columns' foreign keys declared, by rewriting the
tables' definitions: the procedure SQLite documents for changes that leave the stored
rows as they are (lang_altertable.html, "Making Other Kinds Of Table Schema Changes").
PostgreSQL alters in place.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("academy", "prison", "unit", "cohort", "placement")
OLD_STATUSES = ("planned", "active", "completed", "withdrawn")
NEW_STATUSES = (*OLD_STATUSES, "interrupted")
STATUS_CHECK = "ck_placement_placementstatus"
# (table, column, SQLite's column definition, PostgreSQL's Column)
COLUMNS: tuple[tuple[str, str, str, Callable[[], sa.Column]], ...] = (
    *(
        (
            t,
            "row_version",
            "INTEGER NOT NULL DEFAULT 1",
            lambda: sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        )
        for t in VERSIONED
    ),
    (
        "academy",
        "time_zone",
        "VARCHAR(60) NOT NULL DEFAULT ''",
        lambda: sa.Column("time_zone", sa.String(60), nullable=False, server_default=""),
    ),
    (
        "academy",
        "default_framework_id",
        "CHAR(32)",
        lambda: sa.Column("default_framework_id", sa.Uuid(), nullable=True),
    ),
    (
        "prison",
        "retired_at",
        "DATETIME",
        lambda: sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
    ),
    (
        "unit",
        "retired_at",
        "DATETIME",
        lambda: sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
    ),
    (
        "cohort",
        "framework_version_id",
        "CHAR(32)",
        lambda: sa.Column("framework_version_id", sa.Uuid(), nullable=True),
    ),
    ("placement_mentor", "starts_on", "DATE", lambda: sa.Column("starts_on", sa.Date())),
    ("placement_mentor", "ends_on", "DATE", lambda: sa.Column("ends_on", sa.Date())),
    (
        "person",
        "must_change_password",
        "BOOLEAN NOT NULL DEFAULT 0",
        lambda: sa.Column(
            "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    ),
    (
        "placement",
        "phase_starts",
        "JSON NOT NULL DEFAULT '{}'",
        lambda: sa.Column(
            "phase_starts", sa.JSON(), nullable=False, server_default=sa.text("'{}'")
        ),
    ),
)
# (name, table, column, referred table) of the foreign keys PostgreSQL adds separately.
FOREIGN_KEYS = (
    (
        "fk_academy_default_framework_id_framework",
        "academy",
        "default_framework_id",
        "framework",
        "SET NULL",
    ),
    (
        "fk_cohort_framework_version_id_framework_version",
        "cohort",
        "framework_version_id",
        "framework_version",
        "RESTRICT",
    ),
)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _in(values: Sequence[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _rewrite_sqlite_table(table: str, change: Callable[[str], str]) -> None:
    """Replace ``table``'s definition by ``change(definition)``: the procedure SQLite
    documents for changes that leave the stored rows as they are (see the docstring)."""
    conn = op.get_bind()
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    rewritten = change(sql)
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        conn.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
            (rewritten, table),
        )
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def _replace(sql: str, old: str, new: str) -> str:
    if old not in sql:
        raise RuntimeError(f"the table is not as this revision expects: no {old!r}")
    return sql.replace(old, new)


def _sqlite_statuses(old: Sequence[str], new: Sequence[str], old_len: int, new_len: int) -> None:
    """Another list of statuses in placement's CHECK (and the column's length)."""

    def change(sql: str) -> str:
        sql = _replace(sql, f"CHECK (status IN ({_in(old)}))", f"CHECK (status IN ({_in(new)}))")
        return _replace(
            sql, f"status VARCHAR({old_len}) NOT NULL", f"status VARCHAR({new_len}) NOT NULL"
        )

    _rewrite_sqlite_table("placement", change)


def _fk_clause(name: str, column: str, referred: str, ondelete: str) -> str:
    return (
        f"CONSTRAINT {name} FOREIGN KEY({column}) REFERENCES {referred} (id) ON DELETE {ondelete}"
    )


def _sqlite_foreign_keys(add: bool) -> None:
    """A new column's foreign key, added to (or taken from) its table's definition; the
    column holds only NULLs when it is added, so no row can break it."""
    for name, table, column, referred, ondelete in FOREIGN_KEYS:
        clause = _fk_clause(name, column, referred, ondelete)

        def change(sql: str, clause: str = clause) -> str:
            if add:
                head, _, tail = sql.rpartition(")")
                return f"{head.rstrip()}, \n\t{clause}\n){tail}"
            return _replace(sql, f", \n\t{clause}\n", "\n")

        _rewrite_sqlite_table(table, change)


def _pg_statuses(values: Sequence[str], length: int) -> None:
    op.drop_constraint(op.f(STATUS_CHECK), "placement", type_="check")
    op.alter_column("placement", "status", type_=sa.String(length), existing_nullable=False)
    op.create_check_constraint(op.f(STATUS_CHECK), "placement", f"status IN ({_in(values)})")


def upgrade() -> None:
    sqlite = _sqlite()
    for table, column, definition, pg_column in COLUMNS:
        if sqlite:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
        else:
            op.add_column(table, pg_column())
    if sqlite:
        _sqlite_foreign_keys(add=True)
        _sqlite_statuses(OLD_STATUSES, NEW_STATUSES, 13, 15)
        return
    for name, table, column, referred, ondelete in FOREIGN_KEYS:
        op.create_foreign_key(op.f(name), table, referred, [column], ["id"], ondelete=ondelete)
    _pg_statuses(NEW_STATUSES, 15)


def downgrade() -> None:
    op.execute("UPDATE placement SET status = 'withdrawn' WHERE status = 'interrupted'")
    sqlite = _sqlite()
    if sqlite:
        _sqlite_statuses(NEW_STATUSES, OLD_STATUSES, 15, 13)
        _sqlite_foreign_keys(add=False)
    else:
        _pg_statuses(OLD_STATUSES, 13)
        for name, table, *_ in FOREIGN_KEYS:
            op.drop_constraint(op.f(name), table, type_="foreignkey")
    for table, column, *_ in reversed(COLUMNS):
        if sqlite:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)
