"""The sections of a student report, each gathered in one or two queries (never per row)."""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    Concern,
    Domain,
    Goal,
    GoalProgressNote,
    Observation,
    Person,
    Rating,
    Reflection,
    Review,
    ReviewDomainSummary,
    ReviewKind,
    ScaleLevel,
    SignOff,
    SignOffKind,
    goal_competency,
)
from mentorlog.reports.content import (
    AuditHead,
    ConcernEntry,
    DomainSummaryEntry,
    GoalEntry,
    ObservationEntry,
    RatingEntry,
    ReflectionEntry,
    ReviewEntry,
    SignatureEntry,
)
from mentorlog.services.access import shared_review
from mentorlog.services.concerns import is_open_status
from mentorlog.services.report_filters import (
    RESPONSE_KINDS,
    shared_observations,
    shared_reflections,
)

log = logging.getLogger(__name__)

# The order a Gibbs reflection's parts are read in; other templates keep their own order.
GIBBS_ORDER = ("description", "feelings", "evaluation", "analysis", "conclusion", "action_plan")


def _name(given: str | None, family: str | None) -> str:
    return f"{given or ''} {family or ''}".strip()


def _day(moment: datetime, zone: tzinfo) -> date:
    """The date of ``moment`` where the academy is (a late sign-off is not tomorrow's)."""
    return moment.astimezone(zone).date()


@dataclass(frozen=True)
class RatingFact:
    """One rating on a reportable observation, as the competency table and chart need it."""

    observation_id: uuid.UUID
    observed_on: date
    competency_id: uuid.UUID
    key: str
    name: str
    domain: str
    value: int
    code: str
    label: str
    comment: str
    not_responding: bool
    not_observed: bool


