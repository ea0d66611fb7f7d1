"""What a site's privacy check looks for, and who may change it.

Kept in SiteSetting ``sensitive_text`` as lists an administrator edits in Site settings:
prison number formats (``A9999AA``, ``9999-9999``; ``re:`` starts a regular expression),
the phrases a number follows, the cue words a name follows, names to watch for, and
words that are never names. A list the site never set is the built-in one
(``mentorlog.services.sensitive_words``). The site's own people, prisons, units and
cohorts are read from the database each time: their names are never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import Academy, Cohort, Person, Prison, Role, SiteSetting, Unit
from mentorlog.services import audit
from mentorlog.services import sensitive_words as words
from mentorlog.services.access import Actor, require_role
from mentorlog.services.errors import ValidationError
from mentorlog.storage.folding import fold

SETTING_KEY = "sensitive_text"
REGEX_PREFIX = "re:"
_LISTS = ("number_formats", "number_cues", "name_cues", "watched_names", "not_names")


@dataclass(frozen=True)
class SensitiveRules:
    """The site's choices (edited in Site settings) and what the database knows."""

    number_formats: tuple[str, ...] = words.NUMBER_FORMATS
    number_cues: tuple[str, ...] = words.NUMBER_CUES
    name_cues: tuple[str, ...] = words.NAME_CUES
    watched_names: tuple[str, ...] = ()
    not_names: tuple[str, ...] = ()
    # Not settings, read from the database: the folded words of the site's own people's
    # names, their full names, and the words of its prisons', units' and cohorts' names.
    known_words: frozenset[str] = field(default=frozenset(), compare=False)
    known_names: frozenset[tuple[str, ...]] = field(default=frozenset(), compare=False)
    place_words: frozenset[str] = field(default=frozenset(), compare=False)

    def settings(self) -> dict[str, list[str]]:
        return {name: list(getattr(self, name)) for name in _LISTS}


def format_regex(item: str) -> str:
    """A number format as a regular expression matching a whole number, never part of
    one: ``9`` any digit, ``A`` any letter, a space any run of spaces, else itself;
    ``re:…`` is taken as written."""
    if item.startswith(REGEX_PREFIX):
        body = item[len(REGEX_PREFIX) :].strip()
    else:
        parts = []
        for ch in item.strip():
            if ch == "9":
                parts.append(r"\d")
            elif ch.upper() == "A":
                parts.append("[^\\W\\d_]")
            elif ch.isspace():
                parts.append(r"\s+")
            else:
                parts.append(re.escape(ch))
        body = "".join(parts)
    # Not glued to more of a number on either side ("2024-1187" is one number).
    return rf"(?<![\w/-])(?:{body})(?![\w/]|[-.]\w)"


def _clean(items: Iterable[Any]) -> tuple[str, ...]:
    seen = dict.fromkeys(" ".join(str(i).split()) for i in items)
    return tuple(i for i in seen if i)


def _from_value(value: Any) -> dict[str, Any]:
    """The lists a stored setting holds, as SensitiveRules' keyword arguments."""
    if not isinstance(value, dict):
        return {}
    chosen: dict[str, Any] = {
        name: _clean(value[name]) for name in _LISTS if isinstance(value.get(name), list)
    }
    # Before Site settings could edit them, number rules were regular expressions.
    legacy = value.get("number_patterns")
    if "number_formats" not in chosen and isinstance(legacy, list):
        chosen["number_formats"] = _clean(REGEX_PREFIX + str(p) for p in legacy)
    return chosen


def _known(session: Session) -> dict[str, Any]:
    """Folded words of the site's people's names, their full names, and its places."""
    known: set[str] = set()
    names: set[tuple[str, ...]] = set()
    for given, family in session.execute(select(Person.given_name, Person.family_name)):
        full = tuple(fold(f"{given} {family}").replace("-", " ").split())
        names.add(full)
        known.update(full)
    places: set[str] = set()
    for model in (Prison, Unit, Cohort, Academy):
        for (name,) in session.execute(select(model.name)):
            places.update(fold(name).replace("-", " ").split())
    return {
        "known_words": frozenset(known),
        "known_names": frozenset(names),
        "place_words": frozenset(places),
    }


def load_rules(session: Session) -> SensitiveRules:
    """The site's rules, with the names of its people and places it never flags."""
    value = session.scalar(select(SiteSetting.value).where(SiteSetting.key == SETTING_KEY))
    return SensitiveRules(**_from_value(value), **_known(session))


def problems_of(rules: SensitiveRules) -> dict[str, Message]:
    """What is wrong with ``rules`` (a format that does not compile), by list name."""
    problems = {}
    for item in rules.number_formats:
        try:
            re.compile(format_regex(item))
        except re.error as exc:
            problems["number_formats"] = msg(
                "“{item}” is not a format that can be used: {reason}.", item=item, reason=exc
            )
            break
    return problems


def rules_version(session: Session) -> int:
    """The row version of the site's rules (0: never saved, the defaults apply); a change
    made from what was read names it as ``expected_version``."""
    row = session.scalar(select(SiteSetting).where(SiteSetting.key == SETTING_KEY))
    return row.row_version if row is not None else 0


def save_rules(
    session: Session,
    actor: Actor,
    rules: SensitiveRules,
    *,
    expected_version: int | None = None,
) -> SensitiveRules:
    """Keep ``rules`` for the whole site (administrators only; audited). Refused with a
    ValidationError naming the list when a format does not compile, and with
    StaleEditError when someone changed them since ``expected_version``."""
    from mentorlog.services.stale import require_fresh

    require_role(actor, Role.ADMINISTRATOR)
    lists: dict[str, Any] = {name: _clean(getattr(rules, name)) for name in _LISTS}
    cleaned = SensitiveRules(**lists)
    if problems := problems_of(cleaned):
        raise ValidationError(problems)
    row = session.scalar(select(SiteSetting).where(SiteSetting.key == SETTING_KEY))
    if row is not None:
        require_fresh(session, row, expected_version, msg("privacy check"))
    before = SensitiveRules(**_from_value(row.value if row else None)).settings()
    after = cleaned.settings()
    if after != before:
        if row is None:
            session.add(SiteSetting(key=SETTING_KEY, value=after))
        else:
            row.value = after
        session.flush()
        changed = {
            name: {
                "added": [i for i in after[name] if i not in before[name]],
                "removed": [i for i in before[name] if i not in after[name]],
            }
            for name in _LISTS
            if after[name] != before[name]
        }
        audit.record(
            session,
            actor,
            "setting.change",
            entity_type="site_setting",
            detail={"key": SETTING_KEY, "changed": changed},
        )
    return cleaned
