"""The languages mentorlog speaks, and the one the process speaks now. Qt-free.

The desktop app sets the language when it knows whose it is (the signed-in person's, else
the site's default) and when the person changes it; the command line sets it from
``--language`` or the person's setting. Everything that words text for a reader outside
Qt (service errors, the command line, PDF reports) asks ``current_language()``; the UI's
own strings go through Qt's translators for the same language.
"""

from __future__ import annotations

import threading

LANGUAGES = ("en", "nb", "fi", "et", "fr", "nl")
SOURCE_LANGUAGE = "en"
# Each language in its own words, for the choice of language.
NAMES = {
    "en": "English",
    "nb": "Norsk bokmål",
    "fi": "Suomi",
    "et": "Eesti",
    "fr": "Français",
    "nl": "Nederlands",
}
# What people and systems call them that is not one of LANGUAGES (locale names too).
_ALIASES = {"no": "nb", "nn": "nb", "nob": "nb", "fin": "fi", "est": "et", "fra": "fr"}

_state = threading.local()
_default = SOURCE_LANGUAGE


def normalise(code: str | None) -> str:
    """``code`` as one of LANGUAGES: "nb_NO", "no", "NB", "fr-BE" are "nb", "nb", "nb",
    "fr"; anything unknown (or nothing) is the source language, English."""
    if not code:
        return SOURCE_LANGUAGE
    base = code.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def set_language(code: str | None, *, this_thread_only: bool = False) -> str:
    """Make ``code`` (normalised) the language text is worded in from now on, for the
    whole process (or, ``this_thread_only``, for the calling thread: a worker making one
    report in its reader's language). Returns the language set."""
    global _default
    language = normalise(code)
    if this_thread_only:
        _state.language = language
    else:
        _default = language
        _state.__dict__.pop("language", None)
    return language


def current_language() -> str:
    """The language to word text in now (see the module docstring)."""
    return getattr(_state, "language", _default)


# The catalogue's helpers, importable from here (defined after what they use above).
from mentorlog.i18n.messages import Message, listed, msg, nmsg, word  # noqa: E402

__all__ = [
    "LANGUAGES",
    "NAMES",
    "SOURCE_LANGUAGE",
    "Message",
    "current_language",
    "listed",
    "msg",
    "nmsg",
    "normalise",
    "set_language",
    "word",
]
