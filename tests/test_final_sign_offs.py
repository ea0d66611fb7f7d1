"""A framework import and a placement's final sign-off are signed records (issue 16): the
person who imports a framework version signs its wording, the coordinator who completes a
placement signs it as it then stands; ``mentorlog audit verify`` finds either changed
by raw SQL afterwards and names it. The system account, which signs nothing, leaves a
plain audit event. On an encrypted site made as a new site is (services/opening.py)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, select, text

from mentorlog.cli import main
from mentorlog.models import AuditEvent, PlacementStatus, Role, SignOff
from mentorlog.services import people, placement_admin, placement_endings, site
from mentorlog.services.opening import create_site, sign_in_and_open
from mentorlog.services.placement_admin import PlacementInput
from mentorlog.services.placement_endings import FINAL_SIGN_OFF

ADMIN_PW = "Ådministratør-pw"
PW = "a long password"
FRAMEWORK = Path("resources/frameworks/dynamic-security.json")
KEY = json.loads(FRAMEWORK.read_text("utf-8"))["key"]


@dataclass(frozen=True)
class Site:
    path: Path
    placement_id: uuid.UUID


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    """A new encrypted site: an administrator, a coordinator, a mentor and a student,
    one prison, and a placement the coordinator added."""
    monkeypatch.setenv("MENTORLOG_PASSWORD", PW)  # the coordinator's, for the commands
    path = tmp_path / "site.db"
    opened = create_site(path, "Åse", "Berg", "ase", ADMIN_PW)
    with opened.db.transaction() as s:
        ids = {
            username: people.add_person(
                s, opened.actor, given, family, roles=(role,), username=username, password=PW
            ).id
            for username, given, family, role in (
                ("koord", "Mette", "Kjær", Role.COORDINATOR),
                ("mentor", "Ingrid", "Sæther", Role.MENTOR),
                ("student", "Jüri", "Õunapuu", Role.STUDENT),
            )
        }
        prison = site.add_prison(s, opened.actor, "Tartu Vangla", country="EE")
    opened.db.close()
    coordinator = sign_in_and_open(path, "koord", PW)
    with coordinator.db.transaction() as s:
        placement = placement_admin.add_placement(
            s,
            coordinator.actor,
            PlacementInput(
                student_id=ids["student"],
                prison_id=prison.id,
                starts_on=date(2026, 1, 5),
                ends_on=date(2026, 4, 30),
                mentor_ids=(ids["mentor"],),
                target_hours=400,
            ),
            today=date(2026, 2, 2),
        )
    coordinator.db.close()
    return Site(path, placement.id)


def verify(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(path), "--user", "koord", "audit", "verify"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def tamper(path: Path, statement: str, **values: object) -> None:
    """What an insider with the file and their own password runs (no guard protects
    these tables)."""
    opened = sign_in_and_open(path, "ase", ADMIN_PW)
    with opened.db.engine.begin() as conn:
        conn.execute(text(statement), values)
    opened.db.close()


def _read(path: Path, stmt: Select[Any]) -> list[Any]:
    opened = sign_in_and_open(path, "ase", ADMIN_PW)
    with opened.db.session() as s:
        rows = list(s.scalars(stmt))
        s.expunge_all()
    opened.db.close()
    return rows


def sign_offs(path: Path, record_type: str) -> list[SignOff]:
    return _read(path, select(SignOff).where(SignOff.record_type == record_type))


def events(path: Path, action: str) -> list[AuditEvent]:
    return _read(path, select(AuditEvent).where(AuditEvent.action == action))


def complete(path: Path, placement_id: uuid.UUID, status: PlacementStatus) -> None:
    coordinator = sign_in_and_open(path, "koord", PW)
    with coordinator.db.transaction() as s:
        placement_endings.end_placement(
            s, coordinator.actor, placement_id, date(2026, 4, 24), status, reason="All met."
        )
    coordinator.db.close()


# -- a placement's final sign-off --------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "what"),
    [("ends_on = '2026-04-30'", "its end date"), ("status = 'interrupted'", "its status")],
)
def test_a_completed_placement_is_signed_off_and_a_later_change_named(
    encrypted: Site, capsys, change: str, what: str
) -> None:  # type: ignore[no-untyped-def]
    complete(encrypted.path, encrypted.placement_id, PlacementStatus.COMPLETED)
    (row,) = sign_offs(encrypted.path, "placement")
    assert row.record_id == encrypted.placement_id and row.role == Role.COORDINATOR
    assert row.digest and row.signature and row.signer_key_id is not None
    (event,) = events(encrypted.path, FINAL_SIGN_OFF)
    assert event.entity_type == "placement" and event.entity_id == encrypted.placement_id
    assert event.detail["sign_off"] == str(row.id) and event.detail["digest"] == row.digest
    assert (event.detail["status"], event.detail["on"]) == ("completed", "2026-04-24")
    assert events(encrypted.path, "placement.end") == []
    code, out = verify(encrypted.path, capsys)
    assert code == 0 and "audit trail and signed records intact" in out, out

    tamper(encrypted.path, f"UPDATE placement SET {change}")  # {what}, by raw SQL
    code, out = verify(encrypted.path, capsys)
    assert code == 1, out
    assert (
        f"[content] placement {encrypted.placement_id} (version 1) — Placement of Jüri "
        "Õunapuu at Tartu Vangla: Mette Kjær signed it on"
    ) in out, (what, out)
    assert "its content no longer matches what was signed" in out


def test_the_placement_end_command_signs_off_a_completed_placement(encrypted: Site, capsys) -> None:  # type: ignore[no-untyped-def]
    command = ["--db", str(encrypted.path), "--user", "koord", "placement", "end", "student"]
    assert main([*command, "--on", "2026-04-24", "--status", "completed"]) == 0
    assert "\tcompleted\t2026-04-24" in capsys.readouterr().out
    (row,) = sign_offs(encrypted.path, "placement")
    assert row.record_id == encrypted.placement_id and row.signature
    assert verify(encrypted.path, capsys)[0] == 0


def test_a_placement_interrupted_is_not_signed_off(encrypted: Site, capsys) -> None:  # type: ignore[no-untyped-def]
    complete(encrypted.path, encrypted.placement_id, PlacementStatus.INTERRUPTED)
    assert sign_offs(encrypted.path, "placement") == []
    (event,) = events(encrypted.path, "placement.end")
    assert event.detail["status"] == "interrupted" and "sign_off" not in event.detail
    assert verify(encrypted.path, capsys)[0] == 0


# -- a framework import -------------------------------------------------------------------


def _new_version(folder: Path, number: int = 2) -> Path:
    data = json.loads(FRAMEWORK.read_text("utf-8"))
    data["version"], data["change_note"] = number, "Anchors reworded after the 2026 review."
    out = folder / f"dynamic-security-{number}.json"
    out.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return out


def test_a_framework_imported_by_a_person_is_signed_and_a_later_change_named(
    encrypted: Site, capsys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    command = ["--db", str(encrypted.path), "--user", "koord", "framework", "import"]
    assert main([*command, str(_new_version(tmp_path))]) == 0
    assert f"{KEY}\tversion 2\t" in capsys.readouterr().out
    (row,) = sign_offs(encrypted.path, "framework_version")
    assert row.digest and row.signature and row.record_version == 2  # the framework's own
    (event,) = events(encrypted.path, "framework.import")
    assert (event.entity_type, event.entity_id) == ("framework_version", row.record_id)
    assert event.detail["sign_off"] == str(row.id)
    assert (event.detail["framework"], event.detail["version"]) == (KEY, 2)
    assert event.detail["file"] == "dynamic-security-2.json"
    code, out = verify(encrypted.path, capsys)
    assert code == 0, out
    assert main([*command, str(_new_version(tmp_path, 3))]) == 0  # retires version 2:
    assert verify(encrypted.path, capsys)[0] == 0  # no change to what was signed

    tamper(  # one behavioural anchor of version 2, reworded
        encrypted.path,
        "UPDATE competency_anchor SET text = text || ' (or not)' WHERE rowid = ("
        "SELECT min(a.rowid) FROM competency_anchor a "
        "JOIN competency c ON c.id = a.competency_id JOIN domain d ON d.id = c.domain_id "
        "WHERE d.framework_version_id = :version)",
        version=row.record_id.hex,
    )
    code, out = verify(encrypted.path, capsys)
    assert code == 1, out
    assert f"[content] framework_version {row.record_id} (version 2) — Framework " in out, out
    assert ", version 2: Mette Kjær signed it on" in out


def test_a_reworded_translation_of_a_signed_framework_is_found(
    encrypted: Site, capsys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Every language of a framework is signed: a Norwegian anchor changed behind the
    app's back is named as plainly as an English one."""
    command = ["--db", str(encrypted.path), "--user", "koord", "framework", "import"]
    assert main([*command, str(_new_version(tmp_path))]) == 0
    (row,) = sign_offs(encrypted.path, "framework_version")
    assert verify(encrypted.path, capsys)[0] == 0
    tamper(
        encrypted.path,
        "UPDATE competency_anchor SET translations = json_set(translations, '$.text.nb', "
        "'Gjør alt riktig.') WHERE rowid = (SELECT min(a.rowid) FROM competency_anchor a "
        "JOIN competency c ON c.id = a.competency_id JOIN domain d ON d.id = c.domain_id "
        "WHERE d.framework_version_id = :version)",
        version=row.record_id.hex,
    )
    code, out = verify(encrypted.path, capsys)
    assert code == 1, out
    assert f"[content] framework_version {row.record_id} (version 2) — Framework " in out, out


