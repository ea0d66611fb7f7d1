"""Causes for concern: a student not progressing, raised with a description, an action plan
and a date to review it; followed through open -> monitoring -> resolved, or escalated to
the academy on the way, each step after raising with a written outcome. Mentors of the
placement and coordinators raise and follow them up; the student can read them, as the
process is done with them, not behind them.

What "open" means is decided here, once, for every reader (the dossier, the placements
list, the dashboard, the reports): a concern is open until it is resolved. An escalated
concern has been handed on to the academy, not settled: it still needs the coordinator,
so it counts as open everywhere, and only resolving closes it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.i18n.messages import N_
from mentorlog.models import Concern, ConcernStatus, Placement, utcnow
from mentorlog.services import signing
from mentorlog.services.access import Actor, concern_filter, placement_filter, require_placement
from mentorlog.services.entries import (
    acting_role,
    audit,
    date_problem,
    person_name,
    require_person,
)
from mentorlog.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from mentorlog.services.stale import require_fresh
from mentorlog.services.text_rules import long_text_problem, text_problems

_STATUS_WORDS = {
    ConcernStatus.OPEN: N_("open"),
    ConcernStatus.MONITORING: N_("being monitored"),
    ConcernStatus.RESOLVED: N_("resolved"),
    ConcernStatus.ESCALATED: N_("escalated"),
}


def status_word(status: ConcernStatus) -> Message:
    """A concern's status as a word for a sentence ("A concern that is open ...")."""
    return Message(_STATUS_WORDS[ConcernStatus(status)])


OPEN_STATUSES = (ConcernStatus.OPEN, ConcernStatus.MONITORING, ConcernStatus.ESCALATED)
CLOSED_STATUSES = (ConcernStatus.RESOLVED,)
# Moving on to these needs the outcome in writing: what was done, or why it is handed on.
WRITTEN_STATUSES = (ConcernStatus.RESOLVED, ConcernStatus.ESCALATED)
# Where a concern may go next. A resolved concern can be reopened if the problem returns;
# an escalated one is resolved (by the academy) or taken back to the placement.
NEXT_STATUSES: dict[ConcernStatus, tuple[ConcernStatus, ...]] = {
    ConcernStatus.OPEN: (ConcernStatus.MONITORING, *WRITTEN_STATUSES),
    ConcernStatus.MONITORING: (ConcernStatus.OPEN, *WRITTEN_STATUSES),
    ConcernStatus.RESOLVED: (ConcernStatus.OPEN,),
    ConcernStatus.ESCALATED: (ConcernStatus.RESOLVED, ConcernStatus.OPEN),
}


def is_open_status(status: str) -> bool:
    """Whether a concern in ``status`` is open (see the module docstring)."""
    return status in OPEN_STATUSES


def open_concern(concern: Any = Concern) -> ColumnElement[bool]:
    """The SQL form of "open" (on Concern or an alias of it): not resolved, not deleted."""
    return and_(concern.status.in_(OPEN_STATUSES), concern.deleted_at.is_(None))


@dataclass(frozen=True)
class ConcernInput:
    raised_on: date
    description: str
    action_plan: str
    review_on: date | None


@dataclass(frozen=True)
class ConcernView:
    id: uuid.UUID
    placement_id: uuid.UUID
    raised_by_name: str
    raised_on: date
    description: str
    action_plan: str
    review_on: date | None
    status: ConcernStatus
    outcome: str
    closed_at: datetime | None
    updated_at: datetime
    row_version: int = 1
    student_response: str = ""  # the student's own answer to it
    student_responded_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return is_open_status(self.status)

    def review_due(self, today: date | None = None) -> bool:
        return (
            self.is_open
            and self.review_on is not None
            and self.review_on <= (today or date.today())
        )


