"""Retention purge: shows what goes, removes it, and leaves no trace in file, log or backups."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentorlog.models import Person, Placement, Role, SignOff
from mentorlog.services.access import SYSTEM, Actor
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.services.retention import plan_purge, purge_and_scrub
from mentorlog.storage.backup import create_backup, list_backups
from tests.records import MARKER, small_site

TODAY = date(2026, 11, 26)


@pytest.fixture
def setup(db):  # type: ignore[no-untyped-def]
    small_site(db)
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


def test_a_purge_takes_every_sign_off_of_the_placement_with_it(db_path: Path) -> None:
    """A student who achieved a goal signed it; their sign-off named them, so removing
    the student failed on its foreign key while the goal's sign-off stayed behind."""
    from mentorlog.services import trail_check
    from mentorlog.services.startup import prepare_database
    from tests.signed_site import build_signed_site

    db = prepare_database(db_path)
    site = build_signed_site(db)
    with db.session() as s:
        kinds = {r.record_type for r in s.scalars(select(SignOff))}
        plan = plan_purge(s, SYSTEM, date(2040, 1, 1))
    assert {"concern", "goal"} <= kinds
    result = purge_and_scrub(db, SYSTEM, plan)
    assert result.students_removed == 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SignOff)) == 0
        assert trail_check.check_trail(s, site.coordinator).ok
    db.close()
