"""Backups through SQLite's backup API: verified, listed, thinned, restorable."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentorlog.cli import main
from mentorlog.storage.backup import (
    BackupError,
    BackupInfo,
    backups_to_thin,
    create_backup,
    list_backups,
    restore_backup,
)
from mentorlog.storage.backup_schedule import BackupSchedule


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backup_is_verified_and_listed(db_path: Path) -> None:
    info = create_backup(db_path, "manual")
    assert info.verified and info.integrity == "ok"
    assert info.revision is not None
    assert _count(info.path, "competency") == _count(db_path, "competency")
    listed = list_backups(db_path)
    assert [b.path for b in listed] == [info.path]
    assert listed[0].verified


def test_backup_taken_while_another_connection_writes(db_path: Path) -> None:
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("BEGIN")
    writer.execute("UPDATE competency SET name = name || ' (changed)'")
    info = create_backup(db_path, "manual")  # sees the last committed state
    writer.rollback()
    writer.close()
    with sqlite3.connect(info.path) as conn:
        changed = conn.execute(
            "SELECT count(*) FROM competency WHERE name LIKE '%(changed)'"
        ).fetchone()[0]
    assert changed == 0


def test_restore_backs_up_current_first_and_brings_old_content_back(db_path: Path) -> None:
    before = create_backup(db_path, "manual")
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM competency_anchor")
    assert _count(db_path, "competency_anchor") == 0
    safety = restore_backup(db_path, before.path)
    assert _count(db_path, "competency_anchor") > 0
    assert safety.reason == "before-restore"
    assert _count(safety.path, "competency_anchor") == 0  # what was there is kept


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db_path: Path) -> None:
    info = create_backup(db_path, "manual")
    data = bytearray(info.path.read_bytes())
    data[4096 : 4096 + 2048] = b"\xff" * 2048
    info.path.write_bytes(bytes(data))
    anchors = _count(db_path, "competency_anchor")
    with pytest.raises(BackupError):
        restore_backup(db_path, info.path)
    assert _count(db_path, "competency_anchor") == anchors


def _info(name: str, created: datetime, verified: bool = True) -> BackupInfo:
    return BackupInfo(Path(name), created, "auto", "0001", verified, "ok", 1)


def test_thinning_keeps_recent_then_daily_weekly_monthly() -> None:
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    backups = [_info(f"h{i}", now - timedelta(hours=i)) for i in range(0, 20, 2)]
    backups += [_info(f"d{i}a", now - timedelta(days=i, hours=1)) for i in range(2, 10)]
    backups += [_info(f"d{i}b", now - timedelta(days=i, hours=3)) for i in range(2, 10)]
    backups += [_info(f"old{i}", now - timedelta(days=400 + i)) for i in range(3)]
    gone = {b.path.name for b in backups_to_thin(backups, now)}
    assert not any(name.startswith("h") for name in gone)  # the last day is kept whole
    assert {f"d{i}b" for i in range(2, 10)} <= gone  # one per day beyond that
    assert not {f"d{i}a" for i in range(2, 10)} & gone
    assert {f"old{i}" for i in range(3)} <= gone


def test_thinning_never_drops_the_newest_verified_backup() -> None:
    now = datetime(2026, 11, 26, tzinfo=UTC)
    backups = [_info("only", now - timedelta(days=500)), _info("bad", now, verified=False)]
    assert [b.path.name for b in backups_to_thin(backups, now)] == []


def test_schedule_due_only_after_changes_and_interval(db_path: Path) -> None:
    schedule = BackupSchedule(db_path)
    t0 = datetime(2026, 11, 26, 9, tzinfo=UTC)
    assert not schedule.due(t0)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE competency SET name = name || '.' WHERE key = 'COM-1'")
    assert schedule.due(t0)
    schedule.mark_done(t0)
    assert not schedule.due(t0 + timedelta(minutes=45))
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE competency SET name = name || '.' WHERE key = 'COM-1'")
    assert not schedule.due(t0 + timedelta(minutes=10))
    assert schedule.due(t0 + timedelta(minutes=10), at_exit=True)
    assert schedule.due(t0 + timedelta(minutes=31))


def test_cli_backup_list_restore(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorlog.models import Role
    from mentorlog.storage.database import open_database
    from tests.factories import Factory

    db = open_database(db_path)
    with db.transaction() as session:
        Factory(session).person(
            "Ada", "Admin", Role.ADMINISTRATOR, username="ada", password="pw-ada-1"
        )
    db.close()
    monkeypatch.setenv("MENTORLOG_PASSWORD", "pw-ada-1")
    user = ["--db", str(db_path), "--user", "ada"]
    out = db_path.parent / "copy.db"
    assert main([*user, "backup", "--out", str(out)]) == 0
    assert out.exists() and out.with_name("copy.db.json").exists()
    assert main([*user, "backup", "--out", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main([*user, "backups"]) == 0
    assert main([*user, "restore", str(out)]) == 0
    assert "kept in" in capsys.readouterr().out
    assert main([*user, "restore", str(db_path.parent / "nope.db")]) == 1
    assert "no backup file" in capsys.readouterr().err