def list_concerns(
    session: Session, actor: Actor, placement_id: uuid.UUID, *, open_only: bool = False
) -> list[ConcernView]:
    """The placement's concerns: open ones first, then by the date raised, latest first."""
    require_placement(session, actor, placement_id)
    query = select(Concern).where(
        Concern.placement_id == placement_id,
        Concern.deleted_at.is_(None),
        concern_filter(actor),
    )
    if open_only:
        query = query.where(open_concern())
    open_first = case((Concern.status.in_(OPEN_STATUSES), 0), else_=1)
    rows = session.scalars(query.order_by(open_first, Concern.raised_on.desc(), Concern.created_at))
    return [_view(session, c) for c in rows]


def open_concern_counts(session: Session, actor: Actor) -> dict[uuid.UUID, int]:
    """How many open concerns each placement ``actor`` may see has (for flags in lists)."""
    rows = session.execute(
        select(Concern.placement_id, func.count())
        .join(Placement, Placement.id == Concern.placement_id)
        .where(open_concern(), placement_filter(actor))
        .group_by(Concern.placement_id)
    )
    return {pid: int(n) for pid, n in rows}


def get_concern(session: Session, actor: Actor, concern_id: uuid.UUID) -> ConcernView:
    concern = _concern(session, concern_id)
    require_placement(session, actor, concern.placement_id)
    return _view(session, concern)


def raise_concern(
    session: Session, actor: Actor, placement_id: uuid.UUID, data: ConcernInput
) -> ConcernView:
    placement = require_placement(session, actor, placement_id, write=True)
    author_id = require_person(actor, msg("A concern"))
    _validate(data, placement)
    concern = Concern(
        placement_id=placement_id,
        raised_by_id=author_id,
        created_by_id=author_id,
        status=ConcernStatus.OPEN,
    )
    _apply(concern, data)
    session.add(concern)
    session.flush()
    audit(session, actor, "concern.raise", "concern", concern.id, placement.student_id)
    return _view(session, concern)


def update_concern(
    session: Session,
    actor: Actor,
    concern_id: uuid.UUID,
    data: ConcernInput,
    *,
    expected_version: int | None = None,
) -> ConcernView:
    """Change a concern; refused (StaleEditError) when it changed since
    ``expected_version``."""
    concern = _concern(session, concern_id)
    placement = require_placement(session, actor, concern.placement_id, write=True)
    require_fresh(session, concern, expected_version, msg("concern"))
    _validate(data, placement)
    _apply(concern, data)
    session.flush()
    audit(session, actor, "concern.update", "concern", concern.id, placement.student_id)
    return _view(session, concern)


def change_status(
    session: Session,
    actor: Actor,
    concern_id: uuid.UUID,
    status: ConcernStatus,
    outcome: str = "",
    *,
    expected_version: int | None = None,
) -> ConcernView:
    """Move a concern on. Resolving or escalating needs the outcome in writing; only
    resolving closes it (an escalated concern stays open for the academy)."""
    concern = _concern(session, concern_id)
    placement = require_placement(session, actor, concern.placement_id, write=True)
    require_fresh(session, concern, expected_version, msg("concern"))
    if status == concern.status:
        return _view(session, concern)
    if status not in NEXT_STATUSES[concern.status]:
        raise ValidationError(
            {
                # TRANSLATORS: {status} and {new_status} are "open", "being monitored", ...
                "status": msg(
                    "A concern that is {status} cannot become {new_status}; reopen it first.",
                    status=status_word(concern.status),
                    new_status=status_word(status),
                )
            }
        )
    if problem := long_text_problem(outcome):
        raise ValidationError({"outcome": problem})
    if status in WRITTEN_STATUSES:
        if not outcome.strip():
            raise ValidationError(
                {"outcome": msg("Write the outcome: what was done and where things stand now.")}
            )
        concern.outcome = outcome.strip()
    concern.closed_at = utcnow() if status in CLOSED_STATUSES else None
    before = concern.status
    concern.status = status
    session.flush()
    detail = {"from": str(before), "to": str(status)}
    if status in CLOSED_STATUSES:
        # A closure or an escalation is signed: its outcome is what the academy relies on.
        signing.sign_and_record(
            session,
            actor,
            "concern.status",
            "concern",
            concern.id,
            role=acting_role(session, actor, placement),
            subject_person_id=placement.student_id,
            placement_id=placement.id,
            detail=detail,
        )
    else:
        audit(session, actor, "concern.status", "concern", concern.id, placement.student_id, detail)
    return _view(session, concern)


