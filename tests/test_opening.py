"""Opening a site as a person: new sites are encrypted, old ones converted on sign-in."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from mentorlog.models import Role, utcnow
from mentorlog.services import auth
from mentorlog.services.errors import ValidationError
from mentorlog.services.opening import (
    DatabaseKind,
    create_demo_database,
    create_site,
    database_kind,
    encrypt_after_sign_in,
    sign_in_and_open,
    stage_demo_slots,
)
from mentorlog.services.startup import prepare_database
from mentorlog.storage.keys import KeyFile
from mentorlog.storage.sqlite_files import is_plain_sqlite, keyfile_path

PASSWORD = "long enough secret"


def test_a_new_site_is_encrypted_and_opens_only_with_a_password(tmp_path: Path) -> None:
    path = tmp_path / "site" / "mentorlog.db"
    assert database_kind(path) == DatabaseKind.NEW
    site = create_site(path, "Kadri", "Õispuu", "kadri", PASSWORD)
    assert site.recovery_key and Role.ADMINISTRATOR in site.actor.roles
    site.db.close()
    assert database_kind(path) == DatabaseKind.ENCRYPTED
    assert not is_plain_sqlite(path) and b"Kadri" not in path.read_bytes()
    again = sign_in_and_open(path, "kadri", PASSWORD)
    assert again.actor.name.startswith("Kadri")
    again.db.close()
    with pytest.raises(auth.SignInError, match="not right"):
        sign_in_and_open(path, "kadri", "wrong password")
    with pytest.raises(auth.SignInError, match="not right"):
        sign_in_and_open(path, "nobody", PASSWORD)


def test_wrong_passwords_slow_down_then_lock_even_though_the_file_stays_shut(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mentorlog.db"
    create_site(path, "Kadri", "Õispuu", "kadri", PASSWORD).db.close()
    now = utcnow()
    for i in range(auth.LOCK_AFTER):
        with pytest.raises(auth.SignInError):
            sign_in_and_open(path, "kadri", f"guess {i}", now=now + timedelta(hours=i))
    assert KeyFile.load(keyfile_path(path)).failed_attempts("kadri")[0] == auth.LOCK_AFTER
    with pytest.raises(auth.SignInError, match="locked"):
        sign_in_and_open(path, "kadri", PASSWORD, now=now + timedelta(days=1))


def test_five_failures_make_the_next_attempt_wait(tmp_path: Path) -> None:
    path = tmp_path / "mentorlog.db"
    create_site(path, "Kadri", "Õispuu", "kadri", PASSWORD).db.close()
    now = utcnow()
    for i in range(auth.SLOW_DOWN_AFTER):
        with pytest.raises(auth.SignInError):
            sign_in_and_open(path, "kadri", f"guess {i}", now=now)
    with pytest.raises(auth.SignInError, match="Wait") as excinfo:
        sign_in_and_open(path, "kadri", PASSWORD, now=now)
    assert excinfo.value.retry_after
    site = sign_in_and_open(path, "kadri", PASSWORD, now=now + timedelta(minutes=5))
    site.db.close()
    assert KeyFile.load(keyfile_path(path)).failed_attempts("kadri")[0] == 0


def test_a_weak_first_password_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "mentorlog.db"
    with pytest.raises(ValidationError):
        create_site(path, "Kadri", "Õispuu", "kadri", "short")
    assert not path.exists() and not keyfile_path(path).exists()


def test_demo_database_has_slots_for_the_demo_accounts(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    db = create_demo_database(path)
    key = db.key
    assert database_kind(path) == DatabaseKind.NEW  # nobody can sign in before it is filled
    with db.transaction() as session:
        stage_demo_slots(session)
    db.close()
    keyfile = KeyFile.load(keyfile_path(path))
    assert keyfile.demo
    for name in ("admin", "coordinator", "mentor", "student"):
        assert keyfile.unlock(name, "demo") == key


def test_an_old_unencrypted_database_is_converted_at_first_sign_in(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = prepare_database(path)
    with db.transaction() as session:
        auth.create_first_administrator(session, "Ole", "Ødegård", "ole", PASSWORD)
    db.close()
    assert database_kind(path) == DatabaseKind.PLAIN
    site = sign_in_and_open(path, "ole", PASSWORD)
    converted = encrypt_after_sign_in(site, "ole", PASSWORD)
    assert converted.recovery_key
    converted.db.close()
    assert database_kind(path) == DatabaseKind.ENCRYPTED and not is_plain_sqlite(path)
    backups = list((tmp_path / "backups").glob("*.db"))
    assert backups and not any(is_plain_sqlite(b) for b in backups)
    reopened = sign_in_and_open(path, "ole", PASSWORD)
    assert reopened.actor.name.startswith("Ole")
    reopened.db.close()


def test_first_run_set_up_gives_slots_only_when_someone_is_made(tmp_path: Path) -> None:
    from mentorlog.services.opening import discard_unfinished_site, stage_demo_slots, start_new_site
    from mentorlog.storage.keyring import stage_password

    path = tmp_path / "mentorlog.db"
    db, recovery = start_new_site(path)
    assert recovery and db.encrypted
    assert database_kind(path) == DatabaseKind.NEW  # nobody could open it yet
    discard_unfinished_site(db)
    assert not path.exists() and not keyfile_path(path).exists()

    db, _ = start_new_site(path)
    with db.transaction() as session:
        actor = auth.create_first_administrator(session, "Kadri", "Õispuu", "kadri", PASSWORD)
        stage_password(session, "kadri", PASSWORD)
        stage_demo_slots(session)
    db.close()
    assert Role.ADMINISTRATOR in actor.roles
    assert database_kind(path) == DatabaseKind.ENCRYPTED
    keyfile = KeyFile.load(keyfile_path(path))
    assert keyfile.demo and keyfile.unlock("mentor", "demo") == keyfile.unlock("kadri", PASSWORD)
