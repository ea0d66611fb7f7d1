"""``kill -9`` of ``demo``, ``backup`` and ``restore`` at random moments: what is left is
always either complete or nothing, and the next start tidies what the killed one left.

- demo: the file is then a complete demo site, or one that is set up afresh (no key slot
  anyone could open it with), never an encrypted file with nobody in it that ``demo`` and
  ``demo --if-empty`` refuse.
- backup: no file under a backup's final name unless it was verified (its note says so);
  the ``.partial`` copy is removed at the next start.
- restore: the database is the old content or the restored one, sound either way.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mentorlog.storage.backup import inspect_file, list_backups
from mentorlog.storage.keys import KeyFile
from mentorlog.storage.locate import DatabaseKind, kind_of_file
from mentorlog.storage.sqlite_files import connect, keyfile_path

ROOT = Path(__file__).resolve().parents[2]
OBSERVATIONS = "4000"


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MENTORLOG_DATA_DIR": str(tmp_path / "data"),
        "MENTORLOG_PASSWORD": "demo",
    }


def _mentorlog(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentorlog", *args],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        cwd=ROOT,
        timeout=300,
    )


def _kill_after(tmp_path: Path, seconds: float, *args: str) -> str:
    proc = subprocess.Popen(
        [sys.executable, "-m", "mentorlog", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
        cwd=ROOT,
    )
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
    _out, err = proc.communicate()
    assert "Traceback" not in err, err
    return "killed" if proc.returncode == -signal.SIGKILL else f"finished ({proc.returncode})"


def _observations(path: Path) -> int:
    key = KeyFile.load(keyfile_path(path)).unlock("admin", "demo")
    conn = connect(path, key, read_only=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(conn.execute("SELECT count(*) FROM observation").fetchone()[0])
    finally:
        conn.close()


def test_a_killed_demo_leaves_a_complete_site_or_one_to_set_up_afresh(tmp_path: Path) -> None:
    full = int(OBSERVATIONS)  # the demo makes exactly as many as asked for
    rng = random.Random(412)
    outcomes = []
    path = tmp_path / "killed.db"
    for _round in range(3):
        outcomes.append(
            _kill_after(
                tmp_path,
                rng.uniform(0.4, 2.5),
                "--db",
                str(path),
                "demo",
                "--observations",
                OBSERVATIONS,
            )
        )
        kind = kind_of_file(path)
        assert kind in (DatabaseKind.NEW, DatabaseKind.ENCRYPTED)
        if kind == DatabaseKind.ENCRYPTED:
            assert _observations(path) == full  # complete, never half
            break
    again = _mentorlog(
        tmp_path, "--db", str(path), "demo", "--if-empty", "--observations", OBSERVATIONS
    )
    assert again.returncode == 0, again.stderr
    assert _observations(path) == full
    assert "killed" in outcomes


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kill-site")
    path = folder / "site.db"
    done = _mentorlog(folder, "--db", str(path), "demo", "--observations", OBSERVATIONS)
    assert done.returncode == 0, done.stderr
    return path


def _site(source: Path, tmp_path: Path) -> Path:
    path = tmp_path / "site.db"
    shutil.copyfile(source, path)
    shutil.copyfile(keyfile_path(source), keyfile_path(path))
    return path


def _verified_or_absent(path: Path) -> None:
    key = KeyFile.load(keyfile_path(path)).unlock("admin", "demo")
    for b in list_backups(path):
        assert b.verified, b  # a final name only for a verified copy, with its note
        assert inspect_file(b.path, key)[1] == "ok"


def test_a_killed_backup_never_leaves_an_unverified_copy_under_a_real_name(
    demo_site: Path, tmp_path: Path
) -> None:
    path = _site(demo_site, tmp_path)
    rng = random.Random(77)
    killed = 0
    for _round in range(5):
        outcome = _kill_after(
            tmp_path, rng.uniform(0.5, 2.0), "--db", str(path), "--user", "admin", "backup"
        )
        killed += outcome == "killed"
        _verified_or_absent(path)
    listed = _mentorlog(tmp_path, "--db", str(path), "--user", "admin", "backups")
    assert listed.returncode in (0,), listed.stderr
    assert not list((tmp_path / "backups").glob("*.partial"))  # tidied at that start
    assert not [s for s in (tmp_path / "backups").glob("*.json") if not s.with_suffix("").exists()]
    assert killed, "no backup was caught in the act"


def _name_of_com1(path: Path, new: str | None = None) -> str:
    key = KeyFile.load(keyfile_path(path)).unlock("admin", "demo")
    conn = connect(path, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        if new is not None:
            conn.execute("UPDATE competency SET name = ? WHERE key = 'COM-1'", (new,))
            conn.commit()
        return str(conn.execute("SELECT name FROM competency WHERE key = 'COM-1'").fetchone()[0])
    finally:
        conn.close()


def test_a_killed_restore_leaves_the_old_content_or_the_restored_one(
    demo_site: Path, tmp_path: Path
) -> None:
    path = _site(demo_site, tmp_path)
    made = _mentorlog(tmp_path, "--db", str(path), "--user", "admin", "backup")
    assert made.returncode == 0, made.stderr
    [backup] = list_backups(path)
    restored_name = _name_of_com1(path)
    rng = random.Random(5)
    outcomes = []
    for _round in range(5):
        current = _name_of_com1(path, "Kommunikasjon (endret)")  # differs from the backup
        outcomes.append(
            _kill_after(
                tmp_path,
                rng.uniform(0.5, 2.2),
                "--db",
                str(path),
                "--user",
                "admin",
                "restore",
                str(backup.path),
            )
        )
        assert _name_of_com1(path) in (current, restored_name)  # one or the other, sound
        _verified_or_absent(path)
    listed = _mentorlog(tmp_path, "--db", str(path), "--user", "admin", "backups")
    assert listed.returncode == 0, listed.stderr
    assert not list((tmp_path / "backups").glob("*.partial"))
    assert "killed" in outcomes
