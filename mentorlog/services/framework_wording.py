"""Which wording of a framework a reader gets, in which language: the one home of that rule.

A framework version keeps its texts in its own language, and the other languages it offers
beside them in ``translations`` (models/framework.py). A reader gets each text in their
language (mentorlog.i18n.current_language(), or the language a report is made in) where
the version offers it, else in the version's own language. Every path that shows
framework wording (the editors' rating rows, the competencies tab, the trend chart, the
self-assessment and review forms, reports, the subject-access export) selects
``worded(column)`` where it selected the column, so the rule is written once, in SQL,
and a rating shown under the version it was given under gets that version's wording.
Code holding a row (an ORM object) or a file's text rather than a statement asks
``row_text`` or ``text``, which apply the same rule in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, func

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE, current_language, normalise
from mentorlog.models import Framework, FrameworkVersion


def reader_language(language: str | None = None) -> str:
    """``language`` (normalised), or the language the process words text in now."""
    return normalise(language) if language else current_language()


def text(
    texts: str | Mapping[str, str] | None,
    language: str | None = None,
    own: str = SOURCE_LANGUAGE,
) -> str:
    """A framework text as a file gives it (a string in the framework's ``own`` language,
    or ``{language: text}``) in the reader's ``language`` where it is given, else in
    ``own``, else in the first language it has ("" for none)."""
    if texts is None:
        return ""
    if isinstance(texts, str):
        return texts
    for lang in (reader_language(language), own):
        if (texts.get(lang) or "").strip():
            return texts[lang]
    return next((t for t in texts.values() if t and t.strip()), "")


def row_text(row: Any, field: str, language: str | None = None) -> str:
    """The text ``field`` of a framework row (a Domain, Competency, ScaleLevel,
    CompetencyAnchor or FrameworkVersion) in the reader's ``language`` where its version
    has it, else as stored: ``worded`` for a row already loaded."""
    translated = ((row.translations or {}).get(field) or {}).get(reader_language(language))
    return translated if translated and translated.strip() else getattr(row, field)


def worded(column: Any, language: str | None = None) -> ColumnElement[str]:
    """``column``, a text of a framework's row (``Competency.name``, ``ScaleLevel.label``,
    ``CompetencyAnchor.text``, ``Domain.description`` …), in the reader's ``language``
    where its version has it, else as stored (the version's own language). Labelled as
    the column, for rows read by name. ``Framework.name`` is translated on the version:
    a statement selecting it must join ``FrameworkVersion``."""
    entity = column.parent.entity  # the model, or an alias of it
    translations = FrameworkVersion.translations if entity is Framework else entity.translations
    lang = reader_language(language)
    translated = func.nullif(translations[(column.key, lang)].as_string(), "")
    return func.coalesce(translated, column).label(column.key)


def languages_of(own: str, translations: Iterable[dict[str, Any] | None]) -> tuple[str, ...]:
    """The languages a version offers: its own, and every one the ``translations`` of its
    rows (its scale levels' will do: each text is given in every language offered) hold."""
    found = {own}
    for row in translations:
        for by_language in (row or {}).values():
            found.update(by_language)
    return tuple(lang for lang in LANGUAGES if lang in found)
