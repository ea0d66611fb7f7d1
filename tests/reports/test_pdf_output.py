"""The PDFs as a reader gets them: they open, every page is labelled, names in any
spelling can be copied out, private notes are absent, and the same data gives the same
bytes."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from pypdf import PdfReader

from mentorlog.reports.cohort_summary import render_cohort_summary
from mentorlog.reports.content import SECTION_OBSERVATIONS, SECTION_SUMMARY
from mentorlog.reports.student_report import render_student_report
from mentorlog.services.cohort_data import cohort_summary
from mentorlog.services.report_data import student_report
from tests.reports.conftest import SECRETS

GENERATED = datetime(2025, 6, 1, 9, 30, tzinfo=UTC)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_student_report_reads_right(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        data = student_report(session, world.coordinator, world.placement_id)
    pdf, count = render_student_report(data, generated_at=GENERATED)
    pages = _pages(pdf)
    assert count == len(pages) and 3 <= count <= 12
    everything = "\n".join(pages)
    for secret in SECRETS:
        assert secret not in everything
    for wanted in (
        "Jüri Õunapuu-Kask",
        "Øystein Ærø",
        "Tartu Vangla",
        "Пётр",
        "Första samtalet på avdelningen",
        "Student disagreed",
        "I did call for help in time.",
        "Lead an unlock on my own",
        "Late for two shifts in a row.",
        "Mid-point review",
    ):
        assert wanted in everything, wanted
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in text
        assert "Generated 2025-06-01 09:30" in text
        assert "Jüri Õunapuu-Kask" in text and "Sisekaitseakadeemia Õppekeskus" in text
    # Sign-off block: the mentor's recorded signature, lines (drawn) for the others.
    assert "Signed in mentorlog" in pages[-1] and "Academy coordinator" in pages[-1]


def test_cyrillic_student_name_is_real_text(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        data = student_report(session, world.mentor, world.cyrillic_placement_id)
    pdf, _ = render_student_report(data, generated_at=GENERATED)
    text = "\n".join(_pages(pdf))
    assert "Алексей Иванов" in text
    assert "Алексей провёл обход блока спокойно и уверенно." in text
    assert "Заметка наставника" in text  # the rating's comment, in the oblique face
    assert "DejaVuSans" in pdf.decode("latin-1")  # the shipped font is embedded


def test_same_data_gives_the_same_bytes(db, world) -> None:  # type: ignore[no-untyped-def]
    renders = []
    for _ in range(2):
        with db.session() as session:
            data = student_report(session, world.coordinator, world.placement_id)
        renders.append(render_student_report(data, generated_at=GENERATED)[0])
    assert renders[0] == renders[1]
    later, _ = render_student_report(data, generated_at=GENERATED.replace(day=2))
    assert later != renders[0]


def test_sections_can_be_left_out(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        data = student_report(session, world.coordinator, world.placement_id)
    pdf, _ = render_student_report(
        data, generated_at=GENERATED, sections=[SECTION_SUMMARY, SECTION_OBSERVATIONS]
    )
    text = "\n".join(_pages(pdf))
    assert "Summary" in text and "Observations" in text
    assert "Competencies" not in text and "Sign-off" not in text


def test_cohort_summary_reads_right(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        data = cohort_summary(session, world.coordinator, world.cohort_id)
    pdf, count = render_cohort_summary(data, generated_at=GENERATED)
    pages = _pages(pdf)
    text = "\n".join(pages)
    assert count == len(pages) == 1
    for wanted in (
        "Kevad 2025 – Jõgeva",
        "Halden fengsel",
        "Tartu Vangla",
        "Алексей Иванов",
        "Zoë Brønnum",
        "Jüri Õunapuu-Kask",
        "COM-1",
        "Page 1 of 1",
    ):
        assert wanted in text, wanted
    assert text.index("Halden fengsel") < text.index("Tartu Vangla")
    assert re.search(r"3\s+placements in\s+2\s+training prisons", text)


def test_entries_longer_than_a_page_run_over_instead_of_failing() -> None:
    from datetime import date

    from mentorlog.reports.content import (
        ConcernEntry,
        GoalEntry,
        ObservationEntry,
        ReflectionEntry,
        StudentReport,
    )

    long = "A pasted action plan that goes on and on, as real ones sometimes do. " * 700
    report = StudentReport(
        academy="Akademie",
        student="Zoë Brønnum",
        prison="Halden fengsel",
        unit="",
        cohort="",
        placement_starts_on=date(2025, 1, 1),
        placement_ends_on=date(2025, 3, 1),
        period_from=date(2025, 1, 1),
        period_to=date(2025, 3, 1),
        phase="early",
        status="active",
        mentors=("Øystein Ærø",),
        hours_logged=0,
        target_hours=0,
        remedial_minutes=0,
        observation_count=1,
        overall_status="",
        open_concerns=1,
        framework="",
        expected_value=None,
        scale=(),
        competencies=(),
        domain_series=(),
        goals=(GoalEntry("Lead an unlock", "open", long),),
        concerns=(ConcernEntry(date(2025, 1, 2), "Øystein Ærø", "open", long, long),),
        observations=(
            ObservationEntry(date(2025, 1, 5), "day", 60, "Øystein Ærø", narrative=long),
        ),
        reflections=(ReflectionEntry(date(2025, 1, 3), "Long", "free_text", (("Text", long),)),),
        learning_contract=long,
    )
    pdf, count = render_student_report(report, generated_at=GENERATED)
    pages = _pages(pdf)
    assert count == len(pages) > 20
    assert all(f"Page {n} of {count}" in text for n, text in enumerate(pages, start=1))
