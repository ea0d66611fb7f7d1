"""Retention: removing placements kept past their retention date, leaving no trace.

Each placement is kept until ``retain_until``, or when that is not set, until its end date
plus the academy's retention period. A purge first shows what it will remove
(``plan_purge``), then removes it (``purge``) with SQLite's ``secure_delete`` on, so the
freed pages are overwritten, checkpoints the write-ahead log so no old page images stay
in it, and replaces the backups that still hold the removed data with one new verified
backup. The audit trail keeps an event saying what was purged (counts, not content).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, delete, func, select, text
from sqlalchemy.orm import Session

from mentorlog.models import (
    Academy,
    Cohort,
    Concern,
    Draft,
    Goal,
    Observation,
    Person,
    Placement,
    Prison,
    Rating,
    Reflection,
    Review,
    Role,
    RoleAssignment,
    SelfAssessment,
    ShiftLog,
    SignOff,
)
from mentorlog.services import audit, sealing, signing_keys
from mentorlog.services.access import Actor, require_role
from mentorlog.storage.database import Database
from mentorlog.storage.engine import checkpoint

DEFAULT_RETENTION_MONTHS = 60


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class DuePlacement:
    placement_id: uuid.UUID
    student_id: uuid.UUID
    student: str
    prison: str
    ended_on: date
    retain_until: date


@dataclass(frozen=True)
class PurgePlan:
    today: date
    placements: tuple[DuePlacement, ...]
    counts: dict[str, int]  # what will be removed, by kind of record
    students_removed: tuple[str, ...]  # students with nothing left after the purge
    backups_replaced: tuple[Path, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.placements


@dataclass(frozen=True)
class PurgeResult:
    placements: int
    counts: dict[str, int]
    students_removed: int
    backups_removed: tuple[Path, ...] = ()
    new_backup: Path | None = None
    problems: tuple[str, ...] = field(default=())


def _due(session: Session, today: date) -> list[DuePlacement]:
    rows = session.execute(
        select(
            Placement.id,
            Placement.student_id,
            Person.given_name,
            Person.family_name,
            Prison.name,
            Placement.ends_on,
            Placement.retain_until,
            Academy.retention_months,
        )
        .join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .outerjoin(Academy, Academy.id == func.coalesce(Cohort.academy_id, Prison.academy_id))
        .order_by(Placement.ends_on, Person.family_name)
    )
    due = []
    for pid, sid, given, family, prison, ends_on, retain_until, months in rows:
        until = retain_until or _add_months(ends_on, months or DEFAULT_RETENTION_MONTHS)
        if until < today:
            due.append(DuePlacement(pid, sid, f"{given} {family}", prison, ends_on, until))
    return due


def _record_ids(session: Session, placement_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """The placements and every record of theirs that can be signed (their sign-offs go
    with them: a sign-off names its signer, whom a purge may remove too)."""
    found = list(placement_ids)
    for model in (Observation, Review, Concern, Goal):
        found += session.scalars(select(model.id).where(model.placement_id.in_(placement_ids)))
    return found


def _count(session: Session, stmt: Select[Any]) -> int:
    return int(session.scalar(stmt) or 0)


def _counts(session: Session, ids: list[uuid.UUID]) -> dict[str, int]:
    def n(model: Any) -> int:  # a model with a placement_id
        return _count(
            session, select(func.count()).select_from(model).where(model.placement_id.in_(ids))
        )

    ratings = _count(
        session,
        select(func.count())
        .select_from(Rating)
        .join(Observation)
        .where(Observation.placement_id.in_(ids)),
    )
    return {
        "placements": len(ids),
        "observations": n(Observation),
        "ratings": ratings,
        "reflections": n(Reflection),
        "self-assessments": n(SelfAssessment),
        "goals": n(Goal),
        "reviews": n(Review),
        "causes for concern": n(Concern),
        "hours logged": n(ShiftLog),
        "drafts": n(Draft),
        "sign-offs": _count(
            session,
            select(func.count())
            .select_from(SignOff)
            .where(SignOff.record_id.in_(_record_ids(session, ids))),
        ),
    }


def _students_left_without_placements(
    session: Session, due: list[DuePlacement]
) -> list[DuePlacement]:
    ids = [d.placement_id for d in due]
    gone = []
    seen: set[uuid.UUID] = set()
    for d in due:
        if d.student_id in seen:
            continue
        seen.add(d.student_id)
        remaining = session.scalar(
            select(func.count())
            .select_from(Placement)
            .where(Placement.student_id == d.student_id, Placement.id.not_in(ids))
        )
        other_roles = session.scalar(
            select(func.count())
            .select_from(RoleAssignment)
            .where(RoleAssignment.person_id == d.student_id, RoleAssignment.role != Role.STUDENT)
        )
        if not remaining and not other_roles:
            gone.append(d)
    return gone


def plan_purge(session: Session, actor: Actor, today: date) -> PurgePlan:
    """What a purge on ``today`` would remove. Coordinators and administrators only."""
    require_role(actor, Role.COORDINATOR, Role.ADMINISTRATOR)
    due = _due(session, today)
    ids = [d.placement_id for d in due]
    counts = _counts(session, ids) if ids else {}
    students = tuple(d.student for d in _students_left_without_placements(session, due))
    return PurgePlan(today, tuple(due), counts, students)


def purge(session: Session, actor: Actor, plan: PurgePlan) -> PurgeResult:
    """Remove what ``plan`` lists (re-checked against today's rules) in this transaction."""
    require_role(actor, Role.COORDINATOR, Role.ADMINISTRATOR)
    due = {d.placement_id: d for d in _due(session, plan.today)}
    chosen = [due[d.placement_id] for d in plan.placements if d.placement_id in due]
    if not chosen:
        return PurgeResult(0, {}, 0)
    ids = [d.placement_id for d in chosen]
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))
    counts = _counts(session, ids)
    students = _students_left_without_placements(session, chosen)
    session.execute(delete(SignOff).where(SignOff.record_id.in_(_record_ids(session, ids))))
    # Everything else hangs off the placement with ON DELETE CASCADE.
    session.execute(delete(Placement).where(Placement.id.in_(ids)))
    student_ids = [d.student_id for d in students]
    if student_ids:
        session.execute(delete(Person).where(Person.id.in_(student_ids)))
        for student_id in student_ids:  # their public keys stay: what they signed verifies
            signing_keys.retire_person_key(session, actor, student_id, "removed by retention")
    _audit(session, actor, counts, len(student_ids), ids)
    return PurgeResult(len(ids), counts, len(student_ids))