RESPONSE_LIMIT = 4000  # characters: a reply, not an essay


def respond(session: Session, actor: Actor, concern_id: uuid.UUID, text: str) -> ConcernView:
    """The student's own answer to a concern raised about them (they may change it; the
    latest stands, and each one is on the audit trail). Only that student answers."""
    concern = _concern(session, concern_id)
    placement = require_placement(session, actor, concern.placement_id)
    if actor.person_id is None or actor.person_id != placement.student_id:
        raise PermissionDeniedError(msg("Only the student a concern is about answers it."))
    reply = text.strip()
    if not reply:
        raise ValidationError({"student_response": msg("Write your reply first.")})
    if len(reply) > RESPONSE_LIMIT:
        raise ValidationError(
            {
                "student_response": msg(
                    "Keep the reply under {limit} characters.", limit=RESPONSE_LIMIT
                )
            }
        )
    concern.student_response = reply
    concern.student_responded_at = utcnow()
    session.flush()
    audit(session, actor, "concern.respond", "concern", concern.id, placement.student_id)
    return _view(session, concern)


def delete_concern(session: Session, actor: Actor, concern_id: uuid.UUID) -> None:
    concern = _concern(session, concern_id)
    require_placement(session, actor, concern.placement_id, write=True)
    concern.deleted_at = utcnow()
    session.flush()
    audit(session, actor, "concern.delete", "concern", concern.id)


def restore_concern(session: Session, actor: Actor, concern_id: uuid.UUID) -> None:
    concern = _concern(session, concern_id, allow_deleted=True)
    require_placement(session, actor, concern.placement_id, write=True)
    concern.deleted_at = None
    session.flush()
    audit(session, actor, "concern.restore", "concern", concern.id)


def _concern(session: Session, concern_id: uuid.UUID, *, allow_deleted: bool = False) -> Concern:
    concern = session.get(Concern, concern_id)
    if concern is None or (concern.deleted_at is not None and not allow_deleted):
        raise NotFoundError(msg("That concern no longer exists."))
    return concern


def _validate(data: ConcernInput, placement: Placement) -> None:
    problems = text_problems({"description": data.description, "action_plan": data.action_plan}, {})
    day = date_problem(data.raised_on, placement, after_end=True)
    if day:
        problems["raised_on"] = day
    if not data.description.strip():
        problems["description"] = msg("Describe the concern: what was seen, and why it matters.")
    if not data.action_plan.strip():
        problems["action_plan"] = msg(
            "Agree an action plan: what the student will do, with what support."
        )
    if data.review_on is None:
        problems["review_on"] = msg("Set a date to review the concern.")
    elif data.raised_on is not None and data.review_on < data.raised_on:
        problems["review_on"] = msg("The review date cannot be before the concern was raised.")
    if problems:
        raise ValidationError(problems)


def _apply(concern: Concern, data: ConcernInput) -> None:
    concern.raised_on = data.raised_on
    concern.description = data.description.strip()
    concern.action_plan = data.action_plan.strip()
    concern.review_on = data.review_on


def _view(session: Session, c: Concern) -> ConcernView:
    return ConcernView(
        id=c.id,
        placement_id=c.placement_id,
        raised_by_name=person_name(session, c.raised_by_id),
        raised_on=c.raised_on,
        description=c.description,
        action_plan=c.action_plan,
        review_on=c.review_on,
        status=c.status,
        outcome=c.outcome,
        closed_at=c.closed_at,
        updated_at=c.updated_at,
        row_version=c.row_version,
        student_response=c.student_response or "",
        student_responded_at=c.student_responded_at,
    )
