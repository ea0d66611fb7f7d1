"""Filling translated text: one placeholder style in every tr() string, Qt's own.

A translated sentence names what goes into it as %1, %2, … (and a count as %n, which Qt
fills itself), so a translator may move them where their language wants them. ``fill``
puts the values in, all in one pass as QString.arg does: a name that happens to contain
"%2" is left as written, never filled again. Never str.format or an f-string on
translated text: a translator's braces would break it, and English word order would be
fixed into every language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2, … replaced by ``values`` (one with no value stays)."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1])
        return str(values[index - 1]) if 0 < index <= len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, by the name pyside6-lupdate reads: outside a class,
    ``translate("context", "Text")`` is how a string reaches the catalogue under the
    context it is looked up in (a wrapper such as ``_t(text)`` hides it from lupdate)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
