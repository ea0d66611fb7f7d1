"""The placements a person works with, for the side panel, and one placement's header.

The list is one SELECT: each row's figures (last observation, open concerns, feedback the
student has not acknowledged) are correlated subqueries the database answers from its
indexes, never a query per row from Python.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, exists, func, not_, select, true
from sqlalchemy.orm import Session, aliased

from mentorlog.models import (
    Cohort,
    Concern,
    Observation,
    Person,
    Placement,
    PlacementMentor,
    Prison,
    SignOff,
    Unit,
    student_response,
)
from mentorlog.services.access import (
    Actor,
    observation_filter,
    placement_filter,
    require_placement,
    shared_current_observation,
)
from mentorlog.services.concerns import open_concern
from mentorlog.services.frameworks import applicable_version_id
from mentorlog.services.hours import placement_hours
from mentorlog.services.text_match import contains_text


@dataclass(frozen=True)
class PlacementRow:
    placement_id: uuid.UUID
    student_name: str
    prison: str
    unit: str
    cohort: str
    phase: str
    status: str
    starts_on: date
    ends_on: date
    last_observed_on: date | None
    days_since_observed: int | None  # None: never observed
    open_concerns: int
    unacknowledged: int  # shared, published feedback the student has not acknowledged

    @property
    def group(self) -> tuple[str, str]:
        return self.prison, self.cohort


def _current(entity: Any) -> tuple[ColumnElement[bool], ...]:
    """Only the current version of an entry that has not been deleted."""
    return entity.is_current.is_(True), entity.deleted_at.is_(None)


def unacknowledged_feedback(
    placement_id: Any,
    student_id: Any = Placement.student_id,
    outer: Any = Placement,
    observed_by: date | None = None,
) -> ScalarSelect[int]:
    """A correlated count of a placement's shared, published observations its student has
    neither acknowledged nor disagreed with (of those observed by ``observed_by``, if
    given). A sign-off names the row of the version it answers (each amendment is a new
    row), so one indexed lookup per observation. ``placement_id`` and ``student_id`` are
    columns of ``outer``, the query's placements."""
    obs = aliased(Observation)
    answered = exists(
        select(SignOff.id)
        .where(
            SignOff.record_type == "observation",
            SignOff.record_id == obs.id,
            SignOff.person_id == student_id,
            student_response(),
        )
        .correlate(obs, outer)
    )
    return (
        select(func.count(obs.id))
        .where(
            obs.placement_id == placement_id,
            shared_current_observation(obs),
            obs.observed_on <= observed_by if observed_by else true(),
            not_(answered),
        )
        .correlate(outer)
        .scalar_subquery()
    )


def list_placements(
    session: Session, actor: Actor, text: str = "", today: date | None = None
) -> list[PlacementRow]:
    """The placements ``actor`` may see, by prison, cohort and student name; ``text``
    keeps those whose student, prison, unit or cohort contains it (any case)."""
    today = today or date.today()
    # The student's last observation: published and shared with them. A mentor's
    # private note or an unpublished draft is not feedback the student had.
    last_observed = (
        select(func.max(Observation.observed_on))
        .where(
            Observation.placement_id == Placement.id,
            shared_current_observation(),  # the one rule: published, shared, current
            observation_filter(actor),
        )
        .scalar_subquery()
    )
    open_concerns = (
        select(func.count(Concern.id))
        .where(
            Concern.placement_id == Placement.id,
            open_concern(),
        )
        .scalar_subquery()
    )
    query = (
        select(
            Placement.id,
            Person.given_name,
            Person.family_name,
            Prison.name,
            func.coalesce(Unit.name, ""),
            func.coalesce(Cohort.name, ""),
            Placement.phase,
            Placement.status,
            Placement.starts_on,
            Placement.ends_on,
            last_observed,
            open_concerns,
            unacknowledged_feedback(Placement.id),
        )
        .join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Unit, Unit.id == Placement.unit_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .where(placement_filter(actor))
        .order_by(
            Prison.name, Cohort.name, Person.family_name, Person.given_name, Placement.starts_on
        )
    )
    if text.strip():
        query = query.where(
            contains_text(
                text,
                Person.given_name,
                Person.family_name,
                Prison.name,
                Unit.name,
                Cohort.name,
            )
        )
    rows = []
    for r in session.execute(query):
        last: date | None = r[10]
        rows.append(
            PlacementRow(
                placement_id=r[0],
                student_name=f"{r[1]} {r[2]}".strip(),
                prison=r[3],
                unit=r[4],
                cohort=r[5],
                phase=str(r[6]),
                status=str(r[7]),
                starts_on=r[8],
                ends_on=r[9],
                last_observed_on=last,
                days_since_observed=(_reference_day(today, r[9]) - last).days if last else None,
                open_concerns=int(r[11] or 0),
                unacknowledged=int(r[12] or 0),
            )
        )
    return rows


def _reference_day(today: date, ends_on: date) -> date:
    # A finished placement is judged at its end, not by how long ago it finished.
    return min(today, ends_on)


@dataclass(frozen=True)
class PlacementSummary:
    """What the dossier's header shows."""

    placement_id: uuid.UUID
    student_id: uuid.UUID
    student_name: str
    prison: str
    unit: str
    cohort: str
    mentors: tuple[str, ...]  # the primary mentor first
    starts_on: date
    ends_on: date
    phase: str
    status: str
    hours_logged: float
    target_hours: int
    framework_version_id: uuid.UUID | None  # the version it rates against (see frameworks)


def placement_summary(session: Session, actor: Actor, placement_id: uuid.UUID) -> PlacementSummary:
    placement = require_placement(session, actor, placement_id)
    student = session.get(Person, placement.student_id)
    prison = session.get(Prison, placement.prison_id)
    unit = session.get(Unit, placement.unit_id) if placement.unit_id else None
    cohort = session.get(Cohort, placement.cohort_id) if placement.cohort_id else None
    mentors = session.execute(
        select(Person.given_name, Person.family_name)
        .join(PlacementMentor, PlacementMentor.mentor_id == Person.id)
        .where(PlacementMentor.placement_id == placement_id)
        .order_by(PlacementMentor.is_primary.desc(), Person.family_name, Person.given_name)
    ).all()
    hours = placement_hours(session, placement_id).hours
    return PlacementSummary(
        placement_id=placement.id,
        student_id=placement.student_id,
        student_name=student.full_name if student else "",
        prison=prison.name if prison else "",
        unit=unit.name if unit else "",
        cohort=cohort.name if cohort else "",
        mentors=tuple(f"{g} {f}".strip() for g, f in mentors),
        starts_on=placement.starts_on,
        ends_on=placement.ends_on,
        phase=str(placement.phase),
        status=str(placement.status),
        hours_logged=float(hours or 0),
        target_hours=placement.target_hours,
        framework_version_id=applicable_version_id(session, placement.framework_version_id),
    )
