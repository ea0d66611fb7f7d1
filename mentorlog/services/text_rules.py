"""What typed text may hold, in one place for every service that stores some.

- A long text (a narrative, a reflection's section, a summary) has a stated limit,
  ``MAX_LONG_TEXT`` characters: well beyond any real shift report, far short of a pasted
  file that would make every list and report crawl.
- A one-line field (a name, a title, a setting) refuses control characters (a tab would
  shift the columns of ``mentorlog list``, a newline split a record) and the bidirectional
  overrides that make text read differently from what is stored.
- No text may hold a lone surrogate, half of a character that a broken paste can leave
  behind: it cannot be stored as UTF-8 at all.

Each check returns the problem in the user's words (a Message), or None when the text is
fine, for the service to put under the field's name in its ValidationError.
"""

from __future__ import annotations

import re
import unicodedata

from mentorlog.i18n import Message, msg

MAX_LONG_TEXT = 100_000
MAX_LINE = 200

_SURROGATE = re.compile("[\ud800-\udfff]")
# Embeddings, overrides and isolates (U+202A-202E, U+2066-2069), and the invisible marks
# that steer them; ordinary right-to-left text needs none of these.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def has_lone_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def replace_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate shown as U+FFFD, so the rest can be kept."""
    return _SURROGATE.sub("\ufffd", text)


def _broken(text: str) -> Message | None:
    if has_lone_surrogate(text):
        return msg(
            "This text holds a broken character (half of one, perhaps from a paste); "
            "delete it or type it again."
        )
    return None


def long_text_problem(text: str, limit: int = MAX_LONG_TEXT) -> Message | None:
    """The problem with a multi-line text, or None."""
    if len(text) > limit:
        return msg(
            "This text is {length} characters long; the limit is {limit}. "
            "Shorten it, or split it into several entries.",
            length=len(text),
            limit=limit,
        )
    if problem := _broken(text):
        return problem
    if any(ch in _BIDI_CONTROLS for ch in text):
        return msg("This text holds invisible direction-changing characters; remove them.")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in text):
        return msg("This text holds control characters (from a paste, perhaps); remove them.")
    return None


def line_problem(text: str, limit: int = MAX_LINE) -> Message | None:
    """The problem with a one-line field (a name, a title), or None."""
    if len(text) > limit:
        return msg("Keep this under {limit} characters.", limit=limit)
    if problem := _broken(text):
        return problem
    for ch in text:
        if ch in _BIDI_CONTROLS:
            return msg("This holds invisible direction-changing characters; remove them.")
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in "\u200d\u200c":
            return msg(
                "This must be one line of text, without tabs, line breaks or control characters."
            )
    return None


def text_problems(long: dict[str, str], lines: dict[str, str]) -> dict[str, Message]:
    """The problems of several fields at once, by field name (``long``: multi-line texts,
    ``lines``: one-line fields)."""
    problems = {name: long_text_problem(text) for name, text in long.items()}
    problems |= {name: line_problem(text) for name, text in lines.items()}
    return {name: problem for name, problem in problems.items() if problem}


def escape_for_line(text: str) -> str:
    """A field as one tab-separated column: backslash, tab, line breaks and other control
    characters written as escapes (``\\t``, ``\\n``, ``\\x07``)."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI_CONTROLS:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) > 0xFF else f"\\x{ord(ch):02x}")
        elif _SURROGATE.match(ch):
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)