def ratings(
    session: Session, placement_id: uuid.UUID, date_from: date | None, date_to: date | None
) -> list[RatingFact]:
    """Every rating on the report's observations, oldest first."""
    rows = session.execute(
        select(
            Rating.observation_id,
            Observation.observed_on,
            Rating.competency_id,
            Competency.key,
            Competency.name,
            Domain.name,
            ScaleLevel.value,
            ScaleLevel.code,
            ScaleLevel.label,
            Rating.comment,
            Rating.not_responding_to_training,
            ScaleLevel.is_not_observed,
        )
        .join(Observation, Observation.id == Rating.observation_id)
        .join(Competency, Competency.id == Rating.competency_id)
        .join(Domain, Domain.id == Competency.domain_id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .where(Observation.placement_id == placement_id, shared_observations(date_from, date_to))
        .order_by(
            Observation.observed_on, Observation.created_at, Domain.position, Competency.position
        )
    )
    return [RatingFact(*tuple(row)) for row in rows]


def observations(
    session: Session,
    placement_id: uuid.UUID,
    student_id: uuid.UUID,
    date_from: date | None,
    date_to: date | None,
    rated: list[RatingFact],
    zone: tzinfo = UTC,
) -> tuple[ObservationEntry, ...]:
    """Shared, published observations in date order, each with its ratings (``rated``,
    from ``ratings()``) and the student's acknowledgement or disagreement."""
    where = and_(Observation.placement_id == placement_id, shared_observations(date_from, date_to))
    rows = session.execute(
        select(
            Observation.id,
            Observation.lineage_id,
            Observation.observed_on,
            Observation.shift,
            Observation.duration_minutes,
            Person.given_name,
            Person.family_name,
            Observation.setting,
            Observation.situation_type,
            Observation.narrative,
            Observation.remedial_minutes,
            Observation.version,
            Observation.amendment_reason,
        )
        .join(Person, Person.id == Observation.author_id)
        .where(where)
        .order_by(Observation.observed_on, Observation.created_at)
    ).all()
    if not rows:
        return ()
    by_obs: dict[uuid.UUID, list[RatingEntry]] = defaultdict(list)
    for fact in rated:
        by_obs[fact.observation_id].append(
            RatingEntry(
                fact.key, fact.name, fact.code, fact.label, fact.comment, fact.not_responding
            )
        )
    responses, signatures = _observation_sign_offs(session, where, student_id, zone)
    entries = []
    for (
        oid,
        lineage,
        on,
        shift,
        minutes,
        given,
        family,
        setting,
        situation,
        narrative,
        remedial,
        version,
        reason,
    ) in rows:
        kind, response_on, comment, response_version = responses.get(lineage) or ("", None, "", 0)
        signed_by, signed_on = signatures.get(oid, ("", None))
        entries.append(
            ObservationEntry(
                observed_on=on,
                shift=str(shift),
                duration_minutes=minutes,
                author=_name(given, family),
                setting=setting or "",
                situation_type=situation or "",
                narrative=narrative or "",
                ratings=tuple(by_obs.get(oid, ())),
                remedial_minutes=remedial,
                response=kind,
                response_on=response_on,
                response_comment=comment,
                response_version=response_version,
                version=version,
                amendment_reason=reason or "",
                signed_by=signed_by,
                signed_on=signed_on,
            )
        )
    return tuple(entries)


def _observation_sign_offs(
    session: Session, where: ColumnElement[bool], student_id: uuid.UUID, zone: tzinfo = UTC
) -> tuple[dict[uuid.UUID, tuple[str, date, str, int]], dict[uuid.UUID, tuple[str, date | None]]]:
    """The student's latest response per lineage (to whichever version they read), and
    the mentor's signature per reported version."""
    lineages = select(Observation.lineage_id).where(where)
    versions = select(Observation.id).where(Observation.lineage_id.in_(lineages))
    lineage_of = {
        oid: lineage
        for oid, lineage in session.execute(
            select(Observation.id, Observation.lineage_id).where(
                Observation.lineage_id.in_(lineages)
            )
        )
    }
    responses: dict[uuid.UUID, tuple[str, date, str, int]] = {}
    for record_id, kind, signed_at, comment, version in session.execute(
        select(
            SignOff.record_id,
            SignOff.kind,
            SignOff.signed_at,
            SignOff.comment,
            SignOff.record_version,
        )
        .where(
            SignOff.record_type == "observation",
            SignOff.kind.in_(RESPONSE_KINDS),
            SignOff.person_id == student_id,
            # A response names the version read, or (from older writers) the lineage.
            or_(SignOff.record_id.in_(versions), SignOff.record_id.in_(lineages)),
        )
        .order_by(SignOff.signed_at)
    ):
        lineage = lineage_of.get(record_id, record_id)
        responses[lineage] = (str(kind), _day(signed_at, zone), comment or "", version)
    signatures: dict[uuid.UUID, tuple[str, date | None]] = {}
    for record_id, given, family, signed_at in session.execute(
        select(SignOff.record_id, Person.given_name, Person.family_name, SignOff.signed_at)
        .join(Person, Person.id == SignOff.person_id)
        .where(
            SignOff.record_type == "observation",
            SignOff.kind == SignOffKind.SIGNED,
            SignOff.record_id.in_(select(Observation.id).where(where)),
        )
    ):
        signatures[record_id] = (_name(given, family), _day(signed_at, zone))
    return responses, signatures


def reflections(
    session: Session, placement_id: uuid.UUID, date_from: date | None, date_to: date | None
) -> tuple[ReflectionEntry, ...]:
    rows = session.execute(
        select(Reflection.written_on, Reflection.title, Reflection.template, Reflection.sections)
        .where(Reflection.placement_id == placement_id, shared_reflections(date_from, date_to))
        .order_by(Reflection.written_on, Reflection.created_at)
    )
    entries = []
    for on, title, template, parts in rows:
        parts = parts or {}
        keys = [k for k in GIBBS_ORDER if k in parts] + [k for k in parts if k not in GIBBS_ORDER]
        ordered = tuple(
            (key.replace("_", " ").capitalize(), str(parts[key]).strip())
            for key in keys
            if str(parts[key] or "").strip()
        )
        entries.append(ReflectionEntry(on, title or "", str(template), ordered))
    return tuple(entries)


def _current_reviews(placement_id: uuid.UUID) -> ColumnElement[bool]:
    return and_(
        Review.placement_id == placement_id,
        shared_review(),
        Review.is_current.is_(True),
        Review.deleted_at.is_(None),
    )


def reviews(
    session: Session,
    placement_id: uuid.UUID,
    date_from: date | None,
    date_to: date | None,
    zone: tzinfo = UTC,
) -> tuple[ReviewEntry, ...]:
    """Published mid-point and final reviews held in the period, with their signatures."""
    where = _current_reviews(placement_id)
    if date_from is not None:
        where = and_(where, Review.held_on >= date_from)
    if date_to is not None:
        where = and_(where, Review.held_on <= date_to)
    rows = session.execute(
        select(Review, Person.given_name, Person.family_name)
        .join(Person, Person.id == Review.author_id)
        .where(where)
        .order_by(Review.held_on, Review.created_at)
    ).all()
    if not rows:
        return ()
    ids = [r[0].id for r in rows]
    summaries: dict[uuid.UUID, list[DomainSummaryEntry]] = defaultdict(list)
    for review_id, domain, code, label, text in session.execute(
        select(
            ReviewDomainSummary.review_id,
            Domain.name,
            ScaleLevel.code,
            ScaleLevel.label,
            ReviewDomainSummary.summary,
        )
        .join(Domain, Domain.id == ReviewDomainSummary.domain_id)
        .outerjoin(ScaleLevel, ScaleLevel.id == ReviewDomainSummary.level_id)
        .where(ReviewDomainSummary.review_id.in_(ids))
        .order_by(Domain.position)
    ):
        summaries[review_id].append(DomainSummaryEntry(domain, code or "", label or "", text or ""))
    signed = _signatures(session, "review", ids + [r[0].lineage_id for r in rows], zone)
    return tuple(
        ReviewEntry(
            kind=str(review.kind),
            held_on=review.held_on,
            author=_name(given, family),
            overall_progress=str(review.overall_progress),
            summary=review.summary or "",
            agreed_actions=review.agreed_actions or "",
            domain_summaries=tuple(summaries.get(review.id, ())),
            signatures=tuple(
                signed.get(review.id, [])
                + (signed.get(review.lineage_id, []) if review.lineage_id != review.id else [])
            ),
        )
        for review, given, family in rows
    )


def _signatures(
    session: Session, record_type: str, record_ids: list[uuid.UUID], zone: tzinfo = UTC
) -> dict[uuid.UUID, list[SignatureEntry]]:
    """Sign-offs on the records, their times where the academy is (zone named)."""
    found: dict[uuid.UUID, list[SignatureEntry]] = defaultdict(list)
    if not record_ids:
        return found
    for record_id, role, kind, at, comment, given, family in session.execute(
        select(
            SignOff.record_id,
            SignOff.role,
            SignOff.kind,
            SignOff.signed_at,
            SignOff.comment,
            Person.given_name,
            Person.family_name,
        )
        .join(Person, Person.id == SignOff.person_id)
        .where(SignOff.record_type == record_type, SignOff.record_id.in_(record_ids))
        .order_by(SignOff.signed_at)
    ):
        found[record_id].append(
            SignatureEntry(
                str(role), _name(given, family), str(kind), at.astimezone(zone), comment or ""
            )
        )
    return found


def final_review_ids(session: Session, placement_id: uuid.UUID) -> list[uuid.UUID]:
    rows = session.execute(
        select(Review.id, Review.lineage_id).where(
            _current_reviews(placement_id), Review.kind == ReviewKind.FINAL
        )
    )
    return [i for row in rows for i in row]


def sign_offs(
    session: Session,
    placement_id: uuid.UUID,
    final_review_ids: list[uuid.UUID],
    zone: tzinfo = UTC,
) -> tuple[SignatureEntry, ...]:
    """The latest signature per role on the placement itself or on its final review."""
    found = _signatures(session, "placement", [placement_id], zone)
    for key, entries in _signatures(session, "review", final_review_ids, zone).items():
        found[key].extend(entries)
    latest: dict[str, SignatureEntry] = {}
    for entry in sorted((e for es in found.values() for e in es), key=lambda e: e.signed_at):
        if entry.kind == SignOffKind.SIGNED:
            latest[entry.role] = entry
    return tuple(latest[r] for r in ("mentor", "student", "coordinator") if r in latest)


def concerns(
    session: Session,
    placement_id: uuid.UUID,
    date_from: date | None,
    date_to: date | None,
    zone: tzinfo = UTC,
) -> tuple[ConcernEntry, ...]:
    """Causes for concern raised by the end of the period and not closed before it began."""
    query = (
        select(Concern, Person.given_name, Person.family_name)
        .join(Person, Person.id == Concern.raised_by_id)
        .where(Concern.placement_id == placement_id, Concern.deleted_at.is_(None))
        .order_by(Concern.raised_on, Concern.created_at)
    )
    if date_to is not None:
        query = query.where(Concern.raised_on <= date_to)
    entries = []
    for concern, given, family in session.execute(query):
        # Only a resolved concern is closed; an escalated one (closed by an older
        # mentorlog) is still open, whatever date it carries.
        closed = concern.closed_at if not is_open_status(concern.status) else None
        closed_on = _day(closed, zone) if closed else None
        if date_from is not None and closed_on is not None and closed_on < date_from:
            continue
        entries.append(
            ConcernEntry(
                raised_on=concern.raised_on,
                raised_by=_name(given, family),
                status=str(concern.status),
                description=concern.description,
                action_plan=concern.action_plan or "",
                review_on=concern.review_on,
                outcome=concern.outcome or "",
                closed_on=closed_on,
            )
        )
    return tuple(entries)


def goals(session: Session, placement_id: uuid.UUID, zone: tzinfo = UTC) -> tuple[GoalEntry, ...]:
    """The placement's goals with their action plans, competencies and progress notes."""
    rows = session.execute(
        select(Goal.id, Goal.title, Goal.status, Goal.action_plan, Goal.due_on)
        .where(Goal.placement_id == placement_id, Goal.deleted_at.is_(None))
        .order_by(Goal.due_on.is_(None), Goal.due_on, Goal.created_at)
    ).all()
    if not rows:
        return ()
    ids = [r[0] for r in rows]
    comps: dict[uuid.UUID, list[str]] = defaultdict(list)
    for goal_id, key, name in session.execute(
        select(goal_competency.c.goal_id, Competency.key, Competency.name)
        .join(Competency, Competency.id == goal_competency.c.competency_id)
        .where(goal_competency.c.goal_id.in_(ids))
        .order_by(Competency.key)
    ):
        comps[goal_id].append(f"{key} {name}")
    notes: dict[uuid.UUID, list[tuple[date, str]]] = defaultdict(list)
    for goal_id, at, note in session.execute(
        select(GoalProgressNote.goal_id, GoalProgressNote.created_at, GoalProgressNote.note)
        .where(GoalProgressNote.goal_id.in_(ids))
        .order_by(GoalProgressNote.created_at)
    ):
        notes[goal_id].append((_day(at, zone), note))
    return tuple(
        GoalEntry(title, str(status), plan or "", due, tuple(comps[gid]), tuple(notes[gid]))
        for gid, title, status, plan, due in rows
    )


def audit_head(session: Session) -> AuditHead:
    """The audit trail as the report is made, for its footer (reports/page.py)."""
    from mentorlog.services.checkpoints import trail_head

    head = trail_head(session)
    return AuditHead(head.seq, head.hash, head.events)
