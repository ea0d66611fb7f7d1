"""Who is who: students, their placements, prisons and cohorts, as plain rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import Cohort, Person, Placement, Prison, Role, RoleAssignment


@dataclass(frozen=True)
class StudentRow:
    person_id: uuid.UUID
    name: str
    prison: str
    cohort: str
    status: str  # the latest placement's status, or "no placement"


def list_students(session: Session) -> list[StudentRow]:
    """Every student with their latest placement, sorted by family and given name."""
    students = session.execute(
        select(Person.id, Person.given_name, Person.family_name)
        .join(RoleAssignment, RoleAssignment.person_id == Person.id)
        .where(RoleAssignment.role == Role.STUDENT)
        .distinct()
        .order_by(Person.family_name, Person.given_name, Person.id)
    ).all()
    latest: dict[uuid.UUID, tuple[str, str, str]] = {}
    placements = session.execute(
        select(Placement.student_id, Prison.name, Cohort.name, Placement.status)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .order_by(Placement.starts_on)
    )
    for student_id, prison, cohort, status in placements:
        latest[student_id] = (prison, cohort or "", str(status))
    return [
        StudentRow(pid, f"{given} {family}", *latest.get(pid, ("", "", "no placement")))
        for pid, given, family in students
    ]
