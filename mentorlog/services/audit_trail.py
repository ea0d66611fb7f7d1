"""Reading the audit trail: filtered, newest first, for coordinators and administrators.

Filtering happens in SQL (indexed columns), so browsing stays quick on a long trail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mentorlog.models import AuditEvent, Role
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role
from mentorlog.services.text_match import contains_text


@dataclass(frozen=True)
class AuditRow:
    seq: int
    occurred_at: datetime
    actor_id: uuid.UUID | None
    actor_name: str
    workstation: str
    action: str
    entity_type: str
    entity_id: uuid.UUID | None
    subject_person_id: uuid.UUID | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditFilter:
    """What to show. Dates are whole days in UTC; ``until`` is inclusive."""

    action: str | None = None
    since: date | None = None
    until: date | None = None
    actor_id: uuid.UUID | None = None
    subject_person_id: uuid.UUID | None = None
    text: str = ""  # in the actor's name, the workstation or the action


def require_reader(actor: Actor) -> None:
    require_role(actor, Role.COORDINATOR, Role.ADMINISTRATOR)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _filtered(stmt: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.action:
        stmt = stmt.where(AuditEvent.action == flt.action)
    if flt.since:
        stmt = stmt.where(AuditEvent.occurred_at >= _start_of(flt.since))
    if flt.until:
        stmt = stmt.where(AuditEvent.occurred_at < _start_of(flt.until) + timedelta(days=1))
    if flt.actor_id:
        stmt = stmt.where(AuditEvent.actor_id == flt.actor_id)
    if flt.subject_person_id:
        stmt = stmt.where(AuditEvent.subject_person_id == flt.subject_person_id)
    if flt.text.strip():
        stmt = stmt.where(
            contains_text(
                flt.text, AuditEvent.actor_name, AuditEvent.workstation, AuditEvent.action
            )
        )
    return stmt


def list_events(
    session: Session,
    actor: Actor,
    flt: AuditFilter | None = None,
    *,
    limit: int = 200,
    offset: int = 0,
) -> list[AuditRow]:
    """Events matching ``flt``, newest first."""
    require_reader(actor)
    stmt = _filtered(select(AuditEvent), flt or AuditFilter())
    stmt = stmt.order_by(AuditEvent.seq.desc()).limit(limit).offset(offset)
    return [
        AuditRow(
            e.seq,
            e.occurred_at,
            e.actor_id,
            e.actor_name,
            e.workstation,
            e.action,
            e.entity_type,
            e.entity_id,
            e.subject_person_id,
            dict(e.detail or {}),
        )
        for e in session.scalars(stmt)
    ]


def count_events(session: Session, actor: Actor, flt: AuditFilter | None = None) -> int:
    require_reader(actor)
    stmt = _filtered(select(func.count()).select_from(AuditEvent), flt or AuditFilter())
    return session.scalar(stmt) or 0


def action_names(session: Session, actor: Actor) -> list[str]:
    """Every action the trail holds, for a filter list."""
    require_reader(actor)
    return list(session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))


def verify(session: Session, actor: Actor) -> audit.ChainReport:
    """Check the chain (see ``audit.verify_chain``) as someone allowed to read the trail."""
    require_reader(actor)
    return audit.verify_chain(session)


def find_head(session: Session, actor: Actor, head: str) -> int | None:
    """The seq of the event whose hash is ``head`` (e.g. printed on a report), or None
    when the trail no longer holds it: it was rewritten or cut short after that point."""
    require_reader(actor)
    if head == audit.GENESIS_HASH:
        return 0
    return session.scalar(select(AuditEvent.seq).where(AuditEvent.hash == head.strip().lower()))
