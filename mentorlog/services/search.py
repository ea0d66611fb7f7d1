"""Full-text search over observation narratives and reflections.

SQLite answers from the FTS5 index of migration 0002; PostgreSQL from its GIN indexes on
``to_tsvector('mentorlog_folded', ...)``. Whatever the user types is reduced to words
(letters and digits in any script) before it reaches either engine, so quotes, operators
and brackets are plain text, never query syntax. The last word matches as a prefix while
it is typed. Neither case nor accents matter, and ø, æ, ß … match o, ae, ss (migration
0009): "sorlie" finds Sørlie, "hakon" Håkon, with the words as written in the snippet.

Snippets mark the matched words with MARK_START and MARK_END (control characters that
never occur in typed text); the UI turns them into highlighting.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    ColumnClause,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    and_,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from mentorlog.models import Observation, Placement, Reflection
from mentorlog.services.access import (
    Actor,
    observation_filter,
    placement_filter,
    reflection_filter,
)
from mentorlog.storage.folding import fold_letters

MARK_START = "\x02"
MARK_END = "\x03"
SNIPPET_WORDS = 14
# PostgreSQL's text search configuration: "simple" with unaccent (migration 0009).
PG_CONFIG = "mentorlog_folded"

_WORD = re.compile(r"\w+", re.UNICODE)

# The index tables of migration 0002 (SQLite), outside the models' metadata on purpose:
# they are kept by triggers, never written through the ORM.
_fts_metadata = MetaData()
search_doc = Table(
    "search_doc",
    _fts_metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_id", Uuid),
    Column("kind", String(20)),
    Column("placement_id", Uuid),
    Column("body", Text),
)
search_fts = Table("search_fts", _fts_metadata, Column("rowid", Integer), Column("body", Text))


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "observation" or "reflection"
    entry_id: uuid.UUID
    placement_id: uuid.UUID
    on: date
    snippet: str


def words(typed: str) -> list[str]:
    return _WORD.findall(typed)


def fts5_query(typed: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed: every word must occur; each word
    is a quoted string (so AND, NEAR, "*" or ":" are just text); the last one is a prefix
    unless the user has finished it with a space. None when nothing searchable was typed."""
    found = words(typed)
    if not found:
        return None
    # The index spells out ø, æ, ß … (migration 0009); its tokenizer folds case and accents.
    terms = ['"' + fold_letters(w).replace('"', '""') + '"' for w in found]
    # A one-letter prefix would match most of the index; it waits for the next letter.
    if not typed[-1:].isspace() and len(found[-1]) > 1:
        terms[-1] += "*"
    return " ".join(terms)


def tsquery(typed: str) -> str | None:
    """The same for PostgreSQL's to_tsquery: words are \\w only, so they carry no syntax."""
    found = [w.lower() for w in words(typed)]
    if not found:
        return None
    if not typed[-1:].isspace():
        found[-1] += ":*"
    return " & ".join(found)


def _observation_where(actor: Actor, placement_id: uuid.UUID | None) -> list[Any]:
    where = [
        Observation.is_current.is_(True),
        Observation.deleted_at.is_(None),
        observation_filter(actor),
        placement_filter(actor),
    ]
    if placement_id is not None:
        where.append(Observation.placement_id == placement_id)
    return where


def _reflection_where(actor: Actor, placement_id: uuid.UUID | None) -> list[Any]:
    where = [Reflection.deleted_at.is_(None), reflection_filter(actor), placement_filter(actor)]
    if placement_id is not None:
        where.append(Reflection.placement_id == placement_id)
    return where


def _fts5_match(typed: str, placement_id: uuid.UUID | None) -> str | None:
    words_match = fts5_query(typed)
    if words_match is None:
        return None
    # One placement: FTS5 intersects that placement's short doclist with the words'
    # (migration 0004), instead of fetching every match in the database.
    match = f"body : ({words_match})"
    if placement_id is not None:
        match = f'place : "{placement_id.hex}" AND {match}'
    return match


def index_matches(session: Session, typed: str, placement_id: uuid.UUID) -> dict[str, str]:
    """Every entry of one placement whose text matches, as {32 hex digits of its id:
    snippet}, straight from the index: no access rules are applied here, so callers keep
    only entries the actor was already shown (timeline.search_timeline does).

    This is the fast path for search-as-you-type in a dossier: no joins, no id objects.
    On PostgreSQL it falls back to search_entries (as the system), which is fine there.
    """
    if session.get_bind().dialect.name != "sqlite":
        from mentorlog.services.access import SYSTEM

        hits = search_entries(session, SYSTEM, typed, placement_id, limit=None)
        return {hit.entry_id.hex: hit.snippet for hit in hits}
    match = _fts5_match(typed, placement_id)
    if match is None:
        return {}
    whole_table: ColumnClause[Any] = literal_column("search_fts")
    rows = session.execute(
        select(
            type_coerce(search_doc.c.entry_id, String),
            func.snippet(whole_table, 0, MARK_START, MARK_END, "…", SNIPPET_WORDS),
        )
        .select_from(search_fts)
        .join(search_doc, search_doc.c.id == search_fts.c.rowid)
        .where(whole_table.op("MATCH")(match))
    )
    return {entry_id: snippet or "" for entry_id, snippet in rows}


