"""Written reflections, free or guided by a template (Gibbs' reflective cycle, or the record
of a Socratic dialogue), optionally about one observation. The student or a mentor of the
placement writes them; a private reflection is for its author alone."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import Observation, Reflection, ReflectionTemplate, Visibility, utcnow
from mentorlog.services.access import (
    Actor,
    observation_filter,
    reflection_filter,
    require_placement,
)
from mentorlog.services.entries import (
    audit,
    date_problem,
    person_name,
    require_participant,
    require_person,
)
from mentorlog.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from mentorlog.services.stale import require_fresh
from mentorlog.services.text_rules import line_problem, long_text_problem

# The parts of each template, in the order they are written. The first ones listed in
# REQUIRED_SECTIONS must not be empty; the rest may be filled in later.
TEMPLATE_SECTIONS: dict[ReflectionTemplate, tuple[str, ...]] = {
    ReflectionTemplate.FREE_TEXT: ("text",),
    ReflectionTemplate.GIBBS: (
        "description",
        "feelings",
        "evaluation",
        "analysis",
        "conclusion",
        "action_plan",
    ),
    ReflectionTemplate.SOCRATIC: ("question", "experience", "agreed_answer", "participants"),
}
REQUIRED_SECTIONS: dict[ReflectionTemplate, tuple[str, ...]] = {
    ReflectionTemplate.FREE_TEXT: ("text",),
    ReflectionTemplate.GIBBS: ("description",),
    ReflectionTemplate.SOCRATIC: ("question", "experience"),
}
_MISSING = {
    "text": msg("Write your reflection."),
    "description": msg("Describe what happened."),
    "question": msg("Write down the question the group examined."),
    "experience": msg("Describe the concrete experience the group examined."),
}
MAX_TITLE = 200


@dataclass(frozen=True)
class ReflectionInput:
    written_on: date
    template: ReflectionTemplate
    sections: Mapping[str, str]
    title: str = ""
    observation_id: uuid.UUID | None = None
    visibility: Visibility = Visibility.SHARED


@dataclass(frozen=True)
class ReflectionView:
    id: uuid.UUID
    placement_id: uuid.UUID
    author_id: uuid.UUID
    author_name: str
    written_on: date
    template: ReflectionTemplate
    title: str
    sections: dict[str, str]
    observation_id: uuid.UUID | None
    visibility: Visibility
    updated_at: datetime
    deleted_at: datetime | None
    row_version: int = 1


def create_reflection(
    session: Session, actor: Actor, placement_id: uuid.UUID, data: ReflectionInput
) -> ReflectionView:
    placement = require_participant(session, actor, placement_id)
    author_id = require_person(actor, msg("A reflection"))
    _validate(
        session, actor, placement_id, data, date_problem(data.written_on, placement, after_end=True)
    )
    reflection = Reflection(placement_id=placement_id, author_id=author_id, created_by_id=author_id)
    _apply(reflection, data)
    session.add(reflection)
    session.flush()
    audit(session, actor, "reflection.create", "reflection", reflection.id, placement.student_id)
    return _view(session, reflection)


def update_reflection(
    session: Session,
    actor: Actor,
    reflection_id: uuid.UUID,
    data: ReflectionInput,
    *,
    expected_version: int | None = None,
) -> ReflectionView:
    """Change the actor's reflection; refused (StaleEditError) when it was saved since
    ``expected_version`` (the same author, at another workstation)."""
    reflection = _own(session, actor, reflection_id)
    placement = require_participant(session, actor, reflection.placement_id)
    require_fresh(session, reflection, expected_version, msg("reflection"))
    _validate(
        session,
        actor,
        reflection.placement_id,
        data,
        date_problem(data.written_on, placement, after_end=True),
    )
    _apply(reflection, data)
    session.flush()
    audit(session, actor, "reflection.update", "reflection", reflection.id, placement.student_id)
    return _view(session, reflection)


def get_reflection(session: Session, actor: Actor, reflection_id: uuid.UUID) -> ReflectionView:
    reflection = session.get(Reflection, reflection_id)
    if reflection is None:
        raise NotFoundError(msg("That reflection no longer exists."))
    require_placement(session, actor, reflection.placement_id)
    readable = select(Reflection.id).where(Reflection.id == reflection_id, reflection_filter(actor))
    if session.scalar(readable) is None:
        raise PermissionDeniedError(msg("This reflection is private to its author."))
    return _view(session, reflection)


def list_reflections(
    session: Session, actor: Actor, placement_id: uuid.UUID
) -> list[ReflectionView]:
    """The placement's reflections ``actor`` may read, newest first."""
    require_placement(session, actor, placement_id)
    query = select(Reflection).where(
        Reflection.placement_id == placement_id,
        Reflection.deleted_at.is_(None),
        reflection_filter(actor),
    )
    rows = session.scalars(
        query.order_by(Reflection.written_on.desc(), Reflection.created_at.desc())
    )
    return [_view(session, r) for r in rows]


