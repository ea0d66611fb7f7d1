"""Each person's signing key, and the site's: issued, unsealed at sign-in, sealed again.

- A person's key is an Ed25519 key pair made from a random 32-byte seed. The seed is
  sealed under their password exactly as their database key slot is (storage/kdf.py:
  Argon2id, AES-256-GCM) and kept in their ``signing_key`` row, in the database: so it
  works the same on an encrypted SQLite file and on PostgreSQL (which has no ``.keys``
  file), and travels with every backup. A password change seals the same seed again; a
  reset by a coordinator or administrator issues a new key pair and retires the old one,
  whose public key stays with the dates it was valid, so old signatures still verify.
  People from before signatures get their key the first time they sign in.
- The site key signs what the app does by itself. Its seed is wrapped for each
  administrator (to an X25519 exchange key derived from their seed) and for the recovery
  key (an exchange key derived from it); so it is unsealed when an administrator signs in
  and can be wrapped for a new administrator without their password.
- Every key issued or retired is an audit event naming its fingerprint, so a key put in
  the table behind mentorlog's back matches no event (services/trail_check.py).
"""

from __future__ import annotations

import base64
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import KeyKind, Person, Role, RoleAssignment, SigningKey, SiteKeyWrap, utcnow
from mentorlog.storage import kdf
from mentorlog.storage.keyholder import HeldKey, holder_for

if TYPE_CHECKING:
    from mentorlog.services.access import Actor

SEED_BYTES = 32
ISSUED = "signing_key.issued"
RETIRED = "signing_key.retired"
_EXCHANGE_INFO = b"mentorlog exchange key v1"
_RECOVERY_INFO = b"mentorlog recovery exchange key v1"
_WRAP_INFO = b"mentorlog site key wrap v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _hkdf(secret: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def _pair(key_id: uuid.UUID, seed: bytes) -> HeldKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return HeldKey(
        key_id,
        Ed25519PrivateKey.from_private_bytes(seed),
        X25519PrivateKey.from_private_bytes(_hkdf(seed, _EXCHANGE_INFO)),
    )


def _publics(held: HeldKey) -> tuple[str, str]:
    signing = held.private.public_key().public_bytes_raw()
    exchange = held.exchange.public_key().public_bytes_raw() if held.exchange else b""
    return _b64(signing), _b64(exchange)


def _aad(key_id: uuid.UUID) -> bytes:
    return b"mentorlog signing key " + key_id.bytes


def _record(
    session: Session,
    actor: Actor | None,
    action: str,
    detail: dict[str, Any],
    person_id: uuid.UUID | None,
    workstation: str = "",
) -> None:
    from mentorlog.services import audit

    audit.record(
        session,
        actor,
        action,
        entity_type="signing_key",
        entity_id=uuid.UUID(detail["key"]),
        subject_person_id=person_id,
        detail=detail,
        workstation=workstation,
    )


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
    hold: bool = False,
    workstation: str = "",
) -> HeldKey:
    """A new key pair for the person (retiring any current one), its seed sealed under
    ``password`` (None: the private half is not kept, as for a demo key that only signs
    the demo's records). With ``hold`` the key is held at once for signing, so the
    event that issues it is the first it signs (a person's own first key)."""
    now = utcnow()
    retired = _retire(session, person_id, now)
    key_id = uuid.uuid4()
    seed = seed or secrets.token_bytes(SEED_BYTES)
    held = _pair(key_id, seed)
    public, exchange = _publics(held)
    row = SigningKey(
        id=key_id,
        kind=KeyKind.PERSON,
        person_id=person_id,
        public_key=public,
        exchange_key=exchange,
        sealed_private=kdf.seal(password, seed, _aad(key_id)) if password is not None else None,
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
        "key": str(key_id),
        "fingerprint": row.fingerprint,
        "person": str(person_id),
        "kind": KeyKind.PERSON,
        "reason": reason,
        "retired": retired,
    }
    _record(session, actor, ISSUED, detail, person_id, workstation)
    if _is_admin(session, person_id):
        wrap_site_key_for(session, row)
    return held


def unseal_person_key(session: Session, person_id: uuid.UUID, password: str) -> HeldKey | None:
    """The person's current key, unsealed with ``password`` and held for signing (sealed
    again first when it was made with a weaker Argon2id cost than today's). None when they
    have no key that can sign, or the password does not open it."""
    row = current_key(session, person_id)
    if row is None or row.sealed_private is None:
        return None
    try:
        seed = kdf.open_sealed(row.sealed_private, password, _aad(row.id))
    except (kdf.WrongSecretError, KeyError, ValueError, TypeError):
        return None
    if kdf.is_weaker(kdf.cost_of(row.sealed_private)):
        row.sealed_private = kdf.seal(password, seed, _aad(row.id))
    held = _pair(row.id, seed)
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
            seed = kdf.open_sealed(row.sealed_private, old_password, _aad(row.id))
        except (kdf.WrongSecretError, KeyError, ValueError, TypeError):
            return False
    row.sealed_private = kdf.seal(new_password, seed, _aad(row.id))
    session.flush()
    return True


