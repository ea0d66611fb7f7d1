"""The command line's output when its reader goes away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_output_cut_short_by_its_reader_ends_quietly(tmp_path: Path) -> None:
    db = tmp_path / "site.db"
    env = {**os.environ, "MENTORLOG_DATA_DIR": str(tmp_path / "data")}
    made = subprocess.run(
        [sys.executable, "-m", "mentorlog", "--db", str(db), "demo", "--students", "12"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    env["MENTORLOG_PASSWORD"] = "demo"
    command = [sys.executable, "-m", "mentorlog", "--db", str(db), "--user", "coordinator"]
    listing = subprocess.Popen(
        [*command, "list", "students"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.close()  # the reader is gone before the first line is written
    err = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err
