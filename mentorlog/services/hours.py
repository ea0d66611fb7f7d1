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

from sqlalchemy import ColumnElement, Select, and_, exists, func, not_, select
from sqlalchemy.orm import Session

from mentorlog.models import EntryStatus, Observation, ShiftLog, Visibility


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
    return and_(
        Observation.status == EntryStatus.PUBLISHED,
        Observation.visibility == Visibility.SHARED,
        Observation.is_current.is_(True),
        Observation.deleted_at.is_(None),
    )


def hours_by_placement(
    session: Session,
    placement_ids: Iterable[uuid.UUID] | Select,
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[uuid.UUID, Hours]:
    """Hours, remedial minutes and shifts per placement (absent: none), in the period."""
    ids = placement_ids if isinstance(placement_ids, Select) else list(placement_ids)
    logged = session.execute(
        select(
            ShiftLog.placement_id,
            func.coalesce(func.sum(ShiftLog.hours), 0),
            func.coalesce(func.sum(ShiftLog.remedial_minutes), 0),
            func.count(ShiftLog.id),
        )
        .where(ShiftLog.placement_id.in_(ids), *_in_period(ShiftLog.worked_on, date_from, date_to))
        .group_by(ShiftLog.placement_id)
    ).all()
    shift_logged = exists(
        select(ShiftLog.id).where(
            ShiftLog.placement_id == Observation.placement_id,
            ShiftLog.worked_on == Observation.observed_on,
            ShiftLog.shift == Observation.shift,
        )
    )
    observed = session.execute(
        select(
            Observation.placement_id,
            func.coalesce(
                func.sum(func.coalesce(Observation.duration_minutes, 0)).filter(not_(shift_logged)),
                0,
            ),
            func.coalesce(func.sum(Observation.remedial_minutes), 0),
            func.count(Observation.id).filter(not_(shift_logged)),
        )
        .where(
            Observation.placement_id.in_(ids),
            counted_observations(),
            *_in_period(Observation.observed_on, date_from, date_to),
        )
        .group_by(Observation.placement_id)
    ).all()
    totals: dict[uuid.UUID, Hours] = {}
    for pid, hours, remedial, count in logged:
        totals[pid] = Hours(float(hours), int(remedial), int(count))
    for pid, minutes, remedial, count in observed:
        before = totals.get(pid, Hours())
        totals[pid] = Hours(
            round(before.hours + int(minutes) / 60, 2),
            before.remedial_minutes + int(remedial),
            before.shifts + int(count),
        )
    return totals


def placement_hours(
    session: Session,
    placement_id: uuid.UUID,
    date_from: date | None = None,
    date_to: date | None = None,
) -> Hours:
    return hours_by_placement(session, [placement_id], date_from, date_to).get(
        placement_id, Hours()
    )
