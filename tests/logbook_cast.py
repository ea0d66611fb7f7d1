"""The people of one placement, for the logbook's service and editor tests: a student, their
two mentors, a mentor of another placement and a coordinator, with non-English names."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from mentorlog.models import (
    Person,
    Placement,
    PlacementMentor,
    PlacementPhase,
    PlacementStatus,
    Prison,
    Role,
    RoleAssignment,
)
from mentorlog.services.access import Actor
from mentorlog.services.frameworks import FrameworkInfo, active_version_id, framework_info
from mentorlog.storage.database import Database


@dataclass(frozen=True)
class Cast:
    placement_id: uuid.UUID
    other_placement_id: uuid.UUID
    student: Actor
    mentor: Actor
    co_mentor: Actor
    other_mentor: Actor
    coordinator: Actor
    framework: FrameworkInfo
    starts_on: date
    ends_on: date

    def competency(self, key: str) -> uuid.UUID:
        return next(c.id for c in self.framework.competencies if c.key == key)


def make_cast(db: Database) -> Cast:
    today = date.today()
    starts, ends = today - timedelta(days=60), today + timedelta(days=60)
    with db.transaction() as session:
        version_id = active_version_id(session)
        assert version_id is not None
        prison = Prison(name="Tartu Vangla", country="EE")
        session.add(prison)
        session.flush()

        def person(given: str, family: str, role: Role) -> Actor:
            p = Person(given_name=given, family_name=family, username=f"{given}.{family}".lower())
            session.add(p)
            session.flush()
            session.add(RoleAssignment(person_id=p.id, role=role))
            return Actor(p.id, p.full_name, frozenset({role}))

        student = person("Jüri", "Õunapuu", Role.STUDENT)
        mentor = person("Ingrid", "Sæther", Role.MENTOR)
        co_mentor = person("Анна", "Смирнова", Role.MENTOR)
        other_mentor = person("Émile", "Lefèvre", Role.MENTOR)
        coordinator = person("Mette", "Kjær", Role.COORDINATOR)
        other_student = person("Dmitri", "Volkov", Role.STUDENT)

        def placement(student_id: uuid.UUID, mentors: list[Actor]) -> uuid.UUID:
            pl = Placement(
                student_id=student_id,
                prison_id=prison.id,
                framework_version_id=version_id,
                starts_on=starts,
                ends_on=ends,
                phase=PlacementPhase.EARLY,
                status=PlacementStatus.ACTIVE,
                target_hours=480,
            )
            session.add(pl)
            session.flush()
            for m in mentors:
                session.add(PlacementMentor(placement_id=pl.id, mentor_id=m.person_id))
            return pl.id

        placement_id = placement(student.person_id, [mentor, co_mentor])  # type: ignore[arg-type]
        other_id = placement(other_student.person_id, [other_mentor])  # type: ignore[arg-type]
        session.flush()
        info = framework_info(session, version_id)
    return Cast(
        placement_id,
        other_id,
        student,
        mentor,
        co_mentor,
        other_mentor,
        coordinator,
        info,
        starts,
        ends,
    )
