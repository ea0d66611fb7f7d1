"""Each person's signing key, and the site's: issued, unsealed at sign-in, sealed again.

- A person's key is an Ed25519 key pair made from a random 32-byte seed. The seed is
  sealed under their password exactly as their database key slot is (storage/kdf.py:
  Argon2id, AES-256-GCM) and kept in their ``signing_key`` row, in the database: so it
  works the same on an encrypted SQLite file and on PostgreSQL (which has no ``.keys``
  file), and travels with every backup. A password change seals the same seed again; a
  reset by a coordinator or administrator issues a new key pair and retires the old one,
  whose public key stays with the dates it was valid, so old signatures still verify.
  People from before signatures get their key the first time they sign in.
- The site key (services/site_key.py) signs what the app does by itself; an
  administrator's sign-in unseals it too.
- Every key issued or retired is an audit event naming its fingerprint, so a key put in
  the table behind mentorlog's back matches no event (services/trail_check.py).
"""

from __future__ import annotations

import secrets
import threading
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import KeyKind, SigningKey, utcnow
from mentorlog.services import site_key
from mentorlog.services.key_material import (
    ISSUED,
    RETIRED,
    SEED_BYTES,
    aad,
    pair,
    publics,
    record_key_event,
)
from mentorlog.storage import kdf
from mentorlog.storage.keyholder import HeldKey, holder_for

if TYPE_CHECKING:
    from mentorlog.services.access import Actor


# -- a person's key ---------------------------------------------------------------------


def current_key(session: Session, person_id: uuid.UUID) -> SigningKey | None:
    """The person's key that signs today (not retired), if they have one."""
    return session.scalar(
        select(SigningKey)
        .where(
            SigningKey.kind == KeyKind.PERSON,
            SigningKey.person_id == person_id,
            SigningKey.valid_until.is_(None),
        )
        .order_by(SigningKey.valid_from.desc())
        .limit(1)
    )


def _retire(session: Session, person_id: uuid.UUID, now: datetime) -> list[str]:
    retired = []
    for row in session.scalars(
        select(SigningKey).where(
            SigningKey.kind == KeyKind.PERSON,
            SigningKey.person_id == person_id,
            SigningKey.valid_until.is_(None),
        )
    ):
        row.valid_until = now
        row.sealed_private = None
        retired.append(str(row.id))
    return retired


def issue_person_key(
    session: Session,
    actor: Actor | None,
    person_id: uuid.UUID,
    password: str | None,
    reason: str,
    *,
    seed: bytes | None = None,
    key_id: uuid.UUID | None = None,
    hold: bool = False,
    workstation: str = "",
) -> HeldKey:
    """A new key pair for the person (retiring any current one), its seed sealed under
    ``password`` (None: the private half is not kept, as for a demo key that only signs
    the demo's records). With ``hold`` the key is held at once for signing, so the
    event that issues it is the first it signs (a person's own first key). ``seed`` and
    ``key_id`` are made up unless given (the demo gives them, to be the same every time)."""
    now = utcnow()
    retired = _retire(session, person_id, now)
    key_id = key_id or uuid.uuid4()
    seed = seed or secrets.token_bytes(SEED_BYTES)
    held = pair(key_id, seed)
    public, exchange = publics(held)
    row = SigningKey(
        id=key_id,
        kind=KeyKind.PERSON,
        person_id=person_id,
        public_key=public,
        exchange_key=exchange,
        sealed_private=kdf.seal(password, seed, aad(key_id)) if password is not None else None,
        valid_from=now,
        created_by_id=actor.person_id if actor else None,
    )
    session.add(row)
    session.flush()
    holder = holder_for(session)
    if hold or holder.for_person(person_id) is not None:
        # Signed in here (a reset of one's own password, say): sign with the new key now.
        holder.hold(person_id, held, present=hold)
    detail = {
        "signing_key": str(key_id),
        "fingerprint": row.fingerprint,
        "person": str(person_id),
        "kind": KeyKind.PERSON,
        "reason": reason,
        "retired": retired,
    }
    record_key_event(session, actor, ISSUED, detail, person_id, workstation)
    if site_key.is_admin(session, person_id):
        site_key.wrap_site_key_for(session, row)
    return held


