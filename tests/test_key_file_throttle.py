"""The wrong-password throttle of an encrypted file cannot be reset unseen by editing the
``.keys`` file: the database keeps a copy of the counts once it is opened, restores them,
keeps a locked account locked, and puts the failures and the reset on the audit trail."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mentorlog.models import AuditEvent, Role, utcnow
from mentorlog.services import auth, people
from mentorlog.services.opening import create_site, sign_in_and_open
from mentorlog.storage.keys import KeyFile
from mentorlog.storage.sqlite_files import keyfile_path

PASSWORD = "long enough secret"
MENTOR_PASSWORD = "mentor's own secret"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """An encrypted site with an administrator (kadri) and a mentor (tõnu)."""
    path = tmp_path / "mentorlog.db"
    opened = create_site(path, "Kadri", "Õispuu", "kadri", PASSWORD)
    with opened.db.transaction() as s:
        people.add_person(
            s,
            opened.actor,
            "Tõnu",
            "Mägi",
            roles=(Role.MENTOR,),
            username="tonu",
            password=MENTOR_PASSWORD,
        )
    opened.db.close()
    return path


def fail(path: Path, username: str, times: int, start: int = 0) -> None:
    now = utcnow()
    for i in range(start, start + times):
        with pytest.raises(auth.SignInError):
            sign_in_and_open(path, username, f"guess {i}", now=now + timedelta(hours=i))


def edit_key_file(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """What someone with the files does: edit the JSON by hand."""
    keys = keyfile_path(path)
    data = json.loads(keys.read_text(encoding="utf-8"))
    change(data)
    keys.write_text(json.dumps(data), encoding="utf-8")


def trail(path: Path) -> list[tuple[str, dict]]:
    site = sign_in_and_open(path, "kadri", PASSWORD, now=utcnow() + timedelta(days=30))
    try:
        with site.db.session() as s:
            return [
                (a, d)
                for a, d in s.execute(
                    select(AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.seq)
                )
            ]
    finally:
        site.db.close()


def test_failures_go_into_the_trail_once_someone_opens_the_database(site: Path) -> None:
    fail(site, "tonu", 3)
    events = trail(site)
    counted = [d for a, d in events if a == "key_file.failures"]
    assert counted == [
        {
            "username": "tonu",
            "failures": 3,
            "new": 3,
            "last_failed_at": counted[0]["last_failed_at"],
        }
    ]
    assert not any(a == "key_file.attempts_reset" for a, _ in events)


def test_a_reset_after_the_database_saw_the_counts_is_undone_and_keeps_the_lock(
    site: Path,
) -> None:
    fail(site, "tonu", auth.LOCK_AFTER)
    sign_in_and_open(site, "kadri", PASSWORD, now=utcnow() + timedelta(days=1)).db.close()
    # The database has seen tõnu locked; now the attempts are wiped from the key file.
    edit_key_file(site, lambda data: data.update(attempts={}, attempt_counter=0))
    with pytest.raises(auth.SignInError, match="locked"):
        sign_in_and_open(site, "tonu", MENTOR_PASSWORD, now=utcnow() + timedelta(days=2))
    assert KeyFile.load(keyfile_path(site)).failed_attempts("tonu")[0] == auth.LOCK_AFTER
    reset = [d for a, d in trail(site) if a == "key_file.attempts_reset"]
    assert reset and reset[0]["names_restored"] == ["tonu"]


def test_a_deleted_entry_the_database_never_saw_is_still_noticed(site: Path) -> None:
    fail(site, "tonu", auth.LOCK_AFTER)
    # Nobody opened the database since: the entry goes, the file's counter stays.
    edit_key_file(site, lambda data: data["attempts"].pop("tonu"))
    with pytest.raises(auth.SignInError, match="locked"):
        sign_in_and_open(site, "tonu", MENTOR_PASSWORD, now=utcnow() + timedelta(days=1))
    reset = [d for a, d in trail(site) if a == "key_file.attempts_reset"]
    assert reset and reset[0]["failures_removed"] == auth.LOCK_AFTER
    assert reset[0]["counted_against"] == "tonu"


def test_a_coordinators_unlock_clears_the_file_and_the_copy(site: Path) -> None:
    fail(site, "tonu", auth.LOCK_AFTER)
    admin = sign_in_and_open(site, "kadri", PASSWORD, now=utcnow() + timedelta(days=1))
    with admin.db.transaction() as s:
        tonu = next(p for p in people.list_people(s, admin.actor) if p.username == "tonu")
        people.unlock_account(s, admin.actor, tonu.id)
    admin.db.close()
    opened = sign_in_and_open(site, "tonu", MENTOR_PASSWORD, now=utcnow() + timedelta(days=2))
    opened.db.close()
    assert not any(a == "key_file.attempts_reset" for a, _ in trail(site))
