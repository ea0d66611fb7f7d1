"""The student's view, as services: new feedback and answers, reviews awaiting the
student's signature, self-assessments, and comments on goals — called as each role."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from mentorlog.models import (
    AuditEvent,
    Competency,
    OverallProgress,
    ReviewKind,
    SelfAssessment,
    Shift,
    SignOffKind,
    Visibility,
)
from mentorlog.services import competencies, goals, observations, reviews, signoff
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from mentorlog.services.self_assessments import SelfAssessmentInput, record_self_assessment
from mentorlog.services.student_feedback import (
    current_placement,
    new_feedback,
    reviews_to_sign,
    student_feedback,
)
from tests.trust_cast import TrustCast, make_trust_cast

OUTSIDERS = ("mentor", "other mentor", "other student", "coordinator", "administrator")


@pytest.fixture
def cast(db) -> TrustCast:  # type: ignore[no-untyped-def]
    return make_trust_cast(db)


def _comps(s) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    return list(s.scalars(select(Competency.id).order_by(Competency.key).limit(2)))


def observe(  # type: ignore[no-untyped-def]
    db,
    cast: TrustCast,
    day: int,
    narrative: str,
    visibility: Visibility = Visibility.SHARED,
    *,
    draft: bool = False,
    mentor=None,
    placement_id=None,
) -> uuid.UUID:
    with db.transaction() as s:
        first, second = _comps(s)
        data = observations.ObservationInput(
            observed_on=date(2026, 3, day),
            shift=Shift.LATE,
            narrative=narrative,
            duration_minutes=480,
            visibility=visibility,
            ratings=(observations.RatingInput(first, 3), observations.RatingInput(second, 0)),
        )
        save = observations.save_draft if draft else observations.publish
        actor = mentor or cast.mentor
        return save(s, actor, placement_id or cast.placement_id, data).id


def test_new_feedback_is_the_students_unanswered_shared_observations(db, cast) -> None:  # type: ignore[no-untyped-def]
    older = observe(db, cast, 2, "Kept the count calm on the landing.")
    newer = observe(db, cast, 9, "Talked Ørjan down at the servery.")
    observe(db, cast, 10, "Private: watch how he handles the yard.", Visibility.PRIVATE)
    observe(db, cast, 11, "Draft not yet published.", draft=True)
    observe(
        db,
        cast,
        12,
        "Another student's shift.",
        mentor=cast.other_mentor,
        placement_id=cast.other_placement_id,
    )
    with db.session() as s:
        items = new_feedback(s, cast.student, cast.placement_id)
    assert [i.id for i in items] == [newer, older]  # newest first
    item = items[0]
    assert item.mentor_name == "Ingrid Sæther" and item.version == 1 and item.answer is None
    levels = [(r.level_code, r.is_not_observed) for r in item.ratings]
    assert levels == [("3", False), ("N.O.", True)]
    assert all(r.level_label for r in item.ratings)


def test_answering_moves_feedback_to_answered_and_an_amendment_brings_it_back(db, cast) -> None:  # type: ignore[no-untyped-def]
    agreed = observe(db, cast, 2, "Kept the count calm on the landing.")
    disputed = observe(db, cast, 3, "Searched the cell too quickly.")
    with db.transaction() as s:
        signoff.acknowledge(s, cast.student, agreed, True)
        signoff.acknowledge(s, cast.student, disputed, False, "I asked before I searched.")
    with db.session() as s:
        view = student_feedback(s, cast.student, cast.placement_id)
    assert view.new == () and view.answered_total == 2
    answers = {i.id: i.answer for i in view.answered}
    assert answers[agreed].kind == SignOffKind.ACKNOWLEDGED and answers[agreed].agreed
    assert answers[disputed].kind == SignOffKind.DISAGREED
    assert answers[disputed].comment == "I asked before I searched."

    with db.transaction() as s:
        signoff.sign_observation(s, cast.mentor, agreed)
        amended = signoff.amend_observation(
            s, cast.mentor, agreed, {"narrative": "Kept the count calm; counted twice."}, "Typo"
        )
    with db.session() as s:
        view = student_feedback(s, cast.student, cast.placement_id)
    assert [(i.id, i.version) for i in view.new] == [(amended, 2)]
    assert [i.id for i in view.answered] == [disputed]


@pytest.mark.parametrize("role", OUTSIDERS)
def test_only_the_student_reads_their_feedback_view(db, cast, role: str) -> None:  # type: ignore[no-untyped-def]
    actor = cast.by_role()[role]
    with db.session() as s, pytest.raises(PermissionDeniedError):
        student_feedback(s, actor, cast.placement_id)
    with db.session() as s, pytest.raises(PermissionDeniedError):
        reviews_to_sign(s, actor, cast.placement_id)


def test_a_review_waits_for_the_student_once_the_mentor_has_signed(db, cast) -> None:  # type: ignore[no-untyped-def]
    data = reviews.ReviewInput(
        ReviewKind.MIDPOINT, date(2026, 3, 20), OverallProgress.ON_TRACK, "On track."
    )
    with db.transaction() as s:
        review_id = reviews.publish_review(s, cast.mentor, cast.placement_id, data).id
        draft = reviews.save_review_draft(s, cast.mentor, cast.placement_id, data).id
    with db.session() as s:
        assert reviews_to_sign(s, cast.student, cast.placement_id) == []  # mentor first
    with db.transaction() as s:
        signoff.sign_review(s, cast.mentor, review_id)
    with db.session() as s:
        waiting = reviews_to_sign(s, cast.student, cast.placement_id)
    assert [r.id for r in waiting] == [review_id] and draft not in [r.id for r in waiting]
    with db.transaction() as s:
        signoff.sign_review(s, cast.student, review_id)
    with db.session() as s:
        assert student_feedback(s, cast.student, cast.placement_id).reviews_to_sign == ()


def _assess(db, actor, cast, **changes):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        comp = _comps(s)[0]
        values = {"competency_id": comp, "level_value": 4, "comment": " Felt confident. "}
        values.update(changes)
        return record_self_assessment(s, actor, cast.placement_id, SelfAssessmentInput(**values))


def test_the_student_rates_themself_beside_the_mentor(db, cast) -> None:  # type: ignore[no-untyped-def]
    observe(db, cast, 2, "Kept the count calm on the landing.")
    view = _assess(db, cast.student, cast)
    assert view.level_code == "4" and view.comment == "Felt confident."
    assert view.assessed_on == date.today()
    not_observed = _assess(db, cast.student, cast, level_value=0, assessed_on=date(2026, 3, 1))
    assert not_observed.is_not_observed
    with db.session() as s:
        row = next(
            r
            for r in competencies.competency_overview(s, cast.mentor, cast.placement_id).rows
            if r.key == view.competency_key
        )
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "self_assessment.create")
        ).all()
    # Shown beside, never averaged into, the mentor's rating.
    assert row.latest is not None and row.latest.code == "3"
    assert row.self_assessed is not None and row.self_assessed.code == "4"
    assert len(events) == 2 and events[0].subject_person_id == cast.student.person_id
    assert events[0].detail == {"competency": view.competency_key, "level": "4"}


def test_not_observed_keeps_the_students_last_level(db, cast) -> None:  # type: ignore[no-untyped-def]
    rated = _assess(db, cast.student, cast, level_value=2, assessed_on=date(2026, 3, 1))
    _assess(db, cast.student, cast, level_value=0, assessed_on=date(2026, 3, 8))
    with db.session() as s:
        overview = competencies.competency_overview(s, cast.student, cast.placement_id)
    row = next(r for r in overview.rows if r.key == rated.competency_key)
    assert row.self_assessed is not None and row.self_assessed.code == "2"


def test_a_self_assessment_is_checked(db, cast) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as exc:
        _assess(
            db,
            cast.student,
            cast,
            competency_id=uuid.uuid4(),
            level_value=9,
            assessed_on=date.today() + timedelta(days=1),
            comment="x" * 2001,
        )
    assert set(exc.value.problems) == {"competency", "level", "assessed_on", "comment"}
    with pytest.raises(ValidationError) as exc:
        _assess(db, cast.student, cast, level_value=None, assessed_on=date(2025, 1, 1))
    assert set(exc.value.problems) == {"level", "assessed_on"}
    with db.session() as s:
        assert s.scalars(select(SelfAssessment)).all() == []


@pytest.mark.parametrize("role", OUTSIDERS)
def test_only_the_student_rates_themself(db, cast, role: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDeniedError) as refused:
        _assess(db, cast.by_role()[role], cast)
    assert str(refused.value).endswith(".")


def test_a_student_comments_on_a_mentors_goal_but_never_changes_it(db, cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        mentors = goals.create_goal(
            s, cast.mentor, cast.placement_id, goals.GoalInput("Open conversations")
        ).id
        own = goals.create_goal(s, cast.student, cast.placement_id, goals.GoalInput("Mine")).id
    with db.transaction() as s:
        noted = goals.add_progress_note(s, cast.student, mentors, "Two conversations today.")
    assert [n.note for n in noted.notes] == ["Two conversations today."]
    for change in (
        lambda s: goals.update_goal(s, cast.student, mentors, goals.GoalInput("Easier")),
        lambda s: goals.delete_goal(s, cast.student, mentors),
        lambda s: goals.restore_goal(s, cast.student, mentors),
    ):
        with db.transaction() as s, pytest.raises(PermissionDeniedError, match="progress note"):
            change(s)
    with db.transaction() as s:
        assert goals.update_goal(s, cast.student, own, goals.GoalInput("Mine, clearer")).title
        goals.update_goal(s, cast.mentor, own, goals.GoalInput("Mine, agreed"))
        goals.delete_goal(s, cast.student, own)
        titles = [g.title for g in goals.list_goals(s, cast.student, cast.placement_id)]
    assert titles == ["Open conversations"]


def test_the_view_opens_on_the_current_placement() -> None:
    today = date(2026, 3, 10)
    old, now, next_one = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    rows = [
        (old, "completed", date(2025, 9, 1), date(2025, 12, 19)),
        (now, "active", date(2026, 1, 5), date(2026, 6, 26)),
        (next_one, "planned", date(2026, 9, 1), date(2026, 12, 18)),
    ]
    assert current_placement(rows, today) == now
    assert current_placement(rows[:1] + rows[2:], today) == next_one  # the latest
    assert current_placement([], today) is None
