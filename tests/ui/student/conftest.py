"""The student's view: a student with a finished and a current placement, their mentor,
and another student whose records must never show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from mentorlog.models import (
    EntryStatus,
    PlacementStatus,
    ReviewKind,
    Role,
    Visibility,
)
from mentorlog.services import goals, signoff
from mentorlog.services.access import Actor
from tests.factories import Factory, as_actor
from tests.ui.editors.conftest import _close_windows

__all__ = ["_close_windows", "student_view_ctx", "student_world"]

TODAY = date.today()


@dataclass(frozen=True)
class StudentWorld:
    student: Actor
    mentor: Actor
    placement_id: uuid.UUID  # the current one
    old_placement_id: uuid.UUID
    new_feedback: uuid.UUID  # shared, published, not yet answered
    answered: uuid.UUID  # acknowledged already
    goal: uuid.UUID  # set by the mentor
    review: uuid.UUID  # signed by the mentor: waits for the student


@pytest.fixture
def student_world(db) -> StudentWorld:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        liis = f.person("Liis", "Tamm", Role.MENTOR)
        ola = f.person("Ola", "Nordmann", Role.MENTOR)
        juri = f.person("Jüri", "Õunapuu", Role.STUDENT)
        anna = f.person("Анна", "Смирнова", Role.STUDENT)
        prison = f.prison("Tartu Vangla")
        old = f.placement(juri, [liis], prison=prison, status=PlacementStatus.COMPLETED)
        current = f.placement(
            juri,
            [liis],
            prison=prison,
            starts_on=TODAY - timedelta(days=60),
            ends_on=TODAY + timedelta(days=60),
        )
        others = f.placement(anna, [ola], prison=f.prison("Viru Vangla"))
        f.observation(old, liis, date(2025, 3, 3), "Last spring: counted the wing calmly.")
        new = f.observation(
            current,
            liis,
            TODAY - timedelta(days=3),
            "Talked Ørjan down at the servery without raising his voice.",
            ratings={"COM-1": 4, "RSK-2": 2},
        )
        answered = f.observation(
            current, liis, TODAY - timedelta(days=10), "Kept the count calm.", ratings={"SUR-1": 3}
        )
        f.acknowledge(answered, juri)
        f.observation(
            current,
            liis,
            TODAY - timedelta(days=2),
            "Liis only: talk to the unit manager.",
            visibility=Visibility.PRIVATE,
        )
        f.observation(
            current,
            liis,
            TODAY - timedelta(days=1),
            "Draft not yet published.",
            status=EntryStatus.DRAFT,
        )
        f.observation(others, ola, TODAY - timedelta(days=1), "Анна searched cell 12.")
        review = f.review(current, liis, TODAY - timedelta(days=5), kind=ReviewKind.MIDPOINT)
        mentor = as_actor(liis, Role.MENTOR)
        goal = goals.create_goal(
            s, mentor, current.id, goals.GoalInput("Start conversations on the landing")
        )
        signoff.sign_review(s, mentor, review.id)
        return StudentWorld(
            as_actor(juri, Role.STUDENT),
            mentor,
            current.id,
            old.id,
            new.id,
            answered.id,
            goal.id,
            review.id,
        )


@pytest.fixture
def student_view_ctx(ctx, student_world: StudentWorld):  # type: ignore[no-untyped-def]
    ctx.set_actor(student_world.student)
    return ctx
