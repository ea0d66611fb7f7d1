"""Where a student stands on each competency of the framework, and its trend over time.

The mentor's latest rating and the student's latest self-assessment are kept apart (shown
side by side, never averaged). Competencies are followed by their stable key, so ratings
given under an older framework version still count. "Not observed" is not a rating: it
neither counts as an observation nor replaces the latest level.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    EntryStatus,
    Observation,
    Rating,
    ScaleLevel,
    SelfAssessment,
)
from mentorlog.services.access import Actor, observation_filter, require_placement
from mentorlog.services.expectations import below_expected, expected_of, load_expectations
from mentorlog.services.frameworks import LevelInfo, applicable_version_id, framework_info

# A competency not observed for this long is brought to the mentor's attention.
STALE_AFTER_DAYS = 21


@dataclass(frozen=True)
class LevelSeen:
    value: int
    code: str
    label: str
    on: date


@dataclass(frozen=True)
class CompetencyStatus:
    key: str
    name: str
    description: str
    domain: str
    latest: LevelSeen | None  # the mentor's latest rating
    self_assessed: LevelSeen | None  # the student's latest self-assessment
    times_observed: int
    days_since_observed: int | None  # None: never observed
    stale: bool  # not observed for STALE_AFTER_DAYS, or never
    # Its recent ratings are below the level expected by now (services.expectations).
    below_expected: bool = False


@dataclass(frozen=True)
class CompetencyOverview:
    rows: tuple[CompetencyStatus, ...]
    levels: tuple[LevelInfo, ...]  # the scale, "not observed" included
    expected_value: float | None  # the level expected by now (services.expectations)
    reference_day: date
    stale_after_days: int

    @property
    def stale(self) -> tuple[CompetencyStatus, ...]:
        return tuple(r for r in self.rows if r.stale)


@dataclass(frozen=True)
class TrendPoint:
    on: date
    value: int
    code: str


@dataclass(frozen=True)
class Trend:
    key: str
    mentor: tuple[TrendPoint, ...]
    self_assessed: tuple[TrendPoint, ...]
    starts_on: date  # the placement's dates: the chart's time axis
    ends_on: date


def _visible_ratings(actor: Actor, placement_id: uuid.UUID) -> list[ColumnElement[bool]]:
    """Published, current ratings of this placement that ``actor`` may read."""
    return [
        Observation.placement_id == placement_id,
        Observation.is_current.is_(True),
        Observation.deleted_at.is_(None),
        Observation.status == EntryStatus.PUBLISHED,
        observation_filter(actor),
        ScaleLevel.is_not_observed.is_(False),
    ]


def _latest_by_key(session: Session, query: Select[Any]) -> dict[str, LevelSeen]:
    ranked = query.subquery()
    rows = session.execute(select(ranked).where(ranked.c.rank == 1))
    return {r.key: LevelSeen(r.value, r.code, r.label, r.on) for r in rows}


def competency_overview(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    today: date | None = None,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> CompetencyOverview:
    placement = require_placement(session, actor, placement_id)
    version_id = applicable_version_id(session, placement.framework_version_id)
    if version_id is None:
        raise LookupError("no competency framework is loaded")
    framework = framework_info(session, version_id)
    # A finished placement is judged at its end, not by how long ago it finished.
    reference = min(today or date.today(), placement.ends_on)

    rated = _visible_ratings(actor, placement_id)
    counts = {
        key: (n, last)
        for key, n, last in session.execute(
            select(Competency.key, func.count(Rating.id), func.max(Observation.observed_on))
            .join(Rating, Rating.competency_id == Competency.id)
            .join(Observation, Observation.id == Rating.observation_id)
            .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
            .where(*rated)
            .group_by(Competency.key)
        )
    }
    latest = _latest_by_key(
        session,
        select(
            Competency.key,
            ScaleLevel.value,
            ScaleLevel.code,
            ScaleLevel.label,
            Observation.observed_on.label("on"),
            func.row_number()
            .over(
                partition_by=Competency.key,
                order_by=(Observation.observed_on.desc(), Observation.created_at.desc()),
            )
            .label("rank"),
        )
        .join(Rating, Rating.competency_id == Competency.id)
        .join(Observation, Observation.id == Rating.observation_id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .where(*rated),
    )
    self_assessed = _latest_by_key(
        session,
        select(
            Competency.key,
            ScaleLevel.value,
            ScaleLevel.code,
            ScaleLevel.label,
            SelfAssessment.assessed_on.label("on"),
            func.row_number()
            .over(
                partition_by=Competency.key,
                order_by=(SelfAssessment.assessed_on.desc(), SelfAssessment.created_at.desc()),
            )
            .label("rank"),
        )
        .join(SelfAssessment, SelfAssessment.competency_id == Competency.id)
        .join(ScaleLevel, ScaleLevel.id == SelfAssessment.level_id)
        .where(
            SelfAssessment.placement_id == placement_id,
            # "Not observed" says the student has not had the chance: it keeps their level.
            ScaleLevel.is_not_observed.is_(False),
        ),
    )
    expectations = load_expectations(session)
    expected = expected_of(session, placement_id, reference, expectations)
    below = {b.key for b in below_expected(session, placement_id, reference, expectations)}
    rows = []
    for comp in framework.competencies:
        n, last = counts.get(comp.key, (0, None))
        days = (reference - last).days if last else None
        rows.append(
            CompetencyStatus(
                key=comp.key,
                name=comp.name,
                description=comp.description,
                domain=comp.domain_name,
                latest=latest.get(comp.key),
                self_assessed=self_assessed.get(comp.key),
                times_observed=int(n),
                days_since_observed=days,
                stale=days is None or days > stale_after_days,
                below_expected=comp.key in below,
            )
        )
    return CompetencyOverview(
        rows=tuple(rows),
        levels=framework.levels,
        expected_value=expected,
        reference_day=reference,
        stale_after_days=stale_after_days,
    )


def competency_trend(session: Session, actor: Actor, placement_id: uuid.UUID, key: str) -> Trend:
    """Every rating of one competency in date order, and the self-assessments beside."""
    placement = require_placement(session, actor, placement_id)
    mentor = session.execute(
        select(Observation.observed_on, ScaleLevel.value, ScaleLevel.code)
        .join(Rating, Rating.observation_id == Observation.id)
        .join(Competency, Competency.id == Rating.competency_id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .where(Competency.key == key, *_visible_ratings(actor, placement_id))
        .order_by(Observation.observed_on, Observation.created_at)
    )
    own = session.execute(
        select(SelfAssessment.assessed_on, ScaleLevel.value, ScaleLevel.code)
        .join(Competency, Competency.id == SelfAssessment.competency_id)
        .join(ScaleLevel, ScaleLevel.id == SelfAssessment.level_id)
        .where(
            SelfAssessment.placement_id == placement_id,
            Competency.key == key,
            ScaleLevel.is_not_observed.is_(False),
        )
        .order_by(SelfAssessment.assessed_on, SelfAssessment.created_at)
    )
    return Trend(
        key,
        tuple(TrendPoint(*r) for r in mentor),
        tuple(TrendPoint(*r) for r in own),
        placement.starts_on,
        placement.ends_on,
    )
