"""Shifts a student worked without an observation being written: the placement's mentor
or its student logs the day, the shift, the hours, remedial minutes and what was done.
They count toward the placement's hours (services/hours.py) at once."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import Role, Shift, ShiftLog
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_placement
from mentorlog.services.editing import one_line, raise_problems
from mentorlog.services.errors import NotFoundError, PermissionDeniedError

MAX_HOURS = 24
MAX_ACTIVITY = 200


@dataclass(frozen=True)
class ShiftRow:
    id: uuid.UUID
    worked_on: date
    shift: Shift
    hours: float
    remedial_minutes: int
    activity: str


def _may_log(session: Session, actor: Actor, placement_id: uuid.UUID) -> None:
    require_placement(session, actor, placement_id)
    if not (actor.is_system or actor.has(Role.MENTOR) or Role.STUDENT in actor.roles):
        raise PermissionDeniedError(
            msg(
                "Only the placement's mentor or its student may log shifts; {name} is neither.",
                name=actor.name,
            )
        )


def log_shift(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    *,
    worked_on: date,
    shift: Shift,
    hours: float,
    remedial_minutes: int = 0,
    activity: str = "",
    today: date | None = None,
) -> ShiftRow:
    """Log a worked shift; refused with a ValidationError naming the field at fault."""
    _may_log(session, actor, placement_id)
    placement = require_placement(session, actor, placement_id)
    today = today or date.today()
    problems: dict[str, Message] = {}
    activity = one_line(
        problems, "activity", activity, msg("activity"), MAX_ACTIVITY, required=False
    )
    if worked_on > today:
        problems["worked_on"] = msg("A shift is logged once it has been worked, not before.")
    elif not placement.starts_on <= worked_on <= placement.ends_on:
        problems["worked_on"] = msg(
            "The placement runs from {starts_on} to {ends_on}; choose a day within it.",
            starts_on=placement.starts_on.isoformat(),
            ends_on=placement.ends_on.isoformat(),
        )
    if not 0 < hours <= MAX_HOURS:
        problems["hours"] = msg(
            "Give the hours worked, more than 0 and at most {MAX_HOURS}.", MAX_HOURS=MAX_HOURS
        )
    if remedial_minutes < 0 or remedial_minutes > hours * 60:
        problems["remedial_minutes"] = msg("Remedial time cannot be longer than the shift.")
    taken = session.scalar(
        select(ShiftLog.id).where(
            ShiftLog.placement_id == placement_id,
            ShiftLog.worked_on == worked_on,
            ShiftLog.shift == shift,
        )
    )
    if taken is not None and "worked_on" not in problems:
        problems["shift"] = msg("This shift of that day is logged already.")
    raise_problems(problems)
    row = ShiftLog(
        placement_id=placement_id,
        worked_on=worked_on,
        shift=shift,
        hours=round(float(hours), 2),
        remedial_minutes=int(remedial_minutes),
        activity=activity,
        created_by_id=actor.person_id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "shift_log.create",
        entity_type="shift_log",
        entity_id=row.id,
        subject_person_id=placement.student_id,
        detail={"worked_on": worked_on.isoformat(), "shift": str(shift), "hours": row.hours},
    )
    return _row(row)


def _row(row: ShiftLog) -> ShiftRow:
    return ShiftRow(
        row.id, row.worked_on, row.shift, float(row.hours), row.remedial_minutes, row.activity
    )


def list_shifts(session: Session, actor: Actor, placement_id: uuid.UUID) -> list[ShiftRow]:
    """The placement's logged shifts, newest first."""
    require_placement(session, actor, placement_id)
    rows = session.scalars(
        select(ShiftLog)
        .where(ShiftLog.placement_id == placement_id)
        .order_by(ShiftLog.worked_on.desc(), ShiftLog.shift)
    )
    return [_row(r) for r in rows]


def remove_shift(session: Session, actor: Actor, shift_id: uuid.UUID) -> None:
    """Take back a shift logged by mistake (whoever logged it, or a coordinator)."""
    row = session.get(ShiftLog, shift_id)
    if row is None:
        raise NotFoundError(msg("That shift is no longer logged."))
    placement = require_placement(session, actor, row.placement_id)
    if not (actor.sees_everything or row.created_by_id == actor.person_id):
        raise PermissionDeniedError(
            msg("Only whoever logged a shift (or a coordinator) removes it.")
        )
    audit.record(
        session,
        actor,
        "shift_log.delete",
        entity_type="shift_log",
        entity_id=row.id,
        subject_person_id=placement.student_id,
        detail={"worked_on": row.worked_on.isoformat(), "hours": float(row.hours)},
    )
    session.delete(row)
    session.flush()
