"""The attention dashboard: who needs the coordinator (or a mentor) this week.

One row per placement the actor may see, with its figures (outcome so far, concerns,
overdue reviews, NRT, remedial minutes, disagreements, entries waiting, days since the
last observation, hours against a target pro-rated to today, competencies below the level
expected by now) and an attention level with its reasons (``attention_rules``).

The figures that need the records (services/attention_figures.py) are kept per placement
(services/attention_store.py): opening or filtering the dashboard reads them, and works
out only those a write or the date has made outdated. Names, prisons, phases and dates
are read live. It is one SELECT, filtered and ordered in SQL: the placements the filters
keep, joined to their figures, and the rules' flags, score and level over those. Never a
query per row, and nothing sorted in Qt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, Select, String, Uuid, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from mentorlog.models import (
    Academy,
    Cohort,
    Person,
    Placement,
    PlacementMentor,
    Prison,
    Unit,
)
from mentorlog.services import attention_rules as rules
from mentorlog.services.access import Actor, placement_filter
from mentorlog.services.attention_figures import STORED
from mentorlog.services.attention_row import ENDED, AttentionRow, row_from
from mentorlog.services.attention_store import (
    figures_source,
    keep_current,
    kept_figures,
    unkept_ids,
)
from mentorlog.services.expectations import load_expectations
from mentorlog.services.sql_days import day_number, day_of, smaller
from mentorlog.services.text_match import contains_text


@dataclass(frozen=True)
class DashboardFilter:
    """Which placements the dashboard lists; every field narrows it (None: any)."""

    academy_id: uuid.UUID | None = None
    cohort_id: uuid.UUID | None = None
    prison_id: uuid.UUID | None = None
    mentor_id: uuid.UUID | None = None  # lead or co-mentor
    phase: str | None = None
    attention_only: bool = False  # "needs attention" and "act now" alone
    include_ended: bool = False  # ended placements too (models.ENDED_STATUSES)
    text: str = ""  # in the student's, prison's, unit's or cohort's name


def _listed(query: Select, actor: Actor, include_ended: bool, text: str) -> Select:
    """``query`` over Placement, narrowed to what ``actor`` may see and the filters keep:
    the values chosen (academy, cohort, prison, mentor, phase) are bound parameters, so
    one statement serves every choice (``_params``)."""
    names = ("academy_id", "cohort_id", "prison_id", "mentor_id")
    academy, cohort, prison, mentor = (bindparam(name, type_=Uuid) for name in names)
    phase = bindparam("phase", type_=String)
    query = (
        query.join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Unit, Unit.id == Placement.unit_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .where(
            placement_filter(actor),
            or_(academy.is_(None), func.coalesce(Cohort.academy_id, Prison.academy_id) == academy),
            or_(cohort.is_(None), Placement.cohort_id == cohort),
            or_(prison.is_(None), Placement.prison_id == prison),
            or_(phase.is_(None), Placement.phase == phase),
            or_(
                mentor.is_(None),
                exists(
                    select(PlacementMentor.id).where(
                        PlacementMentor.placement_id == Placement.id,
                        PlacementMentor.mentor_id == mentor,
                    )
                ),
            ),
        )
    )
    if not include_ended:
        query = query.where(Placement.status.not_in(ENDED))
    if text:
        query = query.where(
            contains_text(
                text, Person.given_name, Person.family_name, Prison.name, Unit.name, Cohort.name
            )
        )
    return query


def _params(filters: DashboardFilter, today: date) -> dict[str, Any]:
    return {
        "academy_id": filters.academy_id,
        "cohort_id": filters.cohort_id,
        "prison_id": filters.prison_id,
        "mentor_id": filters.mentor_id,
        "phase": filters.phase or None,
        "min_level": int(rules.Level.ATTENTION) if filters.attention_only else 0,
        "dashboard_day": today,
        "dashboard_day_n": day_of(today),
    }


@dataclass(frozen=True)
class _Listing:
    ids: Select  # the placements listed
    rows: Select  # their rows, from the kept figures


@lru_cache(maxsize=32)
def _listing(actor: Actor, include_ended: bool, text: str) -> _Listing:
    """The dashboard's statements for ``actor`` and these filters, built once: building
    them takes about as long as running them."""
    ids = _listed(select(Placement.id), actor, include_ended, text)
    return _Listing(ids, _rows(actor, include_ended, text, kept_figures()))


def _rows(actor: Actor, include_ended: bool, text: str, f: Any) -> Select:
    """The listed placements, what is read of them live (names, dates, the lead mentor),
    joined to their figures and judgement ``f``, in the dashboard's order."""
    cohort_academy, prison_academy, lead = aliased(Academy), aliased(Academy), aliased(Person)
    lead_id = (
        select(PlacementMentor.mentor_id)
        .where(PlacementMentor.placement_id == Placement.id)
        .order_by(PlacementMentor.is_primary.desc(), PlacementMentor.created_at)
        .limit(1)
        .correlate(Placement)
        .scalar_subquery()
    )
    today_n, end_n = bindparam("dashboard_day_n", type_=Integer), day_number(Placement.ends_on)
    query = _listed(
        select(
            Placement.id.label("id"),
            Placement.student_id.label("student_id"),
            Placement.starts_on.label("starts_on"),
            Placement.ends_on.label("ends_on"),
            Placement.phase.label("phase"),
            Placement.status.label("status"),
            Placement.target_hours.label("target_hours"),
            Person.given_name.label("given_name"),
            Person.family_name.label("family_name"),
            Prison.name.label("prison"),
            func.coalesce(Unit.name, "").label("unit"),
            func.coalesce(Cohort.name, "").label("cohort"),
            func.coalesce(cohort_academy.name, prison_academy.name, "").label("academy"),
            func.coalesce(lead.given_name + " " + lead.family_name, "").label("lead_mentor"),
            (end_n - today_n).label("days_left"),
            (smaller(today_n, end_n) - day_number(f.c.last_observed_on)).label(
                "days_since_observed"
            ),
            *(f.c[name] for name in STORED),
        ),
        actor,
        include_ended,
        text,
    )
    return (
        query.join(f, f.c.placement_id == Placement.id)
        .outerjoin(cohort_academy, cohort_academy.id == Cohort.academy_id)
        .outerjoin(prison_academy, prison_academy.id == Prison.academy_id)
        .outerjoin(lead, lead.id == lead_id)
        .where(f.c.level >= bindparam("min_level", type_=Integer))
        .order_by(
            f.c.level.desc(),
            f.c.score.desc(),
            Placement.ends_on,
            Person.family_name,
            Person.given_name,
            Placement.id,
        )
    )


