"""The level a student is expected to have reached *by now*, and which competencies fall
below it: one definition, in SQL, for the dashboard, the cohort summary and the reports.

A framework says what is expected by the *end* of each phase (``PhaseExpectation``).
Comparing a rating with that from the first day of a phase flags nearly everyone, and
its first phase expects level 1, "Not acceptable", which flags nobody. So:

- A placement's phases begin on its phase dates (services/phases.py: its own, else the
  default shares of its days). Through its current phase the expectation rises in a
  straight line from the level expected by the end of the phase before to the level
  expected by the end of this one, as far as the days elapsed have gone into it.
- No expectation is ever below ``floor``: the lowest level that is not the scale's bottom
  ("Not acceptable" is never what is expected of anyone).
- A competency is *below expected* when the mean of the mentor's ratings of it in the
  last ``RECENT_DAYS`` days (shared, published, current observations; "not observed"
  left out) is more than ``BELOW_MARGIN`` under the expectation: one rating one step
  down is the ordinary ups and downs of shifts, not a student falling behind.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Float, Uuid, case, func, literal, select
from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    Observation,
    PhaseExpectation,
    Placement,
    PlacementPhase,
    Rating,
    ScaleLevel,
)
from mentorlog.services.frameworks import active_version_id, applicable_version_sql
from mentorlog.services.phases import PHASES, phase_bounds, phase_starts_of
from mentorlog.services.report_filters import shared_observations
from mentorlog.services.sql_days import (
    as_real,
    clamped,
    day_number,
    day_of,
    days_before,
    larger,
    smaller,
)

RECENT_DAYS = 28
BELOW_MARGIN = 0.5


@dataclass(frozen=True)
class Expectations:
    """Per framework version, each phase's expectation at its start and at its end."""

    by_phase: dict[tuple[uuid.UUID, str], tuple[float, float]]
    active_version_id: uuid.UUID | None
    # Every scale level's value (None for "not observed"): a rating's value is read from
    # this in SQL rather than by joining scale_level for each of thousands of ratings.
    level_values: dict[uuid.UUID, int | None] = field(default_factory=dict)

    def key(self) -> tuple[Any, ...]:
        """What tells one set of expectations from another (a statement built for one
        is reused for the same)."""
        return (
            tuple(sorted(self.by_phase.items())),
            self.active_version_id,
            tuple(sorted(self.level_values.items(), key=lambda kv: str(kv[0]))),
        )

    def value_of(self, level_id: Any) -> Any:
        """A rating's level as its number (NULL when not observed), in SQL."""
        if not self.level_values:
            return literal(None, Float)
        return case(
            {literal(k, Uuid): literal(v) for k, v in self.level_values.items()},
            value=level_id,
            else_=None,
        )

    def curve(
        self, version_id: uuid.UUID | None, starts_on: date, ends_on: date, phase_starts: Any
    ) -> tuple[tuple[date, float], ...]:
        """(day, level expected) at each phase boundary of a placement (its dates and
        stored ``phase_starts``): the line a chart draws for it."""
        version = version_id or self.active_version_id
        begins = {
            PlacementPhase.INDUCTION: starts_on,
            **phase_starts_of(phase_starts, starts_on, ends_on),
        }
        bounds = [*(begins[phase] for phase in PHASES[1:]), ends_on]
        points: list[tuple[date, float]] = []
        for phase, end in zip(PHASES, bounds, strict=True):
            levels = self.by_phase.get((version, str(phase))) if version else None
            if levels is None:
                continue
            if not points or points[-1][0] != begins[phase]:
                points.append((begins[phase], levels[0]))
            points.append((end, levels[1]))
        return tuple(points)


def load_expectations(session: Session) -> Expectations:
    """Every framework version's phase expectations, floored (see the module docstring)."""
    floors: dict[uuid.UUID, list[int]] = defaultdict(list)
    values: dict[uuid.UUID, int | None] = {}
    for level_id, version_id, value, not_observed in session.execute(
        select(
            ScaleLevel.id,
            ScaleLevel.framework_version_id,
            ScaleLevel.value,
            ScaleLevel.is_not_observed,
        ).order_by(ScaleLevel.value)
    ):
        values[level_id] = None if not_observed else value
        if not not_observed:
            floors[version_id].append(value)
    targets: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for version_id, phase, value in session.execute(
        select(
            PhaseExpectation.framework_version_id,
            PhaseExpectation.phase,
            PhaseExpectation.expected_value,
        )
    ):
        targets[version_id][str(phase)] = value
    by_phase: dict[tuple[uuid.UUID, str], tuple[float, float]] = {}
    for version_id, ends in targets.items():
        levels = floors.get(version_id, [])
        floor = levels[1] if len(levels) > 1 else (levels[0] if levels else 0)
        before: float = floor
        for phase in PHASES:
            if str(phase) not in ends:
                continue
            end = float(max(floor, ends[str(phase)]))
            by_phase[(version_id, str(phase))] = (before, end)
            before = end
    return Expectations(by_phase, active_version_id(session), values)


def _columns(source: Any) -> Any:
    """The placement columns of ``source``: the Placement table, or a CTE (or alias)
    that carries them under the same names."""
    return _from(source).c


