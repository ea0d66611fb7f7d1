"""Spotting what should not be in a record: a prisoner's name or prison number.

Observations, reflections, reviews, goals and concerns are about the student, not the
prisoners they dealt with. Before a text is published, saved or signed the app asks
``find_sensitive`` and offers to replace what it found with neutral references
("prisoner A", "[prison number]"). It flags:

- a capitalised name after a cue word ("prisoner, Jonas Berg", "Mr Kask", "innsatt
  Hansen", "détenu Dupont"): the site's cue words, in English and its languages;
- names on the site's list, whatever their case or accents;
- any full name (two or more capitalised words) that is not one of the site's own people,
  prisons, units or cohorts, and common given names on their own ("Jonas refused");
- again, every other mention of a name found once ("… Berg later apologised");
- prison numbers in the site's formats, and any number after a phrase such as "prison
  no." (the phrase and the whole number are replaced together).

Words that start sentences, days, months and a prison's vocabulary ("the Roll check",
"Officer on A-wing", "On Monday") are never names. What counts is a site setting
(``mentorlog.services.sensitive_rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from mentorlog.services import sensitive_words as words
from mentorlog.services.sensitive_rules import (  # the public API, in one place
    SensitiveRules,
    format_regex,
    load_rules,
    problems_of,
    rules_version,
    save_rules,
)
from mentorlog.storage.folding import fold

__all__ = [
    "Finding",
    "SensitiveRules",
    "find_in_texts",
    "find_sensitive",
    "load_rules",
    "problems_of",
    "replace_findings",
    "rules_version",
    "save_rules",
]

NAME, NUMBER = "name", "prison number"
# Why something was flagged (the UI says it in words).
AFTER_CUE, ON_LIST, FULL_NAME, GIVEN_NAME, AGAIN = "cue", "list", "full", "given", "again"
NUMBER_FORMAT, AFTER_NUMBER_CUE = "format", "number cue"

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_NUMBER = r"(?:[^\W\d_]{1,3}[-/ ]?)?\d\w*(?:[-/.]\w+)*"
_SENTENCE_END = ".!?…:;\n•"
_PARTICLES = {"van", "der", "den", "de", "du", "des", "le", "la", "von", "af", "di", "da"}
_LINK = re.compile(r"[ \t]+|[ \t]*-[ \t]*")  # what may stand between the words of a name


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    text: str
    reason: str  # NAME or NUMBER
    replacement: str = field(compare=False, default="")
    rule: str = field(compare=False, default="")  # AFTER_CUE, ON_LIST, … (why)
    cue: str = field(compare=False, default="")  # the cue word before it, as written


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    folded: str
    capital: bool
    sentence_start: bool


@dataclass
class _Span:
    start: int
    end: int
    reason: str
    rule: str
    key: str = ""  # who, for names (the same person gets the same letter)
    cue: str = ""
    letter_only: bool = False  # after a role word: "prisoner A", not "prisoner prisoner A"
    tokens: tuple[str, ...] = ()


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        end = m.end()
        if _POSSESSIVE.search(word) and len(word) > 3:
            word, end = word[:-2], end - 2
        before = text[: m.start()].rstrip(" \t\"'“‘«([")
        out.append(
            _Token(
                m.start(),
                end,
                word,
                fold(word),
                # A name has two letters or more, not all capitals ("A", "SO", "ACCT").
                len(word) > 1 and word[:1].isupper() and not word.isupper(),
                not before or before[-1] in _SENTENCE_END,
            )
        )
    return out


def _ordinary(token: _Token, rules: SensitiveRules, not_names: frozenset[str]) -> bool:
    parts = token.folded.split("-")
    if len(parts) > 1 and len(parts[0]) == 1:
        return True  # "A-wing", "B-spur"
    plain = words.ORDINARY_WORDS | not_names | rules.place_words
    return token.folded in plain or all(p in plain for p in parts)


def _escaped(word: str) -> str:
    """``word`` as a regular expression; either apostrophe matches either."""
    return "".join("['’]" if ch in "'’" else re.escape(ch) for ch in word)


@lru_cache(maxsize=64)
def _cue_pattern(cue: str) -> re.Pattern[str] | None:
    cue = " ".join(cue.split())
    if not cue:
        return None
    title = cue[:1].isupper()
    dotted = cue.endswith(".")
    stem = cue.rstrip(".")
    body = r"\s+".join(_escaped(part) for part in stem.split())
    if dotted and len(stem) == 1:
        body += r"\."  # "M." needs its dot, or every capital M would be a title
    elif dotted or title:
        body += r"\.?"  # "Mr." as "Mr"; but "… one prisoner. Discussed" ends a sentence
    separator = r"[ \t]*[,:(–—][ \t]*|[ \t]+" if not dotted else r"[ \t]*[,:(–—]?[ \t]*"
    flags = 0 if title else re.IGNORECASE
    return re.compile(rf"(?<!\w)(?P<cue>{body})(?P<sep>{separator})", flags)


@lru_cache(maxsize=64)
def _number_cue_pattern(cue: str) -> re.Pattern[str] | None:
    cue = " ".join(cue.split())
    if not cue:
        return None
    stem = cue.rstrip(".")
    body = r"\s*".join(r"\s+".join(_escaped(p) for p in part.split()) for part in stem.split("."))
    return re.compile(
        rf"(?<!\w){body}\.?[ \t]*[:#]?[ \t]*(?P<num>{_NUMBER})(?![\w/])", re.IGNORECASE
    )


@lru_cache(maxsize=64)
def _format_pattern(item: str) -> re.Pattern[str] | None:
    try:
        return re.compile(format_regex(item))
    except re.error:
        return None  # refused when saved; an old stored one is left out, not fatal


def _known(name: list[_Token], rules: SensitiveRules) -> bool:
    """Whether ``name`` is one of the site's own people (or words of their names)."""
    parts = tuple(p for t in name if t.capital for p in t.folded.split("-"))
    return parts in rules.known_names or all(p in rules.known_words for p in parts)


