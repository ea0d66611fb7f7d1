"""Signing in on a shared workstation, unlocking an idle-locked window, the first account.

Failed attempts slow down and then stop a guesser: from the 5th failure on, each further
attempt must wait twice as long as the one before (2 s, 4 s, ... 32 s), and the 10th
failure locks the account until a coordinator or administrator unlocks it. The service
never sleeps: it refuses early attempts with a SignInError saying how long to wait, and
the clock is injectable (``now``) so tests need no waiting either.

No message reveals whether a username exists. Failed attempts on unknown usernames are
counted (in the audit trail) and slowed exactly like those on real accounts, and "locked"
is said only to someone who gave the right password.

Failed attempts are committed before SignInError is raised, so a caller's rollback on the
error does not forget them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg, nmsg
from mentorlog.i18n.messages import N_
from mentorlog.models import AuditEvent, Person, Role, RoleAssignment, SiteSetting, utcnow
from mentorlog.services import audit
from mentorlog.services.access import Actor
from mentorlog.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from mentorlog.services.passwords import hash_password, needs_rehash, verify_password
from mentorlog.services.text_rules import line_problem

SLOW_DOWN_AFTER = 5
LOCK_AFTER = 10
MIN_PASSWORD_LENGTH = 8
DEMO_SETTING = "demo_database"
# Unknown usernames are counted under a stable made-up id (never a real person's id).
_UNKNOWN_USERNAME_NS = uuid.UUID("5b2f1c4e-8a0d-4d43-9a57-6d656e746f72")

WRONG = N_("The username or password is not right.")
# Unlocking asks only for the password: naming a username there would puzzle.
WRONG_PASSWORD = N_("The password is not right.")
LOCKED = N_(
    "This account is locked after too many failed attempts. "
    "A coordinator or administrator can unlock it."
)


class SignInError(ServiceError):
    """Signing in or unlocking was refused. ``retry_after`` is the wait in whole seconds
    before the next attempt will be considered, when there is one."""

    def __init__(self, message: Message | str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def delay_after(failures: int) -> int:
    """Seconds the next attempt must wait after ``failures`` failed attempts in a row."""
    return 0 if failures < SLOW_DOWN_AFTER else 2 ** (failures - SLOW_DOWN_AFTER + 1)


def wait_message(seconds: int, *, after_wrong: bool = False) -> Message:
    """Why to wait ``seconds``; ``after_wrong``: told with the wrong password that caused
    it, as one sentence pair (so a translation need not glue two together)."""
    if after_wrong:
        return nmsg(
            "The username or password is not right. "
            "Too many failed attempts. Wait {n} second before trying again.",
            "The username or password is not right. "
            "Too many failed attempts. Wait {n} seconds before trying again.",
            seconds,
        )
    return nmsg(
        "Too many failed attempts. Wait {n} second before trying again.",
        "Too many failed attempts. Wait {n} seconds before trying again.",
        seconds,
    )


@dataclass
class _Attempts:
    """Failed attempts so far for one username, real or not."""

    failures: int
    last_failed_at: datetime | None
    locked: bool


_dummy_hash: str | None = None


def _spend_verify_time(password: str) -> None:
    # An unknown username costs the same Argon2 work as a known one, so timing tells nothing.
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password("mentorlog: no such account")
    verify_password(_dummy_hash, password)


def _find_person(session: Session, username: str) -> Person | None:
    return session.scalar(select(Person).where(func.lower(Person.username) == username.lower()))


def _unknown_id(username: str) -> uuid.UUID:
    return uuid.uuid5(_UNKNOWN_USERNAME_NS, username.lower())


def _attempts(session: Session, person: Person | None, username: str) -> _Attempts:
    if person is not None:
        return _Attempts(
            person.failed_sign_ins, person.last_failed_sign_in_at, person.locked_at is not None
        )
    mine = (
        AuditEvent.action == "sign_in.failed",
        AuditEvent.entity_type == "username",
        AuditEvent.entity_id == _unknown_id(username),
    )
    failures = session.scalar(select(func.count()).select_from(AuditEvent).where(*mine)) or 0
    last = session.scalar(
        select(AuditEvent.occurred_at).where(*mine).order_by(AuditEvent.seq.desc()).limit(1)
    )
    return _Attempts(failures, last, failures >= LOCK_AFTER)


def _must_wait(state: _Attempts, now: datetime) -> int:
    wait = delay_after(state.failures)
    if not wait or state.last_failed_at is None:
        return 0
    remaining = (state.last_failed_at + timedelta(seconds=wait) - now).total_seconds()
    return max(0, int(-(-remaining // 1)))  # whole seconds, rounded up


def _actor_of(session: Session, person: Person) -> Actor:
    roles = session.scalars(
        select(RoleAssignment.role).where(RoleAssignment.person_id == person.id)
    ).all()
    return Actor(person.id, person.full_name, frozenset(roles))


def _audit_target(person: Person | None, username: str) -> dict[str, Any]:
    if person is not None:
        return {"entity_type": "person", "entity_id": person.id, "subject_person_id": person.id}
    return {"entity_type": "username", "entity_id": _unknown_id(username)}


def _check_password(
    session: Session,
    person: Person | None,
    username: str,
    password: str,
    workstation: str,
    now: datetime,
    purpose: str,
    wrong: str = WRONG,
) -> None:
    """Throttle, verify and count one attempt; raise SignInError (committed) on refusal,
    clear the failure count on success. ``wrong`` is what a wrong password is told.

    ``purpose`` is "sign_in" or "unlock" and names the audit actions.
    """
    state = _attempts(session, person, username)
    target = _audit_target(person, username)
    who = _actor_of(session, person) if person is not None else None
    detail: dict[str, Any] = {"username": username}

    def refuse(action: str, message: Message | str, retry_after: int | None = None) -> None:
        audit.record(
            session, who, action, detail=detail, workstation=workstation, now=now, **target
        )
        session.commit()
        raise SignInError(message, retry_after)

    wait = 0 if state.locked else _must_wait(state, now)
    if wait:
        refuse(f"{purpose}.throttled", wait_message(wait), wait)
    usable = person is not None and person.active and bool(person.password_hash)
    if usable:
        assert person is not None and person.password_hash is not None
        good = verify_password(person.password_hash, password)
    else:
        _spend_verify_time(password)
        good = False
    if state.locked:
        refuse(f"{purpose}.refused_locked", LOCKED if good else wrong)
    if good:
        assert person is not None
        person.failed_sign_ins = 0
        person.last_failed_sign_in_at = None
        return
    failures = state.failures + 1
    if person is not None:
        person.failed_sign_ins = failures
        person.last_failed_sign_in_at = now
        if failures >= LOCK_AFTER:
            person.locked_at = now
            audit.record(
                session,
                who,
                "account.locked",
                detail={"failures": failures},
                workstation=workstation,
                now=now,
                **target,
            )
    detail["failures"] = failures
    wait = delay_after(failures)
    message = wrong if not wait or failures >= LOCK_AFTER else f"{wrong} {wait_message(wait)}"
    refuse(f"{purpose}.failed", message, wait or None)


def sign_in(
    session: Session,
    username: str,
    password: str,
    workstation: str | None = None,
    *,
    now: datetime | None = None,
) -> Actor:
    """The Actor for ``username`` if ``password`` is right; else SignInError.

    On success the failure count is cleared and the hash is upgraded when today's Argon2
    parameters are stronger than those it was made with.
    """
    now = now or utcnow()
    workstation = workstation or audit.this_workstation()
    username = username.strip()
    person = _find_person(session, username) if username else None
    from mentorlog.services import signing_keys

    # The signing key is unsealed while the password hash is checked (two Argon2id
    # derivations at once); it is used only if the password is right.
    pending = signing_keys.begin_unseal(session, person.id, password) if person else None
    _check_password(session, person, username, password, workstation, now, "sign_in")
    assert person is not None and person.password_hash is not None
    # Their signing key is held from now until they sign out: this sign-in is the first
    # event it signs.
    signing_keys.on_sign_in(session, _actor_of(session, person), password, workstation, pending)
    if needs_rehash(person.password_hash):
        person.password_hash = hash_password(password)
        audit.record(
            session,
            _actor_of(session, person),
            "account.rehashed",
            workstation=workstation,
            now=now,
            **_audit_target(person, username),
        )
    actor = _actor_of(session, person)
    target = _audit_target(person, username)
    audit.record(session, actor, "sign_in", workstation=workstation, now=now, **target)
    session.flush()
    return actor


def sign_in_to_read(session: Session, username: str, password: str) -> Actor:
    """Sign in to a database that can only be read (read-only media, or found damaged):
    the password is checked and a locked or inactive account refused as ``sign_in``
    does, but nothing can be counted or recorded, so nothing is written."""
    person = _find_person(session, username.strip()) if username.strip() else None
    usable = person is not None and person.active and bool(person.password_hash)
    if not usable:
        _spend_verify_time(password)
        raise SignInError(WRONG)
    assert person is not None and person.password_hash is not None
    if not verify_password(person.password_hash, password):
        raise SignInError(WRONG)
    if person.locked_at is not None:
        raise SignInError(LOCKED)
    return _actor_of(session, person)


def verify_unlock(
    session: Session,
    actor: Actor,
    password: str,
    workstation: str | None = None,
    *,
    now: datetime | None = None,
) -> None:
    """Check the signed-in person's password to unlock an idle-locked window.

    Wrong passwords count toward the same slow-down and lock as signing in.
    """
    if actor.person_id is None:
        raise SignInError(msg("Nobody is signed in on this window."))
    now = now or utcnow()
    workstation = workstation or audit.this_workstation()
    person = session.get(Person, actor.person_id)
    if person is None or not person.username:
        raise SignInError(WRONG)
    _check_password(
        session, person, person.username, password, workstation, now, "unlock", WRONG_PASSWORD
    )
    target = _audit_target(person, person.username)
    audit.record(session, actor, "unlock", workstation=workstation, now=now, **target)


def record_lock(
    session: Session, actor: Actor, reason: str, workstation: str | None = None
) -> None:
    """Put a window lock on the audit trail; ``reason`` is "idle" or "on demand"."""
    _record_own(session, actor, "lock", {"reason": reason}, workstation)


def record_sign_out(
    session: Session, actor: Actor, reason: str = "", workstation: str | None = None
) -> None:
    """Put a sign-out on the audit trail; ``reason`` says how, e.g. "from the lock screen".

    It is the last event their key signs here: the key is forgotten, and the chain head
    it signed is noted in this workstation's witness file once committed."""
    _record_own(session, actor, "sign_out", {"reason": reason} if reason else {}, workstation)
    if actor.person_id is not None:
        from mentorlog.services import checkpoints
        from mentorlog.storage.keyholder import holder_for

        holder_for(session).forget(actor.person_id)
        checkpoints.witness_after_commit(session, "sign-out")


