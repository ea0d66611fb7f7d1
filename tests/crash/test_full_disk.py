"""A full disk during a save: a clear message, and nothing saved before is lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.records import small_site

ROOT = Path(__file__).resolve().parents[2]


def test_full_disk_gives_a_clear_message_and_loses_nothing(db) -> None:  # type: ignore[no-untyped-def]
    site = small_site(db)
    path = db.path
    db.close()
    limit = path.stat().st_size + 400_000
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.crash.full_disk_writer",
            str(path),
            str(site.current_placement_id),
            str(site.mentor_id),
            str(limit),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["saved"], "some saves should fit before the disk fills"
    assert report["message"] == "The disk is full: nothing was lost; free space and save again."
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        present = {r[0] for r in conn.execute("SELECT id FROM observation")}
    assert {s.replace("-", "") for s in report["saved"]} <= present