def _audit(
    session: Session,
    actor: Actor,
    counts: dict[str, int],
    students: int,
    placement_ids: list[uuid.UUID],
) -> None:
    """The purge on the trail: counts, not content; the placements' ids, so ``audit
    verify`` knows which signed records' removal it accounts for; and the seal of the
    sign-offs without events of their own that are left (services/sealing.py)."""
    detail: dict[str, object] = {
        "removed": counts,
        "students_removed": students,
        "placements": [str(pid) for pid in placement_ids],
    }
    seal = sealing.seal_after_purge(session)
    if seal is not None:
        detail["sealed"] = seal
    audit.record(session, actor, "retention.purge", entity_type="placement", detail=detail)


def purge_and_scrub(db: Database, actor: Actor, plan: PurgePlan) -> PurgeResult:
    """``purge`` in its own transaction, then leave no trace in the file, its log or its
    backups (see the module docstring)."""
    with db.transaction() as session:
        result = purge(session, actor, plan)
    if not result.placements or db.path is None:
        return result
    from mentorlog.storage.backup import create_backup, list_backups

    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        # A full-text index keeps the words of deleted rows until its segments merge.
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").first():
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    checkpoint(db.engine)
    older = list_backups(db.path)
    fresh = create_backup(db.path, "after-purge", key=db.key)
    removed = []
    for b in older:
        b.path.unlink(missing_ok=True)
        b.path.with_name(b.path.name + ".json").unlink(missing_ok=True)
        removed.append(b.path)
    return PurgeResult(
        result.placements, result.counts, result.students_removed, tuple(removed), fresh.path
    )
