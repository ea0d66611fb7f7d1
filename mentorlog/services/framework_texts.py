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

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE, msg, nmsg, normalise
from mentorlog.i18n.messages import N_, Message, as_message

# The languages' names in English, for messages, each translated in the reader's
# language (mentorlog.i18n.NAMES has each language's name in itself).
ENGLISH_NAMES = {
    "en": N_("English"),
    "nb": N_("Norwegian Bokmål"),
    "fi": N_("Finnish"),
    "et": N_("Estonian"),
    "fr": N_("French"),
    "nl": N_("Dutch"),
}

Fail = Callable[[Message], NoReturn]


@dataclass(frozen=True)
class TextField:
    """One text of a framework file: whose (``subject``: "competency COM-2 (Listening
    and explaining decisions)"), which (``part``: "anchor for level 3"), its value as
    written, and whether it must be given."""

    subject: Message
    part: Message
    value: Any
    required: bool


def language_name(code: str) -> Message:
    """ "Finnish", in the reader's language (a code mentorlog does not know as itself)."""
    return as_message(ENGLISH_NAMES.get(code, code))


def named(code: str) -> Message:
    """ "Finnish (fi)"."""
    # TRANSLATORS: a language's name and its code, as in "Finnish (fi)".
    return msg("{language} ({code})", language=language_name(code), code=code)


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
    # TRANSLATORS: the subject of a sentence about a framework file's texts.
    fw = msg("the framework")
    # TRANSLATORS: a framework's, a domain's or a competency's name, as in "its name".
    name = msg("name")
    # TRANSLATORS: as in "its description".
    description = msg("description")
    yield TextField(fw, name, data.get("name"), True)
    yield TextField(fw, description, data.get("description"), False)
    # TRANSLATORS: as in "its change note" (what a framework version changed).
    yield TextField(fw, msg("change note"), data.get("change_note"), False)
    for level in data["scale"]:
        subject = msg("scale level {value}", value=str(level.get("value")))
        # TRANSLATORS: a scale level's label, as in "its label".
        yield TextField(subject, msg("label"), level.get("label"), True)
        # TRANSLATORS: a scale level's anchor (its description), as in "its anchor".
        yield TextField(subject, msg("anchor"), level.get("anchor"), True)
    own = file_language(data)
    for domain in data["domains"]:
        subject = msg("domain {key}", key=str(domain.get("key")))
        yield TextField(subject, name, domain.get("name"), True)
        yield TextField(subject, description, domain.get("description"), False)
        for comp in domain.get("competencies") or []:
            subject = msg(
                "competency {code} ({title})",
                code=str(comp.get("key")),
                title=own_text(comp.get("name"), own),
            )
            yield TextField(subject, name, comp.get("name"), True)
            yield TextField(subject, description, comp.get("description"), False)
            for value, anchor in (comp.get("anchors") or {}).items():
                part = msg("anchor for level {value}", value=str(value))
                yield TextField(subject, part, anchor, True)


def file_language(data: dict[str, Any]) -> str:
    """The framework's own language as the file gives it (default English)."""
    return data.get("language") or SOURCE_LANGUAGE


def unknown(code: Any) -> dict[str, Any]:
    """The parameters of a message refusing a language code mentorlog does not know:
    ``{code}`` (quoted), ``{known}`` (the codes it knows) and ``{hint}`` (the code meant,
    where it can be guessed; else nothing)."""
    hint: Message | str = ""
    guess = normalise(str(code))
    if guess != SOURCE_LANGUAGE or str(code).lower().startswith(SOURCE_LANGUAGE):
        # TRANSLATORS: ends a sentence saying a language code is unknown.
        hint = msg("; for {language} write '{guess}'", language=language_name(guess), guess=guess)
    return {"code": repr(code), "known": ", ".join(LANGUAGES), "hint": hint}


def check_language(data: dict[str, Any], fail: Fail) -> str:
    """The file's own language, refused if mentorlog does not know it."""
    own = file_language(data)
    if own not in LANGUAGES:
        fail(
            msg(
                "'language' is {code}, a language mentorlog does not know (it knows {known}){hint}",
                **unknown(own),
            )
        )
    return own


def offered_languages(data: dict[str, Any], fail: Fail) -> tuple[str, ...]:
    """The languages the file offers (see the module docstring), its texts' codes and
    values checked on the way."""
    own = check_language(data, fail)
    found = {own}
    declared = data.get("languages")
    if declared is not None:
        if not isinstance(declared, list):
            fail(msg('\'languages\' must be a list of language codes, such as ["en", "nb"]'))
        for code in declared:
            if code not in LANGUAGES:
                fail(
                    msg(
                        "'languages' names {code}, a language mentorlog does not know "
                        "(it knows {known}){hint}",
                        **unknown(code),
                    )
                )
            found.add(code)
    for field in text_fields(data):
        if field.value is None or isinstance(field.value, str):
            continue
        if not isinstance(field.value, dict):
            fail(
                msg(
                    "{subject}: its {part} must be a text or an object of texts by language",
                    subject=field.subject,
                    part=field.part,
                )
            )
        for code, text in field.value.items():
            if code not in LANGUAGES:
                fail(
                    msg(
                        "{subject} gives its {part} in {code}, a language mentorlog does not "
                        "know (it knows {known}){hint}",
                        subject=field.subject,
                        part=field.part,
                        **unknown(code),
                    )
                )
            if not isinstance(text, str):
                fail(
                    msg(
                        "{subject}: its {part} in {language} must be a text",
                        subject=field.subject,
                        part=field.part,
                        language=named(code),
                    )
                )
            if declared is None:
                found.add(code)
            elif code not in found:
                fail(
                    msg(
                        "{subject} gives its {part} in {language}, which 'languages' does not list",
                        subject=field.subject,
                        part=field.part,
                        language=named(code),
                    )
                )
    return tuple(lang for lang in LANGUAGES if lang in found)


def check_complete(data: dict[str, Any], languages: tuple[str, ...], fail: Fail) -> None:
    """Refuse a text missing in one of the framework's languages, naming the first and
    counting the rest (a translator's to-do list starts at the first)."""
    own = file_language(data)
    missing: list[Message] = []
    for field in text_fields(data):
        value = field.value if isinstance(field.value, dict) else {own: field.value or ""}
        given = {lang for lang, text in value.items() if isinstance(text, str) and text.strip()}
        if not given:
            continue  # an optional text left out in every language
        if not field.required and given == {own}:
            continue  # an optional one (a change note) in the own language alone
        if own not in given:
            missing.append(
                msg(
                    "{subject} gives its {part} in {languages} but not in {language}, the "
                    "framework's own language",
                    subject=field.subject,
                    part=field.part,
                    languages=", ".join(sorted(given)),
                    language=named(own),
                )
            )
            continue
        missing.extend(
            msg(
                "{subject} has no {language} text for its {part}",
                subject=field.subject,
                language=named(lang),
                part=field.part,
            )
            for lang in languages
            if lang not in given
        )
    if missing:
        more = len(missing) - 1
        if not more:
            fail(missing[0])
        fail(
            nmsg(
                "{first} ({n} more text lacks a language)",
                "{first} ({n} more texts lack a language)",
                more,
                first=missing[0],
            )
        )
