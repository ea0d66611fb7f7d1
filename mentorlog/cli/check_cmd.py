"""``mentorlog check``: is the database sound? It says each check it ran (schema revision;
on SQLite its integrity and foreign keys and the write-ahead log; constraints and unique
keys; the audit guard triggers; the audit chain) and exits 0 only when all passed.

With ``--user`` the person is signed in first (an encrypted file cannot even be read
without it); a wrong password or an unknown name is refused (exit 3) before anything is
checked. Nothing is migrated or written, except the sign-in's own audit event.
"""

from __future__ import annotations

import argparse
from typing import Any

from mentorlog.cli.common import REFUSED, CommandError
from mentorlog.i18n import msg


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check",
        help="check the database's schema, integrity, constraints and audit chain",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mentorlog.services.health import check_database
    from mentorlog.storage.database import open_database
    from mentorlog.storage.migrate import StorageError
    from mentorlog.storage.wal_check import wal_frames_lost

    path = args.db.sqlite_file()
    lost = wal_frames_lost(path) if path is not None else None
    if lost is not None:  # before SQLite opens it and drops them for good
        raise CommandError(
            msg(
                "{path} is damaged: {damage}. mentorlog has not opened it; keep the file and its "
                "-wal file as they are and ask for help.",
                path=path,
                damage=lost.describe(),
            )
        )
    try:
        db = open_database(args.db, migrate=False, keyring=_keyring(args))
    except StorageError as exc:
        raise CommandError(exc) from exc
    try:
        if getattr(args, "user", None):
            _sign_in(args, db)
        report = check_database(db)
    finally:
        db.close()
    print(f"database: {db.describe()}")
    state = "up to date" if report.schema_ok else f"expected {report.expected_revision}"
    print(f"schema revision: {report.revision or 'none (empty database)'} ({state})")
    if db.is_sqlite:
        print("integrity: " + ("ok" if report.integrity_ok else "; ".join(report.integrity[:20])))
    if path is not None:
        print("write-ahead log: ok")
    for check in report.checks[1:]:
        if check.name == "SQLite integrity check":
            continue
        print(f"{check.name}: " + ("ok" if check.ok else "; ".join(check.findings[:20])))
    return 0 if report.ok else 1


def _sign_in(args: argparse.Namespace, db: Any) -> None:
    """Authenticate ``--user``: with the full sign-in (throttled and audited) when the
    schema is this version's, else by their password alone (nothing can be written to a
    database whose schema is older or newer than this mentorlog's)."""
    from mentorlog.cli.common import _password, sign_in
    from mentorlog.storage.migrate import migration_due

    if not migration_due(db.engine):
        sign_in(args, db.engine, read_only=db.read_only)
        return
    from sqlalchemy import text

    from mentorlog.services.passwords import verify_password

    with db.session() as session:
        row = session.execute(
            text("SELECT password_hash, active FROM person WHERE lower(username) = :name"),
            {"name": args.user.lower()},
        ).first()
    if row is None or not row[1] or not row[0] or not verify_password(row[0], _password(args)):
        raise CommandError(msg("The username or password is not right."), REFUSED)


def _keyring(args: argparse.Namespace) -> Any:
    """An encrypted database is checked only for someone who can open it (--user)."""
    from mentorlog.cli.common import _password
    from mentorlog.services.auth import SignInError
    from mentorlog.services.opening import DatabaseKind, database_kind, unlock_keyring
    from mentorlog.storage.engine import resolve_url, sqlite_path

    if database_kind(args.db) != DatabaseKind.ENCRYPTED:
        return None
    if not getattr(args, "user", None):
        raise CommandError(
            msg("The database is encrypted: name yourself with --user NAME."), REFUSED
        )
    path = sqlite_path(resolve_url(args.db))
    assert path is not None
    from mentorlog.models import utcnow

    try:
        return unlock_keyring(path, args.user, _password(args), utcnow())
    except SignInError as exc:
        raise CommandError(exc, REFUSED) from exc
