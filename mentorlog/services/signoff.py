"""Signing, amending and acknowledging: what makes a record something an academy can trust.

- A mentor signs a published observation or review; the record is then locked (see
  ``mentorlog.models.locking`` for the guard beneath the services).
- A correction to a signed observation is an amendment: version n+1 of the same lineage,
  with its author, time and reason; earlier versions stay and can be listed and read.
  The amending mentor signs the new version as part of amending, so a signed lineage
  never has an unsigned current version.
- A student acknowledges an observation, or records disagreement with a comment; either
  refers to the version they read.
- A review is signed by its mentor, then its student, then a coordinator, in that order.

Each of these is a fact that may exist once, and the database keeps it so (unique indexes,
migration 0006): two workstations signing at the same moment get one signature, and the
second is told who signed first.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import (
    EntryStatus,
    Observation,
    Placement,
    Review,
    Role,
    SignOff,
    SignOffKind,
    utcnow,
)
from mentorlog.services import signing
from mentorlog.services.access import (
    Actor,
    observation_filter,
    placement_filter,
    review_filter,
    visible_observation,
)
from mentorlog.services.entries import (
    audit,
    is_mentor_of,
    is_student_of,
    person_name,
    require_person,
)
from mentorlog.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from mentorlog.services.sign_off_facts import already_done, first_fact
from mentorlog.services.text_rules import long_text_problem

REVIEW_SIGNING_ORDER = (Role.MENTOR, Role.STUDENT, Role.COORDINATOR)
MAX_REASON = 2000


@dataclass(frozen=True)
class SignOffView:
    id: uuid.UUID
    record_type: str
    record_id: uuid.UUID
    record_version: int
    person_id: uuid.UUID
    person_name: str
    role: Role
    kind: SignOffKind
    comment: str
    signed_at: datetime


@dataclass(frozen=True)
class VersionView:
    """One version of an observation or review lineage."""

    id: uuid.UUID
    record_type: str
    version: int
    is_current: bool
    amendment_reason: str
    written_by: str  # who wrote this version (the amending person for n > 1)
    written_at: datetime
    locked_at: datetime | None


def sign_off_view(session: Session, row: SignOff) -> SignOffView:
    """A sign-off row as the plain view the UI and reports read."""
    return SignOffView(
        row.id,
        row.record_type,
        row.record_id,
        row.record_version,
        row.person_id,
        person_name(session, row.person_id),
        row.role,
        row.kind,
        row.comment,
        row.signed_at,
    )


def _add_sign_off(
    session: Session,
    actor: Actor,
    record: Observation | Review,
    role: Role,
    kind: SignOffKind,
    comment: str = "",
) -> SignOff:
    """The sign-off of ``record``'s current content, digest and signature included
    (services/signing.py). A fact another workstation recorded first (the unique indexes
    of migration 0006) is refused saying who, and nothing is recorded."""
    person_id = require_person(actor, msg("Signing"))
    record_type = "observation" if isinstance(record, Observation) else "review"
    try:
        with session.begin_nested():
            return signing.sign_record(
                session,
                actor,
                record_type,
                record.id,
                role=role,
                kind=kind,
                comment=comment,
                version=record.version,
            )
    except IntegrityError:
        raise already_done(
            session, record_type, record.id, record.version, role, kind, person_id
        ) from None


# -- loading, with access --------------------------------------------------------------


def _observation(session: Session, actor: Actor, observation_id: uuid.UUID) -> Observation:
    obs = visible_observation(session, actor, observation_id)
    if obs.deleted_at is not None:
        raise NotFoundError(msg("That observation has been deleted."))
    return obs


def _review(session: Session, actor: Actor, review_id: uuid.UUID) -> tuple[Review, Placement]:
    review = session.get(Review, review_id)
    if review is None or review.deleted_at is not None:
        raise NotFoundError(msg("That review no longer exists."))
    placement = session.scalar(
        select(Placement).where(Placement.id == review.placement_id, placement_filter(actor))
    )
    if placement is None:
        raise PermissionDeniedError(msg("{name} may not see this review.", name=actor.name))
    if review.status != EntryStatus.PUBLISHED:
        raise ServiceError(msg("This review is a draft; it can be signed once it is published."))
    return review, placement


def _require_current(record: Observation | Review) -> None:
    if not record.is_current:
        if isinstance(record, Review):
            text = msg(
                "This review has been amended since; open the current version to respond to it."
            )
        else:
            text = msg(
                "This observation has been amended since; open the current version to respond "
                "to it."
            )
        raise ServiceError(text)


# -- observations --------------------------------------------------------------------------


def sign_observation(session: Session, actor: Actor, observation_id: uuid.UUID) -> SignOffView:
    """The author, a mentor of the placement, signs a published observation; it locks."""
    obs = _observation(session, actor, observation_id)
    if obs.author_id != actor.person_id or not is_mentor_of(session, actor, obs.placement_id):
        raise PermissionDeniedError(
            msg(
                "Only the mentor who wrote this observation may sign it; {name} did not write it.",
                name=actor.name,
            )
        )
    _require_current(obs)
    if obs.status != EntryStatus.PUBLISHED:
        raise ServiceError(msg("Publish this observation before signing it."))
    if obs.locked_at is not None:
        raise already_done(
            session, "observation", obs.id, obs.version, Role.MENTOR, SignOffKind.SIGNED
        )
    obs.locked_at = utcnow()
    row = _add_sign_off(session, actor, obs, Role.MENTOR, SignOffKind.SIGNED)
    _audit_record(session, actor, "observation.sign", obs, sign_off=row)
    return sign_off_view(session, row)


def amend_observation(
    session: Session,
    actor: Actor,
    observation_id: uuid.UUID,
    changes: Mapping[str, Any] | Any,
    reason: str,
) -> uuid.UUID:
    """Correct a signed observation: version n+1 with ``changes`` applied, signed by the
    amending mentor; returns the new version's id.

    ``changes`` is either an ``observations.ObservationInput`` (the whole corrected
    record) or a mapping of its field names to new values (the rest is copied, ratings
    included). The new version is checked by the same rules as publishing.
    """
    from mentorlog.services import observations

    old = _observation(session, actor, observation_id)
    if old.author_id != actor.person_id:
        raise PermissionDeniedError(
            msg(
                "Only the mentor who wrote this observation may amend it; {name} did not write it.",
                name=actor.name,
            )
        )
    _require_current(old)
    if old.locked_at is None:
        raise ServiceError(msg("This observation is not signed; change it directly instead."))
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": msg("Say why the signed observation is being corrected.")})
    if problem := long_text_problem(reason, MAX_REASON):
        raise ValidationError({"reason": problem})
    current = observations.get_observation(session, actor, old.id).as_input()
    if isinstance(changes, Mapping):
        unknown = set(changes) - {f.name for f in dataclasses.fields(current)}
        if unknown:
            raise ValueError(f"not fields of an observation: {', '.join(sorted(unknown))}")
        data = dataclasses.replace(current, **changes)
    else:
        data = changes
    new = Observation(
        lineage_id=old.lineage_id,
        version=old.version + 1,
        is_current=True,
        amendment_reason=reason,
        placement_id=old.placement_id,
        author_id=old.author_id,
        created_by_id=actor.person_id,
        observed_on=old.observed_on,
        shift=old.shift,
        visibility=old.visibility,
        status=EntryStatus.PUBLISHED,
        ratings=[],
    )
    old.is_current = False
    session.add(new)
    session.flush()
    # Publishing validates the corrected content and writes it with its ratings.
    observations.publish(session, actor, old.placement_id, data, observation_id=new.id)
    new.locked_at = utcnow()
    row = _add_sign_off(session, actor, new, Role.MENTOR, SignOffKind.SIGNED)
    _audit_record(
        session,
        actor,
        "observation.amend",
        new,
        {"replaces": str(old.id), "reason": reason},
        sign_off=row,
    )
    return new.id


def acknowledge(
    session: Session, actor: Actor, observation_id: uuid.UUID, agree: bool, comment: str = ""
) -> SignOffView:
    """The student's response to the version of an observation they read: acknowledged,
    or disagreed with (which needs a comment saying why)."""
    obs = _observation(session, actor, observation_id)
    placement = session.get(Placement, obs.placement_id)
    assert placement is not None
    if not is_student_of(placement, actor):
        raise PermissionDeniedError(
            msg(
                "Only the student of this placement responds to its feedback; {name} is not.",
                name=actor.name,
            )
        )
    _require_current(obs)
    if not agree and not comment.strip():
        raise ValidationError(
            {"comment": msg("Say what you disagree with, so it can be discussed.")}
        )
    if problem := long_text_problem(comment, MAX_REASON):
        raise ValidationError({"comment": problem})
    kind = SignOffKind.ACKNOWLEDGED if agree else SignOffKind.DISAGREED
    if first_fact(session, "observation", obs.id, obs.version, None, True, actor.person_id):
        raise already_done(
            session, "observation", obs.id, obs.version, Role.STUDENT, kind, actor.person_id
        )
    row = _add_sign_off(session, actor, obs, Role.STUDENT, kind, comment)
    action = "observation.acknowledge" if agree else "observation.disagree"
    _audit_record(session, actor, action, obs, sign_off=row)
    return sign_off_view(session, row)


# -- reviews -------------------------------------------------------------------------------


def _signed_roles(session: Session, review: Review) -> list[Role]:
    return list(
        session.scalars(
            select(SignOff.role)
            .where(
                SignOff.record_type == "review",
                SignOff.record_id == review.id,
                SignOff.record_version == review.version,
                SignOff.kind == SignOffKind.SIGNED,
            )
            .order_by(SignOff.signed_at)
        )
    )


def next_review_signer(session: Session, actor: Actor, review_id: uuid.UUID) -> Role | None:
    """Whose signature the review waits for (mentor, student, coordinator), or None."""
    review, _ = _review(session, actor, review_id)
    signed = set(_signed_roles(session, review))
    return next((role for role in REVIEW_SIGNING_ORDER if role not in signed), None)


def _review_signers(session: Session, actor: Actor, placement: Placement) -> dict[Role, bool]:
    """Which of a review's signatures ``actor`` may give, by role."""
    return {
        Role.MENTOR: is_mentor_of(session, actor, placement.id),
        Role.STUDENT: is_student_of(placement, actor),
        Role.COORDINATOR: actor.person_id is not None and Role.COORDINATOR in actor.roles,
    }


