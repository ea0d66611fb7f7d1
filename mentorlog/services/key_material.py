"""The key material shared by people's and the site's keys: seeds, key pairs and the
audit event that issues a key (services/signing_keys.py and services/site_key.py)."""

from __future__ import annotations

import base64
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from mentorlog.storage.keyholder import HeldKey

if TYPE_CHECKING:
    from mentorlog.services.access import Actor

SEED_BYTES = 32
ISSUED = "signing_key.issued"
RETIRED = "signing_key.retired"
_EXCHANGE_INFO = b"mentorlog exchange key v1"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hkdf(secret: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def pair(key_id: uuid.UUID, seed: bytes) -> HeldKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return HeldKey(
        key_id,
        Ed25519PrivateKey.from_private_bytes(seed),
        X25519PrivateKey.from_private_bytes(hkdf(seed, _EXCHANGE_INFO)),
    )


def publics(held: HeldKey) -> tuple[str, str]:
    signing = held.private.public_key().public_bytes_raw()
    exchange = held.exchange.public_key().public_bytes_raw() if held.exchange else b""
    return b64(signing), b64(exchange)


def aad(key_id: uuid.UUID) -> bytes:
    return b"mentorlog signing key " + key_id.bytes


def record_key_event(
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
        entity_id=uuid.UUID(detail["signing_key"]),
        subject_person_id=person_id,
        detail=detail,
        workstation=workstation,
    )
