"""Gathering report data: access, what is left out, and a constant number of queries."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from sqlalchemy import event

from mentorlog.services.cohort_data import cohort_placements, cohort_summary
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from mentorlog.services.report_data import EmptyReportError, student_report
from mentorlog.storage.database import open_database
from tests.reports.conftest import SECRETS, START, build_world


def _all_text(report: object) -> str:
    return repr(report)


def test_student_report_holds_shared_entries_and_never_private_ones(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        report = student_report(session, world.coordinator, world.placement_id)
    dump = _all_text(report)
    for secret in SECRETS:
        assert secret not in dump
    assert report.student == "Jüri Õunapuu-Kask"
    assert report.observation_count == 6
    assert [o.observed_on for o in report.observations] == sorted(
        o.observed_on for o in report.observations
    )
    assert report.observations[0].response == "acknowledged"
    # A sign-off naming the lineage rather than the row still counts.
    assert report.observations[1].response == "disagreed"
    assert report.observations[1].response_comment == "I did call for help in time."
    # 15 logged shifts of 8 h, and three published shared observations of 8 h on days
    # whose shift was not logged (they count at once; private notes and drafts do not).
    assert report.hours_logged == 144.0
    assert report.open_concerns == 1
    assert report.overall_status == "on_track"
    assert [r.title for r in report.reflections] == ["Första samtalet på avdelningen"]
    # Signed once, listed once, though the sign-off names both the row and its lineage.
    assert [(s.name, s.kind) for s in report.reviews[0].signatures] == [("Øystein Ærø", "signed")]


def test_competency_row_has_latest_rating_anchor_trend_and_self_assessment(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        report = student_report(session, world.mentor, world.placement_id)
    com1 = next(row for row in report.competencies if row.key == "COM-1")
    # The private note rated COM-1 as 1 and the draft as 5: neither may count.
    assert com1.trend == (2, 2, 3, 3, 3, 3)
    assert com1.times_observed == 6
    assert (com1.latest_code, com1.latest_label) == ("3", "Acceptable, competent with guidance")
    assert com1.anchor.startswith("Makes regular contact on the landing")
    assert (com1.self_code, com1.self_label) == ("4", "Competent, works independently")
    com3 = next(row for row in report.competencies if row.key == "COM-3")
    assert com3.times_observed == 0 and com3.latest_code == ""  # only "not observed"
    assert len(report.competencies) == 30
    assert report.domain_series[0].points


def test_period_filters_entries_and_empty_period_is_refused(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        report = student_report(
            session,
            world.student,
            world.placement_id,
            date_from=START,
            date_to=date(2025, 2, 9),
        )
        assert report.observation_count == 2
        assert report.period_to == date(2025, 2, 9)
        with pytest.raises(EmptyReportError, match="no entries for Jüri"):
            student_report(
                session,
                world.coordinator,
                world.placement_id,
                date_from=date(2030, 1, 1),
                date_to=date(2030, 2, 1),
            )
        with pytest.raises(ValidationError):
            student_report(
                session,
                world.coordinator,
                world.placement_id,
                date_from=date(2025, 3, 1),
                date_to=date(2025, 2, 1),
            )


def test_access_is_checked(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        with pytest.raises(PermissionDeniedError):
            student_report(session, world.outsider, world.placement_id)
        with pytest.raises(PermissionDeniedError):
            cohort_summary(session, world.mentor, world.cohort_id)
        assert cohort_placements(session, world.outsider, world.cohort_id) == []


def test_cohort_summary_follows_the_dashboard_with_concerns_and_overdue_reviews(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        summary = cohort_summary(session, world.coordinator, world.cohort_id)
    # Ordered by attention: the student with an open concern first.
    assert [line.student for line in summary.lines] == [
        "Jüri Õunapuu-Kask",
        "Zoë Brønnum",
        "Алексей Иванов",
    ]
    jyri = summary.lines[0]
    assert jyri.attention == "Act now" and "1 open cause for concern" in jyri.reasons
    assert jyri.lead_mentor == "Øystein Ærø" and jyri.open_concerns == 1
    # Waiting: shared entries unanswered, the amended one needing a new answer.
    assert jyri.unacknowledged == 5 and jyri.hours_logged == 144
    assert jyri.below_expected == 0  # mid-point expects up to 3; COM-1 and COM-2 are at 3
    assert summary.lines[1].last_entry_on is None
    assert [(c.student, c.status) for c in summary.concerns] == [
        ("Jüri Õunapuu-Kask", "monitoring")
    ]
    assert {(r.student, r.review) for r in summary.overdue_reviews} == {
        ("Jüri Õunapuu-Kask", "final"),
        ("Zoë Brønnum", "midpoint"),
        ("Алексей Иванов", "midpoint"),
    }
    assert summary.calibration is not None
    assert [m.name for m in summary.calibration.mentors] == ["Øystein Ærø"]


def test_student_report_uses_a_fixed_number_of_queries(template_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    counts = []
    for size in (3, 60):
        path = tmp_path / f"logbook-{size}.db"
        shutil.copyfile(template_db, path)
        database = open_database(path)
        try:
            with database.transaction() as session:
                w = build_world(session, observations=size)
            statements: list[str] = []
            event.listen(
                database.engine,
                "before_cursor_execute",
                lambda *a, seen=statements: seen.append(a[2]),
            )
            with database.session() as session:
                student_report(session, w.coordinator, w.placement_id)
            counts.append(len(statements))
        finally:
            database.close()
    assert counts[0] == counts[1] <= 34


def test_a_later_not_observed_self_assessment_keeps_the_students_level(db, world) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from sqlalchemy import select

    from mentorlog.models import Competency, Person, Placement, ScaleLevel, SelfAssessment

    with db.transaction() as session:
        placement = session.get(Placement, world.placement_id)
        com1 = session.scalar(select(Competency).where(Competency.key == "COM-1"))
        not_observed = session.scalar(
            select(ScaleLevel).where(ScaleLevel.is_not_observed.is_(True)).limit(1)
        )
        student = session.get(Person, placement.student_id)
        session.add(
            SelfAssessment(
                placement_id=placement.id,
                author_id=student.id,
                competency_id=com1.id,
                level_id=not_observed.id,
                assessed_on=START + timedelta(days=20),
            )
        )
    with db.session() as session:
        report = student_report(session, world.mentor, world.placement_id)
    row = next(row for row in report.competencies if row.key == "COM-1")
    assert (row.self_code, row.self_label) == ("4", "Competent, works independently")
