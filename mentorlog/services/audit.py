"""The audit trail: an append-only, hash-chained, signed log of who did what, when, where.

Each event carries the SHA-256 of its own content and of the event before it, so an
event that is altered, removed or inserted afterwards breaks the chain; and the Ed25519
signature of that hash by the key of whoever acted (held for them since they signed in,
storage/keyholder.py; what the app does by itself is signed by the site key, or by the key
of the person signed in at this workstation). The hash alone has no secret: someone with
write access to the file could recompute the chain from a tampered point on, but not the
signatures of the people whose events follow. ``services/trail_check.py`` checks both, and
the chain heads kept outside the database (witness files, backups, report footers).

Migration 0003 makes UPDATE and DELETE on ``audit_event`` fail in the database itself.
"""

from __future__ import annotations

import hashlib
import json
import logging
import socket
import uuid
from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from mentorlog.models import AuditEvent, utcnow
from mentorlog.services import changes
from mentorlog.services.access import Actor
from mentorlog.services.raw_rows import (
    as_datetime,
    dashed,
    driver_rows,
    iso_moment,
    json_value,
    raw,
)
from mentorlog.services.signed_statements import event_message
from mentorlog.storage.engine import READS_ONLY, writing
from mentorlog.storage.keyholder import holder_for

log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
NOT_SIGNED_IN = "(not signed in)"
# Any constant works; it only has to be the same for every writer of the chain.
_PG_CHAIN_LOCK_KEY = 0x6D6C6F67


def this_workstation() -> str:
    return socket.gethostname()


def _canonical_detail(detail: dict[str, Any] | None) -> dict[str, Any]:
    # Round-trip through JSON now, so the stored value (read back later) hashes the same.
    return json.loads(json.dumps(detail or {}, default=str, ensure_ascii=False))


