"""The signing helper write services call (services/signing.py), called directly for an
imported framework version and a placement's final sign-off (tests/test_final_sign_offs.py
signs them through their services); and the anchors kept outside the database around a
backup and a restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mentorlog.cli import main
from mentorlog.models import AuditEvent, Role, SignOff
from mentorlog.services import backups, signing, trail_check
from mentorlog.services.frameworks import active_version_id
from mentorlog.services.startup import prepare_database
from mentorlog.storage.backup import create_backup, list_backups, restore_backup
from tests.signed_site import build_signed_site, sign_in
from tests.trust_cast import PASSWORD


def _check(db, actor):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return trail_check.check_trail(s, actor, full=True)


def test_a_framework_import_and_a_final_sign_off_are_signed_and_checked(db) -> None:  # type: ignore[no-untyped-def]
    site = build_signed_site(db)
    coordinator = sign_in(db, "coordinator")
    with db.transaction() as s:
        version = active_version_id(s)
        assert version is not None
        signing.sign_and_record(
            s,
            coordinator,
            "framework.import",
            "framework_version",
            version,
            role=Role.COORDINATOR,
            detail={"file": "dynamic-security.json"},
        )
        row = signing.sign_and_record(
            s,
            coordinator,
            "placement.final_sign_off",
            "placement",
            site.cast.placement_id,
            role=Role.COORDINATOR,
            subject_person_id=site.student.person_id,
            placement_id=site.cast.placement_id,
        )
        assert row.digest and row.signature and row.signer_key_id is not None
    with db.session() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "framework.import"))
        assert event.detail["digest"] and event.detail["file"] == "dynamic-security.json"
    assert _check(db, coordinator).ok
    with db.engine.begin() as conn:  # the wording of one behavioural anchor, changed
        conn.execute(
            text(
                "UPDATE competency_anchor SET text = text || ' (or not)' "
                "WHERE rowid = (SELECT min(rowid) FROM competency_anchor)"
            )
        )
        conn.execute(text("UPDATE placement SET target_hours = target_hours + 100"))
    found = {f.record_type for f in _check(db, coordinator).findings if f.kind == "content"}
    assert found == {"framework_version", "placement"}


def test_a_placement_changed_through_mentorlog_after_its_sign_off_is_not_an_alarm(db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services import audit

    site = build_signed_site(db)
    coordinator = sign_in(db, "coordinator")
    with db.transaction() as s:
        signing.sign_and_record(
            s,
            coordinator,
            "placement.final_sign_off",
            "placement",
            site.cast.placement_id,
            role=Role.COORDINATOR,
        )
    with db.transaction() as s:  # a later, audited change of the placement supersedes it
        s.execute(text("UPDATE placement SET target_hours = 600"))
        audit.record(s, coordinator, "placement.update", "placement", site.cast.placement_id)
    assert _check(db, coordinator).ok


def test_signing_needs_a_person() -> None:
    from mentorlog.services.access import SYSTEM
    from mentorlog.services.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        signing.sign_record(None, SYSTEM, "placement", None, role=Role.COORDINATOR)  # type: ignore[arg-type]


def test_a_restored_backup_is_not_taken_for_a_trail_cut_short(db_path: Path) -> None:
    db = prepare_database(db_path)
    site = build_signed_site(db)
    db.close()
    backup = create_backup(db_path, "manual")
    assert backup.audit_head and backup.audit_head["seq"] > 20  # the head beside it
    assert list_backups(db_path)[0].audit_head == backup.audit_head
    db = prepare_database(db_path)
    admin = sign_in(db, "administrator")  # more events after the backup
    db.close()
    restore_backup(db_path, backup.path)
    db = prepare_database(db_path)
    with db.transaction() as s:
        backups.record_restore(s, admin, backup.path.name)
    result = _check(db, site.coordinator)
    db.close()
    assert result.ok, result.findings


def test_check_names_a_missing_guard(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = prepare_database(db_path)
    db.close()
    assert main(["--db", str(db_path), "check"]) == 0
    assert "audit trail guard triggers: ok" in capsys.readouterr().out
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.commit()
    conn.close()
    assert main(["--db", str(db_path), "check"]) == 1
    assert "audit trail guard triggers: trigger audit_event_no_delete is missing" in (
        capsys.readouterr().out
    )


def test_sign_offs_made_by_the_helper_carry_digest_and_signature(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    site = build_signed_site(db)
    with db.session() as s:
        rows = s.scalars(select(SignOff)).all()
    assert rows and all(r.digest and r.signature and r.signer_key_id for r in rows)
    assert {r.record_type for r in rows} == {"observation", "review", "concern", "goal"}
    del site


def test_the_typed_sign_off_rows_follow_their_columns() -> None:
    from mentorlog.services.demo import signatures
    from mentorlog.services.sign_off_check import SIGN_OFF_COLUMNS, SignOffRow

    columns = tuple(c.key for c in SIGN_OFF_COLUMNS)
    assert SignOffRow._fields == (*columns, "fingerprint")
    assert signatures._Row._fields == (*columns[:9], "digest", "signature")


def test_a_sidecar_head_that_is_not_one_is_left_out_and_the_backup_stays(db_path: Path) -> None:
    import json

    prepare_database(db_path).close()
    backup = create_backup(db_path, "manual")
    side = backup.path.with_name(backup.path.name + ".json")
    data = json.loads(side.read_text(encoding="utf-8"))
    data["audit_head"] = {"seq": "twelve", "hash": "abc"}
    side.write_text(json.dumps(data), encoding="utf-8")
    (listed,) = list_backups(db_path)
    assert (listed.reason, listed.verified, listed.audit_head) == ("manual", True, None)
