"""Copies of the SQLite file made with SQLite's online backup API (never a file copy).

Each backup ``<name>.db`` has a sidecar ``<name>.db.json`` saying when and why it was made,
its schema revision, whether it was verified (opened and integrity-checked) after writing,
and the head of its audit trail (the newest event's number and hash, also noted in this
workstation's witness file, storage/witness.py). Backups are kept and thinned: every one
of the last day, then the newest of each day for two weeks, of each week for two months,
of each month for a year.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypedDict

from mentorlog.i18n import msg
from mentorlog.storage.atomic import write_atomically
from mentorlog.storage.errors import StorageError
from mentorlog.storage.faults import damage_detail
from mentorlog.storage.leftovers import working_on
from mentorlog.storage.sqlite_files import connect, database_errors


class BackupError(StorageError):
    """A backup could not be made, verified or restored; the message says why."""


class TrailHead(TypedDict):
    """The head of a backup's audit trail: its newest event's number and hash, and how
    many events it holds."""

    seq: int
    hash: str
    events: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    revision: str | None
    verified: bool
    integrity: str  # "ok", or the first problem SQLite found
    size_bytes: int
    audit_head: TrailHead | None = None

    def sidecar(self) -> dict[str, object]:
        data = asdict(self)
        data["path"] = self.path.name
        data["created_at"] = self.created_at.isoformat()
        return data


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _backup_between(source_path: Path, target_path: Path, then: str, key: bytes | None) -> None:
    """Copy every page of ``source_path`` into ``target_path`` with the backup API, then
    run ``then`` on the target (to settle its journal). With ``key`` both are encrypted."""
    source = connect(source_path, key, read_only=True)
    try:
        target = connect(target_path, key)
        try:
            source.backup(target)
            target.execute(then)
        finally:
            target.close()
    finally:
        source.close()


def copy_with_backup_api(source_path: Path, dest: Path, key: bytes | None) -> None:
    """A consistent copy of ``source_path`` at ``dest`` even while others write (with
    ``key`` both encrypted), synced to disk. The caller names ``dest`` so that nothing
    takes it for a finished backup (see ``create_backup``)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        _backup_between(source_path, dest, "PRAGMA journal_mode=DELETE", key)
    except database_errors() as exc:
        raise BackupError(
            msg(
                "Could not copy {file}: {detail}. Nothing was changed.",
                file=source_path.name,
                detail=str(damage_detail(exc)),
            )
        ) from exc
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def inspect_file(path: Path, key: bytes | None = None) -> tuple[str | None, str]:
    """The schema revision and the integrity-check verdict of an SQLite file."""
    # What reading a damaged file can raise: the driver's errors, or text that is no UTF-8.
    damaged_read: tuple[type[Exception], ...] = (*database_errors(), UnicodeDecodeError)
    try:
        conn = connect(path, key, read_only=True)
    except database_errors() as exc:
        return None, f"cannot be opened: {damage_detail(exc)}"
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        verdict = "ok" if rows == [("ok",)] else str(rows[0][0])
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except database_errors():
            revision = None
        return (revision[0] if revision else None), verdict
    except damaged_read as exc:
        return None, f"damaged: {damage_detail(exc)}"
    finally:
        conn.close()


def audit_head_of(path: Path, key: bytes | None = None) -> TrailHead | None:
    """The head of the audit trail in an SQLite file: its newest event's number and hash,
    and how many events it holds; None when it has no trail (or cannot be read)."""
    try:
        conn = connect(path, key, read_only=True)
    except database_errors():
        return None
    try:
        row = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
        count = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    except database_errors():
        return None
    finally:
        conn.close()
    return TrailHead(seq=int(row[0]), hash=str(row[1]), events=int(count)) if row else None


def _sidecar_head(value: object) -> TrailHead | None:
    """The head a sidecar notes, or None if it notes none (or not one that reads as a
    head: nothing to check the trail against)."""
    if not isinstance(value, dict) or "seq" not in value or "hash" not in value:
        return None
    try:
        return TrailHead(
            seq=int(value["seq"]), hash=str(value["hash"]), events=int(value.get("events") or 0)
        )
    except (TypeError, ValueError):
        return None


def _witness(db_path: Path, head: TrailHead | None, why: str, restored: bool) -> None:
    if head is None:
        return
    from mentorlog.storage import witness

    # The backup stands if the witness cannot be written: it is a second line of defence.
    with contextlib.suppress(OSError):
        witness.note(str(db_path.resolve()), head["seq"], head["hash"], why, restored=restored)


def _write_sidecar(info: BackupInfo) -> None:
    side = info.path.with_name(info.path.name + ".json")
    write_atomically(side, json.dumps(info.sidecar(), indent=2).encode("utf-8"))


def backup_sqlite(
    db_path: Path, reason: str, dest: Path | None = None, key: bytes | None = None
) -> Path:
    """Back up and verify ``db_path``; return the backup's path (see ``create_backup``)."""
    return create_backup(db_path, reason, dest, key=key).path


