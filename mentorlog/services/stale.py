"""Refusing a save made from a copy someone else has changed since it was read.

Every editable record carries a row version (models/base.RowVersioned). A view handed to
the UI carries it too (``row_version``); a save names the version it was made from
(``expected_version``), and a record that has moved on since is not overwritten:
``StaleEditError`` says who changed it and when, so the app can show the newer version
beside what the person typed. Two saves racing inside the same moment are caught by the
database itself (the UPDATE of the loser matches no row; the app's worker tries it again,
and this check then refuses it).

Who changed it comes from the audit trail: every write service records an event for the
record in the transaction that changed it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import AuditEvent
from mentorlog.services.errors import StaleEditError


def require_fresh(
    session: Session, record: Any, expected_version: int | None, what: Message
) -> None:
    """Refuse the save when ``record`` is no longer at ``expected_version`` (None: the
    caller holds no copy, e.g. a command that reads and writes in one transaction)."""
    if expected_version is None or record.row_version == expected_version:
        return
    raise stale_error(session, record.id, record.updated_at, what)


def last_change(
    session: Session, record_id: uuid.UUID, changed_at: datetime | None
) -> tuple[str, datetime | None]:
    """Who made the change to ``record_id`` saved at ``changed_at``, and when: the first
    event about it from that moment on (a write service records its event right after
    the change, in the same transaction)."""
    query = select(AuditEvent.actor_name, AuditEvent.occurred_at).where(
        AuditEvent.entity_id == record_id
    )
    row = None
    if changed_at is not None:
        row = session.execute(
            query.where(AuditEvent.occurred_at >= changed_at).order_by(AuditEvent.seq).limit(1)
        ).first()
    if row is None:
        row = session.execute(query.order_by(AuditEvent.seq.desc()).limit(1)).first()
    if row is None:
        return str(msg("Someone else")), changed_at
    return row[0], changed_at or row[1]


def stale_error(
    session: Session, record_id: uuid.UUID, changed_at: datetime | None, what: Message
) -> StaleEditError:
    who, when = last_change(session, record_id, changed_at)
    if when is None:
        # TRANSLATORS: {what} names the record, e.g. "placement".
        text = msg(
            "{who} changed this {what}, after you opened it, so your save was refused. "
            "Nothing you typed is lost: look at their version, then make your change again.",
            who=who,
            what=what,
        )
    else:
        text = msg(
            "{who} changed this {what} at {when} UTC, after you opened it, so your save was "
            "refused. Nothing you typed is lost: look at their version, then make your change "
            "again.",
            who=who,
            what=what,
            when=when.strftime("%Y-%m-%d %H:%M"),
        )
    return StaleEditError(
        text,
        changed_by=who,
        changed_at=when,
    )
