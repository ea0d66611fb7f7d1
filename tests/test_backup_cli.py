"""``backup``, ``backups`` and ``restore`` sign the person in, check their role, and work on
an encrypted database (the default); a backup is named only once it is verified."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from mentorlog.cli import main
from mentorlog.models import Role
from mentorlog.services import people
from mentorlog.services.opening import create_site, sign_in_and_open
from mentorlog.storage.backup import list_backups
from mentorlog.storage.sqlite_files import is_plain_sqlite

ADMIN_PW = "Ådministratør-pw"
PW = "a long password"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """An encrypted site with an administrator, a coordinator and a mentor."""
    path = tmp_path / "site.db"
    opened = create_site(path, "Åse", "Berg", "ase", ADMIN_PW)
    with opened.db.transaction() as session:
        for name, role in (("koord", Role.COORDINATOR), ("mentor", Role.MENTOR)):
            people.add_person(
                session, opened.actor, "Ольга", name, roles=(role,), username=name, password=PW
            )
    opened.db.close()
    return path


def run(path: Path, user: str | None, *command: str) -> int:
    named = ["--user", user] if user else []
    return main(["--db", str(path), *named, *command])


def test_backup_and_restore_work_on_an_encrypted_database(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MENTORLOG_PASSWORD", PW)
    assert run(site, "koord", "backup") == 0
    assert "verified: integrity ok" in capsys.readouterr().out
    [made] = list_backups(site)
    assert made.verified and not is_plain_sqlite(made.path)
    assert not list((site.parent / "backups").glob("*.partial"))
    assert run(site, "koord", "backups") == 0
    assert "\tverified\t" in capsys.readouterr().out

    opened = sign_in_and_open(site, "ase", ADMIN_PW)
    with opened.db.transaction() as session:
        session.execute(text("UPDATE person SET given_name = 'Changed' WHERE username = 'mentor'"))
    opened.db.close()
    monkeypatch.setenv("MENTORLOG_PASSWORD", ADMIN_PW)
    assert run(site, "ase", "restore", str(made.path)) == 0
    assert "kept in" in capsys.readouterr().out
    opened = sign_in_and_open(site, "ase", ADMIN_PW)
    with opened.db.session() as session:
        name = session.scalar(text("SELECT given_name FROM person WHERE username = 'mentor'"))
        restored = session.scalar(
            text("SELECT count(*) FROM audit_event WHERE action = 'backup.restore'")
        )
    opened.db.close()
    assert name == "Ольга" and restored == 1


def test_only_the_right_roles_back_up_and_restore(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, None, "backup") == 3
    assert "--user NAME" in capsys.readouterr().err
    monkeypatch.setenv("MENTORLOG_PASSWORD", "wrong password")
    assert run(site, "koord", "backup") == 3
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv("MENTORLOG_PASSWORD", PW)
    assert run(site, "mentor", "backup") == 3
    assert "Only an administrator or coordinator" in capsys.readouterr().err
    assert run(site, "mentor", "backups") == 3
    assert run(site, "koord", "backup") == 0
    [made] = list_backups(site)
    capsys.readouterr()
    assert run(site, "koord", "restore", str(made.path)) == 3
    assert "Only an administrator" in capsys.readouterr().err
    assert not list((site.parent / "backups").glob("*before-restore*"))


def test_check_authenticates_on_every_database(
    site: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MENTORLOG_PASSWORD", PW)
    assert run(db_path, "nobody", "check") == 3
    assert run(site, "nobody", "check") == 3
    monkeypatch.setenv("MENTORLOG_PASSWORD", "wrong password")
    assert run(site, "koord", "check") == 3
    capsys.readouterr()
    monkeypatch.setenv("MENTORLOG_PASSWORD", PW)
    assert run(site, "koord", "check") == 0
    out = capsys.readouterr().out
    for line in (
        "integrity: ok",
        "foreign keys: ok",
        "write-ahead log: ok",
        "constraints and unique keys: ok",
        "audit trail guard triggers: ok",
        "audit chain (",
    ):
        assert line in out, out
