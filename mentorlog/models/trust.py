"""Sign-offs and acknowledgements, the audit trail, and autosaved drafts."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ColumnElement,
    ForeignKey,
    Index,
    String,
    Text,
    Uuid,
    literal_column,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mentorlog.models.base import Base, Record, RowVersioned, UTCDateTime, str_enum, utcnow
from mentorlog.models.enums import Role, SignOffKind

# A fact that may exist once is the database's to keep once (migration 0006): a role's
# signature of a record version, a person's answer to a version, an editor's draft of a
# record. A second writer's INSERT fails, and the service says who was first.


def draft_indexes() -> tuple[Index, ...]:
    """One draft per owner, kind, placement and target, NULL counting as one value: a
    partial unique index for each of the four ways the two may be missing."""
    indexes = []
    for name, placed, targeted in (
        ("uq_draft_of_record", True, True),
        ("uq_draft_of_new", True, False),
        ("uq_draft_unplaced_record", False, True),
        ("uq_draft_unplaced_new", False, False),
    ):
        columns = ["owner_id", "kind"] + ["placement_id"] * placed + ["target_id"] * targeted
        where = text(
            f"placement_id IS {'NOT ' * placed}NULL AND target_id IS {'NOT ' * targeted}NULL"
        )
        indexes.append(
            Index(name, *columns, unique=True, sqlite_where=where, postgresql_where=where)
        )
    return tuple(indexes)


class SignOff(Record, Base):
    """Who signed, acknowledged or disagreed with which version of which record."""

    __tablename__ = "sign_off"
    __table_args__ = (
        Index("ix_sign_off_record", "record_type", "record_id"),
        Index(
            "uq_sign_off_signature",
            "record_type",
            "record_id",
            "record_version",
            "role",
            unique=True,
            sqlite_where=text("kind = 'signed'"),
            postgresql_where=text("kind = 'signed'"),
        ),
        Index(
            "uq_sign_off_answer",
            "record_type",
            "record_id",
            "record_version",
            "person_id",
            unique=True,
            sqlite_where=text("kind IN ('acknowledged', 'disagreed')"),
            postgresql_where=text("kind IN ('acknowledged', 'disagreed')"),
        ),
    )

    record_type: Mapped[str] = mapped_column(String(40))  # "observation", "review", ...
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    record_version: Mapped[int] = mapped_column(default=1)
    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[Role] = mapped_column(str_enum(Role))
    kind: Mapped[SignOffKind] = mapped_column(str_enum(SignOffKind))
    comment: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # What was signed (services/record_content.py: SHA-256 of the record's canonical JSON)
    # and the signer's Ed25519 signature over the sign-off's statement, with its key.
    digest: Mapped[str | None] = mapped_column(String(64))
    signature: Mapped[str | None] = mapped_column(String(128))
    signer_key_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


def student_response(sign_off: Any = SignOff) -> ColumnElement[bool]:
    """An acknowledgement or a disagreement: the student's answer to an entry. Written
    with its constants inline so SQLite's planner matches ix_sign_off_response."""
    return sign_off.kind.in_([literal_column("'acknowledged'"), literal_column("'disagreed'")])


def disagreement(sign_off: Any = SignOff) -> ColumnElement[bool]:
    return sign_off.kind == literal_column("'disagreed'")


# Whether the student answered an entry (one look-up per entry), and the few
# disagreements, each from a small partial index of its own.
Index(
    "ix_sign_off_response",
    SignOff.record_id,
    SignOff.person_id,
    sqlite_where=student_response(SignOff.__table__.c),
    postgresql_where=student_response(SignOff.__table__.c),
)
Index(
    "ix_sign_off_disagreed",
    SignOff.record_id,
    sqlite_where=disagreement(SignOff.__table__.c),
    postgresql_where=disagreement(SignOff.__table__.c),
)


class AuditEvent(Base):
    """Append-only and hash-chained: each event carries the SHA-256 of its content and of
    the event before it, so an altered, removed or inserted row breaks the chain; and the
    Ed25519 signature of that hash by whoever acted (services/audit.py)."""

    __tablename__ = "audit_event"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    workstation: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    subject_person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    signer_key_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    signature: Mapped[str | None] = mapped_column(String(128))


class Draft(Record, Base):
    """Typed text saved continuously, so nothing is lost if the app or machine stops."""

    __tablename__ = "draft"
    __table_args__ = (
        Index("ix_draft_owner_kind", "owner_id", "kind"),
        *draft_indexes(),
    )

    owner_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))  # "observation", "reflection", ...
    placement_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE")
    )
    # The record being edited, when the draft edits an existing one.
    target_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SiteSetting(RowVersioned, Record, Base):
    """Site-wide settings (idle lock minutes, name patterns to warn about, ...)."""

    __tablename__ = "site_setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[Any] = mapped_column(JSON)
