"""Opening mentorlog's database as a person, and setting up a new site, encrypted.

A new SQLite database is encrypted from its first byte (storage/keys.py): it is created
either with its first administrator, or as a demo with the four demo accounts. An
encrypted database opens only with a name and password that unwrap its key; then the
usual sign-in (auth.sign_in) runs inside it. An unencrypted database from an earlier
mentorlog opens as before and is converted on its first sign-in (``encrypt_after_sign_in``).

Wrong passwords on an encrypted database cannot be counted inside it (it stays shut), so
they are counted in its key file, with the same slow-down and lock as auth.py applies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Person, utcnow
from mentorlog.services import audit, auth
from mentorlog.services.access import Actor
from mentorlog.services.auth import SignInError
from mentorlog.services.startup import prepare_database
from mentorlog.storage.database import Database
from mentorlog.storage.keyring import Keyring, stage_password
from mentorlog.storage.locate import DatabaseKind, Target, locate
from mentorlog.storage.sqlite_files import keyfile_path

log = logging.getLogger(__name__)

DEMO_ACCOUNTS = ("admin", "coordinator", "mentor", "student")
DEMO_PASSWORD = "demo"


@dataclass(frozen=True)
class OpenedSite:
    db: Database
    actor: Actor
    recovery_key: str | None = None  # shown once to the administrator, never stored


def database_kind(target: Target) -> DatabaseKind:
    return locate(target).kind()


def start_new_site(target: Target) -> tuple[Database, str | None]:
    """An empty database for the first-run screen: a new SQLite file is encrypted from its
    first byte, with only a recovery slot until the administrator (or the demo accounts)
    are made. Returns it and the recovery key (None for a server)."""
    if database_kind(target) != DatabaseKind.NEW or locate(target).sqlite_file() is None:
        return prepare_database(target), None
    from mentorlog.storage.encrypt import new_encrypted_database

    path = _path(target)
    _remove_new_site(path)  # what an unfinished set-up left behind, if anything
    keys = new_encrypted_database(path, {})
    return prepare_database(target, keyring=_new_keyring(keys)), keys.recovery_key


def _new_keyring(keys: Any) -> Keyring:
    """The keyring of a site being made: it knows the recovery key's exchange key, so the
    site key made with the first administrator is wrapped for the recovery key too."""
    from mentorlog.services.site_key import recovery_exchange_public

    return Keyring(keys.keyfile, keys.key, recovery_exchange_public(keys.recovery_key))


def discard_unfinished_site(db: Database, *, made_just_now: bool = False) -> None:
    """Remove a database whose set-up was abandoned before anyone could sign in (or that
    this process has just made and failed to fill)."""
    path = db.path
    db.close()
    if path is not None and (made_just_now or database_kind(path) == DatabaseKind.NEW):
        _remove_new_site(path)


def stage_demo_slots(session: Session) -> None:
    """Give the demo accounts their key slots (password ``demo``) when ``session`` commits,
    and mark the key file as a demo's so the sign-in screen can say so."""
    from mentorlog.storage.keyring import INFO_KEY

    for username in DEMO_ACCOUNTS:
        stage_password(session, username, DEMO_PASSWORD)
    ring = session.info.get(INFO_KEY)
    if ring is not None:
        ring.keyfile.demo = True


def _path(target: Target) -> Path:
    path = locate(target).sqlite_file()
    assert path is not None, "only an SQLite file is encrypted by mentorlog"
    return path


