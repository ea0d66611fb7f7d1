"""Hours counted at once (published observations, logged shifts, remedial minutes) and an
academy's own frameworks: imported, validated, exported, and drawn on their own scale."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentorlog.models import FrameworkStatus, FrameworkVersion, Role, Shift
from mentorlog.services import observations, shift_logs
from mentorlog.services.access import Actor
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from mentorlog.services.framework_files import export_framework, import_framework, list_frameworks
from mentorlog.services.frameworks import FrameworkFileError
from mentorlog.services.observation_rules import ObservationInput, RatingInput
from mentorlog.services.placements import placement_summary
from mentorlog.services.report_data import student_report
from tests.factories import Factory, as_actor
from tests.site.conftest import example

COORDINATOR = Actor(None, "coordinator", frozenset({Role.COORDINATOR}))


def test_a_published_observation_and_a_logged_shift_count_at_once(db) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Kadri", "Õunapuu", Role.MENTOR)
        student = f.person("Jüri", "Tamm", Role.STUDENT)
        p = f.placement(
            student,
            [mentor],
            starts_on=today - timedelta(days=30),
            ends_on=today + timedelta(days=30),
            target_hours=630,
        )
        mentor_actor, student_actor = as_actor(mentor, Role.MENTOR), as_actor(student, Role.STUDENT)
        observations.publish(
            s,
            mentor_actor,
            p.id,
            ObservationInput(
                observed_on=today - timedelta(days=1),
                shift=Shift.DAY,
                narrative="Led the unlock calmly.",
                duration_minutes=450,
                remedial_minutes=45,
                ratings=(RatingInput(f.competency("COM-1").id, 3),),
            ),
        )
        observations.save_draft(
            s,
            mentor_actor,
            p.id,
            ObservationInput(
                observed_on=today, shift=Shift.LATE, narrative="draft", duration_minutes=480
            ),
        )
        assert placement_summary(s, student_actor, p.id).hours_logged == 7.5
        shift_logs.log_shift(
            s,
            student_actor,
            p.id,
            worked_on=today - timedelta(days=2),
            shift=Shift.NIGHT,
            hours=8,
            remedial_minutes=30,
            activity="Night checks",
        )
        with pytest.raises(ValidationError, match="logged already"):
            shift_logs.log_shift(
                s,
                student_actor,
                p.id,
                worked_on=today - timedelta(days=2),
                shift=Shift.NIGHT,
                hours=8,
            )
        with pytest.raises(ValidationError) as refused:
            shift_logs.log_shift(
                s,
                student_actor,
                p.id,
                worked_on=today + timedelta(days=1),
                shift=Shift.DAY,
                hours=30,
            )
        assert set(refused.value.problems) == {"worked_on", "hours"}
        report = student_report(s, COORDINATOR, p.id)
        assert (report.hours_logged, report.remedial_minutes) == (15.5, 75)
        # A shift logged for the observed day and shift replaces the observation's hours.
        shift_logs.log_shift(
            s, mentor_actor, p.id, worked_on=today - timedelta(days=1), shift=Shift.DAY, hours=8
        )
        assert placement_summary(s, mentor_actor, p.id).hours_logged == 16.0
        outsider = Actor(uuid.uuid4(), "Someone", frozenset({Role.MENTOR}))
        with pytest.raises(PermissionDeniedError):
            shift_logs.log_shift(s, outsider, p.id, worked_on=today, shift=Shift.DAY, hours=1)


def _san_jose(s):  # type: ignore[no-untyped-def]
    return import_framework(s, COORDINATOR, example("san-jose-framework.xlsx"))


def test_an_xlsx_framework_on_a_1_to_7_scale_is_imported_and_exported(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        row = _san_jose(s)
    assert (row.key, row.version, row.scale, row.competencies) == ("san-jose-dor", 1, "1–7", 5)
    with db.transaction() as s:
        out = export_framework(s, COORDINATOR, "san-jose-dor", tmp_path / "sj.json")
        export_framework(s, COORDINATOR, "san-jose-dor", tmp_path / "sj.xlsx")
    data = json.loads(out.read_text("utf-8"))
    assert [lv["value"] for lv in data["scale"]] == list(range(8))
    data["version"] = 2
    data["domains"][0]["competencies"][0]["anchors"]["7"] = "Sets the example on the landing."
    (tmp_path / "sj2.json").write_text(json.dumps(data), "utf-8")
    with db.transaction() as s:
        second = import_framework(s, COORDINATOR, tmp_path / "sj2.json")
        statuses = {r.version: r.status for r in list_frameworks(s) if r.key == "san-jose-dor"}
    assert second.version == 2 and statuses == {
        2: FrameworkStatus.ACTIVE,
        1: FrameworkStatus.RETIRED,
    }
    with db.transaction() as s, pytest.raises(Exception, match="or a later one"):
        import_framework(s, COORDINATOR, tmp_path / "sj.xlsx")


def test_a_framework_missing_an_anchor_is_refused_naming_it(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(Path("resources/frameworks/dynamic-security.json").read_text("utf-8"))
    data["key"], data["version"] = "broken", 1
    del data["domains"][1]["competencies"][2]["anchors"]["4"]
    code = data["domains"][1]["competencies"][2]["key"]
    (tmp_path / "broken.json").write_text(json.dumps(data), "utf-8")
    data["domains"][1]["competencies"][2]["anchors"]["4"] = "x"
    data["phase_expectations"]["final"] = 6
    (tmp_path / "expect.json").write_text(json.dumps(data), "utf-8")
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(FrameworkVersion))
    with db.transaction() as s, pytest.raises(FrameworkFileError) as refused:
        import_framework(s, COORDINATOR, tmp_path / "broken.json")
    assert f"competency {code}" in str(refused.value) and "level 4" in str(refused.value)
    with db.transaction() as s, pytest.raises(FrameworkFileError, match="final phase expects"):
        import_framework(s, COORDINATOR, tmp_path / "expect.json")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(FrameworkVersion)) == before


def test_a_seven_level_scale_is_drawn_to_seven_in_the_pdf(db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.reports.charts import domain_chart, sparkline

    expected = ((date(2027, 1, 1), 4.0), (date(2027, 2, 1), 6.0))
    chart = domain_chart(
        ((date(2027, 1, 5), 6.5),), date(2027, 1, 1), date(2027, 2, 1), expected, 200, scale=(1, 7)
    )
    labels = [g.text for g in chart.contents if hasattr(g, "text")]
    assert [label for label in labels if label.isdigit()] == [str(v) for v in range(1, 8)]
    top = sparkline((7,), scale=(1, 7)).contents[-1]
    assert top.cy == pytest.approx(14 - 2.5)  # the highest level at the top, not off it
