"""Extract mentorlog's Qt-free messages and keep the catalogues in step (a checkout's tool).

``extract()`` reads the source as babel.cfg says and returns the template catalogue;
``update(...)`` writes resources/locale/mentorlog.pot, brings every language's .po up to
it (translations kept, new messages empty, vanished ones dropped) and compiles each .mo.
scripts/update_catalogues.py runs it; the catalogue tests call ``extract()`` to find
messages missing from a .po.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.catalog import Message as CatalogMessage
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

from mentorlog import __version__
from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE
from mentorlog.i18n.messages import DOMAIN, KEYWORDS, catalogue_paths, compile_po, locale_dir

PO_WIDTH = 100
TRANSLATED_LANGUAGES = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)


def source_root() -> Path:
    """The checkout: babel.cfg and mentorlog/ sit here."""
    root = locale_dir().parent.parent
    if not (root / "babel.cfg").exists():
        raise FileNotFoundError(f"babel.cfg not found in {root}: extraction needs a checkout")
    return root


def extract() -> Catalog:
    """Every message the source marks (msg, nmsg, gettext, ngettext, N_), as a template."""
    root = source_root()
    with (root / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    template = Catalog(
        project="mentorlog",
        version=__version__,
        domain=DOMAIN,
        fuzzy=False,
        msgid_bugs_address="",
        copyright_holder="mentorlog",
    )
    found = extract_from_dir(
        str(root),
        method_map,
        options_map,
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def _po_text(catalog: Catalog, **options: bool) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=PO_WIDTH, include_lineno=False, sort_output=False, **options)
    return out.getvalue()


def _without_dates(text: bytes) -> bytes:
    return b"\n".join(
        line
        for line in text.splitlines()
        if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date'))
    )


def _write_if_changed(path: Path, text: bytes) -> bool:
    """Write ``text`` unless the file says the same but for its dates (no churn)."""
    if path.exists() and _without_dates(path.read_bytes()) == _without_dates(text):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text)
    return True


@dataclass(frozen=True)
class Updated:
    messages: int
    written: tuple[Path, ...]


def update(languages: Iterable[str] = TRANSLATED_LANGUAGES) -> Updated:
    """Write the .pot, update each language's .po from it and compile its .mo."""
    template = extract()
    written: list[Path] = []
    pot = locale_dir() / f"{DOMAIN}.pot"
    if _write_if_changed(pot, _po_text(template, ignore_obsolete=True)):
        written.append(pot)
    for code in languages:
        po_path, mo_path = catalogue_paths(code)
        if po_path.exists():
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=code, domain=DOMAIN)
            catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        else:
            catalog = Catalog(
                locale=code,
                domain=DOMAIN,
                project="mentorlog",
                version=__version__,
                copyright_holder="mentorlog",
                fuzzy=False,
            )
            catalog.update(template, no_fuzzy_matching=True)
        catalog.language_team = f"mentorlog {code}"
        if _write_if_changed(po_path, _po_text(catalog, ignore_obsolete=True)):
            written.append(po_path)
        mo = compile_po(po_path)
        if not mo_path.exists() or mo_path.read_bytes() != mo:
            mo_path.write_bytes(mo)
            written.append(mo_path)
    return Updated(len(template), tuple(written))


def read_catalogue(lang: str) -> Catalog:
    po_path, _ = catalogue_paths(lang)
    with po_path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def _ids(catalog: Catalog) -> set[str]:
    return {_key(m.id) for m in catalog if m.id}


def _key(msgid: str | Sequence[str]) -> str:
    """A message's identity: its msgid (the singular of a counted one)."""
    return msgid if isinstance(msgid, str) else msgid[0]


@dataclass(frozen=True)
class CatalogueCheck:
    """What stops ``lang``'s catalogue from being complete and right."""

    lang: str
    missing: tuple[str, ...]  # in the source, not in the .po (run update_catalogues.py)
    obsolete: tuple[str, ...]  # in the .po, gone from the source
    untranslated: tuple[str, ...]  # empty or fuzzy
    placeholders: tuple[str, ...]  # a translation whose {names} differ from the English


def placeholders_of(text: str) -> set[str]:
    """The ``{name}`` placeholders of a brace-format text (ValueError if it is malformed)."""
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _placeholder_problem(message: CatalogMessage) -> str | None:
    msgid, string = message.id, message.string
    if not isinstance(msgid, str):
        wanted = placeholders_of(msgid[0]) | placeholders_of(msgid[1])
        forms = [s for s in (string or ()) if s]
        optional = {"n"}  # a singular may say "one" rather than the number
    else:
        text = string if isinstance(string, str) else ""
        wanted, forms, optional = placeholders_of(msgid), [text] if text else [], set()
    for form in forms:
        try:
            found = placeholders_of(form)
        except ValueError as exc:
            return f"{_key(msgid)!r}: {form!r} is not brace-format text ({exc})"
        if found - wanted or (wanted - found) - optional:
            return f"{_key(msgid)!r}: {form!r} has {sorted(found)}, the English {sorted(wanted)}"
    return None


def check(lang: str, template: Catalog | None = None) -> CatalogueCheck:
    """Compare ``lang``'s .po with the source (``template``: extract() once for several)."""
    template = template if template is not None else extract()
    catalog = read_catalogue(lang)
    source, have = _ids(template), _ids(catalog)
    untranslated, wrong = [], []
    for message in catalog:
        if not message.id:
            continue
        string = message.string
        strings = (string,) if isinstance(string, str) else tuple(string or ())
        if message.fuzzy or not all(strings):
            untranslated.append(_key(message.id))
        elif problem := _placeholder_problem(message):
            wrong.append(problem)
    return CatalogueCheck(
        lang,
        tuple(sorted(source - have)),
        tuple(sorted(have - source)),
        tuple(sorted(untranslated)),
        tuple(wrong),
    )
