"""Case- and accent-insensitive "contains" filters in SQL, for names in any script.

Both sides of the comparison go through the SQL function ``mentorlog_fold`` (see
``mentorlog.storage.folding``): on SQLite the app's own fold, registered on every
connection; on PostgreSQL ``lower(unaccent(...))`` from migration 0009. So "hakon" finds
Håkon, "sorlie" Sørlie and "иван" Иван on both engines.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, true

from mentorlog.storage.folding import SQL_FUNCTION

ESCAPE = "\\"


def like_pattern(word: str) -> str:
    escaped = word.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def folded(expression: Any) -> ColumnElement[str]:
    """``expression`` folded in SQL: lower case, no accents, ø as o, æ as ae."""
    return getattr(func, SQL_FUNCTION)(expression)


def contains_text(text: str, *columns: Any) -> ColumnElement[bool]:
    """Every word of ``text`` occurs in at least one of ``columns``, whatever its case or
    accents."""
    words = text.split()
    if not words:
        return true()
    per_word = []
    for word in words:
        pattern = folded(literal(like_pattern(word)))
        per_word.append(or_(*(folded(column).like(pattern, escape=ESCAPE) for column in columns)))
    return and_(*per_word)
