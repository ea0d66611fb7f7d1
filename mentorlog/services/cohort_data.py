"""Gathering a cohort summary for coordinators: one line per placement, a few set-based
queries for the whole cohort (window functions, no query per student)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import (
    Academy,
    Cohort,
    Competency,
    Concern,
    Observation,
    Person,
    Placement,
    Prison,
    Rating,
    Role,
    ScaleLevel,
    SignOff,
)
from mentorlog.reports.content import CohortStudentLine, CohortSummary
from mentorlog.services.access import Actor, placement_filter, require_role
from mentorlog.services.errors import NotFoundError
from mentorlog.services.frameworks import applicable_version_id
from mentorlog.services.hours import hours_by_placement
from mentorlog.services.report_data import OPEN_CONCERN_STATES, check_period
from mentorlog.services.report_filters import (
    RESPONSE_KINDS,
    expected_values,
    shared_observations,
    signs_record,
)
from mentorlog.services.report_sections import audit_head


@dataclass(frozen=True)
class CohortPlacement:
    placement_id: uuid.UUID
    student: str
    prison: str


def cohort_placements(
    session: Session, actor: Actor, cohort_id: uuid.UUID
) -> list[CohortPlacement]:
    """The cohort's placements ``actor`` may see, by prison then family name."""
    if session.get(Cohort, cohort_id) is None:
        raise NotFoundError(msg("That cohort no longer exists."))
    rows = session.execute(_placements_query(cohort_id).where(placement_filter(actor))).all()
    return [
        CohortPlacement(r.id, f"{r.given_name} {r.family_name}".strip(), r.prison) for r in rows
    ]


def _placements_query(cohort_id: uuid.UUID) -> Select:
    return (
        select(
            Placement.id,
            Placement.student_id,
            Placement.phase,
            Placement.status,
            Placement.target_hours,
            Placement.framework_version_id,
            Placement.starts_on,
            Placement.ends_on,
            Person.given_name,
            Person.family_name,
            Prison.name.label("prison"),
        )
        .join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .where(Placement.cohort_id == cohort_id)
        .order_by(Prison.name, Person.family_name, Person.given_name, Placement.starts_on)
    )


def cohort_summary(
    session: Session,
    actor: Actor,
    cohort_id: uuid.UUID,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> CohortSummary:
    """Per placement: phase, hours against target, last entry, competencies below the
    phase's expected level, open concerns, and observations still to acknowledge."""
    require_role(actor, Role.COORDINATOR)
    check_period(date_from, date_to)
    head = session.execute(
        select(Cohort.name, Academy.name)
        .join(Academy, Academy.id == Cohort.academy_id)
        .where(Cohort.id == cohort_id)
    ).first()
    if head is None:
        raise NotFoundError(msg("That cohort no longer exists."))
    placements = session.execute(_placements_query(cohort_id)).all()
    in_cohort = select(Placement.id).where(Placement.cohort_id == cohort_id)
    shared = and_(Observation.placement_id.in_(in_cohort), shared_observations(date_from, date_to))

    hours = {
        pid: counted.hours
        for pid, counted in hours_by_placement(session, in_cohort, date_from, date_to).items()
    }

    last_entry: dict[uuid.UUID, tuple[date, int]] = {
        pid: (last, count)
        for pid, last, count in session.execute(
            select(Observation.placement_id, func.max(Observation.observed_on), func.count())
            .where(shared)
            .group_by(Observation.placement_id)
        )
    }
    concerns = dict(
        session.execute(
            select(Concern.placement_id, func.count())
            .where(
                Concern.placement_id.in_(in_cohort),
                Concern.deleted_at.is_(None),
                Concern.status.in_(OPEN_CONCERN_STATES),
            )
            .group_by(Concern.placement_id)
        ).all()
    )
    answered = exists(
        select(SignOff.id).where(
            signs_record("observation", Observation.id, Observation.lineage_id),
            SignOff.kind.in_(RESPONSE_KINDS),
            SignOff.person_id == Placement.student_id,
        )
    )
    backlog = dict(
        session.execute(
            select(Observation.placement_id, func.count())
            .join(Placement, Placement.id == Observation.placement_id)
            .where(shared, ~answered)
            .group_by(Observation.placement_id)
        ).all()
    )
    latest = _latest_ratings(session, shared)
    expected = expected_values(session)
    expected_by_phase: dict[str, int] = {}
    lines = []
    for row in placements:
        version_id = applicable_version_id(session, row.framework_version_id)
        want = expected.get((version_id, str(row.phase))) if version_id else None
        if want is not None:
            expected_by_phase.setdefault(str(row.phase), want)
        below = tuple(
            sorted(
                key
                for key, value in latest.get(row.id, {}).items()
                if want is not None and value < want
            )
        )
        last, count = last_entry.get(row.id, (None, 0))
        lines.append(
            CohortStudentLine(
                student=f"{row.given_name} {row.family_name}".strip(),
                prison=row.prison,
                phase=str(row.phase),
                status=str(row.status),
                hours_logged=float(hours.get(row.id) or 0),
                target_hours=row.target_hours,
                last_entry_on=last,
                below_expected=below,
                open_concerns=int(concerns.get(row.id, 0)),
                unacknowledged=int(backlog.get(row.id, 0)),
                observation_count=int(count),
                starts_on=row.starts_on,
                ends_on=row.ends_on,
            )
        )
    return CohortSummary(
        academy=head[1],
        cohort=head[0],
        period_from=date_from,
        period_to=date_to,
        lines=tuple(lines),
        expected_by_phase=expected_by_phase,
        audit_head=audit_head(session),
    )


def _latest_ratings(
    session: Session, shared: ColumnElement[bool]
) -> dict[uuid.UUID, dict[str, int]]:
    """Each placement's latest observed rating per competency key, ranked in SQL so a
    cohort of 100k observations does not travel to Python row by row."""
    ranked = (
        select(
            Observation.placement_id.label("placement_id"),
            Competency.key.label("key"),
            ScaleLevel.value.label("value"),
            func.row_number()
            .over(
                partition_by=(Observation.placement_id, Competency.key),
                order_by=(Observation.observed_on.desc(), Observation.created_at.desc()),
            )
            .label("rank"),
        )
        .select_from(Rating)
        .join(Observation, Observation.id == Rating.observation_id)
        .join(Competency, Competency.id == Rating.competency_id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .where(shared, ScaleLevel.is_not_observed.is_(False))
        .subquery()
    )
    found: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for pid, key, value in session.execute(
        select(ranked.c.placement_id, ranked.c.key, ranked.c.value).where(ranked.c.rank == 1)
    ):
        found[pid][key] = value
    return found