def _record_own(
    session: Session,
    actor: Actor,
    action: str,
    detail: dict[str, str],
    workstation: str | None,
) -> None:
    """An event about the actor's own session (lock, sign-out)."""
    if actor.person_id is None:
        return  # nobody signed in: nothing of theirs to record
    audit.record(
        session,
        actor,
        action,
        entity_type="person",
        entity_id=actor.person_id,
        subject_person_id=actor.person_id,
        detail=detail,
        workstation=workstation or audit.this_workstation(),
    )


def actor_for(session: Session, person_id: uuid.UUID) -> Actor:
    """The Actor for a person, with the roles they hold now."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(msg("That person is no longer in mentorlog."))
    return _actor_of(session, person)


def password_change_required(session: Session, actor: Actor) -> bool:
    """True while the signed-in person still has a one-time password (an imported
    account): they choose their own before anything else (people.change_own_password)."""
    if actor.person_id is None:
        return False
    person = session.get(Person, actor.person_id)
    return bool(person is not None and person.must_change_password)


def is_demo_database(session: Session) -> bool:
    """True for a database filled by ``mentorlog demo`` (with its known demo accounts)."""
    value = session.scalar(select(SiteSetting.value).where(SiteSetting.key == DEMO_SETTING))
    return value is True


def needs_first_administrator(session: Session) -> bool:
    """True until some active administrator can sign in (an empty database on first start)."""
    admin = session.scalar(
        select(Person.id)
        .join(RoleAssignment, RoleAssignment.person_id == Person.id)
        .where(
            RoleAssignment.role == Role.ADMINISTRATOR,
            Person.active.is_(True),
            Person.username.is_not(None),
            Person.password_hash.is_not(None),
        )
        .limit(1)
    )
    return admin is None


def password_problem(password: str) -> Message | None:
    """What is wrong with a new password, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return msg("The password needs at least {n} characters.", n=MIN_PASSWORD_LENGTH)
    if not password.strip():
        return msg("The password cannot be only spaces.")
    return None


