"""What the reflection editor needs to open in one trip to the database, and the plain-JSON
form its autosaved drafts take."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from mentorlog.models import ReflectionTemplate, Visibility
from mentorlog.services import drafts
from mentorlog.services.access import Actor
from mentorlog.services.entries import is_student_of, person_name, require_participant
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.services.observations import ObservationChoice, linkable_observations
from mentorlog.services.reflections import ReflectionInput, ReflectionView, get_reflection

DRAFT_KIND = "reflection"


@dataclass(frozen=True)
class ReflectionEditorData:
    student_name: str
    author_is_student: bool
    reflection: ReflectionView | None
    draft: drafts.DraftView | None
    observations: tuple[ObservationChoice, ...]


def editor_data(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    reflection_id: uuid.UUID | None = None,
) -> ReflectionEditorData:
    """Refuses, as saving would, anyone who may not write this reflection."""
    placement = require_participant(session, actor, placement_id)
    reflection = get_reflection(session, actor, reflection_id) if reflection_id else None
    if reflection is not None and reflection.author_id != actor.person_id:
        raise PermissionDeniedError("Only the person who wrote this reflection may change it.")
    return ReflectionEditorData(
        student_name=person_name(session, placement.student_id),
        author_is_student=is_student_of(placement, actor),
        reflection=reflection,
        draft=drafts.find_draft(session, actor, DRAFT_KIND, placement_id, reflection_id),
        observations=tuple(linkable_observations(session, actor, placement_id)),
    )


def to_payload(data: ReflectionInput, reflection_id: uuid.UUID | None) -> dict[str, Any]:
    return {
        "reflection_id": str(reflection_id) if reflection_id else None,
        "written_on": data.written_on.isoformat(),
        "template": str(data.template),
        "title": data.title,
        "sections": dict(data.sections),
        "observation_id": str(data.observation_id) if data.observation_id else None,
        "visibility": str(data.visibility),
    }


def from_payload(payload: dict[str, Any]) -> ReflectionInput:
    """The form as it was; damaged parts fall back to defaults rather than fail."""
    try:
        day = date.fromisoformat(payload.get("written_on") or "")
    except ValueError:
        day = date.today()
    sections = payload.get("sections")
    if not isinstance(sections, dict):
        sections = {}
    return ReflectionInput(
        written_on=day,
        template=drafts.enum_or(
            ReflectionTemplate, payload.get("template"), ReflectionTemplate.FREE_TEXT
        ),
        sections={str(k): str(v) for k, v in sections.items()},
        title=str(payload.get("title") or ""),
        observation_id=drafts.uuid_or_none(payload.get("observation_id")),
        visibility=drafts.enum_or(Visibility, payload.get("visibility"), Visibility.SHARED),
    )
