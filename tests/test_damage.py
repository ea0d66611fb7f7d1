"""A damaged database is recognised, never written to, and a verified backup offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from mentorlog.cli import main
from mentorlog.storage.backup import create_backup
from mentorlog.storage.damage import DamagedDatabaseError
from mentorlog.storage.database import open_database
from mentorlog.storage.engine import checkpoint


def _overwrite(path: Path, offset: int, length: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = bytes((i * 37 + 11) % 256 for i in range(length))
    path.write_bytes(bytes(data))


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file so damage to the file is what is read."""
    db = open_database(path)
    checkpoint(db.engine)
    db.close()


def test_damaged_header_is_reported_with_the_newest_verified_backup(db_path: Path) -> None:
    backup = create_backup(db_path, "auto")
    _settle(db_path)
    _overwrite(db_path, 0, 100)
    damaged = db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as excinfo:
        open_database(db_path)
    assert excinfo.value.backup is not None and excinfo.value.backup.path == backup.path
    message = str(excinfo.value)
    assert "has not written anything" in message and "mentorlog restore" in message
    assert db_path.read_bytes() == damaged


def test_damaged_database_without_backup_says_so(db_path: Path) -> None:
    _settle(db_path)
    _overwrite(db_path, 0, 100)
    with pytest.raises(DamagedDatabaseError, match="no verified backup"):
        open_database(db_path)


def test_damage_found_later_makes_the_database_read_only(db_path: Path) -> None:
    db = open_database(db_path)
    error = db.damage_found("pages out of order")
    assert db.read_only and "pages out of order" in str(error)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM competency")).scalar() == 30
    with pytest.raises(Exception, match="readonly"), db.transaction() as session:
        session.execute(text("DELETE FROM competency_anchor"))
    db.close()


def test_check_command_reports_damage(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _settle(db_path)
    _overwrite(db_path, 0, 100)
    assert main(["--db", str(db_path), "check"]) == 1
    assert "damaged" in capsys.readouterr().err


def test_restore_over_a_damaged_file_keeps_the_damaged_one_aside(db_path: Path) -> None:
    from mentorlog.storage.damage import restore_over_damaged

    backup = create_backup(db_path, "auto")
    _settle(db_path)
    _overwrite(db_path, 0, 100)
    damaged = db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as excinfo:
        open_database(db_path)
    assert excinfo.value.backup == backup
    aside = restore_over_damaged(db_path, excinfo.value.backup)
    assert (aside / db_path.name).read_bytes() == damaged
    db = open_database(db_path)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM competency")).scalar() == 30
    db.close()


def test_a_damaged_header_with_plain_backups_is_not_taken_for_a_missing_key(db_path: Path) -> None:
    create_backup(db_path, "auto")
    _settle(db_path)
    _overwrite(db_path, 0, 100)
    with pytest.raises(DamagedDatabaseError) as excinfo:
        open_database(db_path)
    assert not excinfo.value.key_may_be_missing  # so the restore is offered
    assert ".keys" not in str(excinfo.value)
