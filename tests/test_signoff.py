"""Sign-off, amendments and acknowledgements; a signed record cannot change, not even
through the ORM."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mentorlog.models import (
    Competency,
    Observation,
    OverallProgress,
    Rating,
    Review,
    ReviewDomainSummary,
    ReviewKind,
    Role,
    Shift,
    SignedRecordError,
    SignOffKind,
    Visibility,
)
from mentorlog.services import observations, reviews, signoff
from mentorlog.services.access import Actor
from mentorlog.services.errors import PermissionDeniedError, ServiceError, ValidationError
from mentorlog.services.observations import ObservationInput, RatingInput
from tests.trust_cast import TrustCast, make_trust_cast


@pytest.fixture
def cast(db) -> TrustCast:  # type: ignore[no-untyped-def]
    return make_trust_cast(db)


def publish_observation(
    db, cast: TrustCast, narrative: str = "Spoke calmly with Ørjan on the landing."
) -> Observation:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        competencies = s.scalars(select(Competency.id).order_by(Competency.key).limit(2)).all()
        data = ObservationInput(
            observed_on=date(2026, 3, 2),
            shift=Shift.EARLY,
            narrative=narrative,
            duration_minutes=480,
            visibility=Visibility.SHARED,
            ratings=(RatingInput(competencies[0], 3), RatingInput(competencies[1], 4)),
        )
        view = observations.publish(s, cast.mentor, cast.placement_id, data)
        return view.id


def sign(db, actor: Actor, obs_id):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return signoff.sign_observation(s, actor, obs_id)


def test_mentor_signs_and_the_observation_locks(db, cast) -> None:  # type: ignore[no-untyped-def]
    obs_id = publish_observation(db, cast)
    view = sign(db, cast.mentor, obs_id)
    assert view.kind == SignOffKind.SIGNED and view.role == Role.MENTOR
    assert view.record_version == 1 and view.person_name == "Ingrid Sæther"
    with db.session() as s:
        assert s.get(Observation, obs_id).locked_at is not None
    with pytest.raises(ServiceError, match="already signed"):
        sign(db, cast.mentor, obs_id)


@pytest.mark.parametrize("who", ["other_mentor", "student", "coordinator", "administrator"])
def test_only_the_author_signs(db, cast, who: str) -> None:  # type: ignore[no-untyped-def]
    obs_id = publish_observation(db, cast)
    with pytest.raises(PermissionDeniedError):
        sign(db, getattr(cast, who), obs_id)


def test_a_signed_observation_cannot_be_changed_through_any_service(db, cast) -> None:  # type: ignore[no-untyped-def]
    obs_id = publish_observation(db, cast)
    sign(db, cast.mentor, obs_id)
    with db.transaction() as s:
        data = observations.get_observation(s, cast.mentor, obs_id).as_input()
    calls = [
        lambda s: observations.publish(s, cast.mentor, cast.placement_id, data, obs_id),
        lambda s: observations.mark_discussed(s, cast.mentor, obs_id, True),
        lambda s: observations.delete_observation(s, cast.mentor, obs_id),
    ]
    for call in calls:
        with pytest.raises(ServiceError, match="signed and is locked"), db.transaction() as s:
            call(s)


def orm_change(db, obs_id, change) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SignedRecordError), db.transaction() as s:
        change(s, s.get(Observation, obs_id))


def test_a_signed_observation_cannot_be_changed_through_the_orm(db, cast) -> None:  # type: ignore[no-untyped-def]
    obs_id = publish_observation(db, cast)
    sign(db, cast.mentor, obs_id)

    def narrative(s, obs):  # type: ignore[no-untyped-def]
        obs.narrative = "Rewritten afterwards"

    def unlock(s, obs):  # type: ignore[no-untyped-def]
        obs.locked_at = None

    def delete(s, obs):  # type: ignore[no-untyped-def]
        s.delete(obs)

    def rating(s, obs):  # type: ignore[no-untyped-def]
        s.scalar(select(Rating).where(Rating.observation_id == obs.id)).comment = "added later"

    def drop_rating(s, obs):  # type: ignore[no-untyped-def]
        obs.ratings.pop()

    def add_rating(s, obs):  # type: ignore[no-untyped-def]
        spare = s.scalar(select(Competency).order_by(Competency.key.desc()).limit(1))
        s.add(
            Rating(observation_id=obs.id, competency_id=spare.id, level_id=obs.ratings[0].level_id)
        )

    def delete_rating(s, obs):  # type: ignore[no-untyped-def]
        s.delete(s.scalar(select(Rating).where(Rating.observation_id == obs.id)))

    for change in (narrative, unlock, delete, rating, drop_rating, add_rating, delete_rating):
        orm_change(db, obs_id, change)
    with db.session() as s:  # and nothing was written
        obs = s.get(Observation, obs_id)
        assert obs.narrative.startswith("Spoke calmly") and len(obs.ratings) == 2


def test_an_unsigned_observation_can_still_be_changed_through_the_orm(db, cast) -> None:  # type: ignore[no-untyped-def]
    obs_id = publish_observation(db, cast)
    with db.transaction() as s:
        s.get(Observation, obs_id).narrative = "Edited before signing"


def test_amendment_creates_version_n_plus_1_and_keeps_the_old(db, cast) -> None:  # type: ignore[no-untyped-def]
    obs_id = publish_observation(db, cast)
    sign(db, cast.mentor, obs_id)
    with db.transaction() as s:
        new_id = signoff.amend_observation(
            s,
            cast.mentor,
            obs_id,
            {"narrative": "Spoke calmly with Ørjan on landing B."},
            "Wrong landing named",
        )
    with db.session() as s:
        old, new = s.get(Observation, obs_id), s.get(Observation, new_id)
        assert (old.version, old.is_current) == (1, False)
        assert old.narrative == "Spoke calmly with Ørjan on the landing."
        assert (new.version, new.is_current, new.lineage_id) == (2, True, old.lineage_id)
        assert new.amendment_reason == "Wrong landing named"
        assert new.locked_at is not None and new.created_by_id == cast.mentor.person_id
        assert sorted(r.competency_id for r in new.ratings) == sorted(
            r.competency_id for r in old.ratings
        )
        history = signoff.versions(s, cast.student, old.lineage_id)
        assert [(v.version, v.is_current) for v in history] == [(1, False), (2, True)]
        assert history[1].amendment_reason == "Wrong landing named"
        assert history[1].written_by == "Ingrid Sæther"
        signatures = signoff.sign_offs(s, cast.coordinator, "observation", new_id)
        assert [(x.kind, x.record_version) for x in signatures] == [(SignOffKind.SIGNED, 2)]
    # Version 2 is signed too; a further correction is version 3.
    with db.transaction() as s:
        third = signoff.amend_observation(
            s, cast.mentor, new_id, {"duration_minutes": 420}, "Hours"
        )
    with db.session() as s:
        assert s.get(Observation, third).version == 3
        assert len(signoff.versions(s, cast.mentor, old.lineage_id)) == 3


def test_amendment_rules(db, cast) -> None:  # type: ignore[no-untyped-def]
    obs_id = publish_observation(db, cast)
    with pytest.raises(ServiceError, match="not signed"), db.transaction() as s:
        signoff.amend_observation(s, cast.mentor, obs_id, {}, "why")
    sign(db, cast.mentor, obs_id)
    with pytest.raises(ValidationError) as no_reason, db.transaction() as s:
        signoff.amend_observation(s, cast.mentor, obs_id, {"narrative": "x"}, "  ")
    assert "reason" in no_reason.value.problems
    with pytest.raises(ValidationError) as bad, db.transaction() as s:
        signoff.amend_observation(s, cast.mentor, obs_id, {"narrative": ""}, "Cleared it")
    assert "narrative" in bad.value.problems
    for who in (cast.other_mentor, cast.student, cast.coordinator):
        with pytest.raises(PermissionDeniedError), db.transaction() as s:
            signoff.amend_observation(s, who, obs_id, {"narrative": "mine now"}, "because")
    with db.session() as s:  # the refused attempts left no versions behind
        assert s.scalar(select(Observation.version).order_by(Observation.version.desc())) == 1


def test_student_acknowledges_or_disagrees_with_the_version_they_read(db, cast) -> None:  # type: ignore[no-untyped-def]
    first = publish_observation(db, cast)
    second = publish_observation(db, cast, "Searched cell 12 by the book.")
    with db.transaction() as s:
        ack = signoff.acknowledge(s, cast.student, first, True)
    assert (ack.kind, ack.record_version, ack.role) == (SignOffKind.ACKNOWLEDGED, 1, Role.STUDENT)
    with pytest.raises(ValidationError) as why, db.transaction() as s:
        signoff.acknowledge(s, cast.student, second, False, " ")
    assert "comment" in why.value.problems
    with db.transaction() as s:
        disagree = signoff.acknowledge(s, cast.student, second, False, "I did ask first.")
    assert disagree.kind == SignOffKind.DISAGREED and disagree.comment == "I did ask first."
    with pytest.raises(ServiceError, match="already responded"), db.transaction() as s:
        signoff.acknowledge(s, cast.student, first, False, "changed my mind")
    for who in (cast.other_student, cast.mentor, cast.coordinator):
        with pytest.raises(PermissionDeniedError), db.transaction() as s:
            signoff.acknowledge(s, who, first, True)
    # After an amendment the student responds to the new version, not the old.
    sign(db, cast.mentor, first)
    with db.transaction() as s:
        new_id = signoff.amend_observation(s, cast.mentor, first, {"remedial_minutes": 30}, "Fix")
    with pytest.raises(ServiceError, match="amended since"), db.transaction() as s:
        signoff.acknowledge(s, cast.student, first, True)
    with db.transaction() as s:
        assert signoff.acknowledge(s, cast.student, new_id, True).record_version == 2


def test_student_cannot_acknowledge_a_private_note(db, cast) -> None:  # type: ignore[no-untyped-def]
    obs_id = publish_observation(db, cast)
    with db.transaction() as s:
        s.get(Observation, obs_id).visibility = Visibility.PRIVATE
    with pytest.raises(PermissionDeniedError), db.transaction() as s:
        signoff.acknowledge(s, cast.student, obs_id, True)


def publish_review(db, cast: TrustCast):  # type: ignore[no-untyped-def]
    data = reviews.ReviewInput(
        kind=ReviewKind.MIDPOINT,
        held_on=date(2026, 3, 20),
        overall_progress=OverallProgress.ON_TRACK,
        summary="Steady progress; talks with prisoners readily.",
    )
    with db.transaction() as s:
        return reviews.publish_review(s, cast.mentor, cast.placement_id, data).id


def sign_review(db, actor: Actor, review_id):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return signoff.sign_review(s, actor, review_id)


def test_review_is_signed_by_mentor_student_and_coordinator_in_turn(db, cast) -> None:  # type: ignore[no-untyped-def]
    review_id = publish_review(db, cast)
    with pytest.raises(ServiceError, match="mentor signs, then the student"):
        sign_review(db, cast.student, review_id)
    with pytest.raises(ServiceError, match="waits for its mentor"):
        sign_review(db, cast.coordinator, review_id)
    for outsider in (cast.other_mentor, cast.other_student, cast.administrator):
        with pytest.raises(PermissionDeniedError):
            sign_review(db, outsider, review_id)
    assert sign_review(db, cast.mentor, review_id).role == Role.MENTOR
    with db.session() as s:
        assert s.get(Review, review_id).locked_at is not None
        assert signoff.next_review_signer(s, cast.coordinator, review_id) == Role.STUDENT
    with pytest.raises(ServiceError, match="waits for its student"):
        sign_review(db, cast.coordinator, review_id)
    assert sign_review(db, cast.student, review_id).role == Role.STUDENT
    assert sign_review(db, cast.coordinator, review_id).role == Role.COORDINATOR
    with pytest.raises(ServiceError, match="all its signatures"):
        sign_review(db, cast.coordinator, review_id)
    with db.session() as s:
        roles = [x.role for x in signoff.sign_offs(s, cast.student, "review", review_id)]
        assert roles == [Role.MENTOR, Role.STUDENT, Role.COORDINATOR]
        assert signoff.next_review_signer(s, cast.student, review_id) is None


def test_a_signed_review_cannot_be_changed(db, cast) -> None:  # type: ignore[no-untyped-def]
    review_id = publish_review(db, cast)
    sign_review(db, cast.mentor, review_id)
    with pytest.raises(ServiceError, match="locked"), db.transaction() as s:
        reviews.delete_review(s, cast.mentor, review_id)
    with pytest.raises(SignedRecordError), db.transaction() as s:
        s.get(Review, review_id).summary = "Rewritten"
    with pytest.raises(SignedRecordError), db.transaction() as s:
        domain_id = s.scalar(select(Competency.domain_id).limit(1))
        s.add(ReviewDomainSummary(review_id=review_id, domain_id=domain_id, summary="later"))


def test_signing_is_audited(db, cast) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.models import AuditEvent
    from mentorlog.services import audit

    obs_id = publish_observation(db, cast)
    sign(db, cast.mentor, obs_id)
    with db.transaction() as s:
        signoff.acknowledge(s, cast.student, obs_id, True)
        signoff.amend_observation(s, cast.mentor, obs_id, {"duration_minutes": 400}, "Typo")
    with db.session() as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert actions[-4:] == [
            "observation.sign",
            "observation.acknowledge",
            "observation.update",
            "observation.amend",
        ]
        assert audit.verify_chain(s).ok
