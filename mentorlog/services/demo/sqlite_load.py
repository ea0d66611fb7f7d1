"""SQLite settings for one bulk load, put back when it ends.

Everything here happens inside the caller's transaction: if the load fails or is
cancelled, the rollback also restores the search index's trigger, so a half-built
database is never left behind looking complete.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# Keeps the FTS5 index in step with search_doc row by row (migrations 0002 and 0004).
FTS_INSERT_TRIGGER = "search_doc_ai"
# Its one statement: "INSERT INTO search_fts(...) VALUES (new.id, new.body, ...)".
_TRIGGER_INSERT = re.compile(
    r"\bBEGIN\s+(INSERT\s+INTO\s+search_fts\s*\([^)]*\))\s*VALUES\s*\((.*)\)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)

IndexWritten = Callable[[], None]


def _nothing() -> None:
    pass


@contextmanager
def bulk_load(session: Session) -> Iterator[IndexWritten]:
    """Faster loading for this connection while the block runs; a no-op elsewhere.

    Yields a function to call after each chunk is written: it brings the search index up
    to date with what was written so far.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield _nothing
        return
    conn = session.connection()
    with _large_page_cache(conn), _search_index_by_chunk(conn) as index_written:
        yield index_written


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
def _search_index_by_chunk(conn: Connection) -> Iterator[IndexWritten]:
    """Index new search_doc rows a chunk at a time instead of by trigger row by row:
    FTS5 flushes its pending terms to a new segment at every statement (its savepoint),
    so the trigger made thousands of small segments and merged them again and again.

    The trigger's own statement, read from the schema, is run as one INSERT ... SELECT
    over the rows written since the last call; the trigger is dropped meanwhile and made
    again from its stored SQL at the end, all in this transaction.
    """
    trigger_sql: str | None = conn.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": FTS_INSERT_TRIGGER},
    ).scalar()
    found = _TRIGGER_INSERT.search(trigger_sql or "")
    if trigger_sql is None or found is None:  # no search index, or one kept differently
        yield _nothing
        return
    into, values = found.group(1), re.sub(r"\bnew\.", "", found.group(2), flags=re.IGNORECASE)
    catch_up = text(
        f"{into} SELECT {values} FROM search_doc WHERE id > :indexed AND id <= :written ORDER BY id"
    )
    indexed = _newest_doc(conn)
    conn.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")

    def index_written() -> None:
        nonlocal indexed
        written = _newest_doc(conn)
        if written > indexed:
            conn.execute(catch_up, {"indexed": indexed, "written": written})
            indexed = written

    yield index_written
    index_written()
    conn.exec_driver_sql(trigger_sql)


def _newest_doc(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM search_doc").scalar() or 0)
