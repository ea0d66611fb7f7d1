"""Day arithmetic in SQL that reads the same on SQLite and PostgreSQL.

The attention dashboard sorts and filters on figures that depend on dates (how far into
its placement a student is, the level expected by now, a review that is overdue), so the
arithmetic has to happen in the query, not in Python after it. SQLite keeps a DATE as
text and counts days with ``julianday``; PostgreSQL subtracts dates. These constructs
compile to each dialect's form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Float, Integer, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

EPOCH = date(1970, 1, 1)
_SQLITE_EPOCH = 2440587.5  # julianday('1970-01-01')


def day_of(day: date) -> int:
    """``day`` as the number ``day_number`` gives it in SQL."""
    return (day - EPOCH).days


class day_number(FunctionElement[int]):
    """Days since 1970-01-01 of a DATE expression (an integer)."""

    type = Integer()
    inherit_cache = True
    name = "day_number"


@compiles(day_number)
def _day_number(element: day_number, compiler: Any, **kw: Any) -> str:
    return f"(({compiler.process(element.clauses, **kw)}) - DATE '1970-01-01')"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    return f"CAST(julianday({arg}) - {_SQLITE_EPOCH} AS INTEGER)"


class text_day_number(FunctionElement[int]):
    """``day_number`` of an ISO date held as text (a date inside a JSON column); NULL
    stays NULL."""

    type = Integer()
    inherit_cache = True
    name = "text_day_number"


@compiles(text_day_number)
def _text_day_number(element: text_day_number, compiler: Any, **kw: Any) -> str:
    return f"(CAST({compiler.process(element.clauses, **kw)} AS DATE) - DATE '1970-01-01')"


@compiles(text_day_number, "sqlite")
def _text_day_number_sqlite(element: text_day_number, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    return f"CAST(julianday({arg}) - {_SQLITE_EPOCH} AS INTEGER)"


class days_before(FunctionElement[date]):
    """``days_before(day, n)``: the DATE ``n`` days before ``day`` (n a Python int)."""

    type = Date()
    inherit_cache = True
    name = "days_before"


def _day_and_count(element: FunctionElement[Any], compiler: Any, **kw: Any) -> tuple[str, int]:
    day, count = list(element.clauses)
    return compiler.process(day, **kw), int(count.value)


@compiles(days_before)
def _days_before(element: days_before, compiler: Any, **kw: Any) -> str:
    day, count = _day_and_count(element, compiler, **kw)
    return f"(CAST({day} AS DATE) - {count})"


@compiles(days_before, "sqlite")
def _days_before_sqlite(element: days_before, compiler: Any, **kw: Any) -> str:
    day, count = _day_and_count(element, compiler, **kw)
    return f"date({day}, '-{count} days')"


class smaller(FunctionElement[Any]):
    """The smaller of two values (SQLite's two-argument ``min``, PostgreSQL's ``least``)."""

    inherit_cache = True
    name = "smaller"

    @property
    def type(self) -> Any:  # type: ignore[override]
        return next(iter(self.clauses)).type


class larger(smaller):
    """The larger of two values."""

    inherit_cache = True
    name = "larger"


def _pair(element: FunctionElement[Any], compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(smaller)
def _least(element: smaller, compiler: Any, **kw: Any) -> str:
    return f"least({_pair(element, compiler, **kw)})"


@compiles(smaller, "sqlite")
def _min(element: smaller, compiler: Any, **kw: Any) -> str:
    return f"min({_pair(element, compiler, **kw)})"


@compiles(larger)
def _greatest(element: larger, compiler: Any, **kw: Any) -> str:
    return f"greatest({_pair(element, compiler, **kw)})"


@compiles(larger, "sqlite")
def _max(element: larger, compiler: Any, **kw: Any) -> str:
    return f"max({_pair(element, compiler, **kw)})"


def clamped(value: ColumnElement[Any], low: float = 0.0, high: float = 1.0) -> ColumnElement[Any]:
    """``value`` kept within [low, high]."""
    return larger(literal(low, Float), smaller(literal(high, Float), value))


def as_real(value: ColumnElement[Any]) -> ColumnElement[float]:
    """A number SQL divides without truncating (integer / integer truncates on both)."""
    return value * literal(1.0, Float)
