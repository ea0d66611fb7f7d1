"""Engines for the embedded SQLite file or a PostgreSQL server, configured for durability
and for several writers at once.

SQLite: every transaction takes the write lock when it begins (``BEGIN IMMEDIATE``) and
waits up to the busy timeout for it, unless it was opened through ``reading(engine)``,
which begins deferred and never blocks a writer (WAL readers see their own snapshot).
Under WAL a deferred transaction that reads and then writes cannot wait for the lock: if
another connection committed in between, its first write fails at once with "database
is locked". So work that may write goes through the default, and long reads (reports,
exports, the audit check) through ``reading``.

PostgreSQL: a connect timeout and TCP keepalives, so a server that stops answering is
noticed within seconds, and ``pool_pre_ping``, so the pool replaces the connections a
restarted server dropped. No engine puts statement parameters (record text) in its
error messages (``hide_parameters``): those go nowhere near the screen.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.engine.url import URL

from mentorlog.storage import folding
from mentorlog.storage.locate import Target, locate

BUSY_TIMEOUT_MS = 10_000
# How long to wait for another program's write lock: a site whose file is on a slow
# shared drive may want longer (and the tests want shorter).
BUSY_TIMEOUT_VARIABLE = "MENTORLOG_BUSY_TIMEOUT_MS"
CACHE_KIB = 64 * 1024
CONNECT_TIMEOUT_S = 10
# Execution option naming work that only reads (see the module docstring).
READS_ONLY = "mentorlog_reads_only"
# libpq: notice a dead server within about keepalives_idle + interval * count seconds.
PG_CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


def resolve_url(target: Target = None) -> URL:
    """The URL of a database target (see storage/locate.py): a plain path means an SQLite
    file; anything with ``://`` is a URL."""
    located = locate(target)
    if located.file is None:
        return make_url(located.text)
    return URL.create("sqlite+pysqlite", database=str(located.file))


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for a server or an in-memory database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def busy_timeout_ms() -> int:
    value = os.environ.get(BUSY_TIMEOUT_VARIABLE, "")
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS


def server_name(url: URL) -> str:
    """A database server as a person would name it: no driver, user or password."""
    where = url.host or "localhost"
    if url.port:
        where += f":{url.port}"
    return f"at {where} (database {url.database})" if url.database else f"at {where}"


def reading(engine: Engine) -> Engine:
    """``engine`` for work that only reads: on SQLite its transactions take no write lock."""
    return engine.execution_options(**{READS_ONLY: True})


def writing(engine: Engine) -> Engine:
    """``engine`` for work that writes (the default; undoes ``reading``)."""
    return engine.execution_options(**{READS_ONLY: False})


def read_only_url(path: Path, *, immutable: bool = False) -> URL:
    """An SQLite URL that opens ``path`` only to read (damaged, or on read-only media).
    ``immutable`` also skips locking, for media where not even a lock file can be made."""
    mode = "mode=ro&immutable=1" if immutable else "mode=ro"
    return URL.create("sqlite+pysqlite", database=f"file:{path}?{mode}", query={"uri": "true"})


def quiet_sqlcipher(cursor: Any) -> None:
    """SQLCipher writes its own complaints (a page failing its check) to stderr; mentorlog
    reports damage itself, in the user's words, so that stays off the console."""
    cursor.execute("PRAGMA cipher_log_level = NONE")


def _configure_sqlite(engine: Engine, encrypted: bool = False, read_only: bool = False) -> None:
    # pysqlite's own transaction handling defers BEGIN and commits around DDL, which would
    # let a failed migration leave half its changes behind. SQLAlchemy's documented recipe:
    # take the driver out of the way and emit BEGIN ourselves, so DDL is transactional.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        folding.register(dbapi_connection)  # mentorlog_fold(), for "contains" filters
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        # 64 MiB of page cache (default ~8): a dossier's pages stay decoded (and, when
        # encrypted, decrypted) between views.
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        if encrypted:
            # Sorts and temporary tables stay in memory, never in a plain temp file.
            cursor.execute("PRAGMA temp_store=MEMORY")
            quiet_sqlcipher(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # The same recipe, with the lock taken up front by anything that may write.
        reads_only = read_only or connection.get_execution_options().get(READS_ONLY, False)
        dbapi = connection.connection.dbapi_connection
        if dbapi is not None and dbapi.in_transaction:
            # A statement that failed on a damaged page can leave SQLite's transaction
            # open, and the pool then hands the connection on: start clean.
            dbapi.rollback()
        connection.exec_driver_sql("BEGIN" if reads_only else "BEGIN IMMEDIATE")


def make_engine(
    url: URL | str, key: bytes | None = None, *, read_only: bool = False, **kwargs: Any
) -> Engine:
    """An engine for ``url``; for an SQLite file with ``key``, through SQLCipher.
    ``read_only``: an SQLite file opened with ``read_only_url``, whose transactions never
    ask for the write lock."""
    url = make_url(url) if isinstance(url, str) else url
    kwargs.setdefault("hide_parameters", True)
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and not str(path).startswith("file:"):
            path.parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            from mentorlog.storage.keys import sqlcipher_key_literal

            url = url.set(drivername="sqlite+pysqlcipher", password=sqlcipher_key_literal(key))
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine, encrypted=key is not None, read_only=read_only)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if url.get_backend_name() == "postgresql":
        # What the URL itself says (e.g. ?connect_timeout=2) wins over these defaults.
        defaults = {k: v for k, v in PG_CONNECT_ARGS.items() if k not in url.query}
        kwargs["connect_args"] = {**defaults, **kwargs.get("connect_args", {})}
    return create_engine(url, **kwargs)


def checkpoint(engine: Engine) -> None:
    """Fold an SQLite file's write-ahead log into the file and empty it. It runs outside
    any transaction (SQLite refuses a checkpoint inside one)."""
    with engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
