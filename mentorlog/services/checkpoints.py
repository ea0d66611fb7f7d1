"""Chain heads anchored outside the database: at each sign-out, backup, report and
verification the trail's head goes into this workstation's witness file (storage/witness.py);
reports print it in their footers, backups keep it in their sidecar.

The head is the newest event's number and hash; that event's signature (by whoever acted)
covers the whole trail before it, so a head is a signed checkpoint.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from mentorlog.models import AuditEvent
from mentorlog.storage import witness

log = logging.getLogger(__name__)
GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class TrailHead:
    seq: int  # the newest event's number (0: no events)
    hash: str
    events: int  # how many events the trail holds

    def footer_text(self) -> str:
        """How a report's footer prints it."""
        return f"Audit trail: {self.events:,} events, head {self.seq} · {self.hash[:16]}"


def trail_head(session: Session) -> TrailHead:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    if row is None:
        return TrailHead(0, GENESIS_HASH, 0)
    events = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return TrailHead(int(row[0]), str(row[1]), int(events))


def location(session: Session) -> str:
    return witness.location_of(session.get_bind().engine.url)


def note_head(session: Session, why: str) -> None:
    """Note the trail's head (as this session sees it) in the witness file now."""
    head = trail_head(session)
    try:
        witness.note(location(session), head.seq, head.hash, why)
    except OSError as exc:
        log.warning("the witness file could not be written: %s", exc)


_PENDING = "mentorlog.witness_pending"


def witness_after_commit(session: Session, why: str) -> None:
    """Note the head in the witness file once ``session`` has committed (never a head that
    was rolled back)."""
    head = trail_head(session)
    session.info[_PENDING] = (location(session), head.seq, head.hash, why)


@event.listens_for(Session, "after_commit")
def _note_pending(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending is None:
        return
    where, seq, head_hash, why = pending
    try:
        witness.note(where, seq, head_hash, why)
    except OSError as exc:
        log.warning("the witness file could not be written: %s", exc)


@event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
