"""Render sample report pages into docs/report-samples/ (PNG, 70 dpi) from demo data.

    .venv/bin/python scripts/report_samples.py [--languages-only]

Also page 1 of the same student report in each of mentorlog's languages, into
docs/report-samples/languages/<lang>-student-1.png (``--languages-only``: just those).

Builds a small demo database in a temporary folder, writes the demo student's progress
report and the largest cohort's summary, and turns chosen pages into PNGs with pdftoppm
(poppler-utils). Pages are found by their headings, so the samples follow the layout.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from mentorlog.i18n import LANGUAGES
from mentorlog.models import Cohort, Observation, Person, Placement
from mentorlog.services.access import SYSTEM
from mentorlog.services.report_export import ExportOptions, render_cohort, render_student
from mentorlog.services.startup import prepare_database

OUT = Path(__file__).resolve().parent.parent / "docs" / "report-samples"
OPTIONS = ExportOptions(generated_at=datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
# sample name -> text that marks its page (the first page holding it)
STUDENT_PAGES = {
    "student-1-summary": "Summary",
    "student-2-competencies": "Safe Job Assessment",
    "student-3-chart-goals": "Ratings over time",
    "student-4-reviews-concerns": "Causes for concern",
    "student-5-observations": "Observations the mentor shared",
    "student-6-sign-off": "Signatures recorded in mentorlog",
}
# The cohort summary's pages after its first (which gathers who needs attention).
COHORT_PAGES = {
    "cohort-2-by-attention": "Every placement, by attention",
    "cohort-3-calibration": "Mentor calibration",
}


def _page_of(pdf: bytes, marker: str) -> int:
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        if marker in (page.extract_text() or ""):
            return number
    raise SystemExit(f"no page holds {marker!r}")


def _png(pdf: bytes, page: int, name: str, folder: Path, out: Path = OUT) -> None:
    source = folder / "sample.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(source),
            str(out / name),
        ],
        check=True,
    )
    print(f"{out / name}.png: page {page}")


def main() -> int:
    from mentorlog.services.demo import build_demo

    languages_only = "--languages-only" in sys.argv[1:]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "languages").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = prepare_database(folder / "demo.db")
        try:
            with db.transaction() as session:
                build_demo(session, students=12, observations=2400, today=date(2026, 6, 1))
            with db.session() as session:
                placement_id = session.scalar(
                    select(Placement.id)
                    .join(Person, Person.id == Placement.student_id)
                    .join(Observation, Observation.placement_id == Placement.id)
                    .where(Person.username == "student")
                    .group_by(Placement.id)
                    .order_by(func.count(Observation.id).desc())
                )
                # The cohort with the most placements under way: its first page has
                # students to act on.
                cohort_id = session.scalar(
                    select(Cohort.id)
                    .join(Placement, Placement.cohort_id == Cohort.id)
                    .where(Placement.status == "active")
                    .group_by(Cohort.id)
                    .order_by(func.count(Placement.id).desc())
                )
                in_languages = {
                    lang: render_student(
                        session, SYSTEM, placement_id, replace(OPTIONS, language=lang)
                    )[0]
                    for lang in LANGUAGES
                }
                student_pdf, _, _ = render_student(session, SYSTEM, placement_id, OPTIONS)
                cohort_pdf, _, _ = render_cohort(session, SYSTEM, cohort_id, OPTIONS)
                all_pdf = _all_placements(session)
        finally:
            db.close()
        for lang, pdf in in_languages.items():
            _png(pdf, 1, f"{lang}-student-1", folder, OUT / "languages")
        if languages_only:
            return 0
        done: set[int] = set()
        for name, marker in STUDENT_PAGES.items():
            page = _page_of(student_pdf, marker)
            while page in done:  # a section that starts on a page already shown: its next
                page += 1
            done.add(page)
            _png(student_pdf, page, name, folder)
        _png(cohort_pdf, 1, "cohort-summary", folder)
        for name, marker in COHORT_PAGES.items():
            _png(cohort_pdf, _page_of(cohort_pdf, marker), name, folder)
        _png(all_pdf, 1, "student-all-placements", folder)
    return 0


def _all_placements(session) -> bytes:  # type: ignore[no-untyped-def]
    """The demo student's report over both their placements, newest first."""
    from mentorlog.reports.student_placements import render_student_reports
    from mentorlog.services.report_data import student_reports
    from mentorlog.services.report_targets import placements_of

    student_id = session.scalar(select(Person.id).where(Person.username == "student"))
    ids = [p.placement_id for p in placements_of(session, SYSTEM, student_id)]
    reports = student_reports(session, SYSTEM, ids)
    return render_student_reports(reports, generated_at=OPTIONS.stamp())[0]


if __name__ == "__main__":
    sys.exit(main())
