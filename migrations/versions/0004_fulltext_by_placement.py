"""full-text index knows each entry's placement

A dossier searches one placement's entries as the user types. With the placement only in
``search_doc``, SQLite had to fetch every match in the whole database and then drop the
other placements' (for a common word, 100,000 rows: some hundred milliseconds). With the
placement as an FTS column, ``place:"<id>" AND body:(...)`` lets FTS5 intersect a short
doclist with the words' and answer in well under a millisecond.

The FTS5 index now reads its content through the view ``search_doc_fts`` (it needs the
column named ``place``); ``search_doc`` and its triggers on observation and reflection are
unchanged from 0002. PostgreSQL: nothing changes.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 2', prefix='2 3'"
_DOC_TRIGGERS = ("search_doc_ai", "search_doc_ad", "search_doc_au")


def _drop_index() -> None:
    for name in _DOC_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")


def _index_with(columns: Sequence[tuple[str, str]], content: str) -> None:
    """The FTS5 table over ``content`` and the triggers that keep it in step with
    search_doc; ``columns`` pairs each FTS column with its search_doc column."""
    names = ", ".join(fts for fts, _ in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5({names}, content='{content}', "
        f"content_rowid='id', {_FTS_OPTIONS})"
    )

    def values(row: str) -> str:
        return ", ".join(f"{row}.{doc}" for _, doc in columns)

    delete = f"INSERT INTO search_fts(search_fts, rowid, {names}) VALUES ('delete', old.id, "
    insert = f"INSERT INTO search_fts(rowid, {names}) VALUES (new.id, "
    op.execute(
        f"CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN "
        f"{insert}{values('new')}); END"
    )
    op.execute(
        f"CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN "
        f"{delete}{values('old')}); END"
    )
    op.execute(
        f"CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN "
        f"{delete}{values('old')}); {insert}{values('new')}); END"
    )
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_index()
    op.execute(
        "CREATE VIEW search_doc_fts AS SELECT id, body, placement_id AS place FROM search_doc"
    )
    _index_with((("body", "body"), ("place", "placement_id")), "search_doc_fts")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_index()
    op.execute("DROP VIEW IF EXISTS search_doc_fts")
    _index_with((("body", "body"),), "search_doc")
