"""languages: the language each person works in

Adds ``person.language`` (nullable ``VARCHAR(8)``: one of mentorlog.i18n.LANGUAGES, or
NULL for the site's default). The site's default itself is a row of ``site_setting``
("default_language"; absent means English), so it needs no schema change.

SQLite: the column is added and dropped with plain ALTER TABLE (3.35+), never by
rebuilding ``person``, which every record points at (a rebuild inside the migration's
transaction would cascade deletes into them; see 0005). PostgreSQL alters in place.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if _sqlite():
        op.execute("ALTER TABLE person ADD COLUMN language VARCHAR(8)")
    else:
        op.add_column("person", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    if _sqlite():
        op.execute("ALTER TABLE person DROP COLUMN language")
    else:
        op.drop_column("person", "language")
