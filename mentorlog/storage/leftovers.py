"""What an interrupted backup, restore or conversion leaves behind, tidied at the next start.

A backup is written as ``<name>.partial`` and gets its final name (and its sidecar) only
once it has been verified; a restore over a damaged file is staged as
``<database>.restoring`` first; a conversion to encryption as ``<database>.encrypting``.
While a process writes one of these it holds an exclusive lock on it (``working_on``), so
the next start removes only what nobody is still writing: a copy being made by another
mentorlog on this computer is left alone.

A staged restore whose database is gone (killed after the damaged file was moved aside,
before the staged copy took its place) is finished instead: the copy was complete and
synced before anything was moved.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

# write_atomically's temporary files carry no lock: they are removed once this old.
STALE_TEMP_S = 3600


@contextlib.contextmanager
def working_on(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if need be) while it is written."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd, blocking=True)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _lock(fd: int, *, blocking: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # not on Linux or macOS: fall back to the files' age
        return True
    flags = fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB)
    try:
        fcntl.flock(fd, flags)
    except BlockingIOError:
        return False
    return True


def _abandoned(path: Path) -> bool:
    """Nobody holds ``path``'s lock (it was left by a process that is gone)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return _lock(fd, blocking=False)
    finally:
        os.close(fd)


def staging_path(db_path: Path, what: str) -> Path:
    return db_path.with_name(f"{db_path.name}.{what}")


def tidy_leftovers(db_path: Path, now: float | None = None) -> list[str]:
    """Remove (or finish) what interrupted work left beside ``db_path``; say what, in
    the log, and return it."""
    done: list[str] = []
    try:
        done += _finish_or_drop_restore(db_path)
        done += _drop(staging_path(db_path, "encrypting"))
        backups = db_path.parent / "backups"
        if backups.is_dir():
            for partial in sorted(backups.glob("*.partial")):
                done += _drop(partial)
            for side in sorted(backups.glob("*.db.json")):
                if not side.with_name(side.name.removesuffix(".json")).exists():
                    side.unlink(missing_ok=True)
                    done.append(f"removed the note of a backup that was never finished: {side}")
            for copy in sorted(backups.glob("*.db")):
                if not copy.with_name(copy.name + ".json").exists():
                    log.warning("backup %s was never verified (no note beside it)", copy)
        done += _drop_stale_temp(db_path.parent, now)
        if backups.is_dir():
            done += _drop_stale_temp(backups, now)
    except OSError as exc:  # a read-only folder, a permission: tidying must not stop a start
        log.warning("could not tidy what interrupted work left beside %s: %s", db_path, exc)
    for line in done:
        log.warning(line)
    return done


def _drop(path: Path) -> list[str]:
    if not path.exists() or not _abandoned(path):
        return []
    path.unlink(missing_ok=True)
    return [f"removed {path}, left by an interrupted backup, restore or conversion"]


def _finish_or_drop_restore(db_path: Path) -> list[str]:
    staged = staging_path(db_path, "restoring")
    if not staged.exists() or not _abandoned(staged):
        return []
    if db_path.exists():
        staged.unlink()
        return [f"removed {staged}, left by an interrupted restore; the database is as it was"]
    os.replace(staged, db_path)
    return [f"finished an interrupted restore: {db_path} is now the restored backup"]


def _drop_stale_temp(folder: Path, now: float | None) -> list[str]:
    now = time.time() if now is None else now
    removed = []
    for temp in folder.glob(".*.part"):
        with contextlib.suppress(OSError):
            if now - temp.stat().st_mtime > STALE_TEMP_S:
                temp.unlink()
                removed.append(f"removed {temp}, a file that was never finished")
    return removed
