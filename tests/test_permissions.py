"""The permission matrix: each service called as each role, allowed or refused with a clear
PermissionDeniedError — enforced in the services, not only hidden in the UI.

Roles: the placement's mentor and student, a mentor and a student of another placement,
a coordinator and an administrator (accounts and site settings, no student records).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    Observation,
    OverallProgress,
    ReflectionTemplate,
    ReviewKind,
    Role,
    Shift,
    Visibility,
)
from mentorlog.services import (
    audit_trail,
    competencies,
    concerns,
    directory,
    goals,
    observations,
    people,
    placements,
    reflections,
    report_data,
    retention,
    reviews,
    self_assessments,
    signoff,
    student_feedback,
    subject_access,
    timeline,
)
from mentorlog.services.access import Actor
from mentorlog.services.errors import PermissionDeniedError
from tests.trust_cast import TrustCast, make_trust_cast

ROLES = ("mentor", "other mentor", "student", "other student", "coordinator", "administrator")
EVERYONE = frozenset(ROLES)
OWN_PLACEMENT = frozenset({"mentor", "student", "coordinator"})
MANAGERS = frozenset({"coordinator", "administrator"})


@dataclass(frozen=True)
class Site:
    cast: TrustCast
    observation: uuid.UUID
    private_note: uuid.UUID
    reflection: uuid.UUID
    private_reflection: uuid.UUID
    goal: uuid.UUID
    review: uuid.UUID
    concern: uuid.UUID


@pytest.fixture(scope="module")
def site_db(tmp_path_factory: pytest.TempPathFactory, template_db):  # type: ignore[no-untyped-def]
    """One site for the whole matrix; every call below runs in a transaction rolled back."""
    import shutil

    from mentorlog.storage.database import open_database

    path = tmp_path_factory.mktemp("matrix") / "matrix.db"
    shutil.copyfile(template_db, path)
    db = open_database(path)
    cast = make_trust_cast(db)
    with db.transaction() as s:
        comp = s.scalar(select(Competency.id).order_by(Competency.key).limit(1))

        def observe(visibility: Visibility) -> uuid.UUID:
            data = observations.ObservationInput(
                observed_on=date(2026, 3, 2),
                shift=Shift.LATE,
                narrative="Defused an argument at the servery without raising his voice.",
                duration_minutes=480,
                visibility=visibility,
                ratings=(observations.RatingInput(comp, 4),),
            )
            return observations.publish(s, cast.mentor, cast.placement_id, data).id

        def reflect(visibility: Visibility) -> uuid.UUID:
            data = reflections.ReflectionInput(
                written_on=date(2026, 3, 3),
                template=ReflectionTemplate.FREE_TEXT,
                sections={"text": "I waited before speaking, and it helped."},
                title="The servery",
                visibility=visibility,
            )
            return reflections.create_reflection(s, cast.student, cast.placement_id, data).id

        review_input = reviews.ReviewInput(
            kind=ReviewKind.MIDPOINT,
            held_on=date(2026, 3, 20),
            overall_progress=OverallProgress.ON_TRACK,
            summary="On track.",
        )
        concern_input = concerns.ConcernInput(
            raised_on=date(2026, 3, 10),
            description="Avoids conversations on the wing.",
            action_plan="Two supervised conversations per shift.",
            review_on=date(2026, 3, 24),
        )
        site = Site(
            cast,
            observation=observe(Visibility.SHARED),
            private_note=observe(Visibility.PRIVATE),
            reflection=reflect(Visibility.SHARED),
            private_reflection=reflect(Visibility.PRIVATE),
            goal=goals.create_goal(
                s, cast.mentor, cast.placement_id, goals.GoalInput(title="Open conversations")
            ).id,
            review=reviews.publish_review(s, cast.mentor, cast.placement_id, review_input).id,
            concern=concerns.raise_concern(s, cast.mentor, cast.placement_id, concern_input).id,
        )
    yield db, site
    db.close()


Call = Callable[[Session, Actor, Site], Any]
P = lambda site: site.cast.placement_id  # noqa: E731 - the placement every row is about


def _obs_input(s: Session) -> observations.ObservationInput:
    comp = s.scalar(select(Competency.id).order_by(Competency.key).limit(1))
    return observations.ObservationInput(
        observed_on=date(2026, 3, 4),
        shift=Shift.EARLY,
        narrative="Counted the landing with the student.",
        duration_minutes=60,
        ratings=(observations.RatingInput(comp, 3),),
    )


def _reflection_input() -> reflections.ReflectionInput:
    return reflections.ReflectionInput(
        written_on=date(2026, 3, 5), template=ReflectionTemplate.FREE_TEXT, sections={"text": "x"}
    )


# Each check is registered with who may do it; everyone else must be refused with a
# PermissionDeniedError.
MATRIX: list[tuple[str, Call, frozenset[str]]] = []


def may(*roles: str) -> Callable[[Call], Call]:
    def register(call: Call) -> Call:
        MATRIX.append((call.__name__, call, frozenset(roles)))
        return call

    return register


# -- seeing a placement and what is in it --------------------------------------------------


@may(*OWN_PLACEMENT)
def placement_summary(s: Session, a: Actor, x: Site) -> Any:
    return placements.placement_summary(s, a, P(x))


@may(*OWN_PLACEMENT)
def timeline_of_entries(s: Session, a: Actor, x: Site) -> Any:
    return timeline.list_timeline(s, a, P(x))


@may(*OWN_PLACEMENT)
def competency_overview(s: Session, a: Actor, x: Site) -> Any:
    return competencies.competency_overview(s, a, P(x))


@may(*OWN_PLACEMENT)
def shared_observation(s: Session, a: Actor, x: Site) -> Any:
    return observations.get_observation(s, a, x.observation)


@may("mentor")
def private_note(s: Session, a: Actor, x: Site) -> Any:
    return observations.get_observation(s, a, x.private_note)


@may(*OWN_PLACEMENT)
def shared_reflection(s: Session, a: Actor, x: Site) -> Any:
    return reflections.get_reflection(s, a, x.reflection)


@may("student")
def private_reflection(s: Session, a: Actor, x: Site) -> Any:
    return reflections.get_reflection(s, a, x.private_reflection)


@may(*OWN_PLACEMENT)
def goal_list(s: Session, a: Actor, x: Site) -> Any:
    return goals.list_goals(s, a, P(x))


@may(*OWN_PLACEMENT)
def published_review(s: Session, a: Actor, x: Site) -> Any:
    return reviews.get_review(s, a, x.review)


@may(*OWN_PLACEMENT)
def concern_list(s: Session, a: Actor, x: Site) -> Any:
    return concerns.list_concerns(s, a, P(x))


@may(*OWN_PLACEMENT)
def progress_report(s: Session, a: Actor, x: Site) -> Any:
    return report_data.student_report(s, a, P(x))


@may(*OWN_PLACEMENT)
def observation_versions(s: Session, a: Actor, x: Site) -> Any:
    lineage = s.scalar(select(Observation.lineage_id).where(Observation.id == x.observation))
    return signoff.versions(s, a, lineage)


# -- writing -------------------------------------------------------------------------------


@may("mentor")
def record_an_observation(s: Session, a: Actor, x: Site) -> Any:
    return observations.publish(s, a, P(x), _obs_input(s))


@may("mentor")
def edit_the_mentors_observation(s: Session, a: Actor, x: Site) -> Any:
    return observations.publish(s, a, P(x), _obs_input(s), x.observation)


@may("mentor")
def delete_the_mentors_observation(s: Session, a: Actor, x: Site) -> Any:
    return observations.delete_observation(s, a, x.observation)


@may("mentor", "student")
def write_a_reflection(s: Session, a: Actor, x: Site) -> Any:
    return reflections.create_reflection(s, a, P(x), _reflection_input())


@may("student")
def edit_the_students_reflection(s: Session, a: Actor, x: Site) -> Any:
    return reflections.update_reflection(s, a, x.reflection, _reflection_input())


@may("mentor", "student")
def comment_on_a_goal(s: Session, a: Actor, x: Site) -> Any:
    return goals.add_progress_note(s, a, x.goal, "Two conversations today.")


@may("mentor")
def edit_the_mentors_goal(s: Session, a: Actor, x: Site) -> Any:
    return goals.update_goal(s, a, x.goal, goals.GoalInput(title="Open more conversations"))


@may("mentor")
def delete_the_mentors_goal(s: Session, a: Actor, x: Site) -> Any:
    return goals.delete_goal(s, a, x.goal)


@may("student")
def rate_oneself(s: Session, a: Actor, x: Site) -> Any:
    comp = s.scalar(select(Competency.id).order_by(Competency.key).limit(1))
    data = self_assessments.SelfAssessmentInput(comp, 3, assessed_on=date(2026, 3, 6))
    return self_assessments.record_self_assessment(s, a, P(x), data)


@may("mentor", "coordinator")
def write_a_review(s: Session, a: Actor, x: Site) -> Any:
    data = reviews.ReviewInput(ReviewKind.FINAL, date(2026, 6, 1), OverallProgress.PASSED)
    return reviews.save_review_draft(s, a, P(x), data)


@may("mentor", "coordinator")
def raise_a_concern(s: Session, a: Actor, x: Site) -> Any:
    data = concerns.ConcernInput(date(2026, 3, 12), "Late twice.", "Talk it through.", None)
    return concerns.raise_concern(s, a, P(x), replace(data, review_on=date(2026, 3, 26)))


# -- signing and responding ----------------------------------------------------------------


@may("mentor")
def sign_the_observation(s: Session, a: Actor, x: Site) -> Any:
    return signoff.sign_observation(s, a, x.observation)


@may("student")
def acknowledge_feedback(s: Session, a: Actor, x: Site) -> Any:
    return signoff.acknowledge(s, a, x.observation, True)


@may("student")
def the_students_new_feedback(s: Session, a: Actor, x: Site) -> Any:
    return student_feedback.student_feedback(s, a, P(x))


@may("student")
def record_disagreement(s: Session, a: Actor, x: Site) -> Any:
    return signoff.acknowledge(s, a, x.observation, False, "I asked before I searched.")


# -- people, the audit trail, data protection ----------------------------------------------


@may(*(EVERYONE - {"administrator"}))
def list_students(s: Session, a: Actor, x: Site) -> Any:
    return directory.list_students(s, a)


@may(*MANAGERS)
def list_people(s: Session, a: Actor, x: Site) -> Any:
    return people.list_people(s, a)


@may(*MANAGERS)
def add_a_person(s: Session, a: Actor, x: Site) -> Any:
    return people.add_person(s, a, "Liis", "Kask", roles=(Role.STUDENT,))


@may(*MANAGERS)
def reset_a_students_password(s: Session, a: Actor, x: Site) -> Any:
    return people.reset_password(s, a, x.cast.student.person_id, "new password 1")


@may(*MANAGERS)
def read_the_audit_trail(s: Session, a: Actor, x: Site) -> Any:
    return audit_trail.list_events(s, a)


@may(*MANAGERS)
def verify_the_audit_trail(s: Session, a: Actor, x: Site) -> Any:
    return audit_trail.verify(s, a)


@may(*MANAGERS)
def subject_access_export(s: Session, a: Actor, x: Site) -> Any:
    return subject_access.export_subject(s, a, x.cast.student.person_id, datetime.now(UTC))


@may(*MANAGERS)
def plan_a_retention_purge(s: Session, a: Actor, x: Site) -> Any:
    return retention.plan_purge(s, a, date(2026, 11, 1))


CASES = [
    pytest.param(call, role, role in allowed, id=f"{what}-{role.replace(' ', '_')}")
    for what, call, allowed in MATRIX
    for role in ROLES
]


@pytest.mark.parametrize(("call", "role", "allowed"), CASES)
def test_permission_matrix(site_db, call: Call, role: str, allowed: bool) -> None:  # type: ignore[no-untyped-def]
    db, site = site_db
    actor = site.cast.by_role()[role]
    with db.session() as s:
        try:
            if allowed:
                call(s, actor, site)
            else:
                with pytest.raises(PermissionDeniedError) as refused:
                    call(s, actor, site)
                message = str(refused.value)
                # A sentence the person can act on, never a bare code or an empty string.
                assert len(message) > 15 and message[0].isupper() and message.endswith(".")
        finally:
            s.rollback()


def test_a_student_never_sees_another_students_placement_in_lists(site_db) -> None:  # type: ignore[no-untyped-def]
    db, site = site_db
    with db.session() as s:
        mine = placements.list_placements(s, site.cast.student)
        assert [p.placement_id for p in mine] == [site.cast.placement_id]
        assert placements.list_placements(s, site.cast.administrator) == []
        assert len(placements.list_placements(s, site.cast.coordinator)) == 2
        s.rollback()


def test_private_entries_stay_out_of_the_students_timeline(site_db) -> None:  # type: ignore[no-untyped-def]
    db, site = site_db
    with db.session() as s:
        seen = {e.entry_id for e in timeline.list_timeline(s, site.cast.student, P(site)).entries}
        assert site.observation in seen and site.private_note not in seen
        coordinator = timeline.list_timeline(s, site.cast.coordinator, P(site)).entries
        assert site.private_reflection not in {e.entry_id for e in coordinator}
        s.rollback()
