"""The texts of a framework file, in one language or in several.

Every text of a framework (its name, description and change note; each domain's and each
competency's name and description; each scale level's label and anchor; each
competency's behavioural anchor for a level) is either a string, in the file's
``"language"`` (default ``"en"``), or an object keyed by language::

    "name": {"en": "Calming tension through dialogue", "nb": "Dempe spenninger gjennom dialog"}

The languages a file offers are its own and those it lists in ``"languages"`` (optional),
else every language any of its texts is given in. A text is then given in every one of
them: a framework that is Norwegian in half its anchors would show a mentor in Ålesund
half of it in English. An optional text (a description, the change note) may be left out,
or given in the framework's own language alone, which readers of the others then see.
Language codes are mentorlog.i18n.LANGUAGES, spelled exactly as there.

Stored, a text is its own-language wording plus the others (``split``), and exported it is
joined again (``joined``); models/framework.py says where.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NoReturn

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE, normalise

# The languages' names in English, for messages (mentorlog.i18n.NAMES has their own).
ENGLISH_NAMES = {
    "en": "English",
    "nb": "Norwegian Bokmål",
    "fi": "Finnish",
    "et": "Estonian",
    "fr": "French",
    "nl": "Dutch",
}

Fail = Callable[[str], NoReturn]


@dataclass(frozen=True)
class TextField:
    """One text of a framework file: whose (``subject``: "competency COM-2 (Listening
    and explaining decisions)"), which (``part``: "anchor for level 3"), its value as
    written, and whether it must be given."""

    subject: str
    part: str
    value: Any
    required: bool


def named(code: str) -> str:
    """ "Finnish (fi)"."""
    return f"{ENGLISH_NAMES.get(code, code)} ({code})"


def own_text(value: Any, own: str) -> str:
    """The text in the framework's own language ("" if not given)."""
    if isinstance(value, dict):
        value = value.get(own, "")
    return value.strip() if isinstance(value, str) else ""


def split(value: Any, own: str) -> tuple[str, dict[str, str]]:
    """A text as stored: its own-language wording, and the others by language."""
    if not isinstance(value, dict):
        return ("" if value is None else str(value)).strip(), {}
    others = {
        lang: text.strip()
        for lang, text in value.items()
        if lang != own and isinstance(text, str) and text.strip()
    }
    return own_text(value, own), others


def joined(base: str, translations: dict[str, str] | None, own: str) -> str | dict[str, str]:
    """A stored text as a file writes it: a string if it has one language, else an object
    in the order of mentorlog.i18n.LANGUAGES, the own language first."""
    if not translations:
        return base
    order = [own, *(lang for lang in LANGUAGES if lang != own)]
    return {
        lang: base if lang == own else translations[lang]
        for lang in order
        if lang == own or lang in translations
    }


def text_fields(data: dict[str, Any]) -> Iterator[TextField]:
    """Every text of a framework file whose shape has been checked (a scale of levels,
    domains of competencies), with where it is."""
    fw = "the framework"
    yield TextField(fw, "name", data.get("name"), True)
    yield TextField(fw, "description", data.get("description"), False)
    yield TextField(fw, "change note", data.get("change_note"), False)
    for level in data["scale"]:
        subject = f"scale level {level.get('value')}"
        yield TextField(subject, "label", level.get("label"), True)
        yield TextField(subject, "anchor", level.get("anchor"), True)
    own = file_language(data)
    for domain in data["domains"]:
        subject = f"domain {domain.get('key')}"
        yield TextField(subject, "name", domain.get("name"), True)
        yield TextField(subject, "description", domain.get("description"), False)
        for comp in domain.get("competencies") or []:
            subject = f"competency {comp.get('key')} ({own_text(comp.get('name'), own)})"
            yield TextField(subject, "name", comp.get("name"), True)
            yield TextField(subject, "description", comp.get("description"), False)
            for value, anchor in (comp.get("anchors") or {}).items():
                yield TextField(subject, f"anchor for level {value}", anchor, True)


def file_language(data: dict[str, Any]) -> str:
    """The framework's own language as the file gives it (default English)."""
    return data.get("language") or SOURCE_LANGUAGE


def unknown_language(code: Any, where: str, fail: Fail) -> NoReturn:
    """Refuse a language code mentorlog does not know, suggesting the code meant."""
    hint = ""
    guess = normalise(str(code))
    if guess != SOURCE_LANGUAGE or str(code).lower().startswith(SOURCE_LANGUAGE):
        hint = f"; for {ENGLISH_NAMES[guess]} write '{guess}'"
    fail(
        f"{where} {code!r}, a language mentorlog does not know (it knows "
        f"{', '.join(LANGUAGES)}){hint}"
    )


def check_language(data: dict[str, Any], fail: Fail) -> str:
    """The file's own language, refused if mentorlog does not know it."""
    own = file_language(data)
    if own not in LANGUAGES:
        unknown_language(own, "'language' is", fail)
    return own


def offered_languages(data: dict[str, Any], fail: Fail) -> tuple[str, ...]:
    """The languages the file offers (see the module docstring), its texts' codes and
    values checked on the way."""
    own = check_language(data, fail)
    found = {own}
    declared = data.get("languages")
    if declared is not None:
        if not isinstance(declared, list):
            fail('\'languages\' must be a list of language codes, such as ["en", "nb"]')
        for code in declared:
            if code not in LANGUAGES:
                unknown_language(code, "'languages' names", fail)
            found.add(code)
    for field in text_fields(data):
        if field.value is None or isinstance(field.value, str):
            continue
        if not isinstance(field.value, dict):
            fail(
                f"{field.subject}: its {field.part} must be a text or an object of texts by "
                "language"
            )
        for code, text in field.value.items():
            if code not in LANGUAGES:
                unknown_language(code, f"{field.subject} gives its {field.part} in", fail)
            if not isinstance(text, str):
                fail(f"{field.subject}: its {field.part} in {named(code)} must be a text")
            if declared is None:
                found.add(code)
            elif code not in found:
                fail(
                    f"{field.subject} gives its {field.part} in {named(code)}, which "
                    "'languages' does not list"
                )
    return tuple(lang for lang in LANGUAGES if lang in found)


def check_complete(data: dict[str, Any], languages: tuple[str, ...], fail: Fail) -> None:
    """Refuse a text missing in one of the framework's languages, naming the first and
    counting the rest (a translator's to-do list starts at the first)."""
    own = file_language(data)
    missing: list[str] = []
    for field in text_fields(data):
        value = field.value if isinstance(field.value, dict) else {own: field.value or ""}
        given = {lang for lang, text in value.items() if isinstance(text, str) and text.strip()}
        if not given:
            continue  # an optional text left out in every language
        if not field.required and given == {own}:
            continue  # an optional one (a change note) in the own language alone
        if own not in given:
            missing.append(
                f"{field.subject} gives its {field.part} in {', '.join(sorted(given))} but not "
                f"in {named(own)}, the framework's own language"
            )
            continue
        missing.extend(
            f"{field.subject} has no {named(lang)} text for its {field.part}"
            for lang in languages
            if lang not in given
        )
    if missing:
        more = len(missing) - 1
        fail(
            missing[0]
            + (f" ({more} more text{'s' if more > 1 else ''} lack a language)" if more else "")
        )
