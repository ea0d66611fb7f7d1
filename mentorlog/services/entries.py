"""What the services that write a placement's entries share: who may write, the checks
on dates and locks, the audit hook, and the framework a placement rates against."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import Person, Placement, PlacementMentor, Role
from mentorlog.services import audit as audit_service
from mentorlog.services.access import Actor, require_placement
from mentorlog.services.errors import PermissionDeniedError, ServiceError
from mentorlog.services.frameworks import FrameworkInfo, applicable_version_id, framework_info


def person_name(session: Session, person_id: uuid.UUID | None) -> str:
    if person_id is None:
        return ""
    row = session.execute(
        select(Person.given_name, Person.family_name).where(Person.id == person_id)
    ).first()
    return f"{row[0]} {row[1]}".strip() if row else ""


def require_person(actor: Actor, what: Message) -> uuid.UUID:
    """The acting person's id; the system account cannot author entries."""
    if actor.person_id is None:
        # TRANSLATORS: {what} is the entry, e.g. "An observation".
        raise PermissionDeniedError(
            msg("{what} needs a signed-in person as its author.", what=what)
        )
    return actor.person_id


def is_mentor_of(session: Session, actor: Actor, placement_id: uuid.UUID) -> bool:
    if actor.person_id is None or Role.MENTOR not in actor.roles:
        return False
    return (
        session.scalar(
            select(PlacementMentor.id).where(
                PlacementMentor.placement_id == placement_id,
                PlacementMentor.mentor_id == actor.person_id,
            )
        )
        is not None
    )


def is_student_of(placement: Placement, actor: Actor) -> bool:
    return (
        actor.person_id is not None
        and Role.STUDENT in actor.roles
        and placement.student_id == actor.person_id
    )


def acting_role(session: Session, actor: Actor, placement: Placement) -> Role:
    """In which capacity ``actor`` signs for this placement: its student, a mentor of it,
    or a coordinator."""
    if is_student_of(placement, actor):
        return Role.STUDENT
    if is_mentor_of(session, actor, placement.id):
        return Role.MENTOR
    if Role.COORDINATOR in actor.roles:
        return Role.COORDINATOR
    return min(actor.roles, default=Role.COORDINATOR)


def require_mentor_of(session: Session, actor: Actor, placement_id: uuid.UUID) -> Placement:
    """The placement, when ``actor`` is one of its mentors."""
    if is_mentor_of(session, actor, placement_id):
        # A mentor of the placement may see and write it: no need to ask access again
        # (this is on the path of every save).
        placement = session.get(Placement, placement_id)
        if placement is not None:
            return placement
    require_placement(session, actor, placement_id, write=True)  # the precise refusal
    raise PermissionDeniedError(
        msg(
            "Only a mentor of this placement may record observations for it; {name} is not one.",
            name=actor.name,
        )
    )


def require_participant(session: Session, actor: Actor, placement_id: uuid.UUID) -> Placement:
    """The placement, when ``actor`` is its student or one of its mentors: the people who
    write reflections and work on goals together."""
    placement = require_placement(session, actor, placement_id)
    if not (is_student_of(placement, actor) or is_mentor_of(session, actor, placement_id)):
        raise PermissionDeniedError(
            msg(
                "Only the student or a mentor of this placement may write here; {name} is neither.",
                name=actor.name,
            )
        )
    return placement


def refuse_if_locked(locked_at: datetime | None, what: Message) -> None:
    if locked_at is not None:
        raise ServiceError(
            # TRANSLATORS: {what} is the record, e.g. "observation".
            msg(
                "This {what} has been signed and is locked, so it cannot be changed. "
                "Corrections are made as an amendment.",
                what=what,
            )
        )


def date_problem(
    day: date | None, placement: Placement, *, after_end: bool = False
) -> Message | None:
    """Why ``day`` cannot be the date of an entry in ``placement``, or None. With
    ``after_end`` the entry may come after the placement (a reflection written later)."""
    if day is None:
        return msg("Enter the date.")
    if day > date.today():
        return msg("The date is in the future; enter the day it happened.")
    if day < placement.starts_on or (day > placement.ends_on and not after_end):
        return msg(
            "The date is outside the placement ({starts} – {ends}).",
            starts=placement.starts_on.strftime("%d.%m.%Y"),
            ends=placement.ends_on.strftime("%d.%m.%Y"),
        )
    return None


def placement_framework(session: Session, actor: Actor, placement_id: uuid.UUID) -> FrameworkInfo:
    """The framework version a placement rates against (the active one if it names none)."""
    placement = require_placement(session, actor, placement_id)
    version_id = applicable_version_id(session, placement.framework_version_id)
    if version_id is None:
        raise ServiceError(msg("No competency framework is loaded; ask a coordinator to load one."))
    return framework_info(session, version_id)


def audit(
    session: Session,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | None,
    subject_person_id: uuid.UUID | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append to the audit trail, in the caller's transaction."""
    audit_service.record(
        session,
        actor,
        action,
        entity_type=entity_type,
        entity_id=entity_id,
        subject_person_id=subject_person_id,
        detail=detail,
    )
