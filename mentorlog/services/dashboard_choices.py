"""What the dashboard's filters offer: only the academies, cohorts, prisons and mentors
of the placements the signed-in person may see."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.models import Academy, Cohort, Person, Placement, PlacementMentor, Prison
from mentorlog.services.access import Actor, placement_filter


@dataclass(frozen=True)
class DashboardChoices:
    """What the dashboard's filters offer: only what the actor's placements use."""

    academies: tuple[tuple[uuid.UUID, str], ...]
    cohorts: tuple[tuple[uuid.UUID, str], ...]
    prisons: tuple[tuple[uuid.UUID, str], ...]
    mentors: tuple[tuple[uuid.UUID, str], ...]
    placements: int = 0  # every one the actor may see, ended ones too


def dashboard_choices(session: Session, actor: Actor) -> DashboardChoices:
    """The academies, cohorts, prisons and mentors of the placements ``actor`` may see."""
    visible = select(Placement.id).where(placement_filter(actor))
    academy = func.coalesce(Cohort.academy_id, Prison.academy_id)
    academies = session.execute(
        select(Academy.id, Academy.name)
        .where(
            Academy.id.in_(
                select(academy)
                .select_from(Placement)
                .join(Prison, Prison.id == Placement.prison_id)
                .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
                .where(Placement.id.in_(visible))
            )
        )
        .order_by(Academy.name)
    ).all()
    cohorts = session.execute(
        select(Cohort.id, Cohort.name)
        .where(Cohort.id.in_(select(Placement.cohort_id).where(Placement.id.in_(visible))))
        .order_by(Cohort.starts_on.desc(), Cohort.name)
    ).all()
    prisons = session.execute(
        select(Prison.id, Prison.name)
        .where(Prison.id.in_(select(Placement.prison_id).where(Placement.id.in_(visible))))
        .order_by(Prison.name)
    ).all()
    mentors = session.execute(
        select(Person.id, Person.given_name, Person.family_name)
        .where(
            Person.id.in_(
                select(PlacementMentor.mentor_id).where(PlacementMentor.placement_id.in_(visible))
            )
        )
        .order_by(Person.family_name, Person.given_name)
    ).all()
    placements = session.scalar(select(func.count()).select_from(visible.subquery()))
    return DashboardChoices(
        placements=int(placements or 0),
        academies=tuple((i, n) for i, n in academies),
        cohorts=tuple((i, n) for i, n in cohorts),
        prisons=tuple((i, n) for i, n in prisons),
        mentors=tuple((i, f"{g} {f}".strip()) for i, g, f in mentors),
    )
