"""Signing a record: a sign-off row carrying the digest of the record's content and the
signer's Ed25519 signature, and the audit event that says so (with the same digest, so the
hash chain covers the content too).

Every write service that signs calls one function, in its own transaction:

    row = signing.sign_and_record(
        session, actor, "placement.final_sign_off", "placement", placement.id,
        role=Role.COORDINATOR, subject_person_id=placement.student_id,
        placement_id=placement.id,
    )

after writing the record (the digest is read from the database, services/record_content.py,
so flush first; ``sign_and_record`` flushes). ``record_type`` is one of
``record_content.SIGNED_KINDS``. The signature is made with the key held for the actor
since they signed in (storage/keyholder.py); with none held the sign-off is recorded with
its digest but unsigned, which ``audit verify`` reports once the person has a key.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Observation, Review, Role, SignOff, SignOffKind, utcnow
from mentorlog.services import audit, record_content
from mentorlog.services.access import Actor
from mentorlog.services.errors import NotFoundError, PermissionDeniedError
from mentorlog.services.signed_statements import sign_off_fingerprint, sign_off_row_message
from mentorlog.storage.keyholder import holder_for

_VERSIONED: dict[str, type[Observation] | type[Review]] = {
    "observation": Observation,
    "review": Review,
}


def _version(session: Session, record_type: str, record_id: uuid.UUID, role: Role) -> int:
    model = _VERSIONED.get(record_type)
    if model is not None:
        version = session.scalar(select(model.version).where(model.id == record_id))
        if version is None:
            raise NotFoundError(msg("That record no longer exists."))
        return int(version)
    # Records without versions (a concern closed twice, a goal completed again): each
    # signature of one role is the next "version" of the signed state.
    before = session.scalar(
        select(func.count())
        .select_from(SignOff)
        .where(
            SignOff.record_type == record_type,
            SignOff.record_id == record_id,
            SignOff.role == role,
        )
    )
    return int(before or 0) + 1


def sign_record(
    session: Session,
    actor: Actor,
    record_type: str,
    record_id: uuid.UUID,
    *,
    role: Role,
    kind: SignOffKind = SignOffKind.SIGNED,
    comment: str = "",
    version: int | None = None,
) -> SignOff:
    """A sign-off by ``actor`` of the record as it is now (its digest), signed with their
    key; added and flushed. Refused for the system account (nobody to sign)."""
    if actor.person_id is None:
        raise PermissionDeniedError(msg("Signing needs a signed-in person."))
    session.flush()
    digest = record_content.digest_of(session, record_type, record_id)
    if digest is None:
        raise NotFoundError(msg("That record no longer exists."))
    row = SignOff(
        id=uuid.uuid4(),
        record_type=record_type,
        record_id=record_id,
        record_version=version
        if version is not None
        else _version(session, record_type, record_id, role),
        person_id=actor.person_id,
        created_by_id=actor.person_id,
        role=role,
        kind=kind,
        comment=comment.strip(),
        signed_at=utcnow(),
        digest=digest,
    )
    held = holder_for(session).for_person(actor.person_id)
    if held is not None:
        row.signer_key_id = held.key_id
        row.signature = held.sign(sign_off_row_message(row))
    session.add(row)
    session.flush()
    return row


def signing_detail(row: SignOff, placement_id: uuid.UUID | None = None) -> dict[str, Any]:
    """What the audit event of a signature carries: the sign-off, its digest, the version,
    and (so a retention purge accounts for it later) the placement."""
    detail: dict[str, Any] = {
        "sign_off": str(row.id),
        "digest": row.digest,
        "version": row.record_version,
        "sign_off_fingerprint": sign_off_fingerprint(row),
    }
    if placement_id is not None:
        detail["placement"] = str(placement_id)
    return detail


def sign_and_record(
    session: Session,
    actor: Actor,
    action: str,
    record_type: str,
    record_id: uuid.UUID,
    *,
    role: Role,
    kind: SignOffKind = SignOffKind.SIGNED,
    comment: str = "",
    subject_person_id: uuid.UUID | None = None,
    placement_id: uuid.UUID | None = None,
    detail: dict[str, Any] | None = None,
    version: int | None = None,
) -> SignOff:
    """``sign_record``, then the audit event ``action`` about the record with the sign-off
    and its digest in its detail (merged with ``detail``; ``signing_detail``'s keys, such
    as "version", win)."""
    row = sign_record(
        session,
        actor,
        record_type,
        record_id,
        role=role,
        kind=kind,
        comment=comment,
        version=version,
    )
    audit.record(
        session,
        actor,
        action,
        entity_type=record_type,
        entity_id=record_id,
        subject_person_id=subject_person_id,
        detail={**(detail or {}), **signing_detail(row, placement_id)},
    )
    return row
