"""The hours a student has worked in a placement, and the remedial training they had: one
rule, read by the dossier's header, the reports and the cohort summary.

Hours are the shifts logged (``ShiftLog``) plus every published, shared observation whose
shift was not logged: a mentor who records a 7.5 h shift has counted those hours at once,
and a shift logged for the same day and shift later replaces the observation's duration
(the logged hours are what was worked, so nothing counts twice). Private notes add no
hours, so a student's figures never hint at a note they cannot see. Remedial minutes are
those logged with shifts plus those recorded on published, shared observations.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, case, exists, func, select, union_all
from sqlalchemy.orm import Session

from mentorlog.models import Observation, ShiftLog
from mentorlog.services.access import shared_current_observation


@dataclass(frozen=True)
class Hours:
    hours: float = 0.0
    remedial_minutes: int = 0
    shifts: int = 0  # logged shifts and observed shifts not logged


def _in_period(column: Any, date_from: date | None, date_to: date | None) -> list:
    clauses = []
    if date_from is not None:
        clauses.append(column >= date_from)
    if date_to is not None:
        clauses.append(column <= date_to)
    return clauses


def counted_observations() -> ColumnElement[bool]:
    """Observations whose duration and remedial minutes count: published, shared, the
    current version, not deleted."""
    return shared_current_observation()


def hours_query(
    placement_ids: Iterable[uuid.UUID] | Select | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> Select:
    """The rule as one SELECT (``placement_id``, ``hours``, ``remedial_minutes``,
    ``shifts``), grouped per placement, for those in ``placement_ids`` (None: every
    placement): what a larger query joins to, and what ``hours_by_placement`` reads."""
    ids = (
        placement_ids
        if isinstance(placement_ids, Select) or placement_ids is None
        else list(placement_ids)
    )
    shift_logged = exists(
        select(ShiftLog.id).where(
            ShiftLog.placement_id == Observation.placement_id,
            ShiftLog.worked_on == Observation.observed_on,
            ShiftLog.shift == Observation.shift,
        )
    )
    # Each side grouped by placement first (along the placement's index), then the two
    # added up: a few rows per placement to combine, not every shift and observation.
    logged = select(
        ShiftLog.placement_id.label("placement_id"),
        func.sum(ShiftLog.hours).label("hours"),
        func.sum(ShiftLog.remedial_minutes).label("remedial_minutes"),
        func.count().label("shifts"),
    ).where(*_in_period(ShiftLog.worked_on, date_from, date_to))
    # Whether each counted observation's shift was logged, asked once per observation.
    counted = select(
        Observation.placement_id.label("placement_id"),
        func.coalesce(Observation.duration_minutes, 0).label("minutes"),
        func.coalesce(Observation.remedial_minutes, 0).label("remedial"),
        case((shift_logged, 1), else_=0).label("logged"),
    ).where(counted_observations(), *_in_period(Observation.observed_on, date_from, date_to))
    if ids is not None:
        counted = counted.where(Observation.placement_id.in_(ids))
    c = counted.subquery("counted_observations")
    not_logged = c.c.logged == 0
    observed = select(
        c.c.placement_id,
        func.sum(case((not_logged, c.c.minutes), else_=0)) / 60.0,
        func.sum(c.c.remedial),
        func.count(case((not_logged, 1))),
    ).group_by(c.c.placement_id)
    if ids is not None:
        logged = logged.where(ShiftLog.placement_id.in_(ids))
    both = union_all(logged.group_by(ShiftLog.placement_id), observed).subquery("counted_hours")
    return select(
        both.c.placement_id,
        func.sum(both.c.hours).label("hours"),
        func.sum(both.c.remedial_minutes).label("remedial_minutes"),
        func.sum(both.c.shifts).label("shifts"),
    ).group_by(both.c.placement_id)


def hours_by_placement(
    session: Session,
    placement_ids: Iterable[uuid.UUID] | Select,
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[uuid.UUID, Hours]:
    """Hours, remedial minutes and shifts per placement (absent: none), in the period."""
    return {
        pid: Hours(round(float(hours or 0), 2), int(remedial or 0), int(shifts or 0))
        for pid, hours, remedial, shifts in session.execute(
            hours_query(placement_ids, date_from, date_to)
        )
    }


def placement_hours(
    session: Session,
    placement_id: uuid.UUID,
    date_from: date | None = None,
    date_to: date | None = None,
) -> Hours:
    return hours_by_placement(session, [placement_id], date_from, date_to).get(
        placement_id, Hours()
    )
