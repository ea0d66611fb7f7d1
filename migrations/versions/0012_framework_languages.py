"""a framework's wording in several languages

- framework_version: ``language`` (the language its text columns, and its rows', are in;
  "en" for every version there is) and ``translations``;
- domain, competency, scale_level, competency_anchor: ``translations``, the wording in the
  version's other languages, ``{field: {language: text}}`` (NULL: none).

Existing rows keep their text as it is (English) with no translations, so their signed
content (services/framework_content.py) reads as before.

SQLite: plain ALTER TABLE ADD COLUMN / DROP COLUMN (3.35+), never a batch rebuild: the
migration runs with foreign keys on, and rebuilding ``competency`` or ``scale_level``
would cascade into every rating that points at them (see 0005).

Revision ID: 0012
Revises: 0010
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRANSLATED = ("framework_version", "domain", "competency", "scale_level", "competency_anchor")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    sqlite = _sqlite()
    if sqlite:
        op.execute(
            "ALTER TABLE framework_version ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en'"
        )
    else:
        op.add_column(
            "framework_version",
            sa.Column("language", sa.String(8), nullable=False, server_default="en"),
        )
    for table in TRANSLATED:
        if sqlite:
            op.execute(f"ALTER TABLE {table} ADD COLUMN translations JSON")
        else:
            op.add_column(table, sa.Column("translations", sa.JSON(), nullable=True))


def downgrade() -> None:
    sqlite = _sqlite()
    dropped = [
        *((t, "translations") for t in reversed(TRANSLATED)),
        ("framework_version", "language"),
    ]
    for table, column in dropped:
        if sqlite:
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        else:
            op.drop_column(table, column)
