"""Engines for the embedded SQLite file or a PostgreSQL server, configured for durability."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.engine.url import URL

from mentorlog.storage import folding
from mentorlog.storage.locate import chosen_target, file_target

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 64 * 1024


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """A database target as the user gives it: ``--db``, else ``MENTORLOG_DB``, else the
    embedded default. A plain path means an SQLite file; anything with ``://`` is a URL."""
    path = file_target(target)
    if path is None:
        return make_url(chosen_target(target))
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for a server or an in-memory database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _configure_sqlite(engine: Engine, encrypted: bool = False) -> None:
    # pysqlite's own transaction handling defers BEGIN and commits around DDL, which would
    # let a failed migration leave half its changes behind. SQLAlchemy's documented recipe:
    # take the driver out of the way and emit BEGIN ourselves, so DDL is transactional.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        folding.register(dbapi_connection)  # mentorlog_fold(), for "contains" filters
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        # 64 MiB of page cache (default ~8): a dossier's pages stay decoded (and, when
        # encrypted, decrypted) between views.
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        if encrypted:
            # Sorts and temporary tables stay in memory, never in a plain temp file.
            cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: URL | str, key: bytes | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``; for an SQLite file with ``key``, through SQLCipher."""
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            from mentorlog.storage.keys import sqlcipher_key_literal

            url = url.set(drivername="sqlite+pysqlcipher", password=sqlcipher_key_literal(key))
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine, encrypted=key is not None)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)
