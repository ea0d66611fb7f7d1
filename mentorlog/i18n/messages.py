"""mentorlog's Qt-free message catalogue: gettext through babel. No Qt.

Text worded outside Qt (service errors, the command line, PDF reports) is written in
English with ``{name}`` placeholders and looked up in the domain "mentorlog":
resources/locale/<lang>/LC_MESSAGES/mentorlog.po, compiled to the .mo beside it (committed,
shipped in the wheel; a test checks each .mo is what babel makes of its .po). Where a
.po is newer than its .mo (a translator's working copy) it is compiled in memory instead,
so a checkout shows its latest wording without a build step.

- ``msg(msgid, **params)``: a frozen ``Message``, worded later in the reader's language
  (service errors carry one); ``str(message)`` is the English.
- ``gettext(msgid, lang=None, **params)`` / ``ngettext(singular, plural, n, ...)``: text
  worded now, in ``lang`` or ``current_language()``.
- ``word(value, lang=None)``: a Message, a ServiceError (anything with ``worded(lang)``)
  or plain text, as text in that language.
- ``N_(msgid)``: marks text for the catalogue that is looked up later (a table of labels).

The extraction keywords (babel.cfg, scripts/update_catalogues.py) are these names.
"""

from __future__ import annotations

import gettext as _gettext
import io
import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from mentorlog.i18n import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    _state,
    current_language,
    normalise,
    set_language,
)
from mentorlog.paths import resources_dir

DOMAIN = "mentorlog"
# Keyword specs for babel's extractor: which argument is the msgid (and the plural).
KEYWORDS = {"msg": None, "nmsg": (1, 2), "gettext": None, "ngettext": (1, 2), "N_": None}

log = logging.getLogger(__name__)
_lock = threading.Lock()
_cache: dict[str, _gettext.NullTranslations] = {}


def locale_dir() -> Path:
    """resources/locale: the .pot, and <lang>/LC_MESSAGES/mentorlog.po and .mo."""
    return resources_dir() / "locale"


def catalogue_paths(lang: str) -> tuple[Path, Path]:
    """The .po and .mo of ``lang``'s catalogue (either may be missing)."""
    folder = locale_dir() / lang / "LC_MESSAGES"
    return folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"


def compile_po(po_path: Path) -> bytes:
    """What babel compiles ``po_path`` to: the bytes of its .mo (untranslated and fuzzy
    entries left out, so they fall back to the English)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as handle:
        catalog = read_po(handle, domain=DOMAIN)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def _load(lang: str) -> _gettext.NullTranslations:
    if lang == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    po_path, mo_path = catalogue_paths(lang)
    mo_current = mo_path.exists() and (
        not po_path.exists() or mo_path.stat().st_mtime >= po_path.stat().st_mtime
    )
    if mo_current:
        with mo_path.open("rb") as handle:
            return _gettext.GNUTranslations(handle)
    if po_path.exists():
        return _gettext.GNUTranslations(io.BytesIO(compile_po(po_path)))
    log.warning("no %s catalogue for %s: wording in English", DOMAIN, lang)
    return _gettext.NullTranslations()


def translations(lang: str | None = None) -> _gettext.NullTranslations:
    """The catalogue of ``lang`` (normalised; None: the current language), loaded once."""
    code = normalise(lang) if lang else current_language()
    with _lock:
        found = _cache.get(code)
        if found is None:
            found = _cache[code] = _load(code)
        return found


def reload() -> None:
    """Forget loaded catalogues (after a catalogue changed on disk: tests, tools)."""
    with _lock:
        _cache.clear()


def _value(value: Any, lang: str) -> str:
    """A parameter as text in ``lang``: a Message worded, a whole number grouped the
    language's way (100,000; 100 000; 100.000), a day as ISO 8601 in English and the
    language's medium form in the others ("3. feb. 2025", "3 févr. 2025")."""
    if isinstance(value, int) and not isinstance(value, bool):
        from babel.numbers import format_decimal

        return format_decimal(value, locale=lang)
    if isinstance(value, date) and not isinstance(value, datetime):
        if lang == SOURCE_LANGUAGE:
            return value.isoformat()
        from babel.dates import format_date

        return format_date(value, "medium", locale=lang)
    return word(value, lang)


def _fill(text: str, fallback: str, params: dict[str, Any], lang: str) -> str:
    if not params:
        return text
    values = {key: _value(value, lang) for key, value in params.items()}
    try:
        return text.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation naming a placeholder the English has not: the English is right.
        log.warning("translation of %r into %s has wrong placeholders", fallback, lang)
        return fallback.format_map(values)


