"""A database on read-only media (a write-protected stick, a CD, a read-only share) opens to
read: people sign in, list, make reports and exports; a save is refused in one line.

The medium is real where the test may make one: as root, the folder is bind-mounted
read-only in a mount namespace of the command's own (nothing on the machine changes); as
another user, the folder and its files are made read-only.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorlog.services.demo import build_demo
from mentorlog.services.opening import create_demo_database, stage_demo_slots
from mentorlog.storage.engine import checkpoint
from mentorlog.storage.sqlite_files import keyfile_path

ROOT = Path(__file__).resolve().parents[1]


def _can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs none /mnt && umount /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.fixture
def media(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """The demo site's folder seen read-only, and the command prefix that sees it so."""
    folder = Path(tempfile.mkdtemp(prefix="mentorlog-ro-"))
    site = folder / "site.db"
    db = create_demo_database(site)
    with db.transaction() as session:
        stage_demo_slots(session)
        build_demo(session, students=4, observations=40)
    checkpoint(db.engine)
    db.close()
    try:
        if _can_mount():
            view = Path(tempfile.mkdtemp(prefix="mentorlog-ro-view-"))
            script = f'mount --bind {folder} {view} && mount -o remount,bind,ro {view} && exec "$@"'
            yield view / "site.db", ["unshare", "-m", "sh", "-c", script, "--"]
            view.rmdir()
        elif os.geteuid() != 0:
            for path in (site, keyfile_path(site)):
                path.chmod(stat.S_IRUSR | stat.S_IRGRP)
            folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
            yield site, []
            folder.chmod(stat.S_IRWXU)
        else:
            pytest.skip("root without mount namespaces: no way to make read-only media")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _mentorlog(
    prefix: list[str], db: Path, tmp_path: Path, *args: str, user: str = "coordinator"
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MENTORLOG_DATA_DIR": str(tmp_path / "data"),
        "MENTORLOG_PASSWORD": "demo",
    }
    return subprocess.run(
        [*prefix, sys.executable, "-m", "mentorlog", "--db", str(db), "--user", user, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_read_only_media_open_to_read_and_export(
    media: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, prefix = media
    listed = _mentorlog(prefix, db, tmp_path, "list", "students")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) >= 4
    out = tmp_path / "reports"
    out.mkdir()
    cohort = listed.stdout.splitlines()[0].split("\t")[3]
    report = _mentorlog(prefix, db, tmp_path, "report", "cohort", cohort, "--out", str(out))
    assert report.returncode == 0, report.stderr
    assert list(out.glob("*.pdf"))
    student = listed.stdout.splitlines()[0].split("\t")[1]
    exported = _mentorlog(prefix, db, tmp_path, "export-person", student, "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    checked = _mentorlog(prefix, db, tmp_path, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    refused = _mentorlog(
        prefix, db, tmp_path, "settings", "set", "idle-lock-minutes", "10", user="admin"
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "mentorlog: This database can only be read just now (it is on read-only media, or "
        "it was found damaged), so this was not saved. Nothing saved before was lost."
    )
    for result in (listed, report, exported, checked, refused):
        assert "Traceback" not in result.stderr
