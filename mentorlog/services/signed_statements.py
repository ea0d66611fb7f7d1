"""Exactly which bytes are signed, and checking a signature: one place for both sides.

- An audit event: its hash (which covers its content and, through ``prev_hash``, every
  event before it), so one good signature vouches for the whole trail up to it.
- A sign-off: a canonical JSON statement of who signed which version of which record, in
  what capacity, with what comment and when, and the digest of the record's content.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from mentorlog.services.raw_rows import hexid, iso_moment

EVENT_PREFIX = b"mentorlog audit event v1\n"
SIGN_OFF_PREFIX = b"mentorlog sign-off v1\n"


def event_message(event_hash: str) -> bytes:
    return EVENT_PREFIX + event_hash.encode("ascii")


_id = hexid
_moment = iso_moment


def sign_off_message(
    *,
    sign_off_id: Any,
    record_type: str,
    record_id: Any,
    record_version: int,
    person_id: Any,
    role: str,
    kind: str,
    comment: str,
    signed_at: datetime | str,
    digest: str,
) -> bytes:
    statement = {
        "sign_off": _id(sign_off_id),
        "record_type": record_type,
        "record": _id(record_id),
        "version": int(record_version),
        "person": _id(person_id),
        "role": str(role),
        "kind": str(kind),
        "comment": comment,
        "signed_at": _moment(signed_at),
        "digest": digest,
    }
    text = json.dumps(statement, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return SIGN_OFF_PREFIX + text.encode("utf-8")


def sign_off_row_message(row: Any) -> bytes:
    """``sign_off_message`` for a SignOff (or a row of its columns)."""
    return sign_off_message(
        sign_off_id=row.id,
        record_type=row.record_type,
        record_id=row.record_id,
        record_version=row.record_version,
        person_id=row.person_id,
        role=row.role,
        kind=row.kind,
        comment=row.comment or "",
        signed_at=row.signed_at,
        digest=row.digest or "",
    )


def _stored_moment(value: Any) -> str:
    """A UTC time as SQLite stores it: "YYYY-MM-DD HH:MM:SS.ffffff"."""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def sign_off_line(row: Any) -> str:
    """Everything a sign-off row holds, on one line: the fields that cannot hold "|" first,
    joined by it, and the comment (free text) last, so the line reads one way only."""
    return "|".join(
        (
            hexid(row.id) or "",
            str(row.record_type),
            hexid(row.record_id) or "",
            str(row.record_version),
            hexid(row.person_id) or "",
            str(row.role),
            str(row.kind),
            _stored_moment(row.signed_at),
            row.digest or "",
            row.signature or "",
            row.comment or "",
        )
    )


def fingerprint_of_line(line: str) -> str:
    return hashlib.sha256(line.encode("utf-8")).hexdigest()


def sign_off_fingerprint(row: Any) -> str:
    """The SHA-256 of everything a sign-off row holds (its statement and its signature):
    its audit event and seals keep it, so the routine check finds a changed comment,
    kind, signer or signature without verifying signatures. SQLite writes the same line
    itself (sign_off_check.raw_sign_offs), which is quicker for 100k rows."""
    return fingerprint_of_line(sign_off_line(row))


@lru_cache(maxsize=4096)
def public_key(public_b64: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64))


def verify(public_b64: str, signature_b64: str | None, message: bytes) -> bool:
    """True when ``signature_b64`` is the key's Ed25519 signature of ``message``."""
    from cryptography.exceptions import InvalidSignature

    if not signature_b64:
        return False
    try:
        public_key(public_b64).verify(base64.b64decode(signature_b64, validate=True), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True
