"""A small site for the attention dashboard's tests (tests/test_attention.py and
tests/test_attention_store.py): a failing student, one whose mid-point review is
overdue, a steady one, and one that ended long ago with an escalated concern; on SQLite
and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from mentorlog.models import (
    ConcernStatus,
    Person,
    Placement,
    PlacementPhase,
    PlacementStatus,
    ReviewKind,
    Role,
)
from mentorlog.services.access import Actor
from mentorlog.services.startup import prepare_database
from tests.factories import Factory, as_actor

TODAY = date(2026, 3, 2)
KEYS = ("COM-1", "COM-2", "SUR-1", "SUR-2", "LAW-1")


@dataclass
class World:
    db: object
    failing: Placement
    steady: Placement
    overdue: Placement
    ended: Placement
    coordinator: Actor
    mentor: Actor  # Øystein: mentor of "steady" alone
    other_mentor: Person
    prison_id: object
    cohort_id: object


def _span(days_in: int, length: int = 100) -> tuple[date, date]:
    start = TODAY - timedelta(days=days_in)
    return start, start + timedelta(days=length - 1)


def _build(db) -> World:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        oystein = f.person("Øystein", "Bråten", Role.MENTOR)
        liis = f.person("Liis", "Tamm", Role.MENTOR)
        coordinator = f.person("Päivi", "Jääskeläinen", Role.COORDINATOR)
        north, south = f.prison("Ålesund øvingsfengsel", "NO"), f.prison("Jõhvi õppevangla")
        cohort = f.cohort("Intake April 2026")

        def placement(name: str, mentor: Person, days_in: int, phase: PlacementPhase, **kw):  # type: ignore[no-untyped-def]
            given, family = name.split()
            start, end = _span(days_in)
            return f.placement(
                f.person(given, family, Role.STUDENT),
                [mentor],
                prison=kw.pop("prison", north),
                cohort=cohort,
                starts_on=start,
                ends_on=end,
                phase=phase,
                **kw,
            )

        # Failing: 1s with NRT, an open concern, in its mid-point phase with no review.
        failing = placement("Андрей Кузнецов", liis, 65, PlacementPhase.MIDPOINT, prison=south)
        for back in (3, 6, 9, 12):
            obs = f.observation(failing, liis, TODAY - timedelta(days=back), "Stood back.",
                                ratings=dict.fromkeys(KEYS, 1))  # fmt: skip
            for rating in obs.ratings:
                rating.not_responding_to_training = True
        f.concern(failing, liis, TODAY - timedelta(days=20))
        # Steady: on time, rated above what is expected by now, reviewed at mid-point.
        steady = placement("Håkon Løvås", oystein, 60, PlacementPhase.MIDPOINT)
        for back in (2, 5, 8):
            f.observation(steady, oystein, TODAY - timedelta(days=back), "Calm on the landing.",
                          ratings=dict.fromkeys(KEYS, 4))  # fmt: skip
        f.review(steady, oystein, TODAY - timedelta(days=10))
        for back in range(1, 60, 2):
            f.hours(steady, TODAY - timedelta(days=back), 8)
        # Doing well, but the mid-point review is overdue.
        overdue = placement("Kärt Sepp", liis, 70, PlacementPhase.MIDPOINT, prison=south)
        f.observation(overdue, liis, TODAY - timedelta(days=1), "Good.",
                      ratings=dict.fromkeys(KEYS, 4))  # fmt: skip
        # Ended long ago, with an escalated concern.
        ended = placement(
            "Jüri Õunapuu", liis, 300, PlacementPhase.FINAL, status=PlacementStatus.COMPLETED
        )
        f.concern(ended, liis, TODAY - timedelta(days=260), status=ConcernStatus.ESCALATED)
        f.review(ended, liis, TODAY - timedelta(days=201), kind=ReviewKind.FINAL)
        return World(
            db,
            failing,
            steady,
            overdue,
            ended,
            as_actor(coordinator, Role.COORDINATOR),
            as_actor(oystein, Role.MENTOR),
            liis,
            south.id,
            cohort.id,
        )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world(request: pytest.FixtureRequest, tmp_path) -> Iterator[World]:  # type: ignore[no-untyped-def]
    target = (
        str(tmp_path / "attention.db")
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    db = prepare_database(target)
    try:
        yield _build(db)
    finally:
        db.close()
