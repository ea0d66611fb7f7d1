"""Reading many rows fast, for checks that read every event and every signed record.

SQLAlchemy's column types turn each stored id into a ``uuid.UUID``, each timestamp into a
``datetime`` and each JSON text into a dict: on a 100k-event trail with 100k signed records
that conversion took most of ``audit verify``'s time. ``raw()`` selects a column as the
database holds it (ids, JSON and SQLite's timestamps as text), and the helpers here give
the one canonical form the hashes and digests use, whichever database answered:

- ids: 32 lowercase hex digits (``hexid``), or the dashed form ``str(uuid)`` (``dashed``);
- timestamps: UTC ISO 8601 with microseconds (``iso_moment``);
- dates: ISO 8601 (``iso_day``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Date, Enum, Text, Uuid, cast
from sqlalchemy.sql.elements import ColumnElement

from mentorlog.models import UTCDateTime


def raw(column: Any, dialect_name: str) -> ColumnElement[Any]:
    """``column`` as stored, labelled with its own name (see the module docstring)."""
    kind = column.type
    as_text = isinstance(kind, Uuid | JSON | Enum) or (
        dialect_name == "sqlite" and isinstance(kind, UTCDateTime | Date)
    )
    return (cast(column, Text) if as_text else column).label(column.key)


def driver_rows(session: Any, stmt: Any, batch: int = 5000) -> Iterator[tuple[Any, ...]]:
    """The rows of ``stmt`` as the database driver gives them (plain tuples, in the order
    of its columns), on the session's own connection and so in its transaction. Skipping
    SQLAlchemy's result rows halved reading 400,000 ratings. For statements whose bound
    values are mentorlog's own (kinds of record, ids): they are written into the SQL as
    literals, each as its column type writes it."""
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled))
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()


def id_reader(dialect_name: str) -> Callable[[Any], str | None]:
    """``hexid`` for ids selected with ``raw``, quicker: SQLite already holds 32 hex digits
    (checks that read millions of ids call this for each)."""
    if dialect_name == "sqlite":
        return _as_is
    return hexid


def key_reader(dialect_name: str) -> Callable[[Any], str]:
    """``id_reader`` for an id the schema never leaves empty (a primary key), to key a dict
    by: ``hexkey``, or SQLite's text as it is."""
    if dialect_name == "sqlite":
        return _as_is
    return hexkey


def _as_is(value: Any) -> Any:
    return value


def hexid(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return value.hex
    text = str(value)
    return text if len(text) == 32 else text.replace("-", "").lower()


def hexkey(value: Any) -> str:
    """``hexid`` of an id the schema never leaves empty (a primary key), to key a dict by.
    A row whose id was emptied by raw SQL gets "", which names no record."""
    return hexid(value) or ""


def dashed(value: Any) -> str | None:
    """An id as ``str(uuid.UUID(...))`` writes it, without making a UUID."""
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    return _dashed_text(str(value))


@lru_cache(maxsize=65_536)  # the same actors and people come back event after event
def _dashed_text(text: str) -> str:
    h = text if len(text) == 32 else text.replace("-", "").lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def to_uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def iso_moment(value: Any) -> str | None:
    """A stored UTC timestamp as ``datetime.astimezone(UTC).isoformat("microseconds")``."""
    if value is None:
        return None
    if isinstance(value, str):  # SQLite: "YYYY-MM-DD HH:MM:SS.ffffff", UTC without a zone
        if len(value) == 26:
            return value.replace(" ", "T", 1) + "+00:00"
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def as_datetime(value: Any) -> datetime | None:
    """A stored timestamp as an aware datetime (for showing it)."""
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def iso_day(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else date.isoformat(value)


def json_value(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
