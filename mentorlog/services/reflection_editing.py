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
from mentorlog.services.access import Actor, require_placement
from mentorlog.services.entries import is_student_of, person_name, require_participant
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
    read_only_reason: str = ""  # why it opens only to read (someone else's), or ""


def editor_data(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    reflection_id: uuid.UUID | None = None,
) -> ReflectionEditorData:
    """A new reflection is refused, as saving would be, to anyone but the student or a
    mentor of the placement; an existing one opens to read for anyone who may see it, and
    to edit for its author."""
    if reflection_id is None:
        placement = require_participant(session, actor, placement_id)
        reflection, reason = None, ""
    else:
        placement = require_placement(session, actor, placement_id)
        reflection = get_reflection(session, actor, reflection_id)
        reason = (
            ""
            if reflection.author_id == actor.person_id
            else f"Written by {reflection.author_name}; only they can change it."
        )
    return ReflectionEditorData(
        student_name=person_name(session, placement.student_id),
        author_is_student=is_student_of(placement, actor),
        reflection=reflection,
        draft=None
        if reason
        else drafts.find_draft(session, actor, DRAFT_KIND, placement_id, reflection_id),
        observations=tuple(linkable_observations(session, actor, placement_id)),
        read_only_reason=reason,
    )


def to_payload(
    data: ReflectionInput, reflection_id: uuid.UUID | None, row_version: int | None = None
) -> dict[str, Any]:
    """The form as plain JSON, with the saved version it was based on (``row_version``)."""
    return {
        "reflection_id": str(reflection_id) if reflection_id else None,
        "row_version": row_version,
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
