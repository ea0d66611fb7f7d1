"""Which signed records a content loader reads, as rows straight from the driver: the
ids given, every signed record of a kind, or those within a Span of ids (for sharing a
check between processes). Shared by services/record_content.py and
services/framework_content.py."""

from __future__ import annotations

import uuid
from collections import namedtuple
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mentorlog.models import SignOff
from mentorlog.services.raw_rows import driver_rows, raw

_CHUNK = 500


def text(value: Any) -> str:
    return "" if value is None else str(value)


# -- which records ---------------------------------------------------------------------


def _where_ids(
    stmt: Select[Any],
    column: Any,
    kind: str,
    ids: Sequence[uuid.UUID] | None,
) -> Iterator[Select[Any]]:
    """``stmt`` for the given ids (in chunks), or for every record of ``kind`` signed."""
    if ids is None:
        signed = select(SignOff.record_id).where(SignOff.record_type == kind)
        yield stmt.where(column.in_(signed))
        return
    for start in range(0, len(ids), _CHUNK):
        yield stmt.where(column.in_(list(ids[start : start + _CHUNK])))


def select_raw(session: Session, *columns: Any) -> Select[Any]:
    """A select of ``columns`` as stored (services/raw_rows.py): converting every id to a
    UUID took most of the time of reading 100k signed records."""
    name = session.get_bind().dialect.name
    return select(*(raw(c, name) for c in columns))


@dataclass(frozen=True)
class Span:
    """Every signed record of a kind whose id (32 hex digits) is from ``low`` (inclusive)
    up to ``high`` (exclusive); None: no bound. For sharing a check between processes."""

    low: str | None = None
    high: str | None = None

    def where(self, stmt: Select[Any], column: Any) -> Select[Any]:
        if self.low is not None:
            stmt = stmt.where(column >= uuid.UUID(self.low))
        if self.high is not None:
            stmt = stmt.where(column < uuid.UUID(self.high))
        return stmt


# Which records a loader reads: these ids, every signed record of its kind within a span,
# or (None) every signed record of its kind.
Ids: TypeAlias = Sequence[uuid.UUID] | Span | None


def signed_rows(
    session: Session,
    stmt: Select[Any],
    column: Any,
    kind: str,
    ids: Ids,
    *,
    every: bool = False,
    named: bool = True,
) -> Iterator[Any]:
    """The rows of ``stmt`` for ``ids`` (or every signed record of ``kind``, within a
    ``Span`` if one is given; ``every``: every row, for the caller to pick from, which
    SQLite reads quicker than it looks up each), as named tuples in column order."""
    if ids is None or isinstance(ids, Span):  # the whole check: straight from the driver
        row = namedtuple("Row", [c.key for c in stmt.selected_columns])  # type: ignore[misc]
        span = ids or Span()
        if every:
            whole = span.where(stmt, column)
        else:
            whole = span.where(next(_where_ids(stmt, column, kind, None)), column)
        yield from map(row._make, driver_rows(session, whole))
        return
    conn = session.connection()
    for part in _where_ids(stmt, column, kind, ids):
        yield from conn.execute(part)
