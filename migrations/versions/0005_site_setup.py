"""a real academy sets itself up: editable site records, mentors over time, one-time passwords

- academy, prison, unit, cohort, placement carry ``row_version`` (a stale edit is refused);
- academy: ``time_zone`` and ``default_framework_id``; prison and unit: ``retired_at``
  (retired, never deleted while records point to them);
- cohort: ``framework_version_id`` (a cohort chooses its framework);
- placement_mentor: ``starts_on`` / ``ends_on`` (a mentor replaced mid-placement is kept);
- placement: ``phase_starts`` (the day each phase begins) and status ``interrupted``
  (its CHECK constraint and length change);
- person: ``must_change_password`` (an imported account's one-time password).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("academy", "prison", "unit", "cohort", "placement")
OLD_STATUSES = ("planned", "active", "completed", "withdrawn")
NEW_STATUSES = (*OLD_STATUSES, "interrupted")


def _status(values: Sequence[str], length: int) -> sa.Enum:
    return sa.Enum(
        *values, name="placementstatus", native_enum=False, create_constraint=True, length=length
    )


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
    with op.batch_alter_table("academy") as batch:
        batch.add_column(
            sa.Column("time_zone", sa.String(length=60), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("default_framework_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_academy_default_framework_id_framework"),
            "framework",
            ["default_framework_id"],
            ["id"],
            ondelete="SET NULL",
        )
    for table in ("prison", "unit"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("cohort") as batch:
        batch.add_column(sa.Column("framework_version_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_cohort_framework_version_id_framework_version"),
            "framework_version",
            ["framework_version_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    with op.batch_alter_table("placement_mentor") as batch:
        batch.add_column(sa.Column("starts_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("ends_on", sa.Date(), nullable=True))
    with op.batch_alter_table("person") as batch:
        batch.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("placement") as batch:
        batch.add_column(
            sa.Column("phase_starts", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
    _change_statuses(OLD_STATUSES, NEW_STATUSES, 13, 15)


def _change_statuses(
    old: Sequence[str], new: Sequence[str], old_length: int, new_length: int
) -> None:
    with op.batch_alter_table("placement") as batch:
        batch.alter_column(
            "status",
            existing_type=_status(old, old_length),
            type_=_status(new, new_length),
            existing_nullable=False,
        )


def downgrade() -> None:
    op.execute("UPDATE placement SET status = 'withdrawn' WHERE status = 'interrupted'")
    _change_statuses(NEW_STATUSES, OLD_STATUSES, 15, 13)
    with op.batch_alter_table("placement") as batch:
        batch.drop_column("phase_starts")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("must_change_password")
    with op.batch_alter_table("placement_mentor") as batch:
        batch.drop_column("ends_on")
        batch.drop_column("starts_on")
    with op.batch_alter_table("cohort") as batch:
        batch.drop_constraint(
            op.f("fk_cohort_framework_version_id_framework_version"), type_="foreignkey"
        )
        batch.drop_column("framework_version_id")
    for table in ("prison", "unit"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("retired_at")
    with op.batch_alter_table("academy") as batch:
        batch.drop_constraint(op.f("fk_academy_default_framework_id_framework"), type_="foreignkey")
        batch.drop_column("default_framework_id")
        batch.drop_column("time_zone")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
