"""The student's own rating of a competency: a level of the placement's framework scale
("not observed" included), an optional comment, and the day it was given. Only the
placement's student writes one; it is shown beside the mentor's ratings, never averaged
into them (see ``competencies.competency_overview``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import SelfAssessment
from mentorlog.services.access import Actor, require_placement
from mentorlog.services.entries import (
    audit,
    date_problem,
    is_student_of,
    placement_framework,
    require_person,
)
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from mentorlog.services.text_rules import long_text_problem

MAX_COMMENT = 2000


@dataclass(frozen=True)
class SelfAssessmentInput:
    competency_id: uuid.UUID
    level_value: int | None
    comment: str = ""
    assessed_on: date | None = None  # today when not given


@dataclass(frozen=True)
class SelfAssessmentView:
    id: uuid.UUID
    placement_id: uuid.UUID
    competency_key: str
    competency_name: str
    level_value: int
    level_code: str
    level_label: str
    is_not_observed: bool
    assessed_on: date
    comment: str


def record_self_assessment(
    session: Session, actor: Actor, placement_id: uuid.UUID, data: SelfAssessmentInput
) -> SelfAssessmentView:
    """Record the student's self-assessment of one competency of their placement.

    Raises PermissionDeniedError for anyone but the placement's student, and
    ValidationError naming ``competency``, ``level``, ``assessed_on`` or ``comment``.
    """
    placement = require_placement(session, actor, placement_id)
    if not is_student_of(placement, actor):
        raise PermissionDeniedError(
            msg(
                "Only the student of this placement rates themself here; {name} is not.",
                name=actor.name,
            )
        )
    author_id = require_person(actor, msg("A self-assessment"))
    framework = placement_framework(session, actor, placement_id)
    competency = next((c for c in framework.competencies if c.id == data.competency_id), None)
    level = next((lv for lv in framework.levels if lv.value == data.level_value), None)
    assessed_on = data.assessed_on or date.today()
    comment = data.comment.strip()
    problems: dict[str, Message] = {}
    if competency is None:
        problems["competency"] = msg("Choose a competency of this placement's framework.")
    if level is None:
        problems["level"] = msg("Choose the level that describes you best, or “not observed”.")
    when = date_problem(assessed_on, placement, after_end=True)
    if when:
        problems["assessed_on"] = when
    if problem := long_text_problem(comment, MAX_COMMENT):
        problems["comment"] = problem
    if problems:
        raise ValidationError(problems)
    assert competency is not None and level is not None
    row = SelfAssessment(
        placement_id=placement_id,
        author_id=author_id,
        created_by_id=author_id,
        competency_id=competency.id,
        level_id=level.id,
        assessed_on=assessed_on,
        comment=comment,
    )
    session.add(row)
    session.flush()
    audit(
        session,
        actor,
        "self_assessment.create",
        "self_assessment",
        row.id,
        placement.student_id,
        {"competency": competency.key, "level": level.code},
    )
    return SelfAssessmentView(
        row.id,
        placement_id,
        competency.key,
        competency.name,
        level.value,
        level.code,
        level.label,
        level.is_not_observed,
        assessed_on,
        comment,
    )