def review_turn(session: Session, actor: Actor, review_id: uuid.UUID) -> tuple[Role | None, bool]:
    """Whose signature the review waits for (None: it has them all), and whether ``actor``
    may give that signature now."""
    review, placement = _review(session, actor, review_id)
    signed = set(_signed_roles(session, review))
    waiting = next((role for role in REVIEW_SIGNING_ORDER if role not in signed), None)
    if waiting is None or not review.is_current:
        return waiting, False
    return waiting, _review_signers(session, actor, placement)[waiting]


def sign_review(
    session: Session, actor: Actor, review_id: uuid.UUID, comment: str = ""
) -> SignOffView:
    """Sign a published review in turn: its mentor first (which locks it), then its
    student, then a coordinator."""
    review, placement = _review(session, actor, review_id)
    _require_current(review)
    signed = set(_signed_roles(session, review))
    waiting = next((role for role in REVIEW_SIGNING_ORDER if role not in signed), None)
    if waiting is None:
        raise ServiceError(msg("This review has all its signatures."))
    if problem := long_text_problem(comment, MAX_REASON):
        raise ValidationError({"comment": problem})
    may_sign = _review_signers(session, actor, placement)
    if not may_sign[waiting]:
        if any(may_sign[role] for role in REVIEW_SIGNING_ORDER if role not in signed):
            raise ServiceError(
                msg(
                    "The review waits for its {waiting}'s signature first: the mentor signs, then "
                    "the student, then a coordinator.",
                    waiting=waiting,
                )
            )
        raise PermissionDeniedError(
            msg(
                "Only this placement's mentor, its student and a coordinator sign its reviews; "
                "{name} is none of them.",
                name=actor.name,
            )
        )
    if waiting == Role.MENTOR:
        review.locked_at = utcnow()
    row = _add_sign_off(session, actor, review, waiting, SignOffKind.SIGNED, comment)
    _audit_record(session, actor, "review.sign", review, {"role": str(waiting)}, sign_off=row)
    return sign_off_view(session, row)


