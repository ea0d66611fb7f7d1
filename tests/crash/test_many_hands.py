"""Three workstations writing into one database at once, on an encrypted SQLite file and on
PostgreSQL: every confirmed save is there, no one-shot fact (a signature, an answer) is
recorded twice or audited twice, every save from a stale copy is refused and none is
lost, and nobody sees a traceback.

Bounded: three processes of ROUNDS operations of each kind (publish, sign, acknowledge,
edit the shared draft), each as the app's worker makes them (Database.attempt).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from mentorlog.models import Competency, EntryStatus, Observation, Shift, SignOff, Visibility
from mentorlog.services.opening import create_site
from mentorlog.services.startup import prepare_database
from mentorlog.storage.database import Database
from tests.records import small_site

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 3
ROUNDS = 50


def _setup(db: Database, tmp_path: Path) -> Path:
    site = small_site(db)
    with db.transaction() as s:
        shared = []
        for i in range(ROUNDS):
            obs = Observation(
                placement_id=site.current_placement_id,
                author_id=site.mentor_id,
                observed_on=date(2026, 2, 1 + i % 28),
                shift=Shift.EARLY,
                narrative=f"Shared shift {i}: a calm unlock.",
                visibility=Visibility.SHARED,
                status=EntryStatus.PUBLISHED,
            )
            s.add(obs)
            shared.append(obs)
        draft = Observation(
            placement_id=site.current_placement_id,
            author_id=site.mentor_id,
            observed_on=date(2026, 4, 1),
            shift=Shift.NIGHT,
            narrative="The shared draft.",
            visibility=Visibility.SHARED,
            status=EntryStatus.DRAFT,
        )
        s.add(draft)
        s.flush()
        ids = {
            "mentor_id": str(site.mentor_id),
            "student_id": str(site.current_student_id),
            "placement_id": str(site.current_placement_id),
            "draft_id": str(draft.id),
            "shared": [str(o.id) for o in shared],
            "competency_id": str(s.scalars(select(Competency.id).order_by(Competency.key)).first()),
        }
    path = tmp_path / "setup.json"
    path.write_text(json.dumps(ids), encoding="utf-8")
    return path


def _run_workers(target: str, setup: Path, env: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.crash.many_hands",
                target,
                str(setup),
                str(n),
                str(ROUNDS),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        for n in range(WORKERS)
    ]
    for proc in procs:  # all open, then all go at once
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "INSERT" not in err and "UPDATE" not in err, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports


def _check(db: Database, setup: Path, reports: list[dict]) -> None:  # type: ignore[type-arg]
    ids = json.loads(setup.read_text(encoding="utf-8"))
    for report in reports:
        assert report["errors"] == []
    published = [oid for r in reports for oid in r["published"]]
    assert len(published) == WORKERS * ROUNDS
    assert sum(r["signed"] for r in reports) == ROUNDS  # one signature each, no more
    assert sum(r["signed"] + r["already_signed"] for r in reports) == WORKERS * ROUNDS
    assert sum(r["acknowledged"] for r in reports) == ROUNDS
    assert sum(r["acknowledged"] + r["already_acknowledged"] for r in reports) == WORKERS * ROUNDS
    edits = [e for r in reports for e in r["edits"]]
    assert len(edits) + sum(r["stale"] for r in reports) == WORKERS * ROUNDS
    with db.session() as s:
        present = {str(i) for i in s.scalars(select(Observation.id))}
        assert set(published) <= present  # 0 lost
        doubled = s.execute(
            select(SignOff.record_id, SignOff.kind, func.count())
            .group_by(SignOff.record_id, SignOff.record_version, SignOff.kind, SignOff.role)
            .having(func.count() > 1)
        ).all()
        assert doubled == []  # 0 duplicate one-shot facts
        events = dict(
            s.execute(
                text(
                    "SELECT action, count(*) FROM audit_event WHERE action IN "
                    "('observation.sign', 'observation.acknowledge') GROUP BY action"
                )
            ).all()
        )
        assert events == {"observation.sign": ROUNDS, "observation.acknowledge": ROUNDS}
        final = s.execute(
            select(Observation.narrative, Observation.row_version).where(
                Observation.id == uuid.UUID(ids["draft_id"])
            )
        ).one()
    print(  # the counts, with pytest -s
        f"{db.engine.dialect.name}: {len(published)} published, "
        f"{ROUNDS} signed once ({sum(r['already_signed'] for r in reports)} refused as "
        f"already signed), {ROUNDS} acknowledged once "
        f"({sum(r['already_acknowledged'] for r in reports)} refused), {len(edits)} draft "
        f"edits saved, {sum(r['stale'] for r in reports)} stale ones refused"
    )
    # Every save that was accepted built on the one before it: none was lost.
    versions = sorted(v for v, _line in edits)
    assert versions == list(range(2, 2 + len(edits)))
    assert final.row_version == 1 + len(edits)
    assert set(final.narrative.splitlines()[1:]) == {line for _v, line in edits}


def test_three_workstations_on_an_encrypted_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "site.db"
    opened = create_site(path, "Åse", "Berg", "ase", "a long password")
    db = opened.db
    setup = _setup(db, tmp_path)
    key = db.key
    assert key is not None
    db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTORLOG_TEST_KEY": key.hex()}
    reports = _run_workers(str(path), setup, env)
    db = prepare_database(path, keyring=opened.db.keyring)
    try:
        _check(db, setup, reports)
    finally:
        db.close()


@pytest.mark.postgres
def test_three_workstations_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    db = prepare_database(pg_url)
    setup = _setup(db, tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("MENTORLOG_TEST_KEY", None)
    try:
        reports = _run_workers(pg_url, setup, env)
        _check(db, setup, reports)
    finally:
        db.close()