def _throttled(failures: int, last: datetime | None, now: datetime) -> SignInError | None:
    """The refusal auth.sign_in would give after ``failures`` (the last at ``last``)."""
    if failures >= auth.LOCK_AFTER:
        return SignInError(auth.LOCKED)
    wait = auth.delay_after(failures)
    if wait and last is not None and last + timedelta(seconds=wait) > now:
        remaining = int(-(-(last + timedelta(seconds=wait) - now).total_seconds() // 1))
        return SignInError(auth.wait_message(remaining), remaining)
    return None


def unlock_keyring(path: Path, username: str, password: str, now: datetime) -> Keyring:
    """The keyring for ``username``; refusals and waits as auth.sign_in gives them. The
    failures the key file counted are cleared once the database has taken them in
    (``sign_in_and_open``, services/key_file_attempts.py)."""
    from mentorlog.storage.keys import KeyFile, WrongPasswordError

    keyfile = KeyFile.load(keyfile_path(path))
    failures, last = keyfile.failed_attempts(username)
    refusal = _throttled(failures, last, now)
    if refusal is not None:
        raise refusal
    try:
        key = keyfile.unlock(username, password)
    except WrongPasswordError:
        failures = _counted(lambda: keyfile.record_failure(username, now), failures + 1)
        if failures >= auth.LOCK_AFTER:
            raise SignInError(auth.WRONG) from None
        wait = auth.delay_after(failures)
        message = auth.wait_message(wait, after_wrong=True) if wait else auth.WRONG
        raise SignInError(message, wait or None) from None
    if keyfile.weaker_than_today(username):  # made with a lower Argon2id cost: wrap again
        keyfile.add_person(key, username, password)
        _counted(lambda: keyfile.save(), 0)  # not on read-only media: next time
    return Keyring(keyfile, key)


def _counted(write: Callable[[], int | None], otherwise: int) -> int:
    """Count an attempt in the key file; on read-only media it cannot be written, and the
    database opens to read all the same."""
    try:
        return write() or otherwise
    except OSError as exc:
        log.warning("could not count a sign-in attempt in the key file: %s", exc)
        return otherwise


def sign_in_and_open(
    target: Target,
    username: str,
    password: str,
    workstation: str = "",
    *,
    now: datetime | None = None,
) -> OpenedSite:
    """Open the database as ``username``: unlock it if encrypted, then sign in.

    On an encrypted file the key file's failure counts are first compared with the
    database's copy (services/key_file_attempts.py): counts reset outside mentorlog are
    restored, and an account they had locked stays locked.
    """
    from mentorlog.services import key_file_attempts

    now = now or utcnow()
    kind = database_kind(target)
    if kind == DatabaseKind.NEW:
        raise SignInError(msg("There is no mentorlog database here yet; set one up first."))
    keyring = (
        unlock_keyring(_path(target), username, password, now) if kind == "encrypted" else None
    )
    db = prepare_database(target, keyring=keyring)
    try:
        if db.read_only:  # read-only media: nothing can be recorded, not even this
            with db.session() as session:
                actor = auth.sign_in_to_read(session, username, password)
            return OpenedSite(db, actor)
        if keyring is not None:
            with db.transaction() as session:
                state = key_file_attempts.reconcile(session, keyring.keyfile, username, now)
            refusal = _throttled(state.failures, state.last_failed_at, now)
            if refusal is not None:
                raise refusal
        with db.transaction() as session:
            actor = auth.sign_in(session, username, password, workstation, now=now)
            if keyring is not None:
                key_file_attempts.clear(session, keyring.keyfile, username)
    except BaseException:
        db.close()
        raise
    return OpenedSite(db, actor)


def create_site(
    target: Target,
    given_name: str,
    family_name: str,
    username: str,
    password: str,
) -> OpenedSite:
    """A new site with its first administrator; an SQLite file is encrypted, and the
    recovery key is returned once to be shown and printed."""
    from mentorlog.services.errors import ValidationError

    problems = {}
    if problem := auth.password_problem(password):
        problems["password"] = problem
    if problems:
        raise ValidationError(problems)
    recovery, keyring = None, None
    if database_kind(target) == DatabaseKind.NEW:
        from mentorlog.storage.encrypt import new_encrypted_database
        from mentorlog.storage.keyring import stage_password

        # Only a recovery slot until the administrator is committed: a set-up killed
        # before that leaves a site that is set up afresh, not one nobody can open.
        _remove_new_site(_path(target))
        keys = new_encrypted_database(_path(target), {})
        keyring, recovery = _new_keyring(keys), keys.recovery_key
    db = prepare_database(target, keyring=keyring)
    try:
        with db.transaction() as session:
            actor = auth.create_first_administrator(
                session, given_name, family_name, username, password
            )
            stage_password(session, username, password)
    except BaseException:
        db.close()
        if recovery is not None:  # nothing was made: leave no half-made site behind
            _remove_new_site(_path(target))
        raise
    return OpenedSite(db, actor, recovery)


def _remove_new_site(path: Path) -> None:
    for p in (
        path,
        keyfile_path(path),
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
    ):
        p.unlink(missing_ok=True)


def create_demo_database(target: Target) -> Database:
    """An empty database ready for demo data: encrypted when it is a new SQLite file. The
    demo accounts get their key slots (password ``demo``) when the transaction that fills
    it, which calls ``stage_demo_slots``, commits: a fill that is killed half-way leaves a
    site that is set up afresh, never one that looks full and holds nobody."""
    keyring = None
    if database_kind(target) == DatabaseKind.NEW:
        from mentorlog.storage.encrypt import new_encrypted_database

        _remove_new_site(_path(target))  # what a killed earlier attempt left, if anything
        keys = new_encrypted_database(_path(target), {})
        keyring = _new_keyring(keys)
    return prepare_database(target, keyring=keyring)


def encrypt_after_sign_in(site: OpenedSite, username: str, password: str) -> OpenedSite:
    """Convert an unencrypted database (from an earlier mentorlog) now that someone has
    signed in: their slot and a recovery key are made; the others get a slot when their
    password is next set (a reset by a coordinator or administrator, or a change)."""
    from mentorlog.storage.encrypt import encrypt_existing
    from mentorlog.storage.keyring import Keyring

    path = site.db.path
    assert path is not None
    with site.db.session() as session:
        others = session.scalars(
            select(Person.username).where(
                Person.username.is_not(None),
                Person.password_hash.is_not(None),
                Person.username != username,
            )
        ).all()
    holder = site.db.keyholder
    site.db.close()
    keys = encrypt_existing(path, {username: password})
    db = prepare_database(path, keyring=Keyring(keys.keyfile, keys.key), keyholder=holder)
    with db.transaction() as session:
        audit.record(
            session,
            site.actor,
            "database.encrypted",
            detail={"people_needing_new_password": len(others)},
        )
        from mentorlog.services.site_key import recovery_exchange_public, register_recovery_key

        register_recovery_key(session, site.actor, recovery_exchange_public(keys.recovery_key))
    return OpenedSite(db, site.actor, keys.recovery_key)
