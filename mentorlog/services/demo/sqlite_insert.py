"""Rows straight to SQLite's driver, stored exactly as SQLAlchemy Core would store them.

For a bulk load Core's per-row parameter handling cost more than generating the data:
here each table's rows become one flat parameter list, a column at a time, and go in as
multi-row ``INSERT ... VALUES (...), (...)`` statements on the session's own connection
(so in its transaction). Every value is converted by its column type's SQLAlchemy bind
processor, or by a faster equivalent that is checked against that processor first.

Making the statements (``SqliteInsert.statements``) touches no connection, so it can run
on the thread that makes the rows; ``execute`` runs them on the session's.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, timezone
from itertools import repeat
from operator import attrgetter, itemgetter, methodcaller
from typing import Any

from sqlalchemy import JSON, Column, Dialect, Table, Uuid
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from mentorlog.models.base import UTCDateTime

Row = dict[str, Any]
Convert = Callable[[list[Any]], list[Any]]
Memos = dict[Any, dict[Any, Any]]  # per bind processor: {value: converted value}
Statements = list[tuple[str, list[Any]]]

# SQLite allows 32,766 parameters in one statement (since 3.32; mentorlog needs 3.35 for
# RETURNING anyway). Few, long statements: the writing thread waits for the GIL after each.
MAX_VARIABLES = 32_766
MAX_ROWS_PER_INSERT = 5_000

_GIVEN = object()  # the row gives the column's value


def _uuid_texts(values: list[Any]) -> list[Any]:
    # Uuid on SQLite stores ``value.hex``: the 128-bit number in 32 hex digits.
    numbers = map(attrgetter("int"), values)
    return list(map(bytes.hex, map(methodcaller("to_bytes", 16, "big"), numbers)))


def _utc_texts(values: list[Any]) -> list[Any]:
    # UTCDateTime on SQLite: UTC without a zone, as SQLite's DATETIME text (ISO 8601 with
    # a space and microseconds). datetime.isoformat is slow, and an entry's timestamps
    # share their days and times of day: each distinct one is formatted once.
    utc = list(map(datetime.astimezone, values, repeat(UTC, len(values))))
    days = list(map(datetime.date, utc))
    times = list(map(datetime.time, utc))
    day_texts = {day: day.isoformat() + " " for day in set(days)}
    time_texts = {time: time.isoformat("microseconds") for time in set(times)}
    return list(
        map(str.__add__, map(day_texts.__getitem__, days), map(time_texts.__getitem__, times))
    )


# Conversions of whole columns without a Python call per value, and values to check them
# on against SQLAlchemy's processor (which must also leave None as None).
_FAST: tuple[tuple[type[Any], Convert, tuple[Any, ...]], ...] = (
    (Uuid, _uuid_texts, (uuid.UUID(int=0x0123456789ABCDEF), uuid.UUID(int=(1 << 128) - 1))),
    (
        UTCDateTime,
        _utc_texts,
        (
            datetime(2026, 6, 1, 23, 5, 9, tzinfo=UTC),
            datetime(987, 1, 2, 3, 4, 5, 60, tzinfo=timezone(timedelta(hours=2))),
        ),
    ),
)


def _fast_converter(column: Column[Any], process: Callable[[Any], Any]) -> Convert | None:
    for type_, convert, probes in _FAST:
        if (
            isinstance(column.type, type_)
            and process(None) is None
            and convert(list(probes)) == list(map(process, probes))
        ):
            return convert
    return None


def execute(session: Session, statements: Statements) -> None:
    """Run ``statements`` on ``session``'s connection, in its transaction."""
    session.flush()  # anything the ORM holds goes first, as Core would send it
    dbapi = session.connection().connection.driver_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        for sql, parameters in statements:
            cursor.execute(sql, parameters)
    finally:
        cursor.close()


