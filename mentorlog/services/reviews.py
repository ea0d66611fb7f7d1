"""Mid-point and final reviews: a summary per competency domain (with an optional level),
the overall progress and the actions agreed. A review is a draft until it is published;
the student sees published reviews only. Mentors of the placement and coordinators write
them together; nobody changes a locked (signed) one.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import (
    Domain,
    EntryStatus,
    OverallProgress,
    Review,
    ReviewDomainSummary,
    ReviewKind,
    ScaleLevel,
    utcnow,
)
from mentorlog.services.access import Actor, require_placement, review_filter, writes_reviews
from mentorlog.services.entries import (
    audit,
    date_problem,
    person_name,
    placement_framework,
    refuse_if_locked,
    require_person,
)
from mentorlog.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from mentorlog.services.framework_wording import worded
from mentorlog.services.frameworks import LevelInfo
from mentorlog.services.stale import require_fresh
from mentorlog.services.text_rules import long_text_problem, text_problems

# What each kind of review may conclude: a mid-point looks ahead, a final one decides.
PROGRESS_FOR_KIND: dict[ReviewKind, tuple[OverallProgress, ...]] = {
    ReviewKind.MIDPOINT: (
        OverallProgress.ON_TRACK,
        OverallProgress.NEEDS_SUPPORT,
        OverallProgress.AT_RISK,
    ),
    ReviewKind.FINAL: (OverallProgress.PASSED, OverallProgress.NOT_PASSED),
}


@dataclass(frozen=True)
class DomainSummaryInput:
    domain_id: uuid.UUID
    summary: str = ""
    level_value: int | None = None


@dataclass(frozen=True)
class ReviewInput:
    kind: ReviewKind
    held_on: date
    overall_progress: OverallProgress
    summary: str = ""
    agreed_actions: str = ""
    domains: tuple[DomainSummaryInput, ...] = ()


@dataclass(frozen=True)
class DomainSummaryView:
    domain_id: uuid.UUID
    domain_name: str
    summary: str
    level_value: int | None
    level_code: str
    level_label: str


@dataclass(frozen=True)
class ReviewView:
    id: uuid.UUID
    placement_id: uuid.UUID
    author_name: str
    kind: ReviewKind
    held_on: date
    overall_progress: OverallProgress
    summary: str
    agreed_actions: str
    status: EntryStatus
    locked_at: datetime | None
    updated_at: datetime
    domains: tuple[DomainSummaryView, ...]
    row_version: int = 1

    @property
    def is_published(self) -> bool:
        return self.status == EntryStatus.PUBLISHED


@dataclass(frozen=True)
class ReviewDomain:
    id: uuid.UUID
    key: str
    name: str


@dataclass(frozen=True)
class ReviewScale:
    """What a review form offers: the placement framework's domains and its levels."""

    domains: tuple[ReviewDomain, ...]
    levels: tuple[LevelInfo, ...]


def review_scale(session: Session, actor: Actor, placement_id: uuid.UUID) -> ReviewScale:
    framework = placement_framework(session, actor, placement_id)
    domains = session.execute(
        select(Domain.id, Domain.key, worded(Domain.name))
        .where(Domain.framework_version_id == framework.version_id)
        .order_by(Domain.position)
    )
    return ReviewScale(tuple(ReviewDomain(*row) for row in domains), framework.levels)


def list_reviews(session: Session, actor: Actor, placement_id: uuid.UUID) -> list[ReviewView]:
    """The placement's current reviews, latest first; a student sees published ones only."""
    require_placement(session, actor, placement_id)
    query = select(Review).where(
        Review.placement_id == placement_id,
        Review.deleted_at.is_(None),
        Review.is_current.is_(True),
        review_filter(actor),
    )
    reviews = session.scalars(query.order_by(Review.held_on.desc(), Review.created_at.desc()))
    return [_view(session, r) for r in reviews]


