"""Kill a writing mentorlog process with SIGKILL at random moments, 50 times: every save it
confirmed must be there afterwards, and the integrity check must pass."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.records import small_site

KILLS = 50
ROOT = Path(__file__).resolve().parents[2]


def test_confirmed_saves_survive_sigkill(db) -> None:  # type: ignore[no-untyped-def]
    site = small_site(db)
    path = db.path
    db.close()
    rng = random.Random(1126)
    confirmed: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for round_no in range(KILLS):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.crash.writer",
                str(path),
                str(site.current_placement_id),
                str(site.mentor_id),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert proc.stdout is not None
        wanted = rng.randint(1, 6)
        got = 0
        for line in proc.stdout:
            if line.startswith("CONFIRMED "):
                confirmed.append(line.split()[1])
                got += 1
                if got == wanted:
                    break
        os.kill(proc.pid, signal.SIGKILL)  # mid-way through the next save
        proc.wait()
        assert got == wanted, f"round {round_no}: writer stopped early: {proc.stderr.read()}"
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            present = {
                row[0]
                for row in conn.execute(
                    "SELECT id FROM observation WHERE narrative LIKE 'Crash-test%'"
                )
            }
        missing = [c for c in confirmed if c.replace("-", "") not in present]
        assert not missing, f"round {round_no}: confirmed saves lost: {missing}"
    assert len(confirmed) >= KILLS
