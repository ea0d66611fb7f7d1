"""A placement's phases: the day each begins, in Python and in SQL. One home for the rule
the placement editor, the imports, the demo, the level expected by now, mentor
calibration and the dashboard's overdue mid-point review all read.

A placement names the day each later phase begins (``Placement.phase_starts``, set in
the placement editor or by an import). Where it names none (a placement whose phase is
set by hand, as the demo's are) the phases take the default shares of its days: induction
the first tenth, early to the middle, mid-point to four fifths, then final.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, literal

from mentorlog.i18n import Message
from mentorlog.i18n.messages import N_
from mentorlog.models import PlacementPhase
from mentorlog.services.sql_days import day_number, text_day_number

LATER_PHASES = (PlacementPhase.EARLY, PlacementPhase.MIDPOINT, PlacementPhase.FINAL)
PHASES = (PlacementPhase.INDUCTION, *LATER_PHASES)
# TRANSLATORS: a phase's name inside a sentence ("The mid-point phase must begin ...").
_PHASE_WORDS = {
    PlacementPhase.INDUCTION: N_("induction"),
    PlacementPhase.EARLY: N_("early"),
    PlacementPhase.MIDPOINT: N_("mid-point"),
    PlacementPhase.FINAL: N_("final"),
}


def phase_word(phase: PlacementPhase) -> Message:
    """The phase's name as a sentence names it, in the reader's language."""
    return Message(_PHASE_WORDS[phase])


# After this share of its days (numerator, denominator: whole days, as the editor counts
# them) each later phase begins by default.
DEFAULT_SHARES: dict[PlacementPhase, tuple[int, int]] = {
    PlacementPhase.EARLY: (1, 10),
    PlacementPhase.MIDPOINT: (1, 2),
    PlacementPhase.FINAL: (4, 5),
}


def default_phase_starts(starts_on: date, ends_on: date) -> dict[PlacementPhase, date]:
    """The day each later phase begins by default (see the module docstring)."""
    days = max((ends_on - starts_on).days, 0)
    return {
        phase: starts_on + timedelta(days=days * num // den)
        for phase, (num, den) in DEFAULT_SHARES.items()
    }


def phase_starts_of(
    stored: dict[str, Any] | None, starts_on: date, ends_on: date
) -> dict[PlacementPhase, date]:
    """The day each later phase begins: the placement's own (``phase_starts`` as stored),
    else the default for any it does not name."""
    starts = default_phase_starts(starts_on, ends_on)
    for key, value in (stored or {}).items():
        starts[PlacementPhase(key)] = date.fromisoformat(value)
    return starts


def phase_on(starts: dict[PlacementPhase, date], day: date) -> PlacementPhase:
    """The phase on ``day``, given the day each later phase begins."""
    phase = PlacementPhase.INDUCTION
    for later in LATER_PHASES:
        if later in starts and starts[later] <= day:
            phase = later
    return phase


def phase_at(fraction: float) -> PlacementPhase:
    """The phase by default once ``fraction`` of a placement's days have passed."""
    phase = PlacementPhase.INDUCTION
    for later, (num, den) in DEFAULT_SHARES.items():
        if fraction >= num / den:
            phase = later
    return phase


# --- in SQL, over a placement row ---------------------------------------------------------


def _columns(source: Any) -> Any:
    """The placement columns of ``source``: the Placement table, or a CTE (or alias)
    that carries them under the same names."""
    table = getattr(source, "__table__", None)  # a mapped class; else a CTE or alias
    return (table if table is not None else source).c


def phase_start_day(phase: PlacementPhase, source: Any) -> ColumnElement[int]:
    """The day number (sql_days.day_number) ``phase`` begins in a placement of ``source``."""
    p = _columns(source)
    start = day_number(p.starts_on)
    if phase == PlacementPhase.INDUCTION:
        return start
    num, den = DEFAULT_SHARES[phase]
    # Whole days, as default_phase_starts counts them (floor division on both databases).
    default = start + (day_number(p.ends_on) - start) * literal(num) // literal(den)
    named = text_day_number(p.phase_starts[str(phase)].as_string())
    return case((named.is_not(None), named), else_=default)


def phase_bounds(source: Any) -> tuple[ColumnElement[int], ColumnElement[int]]:
    """The first day and the day after the last of a placement's current phase (its
    ``phase`` column), as day numbers."""
    p = _columns(source)
    starts = [phase_start_day(phase, source) for phase in PHASES]
    ends = [*starts[1:], day_number(p.ends_on)]
    first = case(*((p.phase == str(ph), s) for ph, s in zip(PHASES, starts, strict=True)))
    last = case(*((p.phase == str(ph), e) for ph, e in zip(PHASES, ends, strict=True)))
    return first, last


def phase_on_day(day: Any, source: Any) -> ColumnElement[str]:
    """The phase a placement of ``source`` was in on ``day`` (a DATE expression): what
    "the same phase" means when ratings of different days are compared."""
    n = day_number(day)
    return case(
        *(
            (n >= phase_start_day(phase, source), literal(str(phase)))
            for phase in reversed(LATER_PHASES)
        ),
        else_=literal(str(PlacementPhase.INDUCTION)),
    )
