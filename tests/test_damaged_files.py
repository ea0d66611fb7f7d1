"""Damaged files, read by every command that reads: always the damaged-database message (with
the newest verified backup) or a sound answer, never a traceback, never driver text.

- 100 copies of an encrypted demo database with a few bits flipped, each read by one of
  the command line's read commands in turn (each command about eleven times), and 30
  plain copies read by ``list students``.
- 100 copies whose write-ahead log has a bit flipped: SQLite would replay the log up to
  the damage and drop every commit after it without a word; mentorlog says so instead and
  leaves the log as it is. Only a flip in the very last transaction goes unseen (a torn
  last write looks the same, and dropping it is SQLite's correct recovery).
"""

from __future__ import annotations

import random
import shutil
import struct
from pathlib import Path

import pytest

from mentorlog.cli import main
from mentorlog.services.demo import build_demo
from mentorlog.services.opening import create_demo_database, stage_demo_slots
from mentorlog.storage.backup import create_backup
from mentorlog.storage.engine import checkpoint
from mentorlog.storage.sqlite_files import connect, keyfile_path

COPIES = 100
READ_COMMANDS: list[list[str]] = [
    ["list", "students"],
    ["audit", "list"],
    ["audit", "verify"],
    ["check"],
    ["settings", "show"],
    ["backups"],
    ["report", "cohort", "{cohort}", "--out", "{out}"],
    ["export-person", "{student}", "--out", "{out}"],
    ["retention"],
]


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A small encrypted demo site, settled (no -wal), with one verified backup."""
    path = tmp_path_factory.mktemp("damaged") / "demo.db"
    db = create_demo_database(path)
    with db.transaction() as session:
        stage_demo_slots(session)
        build_demo(session, students=4, observations=40)
    checkpoint(db.engine)
    key = db.key
    db.close()
    assert key is not None
    create_backup(path, "auto", key=key)
    return path, key


def _names(path: Path, key: bytes) -> dict[str, str]:
    conn = connect(path, key, read_only=True)
    try:
        cohort = conn.execute("SELECT name FROM cohort ORDER BY name LIMIT 1").fetchone()[0]
        student = conn.execute(
            "SELECT p.given_name || ' ' || p.family_name FROM person p JOIN placement pl "
            "ON pl.student_id = p.id ORDER BY p.family_name LIMIT 1"
        ).fetchone()[0]
    finally:
        conn.close()
    return {"cohort": cohort, "student": student}


def _copy(source: Path, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    keys = keyfile_path(source)
    if keys.exists():
        shutil.copyfile(keys, keyfile_path(target))
    backups = source.parent / "backups"
    if backups.is_dir() and not (folder / "backups").exists():
        shutil.copytree(backups, folder / "backups")
    return target


def _flip(path: Path, rng: random.Random, start: int = 0, end: int | None = None) -> list[int]:
    data = bytearray(path.read_bytes())
    end = len(data) if end is None else end
    where = [rng.randrange(start, end) for _ in range(rng.randint(1, 3))]
    for pos in where:
        data[pos] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return where


def _run(copy: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(copy), "--user", "coordinator", *command])
    captured = capsys.readouterr()
    err = captured.err
    assert "Traceback" not in err and "SELECT" not in err and "[SQL" not in err, err
    said = [line for line in err.splitlines() if not line.startswith("[")]  # not progress
    assert len(said) <= 1 and all(line.startswith("mentorlog: ") for line in said), err
    return code, err


def test_flipped_bits_end_in_the_damage_message_for_every_read_command(
    demo_site: tuple[Path, bytes],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source, key = demo_site
    monkeypatch.setenv("MENTORLOG_PASSWORD", "demo")
    names = _names(source, key)
    rng = random.Random(20261212)
    damaged = 0
    for i in range(COPIES):
        copy = _copy(source, tmp_path / f"c{i}", "demo.db")
        _flip(copy, rng, start=4096)  # past the first page, which every open reads
        out = tmp_path / f"c{i}" / "out"
        out.mkdir()
        command = [part.format(out=out, **names) for part in READ_COMMANDS[i % len(READ_COMMANDS)]]
        code, err = _run(copy, command, capsys)
        assert code in (0, 1, 3), (command, err)
        if "is damaged" in err:
            damaged += 1
            assert "newest verified backup" in err and "mentorlog restore" in err
    assert damaged >= COPIES // 4  # the rest hit pages the command did not read


def test_flipped_bits_in_plain_copies_never_crash_list_students(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentorlog.storage.database import open_database
    from tests.records import small_site

    db = open_database(db_path)
    small_site(db)
    checkpoint(db.engine)
    db.close()
    rng = random.Random(7)
    for i in range(30):
        copy = _copy(db_path, tmp_path / f"p{i}", "plain.db")
        _flip(copy, rng)
        code = main(["--db", str(copy), "list", "students"])
        err = capsys.readouterr().err
        assert "Traceback" not in err and "SELECT" not in err, err
        assert code in (0, 1), err


# -- the write-ahead log -----------------------------------------------------------------


@pytest.fixture(scope="module")
def with_log(demo_site: tuple[Path, bytes], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the site whose last 12 saves are still only in its -wal (as after a
    power cut), taken while the writer had it open."""
    source, key = demo_site
    folder = tmp_path_factory.mktemp("with-log")
    base = _copy(source, folder / "live", "demo.db")
    conn = connect(base, key)
    conn.isolation_level = None
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    for n in range(12):
        conn.execute("UPDATE competency SET name = name || ? WHERE key = 'COM-1'", (f" {n}",))
    snapshot = _copy(base, folder / "snap", "demo.db")
    shutil.copyfile(base.with_name("demo.db-wal"), snapshot.with_name("demo.db-wal"))
    conn.close()
    return snapshot


def _last_transaction_starts(wal: Path) -> int:
    """The byte offset where the log's last transaction begins."""
    data = wal.read_bytes()
    page = struct.unpack(">I", data[8:12])[0]
    size = 24 + page
    commits = [
        n
        for n in range((len(data) - 32) // size)
        if struct.unpack(">I", data[32 + n * size + 4 : 32 + n * size + 8])[0]
    ]
    return 32 + (commits[-2] + 1) * size


def test_a_damaged_log_is_reported_before_sqlite_drops_saved_changes(
    with_log: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MENTORLOG_PASSWORD", "demo")
    wal = with_log.with_name("demo.db-wal")
    last = _last_transaction_starts(wal)
    rng = random.Random(99)
    reported = expected = 0
    for i in range(COPIES):
        copy = _copy(with_log, tmp_path / f"w{i}", "demo.db")
        copied_log = copy.with_name("demo.db-wal")
        shutil.copyfile(wal, copied_log)
        where = _flip(copied_log, rng, 0, last)  # the last transaction is left alone
        before = copied_log.read_bytes()
        command = ["check"] if i % 10 == 0 else ["list", "students"]
        code, err = _run(copy, command, capsys)
        expected += 1
        if code == 1 and "would silently drop" in err:
            reported += 1
        else:
            pytest.fail(f"copy {i}: a flip at {where} went unreported: {err!r}")
        assert copied_log.read_bytes() == before  # SQLite never got to replay it
    assert reported == expected == COPIES
