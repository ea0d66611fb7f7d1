"""Managing people: who may add, give roles, reset passwords and unlock; all audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from mentorlog.models import AuditEvent, Person, Role
from mentorlog.services import auth, people
from mentorlog.services.errors import (
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from tests.trust_cast import PASSWORD, TrustCast, make_trust_cast

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def cast(db) -> TrustCast:  # type: ignore[no-untyped-def]
    return make_trust_cast(db)


def actions(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_coordinator_adds_a_student_who_can_sign_in(db, cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        row = people.add_person(
            s,
            cast.coordinator,
            " Ольга ",
            "Кузнецова",
            roles=(Role.STUDENT,),
            email="olga@example.org",
            username="olga",
            password="first-pässword",
        )
    assert row.full_name == "Ольга Кузнецова" and row.roles == (Role.STUDENT,)
    assert row.has_password and row.active and not row.locked
    with db.transaction() as s:
        actor = auth.sign_in(s, "olga", "first-pässword", "ws")
    assert actor.roles == {Role.STUDENT}
    with db.session() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "person.create"))
        assert event.subject_person_id == row.id and event.detail["roles"] == ["student"]
        assert event.actor_id == cast.coordinator.person_id


def test_adding_checks_what_was_typed(db, cast) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err, db.transaction() as s:
        people.add_person(
            s, cast.coordinator, "", "X", email="nope", username="mentor", password="short"
        )
    assert set(err.value.problems) == {"given_name", "email", "username", "password"}
    assert "taken" in err.value.problems["username"]


@pytest.mark.parametrize("who", ["mentor", "student", "other_student", "other_mentor"])
def test_mentors_and_students_manage_nobody(db, cast, who: str) -> None:  # type: ignore[no-untyped-def]
    actor = getattr(cast, who)
    calls = [
        lambda s: people.list_people(s, actor),
        lambda s: people.add_person(s, actor, "A", "B", roles=(Role.STUDENT,)),
        lambda s: people.grant_role(s, actor, cast.student.person_id, Role.COORDINATOR),
        lambda s: people.reset_password(s, actor, cast.student.person_id, "new password 1"),
        lambda s: people.unlock_account(s, actor, cast.student.person_id),
        lambda s: people.set_active(s, actor, cast.student.person_id, False),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError), db.transaction() as s:
            call(s)


def test_only_an_administrator_makes_or_touches_administrators(db, cast) -> None:  # type: ignore[no-untyped-def]
    admin_id = cast.administrator.person_id
    refused = [
        lambda s: people.grant_role(
            s, cast.coordinator, cast.coordinator.person_id, Role.ADMINISTRATOR
        ),
        lambda s: people.add_person(s, cast.coordinator, "Eve", "Ve", roles=(Role.ADMINISTRATOR,)),
        lambda s: people.reset_password(s, cast.coordinator, admin_id, "taken over 1"),
        lambda s: people.set_active(s, cast.coordinator, admin_id, False),
    ]
    for call in refused:
        with pytest.raises(PermissionDeniedError, match="administrator"), db.transaction() as s:
            call(s)
    with db.transaction() as s:
        row = people.grant_role(
            s, cast.administrator, cast.coordinator.person_id, Role.ADMINISTRATOR
        )
    assert set(row.roles) == {Role.COORDINATOR, Role.ADMINISTRATOR}


def test_the_last_administrator_stays(db, cast) -> None:  # type: ignore[no-untyped-def]
    admin_id = cast.administrator.person_id
    with pytest.raises(ServiceError, match="last administrator"), db.transaction() as s:
        people.revoke_role(s, cast.administrator, admin_id, Role.ADMINISTRATOR)
    with pytest.raises(ServiceError, match="your own account"), db.transaction() as s:
        people.set_active(s, cast.administrator, admin_id, False)
    with db.transaction() as s:
        people.grant_role(s, cast.administrator, cast.coordinator.person_id, Role.ADMINISTRATOR)
        people.revoke_role(s, cast.administrator, admin_id, Role.ADMINISTRATOR)
        assert people.get_person(s, cast.coordinator, admin_id).roles == ()


def test_roles_are_given_and_taken_away(db, cast) -> None:  # type: ignore[no-untyped-def]
    sid = cast.student.person_id
    with db.transaction() as s:
        people.grant_role(s, cast.coordinator, sid, Role.MENTOR)
        with pytest.raises(ServiceError, match="already a mentor"):
            people.grant_role(s, cast.coordinator, sid, Role.MENTOR)
        row = people.revoke_role(s, cast.coordinator, sid, Role.STUDENT)
        assert row.roles == (Role.MENTOR,)
        with pytest.raises(ServiceError, match="not a student"):
            people.revoke_role(s, cast.coordinator, sid, Role.STUDENT)
        assert auth.actor_for(s, sid).roles == {Role.MENTOR}
    assert actions(db)[-2:] == ["person.role_grant", "person.role_revoke"]


def lock_out(db, username: str) -> None:  # type: ignore[no-untyped-def]
    at = T0
    for _ in range(auth.LOCK_AFTER):
        try:
            with db.transaction() as s:
                auth.sign_in(s, username, "wrong", "ws", now=at)
        except auth.SignInError as exc:
            at += timedelta(seconds=exc.retry_after or 0)


def test_lockout_then_unlock_by_a_coordinator(db, cast) -> None:  # type: ignore[no-untyped-def]
    lock_out(db, "student")
    later = T0 + timedelta(days=1)
    with pytest.raises(auth.SignInError, match="locked"), db.transaction() as s:
        auth.sign_in(s, "student", PASSWORD, "ws", now=later)
    with db.transaction() as s:
        assert people.get_person(s, cast.coordinator, cast.student.person_id).locked
        row = people.unlock_account(s, cast.coordinator, cast.student.person_id)
    assert not row.locked and row.failed_sign_ins == 0
    with db.transaction() as s:
        assert auth.sign_in(s, "student", PASSWORD, "ws", now=later).person_id == row.id
        with pytest.raises(ServiceError, match="not locked"):
            people.unlock_account(s, cast.coordinator, row.id)
    assert "person.unlock" in actions(db) and "account.locked" in actions(db)


def test_password_reset_replaces_the_password_and_unlocks(db, cast) -> None:  # type: ignore[no-untyped-def]
    lock_out(db, "mentor")
    with db.transaction() as s:
        with pytest.raises(ValidationError):
            people.reset_password(s, cast.administrator, cast.mentor.person_id, "short")
        people.reset_password(s, cast.administrator, cast.mentor.person_id, "a new start 1")
    with db.transaction() as s:
        auth.sign_in(s, "mentor", "a new start 1", "ws", now=T0 + timedelta(days=1))
    with pytest.raises(auth.SignInError), db.transaction() as s:
        auth.sign_in(s, "mentor", PASSWORD, "ws", now=T0 + timedelta(days=1))
    with db.session() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "person.password_reset"))
        assert event.detail == {"unlocked": True}
        assert "a new start" not in str(event.detail)  # passwords never reach the trail


def test_people_change_their_own_password(db, cast) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(auth.SignInError), db.transaction() as s:
        people.change_own_password(s, cast.student, "not mine", "brand new one")
    with db.transaction() as s:
        people.change_own_password(s, cast.student, PASSWORD, "brand new one")
    with db.transaction() as s:
        assert auth.sign_in(s, "student", "brand new one", "ws").person_id is not None


def test_deactivated_people_cannot_sign_in_and_are_listed_apart(db, cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        people.set_active(s, cast.coordinator, cast.other_student.person_id, False)
    with pytest.raises(auth.SignInError), db.transaction() as s:
        auth.sign_in(s, "other_student", PASSWORD, "ws")
    with db.session() as s:
        active = people.list_people(s, cast.coordinator, include_inactive=False)
        assert "Анна Смирнова" not in [p.full_name for p in active]
        found = people.list_people(s, cast.coordinator, text="анна")
        assert [p.full_name for p in found] == ["Анна Смирнова"] and not found[0].active
        students = people.list_people(s, cast.administrator, role=Role.STUDENT)
        assert [p.username for p in students] == ["student", "other_student"]  # Õ before С
        assert s.get(Person, cast.other_student.person_id) is not None  # records stay


def test_on_an_encrypted_site_passwords_set_here_open_the_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.opening import create_site, sign_in_and_open

    path = tmp_path / "site.db"
    site = create_site(path, "Åse", "Berg", "ase", "long enough pw")
    with site.db.transaction() as s:
        olga = people.add_person(
            s, site.actor, "Ольга", "Ко", roles=(Role.COORDINATOR,), username="olga",
            password="olga's password",
        )  # fmt: skip
    site.db.close()

    def opens(username: str, password: str, at: datetime = T0) -> bool:
        try:
            opened = sign_in_and_open(path, username, password, "ws", now=at)
        except auth.SignInError:
            return False
        opened.db.close()
        return True

    assert opens("olga", "olga's password")
    site = sign_in_and_open(path, "ase", "long enough pw", "ws")
    with site.db.transaction() as s:
        people.set_active(s, site.actor, olga.id, False)
    assert not opens("olga", "olga's password")  # her key slot is gone
    with site.db.transaction() as s:
        people.set_active(s, site.actor, olga.id, True)
        people.reset_password(s, site.actor, olga.id, "a fresh start")
    assert opens("olga", "a fresh start")
    at = T0
    for _ in range(auth.LOCK_AFTER):  # locked out by the key file, before any sign-in
        assert not opens("olga", "wrong", at)
        at += timedelta(minutes=5)
    assert not opens("olga", "a fresh start", at)
    with site.db.transaction() as s:
        people.unlock_account(s, site.actor, olga.id)
    site.db.close()
    assert opens("olga", "a fresh start", at)
