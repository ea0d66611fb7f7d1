"""The logbook's speed, for bench/run.py: figures as ``name: value unit`` lines.

    python bench/logbook.py DEMO_DB

The real widgets run offscreen, signed in as a mentor. The demo's students have about a
hundred entries each, so a student with a thousand is added for the dossier figures (a
copy of the busiest placement, filled with copies of existing observations and their
ratings) and removed again afterwards. Each figure is the median of several runs after a
warm-up:

- ``open_dossier_ms``: selecting that student in the side panel until the dossier shows
  its header and timeline (``open_dossier_entries`` says how many entries it shows).
- ``search_ms``: one keystroke of full-text search across all narratives and reflections
  (the service, as the coordinator, who may see them all), typing words letter by letter.
- ``search_placement_ms``: the same within that student's placement.
- ``search_widget_ms``: a keystroke in the timeline's search field until the timeline
  shows the answer, not counting the deliberate ``search_debounce_ms`` pause the field
  waits for the next keystroke.

Wall-clock figures rise when other programs share the CPU; the ``*_cpu_ms`` lines give
this process's own CPU time for the same runs (both threads), which does not.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import delete, insert, select

from mentorlog.models import EntryStatus, Observation, Placement, PlacementMentor, Rating
from mentorlog.services.access import Actor
from mentorlog.services.search import search_entries

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_context import BenchContext

NAMES = (
    "open_dossier_ms",
    "open_dossier_cpu_ms",
    "open_dossier_entries",
    "search_ms",
    "search_placement_ms",
    "search_widget_ms",
    "search_widget_cpu_ms",
    "search_debounce_ms",
)
RUNS = 7
ENTRIES = 1000
# Typed letter by letter: each prefix is one keystroke's query.
WORDS = ("prisoner", "escort", "calm")


@contextmanager
def thousand_entry_placement(ctx: BenchContext) -> Iterator[tuple[uuid.UUID, uuid.UUID]]:
    """A copy of the busiest placement holding ENTRIES observations; deleted on exit
    (observations, ratings and their search index rows go with it by cascade)."""
    busiest = ctx.busiest_placement()
    new_id = uuid.uuid4()
    placements, mentors = Placement.__table__, PlacementMentor.__table__
    observations, ratings = Observation.__table__, Rating.__table__
    with ctx.transaction() as session:
        row = dict(
            session.execute(
                select(placements).where(placements.c.id == busiest.placement_id)
            ).mappings().one()
        )
        session.execute(insert(placements).values({**row, "id": new_id}))
        for mentor in session.execute(
            select(mentors).where(mentors.c.placement_id == busiest.placement_id)
        ).mappings():
            session.execute(
                insert(mentors).values({**mentor, "id": uuid.uuid4(), "placement_id": new_id})
            )
        sources = session.execute(
            select(observations)
            .where(
                observations.c.status == EntryStatus.PUBLISHED,
                observations.c.is_current.is_(True),
            )
            .limit(ENTRIES)
        ).mappings().all()
        span = max((row["ends_on"] - row["starts_on"]).days, 1)
        copies, new_ids = [], {}
        for n, source in enumerate(sources):
            new_ids[source["id"]] = copy_id = uuid.uuid4()
            copies.append(
                {
                    **source,
                    "id": copy_id,
                    "lineage_id": uuid.uuid4(),
                    "placement_id": new_id,
                    "author_id": busiest.mentor_id,
                    "observed_on": row["starts_on"] + timedelta(days=n * span // len(sources)),
                }
            )
        session.execute(insert(observations), copies)
        session.execute(
            insert(ratings),
            [
                {**r, "id": uuid.uuid4(), "observation_id": new_ids[r["observation_id"]]}
                for r in session.execute(
                    select(ratings).where(ratings.c.observation_id.in_(list(new_ids)))
                ).mappings()
            ],
        )
    try:
        yield new_id, busiest.mentor_id
    finally:
        with ctx.transaction() as session:
            session.execute(delete(placements).where(placements.c.id == new_id))


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def _keystrokes() -> list[str]:
    return [word[:n] for word in WORDS for n in range(2, len(word) + 1)]


def _service_search_ms(ctx: BenchContext, actor: Actor, placement_id: uuid.UUID | None) -> float:
    samples = []
    with ctx.session() as session:
        search_entries(session, actor, "warm", placement_id)
        for typed in _keystrokes():
            start = time.perf_counter()
            search_entries(session, actor, typed, placement_id)
            samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def _wait(signal: Any, action: Callable[[], None], timeout_ms: int = 30_000) -> None:
    """Run ``action`` and spin the event loop until ``signal`` fires."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    action()
    loop.exec()
    signal.disconnect(loop.quit)
    if not timer.isActive():
        raise TimeoutError("the widgets did not answer within the timeout")


