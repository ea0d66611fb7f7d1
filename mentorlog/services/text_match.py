"""Case-insensitive "contains" filters in SQL that also work for non-Latin names.

SQLite's LIKE folds case for ASCII letters only, so "иван" would not find "Иван". Each
typed word is therefore also tried lower-case, upper-case and capitalised: that covers
how names are written, on both SQLite and PostgreSQL (where ILIKE folds all of Unicode).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, or_, true

ESCAPE = "\\"


def like_pattern(word: str) -> str:
    escaped = word.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def case_variants(word: str) -> list[str]:
    variants = [word, word.lower(), word.upper(), word.capitalize(), word.title()]
    return list(dict.fromkeys(variants))


def contains_text(text: str, *columns: Any) -> ColumnElement[bool]:
    """Every word of ``text`` occurs in at least one of ``columns``, in any case."""
    words = text.split()
    if not words:
        return true()
    per_word = []
    for word in words:
        per_word.append(
            or_(
                *(
                    column.ilike(like_pattern(variant), escape=ESCAPE)
                    for column in columns
                    for variant in case_variants(word)
                )
            )
        )
    return and_(*per_word)
