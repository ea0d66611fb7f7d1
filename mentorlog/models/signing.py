"""Signing keys: each person's Ed25519 key pair (the private half sealed under their
password), the site's key for what the app does by itself, and its wrapped copies.

Public keys stay for good, with the dates they were valid, so old signatures verify after
a password reset or a person's removal: ``person_id`` is deliberately not a foreign key.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mentorlog.models.base import Base, Record, UTCDateTime


class KeyKind:
    PERSON = "person"  # signs what one person does
    SITE = "site"  # signs what the app does by itself (backups, migrations, demo data)
    RECOVERY = "recovery"  # an exchange key only: the site key is wrapped for it


class SigningKey(Record, Base):
    __tablename__ = "signing_key"

    kind: Mapped[str] = mapped_column(String(12))
    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    # Raw public keys, base64: Ed25519 (verifies) and X25519 (receives the wrapped site key).
    public_key: Mapped[str] = mapped_column(String(64), default="")
    exchange_key: Mapped[str] = mapped_column(String(64), default="")
    # The private seed sealed under the person's password (storage/kdf.seal); None once the
    # key can no longer sign (retired, or a demo key that was never kept).
    sealed_private: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key or self.exchange_key)


def key_fingerprint(public_key_b64: str) -> str:
    """A short, stable name for a public key: the first 16 bytes of its SHA-256, in hex."""
    return hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:32]


class SiteKeyWrap(Record, Base):
    """The site's private key, encrypted for one holder (an administrator's exchange key,
    or the recovery key's) with X25519, HKDF-SHA256 and AES-256-GCM."""

    __tablename__ = "site_key_wrap"

    site_key_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("signing_key.id", ondelete="CASCADE"), index=True
    )
    holder_key_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("signing_key.id", ondelete="CASCADE"), index=True
    )
    ephemeral_key: Mapped[str] = mapped_column(String(64))
    nonce: Mapped[str] = mapped_column(String(32))
    wrapped: Mapped[str] = mapped_column(String(128))
