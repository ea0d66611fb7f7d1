"""The attention dashboard's speed, for bench/run.py: figures as ``name: value unit``.

Signed in as the demo coordinator, who sees every placement (1,641 of them, 100,000
observations, in the benchmark database). Each figure is the median of several runs after
a warm-up:

- ``dashboard_open_ms``: the dashboard opening, as the app opens it: from asking for the
  rows (current placements, the default) until the view has them, with each placement's
  figures kept for the day (services/attention_store.py: the usual case, once anyone has
  opened it that day); ``dashboard_open_painted_ms`` until the table has painted them.
  ``dashboard_rows`` says how many; ``dashboard_open_query_ms`` is the service's part.
- ``dashboard_open_new_day_ms``: the first opening of a day: the figures of every running
  placement (kept for yesterday) worked out again and stored; those of placements ended
  long ago still hold. ``dashboard_open_cold_ms``: the first opening ever (after the
  upgrade that adds the kept figures): every current placement's worked out.
- ``dashboard_after_write_ms``: opening it again after a write dropped one placement's
  kept figures (an observation saved): that one is worked out again.
- ``dashboard_open_ended_ms``: the service's part with ended placements shown too.
- ``dashboard_filter_ms``: changing one filter until the view has the rows: the slowest of
  the kinds measured, each also printed (``dashboard_filter_<kind>_ms``: a prison, a
  cohort, a mentor, a phase, a student's name typed, "needs attention only");
  ``dashboard_filter_painted_ms`` the slowest until the table has painted them.
- ``dashboard_attention_share``: the share of current placements needing attention (the
  flag should mark a minority) and ``dashboard_below_expected_share`` that of every
  placement flagged below the level expected by now.
- ``calibration_ms``: the calibration view's comparison for one cohort (the newest).

The coordinator's sign-in to this view on the encrypted copy is in bench/encryption.py
(``sign_in_to_dashboard_s``). ``*_cpu_ms`` figures give this process's CPU time, which
other programs sharing the machine affect less than the wall clock.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_context import BenchContext

NAMES = (
    "dashboard_open_ms",
    "dashboard_open_painted_ms",
    "dashboard_open_cpu_ms",
    "dashboard_open_new_day_ms",
    "dashboard_open_cold_ms",
    "dashboard_after_write_ms",
    "dashboard_open_query_ms",
    "dashboard_rows",
    "dashboard_open_ended_ms",
    "dashboard_filter_ms",
    "dashboard_filter_painted_ms",
    "dashboard_filter_cpu_ms",
    "dashboard_filter_prison_ms",
    "dashboard_filter_cohort_ms",
    "dashboard_filter_mentor_ms",
    "dashboard_filter_phase_ms",
    "dashboard_filter_name_ms",
    "dashboard_filter_attention_only_ms",
    "dashboard_attention_share",
    "dashboard_below_expected_share",
    "calibration_ms",
)
RUNS = 7


def _median(measure: Callable[[], tuple[float, float]], runs: int = RUNS) -> tuple[float, float]:
    measure()  # warm-up: statement caches, the page cache
    results = [measure() for _ in range(runs)]
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
    )


def _timed(fn: Callable[[], Any]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def figures(ctx: BenchContext) -> Iterator[tuple[str, float, str]]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import delete, update

    from mentorlog.models import DashboardFigures
    from mentorlog.services.attention import DashboardFilter, dashboard_rows
    from mentorlog.services.attention_rules import Level
    from mentorlog.services.calibration import calibration
    from mentorlog.services.dashboard_choices import dashboard_choices
    from mentorlog.ui.context import AppContext
    from mentorlog.ui.dashboard_view import DashboardView

    app = QApplication.instance() or QApplication([])
    coordinator = ctx.account("coordinator")
    with ctx.session() as session:
        choices = dashboard_choices(session, coordinator)
        everyone = dashboard_rows(session, coordinator, DashboardFilter(include_ended=True))
        current = dashboard_rows(session, coordinator)

    def query(filters: DashboardFilter) -> tuple[float, float]:
        with ctx.session() as session:
            return _timed(lambda: dashboard_rows(session, coordinator, filters))

    app_ctx = AppContext(ctx)
    app_ctx.set_actor(coordinator)
    view = DashboardView(app_ctx)
    view.resize(1366, 700)
    view.show()

    painted: list[float] = []

    def shown(
        change: Callable[[], None], before: Callable[[], None] | None = None
    ) -> tuple[float, float]:
        """From a change asking for rows until the view has them (the worker's thread
        included in the CPU time: it is this process's). The GUI thread waits in Qt's
        event loop, as the app's does: no polling to compete with the worker. Until the
        table has painted them goes to ``painted``. ``before`` runs untimed, first."""
        if before is not None:
            before()
        loop = QEventLoop()
        view.loaded.connect(loop.quit)
        wall, cpu = time.perf_counter(), time.process_time()
        change()
        loop.exec()
        elapsed = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
        view.loaded.disconnect(loop.quit)
        view.table.viewport().repaint()  # the paint the new rows asked for, now
        painted.append((time.perf_counter() - wall) * 1000)
        app.processEvents()
        return elapsed

    def aged(kept_until: Callable[[Any], Any]) -> tuple[float, float]:
        """The first open after a change to the kept figures (``kept_until(session)``)."""

        def change() -> None:
            with ctx.transaction() as session:
                kept_until(session)

        return shown(first_open, change)

    def yesterday(session: Any) -> None:
        session.execute(
            update(DashboardFigures)
            .where(DashboardFigures.valid_until == date.today())
            .values(
                as_of=date.today() - timedelta(days=1), valid_until=date.today() - timedelta(days=1)
            )
        )

    def one_written(session: Any) -> None:
        session.execute(
            delete(DashboardFigures).where(DashboardFigures.placement_id == current[0].placement_id)
        )

    try:

        def first_open() -> None:
            view._choices = None  # as at the first opening: the filters' choices too
            view.refresh()

        painted.clear()
        open_ms, open_cpu = _median(lambda: shown(first_open))
        yield "dashboard_open_ms", open_ms, "ms"
        yield "dashboard_open_painted_ms", statistics.median(painted), "ms"
        yield "dashboard_open_cpu_ms", open_cpu, "ms"
        yield "dashboard_open_query_ms", _median(lambda: query(DashboardFilter()))[0], "ms"
        yield "dashboard_rows", len(current), "placements"
        yield "dashboard_open_new_day_ms", _median(lambda: aged(yesterday), 3)[0], "ms"
        yield "dashboard_after_write_ms", _median(lambda: aged(one_written), 5)[0], "ms"
        yield (
            "dashboard_open_cold_ms",
            _median(lambda: aged(lambda s: s.execute(delete(DashboardFigures))), 1)[0],
            "ms",
        )
        yield (
            "dashboard_open_ended_ms",
            _median(lambda: query(DashboardFilter(include_ended=True)), 3)[0],
            "ms",
        )

        def pick(combo: Any, value: Any) -> Callable[[], None]:
            return lambda: combo.setCurrentIndex(combo.findData(str(value)) if value else 0)

        def typed(text: str) -> Callable[[], None]:
            def change() -> None:
                view.search.blockSignals(True)
                view.search.clear()
                view.search.blockSignals(False)
                view.search.setText(text)
                view.refresh()  # what the pause after typing does, without waiting for it

            return change

        def toggle() -> None:
            view.attention_only.setChecked(not view.attention_only.isChecked())

        busiest_prison = max(choices.prisons, key=lambda p: sum(r.prison == p[1] for r in current))
        kinds: list[tuple[str, Callable[[], None], Callable[[], None]]] = [
            ("prison", pick(view.prison, busiest_prison[0]), pick(view.prison, "")),
            ("cohort", pick(view.cohort, choices.cohorts[0][0]), pick(view.cohort, "")),
            ("mentor", pick(view.mentor, choices.mentors[0][0]), pick(view.mentor, "")),
            ("phase", pick(view.phase, "early"), pick(view.phase, "")),
            ("name", typed(current[len(current) // 2].student.split()[-1]), typed("")),
            ("attention_only", toggle, toggle),
        ]
        slowest = slowest_cpu = slowest_painted = 0.0
        for kind, change, undo in kinds:
            results, paints = [], []
            for _ in range(5):
                results.append(shown(change))
                paints.append(painted[-1])
                shown(undo)
            wall = statistics.median(r[0] for r in results)
            cpu = statistics.median(r[1] for r in results)
            slowest, slowest_cpu = max(slowest, wall), max(slowest_cpu, cpu)
            slowest_painted = max(slowest_painted, statistics.median(paints))
            yield f"dashboard_filter_{kind}_ms", wall, "ms"
        yield "dashboard_filter_ms", slowest, "ms"
        yield "dashboard_filter_painted_ms", slowest_painted, "ms"
        yield "dashboard_filter_cpu_ms", slowest_cpu, "ms"
    finally:
        view.close()
        app_ctx.tasks.wait_idle()

    needing = sum(1 for r in current if r.level >= Level.ATTENTION)
    yield "dashboard_attention_share", needing / max(len(current), 1), "of current placements"
    below = sum(1 for r in everyone if "below_expected" in r.reasons)
    yield "dashboard_below_expected_share", below / max(len(everyone), 1), "of all placements"

    newest = choices.cohorts[0][0]
    with ctx.session() as session:
        cal_ms = _median(
            lambda: _timed(lambda: calibration(session, coordinator, cohort_id=newest)), 2
        )[0]
    yield "calibration_ms", cal_ms, "ms"


if __name__ == "__main__":
    bench = BenchContext.open(Path(sys.argv[1]))
    try:
        for name, value, unit in figures(bench):
            print(f"{name}: {value:.3g} {unit}", flush=True)
    finally:
        bench.close()
