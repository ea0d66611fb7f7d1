"""The attention dashboard's figures per placement, worked out from the records, and the
rules' flags, score and level over them: what models/dashboard.DashboardFigures keeps
(services/attention_store.py) and what the dashboard reads when a placement has no row
kept for the day.

One SELECT over materialised CTEs: the placements asked for (with the level expected of
each by now), their figures (correlated subqueries on indexed columns, and a few
aggregates grouped once over those placements), and the rules over those. Never a query
per placement. Each figure is the same for everyone who sees the placement (what is
shared with the student: services/access.py); the date-dependent ones are as of
``today``, and ``valid_until`` says until when they stay so.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Date, Float, and_, bindparam, case, func, literal, or_, select

from mentorlog.models import (
    Concern,
    ConcernStatus,
    DashboardFigures,
    EntryStatus,
    Observation,
    Placement,
    PlacementPhase,
    PlacementStatus,
    Rating,
    Review,
    ReviewKind,
    SignOff,
    disagreement,
    rated_not_responding,
)
from mentorlog.services import attention_rules as rules
from mentorlog.services.access import shared_current_observation
from mentorlog.services.competencies import STALE_AFTER_DAYS
from mentorlog.services.concerns import open_concern
from mentorlog.services.expectations import (
    RECENT_DAYS,
    Expectations,
    below_expected_count,
    expected_now,
    fraction_elapsed,
    reference_day,
)
from mentorlog.services.hours import hours_query
from mentorlog.services.phases import phase_start_day
from mentorlog.services.placements import unacknowledged_feedback
from mentorlog.services.report_filters import shared_observations
from mentorlog.services.sql_days import day_number, day_of, days_before, larger, smaller

# The figures kept per placement, as models/dashboard.DashboardFigures names them.
FIGURES = (
    "last_observed_on",
    "open_concerns",
    "escalated_concerns",
    "concern_reviews_due",
    "latest_review_kind",
    "latest_progress",
    "final_progress",
    "has_midpoint",
    "has_final",
    "awaiting_answer",
    "awaiting_signature",
    "hours_logged",
    "remedial_minutes",
    "nrt",
    "recent_nrt",
    "disagreements",
    "recent_disagreements",
    "below_expected",
)
# A placement that ended (and was last observed) this long before the day its figures
# are for has figures that no longer move with the date: every window (recent ratings,
# entries waiting a week) lies behind it.
SETTLED_DAYS = max(RECENT_DAYS, rules.WAITING_AFTER_DAYS)
FOREVER = date(9999, 12, 31)


# Worked out with the figures, from them and the day: what the rules read and the row shows.
JUDGED = (
    "expected",  # the level expected by now
    "hours_expected",  # the target pro-rated to the day
    "midpoint_day",  # the day (sql_days.day_number) the mid-point review is due
    "midpoint_overdue",
    "final_due",
    "score",
    "level",
    "rules",  # bit i: attention_rules.RULES[i] applies
)
STORED = (*FIGURES, *JUDGED)
# A placement this young is not yet "not observed".
FIRST_OBSERVATION_DAYS = 7


def figures_query(expectations: Expectations, today: date) -> Any:
    """``placement_id``, ``as_of``, ``valid_until`` and the STORED columns of each
    placement whose id is in the parameter ``placement_ids`` (a list), as of ``today``.

    Built once per day and set of expectations (building it takes longer than running it
    for a few placements), as SQLAlchemy's compiled cache then finds it too."""
    key = (today, expectations.key())
    cached = _BUILT.get(key)
    if cached is None:
        _BUILT.clear()  # another day, or the framework changed: the old one is done with
        cached = _BUILT[key] = _figures_query(
            expectations, today, bindparam("placement_ids", expanding=True)
        )
    return cached


_BUILT: dict[Any, Any] = {}