def _name_at(
    tokens: list[_Token],
    i: int,
    text: str,
    ordinary: set[int],
    limit: int = 3,
    *,
    lead: bool = False,
) -> list[_Token]:
    """The capitalised words of a name starting at token ``i``, particles between (and
    first, with ``lead``: "dhr. de Vries")."""
    name: list[_Token] = []
    j = i
    while j < len(tokens) and len([t for t in name if t.capital]) < limit:
        token = tokens[j]
        if name and not _LINK.fullmatch(text[name[-1].end : token.start]):
            break
        particle = (bool(name) or lead) and token.folded in _PARTICLES and j + 1 < len(tokens)
        if not (token.capital and j not in ordinary) and not particle:
            break
        name.append(token)
        j += 1
    while name and not name[-1].capital:
        name.pop()
    return name if any(t.capital for t in name) else []


def _spans(text: str, rules: SensitiveRules) -> list[_Span]:
    tokens = _tokens(text)
    # Cue words are titles and roles, not names ("Mr Hansen" is one name, Hansen).
    cues = (fold(c).rstrip(".") for c in rules.name_cues)
    not_names = frozenset(fold(w) for w in rules.not_names) | frozenset(cues)
    ordinary = {i for i, t in enumerate(tokens) if _ordinary(t, rules, not_names)}
    at = {t.start: i for i, t in enumerate(tokens)}
    spans: list[_Span] = []

    def name_span(found: list[_Token], rule: str, **extra: object) -> _Span:
        key = found[-1].folded
        return _Span(
            found[0].start,
            found[-1].end,
            NAME,
            rule,
            key=key,
            tokens=tuple(t.folded for t in found if t.capital),
            **extra,  # type: ignore[arg-type]
        )

    # Names after cue words.
    for cue in rules.name_cues:
        pattern = _cue_pattern(cue)
        if pattern is None:
            continue
        title = cue[:1].isupper()
        for m in pattern.finditer(text):
            i = at.get(m.end())
            if i is None:
                continue
            found = _name_at(tokens, i, text, ordinary, lead=True)
            if not found:
                continue
            if title and _known(found, rules):
                continue  # "Mr Sæther": one of the site's own staff
            span = name_span(found, AFTER_CUE, cue=m.group("cue"))
            if title:
                span.start = m.start()  # "Mr Kask" goes whole: "prisoner A"
            else:
                span.letter_only = not m.group("sep").strip()
            spans.append(span)

    # Names on the site's list, however written.
    for listed in rules.watched_names:
        wanted = fold(listed).split()
        n = len(wanted)
        for i in range(len(tokens) - n + 1):
            if [t.folded for t in tokens[i : i + n]] == wanted:
                spans.append(name_span(tokens[i : i + n], ON_LIST))

    # Full names nobody here has, and common given names on their own.
    i = 0
    while i < len(tokens):
        found = _name_at(tokens, i, text, ordinary, limit=4)
        if not found:
            i += 1
            continue
        next_i = at[found[-1].start] + 1
        if len(found) > 1 and found[0].sentence_start and found[0].folded not in words.GIVEN_NAMES:
            found = found[1:]  # "Luckily Jonas …": a sentence's first word, then a name
            while found and not found[0].capital:
                found = found[1:]
        i = next_i
        if not found:
            continue
        folded = tuple(t.folded for t in found if t.capital)
        known = _known(found, rules)
        if len(folded) >= 2 and not known:
            spans.append(name_span(found, FULL_NAME))
        elif len(folded) == 1 and folded[0] in words.GIVEN_NAMES and not known:
            spans.append(name_span(found, GIVEN_NAME))

    # Every other mention of a name already found.
    named = {f: s.key for s in spans for f in s.tokens if f not in rules.known_words}
    for i, token in enumerate(tokens):
        if token.capital and i not in ordinary and token.folded in named:
            spans.append(_Span(token.start, token.end, NAME, AGAIN, key=named[token.folded]))

    # Prison numbers.
    for cue in rules.number_cues:
        pattern = _number_cue_pattern(cue)
        for m in pattern.finditer(text) if pattern else ():
            spans.append(_Span(m.start(), m.end(), NUMBER, AFTER_NUMBER_CUE))
    for item in rules.number_formats:
        pattern = _format_pattern(item)
        for m in pattern.finditer(text) if pattern else ():
            spans.append(_Span(m.start(), m.end(), NUMBER, NUMBER_FORMAT))
    return spans


