"""Site settings: everyone reads the idle-lock time; only an administrator changes it,
within 1–60 minutes, and the change is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mentorlog.models import AuditEvent
from mentorlog.services import auth, site_settings
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from tests.trust_cast import make_trust_cast


def test_the_idle_lock_time_is_five_minutes_until_an_administrator_changes_it(db) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    with db.transaction() as s:
        assert site_settings.idle_lock_minutes(s) == 5
        assert site_settings.set_idle_lock_minutes(s, cast.administrator, 15) == 15
    with db.transaction() as s:
        assert site_settings.idle_lock_minutes(s) == 15
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None and event.action == "setting.change"
        assert event.actor_id == cast.administrator.person_id
        assert event.detail == {"key": "idle_lock_minutes", "from": 5, "to": 15}


@pytest.mark.parametrize("who", ["mentor", "student", "coordinator", "other student"])
def test_only_an_administrator_changes_the_idle_lock_time(db, who: str) -> None:  # type: ignore[no-untyped-def]
    actor = make_trust_cast(db).by_role()[who]
    with pytest.raises(PermissionDeniedError), db.transaction() as s:
        site_settings.set_idle_lock_minutes(s, actor, 30)
    with db.transaction() as s:
        assert site_settings.idle_lock_minutes(s) == 5


@pytest.mark.parametrize("minutes", [0, 61, -5, True])
def test_the_idle_lock_time_is_one_to_sixty_whole_minutes(db, minutes) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        site_settings.set_idle_lock_minutes(s, cast.administrator, minutes)
    assert "idle_lock_minutes" in refused.value.problems


def test_a_lock_is_audited_for_the_person_whose_window_locked(db) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    with db.transaction() as s:
        auth.record_lock(s, cast.student, "idle")
    with db.transaction() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None and event.action == "lock"
        assert event.subject_person_id == cast.student.person_id
        assert event.detail == {"reason": "idle"}


def test_the_command_line_changes_the_idle_lock_time_as_an_administrator(  # type: ignore[no-untyped-def]
    db, db_path, capsys, monkeypatch
) -> None:
    from mentorlog.cli import main
    from tests.trust_cast import PASSWORD

    make_trust_cast(db)
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    cli = ["--db", str(db_path), "--user"]
    assert main([*cli, "administrator", "settings", "set", "idle-lock-minutes", "10"]) == 0
    assert main([*cli, "mentor", "settings", "show"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "idle-lock-minutes\t10"
    assert main([*cli, "mentor", "settings", "set", "idle-lock-minutes", "20"]) == 3
    assert "Only an administrator may do this; Ingrid Sæther is not one." in capsys.readouterr().err
    assert main([*cli, "administrator", "settings", "set", "idle-lock-minutes", "90"]) == 1
    assert "between 1 and 60" in capsys.readouterr().err
    with db.transaction() as s:
        assert site_settings.idle_lock_minutes(s) == 10
