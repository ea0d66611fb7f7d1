"""Several hands at once, for bench/run.py: figures as ``name: value unit`` lines.

- ``backup_100k_s``: ``create_backup`` of the encrypted 100k database (SQLite's backup
  API into ``.partial``, the integrity check of the copy, its note, the rename).
- ``concurrent_saves_per_s`` and ``save_p95_ms``: three writer processes, each
  publishing SAVES observations with five ratings (validation, ratings, audit event,
  commit) as the app's worker does (``Database.attempt``: BEGIN IMMEDIATE, waiting for
  the lock, trying again), started together: all saves over the wall time from the
  first start to the last finish, and the 95th percentile of one save's latency, queue
  for the lock included. On the encrypted 100k database (``_sqlite``), and on a
  PostgreSQL database with one placement (``_postgresql``; MENTORLOG_TEST_PG_URL names
  the server, else those two say unavailable).

    python bench/many_hands.py --worker TARGET PLACEMENT MENTOR SAVES   (one writer)
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

NAMES = (
    "backup_100k_s",
    "concurrent_saves_per_s_sqlite",
    "save_p95_ms_sqlite",
    "concurrent_saves_per_s_postgresql",
    "save_p95_ms_postgresql",
)
WRITERS = 3
SAVES = 150
_HERE = Path(__file__).resolve()


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _run_writers(
    target: str, placement: uuid.UUID, mentor: uuid.UUID, key: bytes | None
) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(_HERE.parents[1])}
    if key is not None:
        env["MENTORLOG_BENCH_KEY"] = key.hex()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(_HERE),
                "--worker",
                target,
                str(placement),
                str(mentor),
                str(SAVES),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(WRITERS)
    ]
    for proc in procs:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if line.strip() != "READY":
            raise RuntimeError(
                f"a writer did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
            )
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"a writer failed: {err[-500:]}")
        reports.append(json.loads(out.strip().splitlines()[-1]))
    saves = sum(len(r["latencies"]) for r in reports)
    wall = max(r["finished"] for r in reports) - min(r["started"] for r in reports)
    latencies = [x for r in reports for x in r["latencies"]]
    return saves / wall, _p95(latencies) * 1000


def _first_placement(db: Any) -> tuple[uuid.UUID, uuid.UUID]:
    from sqlalchemy import select

    from mentorlog.models import Placement, PlacementMentor

    with db.session() as s:
        return s.execute(
            select(Placement.id, PlacementMentor.mentor_id)
            .join(PlacementMentor, PlacementMentor.placement_id == Placement.id)
            .limit(1)
        ).one()


def _postgresql_figures() -> Iterator[tuple[str, float, str]]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from mentorlog.services.startup import prepare_database

    base = os.environ.get("MENTORLOG_TEST_PG_URL")
    if not base:
        print(
            "concurrent_saves_per_s_postgresql: unavailable (no MENTORLOG_TEST_PG_URL)",
            file=sys.stderr,
        )
        return
    name = f"mentorlog_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        db = prepare_database(url)
        try:
            _one_placement(db)
            placement, mentor = _first_placement(db)
        finally:
            db.close()
        rate, p95 = _run_writers(url, placement, mentor, None)
        yield "concurrent_saves_per_s_postgresql", round(rate, 1), "saves/s"
        yield "save_p95_ms_postgresql", round(p95, 1), "ms"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _one_placement(db: Any) -> None:
    from mentorlog.models import (
        Person,
        Placement,
        PlacementMentor,
        PlacementPhase,
        PlacementStatus,
        Prison,
        Role,
        RoleAssignment,
    )
    from mentorlog.services.frameworks import active_version_id

    today = date.today()
    with db.transaction() as s:
        prison = Prison(name="Tallinna Vangla", country="EE")
        mentor = Person(given_name="Ingrid", family_name="Sæther")
        student = Person(given_name="Jüri", family_name="Õunapuu")
        s.add_all([prison, mentor, student])
        s.flush()
        s.add_all(
            [
                RoleAssignment(person_id=mentor.id, role=Role.MENTOR),
                RoleAssignment(person_id=student.id, role=Role.STUDENT),
            ]
        )
        placement = Placement(
            student_id=student.id,
            prison_id=prison.id,
            framework_version_id=active_version_id(s),
            starts_on=today - timedelta(days=60),
            ends_on=today + timedelta(days=60),
            phase=PlacementPhase.EARLY,
            status=PlacementStatus.ACTIVE,
            target_hours=480,
        )
        s.add(placement)
        s.flush()
        s.add(PlacementMentor(placement_id=placement.id, mentor_id=mentor.id))


def figures(ctx: Any) -> Iterator[tuple[str, float, str]]:
    from mentorlog.storage.backup import create_backup

    copy = ctx.encrypted_copy()
    started = time.perf_counter()
    made = create_backup(copy.path, "bench", key=copy.key)
    yield "backup_100k_s", round(time.perf_counter() - started, 2), "s"
    made.path.unlink(missing_ok=True)
    made.path.with_name(made.path.name + ".json").unlink(missing_ok=True)

    busiest = ctx.busiest_placement()
    rate, p95 = _run_writers(str(copy.path), busiest.placement_id, busiest.mentor_id, copy.key)
    yield "concurrent_saves_per_s_sqlite", round(rate, 1), "saves/s"
    yield "save_p95_ms_sqlite", round(p95, 1), "ms"
    yield from _postgresql_figures()


# -- one writer ---------------------------------------------------------------------------


def _worker(target: str, placement: str, mentor: str, saves: str) -> None:
    from mentorlog.models import Role, Shift
    from mentorlog.services.access import Actor
    from mentorlog.services.entries import placement_framework
    from mentorlog.services.observations import ObservationInput, RatingInput, publish
    from mentorlog.storage.database import open_database

    key = os.environ.get("MENTORLOG_BENCH_KEY")
    db = open_database(target, key=bytes.fromhex(key) if key else None)
    actor = Actor(uuid.UUID(mentor), "bench mentor", frozenset({Role.MENTOR}))
    pid = uuid.UUID(placement)
    with db.session() as s:
        from mentorlog.models import Placement

        framework = placement_framework(s, actor, pid)
        found = s.get(Placement, pid)
        assert found is not None
        day = max(found.starts_on, min(found.ends_on, date.today()) - timedelta(days=1))
    ratings = tuple(RatingInput(c.id, 3) for c in framework.competencies[:5])
    print("READY", flush=True)
    sys.stdin.readline()
    latencies = []
    started = time.time()
    for n in range(int(saves)):
        data = ObservationInput(
            observed_on=day,
            shift=Shift.EARLY,
            narrative=f"Bench shift {n}: Jüri greeted each prisoner by name at unlock.",
            duration_minutes=480,
            ratings=ratings,
        )
        t0 = time.perf_counter()
        db.attempt(lambda s, d=data: publish(s, actor, pid, d))
        latencies.append(time.perf_counter() - t0)
    finished = time.time()
    db.close()
    print(json.dumps({"latencies": latencies, "started": started, "finished": finished}))


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--worker":
        _worker(*sys.argv[2:6])
    else:
        print(__doc__)
