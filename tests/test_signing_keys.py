"""Signing keys: one per person, sealed under their password in the database; sealed again
on a password change, replaced on a reset (the old one still verifies what it signed);
the site key wrapped for each administrator and for the recovery key. On SQLite and on
PostgreSQL, where there is no ``.keys`` file."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import select

from mentorlog.models import AuditEvent, KeyKind, Role, SigningKey, SignOff
from mentorlog.services import auth, people, signing_keys, site_key, trail_check
from mentorlog.services.opening import create_site, sign_in_and_open
from mentorlog.services.signed_statements import event_message, sign_off_row_message, verify
from mentorlog.services.startup import prepare_database
from mentorlog.storage import kdf
from mentorlog.storage.keyholder import holder_for
from tests.signed_site import build_signed_site, sign_in
from tests.trust_cast import PASSWORD


def keys_of(db, person_id: uuid.UUID) -> list[SigningKey]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return list(
            s.scalars(
                select(SigningKey)
                .where(SigningKey.person_id == person_id)
                .order_by(SigningKey.valid_from)
            )
        )


def full_check(db, actor):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return trail_check.check_trail(s, actor, full=True)


def test_the_strong_cost_is_the_default_and_above_owasps_strongest(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(kdf.PROFILE_VARIABLE, raising=False)
    cost = kdf.current_cost()
    assert cost == kdf.STRONG and cost.at_least(kdf.OWASP_STRONGEST)
    assert cost.memory_kib >= 46 * 1024
    monkeypatch.setenv(kdf.PROFILE_VARIABLE, kdf.TEST_ONLY_PROFILE)
    assert kdf.current_cost() == kdf.TEST_ONLY_WEAK and kdf.is_weaker(kdf.TEST_ONLY_WEAK) is False
    monkeypatch.delenv(kdf.PROFILE_VARIABLE)
    assert kdf.is_weaker(kdf.TEST_ONLY_WEAK)  # made in tests, wrapped again in production


def test_the_private_key_is_sealed_not_stored(db) -> None:  # type: ignore[no-untyped-def]
    site = build_signed_site(db)
    (key,) = keys_of(db, site.mentor.person_id)
    assert key.sealed_private is not None and key.sealed_private["kdf"] == "argon2id"
    seed = kdf.open_sealed(key.sealed_private, PASSWORD, b"mentorlog signing key " + key.id.bytes)
    with pytest.raises(kdf.WrongSecretError):
        kdf.open_sealed(key.sealed_private, "not it", b"mentorlog signing key " + key.id.bytes)
    with db.session() as s:  # the seed appears nowhere in the database in the clear
        for row in s.scalars(select(SigningKey)):
            assert seed.hex() not in str(row.sealed_private)


def test_signing_out_forgets_the_key(db) -> None:  # type: ignore[no-untyped-def]
    site = build_signed_site(db)  # everyone signed out at the end
    assert holder_for(db.engine).for_person(site.mentor.person_id) is None
    mentor = sign_in(db, "mentor")
    assert holder_for(db.engine).for_person(mentor.person_id) is not None


def test_a_password_change_seals_the_same_key_again(db) -> None:  # type: ignore[no-untyped-def]
    site = build_signed_site(db)
    mentor = sign_in(db, "mentor")
    with db.transaction() as s:
        people.change_own_password(s, mentor, PASSWORD, "a new long password")
    (key,) = keys_of(db, mentor.person_id)  # the same pair, sealed under the new password
    aad = b"mentorlog signing key " + key.id.bytes
    kdf.open_sealed(key.sealed_private, "a new long password", aad)
    with pytest.raises(kdf.WrongSecretError):
        kdf.open_sealed(key.sealed_private, PASSWORD, aad)
    assert full_check(db, site.coordinator).ok


def test_a_reset_issues_a_new_pair_and_the_old_one_still_verifies(db) -> None:  # type: ignore[no-untyped-def]
    site = build_signed_site(db)
    admin = sign_in(db, "administrator")
    with db.transaction() as s:
        people.reset_password(s, admin, site.mentor.person_id, "a temporary password")
    old, new = keys_of(db, site.mentor.person_id)
    assert old.valid_until is not None and old.sealed_private is None
    assert new.valid_until is None and new.valid_from >= old.valid_until
    with db.session() as s:  # what the old key signed is still its signature
        sign_off = s.scalar(
            select(SignOff).where(
                SignOff.record_id == site.observation_id, SignOff.person_id == site.mentor.person_id
            )
        )
        assert sign_off.signer_key_id == old.id
        assert verify(old.public_key, sign_off.signature, sign_off_row_message(sign_off))
    with db.transaction() as s:
        mentor = auth.sign_in(s, "mentor", "a temporary password")
    assert holder_for(db.engine).for_person(mentor.person_id).key_id == new.id
    result = full_check(db, site.coordinator)
    assert result.ok, result.findings


def test_deactivating_retires_the_key(db) -> None:  # type: ignore[no-untyped-def]
    site = build_signed_site(db)
    admin = sign_in(db, "administrator")
    with db.transaction() as s:
        people.set_active(s, admin, site.student.person_id, False)
    (key,) = keys_of(db, site.student.person_id)
    assert key.valid_until is not None and key.sealed_private is None
    assert full_check(db, site.coordinator).ok


def test_the_site_key_is_wrapped_for_administrators_and_the_recovery_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = create_site(tmp_path / "m.db", "Kadri", "Õispuu", "kadri", "long enough secret")
    assert site.recovery_key
    with site.db.session() as s:
        current = site_key.current_site_key(s)
        assert current is not None
        recovered = site_key.site_key_from_recovery(s, site.recovery_key)
        assert recovered is not None and recovered.key_id == current.id
        assert site_key.site_key_from_recovery(s, "AAAAA-" * 7 + "AAAAA") is None
    with site.db.transaction() as s:
        tonu = people.add_person(
            s,
            site.actor,
            "Tõnu",
            "Mägi",
            roles=(Role.COORDINATOR,),
            username="tonu",
            password="tõnu's password",
        )
        people.grant_role(s, site.actor, tonu.id, Role.ADMINISTRATOR)
    site.db.close()
    # Tõnu was made an administrator without anyone knowing his password: his sign-in
    # unwraps the site key all the same, and what the app records meanwhile is signed by it.
    again = sign_in_and_open(tmp_path / "m.db", "tonu", "tõnu's password")
    holder = holder_for(again.db.engine)
    assert holder.site is not None and holder.site.key_id == current.id
    with again.db.transaction() as s:
        people.revoke_role(s, again.actor, site.actor.person_id, Role.ADMINISTRATOR)
        replaced = site_key.current_site_key(s)
        assert replaced is not None and replaced.id != current.id  # Kadri may have kept it
    with again.db.session() as s:
        result = trail_check.check_trail(s, again.actor, full=True)
    again.db.close()
    assert result.ok, result.findings


def test_what_the_app_records_while_an_administrator_is_in_is_signed_by_the_site_key(db) -> None:  # type: ignore[no-untyped-def]
    build_signed_site(db)
    sign_in(db, "administrator")
    with db.transaction() as s:
        from mentorlog.services import audit
        from mentorlog.services.access import SYSTEM

        audit.record(s, SYSTEM, "backup.auto")
    with db.session() as s:
        event = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
        key = s.get(SigningKey, event.signer_key_id)
        assert key.kind == KeyKind.SITE
        assert verify(key.public_key, event.signature, event_message(event.hash))


@pytest.mark.postgres
def test_on_postgresql_keys_live_in_the_database_and_tampering_is_found(pg_url: str) -> None:
    db = prepare_database(pg_url)
    try:
        site = build_signed_site(db)
        assert db.keyring is None  # no .keys file on a server
        (key,) = keys_of(db, site.mentor.person_id)
        assert key.sealed_private is not None
        assert full_check(db, site.coordinator).ok
        with db.engine.begin() as conn:  # an insider with the server's password
            conn.exec_driver_sql(
                "UPDATE observation SET narrative = 'Nothing happened.' WHERE id = %s",
                (str(site.observation_id),),
            )
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_truncate ON audit_event")
        with db.session() as s:
            result = trail_check.check_trail(s, site.coordinator)
        kinds = {(f.kind, f.record_id) for f in result.findings}
        assert ("content", site.observation_id) in kinds
        assert any(
            f.kind == "guard" and "audit_event_no_truncate" in f.subject for f in result.findings
        )
    finally:
        db.close()


def test_kdf_profile_variable_is_set_for_this_suite() -> None:
    assert os.environ.get(kdf.PROFILE_VARIABLE) == kdf.TEST_ONLY_PROFILE
    assert signing_keys.SEED_BYTES == 32
