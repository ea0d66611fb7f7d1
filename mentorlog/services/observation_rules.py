"""What makes an observation saveable as a draft, and what more it needs to be published:
the checks behind the editor's problems, each named by the field it is about."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import Competency, Domain, Placement, ScaleLevel, Shift, Visibility
from mentorlog.services.entries import date_problem
from mentorlog.services.framework_wording import worded
from mentorlog.services.text_rules import line_problem, long_text_problem

MAX_SHIFT_MINUTES = 24 * 60
SHORT_TEXT = 120  # setting and situation type columns


@dataclass(frozen=True)
class RatingInput:
    competency_id: uuid.UUID
    level_value: int | None  # None: chosen but not yet rated
    comment: str = ""
    not_responding_to_training: bool = False


@dataclass(frozen=True)
class ObservationInput:
    observed_on: date
    shift: Shift | None
    narrative: str = ""
    duration_minutes: int = 0
    setting: str = ""
    situation_type: str = ""
    visibility: Visibility = Visibility.SHARED
    discussed_with_student: bool = False
    remedial_minutes: int = 0
    ratings: tuple[RatingInput, ...] = ()


@dataclass(frozen=True)
class RatedCompetency:
    """A rated competency with the scale of its own framework version."""

    name: str  # worded for the reader, as the level labels
    levels: dict[int, ScaleLevel]
    labels: dict[int, str] = field(default_factory=dict)


def rated_competencies(
    session: Session, data: ObservationInput
) -> dict[uuid.UUID, RatedCompetency]:
    """Each rated competency with the scale of its own framework version, in one query."""
    ids = {r.competency_id for r in data.ratings}
    if not ids:
        return {}
    found: dict[uuid.UUID, RatedCompetency] = {}
    rows = session.execute(
        select(Competency.id, worded(Competency.name), ScaleLevel, worded(ScaleLevel.label))
        .join(Domain, Domain.id == Competency.domain_id)
        .join(ScaleLevel, ScaleLevel.framework_version_id == Domain.framework_version_id)
        .where(Competency.id.in_(ids))
    )
    for cid, name, level, label in rows:
        rated = found.setdefault(cid, RatedCompetency(name, {}))
        rated.levels[level.value] = level
        rated.labels[level.value] = label
    return found


def basic_problems(
    data: ObservationInput, comps: dict[uuid.UUID, RatedCompetency]
) -> dict[str, Message]:
    """What stops even a draft from being saved."""
    problems: dict[str, Message] = {}
    if data.observed_on is None:
        problems["observed_on"] = msg("Enter the date of the shift.")
    if data.shift is None:
        problems["shift"] = msg("Choose the shift.")
    if not 0 <= data.duration_minutes <= MAX_SHIFT_MINUTES:
        problems["duration_minutes"] = msg("The duration must be between 0 and 24 hours.")
    if data.remedial_minutes < 0 or data.remedial_minutes > max(data.duration_minutes, 0):
        problems["remedial_minutes"] = msg("Remedial time cannot be longer than the shift.")
    for name, value in (("setting", data.setting), ("situation_type", data.situation_type)):
        if problem := line_problem(value, SHORT_TEXT):
            problems[name] = problem
    if problem := long_text_problem(data.narrative):
        problems["narrative"] = problem
    seen: set[uuid.UUID] = set()
    for r in data.ratings:
        key = f"rating:{r.competency_id}"
        comp = comps.get(r.competency_id)
        if problem := long_text_problem(r.comment):
            problems[key] = problem
        elif comp is None:
            problems[key] = msg("This competency is not in the framework any more; remove it.")
        elif r.competency_id in seen:
            problems[key] = msg("“{comp}” is rated twice; keep one rating.", comp=comp.name)
        elif r.level_value is None:
            problems[key] = msg(
                "Choose a level for “{comp}”, or mark it not observed.", comp=comp.name
            )
        elif r.level_value not in comp.levels:
            problems[key] = msg("Choose one of the scale's levels for “{comp}”.", comp=comp.name)
        seen.add(r.competency_id)
    return problems


def publishing_problems(
    data: ObservationInput,
    placement: Placement,
    comps: dict[uuid.UUID, RatedCompetency],
    found: dict[str, Message],
) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    if "observed_on" not in found:
        day_problem = date_problem(data.observed_on, placement)
        if day_problem:
            problems["observed_on"] = day_problem
    if not data.narrative.strip():
        problems["narrative"] = msg("Describe what you observed on this shift.")
    # A private note is the mentor's own memory of the shift: text is enough.
    if not data.ratings and data.visibility == Visibility.SHARED:
        problems["ratings"] = msg(
            "Choose at least one competency and rate it, or mark it “Not observed”."
        )
    for r in data.ratings:
        key = f"rating:{r.competency_id}"
        if key in found or r.level_value is None:
            continue
        level = comps[r.competency_id].levels[r.level_value]
        if level.requires_comment and not r.comment.strip():
            problems[key] = msg(
                "Write a comment for “{name}”: level {code} (“{label}”) needs one saying what you "
                "saw.",
                name=comps[r.competency_id].name,
                code=level.code,
                label=comps[r.competency_id].labels[level.value],
            )
    return problems
