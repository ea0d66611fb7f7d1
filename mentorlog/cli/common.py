"""Helpers shared by the command-line commands."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from mentorlog.i18n import msg

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from mentorlog.services.access import Actor
    from mentorlog.storage.database import Database

PASSWORD_VARIABLE = "MENTORLOG_PASSWORD"
# The password a person chooses in place of a one-time password, for scripts.
NEW_PASSWORD_VARIABLE = "MENTORLOG_NEW_PASSWORD"
# Exit status of a command refused for who is running it (sign-in or permission).
REFUSED = 3


class CommandError(Exception):
    """A command cannot go on; the message is printed without a traceback. ``message``
    is text, a Message or the error that stopped it (a ServiceError words itself in the
    reader's language); ``str()`` is the English."""

    def __init__(self, message: object, exit_code: int = 1) -> None:
        super().__init__(str(message))
        self.message = message
        self.exit_code = exit_code

    def worded(self, lang: str | None = None) -> str:
        from mentorlog.i18n import word

        return word(self.message, lang)


def fail(message: object, code: int = 1) -> int:
    """Say why the command stopped, in the current language (``message``: text, a
    Message or an error)."""
    from mentorlog.i18n import word

    print(f"mentorlog: {word(message)}", file=sys.stderr)
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
            password = _password(args)
            site = sign_in_and_open(args.db, user, password)
            args.actor, args.audit_engine = site.actor, site.db.engine
            _replace_one_time_password(args, site.db, site.actor, password)
            speak_language(args, site.db)
            return site.db
        db = prepare_database(args.db)
    except SignInError as exc:
        raise CommandError(exc, REFUSED) from exc
    except EncryptedDatabaseError as exc:
        raise CommandError(
            msg("{reason} Name yourself with --user NAME.", reason=exc), REFUSED
        ) from exc
    except StorageError as exc:
        raise CommandError(exc) from exc
    if user:
        try:
            sign_in(args, db.engine, read_only=db.read_only)
            if not db.read_only:
                _replace_one_time_password(args, db, args.actor, _password(args))
        except BaseException:
            db.close()
            raise
    speak_language(args, db)
    return db


def speak_language(args: argparse.Namespace, db: Database) -> str:
    """Word what follows in ``--language``, else ``--user``'s own language, else the
    site's default, else the system's (mentorlog.i18n.choice); returns it."""
    from mentorlog import i18n
    from mentorlog.i18n.choice import choose, system_language
    from mentorlog.services import languages

    actor = getattr(args, "actor", None)
    with db.session() as session:
        own, site = languages.language_choice(session, actor.person_id if actor else None)
    return i18n.set_language(choose(getattr(args, "language", None), own, site, system_language()))


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
        raise CommandError(exc, REFUSED) from exc
    args.actor = actor
    return actor


def _password(args: argparse.Namespace) -> str:
    """``--user``'s password: $MENTORLOG_PASSWORD, else asked for once per command."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = getattr(args, "typed_password", None)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError(
            msg(
                "--user {user} needs a password: set {variable} or run the command in a terminal.",
                user=args.user,
                variable=PASSWORD_VARIABLE,
            ),
            REFUSED,
        )
    args.typed_password = getpass.getpass(f"Password for {args.user}: ")
    return args.typed_password


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


def _replace_one_time_password(
    args: argparse.Namespace, db: Database, actor: Actor, password: str
) -> None:
    """Someone signing in with a one-time password (an imported account) chooses their
    own first: from $MENTORLOG_NEW_PASSWORD, or asked for twice in a terminal. (On an
    encrypted database the database's sessions carry the keyring, so their slot
    follows.)"""
    from mentorlog.services import auth, people
    from mentorlog.services.errors import ValidationError

    with db.session() as session:
        if not auth.password_change_required(session, actor):
            return
    new = os.environ.get(NEW_PASSWORD_VARIABLE)
    if new is None:
        if not sys.stdin.isatty():
            raise CommandError(
                msg(
                    "{user} has a one-time password and must choose their own first: set "
                    "{variable} or run the command in a terminal.",
                    user=args.user,
                    variable=NEW_PASSWORD_VARIABLE,
                ),
                REFUSED,
            )
        new = getpass.getpass(f"Choose a new password for {args.user}: ")
        if getpass.getpass("The same again: ") != new:
            raise CommandError(msg("The two passwords differ; nothing was changed."), REFUSED)
    try:
        with db.transaction() as session:
            people.change_own_password(session, actor, password, new)
    except ValidationError as exc:
        raise CommandError(exc, REFUSED) from exc
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
        raise CommandError(exc) from exc
    finally:
        db.close()


def parse_date(value: str) -> object:
    """An argparse type: ``2027-01-31`` or ``31.01.2027``."""
    from mentorlog.services.imports.table import parse_day

    day = parse_day(value)
    if day is None:
        raise argparse.ArgumentTypeError(f"{value!r} is no date; write 2027-01-31 or 31.01.2027")
    return day