def dashboard_rows(
    session: Session,
    actor: Actor,
    filters: DashboardFilter | None = None,
    *,
    today: date | None = None,
    keep: bool | None = None,
) -> list[AttentionRow]:
    """The dashboard's rows for ``actor`` (a coordinator sees every placement, a mentor
    their own students'), those needing attention first, as of ``today``. With ``keep``
    (the default for today) the figures kept for the day are read, stored first where
    missing; without, every figure is worked out from the records (another day's)."""
    filters = filters or DashboardFilter()
    if keep is None:
        keep = today is None or today == date.today()
    today = today or date.today()
    params = _params(filters, today)
    listing = _listing(actor, filters.include_ended, filters.text.strip())
    if keep:
        # First, before this session reads: stored in a short write of its own, the
        # figures are then read here like every other kept row.
        keep_current(session, today, listing.ids, params)
    rows = listing.rows
    unkept = unkept_ids(session, today, listing.ids, params)
    if unkept:  # not stored, or stored after this session began to read: worked out here
        source = figures_source(load_expectations(session), today, unkept)
        rows = _rows(actor, filters.include_ended, filters.text.strip(), source)
    result = session.connection().execute(rows, params)
    keys = tuple(result.keys())
    return [row_from(dict(zip(keys, r, strict=True))) for r in result]
