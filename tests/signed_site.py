"""A site where everything that is signed was signed through the services, by people who
signed in (so their keys signed it): an observation signed and acknowledged, one amended,
a review signed by all three, a concern resolved and a goal achieved; then everyone
signed out (so this workstation's witness holds the head).

    site = build_signed_site(db)   # on any migrated database
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from mentorlog.models import (
    Competency,
    ConcernStatus,
    Domain,
    GoalStatus,
    OverallProgress,
    ReviewKind,
    Shift,
    Visibility,
)
from mentorlog.services import auth, concerns, goals, observations, reviews, signoff
from mentorlog.services.access import Actor
from mentorlog.services.concerns import ConcernInput
from mentorlog.services.goals import GoalInput
from mentorlog.services.observations import ObservationInput, RatingInput
from mentorlog.services.reviews import DomainSummaryInput, ReviewInput
from mentorlog.storage.database import Database
from tests.trust_cast import PASSWORD, TrustCast, make_trust_cast


@dataclass(frozen=True)
class SignedSite:
    cast: TrustCast
    mentor: Actor
    student: Actor
    coordinator: Actor
    observation_id: uuid.UUID  # signed and acknowledged
    amended_id: uuid.UUID  # version 2 of a signed observation
    review_id: uuid.UUID  # signed by mentor, student and coordinator
    concern_id: uuid.UUID  # resolved
    goal_id: uuid.UUID  # achieved


def sign_in(db: Database, username: str) -> Actor:
    with db.transaction() as s:
        return auth.sign_in(s, username, PASSWORD, "ws-test")


def sign_out(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        auth.record_sign_out(s, actor)


def _observation(db: Database, mentor: Actor, placement_id: uuid.UUID, text: str) -> uuid.UUID:
    with db.transaction() as s:
        comps = s.scalars(select(Competency.id).order_by(Competency.key).limit(2)).all()
        data = ObservationInput(
            observed_on=date(2026, 3, 2),
            shift=Shift.EARLY,
            narrative=text,
            duration_minutes=480,
            visibility=Visibility.SHARED,
            ratings=(RatingInput(comps[0], 3), RatingInput(comps[1], 4, "Calm and clear.")),
        )
        obs_id = observations.publish(s, mentor, placement_id, data).id
        signoff.sign_observation(s, mentor, obs_id)
        return obs_id


def build_signed_site(db: Database) -> SignedSite:
    cast = make_trust_cast(db)
    mentor, student, coordinator = (
        sign_in(db, "mentor"),
        sign_in(db, "student"),
        sign_in(db, "coordinator"),
    )
    placement = cast.placement_id
    obs_id = _observation(db, mentor, placement, "Spoke calmly with Ørjan on the landing.")
    first = _observation(db, mentor, placement, "Searched cell 12 by the book.")
    with db.transaction() as s:
        signoff.acknowledge(s, student, obs_id, True)
        amended = signoff.amend_observation(
            s, mentor, first, {"narrative": "Searched cell 14 by the book."}, "Wrong cell"
        )
        signoff.acknowledge(s, student, amended, False, "It was cell 12, not 14.")
    with db.transaction() as s:
        domain = s.scalar(select(Domain.id).order_by(Domain.position).limit(1))
        data = ReviewInput(
            kind=ReviewKind.MIDPOINT,
            held_on=date(2026, 3, 20),
            overall_progress=OverallProgress.ON_TRACK,
            summary="Steady progress; Jüri de-escalates well.",
            agreed_actions="Lead two searches.",
            domains=(DomainSummaryInput(domain, "Good rapport.", 3),),
        )
        review_id = reviews.publish_review(s, mentor, placement, data).id
    for who in (mentor, student, coordinator):
        with db.transaction() as s:
            signoff.sign_review(s, who, review_id)
    with db.transaction() as s:
        raised = concerns.raise_concern(
            s,
            mentor,
            placement,
            ConcernInput(date(2026, 3, 3), "Late twice.", "Set an alarm.", date(2026, 3, 17)),
        )
        concerns.change_status(s, mentor, raised.id, ConcernStatus.RESOLVED, "On time since.")
        goal = goals.create_goal(s, student, placement, GoalInput("Lead a cell search"))
        goals.update_goal(
            s, student, goal.id, GoalInput("Lead a cell search", status=GoalStatus.ACHIEVED)
        )
    for who in (mentor, student, coordinator):
        sign_out(db, who)
    return SignedSite(
        cast, mentor, student, coordinator, obs_id, amended, review_id, raised.id, goal.id
    )
