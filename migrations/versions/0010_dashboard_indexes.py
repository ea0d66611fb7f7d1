"""partial indexes for the attention dashboard

The dashboard counts, for every placement at once, the entries shared with the student,
those the mentor has not signed, those the student has not answered, the disagreements
and the ratings marked "not responding to training", and reads each placement's recent
ratings. Without these, each count walks every observation (or every one of 400,000
ratings) of the placement; with them, each is an index-only count or a short look-up
(on 100,000 observations the NRT count goes from some 430 ms to 3 ms). Each index holds
only the rows its query asks for; the queries write the same constants inline
(mentorlog.models.logbook.shared_with_student and friends) so SQLite's planner can
match them.

The SQL is written out here rather than imported, so this revision never changes.

Revision ID: 0010
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0006"
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


def upgrade() -> None:
    true = "1" if op.get_bind().dialect.name == "sqlite" else "true"
    for name, (table, columns, where) in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} ({columns}) WHERE {where.format(true=true)}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
