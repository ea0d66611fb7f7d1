"""the attention dashboard: partial indexes for its counts, and its stored figures

The dashboard counts, for every placement at once, the entries shared with the student,
those the mentor has not signed, those the student has not answered, the disagreements
and the ratings marked "not responding to training", and reads each placement's recent
ratings. Without these, each count walks every observation (or every one of 400,000
ratings) of the placement; with them, each is an index-only count or a short look-up
(on 100,000 observations the NRT count goes from some 430 ms to 3 ms). Each index holds
only the rows its query asks for; the queries write the same constants inline
(services/access.shared_current_observation and friends) so SQLite's planner can match
them.

The hours rule asks, for each observed shift, whether that day's shift was logged:
``ix_shift_log_day`` (placement, day, shift) answers that in one look-up, and replaces the
index on the placement alone (its first column).

``dashboard_figures`` keeps each placement's figures as of a day (models/dashboard.py),
so opening and filtering the dashboard reads them rather than the observations. It is a
new table: no table is rebuilt, and it starts empty (worked out when first asked for).

The SQL is written out here rather than imported, so this revision never changes.

Revision ID: 0010
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name: (table, columns, condition with {true} for the dialect's boolean constant)
INDEXES = {
    "ix_observation_shared": (
        "observation",
        "placement_id, observed_on, id, locked_at",
        "status = 'published' AND visibility = 'shared' AND is_current = {true} "
        "AND deleted_at IS NULL",
    ),
    "ix_rating_nrt": ("rating", "observation_id", "not_responding_to_training = {true}"),
    "ix_sign_off_response": (
        "sign_off",
        "record_id, person_id",
        "kind IN ('acknowledged', 'disagreed')",
    ),
    "ix_sign_off_disagreed": ("sign_off", "record_id", "kind = 'disagreed'"),
}
COUNTS = (
    "open_concerns",
    "escalated_concerns",
    "concern_reviews_due",
    "has_midpoint",
    "has_final",
    "awaiting_answer",
    "awaiting_signature",
    "remedial_minutes",
    "nrt",
    "recent_nrt",
    "disagreements",
    "recent_disagreements",
    "below_expected",
    "midpoint_day",
    "midpoint_overdue",
    "final_due",
    "score",
    "level",
    "rules",
)


def upgrade() -> None:
    true = "1" if op.get_bind().dialect.name == "sqlite" else "true"
    for name, (table, columns, where) in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} ({columns}) WHERE {where.format(true=true)}")
    op.create_index("ix_shift_log_day", "shift_log", ["placement_id", "worked_on", "shift"])
    op.drop_index("ix_shift_log_placement_id", table_name="shift_log")
    op.create_table(
        "dashboard_figures",
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("last_observed_on", sa.Date(), nullable=True),
        sa.Column("latest_review_kind", sa.String(length=20), nullable=True),
        sa.Column("latest_progress", sa.String(length=30), nullable=True),
        sa.Column("final_progress", sa.String(length=30), nullable=True),
        sa.Column("hours_logged", sa.Float(), nullable=False),
        sa.Column("expected", sa.Float(), nullable=True),
        sa.Column("hours_expected", sa.Float(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in COUNTS),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name="fk_dashboard_figures_placement_id_placement",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("placement_id", name="pk_dashboard_figures"),
    )


def downgrade() -> None:
    op.drop_table("dashboard_figures")
    op.create_index("ix_shift_log_placement_id", "shift_log", ["placement_id"])
    op.drop_index("ix_shift_log_day", table_name="shift_log")
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
