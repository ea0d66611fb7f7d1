"""``mentorlog check``: schema revision, SQLite's integrity check, and the audit trail's
append-only guard (``mentorlog audit verify`` checks the trail itself)."""

from __future__ import annotations

import argparse
from typing import Any

from mentorlog.cli.common import CommandError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("check", help="check the database's schema revision and integrity")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DatabaseError

    from mentorlog.storage.database import open_database
    from mentorlog.storage.integrity import check_health
    from mentorlog.storage.migrate import StorageError

    try:
        db = open_database(args.db, migrate=False, keyring=_keyring(args))
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    try:
        report = check_health(db.engine)
        missing = _missing_guards(db) if report.schema_ok else []
    except DatabaseError as exc:
        raise CommandError(f"{db.describe()} is damaged: {exc.orig or exc}") from exc
    finally:
        db.close()
    print(f"database: {db.describe()}")
    state = "up to date" if report.schema_ok else f"expected {report.expected_revision}"
    print(f"schema revision: {report.revision or 'none (empty database)'} ({state})")
    print("integrity: " + ("ok" if report.integrity_ok else "; ".join(report.integrity[:20])))
    if report.schema_ok:
        print("audit trail guard: " + ("ok" if not missing else "missing " + ", ".join(missing)))
    return 0 if report.ok and not missing else 1


def _missing_guards(db: Any) -> list[str]:
    from mentorlog.storage.audit_guard import missing_guards

    with db.engine.connect() as conn:
        return missing_guards(conn)


def _keyring(args: argparse.Namespace) -> Any:
    """An encrypted database is checked only for someone who can open it (--user)."""
    from mentorlog.cli.common import REFUSED, _password
    from mentorlog.services.auth import SignInError
    from mentorlog.services.opening import DatabaseKind, database_kind, unlock_keyring
    from mentorlog.storage.engine import resolve_url, sqlite_path

    if database_kind(args.db) != DatabaseKind.ENCRYPTED:
        return None
    if not getattr(args, "user", None):
        raise CommandError("The database is encrypted: name yourself with --user NAME.", REFUSED)
    path = sqlite_path(resolve_url(args.db))
    assert path is not None
    from mentorlog.models import utcnow

    try:
        return unlock_keyring(path, args.user, _password(args), utcnow())
    except SignInError as exc:
        raise CommandError(str(exc), REFUSED) from exc
