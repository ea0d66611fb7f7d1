"""Everyone the permission tests act as: two placements, each with its mentor and student,
a coordinator and an administrator. Every one of them can sign in (password PASSWORD)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

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
from mentorlog.services.frameworks import active_version_id
from mentorlog.services.passwords import hash_password
from mentorlog.storage.database import Database

PASSWORD = "pässwörd-1"


@dataclass(frozen=True)
class TrustCast:
    placement_id: uuid.UUID
    other_placement_id: uuid.UUID
    mentor: Actor
    other_mentor: Actor
    student: Actor
    other_student: Actor
    coordinator: Actor
    administrator: Actor

    def by_role(self) -> dict[str, Actor]:
        return {
            "mentor": self.mentor,
            "other mentor": self.other_mentor,
            "student": self.student,
            "other student": self.other_student,
            "coordinator": self.coordinator,
            "administrator": self.administrator,
        }


def make_trust_cast(db: Database) -> TrustCast:
    password_hash = hash_password(PASSWORD)  # once: Argon2 is slow on purpose
    with db.transaction() as s:
        actors: dict[str, Actor] = {}
        for key, given, family, role in (
            ("mentor", "Ingrid", "Sæther", Role.MENTOR),
            ("other_mentor", "Émile", "Lefèvre", Role.MENTOR),
            ("student", "Jüri", "Õunapuu", Role.STUDENT),
            ("other_student", "Анна", "Смирнова", Role.STUDENT),
            ("coordinator", "Mette", "Kjær", Role.COORDINATOR),
            ("administrator", "Åse", "Berg", Role.ADMINISTRATOR),
        ):
            person = Person(
                given_name=given, family_name=family, username=key, password_hash=password_hash
            )
            person.roles.append(RoleAssignment(role=role))
            s.add(person)
            s.flush()
            actors[key] = Actor(person.id, person.full_name, frozenset({role}))
        prison = Prison(name="Tartu Vangla", country="EE")
        s.add(prison)
        s.flush()

        def placement(student: Actor, mentor: Actor) -> uuid.UUID:
            row = Placement(
                student_id=student.person_id,
                prison_id=prison.id,
                framework_version_id=active_version_id(s),
                starts_on=date(2026, 1, 5),
                ends_on=date(2026, 6, 26),
                phase=PlacementPhase.MIDPOINT,
                status=PlacementStatus.ACTIVE,
            )
            s.add(row)
            s.flush()
            s.add(PlacementMentor(placement_id=row.id, mentor_id=mentor.person_id))
            return row.id

        main = placement(actors["student"], actors["mentor"])
        other = placement(actors["other_student"], actors["other_mentor"])
        return TrustCast(main, other, **actors)
