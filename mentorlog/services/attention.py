"""The attention dashboard: who needs the coordinator (or a mentor) this week.

One row per placement the actor may see, with its figures (outcome so far, concerns,
overdue reviews, NRT, remedial minutes, disagreements, entries waiting, days since the
last observation, hours against a target pro-rated to today, competencies below the level
expected by now) and an attention level with its reasons (``attention_rules``).

It is one SELECT, filtered and ordered in SQL: a materialised CTE of the placements the
filters keep (with the level expected of each by now), a materialised CTE of their
figures (correlated subqueries on indexed columns, and a few aggregates grouped once over
the kept placements), and the rules' flags, score and level over those. Never a query per
row, and nothing sorted in Qt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Float, and_, case, exists, func, literal, or_, select, true
from sqlalchemy.orm import Session, aliased

from mentorlog.models import (
    Academy,
    Cohort,
    Concern,
    ConcernStatus,
    EntryStatus,
    Observation,
    Person,
    Placement,
    PlacementMentor,
    PlacementPhase,
    PlacementStatus,
    Prison,
    Rating,
    Review,
    ReviewKind,
    SignOff,
    Unit,
    disagreement,
    rated_not_responding,
)
from mentorlog.services import attention_rules as rules
from mentorlog.services.access import (
    Actor,
    observation_filter,
    placement_filter,
    shared_current_observation,
)
from mentorlog.services.attention_row import ENDED, AttentionRow, row_from
from mentorlog.services.competencies import STALE_AFTER_DAYS
from mentorlog.services.concerns import open_concern
from mentorlog.services.expectations import (
    RECENT_DAYS,
    below_expected_count,
    expected_now,
    fraction_elapsed,
    load_expectations,
    reference_day,
)
from mentorlog.services.hours import hours_query
from mentorlog.services.phases import phase_start_day
from mentorlog.services.placements import unacknowledged_feedback
from mentorlog.services.report_filters import shared_observations
from mentorlog.services.sql_days import day_number, day_of, days_before, smaller
from mentorlog.services.text_match import contains_text

# A placement this young is not yet "not observed".
FIRST_OBSERVATION_DAYS = 7


@dataclass(frozen=True)
class DashboardFilter:
    """Which placements the dashboard lists; every field narrows it (None: any)."""

    academy_id: uuid.UUID | None = None
    cohort_id: uuid.UUID | None = None
    prison_id: uuid.UUID | None = None
    mentor_id: uuid.UUID | None = None  # lead or co-mentor
    phase: str | None = None
    attention_only: bool = False  # "needs attention" and "act now" alone
    include_ended: bool = False  # completed and withdrawn placements too
    text: str = ""  # in the student's, prison's, unit's or cohort's name


def _base(session: Session, actor: Actor, filters: DashboardFilter, today: date) -> Any:
    """The placements the filters keep, with what every figure needs of them."""
    cohort_academy, prison_academy = aliased(Academy), aliased(Academy)
    lead = (
        select(PlacementMentor.mentor_id)
        .where(PlacementMentor.placement_id == Placement.id)
        .order_by(PlacementMentor.is_primary.desc(), PlacementMentor.created_at)
        .limit(1)
        .correlate(Placement)
        .scalar_subquery()
    )
    end_n = day_number(Placement.ends_on)
    expectations = load_expectations(session)
    query = (
        select(
            Placement.id.label("id"),
            Placement.student_id.label("student_id"),
            Placement.starts_on.label("starts_on"),
            Placement.ends_on.label("ends_on"),
            Placement.phase.label("phase"),
            Placement.status.label("status"),
            Placement.target_hours.label("target_hours"),
            Placement.framework_version_id.label("framework_version_id"),
            Placement.phase_starts.label("phase_starts"),
            Person.given_name.label("given_name"),
            Person.family_name.label("family_name"),
            Prison.name.label("prison"),
            func.coalesce(Unit.name, "").label("unit"),
            func.coalesce(Cohort.name, "").label("cohort"),
            func.coalesce(cohort_academy.name, prison_academy.name, "").label("academy"),
            lead.label("lead_mentor_id"),
            expected_now(expectations, today).label("expected"),
            fraction_elapsed(today).label("elapsed"),
            phase_start_day(PlacementPhase.MIDPOINT, Placement).label("midpoint_n"),
            (end_n - literal(day_of(today))).label("days_left"),
        )
        .join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Unit, Unit.id == Placement.unit_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .outerjoin(cohort_academy, cohort_academy.id == Cohort.academy_id)
        .outerjoin(prison_academy, prison_academy.id == Prison.academy_id)
        .where(placement_filter(actor))
    )
    if not filters.include_ended:
        query = query.where(Placement.status.not_in(ENDED))
    if filters.academy_id is not None:
        query = query.where(
            func.coalesce(Cohort.academy_id, Prison.academy_id) == filters.academy_id
        )
    if filters.cohort_id is not None:
        query = query.where(Placement.cohort_id == filters.cohort_id)
    if filters.prison_id is not None:
        query = query.where(Placement.prison_id == filters.prison_id)
    if filters.phase:
        query = query.where(Placement.phase == filters.phase)
    if filters.mentor_id is not None:
        query = query.where(
            exists(
                select(PlacementMentor.id).where(
                    PlacementMentor.placement_id == Placement.id,
                    PlacementMentor.mentor_id == filters.mentor_id,
                )
            )
        )
    if filters.text.strip():
        query = query.where(
            contains_text(
                filters.text, Person.given_name, Person.family_name, Prison.name, Unit.name,
                Cohort.name,
            )
        )  # fmt: skip
    return query.cte("dashboard_base").prefix_with("MATERIALIZED"), expectations


def _metrics(session: Session, actor: Actor, filters: DashboardFilter, today: date) -> Any:
    """Every figure of each kept placement, computed once per placement."""
    base, expectations = _base(session, actor, filters, today)
    kept = select(base.c.id)

    def per_placement(query: Any) -> Any:
        return query.correlate(base).scalar_subquery()

    last_observed = per_placement(
        select(func.max(Observation.observed_on)).where(
            Observation.placement_id == base.c.id,
            Observation.is_current.is_(True),
            Observation.deleted_at.is_(None),
            observation_filter(actor),
        )
    )
    waited = today - timedelta(days=rules.WAITING_AFTER_DAYS)
    hours = hours_query(kept).subquery("dashboard_hours")
    concerns, reviews = _concerns(today), _reviews(kept)
    # The few NRT ratings and disagreements, each read from its partial index once for the
    # whole site (materialised, so the planner starts from them, not from observations).
    nrt_ratings = (
        select(Rating.observation_id.label("observation_id"))
        .where(rated_not_responding())
        .cte("dashboard_nrt_ratings")
        .prefix_with("MATERIALIZED")
    )
    nrt = (
        select(
            Observation.placement_id.label("placement_id"),
            func.count().label("nrt"),
            func.count(
                case((Observation.observed_on > days_before(reference_day(today), RECENT_DAYS), 1))
            ).label("recent_nrt"),
        )
        .select_from(nrt_ratings)
        .join(Observation, Observation.id == nrt_ratings.c.observation_id)
        .join(Placement, Placement.id == Observation.placement_id)
        .where(shared_observations(None, today))
        .group_by(Observation.placement_id)
        .subquery("dashboard_nrt")
    )
    disagreements = (
        select(SignOff.record_id.label("record_id"), SignOff.person_id.label("person_id"))
        .where(disagreement())
        .cte("dashboard_disagreements")
        .prefix_with("MATERIALIZED")
    )
    disagreed = (
        select(
            Observation.placement_id.label("placement_id"),
            func.count(func.distinct(Observation.lineage_id)).label("disagreements"),
            func.count(
                func.distinct(
                    case(
                        (
                            Observation.observed_on
                            > days_before(reference_day(today), RECENT_DAYS),
                            Observation.lineage_id,
                        )
                    )
                )
            ).label("recent_disagreements"),
        )
        .select_from(disagreements)
        .join(Observation, Observation.id == disagreements.c.record_id)
        .join(Placement, Placement.id == Observation.placement_id)
        .where(disagreements.c.person_id == Placement.student_id)
        .group_by(Observation.placement_id)
        .subquery("dashboard_disagreed")
    )
    lead = aliased(Person)
    query = (
        select(
            *base.c,
            func.coalesce(lead.given_name + " " + lead.family_name, "").label("lead_mentor"),
            last_observed.label("last_observed_on"),
            *(
                func.coalesce(concerns.c[name], 0).label(name)
                for name in ("open_concerns", "escalated_concerns", "concern_reviews_due")
            ),
            reviews.c.latest_review_kind,
            reviews.c.latest_progress,
            reviews.c.final_progress,
            func.coalesce(reviews.c.has_midpoint, 0).label("has_midpoint"),
            func.coalesce(reviews.c.has_final, 0).label("has_final"),
            unacknowledged_feedback(base.c.id, base.c.student_id, base, waited).label(
                "awaiting_answer"
            ),
            per_placement(
                select(func.count()).where(
                    Observation.placement_id == base.c.id,
                    shared_current_observation(),
                    Observation.observed_on <= waited,
                    Observation.locked_at.is_(None),
                )
            ).label("awaiting_signature"),
            func.coalesce(hours.c.hours, 0).label("hours_logged"),
            func.coalesce(hours.c.remedial_minutes, 0).label("remedial_minutes"),
            func.coalesce(nrt.c.nrt, 0).label("nrt"),
            func.coalesce(nrt.c.recent_nrt, 0).label("recent_nrt"),
            func.coalesce(disagreed.c.disagreements, 0).label("disagreements"),
            func.coalesce(disagreed.c.recent_disagreements, 0).label("recent_disagreements"),
            below_expected_count(expectations, today, source=base, expected=base.c.expected).label(
                "below_expected"
            ),
        )
        .select_from(base)
        .outerjoin(lead, lead.id == base.c.lead_mentor_id)
        .outerjoin(hours, hours.c.placement_id == base.c.id)
        .outerjoin(concerns, concerns.c.placement_id == base.c.id)
        .outerjoin(reviews, reviews.c.placement_id == base.c.id)
        .outerjoin(nrt, nrt.c.placement_id == base.c.id)
        .outerjoin(disagreed, disagreed.c.placement_id == base.c.id)
    )
    return query.cte("dashboard_metrics").prefix_with("MATERIALIZED")


def _concerns(today: date) -> Any:
    """Per placement, its open, escalated and overdue-for-review concerns (a small table,
    grouped once)."""
    escalated = Concern.status == ConcernStatus.ESCALATED
    return (
        select(
            Concern.placement_id.label("placement_id"),
            func.count(case((open_concern(), 1))).label("open_concerns"),
            func.count(case((escalated, 1))).label("escalated_concerns"),
            func.count(
                case((and_(open_concern(), ~escalated, Concern.review_on < today), 1))
            ).label("concern_reviews_due"),
        )
        .where(Concern.deleted_at.is_(None))
        .group_by(Concern.placement_id)
        .subquery("dashboard_concerns")
    )


def _reviews(kept_placements: Any) -> Any:
    """Per placement: the latest published review's kind and result, the latest final
    review's result, and whether a mid-point and a final review have been written (a
    published one, or a draft being finished, counts as held)."""
    kept = and_(
        Review.placement_id.in_(kept_placements),
        Review.is_current.is_(True),
        Review.deleted_at.is_(None),
    )
    published = and_(kept, Review.status == EntryStatus.PUBLISHED)
    newest = (Review.held_on.desc(), Review.created_at.desc())
    ranked = (
        select(
            Review.placement_id,
            Review.kind,
            Review.overall_progress,
            published.label("published"),
            func.row_number()
            .over(partition_by=Review.placement_id, order_by=(published.desc(), *newest))
            .label("newest"),
            func.row_number()
            .over(
                partition_by=(Review.placement_id, Review.kind),
                order_by=(published.desc(), *newest),
            )
            .label("newest_of_kind"),
        )
        .where(kept)
        .subquery("dashboard_ranked_reviews")
    )
    r = ranked.c
    latest = and_(r.newest == 1, r.published)
    return (
        select(
            r.placement_id,
            func.max(case((latest, r.kind))).label("latest_review_kind"),
            func.max(case((latest, r.overall_progress))).label("latest_progress"),
            func.max(
                case(
                    (
                        and_(r.kind == ReviewKind.FINAL, r.newest_of_kind == 1, r.published),
                        r.overall_progress,
                    )
                )
            ).label("final_progress"),
            func.max(case((r.kind == ReviewKind.MIDPOINT, 1), else_=0)).label("has_midpoint"),
            func.max(case((r.kind == ReviewKind.FINAL, 1), else_=0)).label("has_final"),
        )
        .group_by(r.placement_id)
        .subquery("dashboard_reviews")
    )


def _derived(m: Any, today: date) -> SimpleNamespace:
    """The figures the rules read that are worked out from the metrics."""
    today_n = literal(day_of(today))
    active = m.c.status == PlacementStatus.ACTIVE
    days_since = smaller(today_n, day_number(m.c.ends_on)) - day_number(m.c.last_observed_on)
    hours_expected = m.c.target_hours * m.c.elapsed
    started_a_while = m.c.starts_on <= today - timedelta(days=FIRST_OBSERVATION_DAYS)
    return SimpleNamespace(
        **{c.name: c for c in m.c},
        active=active,
        days_since_observed=days_since,
        hours_expected=hours_expected,
        midpoint_review_overdue=and_(
            active,
            m.c.has_midpoint == 0,
            m.c.has_final == 0,
            today_n > m.c.midpoint_n + rules.MIDPOINT_GRACE_DAYS,
        ),
        final_review_due=and_(
            m.c.has_final == 0,
            or_(
                and_(active, m.c.days_left <= rules.FINAL_NOTICE_DAYS),
                m.c.status == PlacementStatus.COMPLETED,
            ),
        ),
        not_observed=and_(
            active,
            started_a_while,
            or_(m.c.last_observed_on.is_(None), days_since > STALE_AFTER_DAYS),
        ),
        hours_behind=and_(
            active,
            m.c.target_hours > 0,
            m.c.elapsed >= rules.HOURS_JUDGED_FROM,
            m.c.hours_logged < hours_expected * literal(rules.HOURS_BEHIND_SHARE, Float),
        ),
    )


def dashboard_rows(
    session: Session,
    actor: Actor,
    filters: DashboardFilter | None = None,
    *,
    today: date | None = None,
) -> list[AttentionRow]:
    """The dashboard's rows for ``actor`` (a coordinator sees every placement, a mentor
    their own students'), those needing attention first."""
    filters = filters or DashboardFilter()
    today = today or date.today()
    m = _metrics(session, actor, filters, today)
    d = _derived(m, today)
    flags = [case((rule.applies(d), 1), else_=0).label(f"rule_{rule.key}") for rule in rules.RULES]
    score = sum((case((rule.applies(d), rule.weight), else_=0) for rule in rules.RULES), literal(0))
    level = case(
        (score >= rules.ACT_NOW_FROM, int(rules.Level.ACT_NOW)),
        (score >= rules.ATTENTION_FROM, int(rules.Level.ATTENTION)),
        (score >= rules.WATCH_FROM, int(rules.Level.WATCH)),
        else_=int(rules.Level.NONE),
    )
    query = select(
        m,
        d.days_since_observed.label("days_since_observed"),
        d.hours_expected.label("hours_expected"),
        case((d.midpoint_review_overdue, 1), else_=0).label("midpoint_overdue_flag"),
        case((d.final_review_due, 1), else_=0).label("final_due_flag"),
        score.label("score"),
        level.label("level"),
        *flags,
    ).where(score >= rules.ATTENTION_FROM if filters.attention_only else true())
    query = query.order_by(
        level.desc(),
        score.desc(),
        m.c.ends_on,
        m.c.family_name,
        m.c.given_name,
        m.c.id,
    )
    return [row_from(r) for r in session.execute(query).mappings()]