class SqliteInsert:
    """One table's INSERT and the conversion of its rows.

    Columns are the first row's keys; a column left out that has a fixed default gets it,
    as Core would give it; one whose default is computed (a uuid4, the clock) is refused,
    as it would make the data differ from run to run.
    """

    def __init__(self, table: Table, keys: Iterable[str], dialect: Dialect) -> None:
        self.table = table
        given = set(keys)
        unknown = given - set(table.c.keys())
        if unknown:
            raise ValueError(f"{table.name} has no columns {sorted(unknown)}")
        self._columns: list[tuple[Column[Any], Any]] = []  # (column, _GIVEN or its default)
        for column in table.c:
            if column.key in given:
                self._columns.append((column, _GIVEN))
            elif column.default is not None:
                if not isinstance(column.default, ScalarElementColumnDefault):
                    raise ValueError(f"{table.name}.{column.key} needs a value in every row")
                self._columns.append((column, column.default.arg))
        self._processors = [
            c.type.dialect_impl(dialect).bind_processor(dialect) for c, _ in self._columns
        ]
        self._fast = [
            None if process is None else _fast_converter(column, process)
            for (column, _), process in zip(self._columns, self._processors, strict=True)
        ]
        quote = dialect.identifier_preparer.quote
        names = ", ".join(quote(c.name) for c, _ in self._columns)
        self._into = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({names}) "
        self._marks = "(" + ", ".join("?" * len(self._columns)) + ")"
        self._batch = max(1, min(MAX_ROWS_PER_INSERT, MAX_VARIABLES // len(self._columns)))

    def statements(self, rows: list[Row], memos: Memos) -> Statements:
        """``rows`` as INSERT statements with their parameters, many rows to a statement:
        on SQLite each statement that fires a trigger keeps its own statement journal, so
        one row per statement was several times slower. ``memos`` keeps conversions of
        repeating values (dates, flags) between calls."""
        values = self._flat(rows, memos)
        width = len(self._columns)
        step = width * self._batch
        full = self._sql(self._batch)
        return [
            (full if len(part) == step else self._sql(len(part) // width), part)
            for part in (values[start : start + step] for start in range(0, len(values), step))
        ]

    def _sql(self, rows: int) -> str:
        return self._into + "VALUES " + ", ".join([self._marks] * rows)

    def _flat(self, rows: list[Row], memos: Memos) -> list[Any]:
        """The rows' values, row after row, filled in a column at a time (a strided slice
        each), so the per-value Python work left is the conversion."""
        width = len(self._columns)
        flat: list[Any] = [None] * (width * len(rows))
        for i, ((column, fixed), process, fast) in enumerate(
            zip(self._columns, self._processors, self._fast, strict=True)
        ):
            if fixed is _GIVEN:
                values = list(map(itemgetter(column.key), rows))
            else:
                values = [fixed] * len(rows)
            if process is not None:
                values = _converted(values, process, fast, column, memos)
            flat[i::width] = values
        return flat


def _converted(
    values: list[Any],
    process: Callable[[Any], Any],
    fast: Convert | None,
    column: Column[Any],
    memos: Memos,
) -> list[Any]:
    if isinstance(column.type, JSON):  # not hashable
        return _each(values, process, fast)
    if isinstance(column.type, Uuid):
        # Hashing a UUID is a Python call, but a chunk's foreign keys are a few objects
        # repeated (an entry's ratings share its id): convert each object once.
        identities = list(map(id, values))
        distinct = dict(zip(identities, values, strict=True))
        texts = dict(zip(distinct, _each(list(distinct.values()), process, fast), strict=True))
        return list(map(texts.__getitem__, identities))
    # The rest repeat (a row's timestamps, an entry's ratings' times, dates, flags, choices):
    # convert each distinct value once per chunk, sharing what a fast converter made
    # between all its columns (created_at, updated_at, signed_at are often the same).
    memo = memos.setdefault(fast or process, {})
    new = list(dict.fromkeys(values).keys() - memo.keys())
    memo.update(zip(new, _each(new, process, fast), strict=True))
    return list(map(memo.__getitem__, values))


def _each(values: list[Any], process: Callable[[Any], Any], fast: Convert | None) -> list[Any]:
    if fast is None:
        return list(map(process, values))
    try:
        return fast(values)
    except (AttributeError, TypeError):  # None among them, which stays None
        present = iter(fast([v for v in values if v is not None]))
        return [None if v is None else next(present) for v in values]