def gettext(msgid: str, lang: str | None = None, **params: Any) -> str:
    """``msgid`` in ``lang`` (or the current language), its ``{name}`` placeholders
    filled from ``params``."""
    code = normalise(lang) if lang else current_language()
    return _fill(translations(code).gettext(msgid), msgid, params, code)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None, **params: Any) -> str:
    """The form of singular/plural that ``n`` takes in ``lang`` (each language's own
    plural rule); ``{n}`` and the other placeholders filled."""
    code = normalise(lang) if lang else current_language()
    text = translations(code).ngettext(singular, plural, n)
    english = singular if n == 1 else plural
    return _fill(text, english, {"n": n, **params}, code)


def N_(msgid: str) -> str:
    """Marks ``msgid`` for the catalogue; returns it unchanged, to be worded later."""
    return msgid


@dataclass(frozen=True)
class Message:
    """Text to word later in the reader's language: the English (with ``{name}``
    placeholders: the message's code), its parameters and, for a counted text, the
    plural and the count. ``str()`` is the English."""

    msgid: str
    params: tuple[tuple[str, Any], ...] = ()
    plural: str | None = None
    n: int | None = None

    @property
    def kwargs(self) -> dict[str, Any]:
        return dict(self.params)

    def word(self, lang: str | None = None) -> str:
        if self.plural is not None and self.n is not None:
            return ngettext(self.msgid, self.plural, self.n, lang, **self.kwargs)
        return gettext(self.msgid, lang, **self.kwargs)

    def __str__(self) -> str:
        return self.word(SOURCE_LANGUAGE)


def as_message(text: Message | str) -> Message:
    """``text`` as a Message: plain text is its own msgid, so a constant marked with
    ``N_`` is found in the catalogue (other text stays as it is in every language)."""
    return text if isinstance(text, Message) else Message(str(text))


def msg(msgid: str, **params: Any) -> Message:
    """A Message: ``msgid`` is the English with ``{name}`` placeholders for ``params``."""
    return Message(msgid, tuple(params.items()))


def listed(parts: Sequence[Any]) -> Message:
    """``parts`` (Messages or plain values) as one list, each worded in the reader's
    language: "name, e-mail" ("a, b, c")."""
    if not parts:
        return Message("")
    phrase = (
        parts[0] if isinstance(parts[0], Message) else Message("{value}", (("value", parts[0]),))
    )
    for part in parts[1:]:
        # TRANSLATORS: two items of a list, "name, e-mail" (the first may be a list too).
        phrase = msg("{first}, {second}", first=phrase, second=part)
    return phrase


def nmsg(singular: str, plural: str, n: int, **params: Any) -> Message:
    """A counted Message: the form for ``n`` (``{n}`` in the text) in each language."""
    return Message(singular, tuple(params.items()), plural, n)


@runtime_checkable
class Worded(Protocol):
    """Anything that words itself for a reader (a ServiceError)."""

    def worded(self, lang: str | None = None) -> str: ...


def word(value: object, lang: str | None = None) -> str:
    """``value`` as text in ``lang`` (or the current language): a Message, a
    ServiceError or anything else with ``worded(lang)``; other values as ``str()``."""
    if isinstance(value, Message):
        return value.word(lang)
    if isinstance(value, Worded):
        return value.worded(lang)
    return str(value)


def available() -> tuple[str, ...]:
    """The languages with a catalogue here (and English, the source)."""
    return tuple(
        code
        for code in LANGUAGES
        if code == SOURCE_LANGUAGE or any(path.exists() for path in catalogue_paths(code))
    )


@contextmanager
def speaking(lang: str | None) -> Iterator[str]:
    """Word text in ``lang`` (normalised; None: the current language) on this thread
    while the block runs (a report made in its reader's language while the app speaks
    another); the thread's language before is restored after. Yields the language."""
    before = getattr(_state, "language", None)
    code = set_language(lang or current_language(), this_thread_only=True)
    try:
        yield code
    finally:
        if before is None:
            _state.__dict__.pop("language", None)
        else:
            _state.language = before


# BCP 47 tags for a document's language (a PDF's /Lang): where mentorlog's readers are.
DOCUMENT_TAGS = {
    "en": "en-GB",
    "nb": "nb-NO",
    "fi": "fi-FI",
    "et": "et-EE",
    "fr": "fr-BE",
    "nl": "nl-BE",
}


def document_tag(lang: str | None = None) -> str:
    """The BCP 47 tag of ``lang`` (None: the current language) for a document."""
    return DOCUMENT_TAGS[normalise(lang) if lang else current_language()]