def get_review(session: Session, actor: Actor, review_id: uuid.UUID) -> ReviewView:
    review = _review(session, review_id)
    require_placement(session, actor, review.placement_id)
    if review.status != EntryStatus.PUBLISHED and not writes_reviews(actor):
        raise PermissionDeniedError(msg("This review has not been published yet."))
    return _view(session, review)


def save_review_draft(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    data: ReviewInput,
    review_id: uuid.UUID | None = None,
    *,
    expected_version: int | None = None,
) -> ReviewView:
    return _save(session, actor, placement_id, data, review_id, EntryStatus.DRAFT, expected_version)


def publish_review(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    data: ReviewInput,
    review_id: uuid.UUID | None = None,
    *,
    expected_version: int | None = None,
) -> ReviewView:
    """Validate and publish; problems are named by field (``held_on``, ``summary``,
    ``overall_progress``, ``domain:<id>``). A save from a copy older than
    ``expected_version`` is refused (StaleEditError)."""
    return _save(
        session, actor, placement_id, data, review_id, EntryStatus.PUBLISHED, expected_version
    )


def delete_review(session: Session, actor: Actor, review_id: uuid.UUID) -> None:
    review = _writable(session, actor, review_id)
    review.deleted_at = utcnow()
    session.flush()
    audit(session, actor, "review.delete", "review", review.id)


def restore_review(session: Session, actor: Actor, review_id: uuid.UUID) -> None:
    review = _writable(session, actor, review_id, allow_deleted=True)
    review.deleted_at = None
    session.flush()
    audit(session, actor, "review.restore", "review", review.id)


def _review(session: Session, review_id: uuid.UUID, *, allow_deleted: bool = False) -> Review:
    review = session.get(Review, review_id)
    if review is None or (review.deleted_at is not None and not allow_deleted):
        raise NotFoundError(msg("That review no longer exists."))
    return review


def _writable(
    session: Session, actor: Actor, review_id: uuid.UUID, *, allow_deleted: bool = False
) -> Review:
    review = _review(session, review_id, allow_deleted=allow_deleted)
    require_placement(session, actor, review.placement_id, write=True)
    refuse_if_locked(review.locked_at, msg("review"))
    return review


def _save(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    data: ReviewInput,
    review_id: uuid.UUID | None,
    status: EntryStatus,
    expected_version: int | None = None,
) -> ReviewView:
    placement = require_placement(session, actor, placement_id, write=True)
    author_id = require_person(actor, msg("A review"))
    review = _writable(session, actor, review_id) if review_id else None
    if review is not None and review.placement_id != placement_id:
        raise NotFoundError(msg("That review no longer exists."))
    if review is not None:
        require_fresh(session, review, expected_version, msg("review"))
    if (
        review is not None
        and status == EntryStatus.DRAFT
        and review.status == EntryStatus.PUBLISHED
    ):
        raise ValidationError(
            {"status": msg("This review is published; save changes by publishing.")}
        )
    levels = _levels_by_domain(session, data.domains)
    problems = _problems(data, levels)
    if status == EntryStatus.PUBLISHED:
        day = date_problem(data.held_on, placement)
        if day:
            problems["held_on"] = day
        if not data.summary.strip() and "summary" not in problems:
            problems["summary"] = msg("Summarise the student's progress overall.")
    if problems:
        raise ValidationError(problems)
    created = review is None
    if review is None:
        review = Review(
            placement_id=placement_id,
            author_id=author_id,
            created_by_id=author_id,
            domain_summaries=[],
        )
        session.add(review)
    was_published = review.status == EntryStatus.PUBLISHED
    review.kind = data.kind
    review.held_on = data.held_on
    review.overall_progress = data.overall_progress
    review.summary = data.summary
    review.agreed_actions = data.agreed_actions
    review.status = status
    review.updated_at = utcnow()  # an UPDATE even when only domain summaries changed
    _write_domains(review, data.domains, levels)
    session.flush()
    if status == EntryStatus.PUBLISHED and not was_published:
        action = "review.publish"
    else:
        action = "review.create" if created else "review.update"
    audit(session, actor, action, "review", review.id, placement.student_id)
    return _view(session, review)


