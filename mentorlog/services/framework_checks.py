"""Whether a framework (as read from a JSON file or an XLSX workbook) can be rated
against: checked whole before anything is written, the message naming the competency,
level or language at fault. The shipped default passes the same checks."""

from __future__ import annotations

from typing import Any, NoReturn

from mentorlog.i18n import msg
from mentorlog.i18n.messages import Message, as_message
from mentorlog.models import PlacementPhase
from mentorlog.services.framework_texts import (
    Fail,
    check_complete,
    check_language,
    offered_languages,
    own_text,
)

PHASES = tuple(str(p) for p in PlacementPhase)


class FrameworkFileError(ValueError):
    """A framework file that cannot be loaded; the message names what is wrong. Like a
    ServiceError it carries a Message: ``str(exc)`` is the English, ``exc.worded(lang)``
    (or ``mentorlog.i18n.word(exc)``) the reader's language."""

    def __init__(self, message: Message | str = "", *args: object) -> None:
        self.message = as_message(message)
        super().__init__(str(self.message), *args)

    @property
    def msgid(self) -> str:
        return self.message.msgid

    @property
    def params(self) -> dict[str, Any]:
        return self.message.kwargs

    def worded(self, lang: str | None = None) -> str:
        """The message in ``lang`` (None: the current language)."""
        return self.message.word(lang)


def not_valid(name: str, problem: Message) -> FrameworkFileError:
    """The refusal of the framework file ``name``, ``problem`` saying why."""
    return FrameworkFileError(
        msg("The framework {name} is not valid: {problem}", name=name, problem=problem)
    )


def validate_framework(data: dict[str, Any], name: str) -> tuple[str, ...]:
    """Refuse a framework that cannot be rated against, naming what is wrong where; the
    languages it offers (its own first among mentorlog.i18n.LANGUAGES' order)."""

    def fail(problem: Message) -> NoReturn:
        raise not_valid(name, problem)

    if not isinstance(data, dict):
        fail(msg("it must hold one JSON object"))
    for key in ("key", "name", "version", "scale", "domains"):
        if key not in data or data[key] in ("", None, [], {}):
            fail(msg("'{key}' is missing", key=key))
    if not isinstance(data["version"], int) or data["version"] < 1:
        fail(msg("'version' must be a whole number from 1"))
    own = check_language(data, fail)
    levels = data["scale"]
    if not isinstance(levels, list) or not all(isinstance(lv, dict) for lv in levels):
        fail(msg("'scale' must be a list of levels"))
    if not isinstance(data["domains"], list) or not all(
        isinstance(d, dict)
        and isinstance(d.get("competencies", []), list)
        and all(isinstance(c, dict) for c in d.get("competencies", []))
        for d in data["domains"]
    ):
        fail(msg("'domains' must be a list of domains, each with a list of competencies"))
    languages = offered_languages(data, fail)
    check_complete(data, languages, fail)
    if not own_text(data["name"], own):
        fail(msg("'name' is missing"))
    values = [level.get("value") for level in levels]
    if not all(isinstance(v, int) for v in values):
        fail(msg("every scale level needs a whole-number value"))
    if len(set(values)) != len(values):
        fail(msg("two scale levels have the same value"))
    codes = [str(level.get("code", "")) for level in levels]
    if len(set(codes)) != len(codes) or not all(codes):
        fail(msg("every scale level needs its own code"))
    for level in levels:
        if not own_text(level.get("label"), own) or not own_text(level.get("anchor"), own):
            fail(msg("scale level {value} needs a label and an anchor", value=level["value"]))
    if sum(1 for level in levels if level.get("is_not_observed")) != 1:
        fail(msg("the scale needs exactly one 'not observed' level"))
    rated = sorted(lv["value"] for lv in levels if not lv.get("is_not_observed"))
    if len(rated) < 2:
        fail(msg("the scale needs at least two rated levels"))
    _check_expectations(data, rated, fail)
    _check_domains(data, own, rated, fail)
    return languages


def _check_expectations(data: dict[str, Any], rated: list[int], fail: Fail) -> None:
    for phase, expected in (data.get("phase_expectations") or {}).items():
        if phase not in PHASES:
            fail(
                msg(
                    "phase_expectations names {phase}, which is no phase ({phases})",
                    phase=repr(phase),
                    phases=", ".join(PHASES),
                )
            )
        if not isinstance(expected, int) or expected not in rated:
            fail(
                msg(
                    "the {phase} phase expects level {expected}, which is not on the scale "
                    "({lowest}–{highest})",
                    phase=phase,
                    expected=str(expected),
                    lowest=rated[0],
                    highest=rated[-1],
                )
            )


def _check_domains(data: dict[str, Any], own: str, rated: list[int], fail: Fail) -> None:
    seen: dict[str, str] = {}
    domain_keys: set[str] = set()
    for domain in data["domains"]:
        dkey = str(domain.get("key", "")).strip()
        if not dkey or not own_text(domain.get("name"), own):
            fail(msg("every domain needs a key and a name"))
        if dkey in domain_keys:
            fail(msg("domain {key} appears twice", key=dkey))
        domain_keys.add(dkey)
        for comp in domain.get("competencies", []):
            code = str(comp.get("key", "")).strip()
            title = own_text(comp.get("name"), own)
            if not code or not title:
                fail(msg("a competency of domain {key} needs a code and a title", key=dkey))
            if code in seen:
                fail(
                    msg(
                        "competency code {code} appears twice (domains {first} and {second})",
                        code=code,
                        first=seen[code],
                        second=dkey,
                    )
                )
            seen[code] = dkey
            anchors = comp.get("anchors") or {}
            if not isinstance(anchors, dict):
                fail(
                    msg(
                        "competency {code} ({title}): 'anchors' must map each level to its text",
                        code=code,
                        title=title,
                    )
                )
            anchors = {str(k): v for k, v in anchors.items()}
            for value in rated:
                if not own_text(anchors.get(str(value)), own):
                    fail(
                        msg(
                            "competency {code} ({title}) has no anchor for level {value}",
                            code=code,
                            title=title,
                            value=value,
                        )
                    )
            extra = sorted(set(anchors) - {str(v) for v in rated})
            if extra:
                fail(
                    msg(
                        "competency {code} has an anchor for level {value}, not on the scale",
                        code=code,
                        value=extra[0],
                    )
                )
    if not seen:
        fail(msg("it has no competencies"))