def delete_reflection(session: Session, actor: Actor, reflection_id: uuid.UUID) -> None:
    reflection = _own(session, actor, reflection_id)
    reflection.deleted_at = utcnow()
    session.flush()
    audit(session, actor, "reflection.delete", "reflection", reflection.id)


def restore_reflection(session: Session, actor: Actor, reflection_id: uuid.UUID) -> None:
    reflection = _own(session, actor, reflection_id, allow_deleted=True)
    reflection.deleted_at = None
    session.flush()
    audit(session, actor, "reflection.restore", "reflection", reflection.id)


def _own(
    session: Session, actor: Actor, reflection_id: uuid.UUID, *, allow_deleted: bool = False
) -> Reflection:
    reflection = session.get(Reflection, reflection_id)
    if reflection is None or (reflection.deleted_at is not None and not allow_deleted):
        raise NotFoundError(msg("That reflection no longer exists."))
    if reflection.author_id != require_person(actor, msg("Changing a reflection")):
        raise PermissionDeniedError(msg("Only the person who wrote this reflection may change it."))
    return reflection


def _validate(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    data: ReflectionInput,
    day_problem: Message | None,
) -> None:
    problems: dict[str, Message] = {}
    if day_problem:
        problems["written_on"] = day_problem
    if problem := line_problem(data.title, MAX_TITLE):
        problems["title"] = problem
    for name in TEMPLATE_SECTIONS[data.template]:
        if problem := long_text_problem(str(data.sections.get(name, ""))):
            problems[name] = problem
    for name in REQUIRED_SECTIONS[data.template]:
        if name not in problems and not str(data.sections.get(name, "")).strip():
            problems[name] = _MISSING[name]
    if data.observation_id is not None:
        linked = session.scalar(
            select(Observation.id).where(
                Observation.id == data.observation_id,
                Observation.placement_id == placement_id,
                Observation.deleted_at.is_(None),
                observation_filter(actor),
            )
        )
        if linked is None:
            problems["observation_id"] = msg("Link an observation of this placement, or none.")
    if problems:
        raise ValidationError(problems)


def _apply(reflection: Reflection, data: ReflectionInput) -> None:
    reflection.written_on = data.written_on
    reflection.template = data.template
    reflection.title = data.title.strip()
    # Keep only the template's own parts, so switching templates leaves no stray text.
    reflection.sections = {
        name: str(data.sections.get(name, "")) for name in TEMPLATE_SECTIONS[data.template]
    }
    reflection.observation_id = data.observation_id
    reflection.visibility = data.visibility
    reflection.updated_at = utcnow()  # JSON sections alone may not count as a change


def _view(session: Session, r: Reflection) -> ReflectionView:
    return ReflectionView(
        id=r.id,
        placement_id=r.placement_id,
        author_id=r.author_id,
        author_name=person_name(session, r.author_id),
        written_on=r.written_on,
        template=r.template,
        title=r.title,
        sections={k: str(v) for k, v in (r.sections or {}).items()},
        observation_id=r.observation_id,
        visibility=r.visibility,
        updated_at=r.updated_at,
        deleted_at=r.deleted_at,
        row_version=r.row_version,
    )
