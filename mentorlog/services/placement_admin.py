"""Placements as a coordinator manages them: add and edit one (student, prison, unit, lead
and co-mentors, the day each phase begins, target hours, framework) and change the mentor
mid-placement (who mentored when is kept). Extending, ending and moving one:
services/placement_endings.py.

Coordinators only; every change is audited and a stale edit is refused (StaleEditError).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import (
    Cohort,
    FrameworkVersion,
    Person,
    Placement,
    PlacementMentor,
    PlacementPhase,
    PlacementStatus,
    Prison,
    Role,
    RoleAssignment,
    Unit,
    utcnow,
)
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role
from mentorlog.services.editing import check_version, flush_edit, raise_problems
from mentorlog.services.errors import NotFoundError, ServiceError, ValidationError
from mentorlog.services.frameworks import active_version_id
from mentorlog.services.hours import placement_hours
from mentorlog.services.phases import LATER_PHASES, default_phase_starts, phase_on, phase_word

MAX_TARGET_HOURS = 5000


@dataclass(frozen=True)
class PlacementInput:
    """What the placement editor (or an import row) gives."""

    student_id: uuid.UUID
    prison_id: uuid.UUID
    starts_on: date
    ends_on: date
    mentor_ids: tuple[uuid.UUID, ...]  # the lead first, then co-mentors
    unit_id: uuid.UUID | None = None
    cohort_id: uuid.UUID | None = None
    framework_version_id: uuid.UUID | None = None  # None: the cohort's, else the active one
    target_hours: int = 0
    phase_starts: dict[PlacementPhase, date] = field(default_factory=dict)


@dataclass(frozen=True)
class MentorPeriod:
    mentor_id: uuid.UUID
    name: str
    is_lead: bool
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class PlacementDetail:
    id: uuid.UUID
    data: PlacementInput
    student: str
    prison: str
    unit: str
    cohort: str
    phase: PlacementPhase
    status: PlacementStatus
    mentors: tuple[MentorPeriod, ...]  # current ones first, the lead first
    hours_logged: float
    row_version: int


def status_on(starts_on: date, ends_on: date, day: date) -> PlacementStatus:
    if day < starts_on:
        return PlacementStatus.PLANNED
    return PlacementStatus.ACTIVE if day <= ends_on else PlacementStatus.COMPLETED


def _has_role(session: Session, person_id: uuid.UUID, role: Role) -> bool:
    return (
        session.scalar(
            select(RoleAssignment.id).where(
                RoleAssignment.person_id == person_id, RoleAssignment.role == role
            )
        )
        is not None
    )


def _check(session: Session, data: PlacementInput) -> PlacementInput:
    """``data`` completed with its phase dates and framework, or a ValidationError."""
    problems: dict[str, Message] = {}
    student = session.get(Person, data.student_id)
    if student is None or not _has_role(session, student.id, Role.STUDENT):
        problems["student"] = msg("Choose a student (someone with the student role).")
    prison = session.get(Prison, data.prison_id)
    if prison is None:
        problems["prison"] = msg("Choose the training prison.")
    elif prison.retired_at is not None:
        problems["prison"] = msg(
            "{prison} is retired and takes no new placements.", prison=prison.name
        )
    if data.unit_id is not None:
        unit = session.get(Unit, data.unit_id)
        if unit is None or unit.prison_id != data.prison_id:
            problems["unit"] = msg("Choose a unit of that prison, or none.")
    if data.cohort_id is not None and session.get(Cohort, data.cohort_id) is None:
        problems["cohort"] = msg("That cohort is no longer in mentorlog.")
    if data.ends_on < data.starts_on:
        problems["ends_on"] = msg("The placement cannot end before it starts.")
    if not 0 <= data.target_hours <= MAX_TARGET_HOURS:
        problems["target_hours"] = msg(
            "Give a target between 0 and {MAX_TARGET_HOURS} hours.",
            MAX_TARGET_HOURS=MAX_TARGET_HOURS,
        )
    if not data.mentor_ids:
        problems["mentors"] = msg("Choose the lead mentor.")
    elif len(set(data.mentor_ids)) != len(data.mentor_ids):
        problems["mentors"] = msg("A mentor is named twice.")
    elif data.student_id in data.mentor_ids:
        problems["mentors"] = msg("A student cannot mentor themself.")
    else:
        for mentor_id in data.mentor_ids:
            mentor = session.get(Person, mentor_id)
            if mentor is None or not _has_role(session, mentor_id, Role.MENTOR):
                name = mentor.full_name if mentor else "That person"
                problems["mentors"] = msg(
                    "{name} is not a mentor; give them the role first.", name=name
                )
    starts = dict(data.phase_starts) or default_phase_starts(data.starts_on, data.ends_on)
    previous = data.starts_on
    for phase in LATER_PHASES:
        day = starts.get(phase)
        if day is None:
            continue
        if not data.starts_on <= day <= data.ends_on:
            problems["phase_starts"] = msg(
                "The {phase} phase must begin within the placement.", phase=phase_word(phase)
            )
        elif day < previous:
            problems["phase_starts"] = msg(
                "The {phase} phase cannot begin before the one before it.",
                phase=phase_word(phase),
            )
        previous = day
    version_id = data.framework_version_id
    if version_id is not None and session.get(FrameworkVersion, version_id) is None:
        problems["framework"] = msg("That framework version is no longer in mentorlog.")
    raise_problems(problems)
    if version_id is None and data.cohort_id is not None:
        cohort = session.get(Cohort, data.cohort_id)
        version_id = cohort.framework_version_id if cohort else None
    return replace(
        data,
        phase_starts=starts,
        framework_version_id=version_id or active_version_id(session),
    )


def _stored_starts(starts: dict[PlacementPhase, date]) -> dict[str, str]:
    return {str(phase): day.isoformat() for phase, day in starts.items()}


def _read_starts(stored: dict | None) -> dict[PlacementPhase, date]:
    return {PlacementPhase(k): date.fromisoformat(v) for k, v in (stored or {}).items()}


def _placement(session: Session, placement_id: uuid.UUID) -> Placement:
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise NotFoundError(msg("That placement is no longer in mentorlog."))
    return placement


def _record(session: Session, actor: Actor, action: str, p: Placement, detail: dict) -> None:
    audit.record(
        session,
        actor,
        action,
        entity_type="placement",
        entity_id=p.id,
        subject_person_id=p.student_id,
        detail=detail,
    )


def add_placement(
    session: Session, actor: Actor, data: PlacementInput, *, today: date | None = None
) -> PlacementDetail:
    """Place a student in a training prison with their mentors (coordinators)."""
    require_role(actor, Role.COORDINATOR)
    return placement_detail(session, actor, make_placement(session, actor, data, today).id)


def make_placement(
    session: Session, actor: Actor, data: PlacementInput, today: date | None = None
) -> Placement:
    """The write behind add_placement (validated, audited), also used by imports."""
    today = today or date.today()
    data = _check(session, data)
    placement = Placement(
        student_id=data.student_id,
        prison_id=data.prison_id,
        unit_id=data.unit_id,
        cohort_id=data.cohort_id,
        framework_version_id=data.framework_version_id,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        phase=phase_on(data.phase_starts, today),
        phase_starts=_stored_starts(data.phase_starts),
        status=status_on(data.starts_on, data.ends_on, today),
        target_hours=data.target_hours,
        created_by_id=actor.person_id,
    )
    placement.mentors = [
        PlacementMentor(
            mentor_id=mentor_id,
            is_primary=i == 0,
            starts_on=data.starts_on,
            created_by_id=actor.person_id,
        )
        for i, mentor_id in enumerate(data.mentor_ids)
    ]
    session.add(placement)
    session.flush()
    _record(
        session,
        actor,
        "placement.create",
        placement,
        {
            "starts_on": data.starts_on.isoformat(),
            "ends_on": data.ends_on.isoformat(),
            "mentors": [str(m) for m in data.mentor_ids],
        },
    )
    return placement


def _current_mentors(placement: Placement) -> list[PlacementMentor]:
    current = [m for m in placement.mentors if m.ends_on is None]
    return sorted(current, key=lambda m: not m.is_primary)


def placement_detail(session: Session, actor: Actor, placement_id: uuid.UUID) -> PlacementDetail:
    require_role(actor, Role.COORDINATOR)
    p = _placement(session, placement_id)
    names = {
        pid: f"{g} {f}".strip()
        for pid, g, f in session.execute(
            select(Person.id, Person.given_name, Person.family_name).where(
                Person.id.in_([m.mentor_id for m in p.mentors] + [p.student_id])
            )
        )
    }
    periods = sorted(
        p.mentors,
        key=lambda m: (m.ends_on is not None, not m.is_primary, m.starts_on or p.starts_on),
    )
    current = _current_mentors(p)
    prison = session.get(Prison, p.prison_id)
    unit = session.get(Unit, p.unit_id) if p.unit_id else None
    cohort = session.get(Cohort, p.cohort_id) if p.cohort_id else None
    data = PlacementInput(
        student_id=p.student_id,
        prison_id=p.prison_id,
        starts_on=p.starts_on,
        ends_on=p.ends_on,
        mentor_ids=tuple(m.mentor_id for m in current),
        unit_id=p.unit_id,
        cohort_id=p.cohort_id,
        framework_version_id=p.framework_version_id,
        target_hours=p.target_hours,
        phase_starts=_read_starts(p.phase_starts),
    )
    return PlacementDetail(
        p.id,
        data,
        names.get(p.student_id, ""),
        prison.name if prison else "",
        unit.name if unit else "",
        cohort.name if cohort else "",
        p.phase,
        p.status,
        tuple(
            MentorPeriod(
                m.mentor_id, names.get(m.mentor_id, ""), m.is_primary, m.starts_on, m.ends_on
            )
            for m in periods
        ),
        placement_hours(session, p.id).hours,
        p.row_version,
    )


def edit_placement(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    data: PlacementInput,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> PlacementDetail:
    """Correct a placement: its prison, unit, cohort, dates, phases, target, framework and
    mentors. A mentor taken off is kept with the day they stopped (use change_mentor to
    name the day); one added starts today. The student cannot change (add a placement)."""
    require_role(actor, Role.COORDINATOR)
    today = today or date.today()
    p = _placement(session, placement_id)
    check_version(p, expected_version, msg("placement"))
    if data.student_id != p.student_id:
        raise ValidationError(
            {"student": msg("A placement keeps its student; add a new placement.")}
        )
    data = _check(session, data)
    p.prison_id, p.unit_id, p.cohort_id = data.prison_id, data.unit_id, data.cohort_id
    p.framework_version_id = data.framework_version_id
    p.starts_on, p.ends_on, p.target_hours = data.starts_on, data.ends_on, data.target_hours
    p.phase_starts = _stored_starts(data.phase_starts)
    p.phase = phase_on(data.phase_starts, today)
    if p.status in (PlacementStatus.PLANNED, PlacementStatus.ACTIVE):
        p.status = status_on(p.starts_on, p.ends_on, today)
    set_mentors(p, data.mentor_ids, max(today, p.starts_on), actor)
    flush_edit(session, msg("This placement"))
    _record(session, actor, "placement.update", p, {"mentors": [str(m) for m in data.mentor_ids]})
    return placement_detail(session, actor, p.id)


def set_mentors(
    p: Placement, mentor_ids: tuple[uuid.UUID, ...], from_day: date, actor: Actor
) -> None:
    by_id = {m.mentor_id: m for m in p.mentors}
    for m in _current_mentors(p):
        if m.mentor_id not in mentor_ids:
            m.ends_on = max(from_day - timedelta(days=1), m.starts_on or p.starts_on)
            m.is_primary = False
    for i, mentor_id in enumerate(mentor_ids):
        row = by_id.get(mentor_id)
        if row is None:
            row = PlacementMentor(
                mentor_id=mentor_id, starts_on=from_day, created_by_id=actor.person_id
            )
            p.mentors.append(row)
        elif row.ends_on is not None:  # a mentor coming back: their period starts anew
            row.starts_on, row.ends_on = from_day, None
        row.is_primary = i == 0
    p.updated_at = utcnow()  # the placement's version moves on with its mentors


def change_mentor(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    new_lead_id: uuid.UUID,
    from_day: date,
    *,
    keep_previous_as_co_mentor: bool = False,
    expected_version: int | None = None,
) -> PlacementDetail:
    """A new lead mentor from ``from_day``; the previous one's period ends the day before
    (or they stay on as a co-mentor). Who mentored when is kept."""
    require_role(actor, Role.COORDINATOR)
    p = _placement(session, placement_id)
    check_version(p, expected_version, msg("placement"))
    if not p.starts_on <= from_day <= p.ends_on:
        raise ValidationError({"from_day": msg("The change must fall within the placement.")})
    current = [m.mentor_id for m in _current_mentors(p)]
    if current and current[0] == new_lead_id:
        raise ServiceError(msg("That mentor is the lead mentor already."))
    if not _has_role(session, new_lead_id, Role.MENTOR):
        raise ValidationError({"mentors": msg("Choose a mentor (someone with the mentor role).")})
    others = [m for m in current[1:] if m != new_lead_id]
    if keep_previous_as_co_mentor and current:
        others.insert(0, current[0])
    set_mentors(p, (new_lead_id, *others), from_day, actor)
    flush_edit(session, msg("This placement"))
    _record(
        session,
        actor,
        "placement.mentor_change",
        p,
        {
            "from": str(current[0]) if current else None,
            "to": str(new_lead_id),
            "on": from_day.isoformat(),
        },
    )
    return placement_detail(session, actor, p.id)
