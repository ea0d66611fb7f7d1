"""``mentorlog backup``, ``mentorlog restore`` and ``mentorlog backups``.

Each signs the person in first (``--user``; an encrypted database opens only so) and
checks their role: administrators and coordinators make and list backups, only an
administrator restores one. Backups of an encrypted database are encrypted with its key.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentorlog.cli.common import REFUSED, CommandError, open_for_command
from mentorlog.i18n import msg


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("backup", help="back up the database now, and verify the copy")
    p.add_argument("--out", type=Path, help="where to write it (default: the backups folder)")
    p.set_defaults(func=run_backup)
    p = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    p.add_argument("file", type=Path, help="the backup file to restore")
    p.set_defaults(func=run_restore)
    p = subparsers.add_parser("backups", help="list the backups and whether each was verified")
    p.set_defaults(func=run_list)


def _db_file(args: argparse.Namespace) -> Path:
    from mentorlog.storage.engine import resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise CommandError(
            msg(
                "This database is on a PostgreSQL server: back it up with the server's own tools "
                "(pg_dump, or the server's backup routine)."
            ),
            2,
        )
    return path


def _signed_in(args: argparse.Namespace, *roles: Any) -> Any:
    """The database, opened for ``--user`` once their password and role are right."""
    from mentorlog.services.access import a_role, require_role

    if not getattr(args, "user", None):
        raise CommandError(
            # TRANSLATORS: {roles} is e.g. "an administrator or coordinator".
            msg("Name yourself with --user NAME: only {roles} may do this.", roles=a_role(*roles)),
            REFUSED,
        )
    db = open_for_command(args)
    try:
        require_role(args.actor, *roles)
    except BaseException:
        db.close()
        raise
    return db


def run_backup(args: argparse.Namespace) -> int:
    from mentorlog.models import Role
    from mentorlog.storage.backup import create_backup
    from mentorlog.storage.errors import StorageError

    path = _db_file(args)
    if args.out is not None and args.out.exists():
        raise CommandError(msg("{out} already exists; choose a new file name.", out=args.out))
    db = _signed_in(args, Role.ADMINISTRATOR, Role.COORDINATOR)
    key = db.key
    db.close()
    try:
        info = create_backup(path, "manual", dest=args.out, key=key)
    except (StorageError, OSError) as exc:
        raise CommandError(msg("The backup was not made: {reason}", reason=exc)) from exc
    print(f"backed up to {info.path} ({info.size_bytes / 1e6:.1f} MB, verified: integrity ok)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from mentorlog.models import Role
    from mentorlog.services import audit
    from mentorlog.storage.backup import restore_backup
    from mentorlog.storage.database import open_database
    from mentorlog.storage.errors import StorageError

    path = _db_file(args)
    if not args.file.is_file():
        raise CommandError(msg("There is no backup file at {file}.", file=args.file))
    db = _signed_in(args, Role.ADMINISTRATOR)
    key, keyring, actor = db.key, db.keyring, args.actor
    db.close()
    try:
        safety = restore_backup(path, args.file, key=key)
    except (StorageError, OSError) as exc:
        raise CommandError(msg("Nothing was restored: {reason}", reason=exc)) from exc
    restored = open_database(path, keyring=keyring)  # migrated, if the backup is older
    try:
        with restored.transaction() as session:
            audit.record(session, actor, "backup.restore", detail={"file": args.file.name})
    finally:
        restored.close()
    print(f"restored {args.file.name} into {path}")
    if safety.reason == "before-restore":
        print(f"the database as it was before is kept in {safety.path}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from mentorlog.models import Role
    from mentorlog.storage.backup import list_backups

    path = _db_file(args)
    _signed_in(args, Role.ADMINISTRATOR, Role.COORDINATOR).close()
    backups = list_backups(path)
    if not backups:
        print(f"no backups yet for {path}")
        return 0
    for b in backups:
        state = "verified" if b.verified else f"NOT verified ({b.integrity})"
        when = b.created_at.strftime("%Y-%m-%d %H:%M UTC")
        print(f"{when}\t{b.reason}\t{state}\t{b.size_bytes / 1e6:.1f} MB\t{b.path}")
    return 0