# json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False), without
# building an encoder per event (a long trail's check hashes every one).
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def compute_hash(
    *,
    seq: int,
    occurred_at: datetime | str,
    actor_id: uuid.UUID | str | None,
    actor_name: str,
    workstation: str,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | str | None,
    subject_person_id: uuid.UUID | str | None,
    detail: dict[str, Any],
    prev_hash: str,
) -> str:
    """SHA-256 over a canonical JSON of the event's content and the previous hash. Ids and
    the time may also come as stored (services/raw_rows.py): the hash is the same."""
    content = {
        "seq": seq,
        "occurred_at": iso_moment(occurred_at),
        "actor_id": dashed(actor_id) if actor_id else None,
        "actor_name": actor_name,
        "workstation": workstation,
        "action": action,
        "entity_type": entity_type,
        "entity_id": dashed(entity_id) if entity_id else None,
        "subject_person_id": dashed(subject_person_id) if subject_person_id else None,
        "detail": detail,
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(_ENCODER.encode(content).encode("utf-8")).hexdigest()


def _event_hash(event: Any, seq: int | None = None) -> str:
    """The hash of an AuditEvent or a row of its columns (with ``seq`` put in its place)."""
    return compute_hash(
        seq=event.seq if seq is None else seq,
        occurred_at=event.occurred_at,
        actor_id=event.actor_id,
        actor_name=event.actor_name,
        workstation=event.workstation,
        action=event.action,
        entity_type=event.entity_type,
        entity_id=event.entity_id,
        subject_person_id=event.subject_person_id,
        detail=event.detail,
        prev_hash=event.prev_hash,
    )


def _lock_chain(session: Session) -> None:
    """Keep two writers from reading the same last event and forking the chain.

    PostgreSQL: a transaction-level advisory lock, released at commit or rollback.
    SQLite: one writer at a time is SQLite's own rule, and the unique ``seq`` makes a
    second writer that read a stale head fail rather than fork.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_CHAIN_LOCK_KEY})


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity_type: str = "",
    entity_id: uuid.UUID | None = None,
    subject_person_id: uuid.UUID | None = None,
    detail: dict[str, Any] | None = None,
    workstation: str = "",
    *,
    now: datetime | None = None,
) -> None:
    """Append one event to the chain, in the caller's transaction.

    ``actor`` None means nobody is signed in (a failed sign-in). An empty ``workstation``
    means this machine. ``detail`` must be JSON-like; other values are stored as text.
    The event is signed with the key held for ``actor`` (see the module docstring); with
    none held it is recorded unsigned, which ``audit verify`` reports for a person whose
    key was in force. The change the event names is noted beside it for the change feed
    (services/changes.py).
    """
    _lock_chain(session)
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    occurred_at = (now or utcnow()).astimezone(UTC)
    event = AuditEvent(
        seq=seq,
        occurred_at=occurred_at,
        actor_id=actor.person_id if actor else None,
        actor_name=actor.name if actor else NOT_SIGNED_IN,
        workstation=workstation or this_workstation(),
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        subject_person_id=subject_person_id,
        detail=_canonical_detail(detail),
        prev_hash=prev_hash,
    )
    event.hash = _event_hash(event)
    held = holder_for(session).for_actor(actor.person_id if actor else None)
    if held is not None:
        event.signer_key_id = held.key_id
        event.signature = held.sign(event_message(event.hash))
    session.add(event)
    session.flush()
    changes.note_audited(session, action, entity_type, entity_id)


def chain_head(session: Session) -> str:
    """The hash of the newest event (64 zeros for an empty trail)."""
    head = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
    return head or GENESIS_HASH


@dataclass(frozen=True)
class BadEvent:
    seq: int
    occurred_at: datetime | None
    action: str
    problem: str  # "altered", "removed" or "inserted"
    explanation: str


@dataclass(frozen=True)
class ChainReport:
    events_checked: int
    head: str
    first_bad: BadEvent | None

    @property
    def ok(self) -> bool:
        return self.first_bad is None


_CHAIN_COLUMNS = (
    AuditEvent.seq,
    AuditEvent.occurred_at,
    AuditEvent.actor_id,
    AuditEvent.actor_name,
    AuditEvent.workstation,
    AuditEvent.action,
    AuditEvent.entity_type,
    AuditEvent.entity_id,
    AuditEvent.subject_person_id,
    AuditEvent.detail,
    AuditEvent.prev_hash,
    AuditEvent.hash,
)


def raw_events(session: Session, *extra: Any) -> Iterator[Any]:
    """Every event in ``seq`` order as stored (ids and times as text, services/raw_rows.py),
    its detail parsed; with ``extra`` columns after the chain's. Streamed, through Core:
    building ORM objects, then converting every id, took most of a long trail's check."""
    name = session.get_bind().dialect.name
    chosen = (*_CHAIN_COLUMNS, *extra)
    stmt = select(*(raw(c, name) for c in chosen)).order_by(AuditEvent.seq)
    event_row = namedtuple("EventRow", [c.key for c in chosen])  # type: ignore[misc]
    detail_at = [c.key for c in chosen].index("detail")
    for stored in driver_rows(session, stmt):
        values = list(stored)
        values[detail_at] = json_value(values[detail_at])
        yield event_row(*values)


def _events(session: Session) -> Iterator[Any]:
    yield from raw_events(session)


def _bad(event: Any, problem: str, explanation: str) -> BadEvent:
    return BadEvent(event.seq, as_datetime(event.occurred_at), event.action, problem, explanation)


class ChainWalker:
    """Checks events one by one in ``seq`` order; ``step`` returns the first problem found
    (altered, removed or inserted), after which the chain is not judged any further."""

    def __init__(self) -> None:
        self.prev: Any = None
        self._before_prev_hash: str | None = None  # the hash of the event before ``prev``
        self.checked = 0
        self.first_bad: BadEvent | None = None

    @property
    def head(self) -> str:
        return self.prev.hash if self.prev is not None else GENESIS_HASH

    def step(self, event: Any) -> BadEvent | None:
        self.checked += 1
        if self.first_bad is not None:
            return None
        bad = self._judge(event)
        if bad is not None:
            self.first_bad = bad
            return bad
        self._before_prev_hash = self.prev.hash if self.prev is not None else GENESIS_HASH
        self.prev = event
        return None

    def _judge(self, event: Any) -> BadEvent | None:
        prev = self.prev
        expected_seq = prev.seq + 1 if prev else 1
        expected_prev = prev.hash if prev else GENESIS_HASH
        if event.seq > expected_seq:
            missing = (
                f"event {expected_seq}"
                if event.seq == expected_seq + 1
                else f"events {expected_seq} to {event.seq - 1}"
            )
            return _bad(event, "removed", f"{missing} before it are missing")
        if _event_hash(event) != event.hash:
            if _event_hash(event, event.seq - 1) == event.hash and prev is not None:
                return _bad(prev, "inserted", "it was put into the chain, renumbering later events")
            if _event_hash(event, event.seq + 1) == event.hash:
                return _bad(
                    event, "removed", "the event before it was removed and later renumbered"
                )
            return _bad(event, "altered", "its content no longer matches its hash")
        if event.prev_hash != expected_prev:
            if prev is not None and event.prev_hash == self._before_prev_hash:
                return _bad(prev, "inserted", "the event after it links to the event before it")
            if prev is None:
                return _bad(
                    event, "removed", "it does not start the chain: earlier events were removed"
                )
            return _bad(
                event,
                "inserted",
                f"it does not follow event {prev.seq}: it was inserted, "
                f"or event {prev.seq} was rewritten",
            )
        return None


def verify_chain(session: Session) -> ChainReport:
    """Walk the trail in ``seq`` order and name the first event altered, removed or inserted.

    Removing events at the very end leaves a shorter chain that is still intact; compare
    ``head`` with a head printed on an earlier report to catch that (and the signatures:
    services/trail_check.py checks those and every signed record).
    """
    walker = ChainWalker()
    for event in _events(session):
        bad = walker.step(event)
        if bad is not None:
            return ChainReport(walker.checked, event.hash, bad)
    return ChainReport(walker.checked, walker.head, None)


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def record_refusal(
    engine: Engine, actor: Actor | None, message: str, workstation: str = ""
) -> None:
    """Log a permission refusal in a transaction of its own: the refused work is rolled
    back, but the attempt must stay on record."""
    with Session(writing(engine)) as session, session.begin():
        record(
            session,
            actor,
            "permission.refused",
            detail={"message": message},
            workstation=workstation,
        )


def record_after_reading(
    session: Session,
    actor: Actor | None,
    action: str,
    entity_type: str = "",
    entity_id: uuid.UUID | None = None,
    subject_person_id: uuid.UUID | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """The event of a long read (a report, an export): when ``session`` only reads
    (Database.session), in a short write transaction of its own, so the read never held
    the write lock; otherwise in ``session``'s own transaction.

    On a database that can only be read (read-only media, or found damaged) nothing can
    be recorded; the export still goes ahead, and the log says it was not audited.
    """
    bind = session.get_bind()
    if not bind.get_execution_options().get(READS_ONLY):
        record(session, actor, action, entity_type, entity_id, subject_person_id, detail)
        return
    assert isinstance(bind, Engine)
    try:
        with Session(writing(bind), info=dict(session.info)) as own, own.begin():
            record(own, actor, action, entity_type, entity_id, subject_person_id, detail)
    except Exception as exc:
        from mentorlog.storage.faults import Fault, fault_of

        if fault_of(exc) != Fault.READ_ONLY:
            raise
        log.warning("%s was not put on the audit trail: the database is read-only", action)
