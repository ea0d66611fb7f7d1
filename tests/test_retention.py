"""Retention purge: shows what goes, removes it, and leaves no trace in file, log or backups."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentorlog.models import (
    Academy,
    Cohort,
    EntryStatus,
    Observation,
    Person,
    Placement,
    PlacementMentor,
    PlacementPhase,
    PlacementStatus,
    Prison,
    Role,
    RoleAssignment,
    Shift,
    SignOff,
    SignOffKind,
    Visibility,
)
from mentorlog.services.access import SYSTEM, Actor
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.services.retention import plan_purge, purge_and_scrub
from mentorlog.storage.backup import create_backup, list_backups

MARKER = "Zqxwvmarker kept too long"
TODAY = date(2026, 11, 26)


def _person(session, given: str, family: str, role: Role) -> Person:  # type: ignore[no-untyped-def]
    p = Person(given_name=given, family_name=family)
    session.add(p)
    session.flush()
    session.add(RoleAssignment(person_id=p.id, role=role))
    return p


def _placement(session, student, mentor, prison, cohort, ends: date, narrative: str):  # type: ignore[no-untyped-def]
    pl = Placement(
        student_id=student.id,
        prison_id=prison.id,
        cohort_id=cohort.id,
        starts_on=date(ends.year, 1, 1),
        ends_on=ends,
        phase=PlacementPhase.FINAL,
        status=PlacementStatus.COMPLETED,
        target_hours=300,
    )
    session.add(pl)
    session.flush()
    session.add(PlacementMentor(placement_id=pl.id, mentor_id=mentor.id))
    obs = Observation(
        placement_id=pl.id,
        author_id=mentor.id,
        observed_on=ends,
        shift=Shift.EARLY,
        narrative=narrative,
        visibility=Visibility.SHARED,
        status=EntryStatus.PUBLISHED,
    )
    session.add(obs)
    session.flush()
    session.add(
        SignOff(
            record_type="observation",
            record_id=obs.id,
            person_id=student.id,
            role=Role.STUDENT,
            kind=SignOffKind.ACKNOWLEDGED,
        )
    )
    return pl


@pytest.fixture
def setup(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        academy = Academy(name="Academy", retention_months=24)
        s.add(academy)
        s.flush()
        prison = Prison(name="Tartu Vangla", country="EE", academy_id=academy.id)
        cohort = Cohort(name="2019 spring", academy_id=academy.id)
        s.add_all([prison, cohort])
        s.flush()
        mentor = _person(s, "Mari", "Tamm", Role.MENTOR)
        old = _person(s, "Jüri", "Õunapuu", Role.STUDENT)
        current = _person(s, "Ольга", "Иванова", Role.STUDENT)
        _placement(s, old, mentor, prison, cohort, date(2020, 6, 30), MARKER)
        _placement(s, current, mentor, prison, cohort, date(2026, 6, 30), "A recent shift.")
    return db


def test_plan_shows_what_will_go_and_only_that(setup) -> None:  # type: ignore[no-untyped-def]
    with setup.session() as s:
        plan = plan_purge(s, SYSTEM, TODAY)
    assert [p.student for p in plan.placements] == ["Jüri Õunapuu"]
    assert plan.placements[0].retain_until == date(2022, 6, 30)  # end + 24 months
    assert plan.counts["observations"] == 1 and plan.counts["sign-offs"] == 1
    assert plan.students_removed == ("Jüri Õunapuu",)


def test_purge_removes_records_and_leaves_no_trace(setup) -> None:  # type: ignore[no-untyped-def]
    db = setup
    path: Path = db.path
    old_backup = create_backup(path, "manual")
    assert MARKER.encode() in old_backup.path.read_bytes()
    with db.session() as s:
        plan = plan_purge(s, SYSTEM, TODAY)
    result = purge_and_scrub(db, SYSTEM, plan)
    assert result.placements == 1 and result.students_removed == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 1
        assert s.scalar(select(func.count()).select_from(SignOff)) == 1
        names = set(s.scalars(select(Person.family_name)))
    assert "Õunapuu" not in names and "Иванова" in names
    db.close()
    for f in [path, path.with_name(path.name + "-wal"), *[b.path for b in list_backups(path)]]:
        if f.exists():
            blob = f.read_bytes()
            assert MARKER.encode() not in blob, f.name
            assert b"zqxwvmarker" not in blob.lower(), f.name  # nor in a search index
            assert "Õunapuu".encode() not in blob, f.name
    assert not old_backup.path.exists()
    assert result.new_backup is not None and result.new_backup.exists()


def test_a_mentor_may_not_purge(setup) -> None:  # type: ignore[no-untyped-def]
    mentor = Actor(uuid.uuid4(), "Mari Tamm", frozenset({Role.MENTOR}))
    with setup.session() as s, pytest.raises(PermissionDeniedError):
        plan_purge(s, mentor, TODAY)