class PendingUnseal:
    """The person's key being unsealed on a thread of its own (Argon2id lets go of the
    interpreter), so a sign-in checks the password hash meanwhile: two derivations at
    once instead of one after the other (``auth.sign_in``)."""

    def __init__(self, row: SigningKey, password: str) -> None:
        self.key_id = row.id
        self.sealed = dict(row.sealed_private or {})
        self._seed: bytes | None = None
        self._thread = threading.Thread(
            target=self._run, args=(password,), name="unseal", daemon=True
        )
        self._thread.start()

    def _run(self, password: str) -> None:
        try:
            self._seed = kdf.open_sealed(self.sealed, password, aad(self.key_id))
        except (kdf.WrongSecretError, KeyError, ValueError, TypeError):
            self._seed = None

    def seed(self) -> bytes | None:
        self._thread.join()
        return self._seed


def begin_unseal(session: Session, person_id: uuid.UUID, password: str) -> PendingUnseal | None:
    """Start unsealing the person's current key (see PendingUnseal); None when they have
    no key that can sign."""
    row = current_key(session, person_id)
    if row is None or row.sealed_private is None:
        return None
    return PendingUnseal(row, password)


def unseal_person_key(
    session: Session, person_id: uuid.UUID, password: str, pending: PendingUnseal | None = None
) -> HeldKey | None:
    """The person's current key, unsealed with ``password`` (or by ``pending``, begun
    earlier) and held for signing, sealed again first when it was made with a weaker
    Argon2id cost than today's. None when they have no key that can sign, or the password
    does not open it."""
    pending = pending or begin_unseal(session, person_id, password)
    if pending is None:
        return None
    seed = pending.seed()
    row = session.get(SigningKey, pending.key_id)
    if seed is None or row is None or row.valid_until is not None:
        return None
    if row.sealed_private is not None and kdf.is_weaker(kdf.cost_of(row.sealed_private)):
        row.sealed_private = kdf.seal(password, seed, aad(row.id))
    held = pair(row.id, seed)
    holder_for(session).hold(person_id, held)
    return held


def reseal_person_key(
    session: Session, person_id: uuid.UUID, old_password: str, new_password: str
) -> bool:
    """Seal the person's current key under their new password (a password change): the
    key pair stays. False when there was nothing to seal again."""
    row = current_key(session, person_id)
    if row is None or row.sealed_private is None:
        return False
    held = holder_for(session).for_person(person_id)
    if held is not None and held.key_id == row.id:
        seed = held.private.private_bytes_raw()
    else:
        try:
            seed = kdf.open_sealed(row.sealed_private, old_password, aad(row.id))
        except (kdf.WrongSecretError, KeyError, ValueError, TypeError):
            return False
    row.sealed_private = kdf.seal(new_password, seed, aad(row.id))
    session.flush()
    return True


def retire_person_key(
    session: Session, actor: Actor | None, person_id: uuid.UUID, reason: str
) -> None:
    """The person's key stops signing (deactivated, or removed by retention); its public
    key stays so what it signed still verifies."""
    now = utcnow()
    for key in _retire(session, person_id, now):
        detail = {"signing_key": key, "person": str(person_id), "reason": reason}
        record_key_event(session, actor, RETIRED, detail, person_id)
    session.flush()
    holder_for(session).forget(person_id)


def on_sign_in(
    session: Session,
    actor: Actor,
    password: str,
    workstation: str = "",
    pending: PendingUnseal | None = None,
) -> HeldKey:
    """At a successful sign-in: hold the person's key (issuing their first one if they
    have none), and for an administrator the site key (made now if the site has none).
    ``pending``: the unsealing begun while the password was checked."""
    assert actor.person_id is not None
    held = unseal_person_key(session, actor.person_id, password, pending)
    if held is None:
        held = issue_person_key(
            session,
            actor,
            actor.person_id,
            password,
            "first sign-in",
            hold=True,
            workstation=workstation,
        )
    else:
        holder_for(session).hold(actor.person_id, held)
    if site_key.is_admin(session, actor.person_id):
        site = site_key.unseal_site_key(session, held)
        if site is None and site_key.current_site_key(session) is None:
            site_key.create_site_key(session, actor)
        else:
            site_key.wrap_site_key_for_admins(session)
    return held
