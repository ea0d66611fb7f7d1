"""What a student finds when they open their placement: the feedback they have not yet
answered (acknowledged, or disagreed with), what they have answered and how, and the
reviews waiting for their signature.

Feedback is a published, shared observation in its current version; an answer refers to
the version it was given to, so an amendment brings the observation back as new.
Only the placement's student reads this view of it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from mentorlog.i18n import msg
from mentorlog.models import (
    Competency,
    Domain,
    Observation,
    Person,
    Placement,
    PlacementStatus,
    Rating,
    Role,
    ScaleLevel,
    Shift,
    SignOff,
    SignOffKind,
)
from mentorlog.services import reviews, signoff
from mentorlog.services.access import Actor, require_placement, shared_observation
from mentorlog.services.entries import is_student_of
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.services.framework_wording import worded
from mentorlog.services.reviews import ReviewView

ANSWERED_SHOWN = 100  # the most recent answers; older ones stay in the timeline and reports
ANSWERS = (SignOffKind.ACKNOWLEDGED, SignOffKind.DISAGREED)


@dataclass(frozen=True)
class FeedbackRating:
    competency_key: str
    competency_name: str
    level_code: str
    level_label: str
    is_not_observed: bool
    comment: str


@dataclass(frozen=True)
class Answer:
    """The student's response to one version of an observation."""

    kind: SignOffKind  # acknowledged or disagreed
    comment: str
    answered_at: datetime
    version: int

    @property
    def agreed(self) -> bool:
        return self.kind == SignOffKind.ACKNOWLEDGED


@dataclass(frozen=True)
class FeedbackItem:
    id: uuid.UUID  # the observation's current version
    version: int
    observed_on: date
    shift: Shift
    mentor_name: str
    narrative: str
    published_at: datetime | None
    ratings: tuple[FeedbackRating, ...]
    answer: Answer | None  # None: new feedback

    @property
    def summary(self) -> str:
        return " ".join(self.narrative.split())


@dataclass(frozen=True)
class StudentFeedback:
    new: tuple[FeedbackItem, ...]  # newest first
    answered: tuple[FeedbackItem, ...]  # most recently observed first, ANSWERED_SHOWN at most
    answered_total: int
    reviews_to_sign: tuple[ReviewView, ...]


def _require_student(session: Session, actor: Actor, placement_id: uuid.UUID) -> Placement:
    placement = require_placement(session, actor, placement_id)
    if not is_student_of(placement, actor):
        raise PermissionDeniedError(
            msg(
                "This is the student's own view of their feedback; {name} is not the student of "
                "this placement.",
                name=actor.name,
            )
        )
    return placement


def student_feedback(session: Session, actor: Actor, placement_id: uuid.UUID) -> StudentFeedback:
    """The student's new feedback, their answers, and the reviews awaiting their
    signature, for one of their placements."""
    _require_student(session, actor, placement_id)
    answer = aliased(SignOff)
    rows = session.execute(
        select(Observation, Person.given_name, Person.family_name, answer)
        .join(Person, Person.id == Observation.author_id)
        .outerjoin(
            answer,
            and_(
                answer.record_type == "observation",
                answer.record_id == Observation.id,
                answer.person_id == actor.person_id,
                answer.kind.in_(ANSWERS),
            ),
        )
        .where(
            Observation.placement_id == placement_id,
            shared_observation(),
            Observation.is_current.is_(True),
            Observation.deleted_at.is_(None),
        )
        .order_by(Observation.observed_on.desc(), Observation.created_at.desc())
    ).all()
    new = [r for r in rows if r[3] is None]
    answered = [r for r in rows if r[3] is not None]
    shown = [*new, *answered[:ANSWERED_SHOWN]]
    ratings = _ratings(session, [r[0].id for r in shown])
    items = [
        FeedbackItem(
            id=obs.id,
            version=obs.version,
            observed_on=obs.observed_on,
            shift=obs.shift,
            mentor_name=f"{given} {family}".strip(),
            narrative=obs.narrative,
            published_at=obs.published_at,
            ratings=tuple(ratings[obs.id]),
            answer=(
                Answer(sign.kind, sign.comment, sign.signed_at, sign.record_version)
                if sign is not None
                else None
            ),
        )
        for obs, given, family, sign in shown
    ]
    return StudentFeedback(
        new=tuple(items[: len(new)]),
        answered=tuple(items[len(new) :]),
        answered_total=len(answered),
        reviews_to_sign=tuple(reviews_to_sign(session, actor, placement_id)),
    )


def new_feedback(session: Session, actor: Actor, placement_id: uuid.UUID) -> list[FeedbackItem]:
    """The feedback the student has neither acknowledged nor disagreed with, newest first."""
    return list(student_feedback(session, actor, placement_id).new)


def reviews_to_sign(session: Session, actor: Actor, placement_id: uuid.UUID) -> list[ReviewView]:
    """Published reviews of the student's placement whose next signature is theirs."""
    _require_student(session, actor, placement_id)
    return [
        review
        for review in reviews.list_reviews(session, actor, placement_id)
        if review.is_published
        and signoff.next_review_signer(session, actor, review.id) == Role.STUDENT
    ]


def current_placement(
    placements: Sequence[tuple[uuid.UUID, str, date, date]], today: date | None = None
) -> uuid.UUID | None:
    """Of a student's placements as (id, status, starts on, ends on), the one their view
    opens on: the active one running today, else the active one, else the latest."""
    if not placements:
        return None
    today = today or date.today()

    def rank(p: tuple[uuid.UUID, str, date, date]) -> tuple[bool, bool, date]:
        active = p[1] == PlacementStatus.ACTIVE
        return active and p[2] <= today <= p[3], active, p[2]

    return max(placements, key=rank)[0]


def _ratings(
    session: Session, observation_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[FeedbackRating]]:
    """The ratings of these observations with their level labels, in one query."""
    found: dict[uuid.UUID, list[FeedbackRating]] = defaultdict(list)
    if not observation_ids:
        return found
    for obs_id, key, name, code, label, not_observed, comment in session.execute(
        select(
            Rating.observation_id,
            Competency.key,
            worded(Competency.name),
            ScaleLevel.code,
            worded(ScaleLevel.label),
            ScaleLevel.is_not_observed,
            Rating.comment,
        )
        .join(Competency, Competency.id == Rating.competency_id)
        .join(Domain, Domain.id == Competency.domain_id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .where(Rating.observation_id.in_(observation_ids))
        .order_by(Domain.position, Competency.position)
    ):
        found[obs_id].append(FeedbackRating(key, name, code, label, not_observed, comment))
    return found
