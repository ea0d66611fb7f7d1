"""Signing in: right and wrong passwords, slow-down, lockout, rehash, first administrator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from mentorlog.models import AuditEvent, Person, Role, RoleAssignment, SiteSetting
from mentorlog.services import audit, auth
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from mentorlog.services.passwords import hash_password, verify_password
from mentorlog.storage.kdf import current_cost

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def add_person(db, username: str, password: str, *roles: Role, hashed: str | None = None):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        p = Person(
            given_name="Mari",
            family_name="Tamm",
            username=username,
            password_hash=hashed or hash_password(password),
        )
        p.roles.extend(RoleAssignment(role=r) for r in roles)
        s.add(p)
        s.flush()
        return p.id


def attempt(db, username: str, password: str, at: datetime):  # type: ignore[no-untyped-def]
    """One attempt in its own transaction, as the app makes it; the error or the Actor."""
    try:
        with db.transaction() as s:
            return auth.sign_in(s, username, password, "ws-1", now=at)
    except auth.SignInError as exc:
        return exc


def person(db, pid):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.get(Person, pid)


def actions(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_right_password_gives_actor_with_roles_and_is_audited(db) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(db, "mari", "correct horse", Role.MENTOR)
    actor = attempt(db, "mari", "correct horse", T0)
    assert isinstance(actor, auth.Actor)
    assert actor.person_id == pid and actor.roles == {Role.MENTOR}
    assert actor.name == "Mari Tamm"
    # Someone from before signatures gets their signing key at their first sign-in.
    assert actions(db) == ["signing_key.issued", "sign_in"]
    with db.session() as s:
        event = s.scalar(select(AuditEvent))
        assert event.workstation == "ws-1" and event.actor_id == pid


def test_username_is_case_insensitive(db) -> None:  # type: ignore[no-untyped-def]
    add_person(db, "Mari", "correct horse", Role.MENTOR)
    assert isinstance(attempt(db, " mari ", "correct horse", T0), auth.Actor)


def test_wrong_password_and_unknown_user_get_the_same_message(db) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(db, "mari", "correct horse", Role.MENTOR)
    wrong = attempt(db, "mari", "nope", T0)
    unknown = attempt(db, "nobody", "nope", T0)
    assert isinstance(wrong, auth.SignInError) and isinstance(unknown, auth.SignInError)
    assert str(wrong) == str(unknown) == auth.WRONG
    # The failure survived the caller's rollback.
    assert person(db, pid).failed_sign_ins == 1
    assert actions(db) == ["sign_in.failed", "sign_in.failed"]


def test_slow_down_after_five_failures_then_lock_after_ten(db) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(db, "mari", "correct horse", Role.MENTOR)
    at = T0
    for n in range(1, 5):
        err = attempt(db, "mari", "bad", at)
        assert str(err) == auth.WRONG and err.retry_after is None, n
    err = attempt(db, "mari", "bad", at)  # the 5th failure: now waits begin
    assert err.retry_after == 2 and "Wait 2 seconds" in str(err)
    # Too early, even with the right password: refused without being counted.
    early = attempt(db, "mari", "correct horse", at + timedelta(seconds=1))
    assert early.retry_after == 1 and "Wait 1 second " in str(early)
    assert person(db, pid).failed_sign_ins == 5
    waits = []
    for _ in range(6, 10):
        at += timedelta(seconds=err.retry_after)
        err = attempt(db, "mari", "bad", at)
        waits.append(err.retry_after)
    assert waits == [4, 8, 16, 32]  # each further attempt waits longer
    at += timedelta(seconds=32)
    err = attempt(db, "mari", "bad", at)  # the 10th failure locks
    assert str(err) == auth.WRONG
    p = person(db, pid)
    assert p.failed_sign_ins == 10 and p.locked_at == at
    # Locked: the right password is told so, a wrong one learns nothing.
    later = at + timedelta(hours=5)
    assert str(attempt(db, "mari", "correct horse", later)) == auth.LOCKED
    assert str(attempt(db, "mari", "bad", later)) == auth.WRONG
    assert "account.locked" in actions(db)
    assert actions(db).count("sign_in.throttled") == 1


def test_unknown_usernames_slow_down_and_lock_like_real_ones(db) -> None:  # type: ignore[no-untyped-def]
    at = T0
    for _ in range(5):
        err = attempt(db, "ghost", "bad", at)
    assert err.retry_after == 2
    assert attempt(db, "ghost", "bad", at + timedelta(seconds=1)).retry_after == 1
    for _ in range(5):
        at += timedelta(seconds=err.retry_after or 0)
        err = attempt(db, "ghost", "bad", at)
    assert str(attempt(db, "ghost", "bad", at + timedelta(hours=1))) == auth.WRONG


def test_success_clears_the_failure_count(db) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(db, "mari", "correct horse", Role.MENTOR)
    for _ in range(3):
        attempt(db, "mari", "bad", T0)
    assert isinstance(attempt(db, "mari", "correct horse", T0), auth.Actor)
    p = person(db, pid)
    assert p.failed_sign_ins == 0 and p.last_failed_sign_in_at is None


def test_inactive_or_passwordless_people_cannot_sign_in(db) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(db, "mari", "correct horse", Role.MENTOR)
    with db.transaction() as s:
        s.get(Person, pid).active = False
        s.add(Person(given_name="No", family_name="Password", username="nopw"))
    assert str(attempt(db, "mari", "correct horse", T0)) == auth.WRONG
    assert str(attempt(db, "nopw", "", T0)) == auth.WRONG


def test_weaker_hash_is_upgraded_on_sign_in(db) -> None:  # type: ignore[no-untyped-def]
    weak = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1).hash("correct horse")
    pid = add_person(db, "mari", "", Role.MENTOR, hashed=weak)
    assert isinstance(attempt(db, "mari", "correct horse", T0), auth.Actor)
    new_hash = person(db, pid).password_hash
    today = current_cost()
    assert new_hash != weak and f"m={today.memory_kib},t={today.time_cost},p=1" in new_hash
    assert verify_password(new_hash, "correct horse")
    assert actions(db) == ["signing_key.issued", "account.rehashed", "sign_in"]


def test_unlock_checks_the_same_persons_password_and_counts_failures(db) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(db, "mari", "correct horse", Role.STUDENT)
    actor = attempt(db, "mari", "correct horse", T0)
    with pytest.raises(auth.SignInError) as err, db.transaction() as s:
        auth.verify_unlock(s, actor, "bad", "ws-1", now=T0)
    # The lock screen asks for no username, so the refusal names only the password.
    assert str(err.value) == auth.WRONG_PASSWORD == "The password is not right."
    assert person(db, pid).failed_sign_ins == 1
    with db.transaction() as s:
        auth.verify_unlock(s, actor, "correct horse", "ws-1", now=T0)
    assert person(db, pid).failed_sign_ins == 0
    assert actions(db)[-2:] == ["unlock.failed", "unlock"]
    with pytest.raises(auth.SignInError), db.transaction() as s:
        auth.verify_unlock(s, auth.actor_for(s, pid), "", now=T0)


def test_first_administrator_only_on_an_empty_site(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        assert auth.needs_first_administrator(s)
        with pytest.raises(ValidationError) as bad:
            auth.create_first_administrator(s, "", "Sørensen", "has space", "short")
        assert set(bad.value.problems) == {"given_name", "username", "password"}
        actor = auth.create_first_administrator(s, "Åse", "Sørensen", "ase", "long enough pw")
        assert actor.roles == {Role.ADMINISTRATOR} and actor.name == "Åse Sørensen"
    with db.transaction() as s:
        assert not auth.needs_first_administrator(s)
        with pytest.raises(PermissionDeniedError):
            auth.create_first_administrator(s, "Eve", "Evil", "eve", "long enough pw")
        assert auth.actor_for(s, actor.person_id) == actor
    assert isinstance(attempt(db, "ase", "long enough pw", T0), auth.Actor)


def test_demo_database_flag(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        assert not auth.is_demo_database(s)
        s.add(SiteSetting(key="demo_database", value=True))
    with db.session() as s:
        assert auth.is_demo_database(s)


def test_sign_in_events_keep_the_chain_intact(db) -> None:  # type: ignore[no-untyped-def]
    add_person(db, "mari", "correct horse", Role.MENTOR)
    for i in range(7):
        attempt(db, "mari", "bad", T0 + timedelta(minutes=i))
    attempt(db, "mari", "correct horse", T0 + timedelta(hours=1))
    with db.session() as s:
        report = audit.verify_chain(s)
        assert report.ok and report.events_checked == 9  # and the key issued at sign-in
        assert report.head == audit.chain_head(s)