def _figures_query(expectations: Expectations, today: date, placement_ids: Any) -> Any:
    m = _figures(expectations, today, placement_ids)
    d = _derived(m, today)
    # Each rule's flag once (a column of its own), then the score, level and the set of
    # rules from the flags: every rule is written into the statement once.
    flagged = (
        select(
            *m.c,
            d.hours_expected.label("hours_expected"),
            case((d.midpoint_review_overdue, 1), else_=0).label("midpoint_overdue"),
            case((d.final_review_due, 1), else_=0).label("final_due"),
            *(
                case((rule.applies(d), 1), else_=0).label(f"rule_{i}")
                for i, rule in enumerate(rules.RULES)
            ),
        )
        .cte("figures_flagged")
        .prefix_with("MATERIALIZED")
    )
    f = flagged.c
    flags = [f[f"rule_{i}"] for i in range(len(rules.RULES))]
    scored = select(
        flagged,
        sum(
            (flag * rule.weight for flag, rule in zip(flags, rules.RULES, strict=True)), literal(0)
        ).label("score"),
        sum((flag * (1 << i) for i, flag in enumerate(flags)), literal(0)).label("rules"),
    ).subquery("figures_scored")
    c = scored.c
    level = case(
        (c.score >= rules.ACT_NOW_FROM, int(rules.Level.ACT_NOW)),
        (c.score >= rules.ATTENTION_FROM, int(rules.Level.ATTENTION)),
        (c.score >= rules.WATCH_FROM, int(rules.Level.WATCH)),
        else_=int(rules.Level.NONE),
    )
    settled = larger(c.ends_on, func.coalesce(c.last_observed_on, c.ends_on)) < (
        days_before(literal(today, Date), SETTLED_DAYS)
    )
    valid_until = case(
        (settled, func.coalesce(c.next_review_on, literal(FOREVER, Date))),
        else_=literal(today, Date),
    )
    return select(
        c.id.label("placement_id"),
        literal(today, Date).label("as_of"),
        valid_until.label("valid_until"),
        *(c[name] for name in FIGURES),
        c.expected,
        c.hours_expected,
        c.midpoint_n.label("midpoint_day"),
        c.midpoint_overdue,
        c.final_due,
        c.score,
        level.label("level"),
        c.rules,
    )


# Figures that move only with the records, never with the date: a row kept for an earlier
# day (any write to its records would have removed it) still has them right.
UNDATED = (
    "last_observed_on",
    "latest_review_kind",
    "latest_progress",
    "final_progress",
    "has_midpoint",
    "has_final",
    "hours_logged",
    "remedial_minutes",
)


def _figures(expectations: Expectations, today: date, placement_ids: Any) -> Any:
    """The placements asked for, what the rules read of them, and their figures: those
    that move with the date worked out, the others taken from the row kept for an earlier
    day where there is one (the day's first look works out only what the day changed)."""
    end_n = day_number(Placement.ends_on)
    before = DashboardFigures.__table__.alias("figures_before")
    base = (
        select(
            Placement.id.label("id"),
            Placement.student_id.label("student_id"),
            Placement.starts_on.label("starts_on"),
            Placement.ends_on.label("ends_on"),
            Placement.phase.label("phase"),
            Placement.status.label("status"),
            Placement.target_hours.label("target_hours"),
            expected_now(expectations, today).label("expected"),
            fraction_elapsed(today).label("elapsed"),
            phase_start_day(PlacementPhase.MIDPOINT, Placement).label("midpoint_n"),
            (end_n - literal(day_of(today))).label("days_left"),
            before.c.placement_id.is_not(None).label("known"),
            *(before.c[name].label(f"before_{name}") for name in UNDATED),
        )
        .outerjoin(before, before.c.placement_id == Placement.id)
        .where(Placement.id.in_(placement_ids))
        .cte("figures_base")
        .prefix_with("MATERIALIZED")
    )
    kept = select(base.c.id)
    unknown = select(base.c.id).where(base.c.known.is_(False))

    def per_placement(query: Any) -> Any:
        return query.correlate(base).scalar_subquery()

    def undated(name: str, worked_out: Any) -> Any:
        return case((base.c.known, base.c[f"before_{name}"]), else_=worked_out).label(name)

    last_observed = per_placement(
        select(func.max(Observation.observed_on)).where(
            Observation.placement_id == base.c.id, shared_current_observation()
        )
    )
    waited = today - timedelta(days=rules.WAITING_AFTER_DAYS)
    hours = hours_query(unknown).subquery("figures_hours")
    concerns, reviews = _concerns(today), _reviews(unknown)
    nrt, disagreed = _nrt(today, kept), _disagreed(today, kept)
    return (
        select(
            *(c for c in base.c if c.name != "known" and not c.name.startswith("before_")),
            undated("last_observed_on", last_observed),
            *(
                func.coalesce(concerns.c[name], 0).label(name)
                for name in ("open_concerns", "escalated_concerns", "concern_reviews_due")
            ),
            concerns.c.next_review_on,
            undated("latest_review_kind", reviews.c.latest_review_kind),
            undated("latest_progress", reviews.c.latest_progress),
            undated("final_progress", reviews.c.final_progress),
            undated("has_midpoint", func.coalesce(reviews.c.has_midpoint, 0)),
            undated("has_final", func.coalesce(reviews.c.has_final, 0)),
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
            undated("hours_logged", func.coalesce(hours.c.hours, 0)),
            undated("remedial_minutes", func.coalesce(hours.c.remedial_minutes, 0)),
            func.coalesce(nrt.c.nrt, 0).label("nrt"),
            func.coalesce(nrt.c.recent_nrt, 0).label("recent_nrt"),
            func.coalesce(disagreed.c.disagreements, 0).label("disagreements"),
            func.coalesce(disagreed.c.recent_disagreements, 0).label("recent_disagreements"),
            below_expected_count(expectations, today, source=base, expected=base.c.expected).label(
                "below_expected"
            ),
        )
        .select_from(base)
        .outerjoin(hours, hours.c.placement_id == base.c.id)
        .outerjoin(concerns, concerns.c.placement_id == base.c.id)
        .outerjoin(reviews, reviews.c.placement_id == base.c.id)
        .outerjoin(nrt, nrt.c.placement_id == base.c.id)
        .outerjoin(disagreed, disagreed.c.placement_id == base.c.id)
        .cte("figures_metrics")
        .prefix_with("MATERIALIZED")
    )


