"""Cohorts: students who started at the academy together, and the framework their
placements rate against. Coordinators add and edit them; everyone may list them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import Academy, Cohort, FrameworkVersion, Placement, Role
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role
from mentorlog.services.editing import (
    check_version,
    flush_edit,
    one_line,
    raise_problems,
    require_free_name,
)
from mentorlog.services.errors import NotFoundError

MAX_NAME = 120


@dataclass(frozen=True)
class CohortRow:
    id: uuid.UUID
    name: str
    starts_on: date | None
    ends_on: date | None
    framework_version_id: uuid.UUID | None
    framework: str  # "Name (version 2)", or "" for the academy's default
    placements: int
    row_version: int


def list_cohorts(session: Session, actor: Actor) -> list[CohortRow]:
    """Every cohort, newest start first."""
    counts = dict(
        session.execute(
            select(Placement.cohort_id, func.count()).group_by(Placement.cohort_id)
        ).all()
    )
    rows = []
    for cohort in session.scalars(
        select(Cohort).order_by(Cohort.starts_on.desc().nulls_last(), Cohort.name)
    ):
        rows.append(_row(session, cohort, int(counts.get(cohort.id, 0))))
    return rows


def _row(session: Session, cohort: Cohort, placements: int | None = None) -> CohortRow:
    if placements is None:
        placements = session.scalar(
            select(func.count()).select_from(Placement).where(Placement.cohort_id == cohort.id)
        )
    framework = ""
    if cohort.framework_version_id is not None:
        version = session.get(FrameworkVersion, cohort.framework_version_id)
        if version is not None:
            framework = f"{version.framework.name} (version {version.number})"
    return CohortRow(
        cohort.id,
        cohort.name,
        cohort.starts_on,
        cohort.ends_on,
        cohort.framework_version_id,
        framework,
        int(placements or 0),
        cohort.row_version,
    )


def _validated(
    session: Session,
    name: str,
    starts_on: date | None,
    ends_on: date | None,
    framework_version_id: uuid.UUID | None,
) -> str:
    problems: dict[str, Message] = {}
    name = one_line(problems, "name", name, msg("cohort's name"), MAX_NAME)
    if starts_on and ends_on and ends_on < starts_on:
        problems["ends_on"] = msg("The cohort cannot end before it starts.")
    if (
        framework_version_id is not None
        and session.get(FrameworkVersion, framework_version_id) is None
    ):
        problems["framework_version_id"] = msg("That framework version is no longer in mentorlog.")
    raise_problems(problems)
    return name


def _name_free(session: Session, name: str, own: uuid.UUID | None) -> None:
    require_free_name(
        session,
        Cohort.name,
        name,
        own,
        ("name", msg("A cohort called {name} exists already.", name=name)),
    )


def add_cohort(
    session: Session,
    actor: Actor,
    name: str,
    *,
    starts_on: date | None = None,
    ends_on: date | None = None,
    framework_version_id: uuid.UUID | None = None,
) -> CohortRow:
    """Add a cohort to the academy (coordinators)."""
    require_role(actor, Role.COORDINATOR)
    return _row(
        session, make_cohort(session, actor, name, starts_on, ends_on, framework_version_id), 0
    )


def make_cohort(
    session: Session,
    actor: Actor,
    name: str,
    starts_on: date | None = None,
    ends_on: date | None = None,
    framework_version_id: uuid.UUID | None = None,
) -> Cohort:
    """The write behind add_cohort (validated, audited), also used by imports."""
    name = _validated(session, name, starts_on, ends_on, framework_version_id)
    _name_free(session, name, None)
    academy = _academy(session, actor)
    cohort = Cohort(
        academy_id=academy.id,
        name=name,
        starts_on=starts_on,
        ends_on=ends_on,
        framework_version_id=framework_version_id,
        created_by_id=actor.person_id,
    )
    session.add(cohort)
    session.flush()
    audit.record(
        session,
        actor,
        "cohort.create",
        entity_type="cohort",
        entity_id=cohort.id,
        detail={"name": name},
    )
    return cohort


UNNAMED_ACADEMY = "Academy"


def _academy(session: Session, actor: Actor) -> Academy:
    """The site's academy; on a site whose administrator has not named it yet (a cohort
    made by an import right after ``mentorlog init``), one called "Academy", to be renamed
    in Site › Academy and prisons."""
    academy = session.scalar(select(Academy).order_by(Academy.created_at).limit(1))
    if academy is None:
        academy = Academy(name=UNNAMED_ACADEMY, created_by_id=actor.person_id)
        session.add(academy)
        session.flush()
        audit.record(
            session,
            actor,
            "academy.create",
            entity_type="academy",
            entity_id=academy.id,
            detail={"name": UNNAMED_ACADEMY, "made_for": "a first cohort"},
        )
    return academy


def edit_cohort(
    session: Session,
    actor: Actor,
    cohort_id: uuid.UUID,
    *,
    name: str,
    starts_on: date | None = None,
    ends_on: date | None = None,
    framework_version_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> CohortRow:
    """Rename a cohort, change its dates or its framework (coordinators). Placements
    that chose their own framework keep it."""
    require_role(actor, Role.COORDINATOR)
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError(msg("That cohort is no longer in mentorlog."))
    check_version(cohort, expected_version, msg("cohort"))
    name = _validated(session, name, starts_on, ends_on, framework_version_id)
    _name_free(session, name, cohort.id)
    before = cohort.name
    cohort.name, cohort.starts_on, cohort.ends_on = name, starts_on, ends_on
    cohort.framework_version_id = framework_version_id
    flush_edit(session, msg("The cohort {name}", name=name))
    audit.record(
        session,
        actor,
        "cohort.update",
        entity_type="cohort",
        entity_id=cohort.id,
        detail={"from": before, "to": name},
    )
    return _row(session, cohort)