def retire_person_key(
    session: Session, actor: Actor | None, person_id: uuid.UUID, reason: str
) -> None:
    """The person's key stops signing (deactivated, or removed by retention); its public
    key stays so what it signed still verifies."""
    now = utcnow()
    for key in _retire(session, person_id, now):
        detail = {"key": key, "person": str(person_id), "reason": reason}
        _record(session, actor, RETIRED, detail, person_id)
    session.flush()
    holder_for(session).forget(person_id)


def on_sign_in(session: Session, actor: Actor, password: str, workstation: str = "") -> HeldKey:
    """At a successful sign-in: hold the person's key (issuing their first one if they
    have none), and for an administrator the site key (made now if the site has none)."""
    assert actor.person_id is not None
    held = unseal_person_key(session, actor.person_id, password)
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
    if _is_admin(session, actor.person_id):
        site = unseal_site_key(session, held)
        if site is None and current_site_key(session) is None:
            create_site_key(session, actor)
        else:
            wrap_site_key_for_admins(session)
    return held


# -- the site key -----------------------------------------------------------------------


def _is_admin(session: Session, person_id: uuid.UUID) -> bool:
    return (
        session.scalar(
            select(RoleAssignment.id).where(
                RoleAssignment.person_id == person_id,
                RoleAssignment.role == Role.ADMINISTRATOR,
            )
        )
        is not None
    )


def current_site_key(session: Session) -> SigningKey | None:
    return session.scalar(
        select(SigningKey)
        .where(SigningKey.kind == KeyKind.SITE, SigningKey.valid_until.is_(None))
        .order_by(SigningKey.valid_from.desc())
        .limit(1)
    )


def _wrap(site: HeldKey, holder_row: SigningKey) -> SiteKeyWrap:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    holder_public = base64.b64decode(holder_row.exchange_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(holder_public))
    nonce = secrets.token_bytes(12)
    aad = site.key_id.bytes + holder_row.id.bytes
    key = _hkdf(shared + ephemeral_public + holder_public, _WRAP_INFO)
    wrapped = AESGCM(key).encrypt(nonce, site.private.private_bytes_raw(), aad)
    return SiteKeyWrap(
        site_key_id=site.key_id,
        holder_key_id=holder_row.id,
        ephemeral_key=_b64(ephemeral_public),
        nonce=_b64(nonce),
        wrapped=_b64(wrapped),
    )


def _unwrap(wrap: SiteKeyWrap, exchange: Any, holder_public: bytes) -> HeldKey | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral_public = base64.b64decode(wrap.ephemeral_key)
    shared = exchange.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = _hkdf(shared + ephemeral_public + holder_public, _WRAP_INFO)
    try:
        seed = AESGCM(key).decrypt(
            base64.b64decode(wrap.nonce),
            base64.b64decode(wrap.wrapped),
            wrap.site_key_id.bytes + wrap.holder_key_id.bytes,
        )
    except (InvalidTag, ValueError):
        return None
    return _pair(wrap.site_key_id, seed)


def _held_site(session: Session) -> HeldKey | None:
    site = holder_for(session).site
    row = current_site_key(session)
    return site if site is not None and row is not None and site.key_id == row.id else None


def _admin_keys(session: Session) -> list[SigningKey]:
    return list(
        session.scalars(
            select(SigningKey)
            .join(RoleAssignment, RoleAssignment.person_id == SigningKey.person_id)
            .join(Person, Person.id == SigningKey.person_id)
            .where(
                SigningKey.kind == KeyKind.PERSON,
                SigningKey.valid_until.is_(None),
                RoleAssignment.role == Role.ADMINISTRATOR,
                Person.active.is_(True),
            )
        ).unique()
    )


def _recovery_key_row(session: Session) -> SigningKey | None:
    return session.scalar(
        select(SigningKey).where(
            SigningKey.kind == KeyKind.RECOVERY, SigningKey.valid_until.is_(None)
        )
    )


def create_site_key(session: Session, actor: Actor | None, *, seed: bytes | None = None) -> HeldKey:
    """A new site key (retiring the current one), wrapped for every active administrator
    with a key and for the recovery key, and held for signing."""
    now = utcnow()
    old = current_site_key(session)
    if old is not None:
        old.valid_until = now
    key_id = uuid.uuid4()
    site = _pair(key_id, seed or secrets.token_bytes(SEED_BYTES))
    public, _exchange = _publics(site)
    row = SigningKey(
        id=key_id,
        kind=KeyKind.SITE,
        public_key=public,
        exchange_key="",
        valid_from=now,
        created_by_id=actor.person_id if actor else None,
    )
    session.add(row)
    session.flush()
    holders = [*_admin_keys(session), *filter(None, [_recovery_key_row(session)])]
    for holder_row in holders:
        session.add(_wrap(site, holder_row))
    holder_for(session).hold_site(site)
    detail = {
        "key": str(key_id),
        "fingerprint": row.fingerprint,
        "kind": KeyKind.SITE,
        "wrapped_for": [str(h.id) for h in holders],
        "retired": [str(old.id)] if old is not None else [],
    }
    _record(session, actor, ISSUED, detail, None)
    session.flush()
    return site


