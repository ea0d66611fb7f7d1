"""The academy, prisons and units, cohorts and placements as the services manage them:
who may, what is kept, and stale edits refused."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from mentorlog.models import PlacementMentor, PlacementStatus, Role
from mentorlog.services import cohorts, placement_admin, placement_endings, site
from mentorlog.services.access import Actor
from mentorlog.services.audit import verify_chain
from mentorlog.services.errors import PermissionDeniedError, StaleEditError, ValidationError
from mentorlog.services.placement_admin import PlacementInput
from tests.factories import Factory

TODAY = date(2027, 2, 1)


@pytest.fixture
def admin_actor() -> Actor:
    return Actor(None, "the administrator", frozenset({Role.ADMINISTRATOR, Role.COORDINATOR}))


def test_academy_prisons_and_units_are_set_up_renamed_and_retired(db, admin_actor) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        academy = site.save_academy(
            s, admin_actor, name="Sisekaitseakadeemia", country="ee", time_zone="Europe/Tallinn"
        )
        prison = site.add_prison(s, admin_actor, "Tartu Vangla", country="EE", units=("Üksus A",))
    assert academy.country == "EE" and prison.units[0].name == "Üksus A"
    with db.transaction() as s:
        renamed = site.edit_prison(
            s,
            admin_actor,
            prison.id,
            name="Tartu vangla",
            country="EE",
            expected_version=prison.row_version,
        )
        site.set_unit_retired(s, admin_actor, prison.units[0].id, True)
        site.set_prison_retired(s, admin_actor, prison.id, True)
    assert renamed.name == "Tartu vangla" and renamed.row_version == prison.row_version + 1
    with db.session() as s:
        listed = site.list_prisons(s, admin_actor)
        assert listed[0].retired and listed[0].units[0].retired
        assert site.list_prisons(s, admin_actor, include_retired=False) == []
        assert verify_chain(s).first_bad is None
    with db.transaction() as s, pytest.raises(StaleEditError, match="changed this prison"):
        site.edit_prison(s, admin_actor, prison.id, name="Old copy", expected_version=1)


def test_validation_names_the_field(db, admin_actor) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s, pytest.raises(ValidationError) as refused:
        site.save_academy(s, admin_actor, name="", country="Estonia", time_zone="Mars/Base")
    assert set(refused.value.problems) == {"name", "country", "time_zone"}
    with db.transaction() as s:
        site.add_prison(s, admin_actor, "Halden fengsel")
    with db.transaction() as s, pytest.raises(ValidationError, match="exists already"):
        site.add_prison(s, admin_actor, "HALDEN FENGSEL")


def test_mentors_and_students_manage_nothing(db) -> None:  # type: ignore[no-untyped-def]
    mentor = Actor(uuid.uuid4(), "Mentor", frozenset({Role.MENTOR}))
    with db.transaction() as s:
        for attempt in (
            lambda: site.save_academy(s, mentor, name="X"),
            lambda: site.add_prison(s, mentor, "X"),
            lambda: cohorts.add_cohort(s, mentor, "X"),
        ):
            with pytest.raises(PermissionDeniedError, match="Only"):
                attempt()


def _placed(s, admin_actor):  # type: ignore[no-untyped-def]
    f = Factory(s)
    student = f.person("Jüri", "Tamm", Role.STUDENT)
    lead = f.person("Kadri", "Õunapuu", Role.MENTOR)
    other = f.person("Bjørn", "Løvås", Role.MENTOR)
    prison = f.prison("Tartu Vangla")
    cohort = cohorts.add_cohort(s, admin_actor, "Intake 2027")
    data = PlacementInput(
        student_id=student.id,
        prison_id=prison.id,
        starts_on=TODAY - timedelta(days=10),
        ends_on=TODAY + timedelta(days=80),
        mentor_ids=(lead.id,),
        cohort_id=cohort.id,
        target_hours=400,
    )
    detail = placement_admin.add_placement(s, admin_actor, data, today=TODAY)
    return f, detail, student, lead, other


def test_a_placement_is_added_and_its_mentor_changed_keeping_who_mentored_when(
    db, admin_actor
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        _f, detail, _student, lead, other = _placed(s, admin_actor)
        assert detail.status == PlacementStatus.ACTIVE and str(detail.phase) == "early"
        assert detail.data.framework_version_id is not None  # the active framework
        changed = placement_admin.change_mentor(
            s, admin_actor, detail.id, other.id, TODAY, expected_version=detail.row_version
        )
    assert [(m.name, m.is_lead, m.ends_on) for m in changed.mentors] == [
        ("Bjørn Løvås", True, None),
        ("Kadri Õunapuu", False, TODAY - timedelta(days=1)),
    ]
    assert changed.data.mentor_ids == (other.id,)
    with db.transaction() as s, pytest.raises(StaleEditError):
        placement_endings.extend_placement(
            s,
            admin_actor,
            detail.id,
            TODAY + timedelta(days=100),
            expected_version=detail.row_version,
        )
    with db.session() as s:
        rows = s.scalars(select(PlacementMentor).where(PlacementMentor.placement_id == detail.id))
        assert {r.mentor_id for r in rows} == {lead.id, other.id}


def test_extend_end_early_and_move(db, admin_actor) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f, detail, _student, _lead, other = _placed(s, admin_actor)
        longer = placement_endings.extend_placement(
            s, admin_actor, detail.id, TODAY + timedelta(days=120), extra_hours=50, today=TODAY
        )
        assert longer.data.target_hours == 450
        halden = f.prison("Halden fengsel")
        moved = placement_endings.move_placement(
            s, admin_actor, detail.id, halden.id, TODAY, (other.id,), today=TODAY
        )
        assert moved.prison == "Halden fengsel" and moved.data.starts_on == TODAY
        old = placement_admin.placement_detail(s, admin_actor, detail.id)
        assert old.status == PlacementStatus.COMPLETED
        assert old.data.ends_on == TODAY - timedelta(days=1)
        ended = placement_endings.end_placement(
            s,
            admin_actor,
            moved.id,
            TODAY + timedelta(days=5),
            PlacementStatus.INTERRUPTED,
            reason="sick leave",
        )
        assert ended.status == PlacementStatus.INTERRUPTED
    with db.transaction() as s, pytest.raises(ValidationError, match="end before it starts"):
        placement_admin.add_placement(
            s,
            admin_actor,
            PlacementInput(
                student_id=moved.data.student_id,
                prison_id=halden.id,
                starts_on=TODAY,
                ends_on=TODAY - timedelta(days=1),
                mentor_ids=(other.id,),
            ),
        )


def test_a_mentor_must_be_a_mentor_and_a_retired_prison_takes_none(db, admin_actor) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        student = f.person("Liis", "Kask", Role.STUDENT)
        prison = f.prison("Old prison")
        site.set_prison_retired(s, admin_actor, prison.id, True)
        data = PlacementInput(
            student_id=student.id,
            prison_id=prison.id,
            starts_on=TODAY,
            ends_on=TODAY,
            mentor_ids=(student.id,),
        )
        with pytest.raises(ValidationError) as refused:
            placement_admin.add_placement(s, admin_actor, data)
    assert "retired" in refused.value.problems["prison"]
    assert "mentor themself" in refused.value.problems["mentors"]
