"""A placement's later life, as a coordinator records it: extended, ended (completed,
interrupted or withdrawn; completing it is its final sign-off), or the student moved to
another prison (one placement ends, the next begins). Coordinators only; audited; a stale
edit is refused (StaleEditError)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import ENDED_STATUSES, PlacementStatus, Role
from mentorlog.services import signing
from mentorlog.services.access import Actor, require_role
from mentorlog.services.editing import check_version, flush_edit
from mentorlog.services.errors import ValidationError
from mentorlog.services.hours import placement_hours
from mentorlog.services.placement_admin import (
    MAX_TARGET_HOURS,
    PlacementDetail,
    PlacementInput,
    _placement,
    _record,
    make_placement,
    placement_detail,
    status_on,
)

ENDINGS = ENDED_STATUSES
# The audit action of a placement completed by a coordinator, who signs it (end_placement).
FINAL_SIGN_OFF = "placement.final_sign_off"


def extend_placement(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    new_end: date,
    *,
    extra_hours: int = 0,
    expected_version: int | None = None,
    today: date | None = None,
) -> PlacementDetail:
    """Move a placement's end later (and raise its target, if asked)."""
    require_role(actor, Role.COORDINATOR)
    p = _placement(session, placement_id)
    check_version(p, expected_version, msg("placement"))
    if new_end <= p.ends_on:
        raise ValidationError({"ends_on": msg("Choose a day after {ends_on}.", ends_on=p.ends_on)})
    before = p.ends_on
    p.ends_on = new_end
    p.target_hours = min(MAX_TARGET_HOURS, p.target_hours + max(extra_hours, 0))
    if p.status == PlacementStatus.COMPLETED or p.status == PlacementStatus.ACTIVE:
        p.status = status_on(p.starts_on, p.ends_on, today or date.today())
    flush_edit(session, msg("This placement"))
    _record(
        session,
        actor,
        "placement.extend",
        p,
        {
            "from": before.isoformat(),
            "to": new_end.isoformat(),
            "extra_hours": extra_hours,
        },
    )
    return placement_detail(session, actor, p.id)


def end_placement(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    on_day: date,
    status: PlacementStatus,
    *,
    reason: str = "",
    expected_version: int | None = None,
) -> PlacementDetail:
    """End a placement on ``on_day`` as completed, interrupted or withdrawn. Completing it
    is its final sign-off: the coordinator signs the placement as it now stands (its
    dates, status, hours and framework, services/record_content.py), on the trail as
    ``FINAL_SIGN_OFF``; the system account, which signs nothing, records a plain end."""
    require_role(actor, Role.COORDINATOR)
    if status not in ENDINGS:
        raise ValidationError(
            {"status": msg("A placement ends completed, interrupted or withdrawn.")}
        )
    p = _placement(session, placement_id)
    check_version(p, expected_version, msg("placement"))
    if on_day < p.starts_on:
        raise ValidationError(
            {
                "ends_on": msg(
                    "The placement began on {starts_on}; end it on or after.",
                    starts_on=p.starts_on,
                )
            }
        )
    before = p.ends_on
    p.ends_on, p.status = on_day, status
    flush_edit(session, msg("This placement"))
    detail = {
        "status": str(status),
        "on": on_day.isoformat(),
        "was_to_end": before.isoformat(),
        "reason": reason.strip(),
    }
    if status == PlacementStatus.COMPLETED and actor.person_id is not None:
        signing.sign_and_record(
            session,
            actor,
            FINAL_SIGN_OFF,
            "placement",
            p.id,
            role=Role.COORDINATOR,
            subject_person_id=p.student_id,
            placement_id=p.id,
            detail=detail,
        )
    else:
        _record(session, actor, "placement.end", p, detail)
    return placement_detail(session, actor, p.id)


def move_placement(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    prison_id: uuid.UUID,
    from_day: date,
    mentor_ids: tuple[uuid.UUID, ...],
    *,
    unit_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> PlacementDetail:
    """Move the student to another prison from ``from_day``: this placement ends the day
    before (completed), and a new one there runs to the same end, with the hours still
    to do as its target. Returns the new placement."""
    require_role(actor, Role.COORDINATOR)
    p = _placement(session, placement_id)
    check_version(p, expected_version, msg("placement"))
    if not p.starts_on < from_day <= p.ends_on:
        raise ValidationError(
            {"from_day": msg("The move must fall after the placement's first day and by its end.")}
        )
    if prison_id == p.prison_id:
        raise ValidationError(
            {"prison": msg("Choose another prison (to change the unit, edit it).")}
        )
    done = placement_hours(session, p.id).hours
    data = PlacementInput(
        student_id=p.student_id,
        prison_id=prison_id,
        unit_id=unit_id,
        starts_on=from_day,
        ends_on=p.ends_on,
        mentor_ids=mentor_ids,
        cohort_id=p.cohort_id,
        framework_version_id=p.framework_version_id,
        target_hours=max(0, round(p.target_hours - done)),
    )
    new = make_placement(session, actor, data, today)
    last_day = from_day - timedelta(days=1)
    end_placement(
        session,
        actor,
        p.id,
        last_day,
        PlacementStatus.COMPLETED,
        reason=f"moved to another prison from {from_day.isoformat()}",
    )
    _record(session, actor, "placement.move", new, {"from_placement": str(p.id)})
    return placement_detail(session, actor, new.id)
