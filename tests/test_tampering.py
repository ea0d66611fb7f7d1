"""An insider with the file and their own password edits it with raw SQL (dropping the
guard triggers first, as they would): ``mentorlog audit verify`` exits 1 and names the
record or event, for every case the issue lists; an honest site verifies clean.

Each test builds a site where everything was signed through the services by people who
signed in (tests/signed_site.py), tampers with it in plain SQL, then runs the command.
"""

from __future__ import annotations

import base64
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mentorlog.cli import main
from mentorlog.models import AuditEvent
from mentorlog.services import audit
from mentorlog.services.startup import prepare_database
from mentorlog.storage.engine import make_engine, resolve_url
from tests.signed_site import SignedSite, build_signed_site
from tests.trust_cast import PASSWORD


@pytest.fixture
def site(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, SignedSite]]:
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    db = prepare_database(db_path)
    built = build_signed_site(db)
    db.close()
    yield db_path, built


def verify(path: Path, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, str]:
    code = main(["--db", str(path), "--user", "coordinator", "audit", "verify", *more])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def sql(path: Path, *statements: str, drop_guards: bool = True) -> None:
    """What the insider runs: plain SQL on the file, the guard triggers dropped first."""
    conn = sqlite3.connect(path)
    try:
        if drop_guards:
            conn.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
            conn.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def hexid(value: uuid.UUID) -> str:
    return value.hex  # how SQLite holds a Uuid column


