"""Folding text for matching, so that "hakon" finds Håkon, "jaaskelainen" Jääskeläinen and
"sorlie" Sørlie, in any case.

Two levels, because the two engines' full-text indexes already do part of the work:

- ``fold_letters`` maps only the letters that have no accent to strip (ø → o, æ → ae,
  ß → ss, ł → l, …): SQLite's FTS5 tokenizer (``unicode61 remove_diacritics 2``) folds
  case and strips accents itself, but keeps these. Migration 0009 indexes the narratives
  through the same map, written as nested ``replace()`` calls (``FOLDED_LETTERS``).
- ``fold`` is the whole fold for "contains" filters on names and the audit trail:
  case, accents and those letters. On SQLite it is the SQL function ``mentorlog_fold``
  (registered on every connection, see ``register``); on PostgreSQL migration 0009
  defines ``mentorlog_fold`` with the ``unaccent`` extension, which maps the same letters.

The letters are written as Nordic and Baltic users type them without their keyboard.
"""

from __future__ import annotations

import unicodedata
from typing import Any

SQL_FUNCTION = "mentorlog_fold"

# Letters that neither FTS5's remove_diacritics nor Unicode decomposition take apart, and
# what PostgreSQL's unaccent.rules makes of them (ё as е, as Russian is usually typed).
FOLDED_LETTERS: tuple[tuple[str, str], ...] = (
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
_LETTERS = str.maketrans(dict(FOLDED_LETTERS))


def fold_letters(text: str) -> str:
    """``text`` with the letters of FOLDED_LETTERS spelled out; case and accents kept."""
    return text.translate(_LETTERS)


def fold(text: str) -> str:
    """``text`` for matching: lower case, without accents, FOLDED_LETTERS spelled out."""
    folded = text.casefold().translate(_LETTERS)
    if folded.isascii():
        return folded
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
    )


def _sql_fold(value: Any) -> Any:
    return fold(value) if isinstance(value, str) else value


def register(dbapi_connection: Any) -> None:
    """Make ``mentorlog_fold(text)`` callable in SQL on an SQLite connection."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, _sql_fold, deterministic=True)


def sql_fold_letters(expression: str) -> str:
    """``expression`` (SQL) wrapped in the ``replace()`` calls that fold_letters makes."""
    for letter, spelled in FOLDED_LETTERS:
        expression = f"replace({expression}, '{letter}', '{spelled}')"
    return expression
