"""A student's access request: everything mentorlog holds about one person.

Unlike a progress report, this includes the mentors' private notes and drafts about the
student (they are personal data about them too), each marked as such, and the audit
events about them or done by them. The result is plain data, written out as JSON here
and as a PDF by ``mentorlog.reports.subject_access``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import (
    AuditEvent,
    Cohort,
    Competency,
    Concern,
    Draft,
    Goal,
    GoalProgressNote,
    Observation,
    Person,
    Placement,
    PlacementMentor,
    Prison,
    Rating,
    Reflection,
    Review,
    ReviewDomainSummary,
    Role,
    RoleAssignment,
    ScaleLevel,
    SelfAssessment,
    ShiftLog,
    SignOff,
    Unit,
)
from mentorlog.reports.content import AuditHead
from mentorlog.services.access import Actor, require_role
from mentorlog.services.errors import NotFoundError
from mentorlog.services.framework_wording import worded
from mentorlog.services.report_sections import audit_head

# Never part of an export: credentials and sign-in counters.
_WITHHELD = {"password_hash", "failed_sign_ins", "last_failed_sign_in_at"}


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    return value


def _row(obj: Any) -> dict[str, Any]:
    return {
        attr.key: _plain(getattr(obj, attr.key))
        for attr in inspect(obj).mapper.column_attrs
        if attr.key not in _WITHHELD
    }


@dataclass(frozen=True)
class SubjectAccessExport:
    student_name: str
    generated_at: datetime
    sections: dict[str, list[dict[str, Any]]]  # title -> records, in a fixed order
    audit_head: AuditHead | None = None  # the trail as the export was made

    def to_json(self) -> str:
        return json.dumps(
            {
                "subject": self.student_name,
                "generated_at": self.generated_at.isoformat(),
                "sections": self.sections,
            },
            ensure_ascii=False,
            indent=2,
            sort_keys=False,
        )


def _names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(ids))
    )
    return {pid: f"{g} {f}" for pid, g, f in rows}


def export_subject(
    session: Session, actor: Actor, person_id: uuid.UUID, now: datetime
) -> SubjectAccessExport:
    """Everything about one person. Coordinators and administrators only; audited."""
    require_role(actor, Role.COORDINATOR, Role.ADMINISTRATOR)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(msg("That person no longer exists."))
    placements = session.scalars(
        select(Placement).where(Placement.student_id == person_id).order_by(Placement.starts_on)
    ).all()
    pids = [p.id for p in placements]
    observations = session.scalars(
        select(Observation)
        .where(Observation.placement_id.in_(pids))
        .order_by(Observation.observed_on, Observation.version)
    ).all()
    oids = [o.id for o in observations]
    goals = session.scalars(select(Goal).where(Goal.placement_id.in_(pids))).all()
    reviews = session.scalars(select(Review).where(Review.placement_id.in_(pids))).all()
    authors = {o.author_id for o in observations}
    names = _names(
        session,
        authors
        | {
            m
            for m in session.scalars(
                select(PlacementMentor.mentor_id).where(PlacementMentor.placement_id.in_(pids))
            )
        },
    )

    placement_rows = []
    for p in placements:
        row = _row(p)
        row["prison"] = session.scalar(select(Prison.name).where(Prison.id == p.prison_id))
        row["unit"] = session.scalar(select(Unit.name).where(Unit.id == p.unit_id))
        row["cohort"] = session.scalar(select(Cohort.name).where(Cohort.id == p.cohort_id))
        row["mentors"] = [names.get(m.mentor_id, "") for m in p.mentors]
        placement_rows.append(row)

    observation_rows = []
    for o in observations:
        row = _row(o)
        row["author"] = names.get(o.author_id, "")
        row["kind_of_note"] = (
            "private mentor note" if o.visibility.value == "private" else "shared with student"
        )
        observation_rows.append(row)

    rating_rows = [
        {**_row(r), "competency": f"{key} {cname}", "level": f"{code} {label}"}
        for r, key, cname, code, label in session.execute(
            select(
                Rating,
                Competency.key,
                worded(Competency.name),
                ScaleLevel.code,
                worded(ScaleLevel.label),
            )
            .join(Competency, Competency.id == Rating.competency_id)
            .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
            .where(Rating.observation_id.in_(oids))
        )
    ]

    def rows(model: type[Any], *where: Any) -> list[dict[str, Any]]:
        return [_row(x) for x in session.scalars(select(model).where(*where))]

    record_ids = oids + [r.id for r in reviews]
    sections = {
        "Person": [_row(person)],
        "Roles": rows(RoleAssignment, RoleAssignment.person_id == person_id),
        "Placements": placement_rows,
        "Hours logged": rows(ShiftLog, ShiftLog.placement_id.in_(pids)),
        "Observations (including private mentor notes)": observation_rows,
        "Ratings": rating_rows,
        "Self-assessments": rows(SelfAssessment, SelfAssessment.placement_id.in_(pids)),
        "Reflections": rows(Reflection, Reflection.placement_id.in_(pids)),
        "Goals": [_row(g) for g in goals],
        "Goal progress notes": rows(
            GoalProgressNote, GoalProgressNote.goal_id.in_([g.id for g in goals])
        ),
        "Reviews": [_row(r) for r in reviews],
        "Review summaries by domain": rows(
            ReviewDomainSummary, ReviewDomainSummary.review_id.in_([r.id for r in reviews])
        ),
        "Causes for concern": rows(Concern, Concern.placement_id.in_(pids)),
        "Sign-offs and acknowledgements": rows(
            SignOff, or_(SignOff.person_id == person_id, SignOff.record_id.in_(record_ids))
        ),
        "Unfinished drafts": rows(
            Draft, or_(Draft.owner_id == person_id, Draft.placement_id.in_(pids))
        ),
        "Audit events": [
            _row(e)
            for e in session.scalars(
                select(AuditEvent)
                .where(
                    or_(AuditEvent.subject_person_id == person_id, AuditEvent.actor_id == person_id)
                )
                .order_by(AuditEvent.seq)
            )
        ],
    }
    head = audit_head(session)
    _audit(session, actor, person_id)
    return SubjectAccessExport(person.full_name, now, sections, head)


def _audit(session: Session, actor: Actor, person_id: uuid.UUID) -> None:
    from mentorlog.services import audit

    audit.record_after_reading(
        session,
        actor,
        "export.subject_access",
        entity_type="person",
        entity_id=person_id,
        subject_person_id=person_id,
    )
