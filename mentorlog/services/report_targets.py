"""Who and what a report can be made for: students' placements and cohorts, found by id
or by name the way a person types it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import Academy, Cohort, Person, Placement, Prison
from mentorlog.services.access import Actor, placement_filter
from mentorlog.services.errors import NotFoundError, ServiceError
from mentorlog.storage.folding import fold

T = TypeVar("T")


class AmbiguousNameError(ServiceError):
    """More than one record matches the name given; ``candidates`` lists them."""

    def __init__(self, message: Message | str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class StudentTarget:
    placement_id: uuid.UUID
    student_id: uuid.UUID
    student: str
    prison: str
    cohort: str
    starts_on: date
    ends_on: date

    def describe(self) -> str:
        return f"{self.student} ({self.prison}, {self.starts_on} – {self.ends_on})"


@dataclass(frozen=True)
class CohortTarget:
    cohort_id: uuid.UUID
    name: str
    academy: str
    placements: int


def student_targets(session: Session, actor: Actor) -> list[StudentTarget]:
    """Every placement ``actor`` may report on, newest first within each student."""
    rows = session.execute(
        select(
            Placement.id,
            Person.id,
            Person.given_name,
            Person.family_name,
            Prison.name,
            Cohort.name,
            Placement.starts_on,
            Placement.ends_on,
        )
        .join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .where(placement_filter(actor))
        .order_by(Person.family_name, Person.given_name, Person.id, Placement.starts_on.desc())
    )
    return [
        StudentTarget(pid, sid, f"{given} {family}".strip(), prison, cohort or "", start, end)
        for pid, sid, given, family, prison, cohort, start, end in rows
    ]


def placements_of(session: Session, actor: Actor, student_id: uuid.UUID) -> list[StudentTarget]:
    """The student's placements ``actor`` may report on, newest first."""
    return [t for t in student_targets(session, actor) if t.student_id == student_id]


def cohort_targets(session: Session, actor: Actor) -> list[CohortTarget]:
    """Cohorts with at least one placement ``actor`` may see, by name."""
    rows = session.execute(
        select(Cohort.id, Cohort.name, Academy.name, func.count(Placement.id))
        .join(Academy, Academy.id == Cohort.academy_id)
        .join(Placement, Placement.cohort_id == Cohort.id)
        .where(placement_filter(actor))
        .group_by(Cohort.id, Cohort.name, Academy.name)
        .order_by(Cohort.name, Academy.name)
    )
    return [CohortTarget(cid, name, academy, count) for cid, name, academy, count in rows]


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        return None


def _match(name: str, items: list[T], key: Callable[[T], str]) -> list[T]:
    """Exact name first (ignoring case and accents: "hakon lovas" is Håkon Løvås), else
    every item whose name contains ``name``. Folded in Python: names are Estonian,
    Norwegian or Cyrillic as often as English."""
    wanted = fold(" ".join(name.split()))
    exact = [item for item in items if fold(key(item)) == wanted]
    if exact:
        return exact
    return [item for item in items if wanted in fold(key(item))]


def find_student(session: Session, actor: Actor, name_or_id: str) -> StudentTarget:
    """The placement to report on: by placement or person id, else by the student's name
    (their latest placement that has begun: one still planned has nothing to report yet).
    Unknown or ambiguous names are refused with the candidates."""
    targets = student_targets(session, actor)
    as_id = _as_uuid(name_or_id)
    if as_id is not None:
        for target in targets:
            if as_id in (target.placement_id, target.student_id):
                return target
        raise NotFoundError(
            msg(
                "No student or placement with id {name_or_id} that you may see.",
                name_or_id=name_or_id,
            )
        )
    today = date.today()
    latest: dict[uuid.UUID, StudentTarget] = {}
    begun_first = sorted(targets, key=lambda t: t.starts_on > today)  # stable: newest first
    for target in begun_first:
        latest.setdefault(target.student_id, target)
    found = _match(name_or_id, list(latest.values()), lambda t: t.student)
    if not found:
        raise NotFoundError(
            msg('No student called "{name_or_id}" that you may see.', name_or_id=name_or_id)
        )
    if len(found) > 1:
        raise AmbiguousNameError(
            msg(
                '"{name_or_id}" matches {count} students; give more of the name or an id.',
                name_or_id=name_or_id,
                count=len(found),
            ),
            [f"{t.student_id}  {t.describe()}" for t in found],
        )
    return found[0]


def find_cohort(session: Session, actor: Actor, name_or_id: str) -> CohortTarget:
    cohorts = cohort_targets(session, actor)
    as_id = _as_uuid(name_or_id)
    if as_id is not None:
        found = [c for c in cohorts if c.cohort_id == as_id]
    else:
        found = _match(name_or_id, cohorts, lambda c: c.name)
    if not found:
        raise NotFoundError(
            msg(
                'No cohort called "{name_or_id}" with placements you may see.',
                name_or_id=name_or_id,
            )
        )
    if len(found) > 1:
        raise AmbiguousNameError(
            msg(
                '"{name_or_id}" matches {count} cohorts; give more of the name or an id.',
                name_or_id=name_or_id,
                count=len(found),
            ),
            [f"{c.cohort_id}  {c.name} ({c.academy})" for c in found],
        )
    return found[0]
