"""Gathering one student's progress report as plain data (``reports.content``).

A fixed handful of queries whatever the size of the logbook (no per-row lazy loads), each
filtered in SQL through ``report_filters`` so private notes, drafts and deleted entries
never leave the database. ``cohort_data`` does the same for a cohort summary.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from mentorlog.i18n import msg
from mentorlog.models import (
    Academy,
    Cohort,
    Competency,
    CompetencyAnchor,
    Domain,
    Person,
    Placement,
    PlacementMentor,
    Prison,
    ScaleLevel,
    SelfAssessment,
    Unit,
)
from mentorlog.reports.content import CompetencyRow, DomainSeries, ScaleStep, StudentReport
from mentorlog.services import report_sections as sections
from mentorlog.services.access import Actor, require_placement
from mentorlog.services.concerns import is_open_status
from mentorlog.services.errors import NotFoundError, ValidationError
from mentorlog.services.expectations import below_expected, expected_of, load_expectations
from mentorlog.services.framework_wording import worded
from mentorlog.services.frameworks import applicable_version_id
from mentorlog.services.hours import placement_hours
from mentorlog.services.site_time import academy_zone


class EmptyReportError(NotFoundError):
    """The chosen period holds nothing to report."""


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError(
            {
                "period": msg(
                    "The period starts ({date_from}) after it ends ({date_to}).",
                    date_from=date_from,
                    date_to=date_to,
                )
            }
        )


def student_report(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> StudentReport:
    """One placement's progress report for ``actor`` (its mentor, its student, or a
    coordinator), as of ``today`` (the day it is made). A period given with no entries in
    it raises EmptyReportError."""
    check_period(date_from, date_to)
    require_placement(session, actor, placement_id)
    head = _placement_head(session, placement_id)
    period_from = date_from or head["starts_on"]
    period_to = date_to or head["ends_on"]
    version_id = applicable_version_id(session, head["framework_version_id"])

    student_id = head["student_id"]
    zone = academy_zone(session)
    ratings = sections.ratings(session, placement_id, date_from, date_to)
    observations = sections.observations(
        session, placement_id, student_id, date_from, date_to, ratings, zone
    )
    reflections = sections.reflections(session, placement_id, date_from, date_to)
    reviews = sections.reviews(session, placement_id, date_from, date_to, zone)
    concerns = sections.concerns(session, placement_id, date_from, date_to, zone)
    hours, remedial, shift_count = _hours(session, placement_id, date_from, date_to)
    # A concern still open from before is carried into the report but is no entry *in*
    # the period: a period with nothing of its own is refused rather than printed empty.
    raised_in_period = any(date_from is None or c.raised_on >= date_from for c in concerns)
    if (date_from or date_to) and not (
        observations or reflections or reviews or raised_in_period or shift_count
    ):
        raise EmptyReportError(
            # TRANSLATORS: {value} is the student's name.
            msg(
                "There are no entries for {value} between {period_from} and {period_to}. "
                "Choose a longer period or the whole placement.",
                value=head["student"],
                period_from=period_from,
                period_to=period_to,
            )
        )

    scale = _scale(session, version_id)
    # By now: the period's end, or today, or the placement's end if that came first.
    expectations = load_expectations(session)
    as_of = min(date_to or today or date.today(), head["ends_on"])
    expected = expected_of(session, placement_id, as_of, expectations)
    below = {b.key for b in below_expected(session, placement_id, as_of, expectations)}
    competencies = _competency_rows(
        session, placement_id, version_id, ratings, scale, below, period_to
    )
    curve = expectations.curve(version_id, head["starts_on"], head["ends_on"], head["phase_starts"])
    latest_review = reviews[-1].overall_progress if reviews else ""
    return StudentReport(
        academy=head["academy"],
        student=head["student"],
        prison=head["prison"],
        unit=head["unit"],
        cohort=head["cohort"],
        placement_starts_on=head["starts_on"],
        placement_ends_on=head["ends_on"],
        period_from=period_from,
        period_to=period_to,
        phase=head["phase"],
        status=head["status"],
        mentors=_mentors(session, placement_id),
        hours_logged=hours,
        target_hours=head["target_hours"],
        remedial_minutes=remedial,
        observation_count=len(observations),
        overall_status=latest_review,
        open_concerns=sum(1 for c in concerns if is_open_status(c.status)),
        framework=_framework_name(session, version_id),
        expected_value=expected,
        expected_on=as_of,
        expected_curve=curve,
        scale=tuple(ScaleStep(v, code, label) for v, (code, label) in sorted(scale.items()) if v),
        competencies=competencies,
        domain_series=_domain_series(ratings, competencies, period_from, period_to),
        goals=sections.goals(session, placement_id, zone),
        reviews=reviews,
        concerns=concerns,
        observations=observations,
        reflections=reflections,
        sign_offs=sections.sign_offs(
            session, placement_id, sections.final_review_ids(session, placement_id), zone
        ),
        learning_contract=head["learning_contract"],
        audit_head=sections.audit_head(session),
    )


def student_reports(
    session: Session,
    actor: Actor,
    placement_ids: list[uuid.UUID],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> list[StudentReport]:
    """The reports of a student's placements (``placement_ids``, newest first), those with
    nothing in the period left out; EmptyReportError when that leaves none."""
    check_period(date_from, date_to)
    reports, empty = [], None
    for placement_id in placement_ids:
        try:
            reports.append(
                student_report(
                    session,
                    actor,
                    placement_id,
                    date_from=date_from,
                    date_to=date_to,
                    today=today,
                )
            )
        except EmptyReportError as exc:
            empty = exc
    if not reports:
        raise empty or EmptyReportError(msg("There are no placements to report on."))
    return reports


def _placement_head(session: Session, placement_id: uuid.UUID) -> dict:
    cohort_academy = aliased(Academy)
    prison_academy = aliased(Academy)
    row = session.execute(
        select(
            Placement,
            Person.given_name,
            Person.family_name,
            Prison.name,
            Unit.name,
            Cohort.name,
            func.coalesce(cohort_academy.name, prison_academy.name),
        )
        .join(Person, Person.id == Placement.student_id)
        .join(Prison, Prison.id == Placement.prison_id)
        .outerjoin(Unit, Unit.id == Placement.unit_id)
        .outerjoin(Cohort, Cohort.id == Placement.cohort_id)
        .outerjoin(cohort_academy, cohort_academy.id == Cohort.academy_id)
        .outerjoin(prison_academy, prison_academy.id == Prison.academy_id)
        .where(Placement.id == placement_id)
    ).one()
    p: Placement = row[0]
    return {
        "student_id": p.student_id,
        "student": f"{row[1]} {row[2]}".strip(),
        "prison": row[3],
        "unit": row[4] or "",
        "cohort": row[5] or "",
        "academy": row[6] or "",
        "starts_on": p.starts_on,
        "ends_on": p.ends_on,
        "phase": str(p.phase),
        "status": str(p.status),
        "target_hours": p.target_hours,
        "framework_version_id": p.framework_version_id,
        "phase_starts": p.phase_starts,
        "learning_contract": p.learning_contract or "",
    }


def _mentors(session: Session, placement_id: uuid.UUID) -> tuple[str, ...]:
    rows = session.execute(
        select(Person.given_name, Person.family_name)
        .join(PlacementMentor, PlacementMentor.mentor_id == Person.id)
        .where(PlacementMentor.placement_id == placement_id)
        .order_by(PlacementMentor.is_primary.desc(), Person.family_name, Person.given_name)
    )
    return tuple(f"{g} {f}".strip() for g, f in rows)


def _hours(
    session: Session, placement_id: uuid.UUID, date_from: date | None, date_to: date | None
) -> tuple[float, int, int]:
    counted = placement_hours(session, placement_id, date_from, date_to)
    return counted.hours, counted.remedial_minutes, counted.shifts


def _scale(session: Session, version_id: uuid.UUID | None) -> dict[int, tuple[str, str]]:
    if version_id is None:
        return {}
    rows = session.execute(
        select(ScaleLevel.value, ScaleLevel.code, worded(ScaleLevel.label)).where(
            ScaleLevel.framework_version_id == version_id
        )
    )
    return {value: (code, label) for value, code, label in rows}


def _framework_name(session: Session, version_id: uuid.UUID | None) -> str:
    if version_id is None:
        return ""
    from mentorlog.models import Framework, FrameworkVersion

    row = session.execute(
        select(worded(Framework.name), FrameworkVersion.number)
        .select_from(Framework)
        .join(FrameworkVersion, FrameworkVersion.framework_id == Framework.id)
        .where(FrameworkVersion.id == version_id)
    ).first()
    return f"{row[0]}, version {row[1]}" if row else ""


def _competency_rows(
    session: Session,
    placement_id: uuid.UUID,
    version_id: uuid.UUID | None,
    ratings: list[sections.RatingFact],
    scale: dict[int, tuple[str, str]],
    below: set[str],
    period_to: date,
) -> tuple[CompetencyRow, ...]:
    """The placement's framework, competency by competency, with the ratings followed by
    ``Competency.key`` so ratings given under an older framework version still count."""
    listed = session.execute(
        select(Competency.key, worded(Competency.name), worded(Domain.name))
        .join(Domain, Domain.id == Competency.domain_id)
        .where(Domain.framework_version_id == version_id)
        .order_by(Domain.position, Competency.position)
    ).all()
    by_key: dict[str, list[sections.RatingFact]] = defaultdict(list)
    for fact in ratings:
        if not fact.not_observed:
            by_key[fact.key].append(fact)
    latest = {key: facts[-1] for key, facts in by_key.items()}
    anchors = _anchors(session, {(f.competency_id, f.value) for f in latest.values()})
    own = _self_assessments(session, placement_id, period_to)
    rows = []
    for key, name, domain in listed:
        facts = by_key.get(key, [])
        last = latest.get(key)
        self_code, self_label, self_on = own.get(key, ("", "", None))
        rows.append(
            CompetencyRow(
                domain=domain,
                key=key,
                name=name,
                latest_code=last.code if last else "",
                latest_label=last.label if last else "",
                latest_value=last.value if last else None,
                latest_on=last.observed_on if last else None,
                anchor=anchors.get((last.competency_id, last.value), "") if last else "",
                times_observed=len(facts),
                trend=tuple(f.value for f in facts),
                self_code=self_code,
                self_label=self_label,
                self_on=self_on,
                below_expected=key in below,
            )
        )
    return tuple(rows)


def _anchors(
    session: Session, wanted: set[tuple[uuid.UUID, int]]
) -> dict[tuple[uuid.UUID, int], str]:
    if not wanted:
        return {}
    ids = {cid for cid, _ in wanted}
    rows = session.execute(
        select(
            CompetencyAnchor.competency_id,
            CompetencyAnchor.level_value,
            worded(CompetencyAnchor.text),
        ).where(CompetencyAnchor.competency_id.in_(ids))
    )
    return {(cid, value): text for cid, value, text in rows if (cid, value) in wanted}


def _self_assessments(
    session: Session, placement_id: uuid.UUID, period_to: date
) -> dict[str, tuple[str, str, date]]:
    """The student's latest own rating per competency key, as of the end of the period
    ("not observed" keeps the level they gave before, as the app shows it)."""
    rows = session.execute(
        select(
            Competency.key, ScaleLevel.code, worded(ScaleLevel.label), SelfAssessment.assessed_on
        )
        .join(Competency, Competency.id == SelfAssessment.competency_id)
        .join(ScaleLevel, ScaleLevel.id == SelfAssessment.level_id)
        .where(SelfAssessment.placement_id == placement_id)
        .where(SelfAssessment.assessed_on <= period_to)
        .where(ScaleLevel.is_not_observed.is_(False))
        .order_by(SelfAssessment.assessed_on, SelfAssessment.created_at)
    )
    return {key: (code, label, on) for key, code, label, on in rows}


def _domain_series(
    ratings: list[sections.RatingFact],
    competencies: tuple[CompetencyRow, ...],
    period_from: date,
    period_to: date,
) -> tuple[DomainSeries, ...]:
    """Each domain's mean rating per week (per month for periods over four months)."""
    monthly = (period_to - period_from).days > 120

    def bucket(day: date) -> date:
        return day.replace(day=1) if monthly else day - timedelta(days=day.weekday())

    domain_of = {row.key: row.domain for row in competencies}
    order = list(dict.fromkeys(row.domain for row in competencies))
    sums: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for fact in ratings:
        if fact.not_observed:
            continue
        domain = domain_of.get(fact.key, fact.domain)
        if domain not in order:
            order.append(domain)
        sums[domain][bucket(fact.observed_on)].append(fact.value)
    return tuple(
        DomainSeries(
            domain,
            tuple((day, sum(vs) / len(vs)) for day, vs in sorted(sums[domain].items())),
        )
        for domain in order
    )