def username_problem(
    session: Session, username: str, person_id: uuid.UUID | None = None
) -> Message | None:
    """What is wrong with a new username (empty, spaces, taken), or None."""
    if not username:
        return msg("Enter a username.")
    if len(username) > 80 or any(ch.isspace() for ch in username):
        return msg("A username is one word of at most 80 characters, without spaces.")
    taken = _find_person(session, username)
    if taken is not None and taken.id != person_id:
        return msg("The username {username} is taken; choose another.", username=username)
    return None


MAX_NAME = 120


def account_problems(
    session: Session,
    given_name: str,
    family_name: str,
    username: str | None,
    password: str | None,
    email: str = "",
) -> dict[str, Message]:
    """What is wrong with a new account, by field; a person without a username (None)
    cannot sign in and needs no password."""
    problems: dict[str, Message] = {}
    for key, value, label in (
        ("given_name", given_name, msg("given name")),
        ("family_name", family_name, msg("family name")),
    ):
        if not value:
            problems[key] = msg("Enter the {label}.", label=label)
        elif len(value) > MAX_NAME:
            problems[key] = msg(
                "Keep the {label} under {limit} characters.", label=label, limit=MAX_NAME
            )
        elif problem := line_problem(value, MAX_NAME):
            problems[key] = problem
    if email and ("@" not in email or len(email) > 254 or line_problem(email, 254)):
        problems["email"] = msg("Enter an e-mail address like name@example.org, or leave it empty.")
    if username is not None and (
        name_problem := line_problem(username, 80) or username_problem(session, username)
    ):
        problems["username"] = name_problem
    if password and username is None:
        problems["username"] = msg("Give a username, so the person can sign in with the password.")
    if password is not None and (new_problem := password_problem(password)):
        problems["password"] = new_problem
    return problems


def create_first_administrator(
    session: Session, given_name: str, family_name: str, username: str, password: str
) -> Actor:
    """Create the site's first account, an administrator, on an empty database.

    There are no default passwords: this is the only way in until then, and it is refused
    as soon as an administrator exists.
    """
    if not needs_first_administrator(session):
        raise PermissionDeniedError(
            msg("An administrator already exists; ask them to create your account.")
        )
    given_name, family_name, username = given_name.strip(), family_name.strip(), username.strip()
    problems = account_problems(session, given_name, family_name, username, password)
    if problems:
        raise ValidationError(problems)
    person = Person(
        given_name=given_name,
        family_name=family_name,
        username=username,
        password_hash=hash_password(password),
    )
    person.roles.append(RoleAssignment(role=Role.ADMINISTRATOR))
    session.add(person)
    session.flush()
    actor = _actor_of(session, person)
    from mentorlog.services import signing_keys, site_key

    signing_keys.issue_person_key(session, actor, person.id, password, "account created", hold=True)
    audit.record(
        session,
        actor,
        "account.first_administrator",
        entity_type="person",
        entity_id=person.id,
        subject_person_id=person.id,
        detail={"username": username},
    )
    site_key.start_site_key(session, actor)
    return actor
