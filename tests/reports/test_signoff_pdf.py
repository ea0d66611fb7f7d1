"""A student report says, per observation, who signed it, which version it is and why it was
amended, and how the student responded to which version."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from mentorlog.models import Shift
from mentorlog.reports.page import MARGIN_X
from mentorlog.reports.student_report import render_student_report, sign_off_table
from mentorlog.services import observations, signoff
from mentorlog.services.report_data import student_report
from tests.logbook_cast import make_cast


def test_observations_show_signature_version_and_response(db) -> None:  # type: ignore[no-untyped-def]
    cast = make_cast(db)

    def publish(days_ago: int, text: str) -> observations.ObservationView:
        data = observations.ObservationInput(
            date.today() - timedelta(days=days_ago),
            Shift.DAY,
            text,
            ratings=(observations.RatingInput(cast.competency("SUR-1"), 3),),
        )
        return observations.publish(s, cast.mentor, cast.placement_id, data)

    with db.transaction() as s:
        first = publish(9, "Led the unlock on C wing calmly.")
        second = publish(5, "Searched a cell with the night officer.")
        third = publish(2, "Shadowed the reception officer.")
        signoff.sign_observation(s, cast.mentor, first.id)
        signoff.acknowledge(s, cast.student, first.id, True)
        signoff.sign_observation(s, cast.mentor, second.id)
        signoff.acknowledge(s, cast.student, second.id, True)
        v2 = signoff.amend_observation(
            s, cast.mentor, second.id, {"narrative": "Searched two cells."}, "Two cells, not one"
        )
        signoff.acknowledge(s, cast.student, v2, False, "It was three cells.")
        del third  # published, neither signed nor answered

    with db.session() as s:
        data = student_report(s, cast.coordinator, cast.placement_id)
    pdf, _ = render_student_report(data, generated_at=datetime(2026, 5, 4, 9, 0, tzinfo=UTC))
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "Signed by Ingrid Sæther" in flat
    assert "Acknowledged by the student (version 1)" in flat
    assert "Version 2, amended: Two cells, not one" in flat
    assert "Student disagreed (version 2)" in flat and "It was three cells." in flat
    assert "Searched a cell with the night officer." not in flat  # version 1 stays out
    assert "Not yet signed by the mentor" in flat and "Not yet acknowledged by the student" in flat


def test_sign_off_rows_take_one_line_each(db, world) -> None:  # type: ignore[no-untyped-def]
    """Lines to sign on never wrap ("____ __"), nor does a role or a signature's date."""
    with db.session() as s:
        data = student_report(s, world.coordinator, world.placement_id)
    assert [e.role for e in data.sign_offs] == ["mentor"]  # the others sign by hand
    width = A4[0] - 2 * MARGIN_X
    table = sign_off_table(data, width)
    table.wrap(width, A4[1])
    mentor, student, coordinator = table._rowHeights[1:]
    assert student == coordinator == mentor


def test_a_review_says_whose_signature_it_awaits(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        data = student_report(s, world.coordinator, world.placement_id)
    assert [sig.role for sig in data.reviews[0].signatures] == ["mentor"]
    pdf, _ = render_student_report(data, generated_at=datetime(2026, 5, 4, 9, 0, tzinfo=UTC))
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "Awaiting the signature of the student and the coordinator." in flat
