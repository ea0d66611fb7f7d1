"""Report speed, for bench/run.py: figures as ``name: value unit`` lines.

    python bench/reports.py [DEMO_DB]

``figures(ctx)`` measures on the open demo database; run alone, the script uses
DEMO_DB or builds a demo of 250 students and 100,000 observations (about 400 each, the
size the target is set for). Figures:

- ``report_student_s``: gather and render one student's report: the demo ``student``
  account's busiest placement when it has 300 observations or more, else the busiest
  placement of all (``report_student_observations`` says how many it has), with
  ``report_student_pages`` and ``report_student_pages_per_s``. Best of three after a
  warm-up (the first run pays for imports and font loading).
- ``report_cohort_100_s``: 100 students' reports of the largest cohort written to files,
  plus that cohort's summary, as ``mentorlog report cohort`` does it.

Wall-clock figures rise when other programs share the CPU; the ``*_cpu_s`` lines give
this process's own CPU time for the same work, which does not.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from mentorlog.models import Cohort, Observation, Person, Placement
from mentorlog.services.access import SYSTEM
from mentorlog.services.report_export import (
    ExportOptions,
    export_students,
    render_cohort,
    render_student,
)
from mentorlog.storage.database import Database

NAMES = (
    "report_student_s",
    "report_student_cpu_s",
    "report_student_pages",
    "report_student_pages_per_s",
    "report_student_observations",
    "report_cohort_100_s",
    "report_cohort_100_cpu_s",
    "report_cohort_100_pages",
)
OPTIONS = ExportOptions(generated_at=datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
WANTED_OBSERVATIONS = 300


def _student_placement(db: Database) -> tuple[uuid.UUID, int]:
    count = func.count(Observation.id)
    query = (
        select(Placement.id, count)
        .join(Observation, Observation.placement_id == Placement.id)
        .group_by(Placement.id)
        .order_by(count.desc(), Placement.id)
        .limit(1)
    )
    with db.session() as session:
        own = session.execute(
            query.join(Person, Person.id == Placement.student_id).where(
                Person.username == "student"
            )
        ).first()
        if own is not None and own[1] >= WANTED_OBSERVATIONS:
            return own[0], own[1]
        busiest = session.execute(query).one()
        return busiest[0], busiest[1]


def _timed(work) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def figures(db: Database) -> Iterator[tuple[str, float, str]]:
    placement_id, observations = _student_placement(db)

    def one_report() -> int:
        with db.session() as session:
            return render_student(session, SYSTEM, placement_id, OPTIONS)[1]

    runs = [_timed(one_report) for _ in range(4)][1:]
    wall, cpu, pages = min(runs, key=lambda run: run[0])
    yield "report_student_s", wall, "s"
    yield "report_student_cpu_s", min(run[1] for run in runs), "s"
    yield "report_student_pages", float(pages), "pages"  # type: ignore[arg-type]
    yield "report_student_pages_per_s", pages / wall, "pages/s"  # type: ignore[operator]
    yield "report_student_observations", float(observations), "observations"

    with db.session() as session:
        size = func.count(Placement.id)
        cohort_id = session.scalar(
            select(Cohort.id)
            .join(Placement, Placement.cohort_id == Cohort.id)
            .group_by(Cohort.id)
            .order_by(size.desc(), Cohort.id)
            .limit(1)
        )
        ids = session.scalars(
            select(Placement.id).where(Placement.cohort_id == cohort_id).order_by(Placement.id)
        ).all()[:100]

    with tempfile.TemporaryDirectory() as folder:

        def cohort() -> int:
            with db.transaction() as session:
                result = export_students(session, SYSTEM, ids, Path(folder), OPTIONS)
                render_cohort(session, SYSTEM, cohort_id, OPTIONS)
            return sum(f.pages for f in result.files)

        wall, cpu, pages = _timed(cohort)
    yield "report_cohort_100_s", wall, "s"
    yield "report_cohort_100_cpu_s", cpu, "s"
    yield "report_cohort_100_pages", float(pages), "pages"  # type: ignore[arg-type]


def main(argv: list[str]) -> int:
    from mentorlog.services.startup import prepare_database

    if argv:
        db = prepare_database(argv[0])
    else:
        from mentorlog.services.demo import build_demo

        db = prepare_database(Path(tempfile.mkdtemp()) / "bench.db")
        with db.transaction() as session:
            build_demo(session, students=250, observations=100_000, today=date(2026, 6, 1))
    try:
        for name, value, unit in figures(db):
            print(f"{name}: {value:.3g} {unit}", flush=True)
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