# -- reading -------------------------------------------------------------------------------


def sign_offs(
    session: Session, actor: Actor, record_type: str, record_id: uuid.UUID
) -> list[SignOffView]:
    """Signatures and responses on one version of a record, oldest first."""
    if record_type == "observation":
        _observation(session, actor, record_id)
    elif record_type == "review":
        review = session.get(Review, record_id)
        if review is None:
            raise NotFoundError(msg("That review no longer exists."))
        if (
            session.scalar(
                select(Placement.id).where(
                    Placement.id == review.placement_id, placement_filter(actor)
                )
            )
            is None
        ):
            raise PermissionDeniedError(msg("{name} may not see this review.", name=actor.name))
    else:
        raise ValueError(f"records of type {record_type!r} are not signed")
    rows = session.scalars(
        select(SignOff)
        .where(SignOff.record_type == record_type, SignOff.record_id == record_id)
        .order_by(SignOff.signed_at)
    )
    return [sign_off_view(session, row) for row in rows]


def versions(session: Session, actor: Actor, lineage_id: uuid.UUID) -> list[VersionView]:
    """Every version of an observation or review lineage ``actor`` may see, oldest first."""
    obs_rows = session.scalars(
        select(Observation)
        .join(Placement, Placement.id == Observation.placement_id)
        .where(
            Observation.lineage_id == lineage_id,
            placement_filter(actor),
            observation_filter(actor),
        )
        .order_by(Observation.version)
    ).all()
    review_rows: list[Review] = []
    if not obs_rows:
        review_rows = list(
            session.scalars(
                select(Review)
                .join(Placement, Placement.id == Review.placement_id)
                .where(
                    Review.lineage_id == lineage_id, placement_filter(actor), review_filter(actor)
                )
                .order_by(Review.version)
            )
        )
    rows: list[Observation | Review] = [*obs_rows, *review_rows]
    if not rows:
        exists = session.scalar(
            select(Observation.id).where(Observation.lineage_id == lineage_id).limit(1)
        ) or session.scalar(select(Review.id).where(Review.lineage_id == lineage_id).limit(1))
        if exists is None:
            raise NotFoundError(msg("That record no longer exists."))
        raise PermissionDeniedError(
            msg("{name} may not see this record or its versions.", name=actor.name)
        )
    return [
        VersionView(
            row.id,
            "observation" if isinstance(row, Observation) else "review",
            row.version,
            row.is_current,
            row.amendment_reason,
            person_name(session, row.created_by_id or row.author_id),
            row.created_at,
            row.locked_at,
        )
        for row in rows
    ]


def _audit_record(
    session: Session,
    actor: Actor,
    action: str,
    record: Observation | Review,
    detail: dict[str, Any] | None = None,
    *,
    sign_off: SignOff,
) -> None:
    """The event of a signature: the sign-off and the content digest it signed go into
    its detail, so the hash chain covers what was signed."""
    placement = session.get(Placement, record.placement_id)
    kind = "observation" if isinstance(record, Observation) else "review"
    student = placement.student_id if placement else None
    signed = signing.signing_detail(sign_off, record.placement_id)
    audit(session, actor, action, kind, record.id, student, {**(detail or {}), **signed})