def find_sensitive(text: str, rules: SensitiveRules) -> list[Finding]:
    """What in ``text`` looks like a prison number or a prisoner's name, in text order,
    each with a neutral replacement (the same person always gets the same letter)."""
    spans = _spans(text, rules)
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), s.rule != AFTER_CUE))
    chosen: list[_Span] = []
    last_end = -1
    for span in spans:
        if span.start >= last_end:  # overlapping ones lose to the longer, earlier one
            chosen.append(span)
            last_end = span.end
    # A surname's key for a first name found with it ("Jonas Berg" … "Jonas").
    owner: dict[str, str] = {}
    for span in sorted(chosen, key=lambda s: -len(s.tokens)):
        for token in span.tokens:
            owner.setdefault(token, span.key)
    letters: dict[str, str] = {}
    findings = []
    for span in chosen:
        if span.reason == NAME:
            key = owner.get(span.key, span.key)
            letters.setdefault(key, chr(ord("A") + len(letters) % 26))
            letter = letters[key]
            replacement = letter if span.letter_only else f"prisoner {letter}"
        else:
            replacement = "[prison number]"
        findings.append(
            Finding(
                span.start,
                span.end,
                text[span.start : span.end],
                span.reason,
                replacement,
                span.rule,
                span.cue,
            )
        )
    return findings


def find_in_texts(texts: dict[str, str], rules: SensitiveRules) -> dict[str, list[Finding]]:
    """``find_sensitive`` over the texts of one record together (a narrative and its
    comments, a review's parts): a name found in one is found in the others too, with
    the same letter. Only the texts with findings are in the answer."""
    joined, starts = "", []
    for name, text in texts.items():
        starts.append((len(joined), len(joined) + len(text), name))
        joined += text + "\n\n"
    found: dict[str, list[Finding]] = {}
    for f in find_sensitive(joined, rules):
        for start, end, name in starts:
            if start <= f.start and f.end <= end:
                found.setdefault(name, []).append(
                    replace(f, start=f.start - start, end=f.end - start)
                )
                break
    return found


def replace_findings(text: str, findings: list[Finding]) -> str:
    """``text`` with each finding replaced by its neutral reference."""
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out += [text[pos : f.start], f.replacement]
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
