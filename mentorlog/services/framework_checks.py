"""Whether a framework (as read from a JSON file or an XLSX workbook) can be rated
against: checked whole before anything is written, the message naming the competency,
level or language at fault. The shipped default passes the same checks."""

from __future__ import annotations

from typing import Any, NoReturn

from mentorlog.models import PlacementPhase
from mentorlog.services.framework_texts import (
    check_complete,
    check_language,
    offered_languages,
    own_text,
)

PHASES = tuple(str(p) for p in PlacementPhase)


class FrameworkFileError(ValueError):
    """A framework file that cannot be loaded; the message names what is wrong."""


def validate_framework(data: dict[str, Any], name: str) -> tuple[str, ...]:
    """Refuse a framework that cannot be rated against, naming what is wrong where; the
    languages it offers (its own first among mentorlog.i18n.LANGUAGES' order)."""

    def fail(message: str) -> NoReturn:
        raise FrameworkFileError(f"The framework {name} is not valid: {message}")

    if not isinstance(data, dict):
        fail("it must hold one JSON object")
    for key in ("key", "name", "version", "scale", "domains"):
        if key not in data or data[key] in ("", None, [], {}):
            fail(f"'{key}' is missing")
    if not isinstance(data["version"], int) or data["version"] < 1:
        fail("'version' must be a whole number from 1")
    own = check_language(data, fail)
    levels = data["scale"]
    if not isinstance(levels, list) or not all(isinstance(lv, dict) for lv in levels):
        fail("'scale' must be a list of levels")
    if not isinstance(data["domains"], list) or not all(
        isinstance(d, dict)
        and isinstance(d.get("competencies", []), list)
        and all(isinstance(c, dict) for c in d.get("competencies", []))
        for d in data["domains"]
    ):
        fail("'domains' must be a list of domains, each with a list of competencies")
    languages = offered_languages(data, fail)
    check_complete(data, languages, fail)
    if not own_text(data["name"], own):
        fail("'name' is missing")
    values = [level.get("value") for level in levels]
    if not all(isinstance(v, int) for v in values):
        fail("every scale level needs a whole-number value")
    if len(set(values)) != len(values):
        fail("two scale levels have the same value")
    codes = [str(level.get("code", "")) for level in levels]
    if len(set(codes)) != len(codes) or not all(codes):
        fail("every scale level needs its own code")
    for level in levels:
        if not own_text(level.get("label"), own) or not own_text(level.get("anchor"), own):
            fail(f"scale level {level['value']} needs a label and an anchor")
    if sum(1 for level in levels if level.get("is_not_observed")) != 1:
        fail("the scale needs exactly one 'not observed' level")
    rated = sorted(lv["value"] for lv in levels if not lv.get("is_not_observed"))
    if len(rated) < 2:
        fail("the scale needs at least two rated levels")
    _check_expectations(data, rated, fail)
    _check_domains(data, own, rated, fail)
    return languages


def _check_expectations(data: dict[str, Any], rated: list[int], fail: Any) -> None:
    for phase, expected in (data.get("phase_expectations") or {}).items():
        if phase not in PHASES:
            fail(f"phase_expectations names {phase!r}, which is no phase ({', '.join(PHASES)})")
        if not isinstance(expected, int) or expected not in rated:
            fail(
                f"the {phase} phase expects level {expected}, which is not on the scale "
                f"({rated[0]}–{rated[-1]})"
            )


def _check_domains(data: dict[str, Any], own: str, rated: list[int], fail: Any) -> None:
    seen: dict[str, str] = {}
    domain_keys: set[str] = set()
    for domain in data["domains"]:
        dkey = str(domain.get("key", "")).strip()
        if not dkey or not own_text(domain.get("name"), own):
            fail("every domain needs a key and a name")
        if dkey in domain_keys:
            fail(f"domain {dkey} appears twice")
        domain_keys.add(dkey)
        for comp in domain.get("competencies", []):
            code = str(comp.get("key", "")).strip()
            title = own_text(comp.get("name"), own)
            if not code or not title:
                fail(f"a competency of domain {dkey} needs a code and a title")
            if code in seen:
                fail(f"competency code {code} appears twice (domains {seen[code]} and {dkey})")
            seen[code] = dkey
            anchors = comp.get("anchors") or {}
            if not isinstance(anchors, dict):
                fail(f"competency {code} ({title}): 'anchors' must map each level to its text")
            anchors = {str(k): v for k, v in anchors.items()}
            for value in rated:
                if not own_text(anchors.get(str(value)), own):
                    fail(f"competency {code} ({title}) has no anchor for level {value}")
            extra = sorted(set(anchors) - {str(v) for v in rated})
            if extra:
                fail(f"competency {code} has an anchor for level {extra[0]}, not on the scale")
    if not seen:
        fail("it has no competencies")
