"""Managing people: accounts, roles, password resets and unlocking, by coordinators and
administrators. Every change is audited.

Coordinators manage mentors, students and coordinators; only an administrator touches an
administrator's account or gives the administrator role, so a coordinator cannot make
themself one. The last active administrator cannot be removed or deactivated: the site
would have nobody left to manage accounts.

On an encrypted database each password also wraps the database key for its person
(storage/keyring.py): setting a password re-wraps their slot when the transaction
commits, deactivating someone removes it (a password reset gives it back), and
unlocking clears the failed attempts the key file counted.

Each password also seals its person's signing key (services/signing_keys.py): a new
account and a reset issue a new key pair (a reset retires the old one, which still
verifies what it signed); a password change seals the same key again; deactivating
someone retires their key. Who holds the administrator role holds a copy of the site key.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Person, Role, RoleAssignment, utcnow
from mentorlog.services import audit, signing_keys, site_key
from mentorlog.services.access import Actor, a_role, require_role
from mentorlog.services.auth import account_problems, password_problem
from mentorlog.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from mentorlog.services.passwords import hash_password
from mentorlog.services.stale import require_fresh
from mentorlog.services.text_match import contains_text
from mentorlog.storage.keyring import INFO_KEY, stage_password, stage_removal


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    given_name: str
    family_name: str
    email: str
    username: str | None
    roles: tuple[Role, ...]
    active: bool
    locked: bool
    failed_sign_ins: int
    has_password: bool
    row_version: int = 1  # what a change made from this row names as expected_version

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


def _require_manager(actor: Actor) -> None:
    require_role(actor, Role.COORDINATOR, Role.ADMINISTRATOR)


def _is_admin(actor: Actor) -> bool:
    return actor.has(Role.ADMINISTRATOR)


def _roles_of(session: Session, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Role]]:
    roles: dict[uuid.UUID, list[Role]] = defaultdict(list)
    if person_ids:
        rows = session.execute(
            select(RoleAssignment.person_id, RoleAssignment.role)
            .where(RoleAssignment.person_id.in_(person_ids))
            .order_by(RoleAssignment.role)
        )
        for pid, role in rows:
            if role not in roles[pid]:
                roles[pid].append(role)
    return roles


def _row(person: Person, roles: list[Role]) -> PersonRow:
    return PersonRow(
        person.id,
        person.given_name,
        person.family_name,
        person.email,
        person.username,
        tuple(roles),
        person.active,
        person.locked_at is not None,
        person.failed_sign_ins,
        bool(person.password_hash),
        person.row_version,
    )


def list_people(
    session: Session,
    actor: Actor,
    *,
    text: str = "",
    role: Role | None = None,
    include_inactive: bool = True,
) -> list[PersonRow]:
    """People sorted by family and given name, filtered in SQL."""
    _require_manager(actor)
    stmt = select(Person).order_by(Person.family_name, Person.given_name, Person.id)
    if role is not None:
        stmt = stmt.where(
            select(RoleAssignment.id)
            .where(RoleAssignment.person_id == Person.id, RoleAssignment.role == role)
            .exists()
        )
    if not include_inactive:
        stmt = stmt.where(Person.active.is_(True))
    if text.strip():
        stmt = stmt.where(
            contains_text(text, Person.given_name, Person.family_name, Person.username)
        )
    people = session.scalars(stmt).all()
    roles = _roles_of(session, [p.id for p in people])
    return [_row(p, roles[p.id]) for p in people]


def get_person(session: Session, actor: Actor, person_id: uuid.UUID) -> PersonRow:
    _require_manager(actor)
    person = _person(session, person_id)
    return _row(person, _roles_of(session, [person.id])[person.id])


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(msg("That person is no longer in mentorlog."))
    return person


def _holds(session: Session, person_id: uuid.UUID, role: Role) -> bool:
    return (
        session.scalar(
            select(RoleAssignment.id).where(
                RoleAssignment.person_id == person_id, RoleAssignment.role == role
            )
        )
        is not None
    )


def _require_may_manage(
    session: Session, actor: Actor, person: Person, expected_version: int | None = None
) -> None:
    """A coordinator may not act on an administrator's account; nobody acts on a copy
    of it older than ``expected_version`` (StaleEditError says who changed it since)."""
    _require_manager(actor)
    require_fresh(session, person, expected_version, msg("account"))
    if not _is_admin(actor) and _holds(session, person.id, Role.ADMINISTRATOR):
        raise PermissionDeniedError(
            msg(
                "Only an administrator may change an administrator's account; {name} is not one.",
                name=actor.name,
            )
        )


def _other_active_admins(session: Session, person_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count(func.distinct(Person.id)))
            .join(RoleAssignment, RoleAssignment.person_id == Person.id)
            .where(
                RoleAssignment.role == Role.ADMINISTRATOR,
                Person.active.is_(True),
                Person.id != person_id,
            )
        )
        or 0
    )


def _key_file(session: Session) -> Any:
    """The encrypted database's key file as it is on disk now (other workstations record
    failed attempts in it), or None for a database that is not encrypted."""
    ring = session.info.get(INFO_KEY)
    if ring is None:
        return None
    from mentorlog.storage.keys import KeyFile

    return KeyFile.load(ring.keyfile.path)


def _key_file_failures(session: Session, username: str | None) -> int:
    keyfile = _key_file(session) if username else None
    return int(keyfile.failed_attempts(username)[0]) if keyfile is not None else 0


def _clear_key_file_failures(session: Session, username: str) -> None:
    """Forget the failed attempts an encrypted database's key file counted (they stop a
    person opening it at all), once the unlock or reset is committed."""
    if session.info.get(INFO_KEY) is None:
        return
    from mentorlog.models import utcnow
    from mentorlog.services.key_file_attempts import forget_in_copy

    forget_in_copy(session, _key_file(session), username, utcnow())

    def clear(_session: Session) -> None:
        keyfile = _key_file(session)
        if keyfile is not None:
            keyfile.clear_failures(username)

    event.listen(session, "after_commit", clear, once=True)


def _record(
    session: Session, actor: Actor, action: str, person: Person, detail: dict[str, Any] | None
) -> None:
    audit.record(
        session,
        actor,
        action,
        entity_type="person",
        entity_id=person.id,
        subject_person_id=person.id,
        detail=detail,
    )


def add_person(
    session: Session,
    actor: Actor,
    given_name: str,
    family_name: str,
    *,
    roles: tuple[Role, ...] = (),
    email: str = "",
    username: str | None = None,
    password: str | None = None,
) -> PersonRow:
    """Add someone; with a username and password they can sign in."""
    _require_manager(actor)
    if Role.ADMINISTRATOR in roles and not _is_admin(actor):
        raise PermissionDeniedError(msg("Only an administrator may make someone an administrator."))
    given_name, family_name, email = given_name.strip(), family_name.strip(), email.strip()
    username = (username or "").strip() or None
    problems = account_problems(session, given_name, family_name, username, password, email)
    if problems:
        raise ValidationError(problems)
    person = Person(
        given_name=given_name,
        family_name=family_name,
        email=email,
        username=username,
        password_hash=hash_password(password) if password else None,
        created_by_id=actor.person_id,
    )
    person.roles = [
        RoleAssignment(role=r, created_by_id=actor.person_id) for r in dict.fromkeys(roles)
    ]
    session.add(person)
    session.flush()
    if password and username:
        stage_password(session, username, password)
    detail = {"username": username, "roles": [str(r) for r in dict.fromkeys(roles)]}
    _record(session, actor, "person.create", person, detail)
    if password and username:
        signing_keys.issue_person_key(session, actor, person.id, password, "account created")
    return get_person(session, actor, person.id)


def grant_role(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    role: Role,
    *,
    expected_version: int | None = None,
) -> PersonRow:
    person = _person(session, person_id)
    _require_may_manage(session, actor, person, expected_version)
    if role == Role.ADMINISTRATOR and not _is_admin(actor):
        raise PermissionDeniedError(msg("Only an administrator may make someone an administrator."))
    if _holds(session, person.id, role):
        raise ServiceError(
            msg("{name} is already {role}.", name=person.full_name, role=a_role(role))
        )
    session.add(RoleAssignment(person_id=person.id, role=role, created_by_id=actor.person_id))
    # The account's row changes too, so two grants at once cannot both pass _holds.
    person.updated_at = utcnow()
    session.flush()
    _record(session, actor, "person.role_grant", person, {"role": str(role)})
    key = signing_keys.current_key(session, person.id)
    if role == Role.ADMINISTRATOR and key is not None:
        site_key.wrap_site_key_for(session, key)
    return get_person(session, actor, person.id)


def revoke_role(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    role: Role,
    *,
    expected_version: int | None = None,
) -> PersonRow:
    person = _person(session, person_id)
    _require_may_manage(session, actor, person, expected_version)
    rows = session.scalars(
        select(RoleAssignment).where(
            RoleAssignment.person_id == person.id, RoleAssignment.role == role
        )
    ).all()
    if not rows:
        raise ServiceError(msg("{name} is not {role}.", name=person.full_name, role=a_role(role)))
    if role == Role.ADMINISTRATOR and _other_active_admins(session, person.id) == 0:
        raise ServiceError(msg("This is the last administrator; make someone else one first."))
    for row in rows:
        session.delete(row)
    person.updated_at = utcnow()
    session.flush()
    _record(session, actor, "person.role_revoke", person, {"role": str(role)})
    if role == Role.ADMINISTRATOR:
        site_key.remove_admin_wraps(session, actor, person.id)
    return get_person(session, actor, person.id)


def reset_password(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    new_password: str,
    *,
    expected_version: int | None = None,
) -> PersonRow:
    """Give someone a new password (they forgot theirs); it also unlocks the account."""
    person = _person(session, person_id)
    _require_may_manage(session, actor, person, expected_version)
    if not person.username:
        raise ServiceError(
            msg("{name} has no username; give them one first.", name=person.full_name)
        )
    if problem := password_problem(new_password):
        raise ValidationError({"password": problem})
    person.password_hash = hash_password(new_password)
    stage_password(session, person.username, new_password)
    _clear_key_file_failures(session, person.username)
    was_locked = person.locked_at is not None
    person.failed_sign_ins = 0
    person.last_failed_sign_in_at = None
    person.locked_at = None
    session.flush()
    _record(session, actor, "person.password_reset", person, {"unlocked": was_locked})
    # Whoever reset it knows the new password: a new key pair, so what the person signed
    # with their old one stays theirs alone.
    signing_keys.issue_person_key(session, actor, person.id, new_password, "password reset")
    return get_person(session, actor, person.id)


def change_own_password(
    session: Session, actor: Actor, current_password: str, new_password: str
) -> None:
    """The signed-in person changes their password, proving they know the current one."""
    from mentorlog.services.auth import verify_unlock

    if actor.person_id is None:
        raise PermissionDeniedError(msg("The system account has no password."))
    verify_unlock(session, actor, current_password)  # counts wrong guesses like a sign-in
    if problem := password_problem(new_password):
        raise ValidationError({"new_password": problem})
    if new_password == current_password:
        raise ValidationError(
            {"new_password": msg("Choose a password different from the current one.")}
        )
    person = _person(session, actor.person_id)
    person.password_hash = hash_password(new_password)
    one_time = person.must_change_password
    person.must_change_password = False
    if person.username:
        stage_password(session, person.username, new_password)
    session.flush()
    _record(
        session,
        actor,
        "person.password_change",
        person,
        {"replaced_one_time_password": True} if one_time else None,
    )
    if not signing_keys.reseal_person_key(session, person.id, current_password, new_password):
        signing_keys.issue_person_key(
            session, actor, person.id, new_password, "password change", hold=True
        )


def unlock_account(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    *,
    expected_version: int | None = None,
) -> PersonRow:
    """Let someone locked out after too many failed attempts sign in again."""
    person = _person(session, person_id)
    _require_may_manage(session, actor, person, expected_version)
    if (
        person.locked_at is None
        and person.failed_sign_ins == 0
        and not _key_file_failures(session, person.username)
    ):
        raise ServiceError(msg("{name}'s account is not locked.", name=person.full_name))
    failures = person.failed_sign_ins
    if person.username:
        _clear_key_file_failures(session, person.username)
    person.locked_at = None
    person.failed_sign_ins = 0
    person.last_failed_sign_in_at = None
    session.flush()
    _record(session, actor, "person.unlock", person, {"failures": failures})
    return get_person(session, actor, person.id)


def set_active(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    active: bool,
    *,
    expected_version: int | None = None,
) -> PersonRow:
    """Deactivate someone (they can no longer sign in; their records stay) or bring them
    back."""
    person = _person(session, person_id)
    _require_may_manage(session, actor, person, expected_version)
    if person.active == active:
        return get_person(session, actor, person.id)
    if not active and person.id == actor.person_id:
        raise ServiceError(msg("You cannot deactivate your own account while signed in with it."))
    if (
        not active
        and _holds(session, person.id, Role.ADMINISTRATOR)
        and _other_active_admins(session, person.id) == 0
    ):
        raise ServiceError(msg("This is the last administrator; make someone else one first."))
    person.active = active
    if not active and person.username:
        stage_removal(session, person.username)
    session.flush()
    _record(session, actor, "person.activate" if active else "person.deactivate", person, None)
    if not active:
        signing_keys.retire_person_key(session, actor, person.id, "deactivated")
        if _holds(session, person.id, Role.ADMINISTRATOR):
            site_key.remove_admin_wraps(session, actor, person.id)
    return get_person(session, actor, person.id)
