"""Who is who: students, their placements, prisons and cohorts, as plain rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Cohort, Person, Placement, Prison, Role, RoleAssignment
from mentorlog.services.access import SYSTEM, Actor, placement_filter
from mentorlog.services.errors import PermissionDeniedError


@dataclass(frozen=True)
class StudentRow:
    person_id: uuid.UUID
    name: str
    prison: str
    cohort: str
    status: str  # the latest placement's status, or "no placement"


def list_students(session: Session, actor: Actor = SYSTEM) -> list[StudentRow]:
    """The students ``actor`` may see, with their latest visible placement, sorted by
    family and given name: everyone for a coordinator, a mentor's own students, a student
    themself."""
    if not (actor.sees_everything or actor.has(Role.MENTOR) or actor.has(Role.STUDENT)):
        raise PermissionDeniedError(
            msg(
                "Only coordinators, mentors and students see students; {name} is none of these.",
                name=actor.name,
            )
        )
    visible = placement_filter(actor)
    stmt = (
        select(Person.id, Person.given_name, Person.family_name)
        .join(RoleAssignment, RoleAssignment.person_id == Person.id)
        .where(RoleAssignment.role == Role.STUDENT)
        .distinct()
        .order_by(Person.family_name, Person.given_name, Person.id)
    )
    if not actor.sees_everything:
        has_visible_placement = exists(
            select(Placement.id).where(Placement.student_id == Person.id, visible)
        )
        stmt = stmt.where(or_(Person.id == actor.person_id, has_visible_placement))
    students = session.execute(stmt).all()
    latest: dict[uuid.UUID, tuple[str, str, str]] = {}
    placements = session.execute(
        select(Placement.student_id, Prison.name, Cohort.name, Placement.status)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .where(visible)
        .order_by(Placement.starts_on)
    )
    for student_id, prison, cohort, status in placements:
        latest[student_id] = (prison, cohort or "", str(status))
    return [
        StudentRow(pid, f"{given} {family}", *latest.get(pid, ("", "", "no placement")))
        for pid, given, family in students
    ]
