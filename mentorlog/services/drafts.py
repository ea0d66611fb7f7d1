"""Autosaved editor drafts: what someone was typing, kept in the database so it survives a
crash or a power cut, and offered back to them after the next sign-in.

There is one draft per owner, kind, placement and target record (None for a new entry).
The payload is the editor's own plain-JSON description of its fields.
"""

from __future__ import annotations

import enum
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Draft, Person, Placement, utcnow
from mentorlog.services.access import Actor, require_placement
from mentorlog.services.entries import require_person
from mentorlog.services.errors import NotFoundError
from mentorlog.services.text_rules import replace_lone_surrogates

E = TypeVar("E", bound=enum.Enum)
D = TypeVar("D")


@dataclass(frozen=True)
class DraftView:
    id: uuid.UUID
    kind: str
    placement_id: uuid.UUID | None
    target_id: uuid.UUID | None
    payload: dict[str, Any]
    updated_at: datetime
    student_name: str = ""


def save_draft(
    session: Session,
    actor: Actor,
    kind: str,
    placement_id: uuid.UUID | None,
    target_id: uuid.UUID | None,
    payload: dict[str, Any],
) -> DraftView:
    """Create or overwrite the actor's draft for this kind, placement and target."""
    owner_id = require_person(actor, msg("A draft"))
    if placement_id is not None:
        require_placement(session, actor, placement_id)
    payload = keepable(payload)
    draft = _find(session, owner_id, kind, placement_id, target_id)
    if draft is None:
        draft = Draft(
            owner_id=owner_id,
            created_by_id=owner_id,
            kind=kind,
            placement_id=placement_id,
            target_id=target_id,
            payload=payload,
        )
        try:
            with session.begin_nested():
                session.add(draft)
                session.flush()
            return _view(draft)
        except IntegrityError:
            # Another autosave of the same record (another window, another workstation)
            # made it first: there is one draft per record, and this text goes into it.
            draft = _find(session, owner_id, kind, placement_id, target_id)
            if draft is None:
                raise
    draft.payload = payload
    # Set explicitly: the JSON column alone may not count as a change for onupdate.
    draft.updated_at = utcnow()
    session.flush()
    return _view(draft)


def keepable(payload: dict[str, Any]) -> dict[str, Any]:
    """``payload`` as JSON can store it: a lone surrogate (half a character, from a
    broken paste) becomes U+FFFD rather than losing the whole draft."""
    text = json.dumps(payload, ensure_ascii=False, default=str)
    clean = replace_lone_surrogates(text)
    return dict(payload) if clean == text else dict(json.loads(clean))


def find_draft(
    session: Session,
    actor: Actor,
    kind: str,
    placement_id: uuid.UUID | None,
    target_id: uuid.UUID | None,
) -> DraftView | None:
    """The actor's unfinished draft for this record, if there is one."""
    if actor.person_id is None:
        return None
    draft = _find(session, actor.person_id, kind, placement_id, target_id)
    return _view(draft) if draft is not None else None


def list_drafts(session: Session, actor: Actor) -> list[DraftView]:
    """The actor's unfinished drafts, newest first, each with the student's name."""
    if actor.person_id is None:
        return []
    rows = session.execute(
        select(Draft, Person.given_name, Person.family_name)
        .outerjoin(Placement, Placement.id == Draft.placement_id)
        .outerjoin(Person, Person.id == Placement.student_id)
        .where(Draft.owner_id == actor.person_id)
        .order_by(Draft.updated_at.desc())
    )
    return [_view(draft, f"{given or ''} {family or ''}".strip()) for draft, given, family in rows]


def discard_draft(session: Session, actor: Actor, draft_id: uuid.UUID) -> None:
    draft = session.get(Draft, draft_id)
    if draft is None or draft.owner_id != actor.person_id:
        raise NotFoundError(msg("That draft no longer exists."))
    session.delete(draft)
    session.flush()


def discard_drafts_for(
    session: Session,
    actor: Actor,
    kind: str,
    placement_id: uuid.UUID | None,
    target_id: uuid.UUID | None,
) -> None:
    """Forget the draft of a record once it has been saved for real (no error if none)."""
    if actor.person_id is None:
        return
    draft = _find(session, actor.person_id, kind, placement_id, target_id)
    if draft is not None:
        session.delete(draft)
        session.flush()


def enum_or(cls: type[E], value: Any, default: D) -> E | D:
    """A payload's enum value read back, or ``default`` when it is missing or unknown (a
    draft written by another version must still open)."""
    try:
        return cls(value)
    except ValueError:
        return default


def uuid_or_none(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _find(
    session: Session,
    owner_id: uuid.UUID,
    kind: str,
    placement_id: uuid.UUID | None,
    target_id: uuid.UUID | None,
) -> Draft | None:
    query = select(Draft).where(Draft.owner_id == owner_id, Draft.kind == kind)
    query = query.where(
        Draft.placement_id.is_(None) if placement_id is None else Draft.placement_id == placement_id
    )
    query = query.where(
        Draft.target_id.is_(None) if target_id is None else Draft.target_id == target_id
    )
    return session.scalars(query.order_by(Draft.updated_at.desc()).limit(1)).first()


def _view(draft: Draft, student_name: str = "") -> DraftView:
    return DraftView(
        draft.id,
        draft.kind,
        draft.placement_id,
        draft.target_id,
        dict(draft.payload or {}),
        draft.updated_at,
        student_name,
    )
