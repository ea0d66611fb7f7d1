"""signatures: signing keys, signed audit events and signed sign-offs

Revision ID: 0007
Revises: 0009

Adds the ``signing_key`` and ``site_key_wrap`` tables, and to existing tables only new,
nullable columns: ``audit_event.signer_key_id`` and ``signature``; ``sign_off.digest``,
``signature`` and ``signer_key_id``. Existing rows keep NULL there: events and sign-offs
made before this revision carry no signature (mentorlog seals the existing sign-offs' digests
once after the upgrade, services/sealing.py).

The columns are added with plain ALTER TABLE (no batch rebuild), so ``audit_event`` keeps
the append-only triggers of 0003.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RECORD_COLUMNS = (
    ("id", sa.Uuid()),
    ("created_at", sa.DateTime(timezone=True)),
    ("updated_at", sa.DateTime(timezone=True)),
)

_NEW_COLUMNS = {
    "audit_event": (
        ("signer_key_id", sa.Uuid()),
        ("signature", sa.String(length=128)),
    ),
    "sign_off": (
        ("digest", sa.String(length=64)),
        ("signature", sa.String(length=128)),
        ("signer_key_id", sa.Uuid()),
    ),
}


def _record(table: str) -> list[sa.SchemaItem]:
    return [
        *(sa.Column(name, type_, nullable=False) for name, type_ in _RECORD_COLUMNS),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["person.id"],
            name=op.f(f"fk_{table}_created_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("exchange_key", sa.String(length=64), nullable=False),
        sa.Column("sealed_private", sa.JSON(), nullable=True),
        sa.Column("valid_from", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_until", sa.DateTime(timezone=True), nullable=True),
        *_record("signing_key"),
    )
    op.create_index(op.f("ix_signing_key_person_id"), "signing_key", ["person_id"])
    op.create_table(
        "site_key_wrap",
        sa.Column("site_key_id", sa.Uuid(), nullable=False),
        sa.Column("holder_key_id", sa.Uuid(), nullable=False),
        sa.Column("ephemeral_key", sa.String(length=64), nullable=False),
        sa.Column("nonce", sa.String(length=32), nullable=False),
        sa.Column("wrapped", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_key_id"],
            ["signing_key.id"],
            name=op.f("fk_site_key_wrap_site_key_id_signing_key"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["holder_key_id"],
            ["signing_key.id"],
            name=op.f("fk_site_key_wrap_holder_key_id_signing_key"),
            ondelete="CASCADE",
        ),
        *_record("site_key_wrap"),
    )
    op.create_index(op.f("ix_site_key_wrap_site_key_id"), "site_key_wrap", ["site_key_id"])
    op.create_index(op.f("ix_site_key_wrap_holder_key_id"), "site_key_wrap", ["holder_key_id"])
    for table, columns in _NEW_COLUMNS.items():
        for name, type_ in columns:
            op.add_column(table, sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, columns in _NEW_COLUMNS.items():
        for name, _type in reversed(columns):
            if sqlite:
                # SQLite (3.35+) drops a column in place: no batch rebuild, which would
                # lose audit_event's triggers.
                op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{name}"')
            else:
                op.drop_column(table, name)
    op.drop_index(op.f("ix_site_key_wrap_holder_key_id"), table_name="site_key_wrap")
    op.drop_index(op.f("ix_site_key_wrap_site_key_id"), table_name="site_key_wrap")
    op.drop_table("site_key_wrap")
    op.drop_index(op.f("ix_signing_key_person_id"), table_name="signing_key")
    op.drop_table("signing_key")