def search_entries(
    session: Session,
    actor: Actor,
    typed: str,
    placement_id: uuid.UUID | None = None,
    limit: int | None = 200,
) -> list[SearchHit]:
    """Observations and reflections ``actor`` may read whose text matches ``typed``,
    newest first, in one placement or in all the actor may see."""
    if session.get_bind().dialect.name == "sqlite":
        return _search_sqlite(session, actor, typed, placement_id, limit)
    return _search_postgres(session, actor, typed, placement_id, limit)


def _search_sqlite(
    session: Session,
    actor: Actor,
    typed: str,
    placement_id: uuid.UUID | None,
    limit: int | None,
) -> list[SearchHit]:
    match = _fts5_match(typed, placement_id)
    if match is None:
        return []
    fts, doc = search_fts, search_doc
    whole_table: ColumnClause[Any] = literal_column("search_fts")
    query = (
        select(
            doc.c.kind,
            doc.c.entry_id,
            doc.c.placement_id,
            func.coalesce(Observation.observed_on, Reflection.written_on).label("on"),
            func.snippet(whole_table, 0, MARK_START, MARK_END, "…", SNIPPET_WORDS).label("snippet"),
        )
        .select_from(fts)
        .join(doc, doc.c.id == fts.c.rowid)
        .join(Placement, Placement.id == doc.c.placement_id)
        .outerjoin(Observation, and_(doc.c.kind == "observation", Observation.id == doc.c.entry_id))
        .outerjoin(Reflection, and_(doc.c.kind == "reflection", Reflection.id == doc.c.entry_id))
        .where(
            whole_table.op("MATCH")(match),
            or_(
                and_(Observation.id.is_not(None), *_observation_where(actor, None)),
                and_(Reflection.id.is_not(None), *_reflection_where(actor, None)),
            ),
        )
    )
    if limit is not None:
        # The index hands out matches newest-written first, so the first ``limit`` visible
        # ones end the search early however many entries match.
        query = query.order_by(fts.c.rowid.desc()).limit(limit)
    hits = [
        SearchHit(r.kind, r.entry_id, r.placement_id, r.on, r.snippet or "")
        for r in session.execute(query)
    ]
    hits.sort(key=lambda h: (h.on, h.entry_id), reverse=True)
    return hits


def _search_postgres(
    session: Session,
    actor: Actor,
    typed: str,
    placement_id: uuid.UUID | None,
    limit: int | None,
) -> list[SearchHit]:
    query_text = tsquery(typed)
    if query_text is None:
        return []
    q = func.to_tsquery(PG_CONFIG, query_text)
    options = (
        f"StartSel={MARK_START}, StopSel={MARK_END}, "
        f"MaxWords={SNIPPET_WORDS + 6}, MinWords={SNIPPET_WORDS // 2}"
    )
    # The expressions repeat the indexed ones of migration 0002 exactly, so the GIN
    # indexes answer them.
    narrative = func.to_tsvector(PG_CONFIG, Observation.narrative)
    reflection_text = func.mentorlog_reflection_text(Reflection.title, Reflection.sections)
    observations = (
        select(
            literal("observation").label("kind"),
            Observation.id.label("entry_id"),
            Observation.placement_id.label("placement_id"),
            Observation.observed_on.label("on"),
            func.ts_headline(PG_CONFIG, Observation.narrative, q, options).label("snippet"),
        )
        .join(Placement, Placement.id == Observation.placement_id)
        .where(narrative.op("@@")(q), *_observation_where(actor, placement_id))
    )
    reflections = (
        select(
            literal("reflection").label("kind"),
            Reflection.id.label("entry_id"),
            Reflection.placement_id.label("placement_id"),
            Reflection.written_on.label("on"),
            func.ts_headline(PG_CONFIG, reflection_text, q, options).label("snippet"),
        )
        .join(Placement, Placement.id == Reflection.placement_id)
        .where(
            func.to_tsvector(PG_CONFIG, reflection_text).op("@@")(q),
            *_reflection_where(actor, placement_id),
        )
    )
    return _newest_first(session, observations, reflections, limit)


def _newest_first(
    session: Session, observations: Any, reflections: Any, limit: int | None
) -> list[SearchHit]:
    both = union_all(observations, reflections).subquery()
    query = select(both).order_by(both.c.on.desc(), both.c.entry_id)
    if limit is not None:
        query = query.limit(limit)
    return [
        SearchHit(r.kind, r.entry_id, r.placement_id, r.on, r.snippet or "")
        for r in session.execute(query)
    ]


def searchable(typed: str) -> bool:
    return bool(words(typed))
