"""A mentor's observation of a shift: drafts, publishing with validation, editing, marking
it discussed, and deleting with undo (a soft delete that ``restore_observation`` reverses).

Only the observation's author changes it, and nobody changes a locked (signed) one. A
save names the row version it was made from (``expected_version``) and is refused, with
who changed it and when, if someone saved it since (services/stale.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import (
    Competency,
    CompetencyAnchor,
    Domain,
    EntryStatus,
    Observation,
    Placement,
    Rating,
    ScaleLevel,
    Shift,
    Visibility,
    utcnow,
)
from mentorlog.services.access import (
    Actor,
    observation_filter,
    require_placement,
    visible_observation,
)
from mentorlog.services.entries import (
    audit,
    person_name,
    refuse_if_locked,
    require_mentor_of,
    require_person,
)
from mentorlog.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from mentorlog.services.framework_wording import worded
from mentorlog.services.observation_rules import (
    ObservationInput,
    RatedCompetency,
    RatingInput,
    basic_problems,
    publishing_problems,
    rated_competencies,
)
from mentorlog.services.stale import require_fresh


@dataclass(frozen=True)
class RatingView:
    """A rating with the wording it was given under (the level and anchor rows of the
    framework version its competency belongs to)."""

    competency_id: uuid.UUID
    competency_key: str
    competency_name: str
    domain_name: str
    level_value: int
    level_code: str
    level_label: str
    level_anchor: str
    competency_anchor: str
    requires_comment: bool
    is_not_observed: bool
    comment: str
    not_responding_to_training: bool


@dataclass(frozen=True)
class ObservationView:
    id: uuid.UUID
    placement_id: uuid.UUID
    author_id: uuid.UUID
    author_name: str
    observed_on: date
    shift: Shift
    narrative: str
    duration_minutes: int
    setting: str
    situation_type: str
    visibility: Visibility
    status: EntryStatus
    discussed_with_student: bool
    remedial_minutes: int
    published_at: datetime | None
    locked_at: datetime | None
    deleted_at: datetime | None
    updated_at: datetime
    ratings: tuple[RatingView, ...] = field(default_factory=tuple)
    row_version: int = 1  # what a save made from this view names as expected_version

    @property
    def is_published(self) -> bool:
        return self.status == EntryStatus.PUBLISHED

    def as_input(self) -> ObservationInput:
        return ObservationInput(
            observed_on=self.observed_on,
            shift=self.shift,
            narrative=self.narrative,
            duration_minutes=self.duration_minutes,
            setting=self.setting,
            situation_type=self.situation_type,
            visibility=self.visibility,
            discussed_with_student=self.discussed_with_student,
            remedial_minutes=self.remedial_minutes,
            ratings=tuple(
                RatingInput(r.competency_id, r.level_value, r.comment, r.not_responding_to_training)
                for r in self.ratings
            ),
        )


@dataclass(frozen=True)
class ObservationChoice:
    """An observation a reflection can be linked to."""

    id: uuid.UUID
    observed_on: date
    shift: Shift
    summary: str


def save_draft(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    data: ObservationInput,
    observation_id: uuid.UUID | None = None,
    *,
    expected_version: int | None = None,
) -> ObservationView:
    """Save an unpublished observation (new, or an existing draft of the actor's)."""
    return _save(
        session, actor, placement_id, data, observation_id, EntryStatus.DRAFT, expected_version
    )


def publish(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    data: ObservationInput,
    observation_id: uuid.UUID | None = None,
    *,
    expected_version: int | None = None,
) -> ObservationView:
    """Validate and publish (a new observation, a draft, or changes to a published one).

    Raises ValidationError naming each problem by field: ``observed_on``, ``shift``,
    ``narrative``, ``ratings``, ``duration_minutes``, ``rating:<competency id>``; and
    StaleEditError when the observation changed since ``expected_version``.
    """
    return _save(
        session, actor, placement_id, data, observation_id, EntryStatus.PUBLISHED, expected_version
    )


def _save(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    data: ObservationInput,
    observation_id: uuid.UUID | None,
    status: EntryStatus,
    expected_version: int | None = None,
) -> ObservationView:
    placement = require_mentor_of(session, actor, placement_id)
    obs = _editable(session, actor, observation_id, placement_id) if observation_id else None
    if obs is not None:
        require_fresh(session, obs, expected_version, msg("observation"))
    if obs is not None and obs.status == EntryStatus.PUBLISHED and status == EntryStatus.DRAFT:
        raise ValidationError(
            {
                "status": msg(
                    "This observation is already published; save your changes by publishing."
                )
            }
        )
    comps = rated_competencies(session, data)
    problems = basic_problems(data, comps)
    if status == EntryStatus.PUBLISHED:
        problems.update(publishing_problems(data, placement, comps, problems))
    if problems:
        raise ValidationError(problems)
    obs = _write(session, actor, placement, obs, data, comps, status)
    return _view(session, obs)


def get_observation(session: Session, actor: Actor, observation_id: uuid.UUID) -> ObservationView:
    """One observation with its ratings, if ``actor`` may see it."""
    return _view(session, visible_observation(session, actor, observation_id))


def mark_discussed(
    session: Session, actor: Actor, observation_id: uuid.UUID, discussed: bool = True
) -> ObservationView:
    obs = _editable(session, actor, observation_id)
    obs.discussed_with_student = discussed
    session.flush()
    audit(session, actor, "observation.discussed", "observation", obs.id, detail={"to": discussed})
    return _view(session, obs)


def delete_observation(session: Session, actor: Actor, observation_id: uuid.UUID) -> None:
    """Soft-delete: the record stays so ``restore_observation`` can undo it."""
    obs = _editable(session, actor, observation_id)
    obs.deleted_at = utcnow()
    session.flush()
    audit(session, actor, "observation.delete", "observation", obs.id)


def restore_observation(session: Session, actor: Actor, observation_id: uuid.UUID) -> None:
    obs = _editable(session, actor, observation_id, allow_deleted=True)
    obs.deleted_at = None
    session.flush()
    audit(session, actor, "observation.restore", "observation", obs.id)


def linkable_observations(
    session: Session, actor: Actor, placement_id: uuid.UUID, limit: int = 200
) -> list[ObservationChoice]:
    """Recent observations of the placement ``actor`` may see, newest first."""
    require_placement(session, actor, placement_id)
    rows = session.execute(
        select(Observation.id, Observation.observed_on, Observation.shift, Observation.narrative)
        .where(
            Observation.placement_id == placement_id,
            Observation.deleted_at.is_(None),
            Observation.is_current.is_(True),
            observation_filter(actor),
        )
        .order_by(Observation.observed_on.desc(), Observation.created_at.desc())
        .limit(limit)
    )
    return [
        ObservationChoice(oid, day, shift, " ".join(text.split())[:80])
        for oid, day, shift, text in rows
    ]


# -- loading and access -------------------------------------------------------------------


def _editable(
    session: Session,
    actor: Actor,
    observation_id: uuid.UUID,
    placement_id: uuid.UUID | None = None,
    *,
    allow_deleted: bool = False,
) -> Observation:
    obs = session.get(Observation, observation_id)
    if obs is None or (placement_id is not None and obs.placement_id != placement_id):
        raise NotFoundError(msg("That observation no longer exists."))
    if obs.author_id != require_person(actor, msg("Changing an observation")):
        raise PermissionDeniedError(
            msg("Only the mentor who wrote this observation may change or delete it.")
        )
    if obs.deleted_at is not None and not allow_deleted:
        raise NotFoundError(msg("This observation has been deleted."))
    refuse_if_locked(obs.locked_at, msg("observation"))
    return obs


# -- writing --------------------------------------------------------------------------------


def _write(
    session: Session,
    actor: Actor,
    placement: Placement,
    obs: Observation | None,
    data: ObservationInput,
    comps: dict[uuid.UUID, RatedCompetency],
    status: EntryStatus,
) -> Observation:
    author_id = require_person(actor, msg("An observation"))
    created = obs is None
    if obs is None:
        obs = Observation(
            placement_id=placement.id, author_id=author_id, created_by_id=author_id, ratings=[]
        )
        session.add(obs)
    was_published = obs.status == EntryStatus.PUBLISHED
    assert data.shift is not None  # checked by _basic_problems
    obs.observed_on = data.observed_on
    obs.shift = data.shift
    obs.narrative = data.narrative
    obs.duration_minutes = data.duration_minutes
    obs.setting = data.setting.strip()
    obs.situation_type = data.situation_type.strip()
    obs.visibility = data.visibility
    obs.discussed_with_student = data.discussed_with_student
    obs.remedial_minutes = data.remedial_minutes
    obs.status = status
    # Always an UPDATE of the row, so its version moves on even when only ratings changed.
    obs.updated_at = utcnow()
    if status == EntryStatus.PUBLISHED and obs.published_at is None:
        obs.published_at = utcnow()
    _write_ratings(obs, data.ratings, comps, author_id)
    session.flush()
    if status == EntryStatus.PUBLISHED and not was_published:
        action = "observation.publish"
    else:
        action = "observation.create" if created else "observation.update"
    detail = {"status": str(status), "ratings": len(data.ratings)}
    audit(session, actor, action, "observation", obs.id, placement.student_id, detail)
    return obs


def _write_ratings(
    obs: Observation,
    ratings: tuple[RatingInput, ...],
    comps: dict[uuid.UUID, RatedCompetency],
    author_id: uuid.UUID,
) -> None:
    # Update in place rather than delete-and-insert: the unit of work inserts before it
    # deletes, which would trip the one-rating-per-competency constraint.
    existing = {r.competency_id: r for r in obs.ratings}
    wanted = {r.competency_id for r in ratings}
    for cid, old in existing.items():
        if cid not in wanted:
            obs.ratings.remove(old)
    for r in ratings:
        assert r.level_value is not None  # checked by _basic_problems
        level = comps[r.competency_id].levels[r.level_value]
        row = existing.get(r.competency_id)
        if row is None:
            row = Rating(competency_id=r.competency_id, created_by_id=author_id)
            obs.ratings.append(row)
        row.level_id = level.id
        row.comment = r.comment.strip()
        row.not_responding_to_training = r.not_responding_to_training


def _view(session: Session, obs: Observation) -> ObservationView:
    rows = session.execute(
        select(
            Rating,
            Competency,
            ScaleLevel,
            worded(Competency.name),
            worded(Domain.name),
            worded(ScaleLevel.label),
            worded(ScaleLevel.anchor),
            worded(CompetencyAnchor.text),
        )
        .join(Competency, Competency.id == Rating.competency_id)
        .join(Domain, Domain.id == Competency.domain_id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .outerjoin(
            CompetencyAnchor,
            and_(
                CompetencyAnchor.competency_id == Competency.id,
                CompetencyAnchor.level_value == ScaleLevel.value,
            ),
        )
        .where(Rating.observation_id == obs.id)
        .order_by(Domain.position, Competency.position)
    ).all()
    ratings = tuple(
        RatingView(
            competency_id=c.id,
            competency_key=c.key,
            competency_name=name,
            domain_name=domain_name,
            level_value=level.value,
            level_code=level.code,
            level_label=label,
            level_anchor=level_anchor,
            competency_anchor=anchor or "",
            requires_comment=level.requires_comment,
            is_not_observed=level.is_not_observed,
            comment=rating.comment,
            not_responding_to_training=rating.not_responding_to_training,
        )
        for rating, c, level, name, domain_name, label, level_anchor, anchor in rows
    )
    return ObservationView(
        id=obs.id,
        placement_id=obs.placement_id,
        author_id=obs.author_id,
        author_name=person_name(session, obs.author_id),
        observed_on=obs.observed_on,
        shift=obs.shift,
        narrative=obs.narrative,
        duration_minutes=obs.duration_minutes,
        setting=obs.setting,
        situation_type=obs.situation_type,
        visibility=obs.visibility,
        status=obs.status,
        discussed_with_student=obs.discussed_with_student,
        remedial_minutes=obs.remedial_minutes,
        published_at=obs.published_at,
        locked_at=obs.locked_at,
        deleted_at=obs.deleted_at,
        updated_at=obs.updated_at,
        ratings=ratings,
        row_version=obs.row_version,
    )
