"""Several programs on one SQLite file: a write transaction takes the write lock when it
begins and waits for it; a command that cannot get it in time says so in one line; long
reads (reports) hold no write lock, so others sign in and save meanwhile."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mentorlog.cli import main
from mentorlog.models import Cohort, Role
from mentorlog.services import audit
from mentorlog.services.access import SYSTEM
from mentorlog.services.report_export import ExportOptions, export_cohort
from mentorlog.storage.database import open_database
from mentorlog.storage.faults import BUSY
from tests.factories import Factory


@pytest.fixture
def site(db_path: Path) -> Path:
    db = open_database(db_path)
    with db.transaction() as s:
        f = Factory(s)
        f.person("Liis", "Tamm", Role.COORDINATOR, username="liis", password="liis-pw-1")
    db.close()
    return db_path


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE competency SET name = name WHERE key = 'COM-1'")
    return other


def test_a_command_waits_for_the_write_lock_instead_of_failing(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MENTORLOG_PASSWORD", "liis-pw-1")
    other = _hold_write_lock(site)  # another mentorlog, in the middle of a save
    release = threading.Timer(0.7, other.commit)
    release.start()
    try:
        # Its sign-in writes an audit event: it waits for the lock, then goes on.
        assert main(["--db", str(site), "--user", "liis", "audit", "verify"]) == 0
    finally:
        release.cancel()
        other.close()
    assert "audit trail and signed records intact" in capsys.readouterr().out


def test_a_command_that_cannot_get_the_lock_says_so_in_one_line(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MENTORLOG_PASSWORD", "liis-pw-1")
    monkeypatch.setenv("MENTORLOG_BUSY_TIMEOUT_MS", "300")
    other = _hold_write_lock(site)
    try:
        assert main(["--db", str(site), "--user", "liis", "list", "students"]) == 1
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert err == f"mentorlog: {BUSY}\n"


def test_a_long_report_holds_no_write_lock(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.records import small_site

    monkeypatch.setenv("MENTORLOG_BUSY_TIMEOUT_MS", "300")
    db = open_database(db_path)
    small_site(db)
    with db.session() as s:
        cohort = s.scalar(select(Cohort.id))
    writer = open_database(db_path)  # another workstation
    saved: list[int] = []

    def someone_saves(done: int, total: int, what: str) -> None:
        # While the report is being made, someone else's save goes straight through.
        with writer.transaction() as s:
            audit.record(s, SYSTEM, "test.save_meanwhile")
        saved.append(done)

    (tmp_path / "out").mkdir()
    with db.session() as session:  # as the report command and the export dialog run it
        result = export_cohort(
            session, SYSTEM, cohort, tmp_path / "out", ExportOptions(), someone_saves
        )
    assert result.files and saved
    with db.session() as s:
        events = s.scalar(text("SELECT count(*) FROM audit_event WHERE action = 'report.export'"))
    assert events == len(result.files)  # each in a short transaction of its own
    writer.close()
    db.close()
