"""Helpers shared by the command-line commands."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from mentorlog.services.access import Actor
    from mentorlog.storage.database import Database

PASSWORD_VARIABLE = "MENTORLOG_PASSWORD"
# Exit status of a command refused for who is running it (sign-in or permission).
REFUSED = 3


class CommandError(Exception):
    """A command cannot go on; the message is printed without a traceback."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def fail(message: str, code: int = 1) -> int:
    print(f"mentorlog: {message}", file=sys.stderr)
    return code


def open_for_command(args: argparse.Namespace) -> Database:
    """Open and migrate the database named on the command line, or explain why not.

    With ``--user`` the person is signed in here, on any database (an encrypted one is
    unlocked with their password first), so no command runs for a wrong password or an
    unknown name; ``actor_for_command`` then returns them.
    """
    from mentorlog.services.auth import SignInError
    from mentorlog.services.opening import DatabaseKind, database_kind, sign_in_and_open
    from mentorlog.services.startup import prepare_database
    from mentorlog.storage.database import EncryptedDatabaseError
    from mentorlog.storage.migrate import StorageError

    user = getattr(args, "user", None)
    try:
        if user and database_kind(args.db) == DatabaseKind.ENCRYPTED:
            site = sign_in_and_open(args.db, user, _password(args))
            args.actor, args.audit_engine = site.actor, site.db.engine
            return site.db
        db = prepare_database(args.db)
    except SignInError as exc:
        raise CommandError(str(exc), REFUSED) from exc
    except EncryptedDatabaseError as exc:
        raise CommandError(f"{exc} Name yourself with --user NAME.", REFUSED) from exc
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    if user:
        try:
            sign_in(args, db.engine, read_only=db.read_only)
        except BaseException:
            db.close()
            raise
    return db


def sign_in(args: argparse.Namespace, engine: Engine, *, read_only: bool = False) -> Actor:
    """Sign ``--user`` in with their password, in a transaction of its own (so a failed
    attempt stays counted whatever the command does next); on a database that can only be
    read, without writing anything."""
    from sqlalchemy.orm import Session as SessionClass

    from mentorlog.services import auth
    from mentorlog.storage.engine import writing

    password = _password(args)
    args.audit_engine = engine  # where main() logs a permission refusal
    try:
        if read_only:
            with SessionClass(engine) as own:
                actor = auth.sign_in_to_read(own, args.user, password)
        else:
            with SessionClass(writing(engine)) as own, own.begin():
                actor = auth.sign_in(own, args.user, password)
    except auth.SignInError as exc:
        raise CommandError(str(exc), REFUSED) from exc
    args.actor = actor
    return actor


def _password(args: argparse.Namespace) -> str:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError(
            f"--user {args.user} needs a password: set {PASSWORD_VARIABLE} "
            "or run the command in a terminal.",
            REFUSED,
        )
    return getpass.getpass(f"Password for {args.user}: ")


def actor_for_command(args: argparse.Namespace, session: Session) -> Actor:
    """Who the command acts as: the person named by ``--user`` once their password (from
    $MENTORLOG_PASSWORD, else a prompt) is right, or SYSTEM when no ``--user`` is given.

    Acting as SYSTEM keeps scripts and set-up working on a fresh database; a site that
    wants every command accountable can later refuse that here. Call this before the
    command touches ``session``: the sign-in (and a failed attempt) is committed on its
    own, so it stays on record whatever the command does next.
    """
    from mentorlog.services.access import SYSTEM

    cached = getattr(args, "actor", None)
    if cached is not None:
        return cached
    from sqlalchemy import Engine

    engine = session.get_bind()
    assert isinstance(engine, Engine)
    if not getattr(args, "user", None):
        args.audit_engine = engine
        args.actor = SYSTEM
        return SYSTEM
    return sign_in(args, engine)


def record_refusal(args: argparse.Namespace, message: str) -> None:
    """Put a refused command on the audit trail, when it got as far as knowing who ran it."""
    engine = getattr(args, "audit_engine", None)
    if engine is None:
        return
    from mentorlog.services import audit

    try:
        audit.record_refusal(engine, getattr(args, "actor", None), message)
    except Exception as exc:  # the refusal itself must still reach the user
        print(f"mentorlog: the refusal could not be logged: {exc}", file=sys.stderr)
