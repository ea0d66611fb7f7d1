"""Copies of the SQLite file made with SQLite's online backup API (never a file copy)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_sqlite(db_path: Path, reason: str, dest: Path | None = None) -> Path:
    """Back up ``db_path`` to ``dest`` (default: a timestamped file in ``backups/``
    beside the database) and return the backup's path. The copy is consistent even
    while other connections write, and is written to a temporary name first."""
    if dest is None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        dest = backups_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.db"
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
    partial.replace(dest)
    return dest