def _listed(model: Any) -> Iterator[uuid.UUID]:
    """The placement ids in the side panel's model, in order."""
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            row = model.row_for(model.index(r, 0, group))
            if row is not None:
                yield row.placement_id


def _widget_figures(
    ctx: BenchContext, actor: Actor, pid: uuid.UUID
) -> Iterator[tuple[str, float, str]]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from mentorlog.ui.app import make_application
    from mentorlog.ui.context import AppContext
    from mentorlog.ui.dossier.timeline_tab import SEARCH_DELAY_MS
    from mentorlog.ui.main_window import MainWindow
    from mentorlog.ui.ui_state import UiState

    app = QApplication.instance() or make_application()
    context = AppContext(ctx)
    context.set_actor(actor)
    window = MainWindow(context, UiState())
    window.resize(1400, 900)
    window.show()
    panel, dossier = window.panel, window.dossier
    _wait(panel.loaded, lambda: None)
    target = panel.model.index_of(pid)
    other = next(
        (panel.model.index_of(p) for p in _listed(panel.model) if p != pid), None
    )
    samples, cpu = [], []
    for run in range(RUNS + 1):
        if other is not None:
            _wait(dossier.shown, lambda: panel.view.setCurrentIndex(other))
        else:
            dossier.set_placement(None)
        start, start_cpu = time.perf_counter(), time.process_time()
        _wait(dossier.shown, lambda: panel.view.setCurrentIndex(target))
        app.processEvents()  # the paint that puts it on screen
        if run:  # the first run warms caches (framework, fonts)
            samples.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    yield "open_dossier_ms", _median_ms(samples), "ms"
    yield "open_dossier_cpu_ms", _median_ms(cpu), "ms"
    yield "open_dossier_entries", float(dossier.timeline.model.rowCount()), "entries"

    timeline = dossier.timeline
    search = timeline.filters.search
    samples, cpu = [], []
    for typed in _keystrokes():
        search.setText(typed[:-1])
        _wait(timeline.loaded, timeline.refresh)

        def keystroke(letter: str = typed[-1]) -> None:
            search.insert(letter)  # the keystroke: textChanged starts the pause timer
            timeline._search_timer.stop()  # measure the answer, not the deliberate pause
            timeline.refresh()

        start, start_cpu = time.perf_counter(), time.process_time()
        _wait(timeline.loaded, keystroke)
        app.processEvents()
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    yield "search_widget_ms", _median_ms(samples), "ms"
    yield "search_widget_cpu_ms", _median_ms(cpu), "ms"
    yield "search_debounce_ms", float(SEARCH_DELAY_MS), "ms"
    window.close()
    context.tasks.wait_idle()
    # Delete the Qt objects now, in order, rather than leave them to interpreter exit.
    window.deleteLater()
    context.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def figures(ctx: BenchContext) -> Iterator[tuple[str, float, str]]:
    with thousand_entry_placement(ctx) as (pid, mentor_id):
        mentor = ctx.actor(mentor_id)
        yield from _widget_figures(ctx, mentor, pid)
        yield "search_ms", _service_search_ms(ctx, ctx.account("coordinator"), None), "ms"
        yield "search_placement_ms", _service_search_ms(ctx, mentor, pid), "ms"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: python bench/logbook.py DEMO_DB", file=sys.stderr)
        return 2
    ctx = BenchContext.open(Path(argv[1]))
    try:
        for name, value, unit in figures(ctx):
            print(f"{name}: {value:g} {unit}", flush=True)
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
