"""What the sign-off controls show: who signed a record and when, which version is shown
and why it was amended, how the student responded (to which version), and what the person
looking may do next. Reads only; the writes are in ``signoff``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import EntryStatus, Observation, Role, SignOff, SignOffKind
from mentorlog.services import signoff
from mentorlog.services.access import Actor
from mentorlog.services.entries import is_mentor_of, person_name
from mentorlog.services.errors import NotFoundError
from mentorlog.services.observations import ObservationView, get_observation
from mentorlog.services.reviews import ReviewView
from mentorlog.services.signoff import SignOffView, VersionView

RESPONSES = (SignOffKind.ACKNOWLEDGED, SignOffKind.DISAGREED)


@dataclass(frozen=True)
class ObservationSignState:
    observation_id: uuid.UUID
    lineage_id: uuid.UUID
    version: int
    versions: int  # how many versions the lineage has (that the reader may see)
    is_current: bool
    published: bool
    locked_at: datetime | None
    signed_by: str  # the mentor's signature on this version, or ""
    signed_at: datetime | None
    amended_by: str  # who wrote this version, when it is an amendment
    amended_at: datetime | None
    amendment_reason: str
    responses: tuple[SignOffView, ...]  # the student's, to any version, oldest first
    may_sign: bool
    may_amend: bool

    @property
    def amended(self) -> bool:
        return self.version > 1

    def response_to_this_version(self) -> SignOffView | None:
        return next((r for r in self.responses if r.record_id == self.observation_id), None)


@dataclass(frozen=True)
class ReviewSignState:
    review_id: uuid.UUID
    signatures: tuple[SignOffView, ...]  # oldest first
    waiting_for: Role | None  # None: signed by all, or not published
    may_sign: bool


def observation_state(
    session: Session, actor: Actor, observation_id: uuid.UUID
) -> ObservationSignState:
    """The sign-off state of one observation version, as ``actor`` may see it."""
    on_this = signoff.sign_offs(session, actor, "observation", observation_id)  # checks access
    obs = session.get(Observation, observation_id)
    assert obs is not None
    lineage = {
        row_id: version
        for row_id, version in session.execute(
            select(Observation.id, Observation.version).where(
                Observation.lineage_id == obs.lineage_id
            )
        )
    }
    responses = tuple(
        signoff.sign_off_view(session, row)
        for row in session.scalars(
            select(SignOff)
            .where(
                SignOff.record_type == "observation",
                SignOff.record_id.in_(list(lineage)),
                SignOff.kind.in_(RESPONSES),
            )
            .order_by(SignOff.signed_at)
        )
    )
    signed = next((s for s in on_this if s.kind == SignOffKind.SIGNED), None)
    own = obs.author_id == actor.person_id and obs.deleted_at is None and obs.is_current
    published = obs.status == EntryStatus.PUBLISHED
    return ObservationSignState(
        observation_id=obs.id,
        lineage_id=obs.lineage_id,
        version=obs.version,
        versions=len(lineage),
        is_current=obs.is_current,
        published=published,
        locked_at=obs.locked_at,
        signed_by=signed.person_name if signed else "",
        signed_at=signed.signed_at if signed else None,
        amended_by=person_name(session, obs.created_by_id) if obs.version > 1 else "",
        amended_at=obs.created_at if obs.version > 1 else None,
        amendment_reason=obs.amendment_reason,
        responses=responses,
        may_sign=own
        and published
        and obs.locked_at is None
        and is_mentor_of(session, actor, obs.placement_id),
        may_amend=own and obs.locked_at is not None,
    )


def observation_versions(
    session: Session, actor: Actor, observation_id: uuid.UUID
) -> list[VersionView]:
    """Every version of the observation's lineage ``actor`` may see, oldest first."""
    lineage_id = session.scalar(
        select(Observation.lineage_id).where(Observation.id == observation_id)
    )
    if lineage_id is None:
        raise NotFoundError(msg("That observation no longer exists."))
    return signoff.versions(session, actor, lineage_id)


def version_content(session: Session, actor: Actor, observation_id: uuid.UUID) -> ObservationView:
    """One version's content, earlier ones included, to read."""
    return get_observation(session, actor, observation_id)


def review_states(
    session: Session, actor: Actor, reviews: list[ReviewView]
) -> dict[uuid.UUID, ReviewSignState]:
    """Signatures and whose turn it is, for each published review in ``reviews``."""
    states = {}
    for review in reviews:
        if not review.is_published:
            continue
        waiting, may_sign = signoff.review_turn(session, actor, review.id)
        signed = tuple(
            s
            for s in signoff.sign_offs(session, actor, "review", review.id)
            if s.kind == SignOffKind.SIGNED
        )
        states[review.id] = ReviewSignState(review.id, signed, waiting, may_sign)
    return states