def create_backup(
    db_path: Path,
    reason: str,
    dest: Path | None = None,
    now: datetime | None = None,
    key: bytes | None = None,
) -> BackupInfo:
    """Back up ``db_path`` to ``dest`` (default: a timestamped file in ``backups/``
    beside the database), verified by opening the copy and checking its integrity.

    The copy is written and checked as ``<dest>.partial``; only a verified copy gets its
    note (sidecar) and then its final name, so a crash never leaves an unchecked file
    that looks like a backup (storage/leftovers.py removes the partial one)."""
    if not db_path.exists():
        raise BackupError(msg("There is no database at {path} to back up.", path=str(db_path)))
    now = now or datetime.now(UTC)
    if dest is None:
        stamp = now.strftime("%Y%m%d-%H%M%S-%f")
        dest = backups_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.db"
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    try:
        with working_on(partial):
            copy_with_backup_api(db_path, partial, key)
            revision, verdict = inspect_file(partial, key)
            if verdict != "ok":
                raise BackupError(
                    msg(
                        "The backup {file} failed its check: {verdict}",
                        file=dest.name,
                        verdict=verdict,
                    )
                )
            head = audit_head_of(partial, key)
            info = BackupInfo(
                dest, now, reason, revision, True, verdict, partial.stat().st_size, head
            )
            _write_sidecar(info)
            partial.replace(dest)
            _fsync_dir(dest.parent)
    finally:
        partial.unlink(missing_ok=True)
    _witness(db_path, head, f"backup ({reason})", restored=False)
    return info


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first."""
    found = []
    for path in backups_dir(db_path).glob("*.db"):
        side = path.with_name(path.name + ".json")
        try:
            data = json.loads(side.read_text(encoding="utf-8"))
            info = BackupInfo(
                path,
                datetime.fromisoformat(data["created_at"]),
                str(data.get("reason", "")),
                data.get("revision"),
                bool(data.get("verified")),
                str(data.get("integrity", "")),
                path.stat().st_size,
                _sidecar_head(data.get("audit_head")),
            )
        except (OSError, ValueError, KeyError):
            stamp = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            info = BackupInfo(
                path, stamp, "unknown", None, False, "not checked", path.stat().st_size
            )
        found.append(info)
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def backups_to_thin(backups: Iterable[BackupInfo], now: datetime) -> list[BackupInfo]:
    """Which backups the retention policy lets go; the newest verified one always stays."""
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep: set[Path] = set()
    newest_verified = next((b for b in ordered if b.verified), None)
    if newest_verified:
        keep.add(newest_verified.path)
    buckets: set[tuple[str, object]] = set()
    for b in ordered:
        age = now - b.created_at
        if age <= timedelta(days=1):
            keep.add(b.path)
            continue
        if age <= timedelta(days=14):
            bucket: tuple[str, object] = ("day", b.created_at.date())
        elif age <= timedelta(days=61):
            bucket = ("week", tuple(b.created_at.isocalendar())[:2])
        elif age <= timedelta(days=366):
            bucket = ("month", (b.created_at.year, b.created_at.month))
        else:
            continue
        if bucket not in buckets and b.verified:
            buckets.add(bucket)
            keep.add(b.path)
    return [b for b in ordered if b.path not in keep]


def thin_backups(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the retention policy lets go; return what was removed."""
    removed = []
    for b in backups_to_thin(list_backups(db_path), now or datetime.now(UTC)):
        b.path.unlink(missing_ok=True)
        b.path.with_name(b.path.name + ".json").unlink(missing_ok=True)
        removed.append(b.path)
    return removed


def restore_backup(
    db_path: Path, backup_path: Path, now: datetime | None = None, key: bytes | None = None
) -> BackupInfo:
    """Replace the database's content with ``backup_path``'s, after checking the backup and
    backing up the current database first. Nothing else may have the database open.

    Returns the backup taken of the database as it was before the restore.
    """
    revision, verdict = inspect_file(backup_path, key)
    if verdict != "ok":
        raise BackupError(
            msg(
                "{file} cannot be restored: it failed its check ({verdict}).",
                file=backup_path.name,
                verdict=verdict,
            )
        )
    if revision is None:
        raise BackupError(msg("{file} is not a mentorlog database.", file=backup_path.name))
    safety = (
        create_backup(db_path, "before-restore", now=now, key=key) if db_path.exists() else None
    )
    try:
        _backup_between(backup_path, db_path, "PRAGMA wal_checkpoint(TRUNCATE)", key)
    except database_errors() as exc:
        raise BackupError(
            msg(
                "Restoring {file} failed ({detail}); the database was left as it was.",
                file=backup_path.name,
                detail=str(damage_detail(exc)),
            )
        ) from exc
    # The trail now ends at the backup's head: the witness says so, not that it was cut.
    _witness(db_path, audit_head_of(db_path, key), f"restore of {backup_path.name}", True)
    if safety is None:
        return BackupInfo(
            db_path,
            now or datetime.now(UTC),
            "restore",
            revision,
            True,
            "ok",
            db_path.stat().st_size,
        )
    return safety
