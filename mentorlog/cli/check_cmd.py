"""``mentorlog check``: schema revision and SQLite's integrity check."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy.exc import DatabaseError

from mentorlog.cli.common import CommandError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("check", help="check the database's schema revision and integrity")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mentorlog.storage.database import open_database
    from mentorlog.storage.integrity import check_health
    from mentorlog.storage.migrate import StorageError

    try:
        db = open_database(args.db, migrate=False)
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    try:
        report = check_health(db.engine)
    except DatabaseError as exc:
        raise CommandError(f"{db.describe()} is damaged: {exc.orig or exc}") from exc
    finally:
        db.close()
    print(f"database: {db.describe()}")
    state = "up to date" if report.schema_ok else f"expected {report.expected_revision}"
    print(f"schema revision: {report.revision or 'none (empty database)'} ({state})")
    print("integrity: " + ("ok" if report.integrity_ok else "; ".join(report.integrity[:20])))
    return 0 if report.ok else 1
