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
    # Who needs attention, open concerns and overdue reviews first; every placement by
    # attention; the mentors' calibration.
    assert count == len(pages) == 3
    first = pages[0]
    for wanted in (
        "Kevad 2025 – Jõgeva",
        "Open causes for concern",
        "Late for two shifts in a row.",
        "Reviews overdue or missing",
        "Who needs attention",
        "Алексей Иванов",
        "Zoë Brønnum",
        "Jüri Õunapuu-Kask",
        "1 open cause for concern",
        "Page 1 of 3",
    ):
        assert wanted in first, wanted
    assert re.search(r"3\s+placements in\s+2\s+training prisons", first)
    assert "Every placement, by attention" in pages[1] and "Øystein Ærø" in pages[1]
    assert pages[1].index("Jüri Õunapuu-Kask") < pages[1].index("Алексей Иванов")
    assert "Mentor calibration" in pages[2] and "Halden fengsel" in pages[2]
    assert "Generated 2025-06-01" in text


def test_entries_longer_than_a_page_run_over_instead_of_failing() -> None:
    from datetime import date

    from mentorlog.reports.content import (
        ConcernEntry,
        GoalEntry,
        ObservationEntry,
        ReflectionEntry,
    )

    long = "A pasted action plan that goes on and on, as real ones sometimes do. " * 700
    report = _minimal_report(
        observation_count=1,
        open_concerns=1,
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


def test_times_are_the_academys_with_the_zone_named_and_the_pdf_is_dated_and_in_english(  # type: ignore[no-untyped-def]
    db, world, monkeypatch
) -> None:
    """The academy's zone (here the workstation's, Oslo) for every time printed; the real
    creation date; the document's language set."""
    monkeypatch.setenv("TZ", "Europe/Oslo")
    from mentorlog.services.report_export import ExportOptions, render_student

    with db.session() as session:
        pdf, _pages_count, _student = render_student(
            session, world.coordinator, world.placement_id, ExportOptions(generated_at=GENERATED)
        )
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Generated 2025-06-01 11:30 CEST" in text  # 09:30 UTC, summer time in Oslo
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d CES?T", text.split("Sign-off")[-1])
    assert " UTC" not in text.split("Sign-off")[-1].split("Generated")[0]
    assert reader.metadata.creation_date == GENERATED
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_the_academys_own_zone_wins_over_the_workstations(db, world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Set up with a zone of its own (Academy.time_zone), the academy's times are printed
    in it wherever the report is made."""
    monkeypatch.setenv("TZ", "Europe/Oslo")
    from sqlalchemy import update

    from mentorlog.models import Academy
    from mentorlog.services.report_export import ExportOptions, render_student
    from mentorlog.services.site_time import academy_zone

    with db.transaction() as session:
        session.execute(update(Academy).values(time_zone="Europe/Tallinn"))
    with db.session() as session:
        assert str(academy_zone(session)) == "Europe/Tallinn"
        pdf, _count, _student = render_student(
            session, world.coordinator, world.placement_id, ExportOptions(generated_at=GENERATED)
        )
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Generated 2025-06-01 12:30 EEST" in text  # 09:30 UTC, summer time in Tallinn


def test_charts_keep_their_titles_and_headings_keep_their_text() -> None:
    """Each row of charts is one table with its titles, kept together (the heading and
    note with the first); a reflection's heading goes with its first section; numbers'
    headers are aligned with the numbers."""
    from datetime import date

    from reportlab.lib.enums import TA_RIGHT
    from reportlab.platypus import KeepTogether, Paragraph, Table

    from mentorlog.reports import entries
    from mentorlog.reports.cohort_summary import _placements_table
    from mentorlog.reports.content import CohortStudentLine, DomainSeries, ReflectionEntry
    from mentorlog.reports.student_report import _charts

    start, end = date(2025, 1, 6), date(2025, 4, 6)
    report = _minimal_report(
        domain_series=tuple(DomainSeries(f"Domain {n}", ((start, 3.0),)) for n in range(7)),
        expected_curve=((start, 2.0), (end, 4.0)),
    )
    story = _charts(report, 500)
    kept = [f for f in story if isinstance(f, KeepTogether)]
    assert len(kept) == 3  # 7 charts in rows of 3
    first = kept[0]._content
    assert isinstance(first[0], Paragraph) and "Ratings over time" in first[0].text
    assert all(isinstance(k._content[-1], Table) for k in kept)
    assert all(len(k._content[-1]._cellvalues) == 2 for k in kept)  # titles, charts

    reflection = ReflectionEntry(
        start, "Night shift", "gibbs", (("Description", "A"), ("Feelings", "B"))
    )
    (flow,) = [f for f in entries.reflections((reflection,)) if isinstance(f, KeepTogether)]
    assert [p.text for p in flow._content][-1].endswith("A")

    line = CohortStudentLine("Zoë", "Halden", "early", "active", 10, 100, None, 0, 0, 0)
    header = _placements_table((line,), 700)._cellvalues[0]
    numeric = [cell for cell in header if cell.text in ("Hours / by now", "Concerns", "NRT")]
    assert len(numeric) == 3 and all(cell.style.alignment == TA_RIGHT for cell in numeric)


def _minimal_report(**changes):  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import date

    from mentorlog.reports.content import StudentReport

    base = StudentReport(
        academy="Akademie",
        student="Zoë Brønnum",
        prison="Halden fengsel",
        unit="",
        cohort="",
        placement_starts_on=date(2025, 1, 6),
        placement_ends_on=date(2025, 4, 6),
        period_from=date(2025, 1, 6),
        period_to=date(2025, 4, 6),
        phase="early",
        status="active",
        mentors=("Øystein Ærø",),
        hours_logged=0,
        target_hours=0,
        remedial_minutes=0,
        observation_count=0,
        overall_status="",
        open_concerns=0,
        framework="",
        expected_value=None,
        scale=(),
        competencies=(),
        domain_series=(),
    )
    return replace(base, **changes)