def _from(source: Any) -> Any:
    table = getattr(source, "__table__", None)  # a mapped class; else a CTE or alias
    return table if table is not None else source


def reference_day(as_of: date, source: Any = Placement) -> ColumnElement[date]:
    """The day a placement is judged on: ``as_of``, or its end if it ended before."""
    return smaller(literal(as_of, Date), _columns(source).ends_on)


def fraction_elapsed(as_of: date, source: Any = Placement) -> ColumnElement[float]:
    """How far through its days a placement is on its reference day, from 0 to 1."""
    p = _columns(source)
    start, end = day_number(p.starts_on), day_number(p.ends_on)
    elapsed = smaller(literal(day_of(as_of)), end) - start
    return clamped(as_real(elapsed) / larger(literal(1), end - start))


def _by_phase(phase: Any, values: dict[str, float], default: float | None) -> Any:
    return case(
        {key: literal(value, Float) for key, value in values.items()},
        value=phase,
        else_=literal(default, Float),
    )


def expected_now(
    expectations: Expectations, as_of: date, source: Any = Placement
) -> ColumnElement[float]:
    """The level expected of a placement's student by ``as_of`` (NULL when its framework
    sets no expectation for its phase), as an SQL expression over ``source``'s row."""
    p = _columns(source)
    versions: dict[uuid.UUID, dict[str, tuple[float, float]]] = defaultdict(dict)
    for (version_id, phase), levels in expectations.by_phase.items():
        versions[version_id][phase] = levels
    if not versions:
        return literal(None, Float)

    version = applicable_version_sql(p.framework_version_id, expectations.active_version_id)

    def level(at: int) -> Any:
        return case(
            *(
                (
                    version == literal(v, Uuid),
                    _by_phase(p.phase, {ph: lv[at] for ph, lv in phases.items()}, None),
                )
                for v, phases in versions.items()
            ),
            else_=None,
        )

    first, after = phase_bounds(source)
    today_n = smaller(literal(day_of(as_of)), day_number(p.ends_on))
    into_phase = clamped(as_real(today_n - first) / larger(literal(1), after - first))
    start_level, end_level = level(0), level(1)
    return start_level + (end_level - start_level) * into_phase


def recent_means(
    expectations: Expectations,
    as_of: date,
    placement_id: uuid.UUID | None = None,
    *,
    source: Any = Placement,
    expected: Any = None,
) -> Any:
    """Per competency, the mean of a placement's recent ratings, how many there are and
    the level expected by now. Correlated to the outer query's ``source`` (Placement, or
    a CTE of placements; ``expected`` its column of ``expected_now``, to compute that once
    per placement), or, given ``placement_id``, for that placement alone."""
    p = _columns(source)
    value = expectations.value_of(Rating.level_id)
    query = (
        select(
            Rating.competency_id.label("competency_id"),
            func.avg(value).label("mean"),
            func.count(value).label("ratings"),
            (expected if expected is not None else expected_now(expectations, as_of, source)).label(
                "expected"
            ),
        )
        .select_from(Observation)
        .join(Rating, Rating.observation_id == Observation.id)
        .where(
            Observation.placement_id == p.id,
            Observation.observed_on > days_before(reference_day(as_of, source), RECENT_DAYS),
            shared_observations(None, as_of),
        )
    )
    if placement_id is None:
        return query.group_by(Rating.competency_id).correlate(_from(source))
    return query.where(p.id == placement_id).group_by(Rating.competency_id, p.id)


def _below(means: Any) -> ColumnElement[bool]:
    return means.c.mean < means.c.expected - BELOW_MARGIN


def below_expected_count(
    expectations: Expectations, as_of: date, *, source: Any = Placement, expected: Any = None
) -> Any:
    """How many of a placement's competencies are below expected (correlated to the
    outer query's ``source``): a scalar subquery, one indexed pass per placement."""
    means = recent_means(expectations, as_of, source=source, expected=expected).subquery()
    return select(func.count()).select_from(means).where(_below(means)).scalar_subquery()


@dataclass(frozen=True)
class BelowExpected:
    competency_id: uuid.UUID
    key: str
    name: str
    mean: float  # of the recent ratings
    ratings: int
    expected: float


def expected_of(
    session: Session, placement_id: uuid.UUID, as_of: date, expectations: Expectations
) -> float | None:
    """The level expected of one placement's student by ``as_of``."""
    value = session.scalar(
        select(expected_now(expectations, as_of)).where(Placement.id == placement_id)
    )
    return None if value is None else float(value)


def below_expected(
    session: Session, placement_id: uuid.UUID, as_of: date, expectations: Expectations
) -> list[BelowExpected]:
    """One placement's competencies below expected by ``as_of`` (the rule of
    ``below_expected_count``), weakest first."""
    means = recent_means(expectations, as_of, placement_id).subquery()
    rows = session.execute(
        select(
            Competency.id,
            Competency.key,
            Competency.name,
            means.c.mean,
            means.c.ratings,
            means.c.expected,
        )
        .join(means, means.c.competency_id == Competency.id)
        .where(_below(means))
        .order_by(means.c.mean, Competency.key)
    )
    return [
        BelowExpected(cid, key, name, float(mean), int(n), float(expected))
        for cid, key, name, mean, n, expected in rows
    ]
