"""Helpers shared by the command-line commands."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorlog.services.access import Actor
    from mentorlog.storage.database import Database

PASSWORD_VARIABLE = "MENTORLOG_PASSWORD"
# The password a person chooses in place of a one-time password, for scripts.
NEW_PASSWORD_VARIABLE = "MENTORLOG_NEW_PASSWORD"
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

    An encrypted database opens only for a person: with ``--user`` it is unlocked with
    their password and they are signed in (``actor_for_command`` then returns them).
    """
    from mentorlog.services.auth import SignInError
    from mentorlog.services.opening import DatabaseKind, database_kind, sign_in_and_open
    from mentorlog.services.startup import prepare_database
    from mentorlog.storage.database import EncryptedDatabaseError
    from mentorlog.storage.migrate import StorageError

    user = getattr(args, "user", None)
    try:
        if user and database_kind(args.db) == DatabaseKind.ENCRYPTED:
            password = _password(args)
            site = sign_in_and_open(args.db, user, password)
            args.actor, args.audit_engine = site.actor, site.db.engine
            _replace_one_time_password(args, site.db.session, site.actor, password)
            return site.db
        return prepare_database(args.db)
    except SignInError as exc:
        raise CommandError(str(exc), REFUSED) from exc
    except EncryptedDatabaseError as exc:
        raise CommandError(f"{exc} Name yourself with --user NAME.", REFUSED) from exc
    except StorageError as exc:
        raise CommandError(str(exc)) from exc


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
    from sqlalchemy.orm import Session as SessionClass

    from mentorlog.services import auth
    from mentorlog.services.access import SYSTEM

    cached = getattr(args, "actor", None)
    if cached is not None:
        return cached
    engine = session.get_bind()
    args.audit_engine = engine  # where main() logs a permission refusal
    if not getattr(args, "user", None):
        args.actor = SYSTEM
        return SYSTEM
    password = _password(args)
    try:
        with SessionClass(engine) as own, own.begin():
            actor = auth.sign_in(own, args.user, password)
    except auth.SignInError as exc:
        raise CommandError(str(exc), REFUSED) from exc
    args.actor = actor
    from mentorlog.storage.keyring import INFO_KEY

    info = {INFO_KEY: session.info[INFO_KEY]} if INFO_KEY in session.info else {}
    _replace_one_time_password(args, lambda: SessionClass(engine, info=info), actor, password)
    return actor


def _replace_one_time_password(
    args: argparse.Namespace, make_session: Callable[[], Session], actor: Actor, password: str
) -> None:
    """Someone signing in with a one-time password (an imported account) chooses their
    own first: from $MENTORLOG_NEW_PASSWORD, or asked for twice in a terminal. (On an
    encrypted database ``make_session`` carries the keyring, so their slot follows.)"""
    from mentorlog.services import auth, people
    from mentorlog.services.errors import ValidationError

    with make_session() as session:
        if not auth.password_change_required(session, actor):
            return
    new = os.environ.get(NEW_PASSWORD_VARIABLE)
    if new is None:
        if not sys.stdin.isatty():
            raise CommandError(
                f"{args.user} has a one-time password and must choose their own first: "
                f"set {NEW_PASSWORD_VARIABLE} or run the command in a terminal.",
                REFUSED,
            )
        new = getpass.getpass(f"Choose a new password for {args.user}: ")
        if getpass.getpass("The same again: ") != new:
            raise CommandError("The two passwords differ; nothing was changed.", REFUSED)
    try:
        with make_session() as session, session.begin():
            people.change_own_password(session, actor, password, new)
    except ValidationError as exc:
        raise CommandError(str(exc), REFUSED) from exc
    print(f"{args.user}'s new password is set; the one-time password no longer works.")


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


def run_as_actor(
    args: argparse.Namespace, work: Callable[[Session, Actor], object], *, write: bool = True
) -> object:
    """Open the database, sign in as ``--user`` (or SYSTEM) and run ``work(session,
    actor)`` in one transaction (``write``) or a read-only session; a refusal other than
    a permission (which main() reports and logs) becomes a CommandError."""
    from mentorlog.services.errors import PermissionDeniedError, ServiceError

    db = open_for_command(args)
    try:
        if write:
            with db.transaction() as session:
                return work(session, actor_for_command(args, session))
        with db.session() as session:
            return work(session, actor_for_command(args, session))
    except PermissionDeniedError:
        raise
    except ServiceError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.close()


def parse_date(value: str) -> object:
    """An argparse type: ``2027-01-31`` or ``31.01.2027``."""
    from mentorlog.services.imports.table import parse_day

    day = parse_day(value)
    if day is None:
        raise argparse.ArgumentTypeError(f"{value!r} is no date; write 2027-01-31 or 31.01.2027")
    return day
