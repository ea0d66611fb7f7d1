"""Spotting what should not be in a narrative: a prisoner's name or prison number.

Observations are about the student, not the prisoners they dealt with. Before saving,
the editor asks ``find_sensitive`` and offers to replace what it found with neutral
references ("prisoner A", "[prison number]"). What counts is configurable per site
(SiteSetting ``sensitive_text``): regular expressions for prison numbers, and names to
watch for; a built-in rule also catches a capitalised name right after "prisoner",
"inmate", "detainee", "Mr", "Mrs" or "Ms".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import SiteSetting

SETTING_KEY = "sensitive_text"

DEFAULT_NUMBER_PATTERNS = (
    r"\b[A-Z]\d{4}[A-Z]{2}\b",  # England and Wales prison numbers, e.g. A1234BC
    r"(?i)\b(?:prison(?:er)?|inmate|detainee)\s*(?:no\.?|nr\.?|number|#)\s*[A-Z]?\d{3,}\b",
)
# A title or role word, then one or two capitalised words (any alphabet).
_NAME_AFTER_ROLE = re.compile(
    r"\b(?:[Pp]risoner|[Ii]nmate|[Dd]etainee|Mr\.?|Mrs\.?|Ms\.?)\s+"
    r"(?P<name>[^\W\d_][^\W\d_'’-]+(?:[ -][^\W\d_][^\W\d_'’-]+)?)"
)
# Words after "prisoner" that are not names.
_NOT_NAMES = {
    "on",
    "in",
    "at",
    "who",
    "was",
    "is",
    "from",
    "with",
    "and",
    "a",
    "the",
    "had",
    "has",
    "b-wing",
    "number",
    "no",
    "nr",
    "became",
    "asked",
    "refused",
    "said",
}


@dataclass(frozen=True)
class SensitiveRules:
    number_patterns: tuple[str, ...] = DEFAULT_NUMBER_PATTERNS
    watched_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    text: str
    reason: str  # "prison number" or "name"
    replacement: str = field(compare=False, default="")


def load_rules(session: Session) -> SensitiveRules:
    value: Any = session.scalar(select(SiteSetting.value).where(SiteSetting.key == SETTING_KEY))
    if not isinstance(value, dict):
        return SensitiveRules()
    return SensitiveRules(
        tuple(value.get("number_patterns", DEFAULT_NUMBER_PATTERNS)),
        tuple(value.get("watched_names", ())),
    )


def save_rules(session: Session, rules: SensitiveRules) -> None:
    for pattern in rules.number_patterns:
        re.compile(pattern)  # refuse a pattern that does not compile, before saving it
    value = {
        "number_patterns": list(rules.number_patterns),
        "watched_names": list(rules.watched_names),
    }
    row = session.scalar(select(SiteSetting).where(SiteSetting.key == SETTING_KEY))
    if row is None:
        session.add(SiteSetting(key=SETTING_KEY, value=value))
    else:
        row.value = value


def _is_name(candidate: str) -> bool:
    first = candidate.split()[0]
    return first[:1].isupper() and first.lower() not in _NOT_NAMES


def find_sensitive(text: str, rules: SensitiveRules) -> list[Finding]:
    """What in ``text`` looks like a prison number or a prisoner's name, in text order,
    each with a neutral replacement (the same name always gets the same letter)."""
    spans: list[tuple[int, int, str, str]] = []  # start, end, reason, who (for names)
    for pattern in rules.number_patterns:
        spans += [(m.start(), m.end(), "prison number", "") for m in re.finditer(pattern, text)]
    for m in _NAME_AFTER_ROLE.finditer(text):
        name = m.group("name")
        if _is_name(name):
            first, _, rest = name.partition(" ")
            # The regex takes any second word; it is part of the name only if capitalised.
            length = len(name) if rest[:1].isupper() else len(first)
            end = m.start("name") + length
            # "Mr Kask" is replaced whole; "prisoner Kask" keeps its "prisoner".
            start = m.start() if m.group(0)[:1] == "M" else m.start("name")
            spans.append((start, end, "name", text[m.start("name") : end].casefold()))
    for name in rules.watched_names:
        if name.strip():
            pat = r"(?<!\w)" + re.escape(name.strip()) + r"(?!\w)"
            spans += [
                (m.start(), m.end(), "name", m.group(0).casefold())
                for m in re.finditer(pat, text, re.I)
            ]
    spans.sort(key=lambda s: (s[0], -s[1]))
    findings: list[Finding] = []
    letters: dict[str, str] = {}
    last_end = -1
    for start, end, reason, who in spans:
        if start < last_end:
            continue  # overlaps one already taken (the longer match wins)
        found = text[start:end]
        if reason == "name":
            letters.setdefault(who, chr(ord("A") + len(letters) % 26))
            replacement = f"prisoner {letters[who]}"
        else:
            replacement = "[prison number]"
        findings.append(Finding(start, end, found, reason, replacement))
        last_end = end
    return findings


def replace_findings(text: str, findings: list[Finding]) -> str:
    """``text`` with each finding replaced by its neutral reference. A name right after
    "prisoner" becomes "prisoner A", not "prisoner prisoner A"."""
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        before = text[pos : f.start]
        replacement = f.replacement
        if f.reason == "name" and re.search(r"(?i)\bprisoner\s+$", before):
            replacement = replacement.removeprefix("prisoner ")
        out += [before, replacement]
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
