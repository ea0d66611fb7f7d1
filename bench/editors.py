"""Editor speed, for bench/run.py: figures as ``name: value unit`` lines.

    python bench/editors.py DEMO_DB

``figures(ctx)`` measures on the open demo database (the runner's 100,000 observations),
signed in as the primary mentor of the busiest placement, through the services the
observation editor calls on its worker (the median of RUNS, after a warm-up):

- ``save_observation_ms``: Publish of a new observation with five ratings: validation,
  the observation and its ratings, the audit event, dropping the editor's autosaved
  draft, and the commit (SQLite in WAL mode with synchronous=FULL, so it is on disk).
- ``save_observation_cpu_ms``: the process's CPU time for the same, which other programs
  on the machine do not inflate.
- ``autosave_draft_ms``: one autosave of the editor's text to its Draft row, committed.

What it adds is removed afterwards; the audit trail keeps its events (it is append-only).
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from mentorlog.models import Draft, Observation, Placement, Shift
from mentorlog.services import drafts, observations
from mentorlog.services.access import Actor
from mentorlog.services.entries import placement_framework
from mentorlog.services.observation_editing import DRAFT_KIND, to_payload

NAMES = ("save_observation_ms", "save_observation_cpu_ms", "autosave_draft_ms")
RUNS = 50
WARM_UP = 3
NARRATIVE = (
    "Jüri ran the breakfast unlock on B landing, greeted each prisoner by name and "
    "talked a shouting man down at the servery without raising his voice. "
) * 4


def _shift(pid: uuid.UUID, mentor: Actor, ctx: Any) -> observations.ObservationInput:
    with ctx.session() as session:
        framework = placement_framework(session, mentor, pid)
        placement = session.get(Placement, pid)
        day = min(date.today(), placement.ends_on) - timedelta(days=1)
        day = max(day, placement.starts_on)
    five = framework.competencies[:5]
    levels = (3, 4, 0, 2, 5)
    return observations.ObservationInput(
        observed_on=day,
        shift=Shift.EARLY,
        narrative=NARRATIVE,
        duration_minutes=480,
        setting="Wing B landing",
        situation_type="Unlock and breakfast",
        ratings=tuple(
            observations.RatingInput(c.id, lv, "Calm and clear at the servery." if lv == 5 else "")
            for c, lv in zip(five, levels, strict=True)
        ),
    )


def _publish(ctx: Any, mentor: Actor, pid: uuid.UUID, data: Any) -> tuple[float, float, Any]:
    """One Publish as the editor's worker does it; wall and CPU milliseconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    with ctx.transaction() as session:
        view = observations.publish(session, mentor, pid, data)
        for target in (None, view.id):
            drafts.discard_drafts_for(session, mentor, DRAFT_KIND, pid, target)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, view.id


def _autosave(ctx: Any, mentor: Actor, pid: uuid.UUID, payload: dict[str, Any]) -> float:
    start = time.perf_counter()
    with ctx.transaction() as session:
        drafts.save_draft(session, mentor, DRAFT_KIND, pid, None, payload)
    return (time.perf_counter() - start) * 1000


def figures(ctx: Any) -> Iterator[tuple[str, float, str]]:
    busiest = ctx.busiest_placement()
    mentor = ctx.actor(busiest.mentor_id)
    pid = busiest.placement_id
    data = _shift(pid, mentor, ctx)
    created: list[uuid.UUID] = []
    try:
        walls, cpus = [], []
        for run in range(WARM_UP + RUNS):
            wall, cpu, oid = _publish(ctx, mentor, pid, data)
            created.append(oid)
            if run >= WARM_UP:
                walls.append(wall)
                cpus.append(cpu)
        yield "save_observation_ms", round(statistics.median(walls), 1), "ms"
        yield "save_observation_cpu_ms", round(statistics.median(cpus), 1), "ms"

        payload = to_payload(data, None)
        saves = [_autosave(ctx, mentor, pid, payload) for _ in range(WARM_UP + RUNS)]
        yield "autosave_draft_ms", round(statistics.median(saves[WARM_UP:]), 1), "ms"
    finally:
        with ctx.transaction() as session:
            if created:
                session.execute(delete(Observation).where(Observation.id.in_(created)))
            session.execute(
                delete(Draft).where(Draft.owner_id == mentor.person_id, Draft.kind == DRAFT_KIND)
            )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python bench/editors.py DEMO_DB", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_context import BenchContext

    ctx = BenchContext.open(Path(argv[0]))
    try:
        with ctx.session() as session:
            if session.scalar(select(Observation.id).limit(1)) is None:
                print("that database has no observations: run `mentorlog demo` first")
                return 2
        for name, value, unit in figures(ctx):
            print(f"{name}: {value} {unit}", flush=True)
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
