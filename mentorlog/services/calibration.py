"""Mentor calibration: is every mentor judging alike?

For the same competency and phase (the phase a placement was in on the day rated, by
its phase dates: services/phases.py), each mentor's ratings are set beside everyone else's, and
each prison's beside the other prisons'. How far a rater sits from their peers is
measured cell by cell ((competency, phase): a mentor who mostly rates final-phase
students is not taken for a generous one): for a prison, its ratings' mean minus the
other prisons' in the same cells, weighted by how often it rated each; for a mentor, the
same for each of their students, and then the median over their students, so that one
weak student among strong ones does not make a mentor look harsh. A mentor who sits at
least ``DRIFT_LEVELS`` from peers over ``MIN_STUDENTS`` students and ``MIN_RATINGS``
ratings is marked (rater drift).

It compares ratings, not students: a mentor whose students are all strong will still look
generous, which is why the mark is an invitation to look, not a verdict. Ratings counted
are those a report shows (shared, published, current; "not observed" left out).

One materialised pass over the ratings in scope (by rater, placement and cell), then a
few aggregates over it in SQL; Python only adds up a few hundred rows.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Uuid, and_, case, exists, func, literal, select, true, union_all
from sqlalchemy.orm import Session, aliased

from mentorlog.models import (
    Cohort,
    Competency,
    Observation,
    Person,
    Placement,
    Prison,
    Rating,
    Role,
    RoleAssignment,
    ScaleLevel,
)
from mentorlog.services.access import Actor, require_role
from mentorlog.services.expectations import load_expectations
from mentorlog.services.phases import phase_on_day
from mentorlog.services.report_filters import shared_observations

DRIFT_LEVELS = 0.5
MIN_RATINGS = 40
MIN_STUDENTS = 3  # "consistently": a mentor is marked only over several students
SHRINK_RATINGS = 30


@dataclass(frozen=True)
class RaterRow:
    """One mentor's (or one prison's) ratings in the chosen scope, beside their peers'."""

    rater_id: uuid.UUID
    name: str
    prison: str  # the mentor's prison (for a prison row: its own name)
    ratings: int
    counts: tuple[int, ...]  # per level of ``Calibration.levels``, lowest first
    mean: float
    peers_mean: float | None  # everyone else's mean in the same cells, weighted alike
    difference: float | None  # mean - peers_mean, cell by cell (see the module docstring)
    peer_counts: tuple[int, ...] = ()  # everyone else's ratings in the same scope
    students: int = 0  # students the mentor rated
    is_mentor: bool = True  # False: a prison's row

    @property
    def drift(self) -> int:
        """+1 rates higher than peers, -1 lower, 0 alike (or too few ratings to say)."""
        # Prisons are shown beside each other, not marked: a prison's difference is not
        # told apart from its students' level, and a few weak students would mark it.
        if not self.is_mentor or self.difference is None or self.ratings < MIN_RATINGS:
            return 0
        if self.students < MIN_STUDENTS:
            return 0
        if self.difference >= DRIFT_LEVELS:
            return 1
        if self.difference <= -DRIFT_LEVELS:
            return -1
        return 0


@dataclass(frozen=True)
class Calibration:
    levels: tuple[tuple[int, str], ...]  # (value, code) of the rated levels, lowest first
    mentors: tuple[RaterRow, ...]  # those marked first, then by difference
    prisons: tuple[RaterRow, ...]
    ratings: int
    competency: str = ""  # "" for every competency
    phase: str = ""  # "" for every phase
    competencies: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (key, name)

    @property
    def drifting(self) -> tuple[RaterRow, ...]:
        return tuple(row for row in self.mentors if row.drift)


