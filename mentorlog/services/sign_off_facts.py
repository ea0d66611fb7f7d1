"""A signature or a student's answer that is already recorded, and what to tell someone
who tries to record it again (the database keeps each of them once: migration 0006)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Role, SignOff, SignOffKind
from mentorlog.services.access import role_word
from mentorlog.services.entries import person_name
from mentorlog.services.errors import ServiceError

ANSWERS = (SignOffKind.ACKNOWLEDGED, SignOffKind.DISAGREED)


def first_fact(
    session: Session,
    record_type: str,
    record_id: uuid.UUID,
    version: int,
    role: Role | None,
    answers: bool,
    person_id: uuid.UUID | None = None,
) -> SignOff | None:
    query = select(SignOff).where(
        SignOff.record_type == record_type,
        SignOff.record_id == record_id,
        SignOff.record_version == version,
    )
    if answers:
        query = query.where(SignOff.kind.in_(ANSWERS), SignOff.person_id == person_id)
    else:
        query = query.where(SignOff.kind == SignOffKind.SIGNED)
        if role is not None:
            query = query.where(SignOff.role == role)
    return session.scalars(query.order_by(SignOff.signed_at).limit(1)).first()


def already_done(
    session: Session,
    record_type: str,
    record_id: uuid.UUID,
    version: int,
    role: Role,
    kind: SignOffKind,
    person_id: uuid.UUID | None = None,
) -> ServiceError:
    """What to tell someone whose signature or answer was recorded already."""
    answers = kind != SignOffKind.SIGNED
    first = first_fact(session, record_type, record_id, version, role, answers, person_id)
    if first is None:  # recorded by a writer whose row this session cannot see yet
        if answers:
            return ServiceError(msg("You have already responded to this version."))
        return ServiceError(
            msg(
                "Version {version} was already signed by someone else as {role}.",
                version=version,
                role=role_word(role),
            )
        )
    time = f"{first.signed_at:%H:%M}"
    if answers:
        return ServiceError(
            msg(
                "You have already responded to this version, on {day} at {time} UTC.",
                day=first.signed_at.date(),
                time=time,
            )
        )
    return ServiceError(
        msg(
            "Version {version} was already signed by {who} as {role}, on {day} at {time} UTC.",
            version=version,
            who=person_name(session, first.person_id),
            role=role_word(role),
            day=first.signed_at.date(),
            time=time,
        )
    )
