"""What the observation editor needs to open in one trip to the database, and the plain-JSON
form its autosaved drafts take (so a draft written by one version reads in the next)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.models import Observation, Shift, Visibility
from mentorlog.services import drafts
from mentorlog.services.access import Actor, require_placement
from mentorlog.services.entries import person_name, placement_framework, require_mentor_of
from mentorlog.services.frameworks import FrameworkInfo
from mentorlog.services.observations import (
    ObservationInput,
    ObservationView,
    RatingInput,
    get_observation,
)
from mentorlog.services.signoff_state import ObservationSignState, observation_state

DRAFT_KIND = "observation"
# An amendment being typed for a signed observation (its target): the payload is the
# observation's, with "amends" (that id) and the "reason" typed so far.
AMENDMENT_KIND = "amendment"
PAYLOAD_VERSION = 1
# Offered in the editable combo boxes before a mentor has typed any of their own.
SETTINGS = (
    "Wing landing",
    "Reception and admissions",
    "Visits hall",
    "Workshop",
    "Exercise yard",
    "Healthcare unit",
    "Segregation unit",
    "Control room",
    "Kitchen and servery",
    "Education block",
)
SITUATIONS = (
    "Unlock and roll check",
    "Meal service",
    "Association",
    "Cell search",
    "Escort",
    "Alarm or incident",
    "Admission interview",
    "Visits",
    "Conflict between prisoners",
    "Handover briefing",
)


@dataclass(frozen=True)
class EditorData:
    framework: FrameworkInfo
    student_name: str
    starts_on: date
    ends_on: date
    observation: ObservationView | None
    draft: drafts.DraftView | None
    settings: tuple[str, ...]
    situations: tuple[str, ...]
    # Why the observation opens only to read (signed, or someone else's), or "".
    read_only_reason: str = ""
    # Who signed it, its version, the student's response, and whether to offer
    # signing or amending (None for a new observation).
    sign_state: ObservationSignState | None = None
    # Opened to read, the author has changes of a signed observation kept: Amend… takes
    # them up (typed while amending, or before it was signed, perhaps on another desk).
    kept_for_amendment: bool = False


def editor_data(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    observation_id: uuid.UUID | None = None,
    *,
    amend: bool = False,
) -> EditorData:
    """Everything to open the editor. A new observation is refused, as saving would be, to
    anyone but a mentor of the placement; an existing one opens to read for anyone who may
    see it, and to edit for its author while it is not signed. ``amend``: the draft is the
    actor's unfinished amendment of the (signed) observation, if any."""
    if observation_id is None:
        placement = require_mentor_of(session, actor, placement_id)
        observation = None
        reason = ""
        state = None
    else:
        placement = require_placement(session, actor, placement_id)
        observation = get_observation(session, actor, observation_id)
        reason = _read_only_reason(observation, actor)
        state = observation_state(session, actor, observation_id)
    # A signed observation opens to read: only an amendment of it has text to restore.
    draft = kept = None
    if not reason:
        draft = drafts.find_draft(session, actor, DRAFT_KIND, placement_id, observation_id)
    elif state is not None and state.may_amend and observation_id is not None:
        kept = _kept_amendment(session, actor, placement_id, observation_id)
        draft = kept if amend else None
    return EditorData(
        framework=placement_framework(session, actor, placement_id),
        student_name=person_name(session, placement.student_id),
        starts_on=placement.starts_on,
        ends_on=placement.ends_on,
        observation=observation,
        draft=draft,
        settings=_suggestions(session, actor, Observation.setting, SETTINGS),
        situations=_suggestions(session, actor, Observation.situation_type, SITUATIONS),
        read_only_reason=reason,
        sign_state=state,
        kept_for_amendment=kept is not None and not amend,
    )