def calibration(
    session: Session,
    actor: Actor,
    *,
    academy_id: uuid.UUID | None = None,
    cohort_id: uuid.UUID | None = None,
    prison_id: uuid.UUID | None = None,
    competency_key: str | None = None,
    phase: str | None = None,
) -> Calibration:
    """Mentors' and prisons' ratings side by side, for coordinators."""
    require_role(actor, Role.COORDINATOR)
    expectations = load_expectations(session)
    levels = _levels(session, expectations.active_version_id)
    # The placements in scope, and whether each is the student's first (a student on a
    # second placement is further on, whatever the phase): "the same phase" is both.
    earlier = aliased(Placement)
    scoped = [placement_in(academy_id, cohort_id, prison_id)]
    placements = (
        select(
            Placement.id.label("id"),
            Placement.student_id.label("student_id"),
            Placement.prison_id.label("prison_id"),
            Placement.starts_on.label("starts_on"),
            Placement.ends_on.label("ends_on"),
            Placement.phase_starts.label("phase_starts"),
            exists(
                select(earlier.id).where(
                    earlier.student_id == Placement.student_id,
                    earlier.starts_on < Placement.starts_on,
                )
            ).label("later"),
        )
        .where(*scoped)
        .cte("calibration_placements")
        .prefix_with("MATERIALIZED")
    )
    # Each rated observation once, with its phase (worked out per observation, not per
    # rating: a quarter of the work).
    on_day = phase_on_day(Observation.observed_on, placements)
    observing = select(
        Observation.id.label("id"),
        Observation.author_id.label("author_id"),
        placements.c.id.label("placement_id"),
        placements.c.student_id.label("student_id"),
        placements.c.prison_id.label("prison_id"),
        placements.c.later.label("later"),
        on_day.label("phase"),
    ).join(placements, placements.c.id == Observation.placement_id)
    observing = observing.where(shared_observations(None, None))
    if phase:
        observing = observing.where(on_day == phase)
    observed = observing.cte("calibration_observed").prefix_with("MATERIALIZED")
    rated = [ScaleLevel.is_not_observed.is_(False)]
    if competency_key:
        rated.append(
            Rating.competency_id.in_(select(Competency.id).where(Competency.key == competency_key))
        )
    # Ratings by rater, placement and cell, with the counts per level: one pass over them.
    value = ScaleLevel.value
    o = observed.c
    g = (
        select(
            o.author_id.label("author_id"),
            o.student_id.label("student_id"),
            o.prison_id.label("prison_id"),
            Rating.competency_id.label("key"),
            o.phase.label("phase"),
            o.later.label("later"),
            func.count().label("n"),
            func.sum(value).label("total"),
            *(func.count(case((value == v, 1))).label(f"c{v}") for v, _code in levels),
        )
        .select_from(observed)
        .join(Rating, Rating.observation_id == o.id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .where(*rated)
        .group_by(o.author_id, o.student_id, o.prison_id, Rating.competency_id, o.phase, o.later)
        .cte("calibration_cells")
        .prefix_with("MATERIALIZED")
    )
    # Mentors and prisons in one statement, so the ratings are gone through once.
    rows = session.execute(
        union_all(_parts(g, levels, per_student=True), _parts(g, levels, per_student=False))
    ).all()
    mentors = _compared([r for r in rows if r.per_student], levels, per_student=True)
    prisons = _compared([r for r in rows if not r.per_student], levels, per_student=False)
    _name_rows(session, mentors, prisons)
    return Calibration(
        levels=levels,
        mentors=_ordered(mentors.values()),
        prisons=_ordered(prisons.values()),
        ratings=sum(r.ratings for r in prisons.values()),
        competency=competency_key or "",
        phase=phase or "",
        competencies=_competencies(session, expectations.active_version_id),
    )


def placement_in(
    academy_id: uuid.UUID | None, cohort_id: uuid.UUID | None, prison_id: uuid.UUID | None
) -> Any:
    """A WHERE clause on Placement: in that academy, cohort and prison (None: any)."""
    clauses = []
    if cohort_id is not None:
        clauses.append(Placement.cohort_id == cohort_id)
    if prison_id is not None:
        clauses.append(Placement.prison_id == prison_id)
    if academy_id is not None:
        clauses.append(
            func.coalesce(
                select(Cohort.academy_id).where(Cohort.id == Placement.cohort_id).scalar_subquery(),
                select(Prison.academy_id).where(Prison.id == Placement.prison_id).scalar_subquery(),
            )
            == academy_id
        )
    return and_(true(), *clauses)


def _parts(g: Any, levels: tuple[tuple[int, str], ...], *, per_student: bool) -> Any:
    """Per rater (and student, for mentors): ratings, their sum, those with peers in the
    same cell and the peers' mean weighted by them, the summed distance from the cell's
    mean, and the counts per level."""
    cell = (g.c.key, g.c.phase, g.c.later)
    rater = g.c.author_id if per_student else g.c.prison_id
    cells = (
        select(*cell, func.sum(g.c.n).label("n"), func.sum(g.c.total).label("total"))
        .group_by(*cell)
        .subquery()
    )
    own = (
        select(
            rater.label("rater"),
            *cell,
            func.sum(g.c.n).label("n"),
            func.sum(g.c.total).label("total"),
        )
        .group_by(rater, *cell)
        .subquery()
    )
    rest_n = cells.c.n - own.c.n
    rest_mean = (cells.c.total - own.c.total) * 1.0 / rest_n
    residual = g.c.total - g.c.n * (cells.c.total * 1.0 / cells.c.n)
    student = g.c.student_id if per_student else literal(None, Uuid)
    grouping = (rater, g.c.student_id) if per_student else (rater,)
    return (
        select(
            literal(per_student).label("per_student"),
            rater.label("rater"),
            student.label("student"),
            func.sum(g.c.n).label("n"),
            func.sum(g.c.total).label("total"),
            func.sum(case((rest_n > 0, g.c.n), else_=0)).label("compared"),
            func.sum(case((rest_n > 0, g.c.n * rest_mean), else_=0)).label("peers"),
            func.sum(residual).label("residual"),
            *(func.sum(g.c[f"c{v}"]).label(f"c{v}") for v, _code in levels),
        )
        .select_from(g)
        .join(own, and_(own.c.rater == rater, *(own.c[c.name] == c for c in cell)))
        .join(cells, and_(*(cells.c[c.name] == c for c in cell)))
        .group_by(*grouping)
    )


def _compared(
    parts: list[Any], levels: tuple[tuple[int, str], ...], *, per_student: bool
) -> dict[Any, RaterRow]:
    """Each rater's counts, mean, peers' mean in the same cells, and difference (see the
    module docstring), from ``_parts``' rows."""
    by_rater: dict[Any, list[Any]] = defaultdict(list)
    for row in parts:
        by_rater[row.rater].append(row)

    def counts_of(rows: list[Any]) -> list[int]:
        return [sum(int(getattr(r, f"c{v}") or 0) for r in rows) for v, _code in levels]

    everyone = counts_of(parts)
    effects = (
        _rater_effects([(r.rater, r.student, int(r.n), float(r.residual)) for r in parts])
        if per_student
        else {}
    )
    out: dict[Any, RaterRow] = {}
    for rater_id, units in by_rater.items():
        n = sum(int(u.n) for u in units)
        compared = sum(float(u.compared) for u in units)
        counts = tuple(counts_of(units))
        mean = sum(float(u.total) for u in units) / n
        peers_mean = sum(float(u.peers) for u in units) / compared if compared else None
        if per_student:
            difference = effects.get(rater_id)
        else:
            difference = None if peers_mean is None else mean - peers_mean
        out[rater_id] = RaterRow(
            rater_id=rater_id,
            name="",
            prison="",
            ratings=n,
            counts=counts,
            mean=mean,
            peers_mean=peers_mean,
            difference=difference,
            peer_counts=tuple(e - c for e, c in zip(everyone, counts, strict=True)),
            students=len(units) if per_student else 0,
            is_mentor=per_student,
        )
    return out


def _rater_effects(
    pairs: list[tuple[Any, Any, int, float]], shrink: float = SHRINK_RATINGS, rounds: int = 25
) -> dict[Any, float]:
    """Each mentor's own effect on ratings, apart from their students' level: residuals
    (rating minus its cell's mean, summed per mentor and student) split into a mentor
    effect and a student effect by alternating least squares, each shrunk towards 0 as if
    it had ``shrink`` more ratings of 0. A student rated by several mentors (a co-mentor,
    another placement) tells their level apart from each mentor's; students start out
    explaining all they can, so a mentor is called generous or harsh only as far as other
    mentors of the same students rate them otherwise."""
    by_mentor: dict[Any, list[tuple[Any, int, float]]] = defaultdict(list)
    by_student: dict[Any, list[tuple[Any, int, float]]] = defaultdict(list)
    for mentor, student, n, residual in pairs:
        by_mentor[mentor].append((student, n, residual))
        by_student[student].append((mentor, n, residual))
    mentor_effect: dict[Any, float] = defaultdict(float)
    student_effect: dict[Any, float] = defaultdict(float)
    for _ in range(rounds):
        for student, rated in by_student.items():
            student_effect[student] = sum(r - n * mentor_effect[m] for m, n, r in rated) / (
                sum(n for _m, n, _r in rated) + shrink
            )
        for mentor, rated in by_mentor.items():
            mentor_effect[mentor] = sum(r - n * student_effect[s] for s, n, r in rated) / (
                sum(n for _s, n, _r in rated) + shrink
            )
    return dict(mentor_effect)


def _name_rows(
    session: Session, mentors: dict[Any, RaterRow], prisons: dict[Any, RaterRow]
) -> None:
    import dataclasses

    people = {
        pid: f"{given} {family}".strip()
        for pid, given, family in session.execute(
            select(Person.id, Person.given_name, Person.family_name).where(
                Person.id.in_(list(mentors))
            )
        )
    }
    prison_names = dict(session.execute(select(Prison.id, Prison.name)).all())
    homes = dict(
        session.execute(
            select(RoleAssignment.person_id, func.min(Prison.name))
            .join(Prison, Prison.id == RoleAssignment.prison_id)
            .where(RoleAssignment.person_id.in_(list(mentors)), RoleAssignment.role == Role.MENTOR)
            .group_by(RoleAssignment.person_id)
        ).all()
    )
    for rater, row in mentors.items():
        mentors[rater] = dataclasses.replace(
            row, name=people.get(rater, ""), prison=homes.get(rater, "")
        )
    for rater, row in prisons.items():
        name = prison_names.get(rater, "")
        prisons[rater] = dataclasses.replace(row, name=name, prison=name)


def _ordered(rows: Any) -> tuple[RaterRow, ...]:
    return tuple(sorted(rows, key=lambda r: (-abs(r.drift), -(r.difference or 0.0), r.name)))


def _levels(session: Session, version_id: uuid.UUID | None) -> tuple[tuple[int, str], ...]:
    if version_id is None:
        return ()
    return tuple(
        session.execute(
            select(ScaleLevel.value, ScaleLevel.code)
            .where(
                ScaleLevel.framework_version_id == version_id,
                ScaleLevel.is_not_observed.is_(False),
            )
            .order_by(ScaleLevel.value)
        ).all()
    )


def _competencies(session: Session, version_id: uuid.UUID | None) -> tuple[tuple[str, str], ...]:
    from mentorlog.models import Domain

    if version_id is None:
        return ()
    return tuple(
        session.execute(
            select(Competency.key, Competency.name)
            .join(Domain, Domain.id == Competency.domain_id)
            .where(Domain.framework_version_id == version_id)
            .order_by(Domain.position, Competency.position)
        ).all()
    )


def level_share(counts: tuple[int, ...]) -> tuple[float, ...]:
    """Each level's share of ``counts`` (for drawing a distribution)."""
    total = sum(counts)
    return tuple(c / total if total else 0.0 for c in counts)
