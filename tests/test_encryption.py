"""Encryption at rest: SQLCipher with the key wrapped per person and for recovery."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from mentorlog.services.frameworks import ensure_default_framework
from mentorlog.storage.backup import create_backup, restore_backup
from mentorlog.storage.damage import DamagedDatabaseError
from mentorlog.storage.database import EncryptedDatabaseError, open_database
from mentorlog.storage.engine import checkpoint
from mentorlog.storage.keys import (
    KeyFile,
    WrongPasswordError,
    create_keyfile,
    keyfile_path,
    new_database_key,
)

SECRET = "Vang B-tiibas rääkis ohust — Ольга видела конфликт"


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, str]:
    path = tmp_path_factory.mktemp("enc") / "mentorlog.db"
    key = new_database_key()
    keyfile, recovery = create_keyfile(path, key)
    keyfile.add_person(key, "admin", "correct horse")
    keyfile.add_person(key, "mentor", "battery staple")
    keyfile.save()
    db = open_database(path, key=key)
    with db.transaction() as session:
        ensure_default_framework(session)
        session.execute(
            text("UPDATE competency SET description = :s WHERE key = 'COM-1'"), {"s": SECRET}
        )
    db.close()
    return path, key, recovery


@pytest.fixture
def encrypted(encrypted_template: tuple[Path, bytes, str], tmp_path: Path):  # type: ignore[no-untyped-def]
    source, key, recovery = encrypted_template
    path = tmp_path / "mentorlog.db"
    path.write_bytes(source.read_bytes())
    keyfile_path(path).write_bytes(keyfile_path(source).read_bytes())
    return path, key, recovery


def test_file_and_wal_reveal_nothing_and_plain_sqlite_cannot_open(encrypted) -> None:  # type: ignore[no-untyped-def]
    path, key, _ = encrypted
    db = open_database(path, key=key)
    with db.transaction() as session:  # leaves a -wal file behind while open
        session.execute(text("UPDATE competency SET name = name || ' Õ' WHERE key = 'COM-2'"))
    wal = path.with_name(path.name + "-wal")
    for f in (path, wal):
        if f.exists():
            blob = f.read_bytes()
            assert SECRET.encode() not in blob
            assert "Ольга".encode() not in blob
            assert b"SQLite format 3" not in blob[:16]
    db.close()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_any_person_with_a_slot_opens_it_and_a_wrong_password_opens_nothing(encrypted) -> None:  # type: ignore[no-untyped-def]
    path, key, recovery = encrypted
    keyfile = KeyFile.load(keyfile_path(path))
    assert keyfile.unlock("admin", "correct horse") == key
    assert keyfile.unlock("Mentor", "battery staple") == key  # names are not case-sensitive
    assert keyfile.unlock_with_recovery(recovery.lower().replace("-", " ")) == key
    for name, password in [("admin", "wrong"), ("nobody", "correct horse")]:
        with pytest.raises(WrongPasswordError, match="do not open"):
            keyfile.unlock(name, password)
    with pytest.raises(EncryptedDatabaseError):
        open_database(path)


def test_password_change_rewraps_only_that_slot(encrypted) -> None:  # type: ignore[no-untyped-def]
    path, key, _ = encrypted
    keyfile = KeyFile.load(keyfile_path(path))
    admin_slot = dict(keyfile.slots["admin"])
    keyfile.add_person(keyfile.unlock("mentor", "battery staple"), "mentor", "new secret")
    keyfile.save()
    reloaded = KeyFile.load(keyfile_path(path))
    assert reloaded.slots["admin"] == admin_slot
    assert reloaded.unlock("mentor", "new secret") == key
    with pytest.raises(WrongPasswordError):
        reloaded.unlock("mentor", "battery staple")


def test_backups_are_encrypted_verified_and_restorable(encrypted) -> None:  # type: ignore[no-untyped-def]
    path, key, _ = encrypted
    info = create_backup(path, "manual", key=key)
    assert info.verified
    assert SECRET.encode() not in info.path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT * FROM sqlite_master").fetchall()
    db = open_database(path, key=key)
    with db.transaction() as session:
        session.execute(text("DELETE FROM competency_anchor"))
    db.close()
    restore_backup(path, info.path, key=key)
    db = open_database(path, key=key)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM competency_anchor")).scalar() > 0
    db.close()


def test_flipped_bytes_are_always_reported_as_damage(encrypted, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """100 copies, each with a few random bytes flipped: never a crash, always reported."""
    path, key, _ = encrypted
    db = open_database(path, key=key)
    checkpoint(db.engine)
    db.close()
    original = path.read_bytes()
    rng = random.Random(20261126)
    reported = 0
    for i in range(100):
        copy = tmp_path / f"copy{i}.db"
        data = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(data))
            data[pos] ^= 1 << rng.randrange(8)
        copy.write_bytes(bytes(data))
        keyfile_path(copy).write_bytes(keyfile_path(path).read_bytes())
        try:
            db = open_database(copy, key=key, migrate=False)
        except DamagedDatabaseError:
            reported += 1
            continue
        verdict = db.quick_check()
        db.close()
        if verdict != ["ok"]:
            reported += 1
    assert reported == 100


def test_an_unencrypted_database_is_converted_safely(db_path: Path) -> None:
    from mentorlog.storage.encrypt import encrypt_existing
    from mentorlog.storage.sqlite_files import is_plain_sqlite

    old_backup = create_backup(db_path, "manual")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE competency SET description = ? WHERE key = 'COM-1'", (SECRET,))
        anchors = conn.execute("SELECT count(*) FROM competency_anchor").fetchone()[0]
    keys = encrypt_existing(db_path, {"admin": "correct horse"})
    assert not is_plain_sqlite(db_path)
    assert SECRET.encode() not in db_path.read_bytes()
    for backup in (db_path.parent / "backups").glob("*.db"):
        assert not is_plain_sqlite(backup), backup.name  # no readable copy stays behind
    assert old_backup.path.exists()
    key = KeyFile.load(keyfile_path(db_path)).unlock("admin", "correct horse")
    assert key == keys.key
    db = open_database(db_path, key=key)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM competency_anchor")).scalar() == anchors
        assert (
            conn.execute(text("SELECT description FROM competency WHERE key = 'COM-1'")).scalar()
            == SECRET
        )
    db.close()


def test_conversion_refuses_without_anyone_to_open_it(db_path: Path) -> None:
    from mentorlog.storage.encrypt import EncryptionError, encrypt_existing
    from mentorlog.storage.sqlite_files import is_plain_sqlite

    with pytest.raises(EncryptionError, match="At least one person"):
        encrypt_existing(db_path, {})
    assert is_plain_sqlite(db_path) and not keyfile_path(db_path).exists()


def test_a_committed_password_change_rewraps_the_slot_and_a_rollback_does_not(encrypted) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.storage.keyring import Keyring, stage_password

    path, key, _ = encrypted
    ring = Keyring(KeyFile.load(keyfile_path(path)), key)
    db = open_database(path, keyring=ring)
    with pytest.raises(RuntimeError), db.transaction() as session:
        stage_password(session, "mentor", "rolled back")
        raise RuntimeError("the save failed")
    with db.transaction() as session:
        stage_password(session, "newcomer", "first password")
    db.close()
    reloaded = KeyFile.load(keyfile_path(path))
    assert reloaded.unlock("newcomer", "first password") == key
    assert reloaded.unlock("mentor", "battery staple") == key
    with pytest.raises(WrongPasswordError):
        reloaded.unlock("mentor", "rolled back")


def test_an_encrypted_file_without_its_key_file_says_so(encrypted) -> None:  # type: ignore[no-untyped-def]
    path, key, _recovery = encrypted
    create_backup(path, "manual", key=key)  # encrypted too: a sign the file is not damaged
    keyfile_path(path).unlink()
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as excinfo:
        open_database(path)
    assert "mentorlog.db.keys is missing" in str(excinfo.value)
    assert "do not restore anything" in str(excinfo.value)
    assert excinfo.value.key_may_be_missing  # the app then offers no restore
    assert path.read_bytes() == before