def _derived(m: Any, today: date) -> SimpleNamespace:
    """The figures the rules read that are worked out from the metrics and the day."""
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


def _concerns(today: date) -> Any:
    """Per placement, its open, escalated and overdue-for-review concerns, and the next
    review day still to come (a small table, grouped once)."""
    escalated = Concern.status == ConcernStatus.ESCALATED
    under_review = and_(open_concern(), ~escalated)
    return (
        select(
            Concern.placement_id.label("placement_id"),
            func.count(case((open_concern(), 1))).label("open_concerns"),
            func.count(case((escalated, 1))).label("escalated_concerns"),
            func.count(case((and_(under_review, Concern.review_on < today), 1))).label(
                "concern_reviews_due"
            ),
            func.min(
                case((and_(under_review, Concern.review_on >= today), Concern.review_on))
            ).label("next_review_on"),
        )
        .where(Concern.deleted_at.is_(None))
        .group_by(Concern.placement_id)
        .subquery("figures_concerns")
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
        .subquery("figures_ranked_reviews")
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
        .subquery("figures_reviews")
    )


def _nrt(today: date, kept_placements: Any) -> Any:
    """Per placement, its ratings marked "not responding to training", all and recent
    ones (the few NRT ratings, read from their partial index once for the whole site:
    materialised, so the planner starts from them, not from observations)."""
    ratings = (
        select(Rating.observation_id.label("observation_id"))
        .where(rated_not_responding())
        .cte("figures_nrt_ratings")
        .prefix_with("MATERIALIZED")
    )
    recent = days_before(reference_day(today), RECENT_DAYS)
    return (
        select(
            Observation.placement_id.label("placement_id"),
            func.count().label("nrt"),
            func.count(case((Observation.observed_on > recent, 1))).label("recent_nrt"),
        )
        .select_from(ratings)
        .join(Observation, Observation.id == ratings.c.observation_id)
        .join(Placement, Placement.id == Observation.placement_id)
        .where(shared_observations(None, today), Observation.placement_id.in_(kept_placements))
        .group_by(Observation.placement_id)
        .subquery("figures_nrt")
    )


def _disagreed(today: date, kept_placements: Any) -> Any:
    """Per placement, the entries its student disagreed with, all and recent ones."""
    disagreements = (
        select(SignOff.record_id.label("record_id"), SignOff.person_id.label("person_id"))
        .where(disagreement())
        .cte("figures_disagreements")
        .prefix_with("MATERIALIZED")
    )
    recent = days_before(reference_day(today), RECENT_DAYS)
    return (
        select(
            Observation.placement_id.label("placement_id"),
            func.count(func.distinct(Observation.lineage_id)).label("disagreements"),
            func.count(
                func.distinct(case((Observation.observed_on > recent, Observation.lineage_id)))
            ).label("recent_disagreements"),
        )
        .select_from(disagreements)
        .join(Observation, Observation.id == disagreements.c.record_id)
        .join(Placement, Placement.id == Observation.placement_id)
        .where(
            disagreements.c.person_id == Placement.student_id,
            Observation.placement_id.in_(kept_placements),
        )
        .group_by(Observation.placement_id)
        .subquery("figures_disagreed")
    )
