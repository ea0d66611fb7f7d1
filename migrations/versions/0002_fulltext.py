"""full-text search over observation narratives and reflections

SQLite: ``search_doc`` holds one row of searchable text per observation and reflection
(kept in step by triggers on those tables), and ``search_fts`` is an FTS5 index over it
(external content, kept in step by triggers on ``search_doc``). ``search_doc`` has an
INTEGER PRIMARY KEY, so the FTS rowids stay stable through VACUUM, which the implicit
rowids of the UUID-keyed tables would not.

PostgreSQL: GIN indexes on ``to_tsvector('simple', ...)`` of the same text; no extension
is needed.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every string leaf of a reflection's sections (whatever its template), after its title.
_SQLITE_REFLECTION_TEXT = """
    coalesce({r}.title, '') || ' ' || coalesce(
        CASE WHEN json_valid({r}.sections) THEN
            (SELECT group_concat(value, ' ') FROM json_tree({r}.sections) WHERE type = 'text')
        END, '')
"""

_SQLITE_UP = [
    """
    CREATE TABLE search_doc (
        id INTEGER PRIMARY KEY,
        entry_id CHAR(32) NOT NULL UNIQUE,
        kind VARCHAR(20) NOT NULL,
        placement_id CHAR(32) NOT NULL,
        body TEXT NOT NULL DEFAULT ''
    )
    """,
    # unicode61 folds case in every script (Cyrillic too); remove_diacritics 2 lets
    # "jaaskelainen" find "Jääskeläinen". Prefix indexes make typing-as-you-go cheap.
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
        body, content='search_doc', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )
    """,
    """
    CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN
        INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body);
    END
    """,
    """
    CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN
        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END
    """,
    """
    CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN
        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body);
    END
    """,
    """
    CREATE TRIGGER observation_search_ai AFTER INSERT ON observation BEGIN
        INSERT INTO search_doc(entry_id, kind, placement_id, body)
        VALUES (new.id, 'observation', new.placement_id, coalesce(new.narrative, ''));
    END
    """,
    """
    CREATE TRIGGER observation_search_au AFTER UPDATE OF narrative, placement_id
    ON observation BEGIN
        UPDATE search_doc SET body = coalesce(new.narrative, ''), placement_id = new.placement_id
        WHERE entry_id = old.id;
    END
    """,
    """
    CREATE TRIGGER observation_search_ad AFTER DELETE ON observation BEGIN
        DELETE FROM search_doc WHERE entry_id = old.id;
    END
    """,
    f"""
    CREATE TRIGGER reflection_search_ai AFTER INSERT ON reflection BEGIN
        INSERT INTO search_doc(entry_id, kind, placement_id, body)
        VALUES (new.id, 'reflection', new.placement_id, {_SQLITE_REFLECTION_TEXT.format(r="new")});
    END
    """,
    f"""
    CREATE TRIGGER reflection_search_au AFTER UPDATE OF title, sections, placement_id
    ON reflection BEGIN
        UPDATE search_doc SET placement_id = new.placement_id,
            body = {_SQLITE_REFLECTION_TEXT.format(r="new")}
        WHERE entry_id = old.id;
    END
    """,
    """
    CREATE TRIGGER reflection_search_ad AFTER DELETE ON reflection BEGIN
        DELETE FROM search_doc WHERE entry_id = old.id;
    END
    """,
    # Entries written before this revision.
    """
    INSERT INTO search_doc(entry_id, kind, placement_id, body)
    SELECT id, 'observation', placement_id, coalesce(narrative, '') FROM observation
    """,
    f"""
    INSERT INTO search_doc(entry_id, kind, placement_id, body)
    SELECT id, 'reflection', placement_id, {_SQLITE_REFLECTION_TEXT.format(r="reflection")}
    FROM reflection
    """,
]

_SQLITE_DOWN = [
    *(
        f"DROP TRIGGER IF EXISTS {name}"
        for name in (
            "reflection_search_ad",
            "reflection_search_au",
            "reflection_search_ai",
            "observation_search_ad",
            "observation_search_au",
            "observation_search_ai",
            "search_doc_au",
            "search_doc_ad",
            "search_doc_ai",
        )
    ),
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_doc",
]

# An IMMUTABLE function so the reflection text can be indexed: the title and every string
# leaf of the sections, whatever the template.
_PG_UP = [
    """
    CREATE FUNCTION mentorlog_reflection_text(title text, sections json) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(title, '') || ' ' || coalesce(
            (SELECT string_agg(v #>> '{}', ' ')
             FROM jsonb_path_query(sections::jsonb, 'strict $.** ? (@.type() == "string")') v),
            '')
    $$
    """,
    """
    CREATE INDEX ix_observation_narrative_fts ON observation
    USING gin (to_tsvector('simple', narrative))
    """,
    """
    CREATE INDEX ix_reflection_text_fts ON reflection
    USING gin (to_tsvector('simple', mentorlog_reflection_text(title, sections)))
    """,
]

_PG_DOWN = [
    "DROP INDEX IF EXISTS ix_reflection_text_fts",
    "DROP INDEX IF EXISTS ix_observation_narrative_fts",
    "DROP FUNCTION IF EXISTS mentorlog_reflection_text(text, json)",
]


def _run(statements: Sequence[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(_SQLITE_UP)
    elif dialect == "postgresql":
        _run(_PG_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(_SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(_PG_DOWN)
