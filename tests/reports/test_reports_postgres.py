"""The report queries (window functions, sign-offs matched by row or lineage) on a real
PostgreSQL server, not only on SQLite."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from mentorlog.reports.cohort_summary import render_cohort_summary
from mentorlog.reports.student_report import render_student_report
from mentorlog.services.cohort_data import cohort_summary
from mentorlog.services.report_data import student_report
from mentorlog.services.startup import prepare_database
from tests.reports.conftest import SECRETS, build_world


@pytest.mark.postgres
def test_reports_on_postgresql(pg_url: str) -> None:
    db = prepare_database(pg_url)
    try:
        with db.transaction() as session:
            world = build_world(session)
        with db.session() as session:
            report = student_report(session, world.coordinator, world.placement_id)
            summary = cohort_summary(session, world.coordinator, world.cohort_id)
    finally:
        db.close()
    assert report.observations[1].response == "disagreed"
    assert summary.lines[0].student == "Jüri Õunapuu-Kask"
    assert summary.lines[0].open_concerns == 1 and summary.lines[0].unacknowledged == 5
    generated = datetime(2025, 6, 1, tzinfo=UTC)
    pdf, _ = render_student_report(report, generated_at=generated)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Jüri Õunapuu-Kask" in text
    assert not any(secret in text for secret in SECRETS)
    assert render_cohort_summary(summary, generated_at=generated)[1] == 3