def _kept_amendment(
    session: Session, actor: Actor, placement_id: uuid.UUID, observation_id: uuid.UUID
) -> drafts.DraftView | None:
    """The actor's unfinished amendment of a signed observation. Edits autosaved before it
    was signed can no longer be saved to it: they become the amendment's draft."""
    kept = drafts.find_draft(session, actor, AMENDMENT_KIND, placement_id, observation_id)
    edits = drafts.find_draft(session, actor, DRAFT_KIND, placement_id, observation_id)
    if kept is not None or edits is None:
        return kept
    drafts.discard_drafts_for(session, actor, DRAFT_KIND, placement_id, observation_id)
    payload = edits.payload | {"amends": str(observation_id), "reason": ""}
    return drafts.save_draft(session, actor, AMENDMENT_KIND, placement_id, observation_id, payload)


def _read_only_reason(observation: ObservationView, actor: Actor) -> str:
    if observation.author_id != actor.person_id:
        return f"Written by {observation.author_name}; only they can change it."
    if observation.locked_at is not None:
        return "Signed and locked: corrections are made as an amendment."
    return ""


def _suggestions(
    session: Session, actor: Actor, column: Any, defaults: tuple[str, ...]
) -> tuple[str, ...]:
    """The actor's own most used values first, then the defaults they have not used."""
    used = session.scalars(
        select(column)
        .where(Observation.author_id == actor.person_id, column != "")
        .group_by(column)
        .order_by(func.count().desc())
        .limit(15)
    ).all()
    return tuple(dict.fromkeys([*used, *defaults]))


def to_payload(
    data: ObservationInput, observation_id: uuid.UUID | None, row_version: int | None = None
) -> dict[str, Any]:
    """The form as plain JSON; ``row_version`` is the saved version it was based on, so a
    draft restored later is compared with whatever was saved since."""
    return {
        "version": PAYLOAD_VERSION,
        "observation_id": str(observation_id) if observation_id else None,
        "row_version": row_version,
        "observed_on": data.observed_on.isoformat() if data.observed_on else None,
        "shift": str(data.shift) if data.shift else None,
        "duration_minutes": data.duration_minutes,
        "setting": data.setting,
        "situation_type": data.situation_type,
        "narrative": data.narrative,
        "visibility": str(data.visibility),
        "discussed_with_student": data.discussed_with_student,
        "ratings": [
            {
                "competency_id": str(r.competency_id),
                "level_value": r.level_value,
                "comment": r.comment,
                "nrt": r.not_responding_to_training,
            }
            for r in data.ratings
        ],
    }


def amendment_payload(
    data: ObservationInput, observation_id: uuid.UUID | None, reason: str
) -> dict[str, Any]:
    """An amendment's draft: the form, the signed observation it amends and its reason."""
    return to_payload(data, observation_id) | {"amends": str(observation_id), "reason": reason}


def from_payload(payload: dict[str, Any]) -> ObservationInput:
    """The form as it was; unknown or damaged parts fall back to empty, never fail."""
    try:
        day = date.fromisoformat(payload.get("observed_on") or "")
    except ValueError:
        day = date.today()
    ratings = []
    for r in payload.get("ratings") or []:
        cid = drafts.uuid_or_none(r.get("competency_id"))
        if cid is None:
            continue
        level = r.get("level_value")
        ratings.append(
            RatingInput(
                cid,
                level if isinstance(level, int) else None,
                str(r.get("comment") or ""),
                bool(r.get("nrt")),
            )
        )
    return ObservationInput(
        observed_on=day,
        shift=drafts.enum_or(Shift, payload.get("shift"), None),
        narrative=str(payload.get("narrative") or ""),
        duration_minutes=int(payload.get("duration_minutes") or 0),
        setting=str(payload.get("setting") or ""),
        situation_type=str(payload.get("situation_type") or ""),
        visibility=drafts.enum_or(Visibility, payload.get("visibility"), Visibility.SHARED),
        discussed_with_student=bool(payload.get("discussed_with_student")),
        ratings=tuple(ratings),
    )
