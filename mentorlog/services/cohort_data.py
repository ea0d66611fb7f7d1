"""Gathering a cohort summary for coordinators: the attention dashboard's rows for every
placement of the cohort (ended ones too), ordered by attention, with its open concerns and
overdue reviews gathered for the first page, and the mentors' calibration."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Academy, Cohort, Concern, Person, Placement, Prison, Role
from mentorlog.reports.content import (
    CalibrationPage,
    CohortConcern,
    CohortOverdueReview,
    CohortStudentLine,
    CohortSummary,
    RaterLine,
)
from mentorlog.services.access import Actor, placement_filter, require_role
from mentorlog.services.attention import DashboardFilter, dashboard_rows
from mentorlog.services.attention_row import AttentionRow
from mentorlog.services.attention_rules import LEVEL_WORDS
from mentorlog.services.calibration import DRIFT_LEVELS, Calibration, RaterRow, calibration
from mentorlog.services.concerns import open_concern
from mentorlog.services.errors import NotFoundError
from mentorlog.services.hours import Hours, hours_by_placement
from mentorlog.services.report_data import check_period
from mentorlog.services.report_sections import audit_head

# A calibration page lists this many mentors at most (every marked one first).
CALIBRATION_MENTORS = 24


@dataclass(frozen=True)
class CohortPlacement:
    placement_id: uuid.UUID
    student: str
    prison: str


def cohort_placements(
    session: Session, actor: Actor, cohort_id: uuid.UUID
) -> list[CohortPlacement]:
    """The cohort's placements ``actor`` may see, by prison then family name."""
    if session.get(Cohort, cohort_id) is None:
        raise NotFoundError(msg("That cohort no longer exists."))
    rows = session.execute(_placements_query(cohort_id).where(placement_filter(actor))).all()
    return [
        CohortPlacement(r.id, f"{r.given_name} {r.family_name}".strip(), r.prison) for r in rows
    ]


def _placements_query(cohort_id: uuid.UUID) -> Select:
    return (
        select(Placement.id, Person.given_name, Person.family_name, Prison.name.label("prison"))
        .join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .where(Placement.cohort_id == cohort_id)
        .order_by(Prison.name, Person.family_name, Person.given_name, Placement.starts_on)
    )


def cohort_summary(
    session: Session,
    actor: Actor,
    cohort_id: uuid.UUID,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> CohortSummary:
    """Every placement of the cohort with the dashboard's figures as of the period's end
    (or today), those needing attention first; open concerns, overdue reviews and the
    mentors' calibration."""
    require_role(actor, Role.COORDINATOR)
    check_period(date_from, date_to)
    today = today or date.today()
    as_of = min(date_to, today) if date_to else today
    # The rows first: figures missing for today are stored before this session reads.
    rows = dashboard_rows(
        session, actor, DashboardFilter(cohort_id=cohort_id, include_ended=True), today=as_of
    )
    head = session.execute(
        select(Cohort.name, Academy.name)
        .join(Academy, Academy.id == Cohort.academy_id)
        .where(Cohort.id == cohort_id)
    ).first()
    if head is None:
        raise NotFoundError(msg("That cohort no longer exists."))
    # Hours worked in the period asked for (the dashboard's are the whole placement's).
    in_period = (
        hours_by_placement(session, [r.placement_id for r in rows], date_from, date_to)
        if date_from is not None or date_to is not None
        else None
    )
    return CohortSummary(
        academy=head[1],
        cohort=head[0],
        period_from=date_from,
        period_to=date_to,
        lines=tuple(_line(row, in_period) for row in rows),
        as_of=as_of,
        concerns=_open_concerns(session, cohort_id),
        overdue_reviews=tuple(
            CohortOverdueReview(
                student=row.student,
                prison=row.prison,
                lead_mentor=row.lead_mentor,
                review="midpoint" if row.midpoint_review_overdue else "final",
                due_on=row.midpoint_due_on if row.midpoint_review_overdue else row.ends_on,
                ended=row.ended,
            )
            for row in rows
            if row.midpoint_review_overdue or row.final_review_due
        ),
        calibration=_calibration_page(calibration(session, actor, cohort_id=cohort_id)),
        audit_head=audit_head(session),
    )


def _line(row: AttentionRow, in_period: dict[uuid.UUID, Hours] | None) -> CohortStudentLine:
    if in_period is None:
        hours = row.hours_logged
    else:
        hours = in_period.get(row.placement_id, Hours()).hours
    return CohortStudentLine(
        student=row.student,
        prison=row.prison,
        phase=row.phase,
        status=row.status,
        hours_logged=hours,
        target_hours=row.target_hours,
        last_entry_on=row.last_observed_on,
        below_expected=row.below_expected,
        open_concerns=row.open_concerns,
        unacknowledged=row.awaiting_answer,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        attention=LEVEL_WORDS[row.level],
        level=int(row.level),
        reasons=row.reason_texts(),
        reason_keys=row.reasons,
        unit=row.unit,
        lead_mentor=row.lead_mentor,
        outcome=row.final_progress or row.latest_progress,
        outcome_review="final" if row.final_progress else row.latest_review_kind,
        escalated_concerns=row.escalated_concerns,
        hours_expected=row.hours_expected,
        nrt=row.nrt,
        remedial_minutes=row.remedial_minutes,
        disagreements=row.disagreements,
        unsigned=row.awaiting_signature,
    )


def _open_concerns(session: Session, cohort_id: uuid.UUID) -> tuple[CohortConcern, ...]:
    student, raiser = Person.__table__.alias("student"), Person.__table__.alias("raiser")
    rows = session.execute(
        select(
            student.c.given_name,
            student.c.family_name,
            Prison.name,
            Concern.raised_on,
            Concern.status,
            Concern.review_on,
            Concern.description,
            raiser.c.given_name,
            raiser.c.family_name,
        )
        .select_from(Concern)
        .join(Placement, Placement.id == Concern.placement_id)
        .join(student, student.c.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .join(raiser, raiser.c.id == Concern.raised_by_id)
        .where(Placement.cohort_id == cohort_id, open_concern())
        .order_by(Concern.status == "escalated", Concern.review_on, Concern.raised_on)
    )
    return tuple(
        CohortConcern(
            student=f"{g} {f}".strip(),
            prison=prison,
            raised_on=raised,
            status=str(status),
            review_on=review,
            description=description,
            raised_by=f"{rg} {rf}".strip(),
        )
        for g, f, prison, raised, status, review, description, rg, rf in rows
    )


def _rater(row: RaterRow) -> RaterLine:
    return RaterLine(
        name=row.name,
        prison=row.prison,
        students=row.students,
        ratings=row.ratings,
        counts=row.counts,
        peer_counts=row.peer_counts,
        mean=row.mean,
        peers_mean=row.peers_mean,
        difference=row.difference,
        drift=row.drift,
    )


def _calibration_page(result: Calibration) -> CalibrationPage | None:
    if not result.ratings:
        return None
    marked = [r for r in result.mentors if r.drift]
    # Then those furthest from their peers, either way.
    rest = sorted((r for r in result.mentors if not r.drift), key=lambda r: -abs(r.difference or 0))
    room = max(CALIBRATION_MENTORS - len(marked), 0)
    shown = [*marked, *rest[:room]]
    return CalibrationPage(
        levels=tuple(code for _value, code in result.levels),
        mentors=tuple(_rater(r) for r in shown),
        prisons=tuple(_rater(r) for r in result.prisons),
        more_mentors=len(result.mentors) - len(shown),
        drift_levels=DRIFT_LEVELS,
    )
