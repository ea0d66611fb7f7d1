"""The site key: it signs what the app does by itself (demo data, and events recorded
while the system acts or nobody is signed in, when an administrator is).

Its seed is wrapped (X25519, HKDF-SHA256, AES-256-GCM) for each administrator, to the
exchange key derived from their own signing seed, and for the recovery key, to an exchange
key derived from it. So it is unsealed whenever an administrator signs in, can be wrapped
for a new administrator without knowing their password, and is replaced when someone
stops being one (they may have kept the old). Its public keys stay with their dates.
"""

from __future__ import annotations

import base64
import secrets
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import KeyKind, Person, Role, RoleAssignment, SigningKey, SiteKeyWrap, utcnow
from mentorlog.services.key_material import (
    ISSUED,
    SEED_BYTES,
    b64,
    hkdf,
    pair,
    publics,
    record_key_event,
)
from mentorlog.storage.keyholder import HeldKey, holder_for

if TYPE_CHECKING:
    from mentorlog.services.access import Actor

_RECOVERY_INFO = b"mentorlog recovery exchange key v1"
_WRAP_INFO = b"mentorlog site key wrap v1"


def is_admin(session: Session, person_id: uuid.UUID) -> bool:
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
    key = hkdf(shared + ephemeral_public + holder_public, _WRAP_INFO)
    wrapped = AESGCM(key).encrypt(nonce, site.private.private_bytes_raw(), aad)
    return SiteKeyWrap(
        site_key_id=site.key_id,
        holder_key_id=holder_row.id,
        ephemeral_key=b64(ephemeral_public),
        nonce=b64(nonce),
        wrapped=b64(wrapped),
    )


def _unwrap(wrap: SiteKeyWrap, exchange: Any, holder_public: bytes) -> HeldKey | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral_public = base64.b64decode(wrap.ephemeral_key)
    shared = exchange.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = hkdf(shared + ephemeral_public + holder_public, _WRAP_INFO)
    try:
        seed = AESGCM(key).decrypt(
            base64.b64decode(wrap.nonce),
            base64.b64decode(wrap.wrapped),
            wrap.site_key_id.bytes + wrap.holder_key_id.bytes,
        )
    except (InvalidTag, ValueError):
        return None
    return pair(wrap.site_key_id, seed)


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


def create_site_key(
    session: Session,
    actor: Actor | None,
    *,
    seed: bytes | None = None,
    key_id: uuid.UUID | None = None,
) -> HeldKey:
    """A new site key (retiring the current one), wrapped for every active administrator
    with a key and for the recovery key, and held for signing."""
    now = utcnow()
    old = current_site_key(session)
    if old is not None:
        old.valid_until = now
    key_id = key_id or uuid.uuid4()
    site = pair(key_id, seed or secrets.token_bytes(SEED_BYTES))
    public, _exchange = publics(site)
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
        "signing_key": str(key_id),
        "fingerprint": row.fingerprint,
        "kind": KeyKind.SITE,
        "wrapped_for": [str(h.id) for h in holders],
        "retired": [str(old.id)] if old is not None else [],
    }
    record_key_event(session, actor, ISSUED, detail, None)
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


def start_site_key(
    session: Session,
    actor: Actor | None,
    *,
    seed: bytes | None = None,
    key_id: uuid.UUID | None = None,
) -> HeldKey:
    """The site key of a new site (with its first administrator): wrapped for them and,
    when the session's keyring knows it (a new encrypted file), for the recovery key."""
    from mentorlog.storage.keyring import INFO_KEY

    ring = session.info.get(INFO_KEY)
    exchange = getattr(ring, "recovery_exchange", None)
    if exchange:
        register_recovery_key(session, actor, exchange)
    return create_site_key(session, actor, seed=seed, key_id=key_id)


# -- the recovery key -------------------------------------------------------------------


def _recovery_exchange(recovery_key: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from mentorlog.storage.keys import normalise_recovery_key

    secret = normalise_recovery_key(recovery_key).encode("ascii")
    return X25519PrivateKey.from_private_bytes(hkdf(secret, _RECOVERY_INFO))


def recovery_exchange_public(recovery_key: str) -> str:
    """The recovery key's exchange public key (base64), to wrap the site key for."""
    return b64(_recovery_exchange(recovery_key).public_key().public_bytes_raw())


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
    detail = {"signing_key": str(row.id), "fingerprint": row.fingerprint, "kind": KeyKind.RECOVERY}
    record_key_event(session, actor, ISSUED, detail, None)
    wrap_site_key_for(session, row)


def site_key_from_recovery(session: Session, recovery_key: str) -> HeldKey | None:
    """The current site key, unwrapped with the recovery key (every administrator's
    password lost); None when it was not wrapped for that key."""
    row = _recovery_key_row(session)
    site = current_site_key(session)
    if row is None or site is None:
        return None
    exchange = _recovery_exchange(recovery_key)
    if b64(exchange.public_key().public_bytes_raw()) != row.exchange_key:
        return None
    wrap = session.scalar(
        select(SiteKeyWrap).where(
            SiteKeyWrap.site_key_id == site.id, SiteKeyWrap.holder_key_id == row.id
        )
    )
    return _unwrap(wrap, exchange, base64.b64decode(row.exchange_key)) if wrap else None
