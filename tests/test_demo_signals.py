"""The demo makes the coordinator's signals real, and its records agree with themselves: a
failing student and an overdue mid-point review at the top of the dashboard, one mentor
who rates every student higher, no narrative contradicting its rating, no mentor of a
namesake."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from mentorlog.models import Observation, Person, Placement, PlacementMentor, Rating, ScaleLevel
from mentorlog.services.access import SYSTEM
from mentorlog.services.attention import DashboardFilter, dashboard_rows
from mentorlog.services.attention_rules import Level
from mentorlog.services.calibration import calibration
from mentorlog.services.demo import build_demo
from mentorlog.services.demo.observation_text import SITUATIONS
from mentorlog.services.startup import prepare_database

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """The demo as `mentorlog demo` makes it (40 students, 4,000 observations)."""
    path: Path = tmp_path_factory.mktemp("signals") / "demo.db"
    db = prepare_database(path)
    with db.transaction() as s:
        build_demo(s, today=TODAY)
    with db.session() as s:
        yield s
    db.close()


def test_the_dashboards_top_rows_are_the_students_to_call_first(demo: Session) -> None:
    rows = dashboard_rows(demo, SYSTEM, today=TODAY)
    assert rows[0].level == Level.ACT_NOW
    failing = {"open_concerns", "not_responding", "midpoint_review_overdue"}
    (top,) = [r for r in rows[:3] if failing <= set(r.reasons)]
    assert top.level == Level.ACT_NOW and top.recent_nrt > 0 and top.below_expected >= 3
    overdue = [r for r in rows if "midpoint_review_overdue" in r.reasons]
    assert len(overdue) == 2 and all(r.level >= Level.ATTENTION for r in overdue)
    needing = [r for r in rows if r.level >= Level.ATTENTION]
    assert 0 < len(needing) < len(rows) / 4, "attention marks a minority"
    everything = dashboard_rows(demo, SYSTEM, DashboardFilter(include_ended=True), today=TODAY)
    flagged = [r for r in everything if "below_expected" in r.reasons]
    assert 0 < len(flagged) < len(everything) / 4, "below expected marks a minority"


def test_one_mentor_rates_consistently_higher_than_peers(demo: Session) -> None:
    marked = calibration(demo, SYSTEM).drifting
    assert len(marked) == 1 and marked[0].drift == 1
    assert marked[0].difference is not None and marked[0].difference >= 0.5


def _markers(templates: list[str]) -> list[str]:
    """The longest run of fixed words of each sentence: enough to recognise it."""
    return [max(re.split(r"\{\w+\}", t), key=len).strip() for t in templates]


GOOD = _markers([t for s in SITUATIONS for t in s.good])
WEAK = _markers([t for s in SITUATIONS for t in s.weak])


def test_no_narrative_contradicts_its_ratings(demo: Session) -> None:
    rows = demo.execute(
        select(Observation.narrative, ScaleLevel.value)
        .join(Rating, Rating.observation_id == Observation.id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .where(ScaleLevel.value.in_((1, 5)))
    ).all()
    assert {value for _n, value in rows} == {1, 5}
    for narrative, value in rows:
        # "1, I had to step in" never beside "used only the force needed", nor a 5 beside
        # a shift that went badly.
        contradicting = GOOD if value == 1 else WEAK
        assert not any(marker in narrative for marker in contradicting), (value, narrative)


def test_no_mentor_mentors_a_namesake(demo: Session) -> None:
    student, mentor = aliased(Person), aliased(Person)
    pairs = demo.execute(
        select(student.family_name, mentor.family_name)
        .select_from(PlacementMentor)
        .join(Placement, Placement.id == PlacementMentor.placement_id)
        .join(student, student.id == Placement.student_id)
        .join(mentor, mentor.id == PlacementMentor.mentor_id)
    ).all()
    assert pairs and all(s != m for s, m in pairs)
