"""The attention dashboard's rows, the level expected by now, and mentor calibration: on
SQLite and on a real PostgreSQL server (the day arithmetic is written per dialect)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mentorlog.models import (
    Placement,
    PlacementPhase,
    PlacementStatus,
    Role,
)
from mentorlog.services.access import SYSTEM, Actor
from mentorlog.services.attention import DashboardFilter, dashboard_rows
from mentorlog.services.attention_rules import Level
from mentorlog.services.calibration import calibration
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.services.expectations import below_expected, expected_of, load_expectations
from mentorlog.services.phases import phase_at
from mentorlog.services.placements import placement_summary
from tests.attention_world import KEYS, TODAY, World, _span, world
from tests.factories import Factory

__all__ = ["world"]  # the fixture, over SQLite and PostgreSQL


def _rows(world: World, actor: Actor | None = None, **filters):  # type: ignore[no-untyped-def]
    with world.db.session() as s:  # type: ignore[attr-defined]
        filters = DashboardFilter(**filters)
        return dashboard_rows(s, actor or world.coordinator, filters, today=TODAY)


def test_the_student_to_call_first_comes_first_with_reasons_in_words(world: World) -> None:
    rows = _rows(world)
    assert [r.placement_id for r in rows] == [
        world.failing.id,
        world.overdue.id,
        world.steady.id,
    ]
    first = rows[0]
    assert first.level == Level.ACT_NOW
    assert first.reasons[:3] == ("open_concerns", "not_responding", "midpoint_review_overdue")
    assert "below_expected" in first.reasons
    texts = first.reason_texts()
    assert "1 open cause for concern" in texts
    assert any(t.startswith("mid-point review overdue (due ") for t in texts)
    assert first.below_expected == len(KEYS) and first.nrt == 4 * len(KEYS)
    assert first.open_concerns == 1 and first.lead_mentor == "Liis Tamm"
    # No shift logged in 70 days of a 400-hour target: only the observed shift counts.
    assert rows[1].reasons == ("midpoint_review_overdue", "hours_behind")
    assert rows[1].reason_texts()[1] == "hours behind (8 of 283 by now)"
    assert rows[1].level == Level.ATTENTION
    steady = rows[2]
    assert steady.level == Level.NONE and steady.reasons == ()
    assert steady.latest_progress == "on_track" and steady.below_expected == 0


def test_hours_are_the_placements_hours_as_its_header_reads_them(world: World) -> None:
    steady = next(r for r in _rows(world) if r.placement_id == world.steady.id)
    with world.db.session() as s:  # type: ignore[attr-defined]
        header = placement_summary(s, world.coordinator, world.steady.id)
    # 30 logged shifts of 8 hours, and two observed shifts that were not logged (the one
    # rule of services/hours.py).
    assert steady.hours_logged == header.hours_logged == 256
    assert steady.hours_expected == pytest.approx(400 * 60 / 99, rel=0.01)


def test_filters_narrow_the_rows_in_sql(world: World) -> None:
    everyone = {world.failing.id, world.overdue.id, world.steady.id}
    assert {r.placement_id for r in _rows(world, attention_only=True)} == {
        world.failing.id,
        world.overdue.id,
    }
    assert {r.placement_id for r in _rows(world, prison_id=world.prison_id)} == {
        world.failing.id,
        world.overdue.id,
    }
    assert {r.placement_id for r in _rows(world, cohort_id=world.cohort_id)} == everyone
    assert [r.student for r in _rows(world, text="løvås")] == ["Håkon Løvås"]
    assert {r.placement_id for r in _rows(world, mentor_id=world.other_mentor.id)} == {
        world.failing.id,
        world.overdue.id,
    }
    assert _rows(world, phase="early") == []
    # Ended placements only when asked; an escalated concern is still open there.
    ended = [r for r in _rows(world, include_ended=True) if r.placement_id == world.ended.id]
    assert ended and ended[0].open_concerns == 1 and ended[0].escalated_concerns == 1
    assert ended[0].reasons[0] == "escalated" and ended[0].level == Level.ACT_NOW


def test_an_interrupted_placement_has_ended_too(world: World) -> None:
    with world.db.transaction() as s:  # type: ignore[attr-defined]
        p = s.get(Placement, world.overdue.id)
        assert p is not None
        p.status = PlacementStatus.INTERRUPTED
    assert world.overdue.id not in {r.placement_id for r in _rows(world)}
    (row,) = [r for r in _rows(world, include_ended=True) if r.placement_id == world.overdue.id]
    assert row.ended and not row.midpoint_review_overdue


def test_a_mentor_sees_only_their_own_students(world: World) -> None:
    assert [r.placement_id for r in _rows(world, world.mentor)] == [world.steady.id]


def test_the_level_expected_by_now_rises_through_the_phase_and_is_never_not_acceptable(
    world: World,
) -> None:
    with world.db.transaction() as s:  # type: ignore[attr-defined]
        e = load_expectations(s)
        p = s.get(Placement, world.steady.id)
        assert p is not None

        def at(phase: PlacementPhase, day: date) -> float | None:
            p.phase = phase
            s.flush()
            return expected_of(s, p.id, day, e)

        start, end = p.starts_on, p.ends_on
        assert at(PlacementPhase.INDUCTION, start) == 2  # not 1, "Not acceptable"
        assert at(PlacementPhase.EARLY, start + timedelta(days=30)) == 2
        # Half-way through the mid-point phase (from 2 up to 3): 2.5.
        assert at(PlacementPhase.MIDPOINT, start + timedelta(days=64)) == pytest.approx(2.5, 0.02)
        assert at(PlacementPhase.FINAL, end) == 4
        assert at(PlacementPhase.FINAL, end + timedelta(days=50)) == 4  # judged at its end
    # The placement editor's default shares: early from a tenth, final from four fifths.
    assert phase_at(0.05) == "induction" and phase_at(0.1) == "early"
    assert phase_at(0.65) == "midpoint" and phase_at(1.0) == "final"


def test_a_placements_own_phase_dates_set_the_level_expected_and_the_midpoint_due(
    world: World,
) -> None:
    """Phase dates set in the placement editor (Placement.phase_starts) are the phases'
    bounds for the expectation and the day a mid-point review is due."""
    with world.db.transaction() as s:  # type: ignore[attr-defined]
        p = s.get(Placement, world.steady.id)
        assert p is not None
        start = p.starts_on
        p.phase, p.phase_starts = (
            PlacementPhase.MIDPOINT,
            {
                "early": (start + timedelta(days=10)).isoformat(),
                "midpoint": (start + timedelta(days=40)).isoformat(),
                "final": (start + timedelta(days=90)).isoformat(),
            },
        )
        s.flush()
        e = load_expectations(s)
        # Half-way from day 40 to day 90 (from 2 up to 3): 2.5; by the default shares
        # (mid-point from day 49 to 79) day 65 would be past half-way.
        assert expected_of(s, p.id, start + timedelta(days=65), e) == pytest.approx(2.5, 0.02)
    steady = next(r for r in _rows(world) if r.placement_id == world.steady.id)
    assert steady.midpoint_due_on == start + timedelta(days=40)


def test_below_expected_reads_recent_ratings_only(world: World) -> None:
    with world.db.session() as s:  # type: ignore[attr-defined]
        e = load_expectations(s)
        weak = below_expected(s, world.failing.id, TODAY, e)
        assert {b.key for b in weak} == set(KEYS)
        assert all(b.mean == 1 and b.ratings == 4 for b in weak)
        # Five weeks on, those ratings are no longer recent.
        assert below_expected(s, world.failing.id, TODAY + timedelta(days=35), e) == []


def test_calibration_marks_the_mentor_who_rates_every_student_higher(world: World) -> None:
    with world.db.transaction() as s:  # type: ignore[attr-defined]
        f = Factory(s)
        prison = f.prison("Hämeenlinnan harjoitusvankila", "FI")
        mentors = [f.person(g, "Mäkinen", Role.MENTOR) for g in ("Tuomas", "Sanna", "Aino")]
        generous = f.person("Väinö", "Äijälä", Role.MENTOR)
        for i in range(6):
            start, end = _span(40)
            student = f.person(f"Student{i}", "Niemi", Role.STUDENT)
            # Each student is rated by one of the three and by the generous mentor.
            p = f.placement(student, [mentors[i % 3], generous], prison=prison, starts_on=start,
                            ends_on=end)  # fmt: skip
            level = 3 if i % 2 else 2
            for back in range(1, 31, 3):
                f.observation(p, mentors[i % 3], TODAY - timedelta(days=back),
                              ratings=dict.fromkeys(KEYS, level))  # fmt: skip
                f.observation(p, generous, TODAY - timedelta(days=back + 1),
                              ratings=dict.fromkeys(KEYS, level + 1))  # fmt: skip
        result = calibration(s, world.coordinator, prison_id=prison.id)
        with pytest.raises(PermissionDeniedError):
            calibration(s, world.mentor)
        also = calibration(s, SYSTEM, prison_id=prison.id, competency_key="COM-1")
    assert [(r.name, r.drift) for r in result.drifting] == [("Väinö Äijälä", 1)]
    top = result.mentors[0]
    assert top.difference is not None and top.difference > 0.5 and top.students == 6
    assert sum(top.counts) == top.ratings == 6 * 10 * len(KEYS)
    assert [r.name for r in result.prisons] == ["Hämeenlinnan harjoitusvankila"]
    assert also.ratings == 6 * 20