def unseal_site_key(session: Session, person_key: HeldKey) -> HeldKey | None:
    """The site key, unwrapped with an administrator's key and held; None if it was
    never wrapped for them."""
    row = current_site_key(session)
    holder_row = session.get(SigningKey, person_key.key_id)
    if row is None or holder_row is None or person_key.exchange is None:
        return None
    wrap = session.scalar(
        select(SiteKeyWrap).where(
            SiteKeyWrap.site_key_id == row.id, SiteKeyWrap.holder_key_id == holder_row.id
        )
    )
    if wrap is None:
        return None
    site = _unwrap(wrap, person_key.exchange, base64.b64decode(holder_row.exchange_key))
    holder_for(session).hold_site(site)
    return site


def wrap_site_key_for(session: Session, holder_row: SigningKey) -> bool:
    """Wrap the held site key for one more holder (a new administrator's key, or the
    recovery key). False when no site key is held here to wrap."""
    site = _held_site(session)
    if site is None or not holder_row.exchange_key:
        return False
    exists = session.scalar(
        select(SiteKeyWrap.id).where(
            SiteKeyWrap.site_key_id == site.key_id, SiteKeyWrap.holder_key_id == holder_row.id
        )
    )
    if exists is None:
        session.add(_wrap(site, holder_row))
        session.flush()
    return True


def wrap_site_key_for_admins(session: Session) -> None:
    """Wrap the held site key for every administrator it is not wrapped for yet (one made
    an administrator while no site key was held, for example)."""
    for row in _admin_keys(session):
        wrap_site_key_for(session, row)


def remove_admin_wraps(session: Session, actor: Actor | None, person_id: uuid.UUID) -> None:
    """Someone is no longer an administrator: their copies of the site key go, and the
    site key is replaced when it is held here (they may have kept the old one)."""
    key_ids = [
        row.id
        for row in session.scalars(
            select(SigningKey).where(
                SigningKey.kind == KeyKind.PERSON, SigningKey.person_id == person_id
            )
        )
    ]
    for wrap in session.scalars(select(SiteKeyWrap).where(SiteKeyWrap.holder_key_id.in_(key_ids))):
        session.delete(wrap)
    session.flush()
    if _held_site(session) is not None:
        create_site_key(session, actor)


def start_site_key(session: Session, actor: Actor | None, *, seed: bytes | None = None) -> HeldKey:
    """The site key of a new site (with its first administrator): wrapped for them and,
    when the session's keyring knows it (a new encrypted file), for the recovery key."""
    from mentorlog.storage.keyring import INFO_KEY

    ring = session.info.get(INFO_KEY)
    exchange = getattr(ring, "recovery_exchange", None)
    if exchange:
        register_recovery_key(session, actor, exchange)
    return create_site_key(session, actor, seed=seed)


# -- the recovery key -------------------------------------------------------------------


def _recovery_exchange(recovery_key: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from mentorlog.storage.keys import normalise_recovery_key

    secret = normalise_recovery_key(recovery_key).encode("ascii")
    return X25519PrivateKey.from_private_bytes(_hkdf(secret, _RECOVERY_INFO))


def recovery_exchange_public(recovery_key: str) -> str:
    """The recovery key's exchange public key (base64), to wrap the site key for."""
    return _b64(_recovery_exchange(recovery_key).public_key().public_bytes_raw())


def register_recovery_key(session: Session, actor: Actor | None, exchange_public: str) -> None:
    """Record the recovery key's exchange key and wrap the held site key for it."""
    row = _recovery_key_row(session)
    if row is not None and row.exchange_key == exchange_public:
        wrap_site_key_for(session, row)
        return
    if row is not None:
        row.valid_until = utcnow()
    row = SigningKey(
        kind=KeyKind.RECOVERY,
        public_key="",
        exchange_key=exchange_public,
        valid_from=utcnow(),
        created_by_id=actor.person_id if actor else None,
    )
    session.add(row)
    session.flush()
    detail = {"key": str(row.id), "fingerprint": row.fingerprint, "kind": KeyKind.RECOVERY}
    _record(session, actor, ISSUED, detail, None)
    wrap_site_key_for(session, row)


def site_key_from_recovery(session: Session, recovery_key: str) -> HeldKey | None:
    """The current site key, unwrapped with the recovery key (every administrator's
    password lost); None when it was not wrapped for that key."""
    row = _recovery_key_row(session)
    site = current_site_key(session)
    if row is None or site is None:
        return None
    exchange = _recovery_exchange(recovery_key)
    if _b64(exchange.public_key().public_bytes_raw()) != row.exchange_key:
        return None
    wrap = session.scalar(
        select(SiteKeyWrap).where(
            SiteKeyWrap.site_key_id == site.id, SiteKeyWrap.holder_key_id == row.id
        )
    )
    return _unwrap(wrap, exchange, base64.b64decode(row.exchange_key)) if wrap else None


@dataclass(frozen=True)
class KeyView:
    """A public key as the verifier reads it."""

    id: uuid.UUID
    kind: str
    person_id: uuid.UUID | None
    public_key: str
    fingerprint: str
    valid_from: datetime
    valid_until: datetime | None
