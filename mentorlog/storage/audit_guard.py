"""The database-level guard that keeps the audit trail append-only, and the one way past it.

Migration 0003 installs triggers that make every UPDATE or DELETE (and, on PostgreSQL,
TRUNCATE) of ``audit_event`` fail. Retention purging (removing a former student's data
after the retention period) is the only legitimate reason to change the trail; it runs
its deletions inside ``guard_lifted(connection)``, in the same transaction, and records
what it purged as a new event afterwards:

    with engine.begin() as conn, guard_lifted(conn):
        conn.execute(delete(AuditEvent).where(...))

- PostgreSQL: the trigger function lets a transaction through that has set
  ``mentorlog.audit_guard`` to ``off`` with SET LOCAL; the setting ends with the
  transaction, so the guard cannot be left open.
- SQLite has no session settings a trigger can read, so the triggers are dropped and
  re-created from their own stored SQL before the transaction commits.

Alembic's batch mode on SQLite rebuilds a table without its triggers: a future migration
that alters ``audit_event`` in batch mode must re-create them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

GUARD_SETTING = "mentorlog.audit_guard"
APPEND_ONLY_MESSAGE = "the audit trail is append-only"


def _sqlite_triggers(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        text(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'trigger' AND tbl_name = 'audit_event' ORDER BY name"
        )
    )
    return [(name, sql) for name, sql in rows]


SQLITE_GUARDS = ("audit_event_no_update", "audit_event_no_delete")
POSTGRES_GUARDS = ("audit_event_append_only", "audit_event_no_truncate")


def missing_guards(conn: Connection) -> list[str]:
    """The append-only triggers of migration 0003 that are not there (or are disabled)."""
    if conn.dialect.name == "sqlite":
        present = {name for name, _sql in _sqlite_triggers(conn)}
        return [name for name in SQLITE_GUARDS if name not in present]
    present = set(
        conn.scalars(
            text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass "
                "AND NOT tgisinternal AND tgenabled <> 'D'"
            )
        )
    )
    return [name for name in POSTGRES_GUARDS if name not in present]


def guard_installed(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        return bool(_sqlite_triggers(conn))
    found = conn.scalar(
        text(
            "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass "
            "AND NOT tgisinternal"
        )
    )
    return bool(found)


@contextmanager
def guard_lifted(conn: Connection) -> Iterator[None]:
    """Allow UPDATE/DELETE on ``audit_event`` for the rest of ``conn``'s transaction
    block (see the module docstring). Call it inside a transaction."""
    if conn.dialect.name == "sqlite":
        saved = _sqlite_triggers(conn)
        for name, _sql in saved:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            for _name, sql in saved:
                conn.exec_driver_sql(sql)
        return
    conn.execute(text("SELECT set_config(:name, 'off', true)"), {"name": GUARD_SETTING})
    # No finally: after an error the transaction rolls back, and the setting with it.
    yield
    conn.execute(text("SELECT set_config(:name, 'on', true)"), {"name": GUARD_SETTING})