def _levels_by_domain(
    session: Session, domains: Sequence[DomainSummaryInput]
) -> dict[uuid.UUID, dict[int, uuid.UUID]]:
    """For each summarised domain, its framework version's scale: value -> level id."""
    ids = {d.domain_id for d in domains}
    result: dict[uuid.UUID, dict[int, uuid.UUID]] = {}
    if not ids:
        return result
    for domain_id, value, level_id in session.execute(
        select(Domain.id, ScaleLevel.value, ScaleLevel.id)
        .join(ScaleLevel, ScaleLevel.framework_version_id == Domain.framework_version_id)
        .where(Domain.id.in_(ids))
    ):
        result.setdefault(domain_id, {})[value] = level_id
    return result


def _problems(
    data: ReviewInput, levels: dict[uuid.UUID, dict[int, uuid.UUID]]
) -> dict[str, Message]:
    problems = text_problems({"summary": data.summary, "agreed_actions": data.agreed_actions}, {})
    if data.held_on is None:
        problems["held_on"] = msg("Enter the date the review was held.")
    if data.overall_progress not in PROGRESS_FOR_KIND[data.kind]:
        problems["overall_progress"] = (
            msg("A final review concludes passed or not passed.")
            if data.kind == ReviewKind.FINAL
            else msg("A mid-point review concludes on track, needs support or at risk.")
        )
    for d in data.domains:
        if problem := long_text_problem(d.summary):
            problems[f"domain:{d.domain_id}"] = problem
        elif d.domain_id not in levels:
            problems[f"domain:{d.domain_id}"] = msg("This domain is not in the framework any more.")
        elif d.level_value is not None and d.level_value not in levels[d.domain_id]:
            problems[f"domain:{d.domain_id}"] = msg("Choose one of the scale's levels, or none.")
    return problems


def _write_domains(
    review: Review,
    domains: Sequence[DomainSummaryInput],
    levels: dict[uuid.UUID, dict[int, uuid.UUID]],
) -> None:
    # In place, like ratings: one summary per domain is a unique constraint.
    existing = {s.domain_id: s for s in review.domain_summaries}
    wanted = {d.domain_id: d for d in domains if d.summary.strip() or d.level_value is not None}
    for domain_id, old in existing.items():
        if domain_id not in wanted:
            review.domain_summaries.remove(old)
    for domain_id, d in wanted.items():
        row = existing.get(domain_id)
        if row is None:
            row = ReviewDomainSummary(domain_id=domain_id, created_by_id=review.author_id)
            review.domain_summaries.append(row)
        row.summary = d.summary.strip()
        row.level_id = None if d.level_value is None else levels[domain_id][d.level_value]


def _view(session: Session, review: Review) -> ReviewView:
    rows = session.execute(
        select(
            ReviewDomainSummary,
            worded(Domain.name),
            ScaleLevel.value,
            ScaleLevel.code,
            worded(ScaleLevel.label),
        )
        .join(Domain, Domain.id == ReviewDomainSummary.domain_id)
        .outerjoin(ScaleLevel, ScaleLevel.id == ReviewDomainSummary.level_id)
        .where(ReviewDomainSummary.review_id == review.id)
        .order_by(Domain.position)
    )
    domains = tuple(
        DomainSummaryView(s.domain_id, name, s.summary, value, code or "", label or "")
        for s, name, value, code, label in rows
    )
    return ReviewView(
        id=review.id,
        placement_id=review.placement_id,
        author_name=person_name(session, review.author_id),
        kind=review.kind,
        held_on=review.held_on,
        overall_progress=review.overall_progress,
        summary=review.summary,
        agreed_actions=review.agreed_actions,
        status=review.status,
        locked_at=review.locked_at,
        updated_at=review.updated_at,
        domains=domains,
        row_version=review.row_version,
    )
