"""The command line acting as a user (--user), and ``mentorlog audit verify|list``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from mentorlog.cli import main
from mentorlog.services import audit
from mentorlog.storage.audit_guard import guard_lifted
from mentorlog.storage.database import open_database
from tests.trust_cast import PASSWORD, make_trust_cast


@pytest.fixture
def cast_db(db_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    cast = make_trust_cast(db)
    db.close()
    return db_path, cast


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_list_students_shows_what_the_user_may_see(cast_db, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db_path, _ = cast_db
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    assert run(db_path, "list", "students") == 0  # no --user: the system account
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert run(db_path, "--user", "mentor", "list", "students") == 0
    out = capsys.readouterr().out
    assert "Jüri Õunapuu" in out and "Анна" not in out
    assert run(db_path, "--user", "other_student", "list", "students") == 0
    out = capsys.readouterr().out
    assert "Анна Смирнова" in out and "Jüri" not in out
    assert run(db_path, "--user", "coordinator", "list", "students") == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_refusals_exit_3_with_the_message_and_are_audited(cast_db, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db_path, _ = cast_db
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    assert run(db_path, "--user", "administrator", "list", "students") == 3
    assert "Åse Berg is none of these" in capsys.readouterr().err
    assert run(db_path, "--user", "student", "audit", "verify") == 3
    assert "Only a coordinator or administrator" in capsys.readouterr().err
    assert run(db_path, "audit", "list", "--action", "permission.refused") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "Jüri Õunapuu" in lines[0] and "Åse Berg" in lines[1]


def test_wrong_password_is_refused_and_counted(cast_db, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db_path, _ = cast_db
    monkeypatch.setenv("MENTORLOG_PASSWORD", "not it")
    assert run(db_path, "--user", "mentor", "list", "students") == 3
    assert "username or password is not right" in capsys.readouterr().err
    assert run(db_path, "--user", "nobody", "list", "students") == 3
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    assert run(db_path, "--user", "coordinator", "audit", "list", "--limit", "3") == 0
    actions = [line.split("\t")[4] for line in capsys.readouterr().out.splitlines()]
    assert actions == ["sign_in", "signing_key.issued", "sign_in.failed"]


def test_no_password_and_no_terminal_says_how(cast_db, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db_path, _ = cast_db
    monkeypatch.delenv("MENTORLOG_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert run(db_path, "--user", "mentor", "list", "students") == 3
    assert "MENTORLOG_PASSWORD" in capsys.readouterr().err


def test_password_prompt_when_in_a_terminal(cast_db, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db_path, _ = cast_db
    monkeypatch.delenv("MENTORLOG_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    prompts: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or PASSWORD)
    assert run(db_path, "--user", "mentor", "list", "students") == 0
    assert prompts == ["Password for mentor: "]


def test_audit_verify_exits_0_when_intact_and_1_naming_the_bad_event(cast_db, capsys) -> None:  # type: ignore[no-untyped-def]
    db_path, _ = cast_db
    db = open_database(db_path)
    with db.transaction() as s:
        for action in ("sign_in", "observation_created", "observation_signed"):
            audit.record(s, None, action)
        head = audit.chain_head(s)
    assert run(db_path, "audit", "verify", "--head", head) == 0
    out = capsys.readouterr().out
    assert "intact" in out and "3 events" in out and f"head {head} is event 3" in out
    with db.engine.begin() as conn, guard_lifted(conn):
        conn.execute(text("UPDATE audit_event SET workstation = 'elsewhere' WHERE seq = 2"))
    db.close()
    assert run(db_path, "audit", "verify") == 1
    captured = capsys.readouterr()
    assert "[chain] event 2" in captured.out and "observation_created" in captured.out
    assert "altered" in captured.out and "1 problem found" in captured.err


def test_audit_verify_catches_a_trail_cut_short_after_a_report(cast_db, capsys) -> None:  # type: ignore[no-untyped-def]
    db_path, _ = cast_db
    db = open_database(db_path)
    with db.transaction() as s:
        audit.record(s, None, "sign_in")
        audit.record(s, None, "report_exported")
        head = audit.chain_head(s)
    with db.engine.begin() as conn, guard_lifted(conn):
        conn.execute(text("DELETE FROM audit_event WHERE seq = 2"))
    db.close()
    assert run(db_path, "audit", "verify", "--head", head) == 1
    out = capsys.readouterr().out
    assert f"[truncated] the head {head[:16]}" in out and "no event of the trail has it" in out


def test_audit_list_filters(cast_db, capsys) -> None:  # type: ignore[no-untyped-def]
    db_path, _ = cast_db
    with pytest.raises(SystemExit) as usage:
        run(db_path, "audit", "list", "--since", "not-a-date")
    assert usage.value.code == 2
    assert "not a date" in capsys.readouterr().err
    db = open_database(db_path)
    with db.transaction() as s:
        for n in range(5):
            audit.record(s, None, "sign_in" if n % 2 else "observation_created", detail={"n": n})
    db.close()
    assert run(db_path, "audit", "list", "--action", "sign_in") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["4", "2"]
    assert lines[0].endswith('{"n": 3}')
    assert run(db_path, "audit", "list", "--since", "2999-01-01") == 0
    assert capsys.readouterr().out == ""


def test_an_encrypted_database_opens_only_for_a_named_user(
    tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.opening import create_site

    path = tmp_path / "site.db"
    create_site(path, "Åse", "Berg", "ase", "long enough pw").db.close()
    assert run(path, "audit", "verify") == 3
    assert "--user NAME" in capsys.readouterr().err
    monkeypatch.setenv("MENTORLOG_PASSWORD", "not it")
    assert run(path, "--user", "ase", "audit", "verify") == 3
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv("MENTORLOG_PASSWORD", "long enough pw")
    assert run(path, "--user", "ase", "audit", "list") == 0
    actions = [line.split("\t")[4] for line in capsys.readouterr().out.splitlines()]
    assert actions[0] == "sign_in" and "account.first_administrator" in actions
    assert run(path, "--user", "ase", "list", "students") == 3  # an administrator, no students
