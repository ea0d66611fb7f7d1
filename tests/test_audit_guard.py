"""The database refuses UPDATE and DELETE on the audit trail (migration 0003)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from mentorlog.services import audit
from mentorlog.services.access import Actor
from mentorlog.storage.audit_guard import guard_installed, guard_lifted
from mentorlog.storage.database import open_database

MENTOR = Actor(uuid.uuid4(), "Jüri Õunapuu", frozenset())


def test_the_guard_refuses_update_and_delete(any_db_url: str) -> None:
    db = open_database(any_db_url)
    try:
        with db.transaction() as s:
            audit.record(s, MENTOR, "sign_in")
        with db.engine.connect() as conn:
            assert guard_installed(conn)
        for stmt in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(DatabaseError, match="append-only"), db.engine.begin() as conn:
                conn.execute(text(stmt))
        with db.session() as s:
            assert audit.verify_chain(s).ok and audit.count(s) == 1
        # Purging's documented way past the guard; it closes again afterwards.
        with db.engine.begin() as conn, guard_lifted(conn):
            conn.execute(text("UPDATE audit_event SET workstation = 'purged'"))
        with pytest.raises(DatabaseError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_event"))
    finally:
        db.close()