def last_seq(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT max(seq) FROM audit_event").fetchone()[0]
    finally:
        conn.close()


HASHED = (
    "seq",
    "occurred_at",
    "actor_id",
    "actor_name",
    "workstation",
    "action",
    "entity_type",
    "entity_id",
    "subject_person_id",
    "detail",
    "prev_hash",
)


def rechain(path: Path, from_seq: int, renumber: int = 0) -> None:
    """Recompute every hash from ``from_seq`` on (shifting their numbers by ``renumber``),
    as an insider would after deleting or inserting events: the chain is intact again."""
    engine = make_engine(resolve_url(str(path)))
    cols = [c for c in AuditEvent.__table__.c if c.name not in ("id",)]
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_event_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_event_no_delete")
        rows = conn.execute(select(AuditEvent.id, *cols).order_by(AuditEvent.seq)).all()
        prev = audit.GENESIS_HASH
        for row in rows:
            if row.seq < from_seq:
                prev = row.hash
                continue
            data = row._asdict()
            data["seq"] = row.seq + renumber
            data["prev_hash"] = prev
            prev = audit.compute_hash(**{k: data[k] for k in HASHED})
            conn.execute(
                AuditEvent.__table__.update()
                .where(AuditEvent.id == row.id)
                .values(seq=-data["seq"], prev_hash=data["prev_hash"], hash=prev)
            )
        conn.exec_driver_sql("UPDATE audit_event SET seq = -seq WHERE seq < 0")
    engine.dispose()


# -- an honest site -------------------------------------------------------------------


def test_an_honest_site_verifies_clean(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    code, out = verify(path, capsys)
    assert code == 0, out
    assert "audit trail and signed records intact" in out and "PROBLEM" not in out
    code, out = verify(path, capsys, "--full")
    assert code == 0, out
    assert "(every signature)" in out


# -- caught before this change, still caught ------------------------------------------


def test_an_altered_event(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    sql(path, "UPDATE audit_event SET actor_name = 'Someone else' WHERE seq = 5")
    code, out = verify(path, capsys)
    assert code == 1 and "[chain] event 5" in out and "altered" in out


def test_a_deleted_event_in_the_middle(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    sql(path, "DELETE FROM audit_event WHERE seq = 7")
    code, out = verify(path, capsys)
    assert code == 1 and "[chain] event 8" in out and "event 7 before it are missing" in out


def test_a_renumbering(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    sql(
        path,
        "DELETE FROM audit_event WHERE seq = 7",
        "UPDATE audit_event SET seq = -(seq - 1) WHERE seq > 7",
        "UPDATE audit_event SET seq = -seq WHERE seq < 0",
    )
    code, out = verify(path, capsys)
    assert code == 1 and "[chain] event 7" in out and "removed" in out


def test_an_insert_with_renumbering(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    sql(
        path,
        "UPDATE audit_event SET seq = -(seq + 1) WHERE seq >= 6",
        "UPDATE audit_event SET seq = -seq WHERE seq < 0",
        "INSERT INTO audit_event (id, seq, occurred_at, actor_name, workstation, action, "
        "entity_type, detail, prev_hash, hash) SELECT lower(hex(randomblob(16))), 6, "
        "occurred_at, 'Mette Kjær', 'ws', 'report.export', '', '{}', hash, hash "
        "FROM audit_event WHERE seq = 5",
    )
    code, out = verify(path, capsys)
    assert code == 1 and "[chain] event 6 " in out


def test_a_bad_hash_append(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    n = last_seq(path)
    sql(
        path,
        "INSERT INTO audit_event (id, seq, occurred_at, actor_name, workstation, action, "
        f"entity_type, detail, prev_hash, hash) SELECT lower(hex(randomblob(16))), {n + 1}, "
        "occurred_at, 'Ingrid Sæther', 'ws', 'observation.sign', '', '{}', hash, "
        f"'{'ab' * 32}' FROM audit_event WHERE seq = {n}",
    )
    code, out = verify(path, capsys)
    assert code == 1 and f"[chain] event {n + 1}" in out and "altered" in out


# -- not caught before: now caught ------------------------------------------------------


def test_a_signed_observations_narrative_changed(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    sql(
        path,
        f"UPDATE observation SET narrative = 'Nothing happened.' "
        f"WHERE id = '{hexid(s.observation_id)}'",
    )
    code, out = verify(path, capsys)
    assert code == 1
    assert f"[content] observation {s.observation_id} (version 1)" in out
    assert "Ingrid Sæther signed it on" in out and "no longer matches what was signed" in out
    # The student's acknowledgement of that version is named too: it no longer matches.
    assert "Jüri Õunapuu acknowledged it on" in out


def test_a_signed_rating_changed(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    sql(
        path,
        "UPDATE rating SET level_id = (SELECT id FROM scale_level WHERE value = 1 AND "
        "framework_version_id = (SELECT framework_version_id FROM scale_level WHERE "
        "id = rating.level_id)) WHERE observation_id = "
        f"'{hexid(s.observation_id)}'",
    )
    code, out = verify(path, capsys)
    assert code == 1 and f"[content] observation {s.observation_id}" in out


def test_locked_at_cleared_and_edited(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    sql(
        path,
        "UPDATE observation SET locked_at = NULL, narrative = 'Softened.' "
        f"WHERE id = '{hexid(s.amended_id)}'",
    )
    code, out = verify(path, capsys)
    assert code == 1
    assert f"[unlocked] observation {s.amended_id} (version 2)" in out
    assert f"[content] observation {s.amended_id} (version 2)" in out


def test_a_students_disagreement_rewritten(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    sql(path, "UPDATE sign_off SET kind = 'acknowledged', comment = '' WHERE kind = 'disagreed'")
    code, out = verify(path, capsys)
    assert code == 1
    assert f"[content] observation {s.amended_id} (version 2)" in out
    assert "the sign-off is not as event" in out and "its comment, kind" in out


def test_a_sign_off_deleted(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    sql(
        path,
        f"DELETE FROM sign_off WHERE record_id = '{hexid(s.review_id)}' AND role = 'coordinator'",
    )
    code, out = verify(path, capsys)
    assert code == 1 and f"[missing_sign_off] review {s.review_id}" in out
    assert "review.sign by Mette Kjær) records a sign-off that is missing" in out


def test_a_sign_offs_signature_replaced_is_named_with_its_record(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    forged = base64.b64encode(bytes(64)).decode()  # shaped like an Ed25519 signature
    sql(
        path,
        f"UPDATE sign_off SET signature = '{forged}' "
        f"WHERE record_id = '{hexid(s.observation_id)}' AND role = 'mentor'",
    )
    code, out = verify(path, capsys, "--full")
    assert code == 1
    # The record as every other finding names it: its id as a UUID, and in words.
    assert (
        f"[signature] observation {s.observation_id} (version 1) — Observation of 2026-03-02 "
        "for Jüri Õunapuu: the sign-off's signature does not verify"
    ) in out, out


def test_guard_triggers_dropped_and_left_dropped(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    sql(path)  # only the triggers go
    code, out = verify(path, capsys)
    assert code == 1
    assert "[guard] trigger audit_event_no_update" in out
    assert "[guard] trigger audit_event_no_delete" in out


def test_the_last_event_deleted(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    n = last_seq(path)  # the last sign-out, which this workstation's witness noted
    sql(path, f"DELETE FROM audit_event WHERE seq = {n}")
    code, out = verify(path, capsys)
    assert code == 1 and f"[truncated] event {n}" in out


def test_events_deleted_and_the_hashes_recomputed(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = site
    sql(path, "DELETE FROM audit_event WHERE seq = 10")
    rechain(path, 11, renumber=-1)
    code, out = verify(path, capsys)
    assert code == 1 and "[chain]" not in out  # the chain itself is whole again
    assert "[signature] event" in out and "its signature does not verify" in out
    assert "[truncated]" in out


def test_every_event_deleted(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    sql(path, "DELETE FROM audit_event")
    code, out = verify(path, capsys)
    assert code == 1
    assert "[key] signing key" in out and "no event issued it" in out
    assert f"[off_trail] observation {s.observation_id}" in out
    assert "[truncated]" in out


def _forged_event(path: Path, site: SignedSite, *, signer: str | None = None) -> int:
    """Append an event in the mentor's name with a correct hash (and, with ``signer``, the
    signature of that person's key id but a made-up signature)."""
    import datetime as dt

    conn = sqlite3.connect(path)
    try:
        seq, prev = conn.execute(
            "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        key = None
        if signer is not None:
            key = conn.execute(
                "SELECT signing_key.id FROM signing_key JOIN person ON person.id = "
                "signing_key.person_id WHERE person.username = ? AND valid_until IS NULL",
                (signer,),
            ).fetchone()[0]
        at = dt.datetime.now(dt.UTC)
        content = {
            "seq": seq + 1,
            "occurred_at": at,
            "actor_id": site.mentor.person_id,
            "actor_name": site.mentor.name,
            "workstation": "ws-test",
            "action": "observation.delete",
            "entity_type": "observation",
            "entity_id": site.observation_id,
            "subject_person_id": None,
            "detail": {},
            "prev_hash": prev,
        }
        conn.execute(
            "INSERT INTO audit_event (id, seq, occurred_at, actor_id, actor_name, workstation, "
            "action, entity_type, entity_id, detail, prev_hash, hash, signer_key_id, signature) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)",
            (
                uuid.uuid4().hex,
                seq + 1,
                at.replace(tzinfo=None).isoformat(" "),
                site.mentor.person_id.hex,
                site.mentor.name,
                "ws-test",
                "observation.delete",
                "observation",
                site.observation_id.hex,
                prev,
                audit.compute_hash(**content),
                key,
                "AAAA" * 22 if key else None,
            ),
        )
        conn.commit()
        return seq + 1
    finally:
        conn.close()


def test_a_forged_event_with_a_valid_hash(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    forged = _forged_event(path, s)
    code, out = verify(path, capsys)
    assert code == 1 and "[chain]" not in out
    assert f"[unsigned] event {forged}" in out and "Ingrid Sæther's signing key was in force" in out


def test_a_forged_event_signed_with_the_insiders_own_key(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    forged = _forged_event(path, s, signer="coordinator")
    code, out = verify(path, capsys)
    assert code == 1 and f"[signer] event {forged}" in out and "another person's key" in out


def test_a_forged_event_beyond_an_earlier_head(site, capsys) -> None:  # type: ignore[no-untyped-def]
    path, s = site
    conn = sqlite3.connect(path)
    head = conn.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0]
    conn.close()
    forged = _forged_event(path, s, signer="mentor")  # the mentor's key id, a made-up signature
    code, out = verify(path, capsys, "--head", head)
    assert code == 1
    assert f"[signature] event {forged}" in out and "does not verify" in out


def test_the_helper_process_shares_the_check_and_finds_the_same(
    site, capsys, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    """A long trail's check reads part of the signed records in a second process
    (services/parallel_digests.py); forced on here, it finds what one process finds."""
    from mentorlog.services import parallel_digests

    monkeypatch.setattr(parallel_digests, "WORTH_IT", 1)
    monkeypatch.setattr(parallel_digests, "SHARE", 0.99)  # the helper reads them all
    path, s = site
    started: list[object] = []
    real_start = parallel_digests.start
    monkeypatch.setattr(
        parallel_digests,
        "start",
        lambda session: started.append(real_start(session)) or started[-1],
    )
    code, out = verify(path, capsys)
    assert code == 0, out
    assert started and started[0] is not None  # it did run, and did not fail
    assert "second process" not in caplog.text
    sql(path, f"UPDATE observation SET narrative = 'Nothing.' WHERE id = '{hexid(s.amended_id)}'")
    code, out = verify(path, capsys)
    assert code == 1 and f"[content] observation {s.amended_id} (version 2)" in out
