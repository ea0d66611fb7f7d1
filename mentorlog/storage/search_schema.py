"""The full-text search objects that live outside the models, and a filter that keeps
Alembic's autogenerate from proposing to drop them.

Migrations 0002 and 0004 made them by hand, kept in step by triggers: on SQLite the
``search_doc`` table, the ``search_fts`` FTS5 index (with its shadow tables) and the
``search_doc_fts`` view; on PostgreSQL GIN indexes over ``to_tsvector(...)``. The models
know none of them, so a plain comparison of models and database would delete the index.
"""

from __future__ import annotations

from typing import Any

SEARCH_TABLE_PREFIXES = ("search_doc", "search_fts")
SEARCH_INDEXES = frozenset({"ix_observation_narrative_fts", "ix_reflection_text_fts"})


def is_search_object(name: str | None, type_: str) -> bool:
    """Whether ``name`` (of Alembic's object ``type_``) is part of the search index."""
    if not name:
        return False
    if type_ == "table":
        return name.startswith(SEARCH_TABLE_PREFIXES)
    return type_ == "index" and name in SEARCH_INDEXES


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic's ``include_object`` hook: everything but the search objects."""
    return not is_search_object(name, type_)
