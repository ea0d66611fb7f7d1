"""PostgreSQL restarted under a writer, on a throwaway cluster of the test's own (the
shared server is never stopped): the writer is told the server is not answering, tries
again, and carries on once it is back, losing nothing it confirmed; the command line says
so in one line; and nothing anyone sees holds SQL, parameters or record text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mentorlog.models import Competency, Observation
from mentorlog.services.startup import prepare_database
from mentorlog.storage.faults import SERVER_GONE_RETRYING
from tests.pg_cluster import Cluster, throwaway_cluster
from tests.records import small_site

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    with throwaway_cluster() as running:
        yield running


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "MENTORLOG_DATA_DIR": str(tmp_path / "data")}


def _wait_for(proc: subprocess.Popen[str], prefix: str, count: int, seen: list[str]) -> None:
    assert proc.stdout is not None
    got = 0
    for line in proc.stdout:
        seen.append(line.rstrip("\n"))
        if line.startswith(prefix):
            got += 1
            if got == count:
                return
    raise AssertionError(f"the writer stopped early: {seen[-5:]}")


def test_a_restart_under_a_writer_loses_nothing_and_shows_no_traceback(
    cluster: Cluster, tmp_path: Path
) -> None:
    db = prepare_database(cluster.url)
    site = small_site(db)
    with db.session() as s:
        competency = s.scalars(select(Competency.id).order_by(Competency.key)).first()
    db.close()
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.crash.steady_writer",
            cluster.url,
            str(site.current_placement_id),
            str(site.mentor_id),
            str(competency),
            str(stop),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(tmp_path),
    )
    lines: list[str] = []
    try:
        _wait_for(writer, "CONFIRMED", 5, lines)
        cluster.stop("fast")  # every connection is cut (AdminShutdown)
        _wait_for(writer, "NOTICE", 1, lines)
        down = subprocess.run(
            [sys.executable, "-m", "mentorlog", "--db", cluster.url, "list", "students"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=_env(tmp_path),
            timeout=60,
        )
        cluster.start()
        _wait_for(writer, "CONFIRMED", 5, lines)
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=120)
    lines += out.splitlines()
    assert writer.returncode == 0, err
    assert "Traceback" not in err and "INSERT" not in err and "Steady shift" not in err, err
    notices = {line.removeprefix("NOTICE ") for line in lines if line.startswith("NOTICE ")}
    assert notices == {SERVER_GONE_RETRYING}
    summary = json.loads(lines[-1])
    # A save cut off during its COMMIT cannot be confirmed either way: it is said so.
    assert all("cannot tell whether" in e for e in summary["errors"]), summary
    confirmed = {line.split()[1] for line in lines if line.startswith("CONFIRMED ")}
    assert down.returncode == 1
    assert down.stderr.count("\n") == 1 and "is not answering" in down.stderr, down.stderr
    assert "Traceback" not in down.stderr and "psycopg" not in down.stderr
    db = prepare_database(cluster.url)
    try:
        with db.session() as s:
            present = {str(i) for i in s.scalars(select(Observation.id))}
    finally:
        db.close()
    assert confirmed <= present and len(confirmed) >= 10


def test_demo_cut_off_by_the_server_says_so_in_one_line(cluster: Cluster, tmp_path: Path) -> None:
    demo = subprocess.Popen(
        [sys.executable, "-m", "mentorlog", "--db", cluster.url, "demo", "--observations", "20000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(tmp_path),
    )
    assert demo.stderr is not None
    assert demo.stderr.readline()  # its first progress line: it is writing now
    cluster.stop("immediate")
    _out, err = demo.communicate(timeout=120)
    cluster.start()
    last = err.strip().splitlines()[-1]
    assert demo.returncode == 1
    assert last.startswith("mentorlog: ") and "not answering" in last, err[-2000:]
    assert "Traceback" not in err and "INSERT" not in err and "[parameters" not in err