def test_a_framework_imported_by_the_system_account_keeps_a_plain_event(
    encrypted: Site, capsys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.access import SYSTEM
    from mentorlog.services.framework_files import import_framework

    opened = sign_in_and_open(encrypted.path, "ase", ADMIN_PW)
    with opened.db.transaction() as s:
        import_framework(s, SYSTEM, _new_version(tmp_path))
    opened.db.close()
    assert sign_offs(encrypted.path, "framework_version") == []
    (event,) = events(encrypted.path, "framework.import")
    assert event.entity_type == "framework_version" and "sign_off" not in event.detail
    assert (event.detail["framework"], event.detail["version"]) == (KEY, 2)
    assert verify(encrypted.path, capsys)[0] == 0


# -- around the sign-off: reports, later edits, moves, retention ---------------------------


@pytest.fixture
def signed(db_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A site where everything signed was signed through the services (tests/signed_site)
    and its placement then completed by the coordinator."""
    from mentorlog.services.startup import prepare_database
    from tests.signed_site import build_signed_site, sign_in
    from tests.trust_cast import PASSWORD

    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    db = prepare_database(db_path)
    built = build_signed_site(db)
    coordinator = sign_in(db, "coordinator")
    with db.transaction() as s:
        placement_endings.end_placement(
            s, coordinator, built.cast.placement_id, date(2026, 6, 26), PlacementStatus.COMPLETED
        )
    yield db, built, coordinator
    db.close()


def verify_plain(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(path), "--user", "coordinator", "audit", "verify"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_report_exported_after_the_sign_off_does_not_excuse_a_later_change(
    signed, capsys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.report_export import ExportOptions, export_student

    db, built, coordinator = signed
    with db.transaction() as s:  # the final report, as a coordinator sends it off
        export_student(s, coordinator, built.cast.placement_id, tmp_path / "r.pdf", ExportOptions())
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE placement SET target_hours = 200"))
    code, out = verify_plain(db.path, capsys)
    assert code == 1 and f"[content] placement {built.cast.placement_id} (version 1)" in out, out


def test_an_audited_change_supersedes_the_sign_off_and_completing_again_signs_anew(
    signed, capsys
) -> None:  # type: ignore[no-untyped-def]
    db, built, coordinator = signed
    pid = built.cast.placement_id
    with db.transaction() as s:  # reopened through mentorlog: not tampering
        placement_endings.extend_placement(s, coordinator, pid, date(2026, 7, 31), extra_hours=40)
    assert verify_plain(db.path, capsys)[0] == 0
    with db.transaction() as s:
        placement_endings.end_placement(
            s, coordinator, pid, date(2026, 7, 31), PlacementStatus.COMPLETED
        )
        versions = sorted(
            s.scalars(select(SignOff.record_version).where(SignOff.record_type == "placement"))
        )
    assert versions == [1, 2]
    assert verify_plain(db.path, capsys)[0] == 0
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE placement SET ends_on = '2026-08-31'"))
    code, out = verify_plain(db.path, capsys)
    assert code == 1 and f"[content] placement {pid} (version 2)" in out, out


def test_a_student_moved_to_another_prison_has_the_first_placement_signed_off(db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services import trail_check
    from tests.signed_site import sign_in
    from tests.trust_cast import make_trust_cast

    cast = make_trust_cast(db)
    coordinator, admin = sign_in(db, "coordinator"), sign_in(db, "administrator")
    with db.transaction() as s:
        halden = site.add_prison(s, admin, "Halden fengsel", country="NO")
        moved = placement_endings.move_placement(
            s, coordinator, cast.placement_id, halden.id, date(2026, 4, 1),
            (cast.other_mentor.person_id,), today=date(2026, 3, 2),
        )  # fmt: skip
    with db.session() as s:
        (row,) = s.scalars(select(SignOff).where(SignOff.record_type == "placement"))
        assert row.record_id == cast.placement_id and row.signature
        assert moved.id != cast.placement_id
        assert trail_check.check_trail(s, coordinator, full=True).ok


def test_a_retention_purge_takes_the_placements_sign_offs_with_it(signed, capsys) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.retention import plan_purge, purge_and_scrub

    db, built, coordinator = signed
    with db.session() as s:
        plan = plan_purge(s, coordinator, date(2040, 1, 1))
    assert built.cast.placement_id in {p.placement_id for p in plan.placements}
    purge_and_scrub(db, coordinator, plan)
    with db.session() as s:
        left = {r.record_type for r in s.scalars(select(SignOff))}
    assert left == set(), left  # concerns', goals' and the placement's too
    assert verify_plain(db.path, capsys)[0] == 0


@pytest.mark.postgres
def test_on_postgresql_a_final_sign_off_is_checked_as_on_sqlite(pg_url: str) -> None:
    from mentorlog.services import trail_check
    from mentorlog.services.startup import prepare_database
    from tests.signed_site import sign_in
    from tests.trust_cast import make_trust_cast

    db = prepare_database(pg_url)
    try:
        cast = make_trust_cast(db)
        coordinator = sign_in(db, "coordinator")
        with db.transaction() as s:
            placement_endings.end_placement(
                s, coordinator, cast.placement_id, date(2026, 6, 26), PlacementStatus.COMPLETED
            )
        with db.session() as s:
            assert trail_check.check_trail(s, coordinator, full=True).ok
        with db.engine.begin() as conn:  # an insider with the server's password
            conn.exec_driver_sql("UPDATE placement SET ends_on = '2026-07-31'")
        with db.session() as s:
            found = trail_check.check_trail(s, coordinator, full=True).findings
        assert [(f.kind, f.record_type, f.record_id) for f in found] == [
            ("content", "placement", cast.placement_id)
        ]
        assert found[0].about == "Placement of Jüri Õunapuu at Tartu Vangla"
    finally:
        db.close()
