"""SQLite settings for one bulk load, put back when it ends.

Everything here happens inside the caller's transaction: if the load fails or is
cancelled, the rollback also restores the search index's trigger, so a half-built
database is never left behind looking complete.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# Keeps the FTS5 index in step with search_doc row by row (migrations 0002 and 0004).
FTS_INSERT_TRIGGER = "search_doc_ai"


@contextmanager
def bulk_load(session: Session) -> Iterator[None]:
    """Faster loading for this connection while the block runs; a no-op elsewhere."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    conn = session.connection()
    with _large_page_cache(conn), _search_index_filled_once(conn):
        yield


@contextmanager
def _large_page_cache(conn: Connection) -> Iterator[None]:
    """A bulk load touching hundreds of MiB of index pages runs faster with more cache
    than the connection's usual 64 MiB."""
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MiB
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


@contextmanager
def _search_index_filled_once(conn: Connection) -> Iterator[None]:
    """Index search_doc once at the end instead of by trigger as rows arrive: FTS5
    flushes its pending terms to a new segment at every statement (its savepoint), so
    the trigger made thousands of small segments and merged them again and again.

    The trigger is dropped and recreated from its own stored SQL, in this transaction.
    """
    trigger_sql = conn.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": FTS_INSERT_TRIGGER},
    ).scalar()
    if trigger_sql is None:
        yield
        return
    conn.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    yield
    # Demo data goes only into a database without people, so without entries: indexing
    # all of search_doc again is indexing what was just written.
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    conn.exec_driver_sql(trigger_sql)
