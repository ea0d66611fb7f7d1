"""search folds accents and Nordic letters; a student's reply to a concern

Full-text search finds "Sørlie" for "sorlie", "Sæther" for "saether" and "Håkon" for
"hakon", on both engines, and a student can answer a concern raised about them.

SQLite: FTS5's ``unicode61 remove_diacritics 2`` already folds case and accents (å, ä,
é, õ, š …) but keeps letters with no accent to strip (ø, æ, ß, ł …). The triggers that
feed ``search_fts`` now pass the text through nested ``replace()`` calls that spell those
out (the same map as ``mentorlog.storage.folding.FOLDED_LETTERS``, written out here so
this revision never changes); the search spells them out in what is typed. The index's
content view ``search_doc_fts`` still gives the text as written, so snippets show
"Sørlie", highlighted: FTS5 finds a snippet's words by their positions, which the map
keeps (it changes letters inside words, never where words start or end). So the index
differs from its content on purpose: it must never be rebuilt with ``'rebuild'`` (that
would index the unfolded text); re-index as upgrade() does, with ``'delete-all'`` and an
INSERT of the folded text. ``'integrity-check'`` (without rank 1) and PRAGMA
integrity_check stay clean.

PostgreSQL: the ``unaccent`` extension (in PostgreSQL's contrib, trusted since 13) and a
text search configuration ``mentorlog_folded`` (``simple`` with ``unaccent`` first) that
the GIN indexes of 0002 are rebuilt with; ``mentorlog_fold(text)`` (lower case, unaccent)
for the "contains" filters on names. Downgrade leaves the extension installed.

Both: ``concern.student_response`` and ``concern.student_responded_at``.

Revision ID: 0009
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FOLDED_LETTERS = (
    ("ø", "o"),
    ("Ø", "O"),
    ("æ", "ae"),
    ("Æ", "AE"),
    ("œ", "oe"),
    ("Œ", "OE"),
    ("ß", "ss"),
    ("ẞ", "SS"),
    ("đ", "d"),
    ("Đ", "D"),
    ("ð", "d"),
    ("Ð", "D"),
    ("ł", "l"),
    ("Ł", "L"),
    ("þ", "th"),
    ("Þ", "TH"),
    ("ı", "i"),
    ("ĳ", "ij"),
    ("Ĳ", "IJ"),
    ("ŋ", "n"),
    ("Ŋ", "N"),
    ("ё", "е"),
    ("Ё", "Е"),
)
_FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 2', prefix='2 3'"
_DOC_TRIGGERS = ("search_doc_ai", "search_doc_ad", "search_doc_au")
_PG_CONFIG = "mentorlog_folded"


def _folded(expression: str) -> str:
    for letter, spelled in _FOLDED_LETTERS:
        expression = f"replace({expression}, '{letter}', '{spelled}')"
    return expression


def _sqlite_index(fold: bool) -> None:
    """The triggers that keep search_fts in step with search_doc, and the index filled
    again from search_doc (with the folded text, or as written)."""
    for name in _DOC_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")

    def body(row: str) -> str:
        return _folded(f"{row}.body") if fold else f"{row}.body"

    insert = "INSERT INTO search_fts(rowid, body, place) VALUES "
    delete = "INSERT INTO search_fts(search_fts, rowid, body, place) VALUES ('delete', "
    new = f"(new.id, {body('new')}, new.placement_id);"
    old = f"old.id, {body('old')}, old.placement_id);"
    op.execute(f"CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN {insert}{new} END")
    op.execute(f"CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN {delete}{old} END")
    op.execute(
        f"CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN "
        f"{delete}{old} {insert}{new} END"
    )
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    op.execute(
        "INSERT INTO search_fts(rowid, body, place) "
        f"SELECT id, {_folded('body') if fold else 'body'}, placement_id FROM search_doc"
    )


def _unaccent_schema() -> str:
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema = op.get_bind().execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
        )
    ).scalar_one()
    return f'"{schema}"'


def _pg_indexes(config: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_observation_narrative_fts")
    op.execute("DROP INDEX IF EXISTS ix_reflection_text_fts")
    op.execute(
        "CREATE INDEX ix_observation_narrative_fts ON observation "
        f"USING gin (to_tsvector('{config}', narrative))"
    )
    op.execute(
        "CREATE INDEX ix_reflection_text_fts ON reflection "
        f"USING gin (to_tsvector('{config}', mentorlog_reflection_text(title, sections)))"
    )


def _pg_upgrade() -> None:
    schema = _unaccent_schema()
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {_PG_CONFIG} (COPY = pg_catalog.simple)")
    op.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {_PG_CONFIG} "
        f"ALTER MAPPING FOR word, hword, hword_part WITH {schema}.unaccent, simple"
    )
    op.execute(
        "CREATE FUNCTION mentorlog_fold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
        f"$$ SELECT lower({schema}.unaccent('{schema}.unaccent'::regdictionary, value)) $$"
    )
    _pg_indexes(_PG_CONFIG)


def _pg_downgrade() -> None:
    _pg_indexes("simple")
    op.execute("DROP FUNCTION IF EXISTS mentorlog_fold(text)")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {_PG_CONFIG}")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_index(fold=True)
    elif dialect == "postgresql":
        _pg_upgrade()
    # Plain ALTER TABLE, never a batch rebuild: on SQLite a rebuilt table loses the rows
    # that point at it (foreign keys are on while migrating).
    op.add_column(
        "concern", sa.Column("student_response", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "concern", sa.Column("student_responded_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    for column in ("student_responded_at", "student_response"):
        op.execute(f"ALTER TABLE concern DROP COLUMN {column}")
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_index(fold=False)
    elif dialect == "postgresql":
        _pg_downgrade()
