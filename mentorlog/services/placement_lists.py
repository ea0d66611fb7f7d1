"""Placements as the coordinator's list shows them (every placement, or one cohort's),
and finding the records a command line or an import names in words."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from mentorlog.i18n import msg
from mentorlog.models import (
    Cohort,
    Person,
    Placement,
    PlacementMentor,
    PlacementStatus,
    Prison,
    Role,
    Unit,
)
from mentorlog.services.access import Actor, require_role
from mentorlog.services.errors import NotFoundError
from mentorlog.services.hours import hours_by_placement
from mentorlog.services.text_match import contains_text


@dataclass(frozen=True)
class PlacementListRow:
    id: uuid.UUID
    student: str
    student_username: str
    prison: str
    unit: str
    cohort: str
    lead_mentor: str
    starts_on: date
    ends_on: date
    status: PlacementStatus
    hours_logged: float
    target_hours: int
    row_version: int


def list_all_placements(
    session: Session, actor: Actor, *, cohort_id: uuid.UUID | None = None, text: str = ""
) -> list[PlacementListRow]:
    """Every placement (coordinators), by cohort, prison and student; filtered in SQL."""
    require_role(actor, Role.COORDINATOR)
    mentor = aliased(Person)
    lead = (
        select(func.min(mentor.given_name + " " + mentor.family_name))
        .join(PlacementMentor, PlacementMentor.mentor_id == mentor.id)
        .where(
            PlacementMentor.placement_id == Placement.id,
            PlacementMentor.is_primary.is_(True),
            PlacementMentor.ends_on.is_(None),
        )
        .scalar_subquery()
    )
    query = (
        select(
            Placement,
            Person.given_name,
            Person.family_name,
            Person.username,
            Prison.name,
            func.coalesce(Unit.name, ""),
            func.coalesce(Cohort.name, ""),
            lead,
        )
        .join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Unit, Unit.id == Placement.unit_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .order_by(
            Cohort.name, Prison.name, Person.family_name, Person.given_name, Placement.starts_on
        )
    )
    if cohort_id is not None:
        query = query.where(Placement.cohort_id == cohort_id)
    if text.strip():
        query = query.where(
            contains_text(
                text,
                Person.given_name,
                Person.family_name,
                Person.username,
                Prison.name,
                Unit.name,
                Cohort.name,
            )
        )
    rows = session.execute(query).all()
    hours = hours_by_placement(session, [r[0].id for r in rows])
    return [
        PlacementListRow(
            p.id,
            f"{g} {f}".strip(),
            username or "",
            prison,
            unit,
            cohort,
            lead_name or "",
            p.starts_on,
            p.ends_on,
            p.status,
            hours[p.id].hours if p.id in hours else 0.0,
            p.target_hours,
            p.row_version,
        )
        for p, g, f, username, prison, unit, cohort, lead_name in rows
    ]


def person_by_username(session: Session, username: str, role: Role | None = None) -> Person:
    person = session.scalar(
        select(Person).where(func.lower(Person.username) == username.strip().lower())
    )
    if person is None:
        raise NotFoundError(msg("Nobody has the username {username}.", username=username))
    if role is not None and role not in {r.role for r in person.roles}:
        raise NotFoundError(
            msg(
                "{name} ({username}) is not a {role}.",
                name=person.full_name,
                username=username,
                role=role,
            )
        )
    return person


def prison_by_name(session: Session, name: str) -> Prison:
    prison = session.scalar(select(Prison).where(func.lower(Prison.name) == name.strip().lower()))
    if prison is None:
        raise NotFoundError(msg("There is no prison called {name}; add it first.", name=name))
    return prison


def unit_by_name(session: Session, prison: Prison, name: str) -> Unit:
    unit = session.scalar(
        select(Unit).where(Unit.prison_id == prison.id, func.lower(Unit.name) == name.lower())
    )
    if unit is None:
        raise NotFoundError(
            msg("{prison} has no unit called {name}.", prison=prison.name, name=name)
        )
    return unit


def cohort_by_name(session: Session, name: str) -> Cohort:
    cohort = session.scalar(select(Cohort).where(func.lower(Cohort.name) == name.strip().lower()))
    if cohort is None:
        raise NotFoundError(msg("There is no cohort called {name}; add it first.", name=name))
    return cohort


def placements_of(session: Session, student_or_id: str) -> list[Placement]:
    """A placement by id, or a student's placements by username (newest first)."""
    try:
        placement = session.get(Placement, uuid.UUID(student_or_id))
    except ValueError:
        placement = None
    if placement is not None:
        return [placement]
    student = person_by_username(session, student_or_id)
    return list(
        session.scalars(
            select(Placement)
            .where(Placement.student_id == student.id)
            .order_by(Placement.starts_on.desc())
        )
    )


@dataclass(frozen=True)
class EditorChoices:
    """What the placement editor offers, as (id, label) pairs."""

    students: tuple[tuple[uuid.UUID, str], ...]
    mentors: tuple[tuple[uuid.UUID, str], ...]
    prisons: tuple[tuple[uuid.UUID, str, tuple[tuple[uuid.UUID, str], ...]], ...]
    cohorts: tuple[tuple[uuid.UUID, str], ...]
    frameworks: tuple[tuple[uuid.UUID, str], ...]


def editor_choices(session: Session, actor: Actor) -> EditorChoices:
    """Active students and mentors by family name, prisons in use with their units in
    use, cohorts, and the framework versions in force (coordinators)."""
    from mentorlog.models import RoleAssignment
    from mentorlog.services.framework_files import version_choices

    require_role(actor, Role.COORDINATOR)

    def people(role: Role) -> tuple[tuple[uuid.UUID, str], ...]:
        rows = session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.username)
            .join(RoleAssignment, RoleAssignment.person_id == Person.id)
            .where(RoleAssignment.role == role, Person.active.is_(True))
            .distinct()
            .order_by(Person.family_name, Person.given_name)
        )
        return tuple((pid, f"{f}, {g}" + (f" ({u})" if u else "")) for pid, g, f, u in rows)

    units: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for unit in session.scalars(select(Unit).where(Unit.retired_at.is_(None)).order_by(Unit.name)):
        units.setdefault(unit.prison_id, []).append((unit.id, unit.name))
    prisons = tuple(
        (p.id, p.name, tuple(units.get(p.id, ())))
        for p in session.scalars(
            select(Prison).where(Prison.retired_at.is_(None)).order_by(Prison.name)
        )
    )
    cohorts = tuple((c.id, c.name) for c in session.scalars(select(Cohort).order_by(Cohort.name)))
    return EditorChoices(
        people(Role.STUDENT),
        people(Role.MENTOR),
        prisons,
        cohorts,
        tuple(version_choices(session)),
    )
