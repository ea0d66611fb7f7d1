"""Opening SQLite files directly (backups, checks), encrypted with SQLCipher or plain."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"


def keyfile_path(db_path: Path) -> Path:
    """Where an encrypted database's key slots live (see storage/keys.py)."""
    return db_path.with_name(db_path.name + ".keys")


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file; an SQLCipher file's first bytes look random."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def plain_site_language(path: Path) -> str | None:
    """The site's default language as an unencrypted file's settings hold it (None: never
    chosen, or unreadable), read with the standard library only: the sign-in screen
    shows in it before SQLAlchemy has loaded. A damaged or older file is not an error
    here; opening it reports that."""
    import json

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM site_setting WHERE key = 'default_language'"
            ).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    return value if isinstance(value, str) else None


def connect(path: Path, key: bytes | None = None, *, read_only: bool = False) -> Any:
    """A DB-API connection to ``path``; with ``key`` through SQLCipher."""
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only)
    import sqlcipher3

    from mentorlog.storage.keys import sqlcipher_key_literal

    conn = sqlcipher3.connect(target, uri=read_only)
    conn.execute("PRAGMA cipher_log_level = NONE")  # damage is reported by mentorlog itself
    conn.execute(f'PRAGMA key = "{sqlcipher_key_literal(key)}"')
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def database_errors() -> tuple[type[Exception], ...]:
    """The driver error types a file check may raise, for either driver."""
    import sqlcipher3  # a dependency, as connect() needs it: never optional here

    return (sqlite3.Error, sqlcipher3.dbapi2.Error)
