"""A framework import is a signed record (issue 16): the person who imports a framework
version signs its wording; ``mentorlog audit verify`` finds it changed by raw SQL
afterwards and names it. The system account, which signs nothing, leaves a plain audit
event. On an encrypted site made as a new site is (services/opening.py)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mentorlog.cli import main
from mentorlog.models import AuditEvent, Role, SignOff
from mentorlog.services import people, placement_admin, site
from mentorlog.services.opening import create_site, sign_in_and_open
from mentorlog.services.placement_admin import PlacementInput

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


def sign_offs(path: Path, record_type: str) -> list[SignOff]:
    opened = sign_in_and_open(path, "ase", ADMIN_PW)
    with opened.db.session() as s:
        rows = list(s.scalars(select(SignOff).where(SignOff.record_type == record_type)))
        s.expunge_all()
    opened.db.close()
    return rows


def events(path: Path, action: str) -> list[AuditEvent]:
    opened = sign_in_and_open(path, "ase", ADMIN_PW)
    with opened.db.session() as s:
        found = list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))
        s.expunge_all()
    opened.db.close()
    return found


# -- a framework import -------------------------------------------------------------------


def _new_version(folder: Path) -> Path:
    data = json.loads(FRAMEWORK.read_text("utf-8"))
    data["version"], data["change_note"] = 2, "Anchors reworded after the 2026 review."
    out = folder / "dynamic-security-2.json"
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

    tamper(  # one behavioural anchor of the new version, reworded
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
