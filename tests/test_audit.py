"""The audit trail: a hash chain that names the first event altered, removed or inserted."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select, text

from mentorlog.models import AuditEvent
from mentorlog.services import audit
from mentorlog.services.access import Actor
from mentorlog.storage.audit_guard import guard_lifted
from mentorlog.storage.database import open_database

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
MENTOR = Actor(uuid.uuid4(), "Jüri Õunapuu", frozenset())


def make_chain(db, n: int = 6) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        for i in range(1, n + 1):
            audit.record(
                s,
                MENTOR,
                f"action_{i}",
                entity_type="observation",
                entity_id=uuid.uuid4(),
                detail={"n": i, "on": date(2026, 3, i), "who": "Зоя"},
                workstation="ws-prison-2",
                now=T0 + timedelta(minutes=i),
            )


def tamper(db, *statements) -> None:  # type: ignore[no-untyped-def]
    """What an attacker with write access to the file could do: the guard is lifted."""
    with db.engine.begin() as conn, guard_lifted(conn):
        for stmt in statements:
            conn.execute(stmt)


def verify(db) -> audit.ChainReport:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return audit.verify_chain(s)


def test_events_are_chained_from_the_genesis_hash(db) -> None:  # type: ignore[no-untyped-def]
    make_chain(db, 3)
    with db.session() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        assert [e.seq for e in events] == [1, 2, 3]
        assert events[0].prev_hash == audit.GENESIS_HASH
        assert events[1].prev_hash == events[0].hash and events[2].prev_hash == events[1].hash
        assert events[0].detail == {"n": 1, "on": "2026-03-01", "who": "Зоя"}
        assert events[0].actor_name == "Jüri Õunapuu" and events[0].workstation == "ws-prison-2"
        assert audit.chain_head(s) == events[2].hash
    report = verify(db)
    assert report.ok and report.events_checked == 3 and report.head == events[2].hash


def test_empty_trail_is_intact(db) -> None:  # type: ignore[no-untyped-def]
    report = verify(db)
    assert report.ok and report.events_checked == 0 and report.head == audit.GENESIS_HASH


def test_an_altered_row_is_named(db) -> None:  # type: ignore[no-untyped-def]
    make_chain(db)
    tamper(db, text("UPDATE audit_event SET action = 'nothing_to_see' WHERE seq = 4"))
    bad = verify(db).first_bad
    assert bad is not None and (bad.seq, bad.problem, bad.action) == (
        4,
        "altered",
        "nothing_to_see",
    )


def test_an_altered_and_rehashed_row_is_caught_by_the_next_link(db) -> None:  # type: ignore[no-untyped-def]
    make_chain(db)
    with db.session() as s:
        row = s.scalar(select(AuditEvent).where(AuditEvent.seq == 3))
        s.expunge(row)
    row.actor_name = "Someone Else"
    forged = audit._event_hash(row)
    tamper(
        db,
        text(
            "UPDATE audit_event SET actor_name = 'Someone Else', hash = :h WHERE seq = 3"
        ).bindparams(h=forged),
    )
    bad = verify(db).first_bad
    assert bad is not None and bad.seq == 4 and "event 3 was rewritten" in bad.explanation


def test_a_deleted_row_is_named(db) -> None:  # type: ignore[no-untyped-def]
    make_chain(db)
    tamper(db, text("DELETE FROM audit_event WHERE seq = 3"))
    bad = verify(db).first_bad
    assert bad is not None and (bad.seq, bad.problem) == (4, "removed")
    assert "event 3" in bad.explanation


def test_a_deleted_first_row_is_named(db) -> None:  # type: ignore[no-untyped-def]
    make_chain(db)
    tamper(db, text("DELETE FROM audit_event WHERE seq = 1"))
    bad = verify(db).first_bad
    assert bad is not None and (bad.seq, bad.problem) == (2, "removed")


def test_a_deleted_row_with_later_ones_renumbered_is_named(db) -> None:  # type: ignore[no-untyped-def]
    make_chain(db)
    tamper(
        db,
        text("DELETE FROM audit_event WHERE seq = 3"),
        text("UPDATE audit_event SET seq = seq - 1 WHERE seq > 3"),
    )
    bad = verify(db).first_bad
    assert bad is not None and (bad.seq, bad.problem, bad.action) == (3, "removed", "action_4")


def forged_row(db, seq: int, prev_hash: str) -> dict:  # type: ignore[no-untyped-def]
    content = dict(
        seq=seq,
        occurred_at=T0 + timedelta(minutes=30),
        actor_id=MENTOR.person_id,
        actor_name=MENTOR.name,
        workstation="ws-prison-2",
        action="observation_deleted",
        entity_type="observation",
        entity_id=uuid.uuid4(),
        subject_person_id=None,
        detail={},
        prev_hash=prev_hash,
    )
    return {**content, "id": uuid.uuid4(), "hash": audit.compute_hash(**content)}


def test_a_row_appended_with_a_made_up_link_is_named(db) -> None:  # type: ignore[no-untyped-def]
    make_chain(db)
    tamper(db, insert(AuditEvent.__table__).values(**forged_row(db, 7, "f" * 64)))
    bad = verify(db).first_bad
    assert bad is not None and (bad.seq, bad.problem) == (7, "inserted")


def test_a_row_inserted_in_the_middle_is_named(db) -> None:  # type: ignore[no-untyped-def]
    make_chain(db)
    with db.session() as s:
        prev = s.scalar(select(AuditEvent.hash).where(AuditEvent.seq == 2))
    tamper(
        db,
        # Two steps, so the unique seq holds at every statement on both databases.
        text("UPDATE audit_event SET seq = seq + 100 WHERE seq >= 3"),
        text("UPDATE audit_event SET seq = seq - 99 WHERE seq >= 100"),
        insert(AuditEvent.__table__).values(**forged_row(db, 3, prev)),
    )
    bad = verify(db).first_bad
    assert bad is not None and (bad.seq, bad.problem) == (3, "inserted")
    assert bad.action == "observation_deleted"


def test_a_row_slipped_between_two_events_is_named(db) -> None:  # type: ignore[no-untyped-def]
    """Inserted at the next free number but linked to the event before the gap."""
    make_chain(db, 3)
    with db.session() as s:
        head = audit.chain_head(s)
    with db.transaction() as s:
        audit.record(s, MENTOR, "genuine", now=T0 + timedelta(hours=1))
    tamper(
        db,
        text("UPDATE audit_event SET seq = 5 WHERE seq = 4"),
        insert(AuditEvent.__table__).values(**forged_row(db, 4, head)),
    )
    bad = verify(db).first_bad
    # The genuine event, renumbered, no longer matches its hash.
    assert bad is not None and bad.seq == 4 and bad.problem == "inserted"


@pytest.mark.postgres
def test_concurrent_writers_do_not_fork_the_chain(pg_url: str) -> None:
    db = open_database(pg_url)
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def writer(k: int) -> None:
        try:
            start.wait()
            for i in range(25):
                with db.transaction() as s:
                    s.execute(text("SELECT 1"))  # the transaction has read before it appends
                    audit.record(s, MENTOR, f"writer_{k}_{i}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        with db.session() as s:
            report = audit.verify_chain(s)
        assert report.ok and report.events_checked == 100
    finally:
        db.close()


def test_the_trail_is_filtered_in_sql_for_coordinators_alone(db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.models import Role
    from mentorlog.services import audit_trail
    from mentorlog.services.audit_trail import AuditFilter
    from mentorlog.services.errors import PermissionDeniedError

    make_chain(db, 6)
    coordinator = Actor(uuid.uuid4(), "Mette Kjær", frozenset({Role.COORDINATOR}))
    mentor = Actor(MENTOR.person_id, MENTOR.name, frozenset({Role.MENTOR}))
    with db.transaction() as s:
        audit.record(
            s, coordinator, "sign_in", workstation="academy-pc", now=T0 + timedelta(days=3)
        )
    with db.session() as s:
        rows = audit_trail.list_events(s, coordinator, AuditFilter(text="ÕUNAPUU"), limit=4)
        assert [r.seq for r in rows] == [6, 5, 4, 3]
        assert rows[0].detail["who"] == "Зоя"
        later = AuditFilter(since=(T0 + timedelta(days=1)).date())
        assert [r.action for r in audit_trail.list_events(s, coordinator, later)] == ["sign_in"]
        assert audit_trail.count_events(s, coordinator, AuditFilter(until=T0.date())) == 6
        by_actor = AuditFilter(actor_id=coordinator.person_id)
        assert audit_trail.count_events(s, coordinator, by_actor) == 1
        assert audit_trail.count_events(s, coordinator, AuditFilter(text="academy")) == 1
        assert "sign_in" in audit_trail.action_names(s, coordinator)
        with pytest.raises(PermissionDeniedError):
            audit_trail.list_events(s, mentor)
