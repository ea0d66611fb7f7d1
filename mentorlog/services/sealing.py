"""Seals: one audit event that covers sign-offs which have no event of their own.

Sign-offs made through mentorlog since signatures came each have an event with their
digest. Two kinds do not: those made before (sealed once, right after the upgrade that
brought signatures: each gets its record's digest, unsigned, as nobody's key existed) and
the demo's (services/demo/signatures.py). A seal is the count and the SHA-256 of all of
them (sign_off_check.seal_digest); ``audit verify`` recomputes it. A retention purge,
which removes some of them, seals what is left in its own event.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from mentorlog.models import AuditEvent, SignOff
from mentorlog.services import audit, record_content
from mentorlog.services.access import SYSTEM
from mentorlog.services.sign_off_check import SIGN_OFF_COLUMNS, seal_digest

SIGNATURES_REVISION = "0007"  # the migration that brought signatures


def _referenced(session: Session) -> set[uuid.UUID]:
    """The sign-offs some audit event names."""
    named = session.scalars(
        select(AuditEvent.detail["sign_off"].as_string()).where(
            AuditEvent.detail["sign_off"].as_string().is_not(None)
        )
    )
    found = set()
    for text in named:
        try:
            found.add(uuid.UUID(text))
        except (TypeError, ValueError):
            continue
    return found


def unsealed_rows(session: Session) -> list[Any]:
    """The sign-offs no audit event names, with their digests and signatures."""
    referenced = _referenced(session)
    rows = session.execute(select(*SIGN_OFF_COLUMNS))
    return [row for row in rows if row.id not in referenced]


def current_seal(session: Session) -> dict[str, Any]:
    rows = unsealed_rows(session)
    return {"count": len(rows), "digest": seal_digest(rows)}


def seal_existing(session: Session) -> int:
    """Right after the upgrade that brought signatures (services/startup.py): give every
    sign-off its record's digest and seal them all. Returns how many were sealed."""
    table = SignOff.__table__
    missing = session.execute(
        select(SignOff.id, SignOff.record_type, SignOff.record_id).where(SignOff.digest.is_(None))
    ).all()
    updates = []
    for kind, rows in record_content.grouped((r.record_type, r) for r in missing).items():
        current = (
            record_content.digests(session, kind, [r.record_id for r in rows])
            if kind in record_content.SIGNED_KINDS
            else {}
        )
        updates += [
            {"b_id": r.id, "b_digest": current[r.record_id.hex]}
            for r in rows
            if r.record_id.hex in current
        ]
    if updates:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(digest=bindparam("b_digest"), updated_at=table.c.updated_at),
            updates,
        )
    seal = current_seal(session)
    if seal["count"]:
        audit.record(
            session,
            SYSTEM,
            "sign_offs.sealed",
            entity_type="database",
            detail={"sealed": seal, "reason": "sign-offs made before signatures"},
        )
    return int(seal["count"])


def seal_after_purge(session: Session) -> dict[str, Any] | None:
    """The seal of what is left once a purge removed sign-offs, for its event; None when
    nothing was ever sealed."""
    had_seal = session.scalar(
        select(AuditEvent.seq).where(AuditEvent.detail["sealed"].as_string().is_not(None)).limit(1)
    )
    return current_seal(session) if had_seal is not None else None
