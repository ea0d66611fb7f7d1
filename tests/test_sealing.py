"""Sign-offs without an event of their own are sealed: those from before signatures, once
after the upgrade, and the demo's; an honest demo (encrypted, from ``mentorlog demo``)
verifies clean, and a change to a sealed sign-off is found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mentorlog.cli import main
from mentorlog.models import AuditEvent, Role, SignOff
from mentorlog.services import trail_check
from mentorlog.services.access import SYSTEM
from mentorlog.services.startup import prepare_database
from mentorlog.storage.engine import make_engine, resolve_url
from mentorlog.storage.migrate import downgrade
from tests.factories import Factory


def _legacy_site(path: Path) -> None:
    """A database as an earlier mentorlog left it: sign-offs with no digest, at 0004."""
    db = prepare_database(path)
    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        student = f.person("Ülle", "Kask", Role.STUDENT)
        placement = f.placement(student, mentors=[mentor])
        for day in (2, 3, 4):
            obs = f.observation(placement, mentor, date(2025, 3, day), f"Shift {day}.",
                                ratings={"COM-1": 3})  # fmt: skip
            f.acknowledge(obs, student)
    db.close()
    engine = make_engine(resolve_url(str(path)))
    downgrade(engine, "0004")
    engine.dispose()


def _check(path: Path, **kwargs):  # type: ignore[no-untyped-def]
    db = prepare_database(path)
    try:
        with db.session() as s:
            return trail_check.check_trail(s, SYSTEM, **kwargs)
    finally:
        db.close()


def test_sign_offs_from_before_signatures_are_sealed_once_after_the_upgrade(db_path: Path) -> None:
    _legacy_site(db_path)
    result = _check(db_path)
    assert result.ok, result.findings
    assert any("covered by a seal" in note for note in result.notes)
    db = prepare_database(db_path)  # opening again seals nothing more
    with db.session() as s:
        assert s.scalar(select(SignOff.id).where(SignOff.digest.is_(None))) is None
        seals = s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "sign_offs.sealed"))
        assert [d["sealed"]["count"] for d in seals] == [3]
    db.close()


def test_a_sealed_record_changed_later_is_named(db_path: Path) -> None:
    _legacy_site(db_path)
    _check(db_path)
    engine = make_engine(resolve_url(str(db_path)))
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE observation SET narrative = 'Rewritten.' WHERE narrative = 'Shift 3.'")
        )
    engine.dispose()
    kinds = [f.kind for f in _check(db_path).findings]
    assert kinds == ["content"]


def test_a_sealed_sign_off_forged_with_its_digest_breaks_the_seal(db_path: Path) -> None:
    _legacy_site(db_path)
    _check(db_path)
    engine = make_engine(resolve_url(str(db_path)))
    with engine.begin() as conn:  # an insider who knows how digests are made changes both
        conn.execute(text("UPDATE sign_off SET digest = 'ab' || substr(digest, 3)"))
    engine.dispose()
    findings = _check(db_path).findings
    assert any(f.kind == "seal" and "no longer match their seal" in f.message for f in findings)


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--students", "6", "--observations", "200"]) == 0
    monkeypatch.setenv("MENTORLOG_PASSWORD", "demo")
    return path


def test_an_honest_encrypted_demo_verifies_clean(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    for extra in ((), ("--full",)):
        assert main(["--db", str(demo), "--user", "coordinator", "audit", "verify", *extra]) == 0
        out = capsys.readouterr().out
        assert "audit trail and signed records intact" in out and "PROBLEM" not in out


def test_a_demo_sign_off_forged_is_named_by_its_signature(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.opening import sign_in_and_open

    site = sign_in_and_open(demo, "admin", "demo")
    with site.db.engine.begin() as conn:
        conn.execute(text(
            "UPDATE sign_off SET comment = 'I agree with all of it.' WHERE id = "
            "(SELECT id FROM sign_off WHERE kind = 'disagreed' LIMIT 1)"))  # fmt: skip
    site.db.close()
    capsys.readouterr()
    assert main(["--db", str(demo), "--user", "coordinator", "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "[seal] the sign-offs sealed at event" in out
    assert "[signature] observation" in out and "forged or changed" in out


def test_the_helper_process_opens_an_encrypted_file_too(
    demo: Path, capsys, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services import parallel_digests

    monkeypatch.setattr(parallel_digests, "WORTH_IT", 1)
    capsys.readouterr()
    assert main(["--db", str(demo), "--user", "coordinator", "audit", "verify"]) == 0
    assert "second process" not in caplog.text
