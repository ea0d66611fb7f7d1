"""The Qt-free catalogues are complete and right: every message the source marks is in
every language's .po, translated (but for an explicit, shrinking list of those still with
the translators: tests/catalogue_pending.json), with the English's placeholders; and the
.pot and .po files are what scripts/update_catalogues.py makes of the source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from mentorlog.i18n.extraction import TRANSLATED_LANGUAGES, check, extract
from mentorlog.i18n.messages import locale_dir

PENDING = Path(__file__).with_name("catalogue_pending.json")
FIX = "run `.venv/bin/python scripts/update_catalogues.py` and commit resources/locale"


@pytest.fixture(scope="module")
def template() -> Catalog:
    return extract()


def _pending() -> dict[str, list[str]]:
    return json.loads(PENDING.read_text(encoding="utf-8")) if PENDING.exists() else {}


def test_the_source_marks_only_literal_text(capsys: pytest.CaptureFixture[str]) -> None:
    # babel skips (and warns of) an f-string in msg(...): its text could never be found.
    extract()
    assert "warning" not in capsys.readouterr().err


def test_the_template_is_what_the_source_marks(template: Catalog) -> None:
    with (locale_dir() / "mentorlog.pot").open("rb") as handle:
        pot = read_po(handle)
    assert {m.id for m in pot if m.id} == {m.id for m in template if m.id}, FIX


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_message_is_in_each_catalogue_and_no_stale_ones(lang: str, template) -> None:  # type: ignore[no-untyped-def]
    found = check(lang, template)
    assert not found.missing, f"{lang}: {len(found.missing)} messages missing; {FIX}"
    assert not found.obsolete, f"{lang}: {len(found.obsolete)} messages gone from the source; {FIX}"


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_message_is_translated_but_those_listed_pending(lang: str, template) -> None:  # type: ignore[no-untyped-def]
    found = check(lang, template)
    pending = set(_pending().get(lang, []))
    untranslated = set(found.untranslated)
    assert not untranslated - pending, (
        f"{lang}: translate these in resources/locale/{lang}/LC_MESSAGES/mentorlog.po: "
        f"{sorted(untranslated - pending)[:20]}"
    )
    # The list only shrinks: a message translated (or gone) leaves it.
    assert not pending - untranslated, (
        f"{lang}: take these off {PENDING.name}, they are translated or gone: "
        f"{sorted(pending - untranslated)[:20]}"
    )


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_each_translation_has_the_placeholders_of_its_english(lang: str, template) -> None:  # type: ignore[no-untyped-def]
    assert not check(lang, template).placeholders


def test_the_check_finds_a_wrong_placeholder_and_an_untranslated_message(  # type: ignore[no-untyped-def]
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from babel.messages.pofile import write_po

    from mentorlog.i18n import messages

    template = Catalog(domain="mentorlog")
    for msgid in ("{name} is locked.", "Sign in", ("{n} problem", "{n} problems"), "Gone?"):
        template.add(msgid)
    catalog = Catalog(locale="fr", domain="mentorlog")
    catalog.add("{name} is locked.", "{nom} est verrouillé.")
    catalog.add("Sign in", "")
    # French has three forms (one, many: a million, other): all three given.
    catalog.add(("{n} problem", "{n} problems"), ("un problème", "{n} problèmes", "{n} problèmes"))
    catalog.add("Stale", "Périmé")
    po_path = tmp_path / "fr" / "LC_MESSAGES" / "mentorlog.po"
    po_path.parent.mkdir(parents=True)
    with po_path.open("wb") as handle:
        write_po(handle, catalog)
    monkeypatch.setattr(messages, "locale_dir", lambda: tmp_path)
    found = check("fr", template)
    assert found.missing == ("Gone?",)
    assert found.obsolete == ("Stale",)
    assert found.untranslated == ("Sign in",)
    # "un problème" may leave out {n}; "{nom}" is not the English's {name}.
    assert len(found.placeholders) == 1 and "{nom}" in found.placeholders[0]


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_a_counted_translation_has_every_form_its_language_counts(lang: str) -> None:
    # French counts three (one, many, other): a form left empty would print English for 3.
    with (locale_dir() / lang / "LC_MESSAGES" / "mentorlog.po").open("rb") as handle:
        catalogue = read_po(handle)
    short = [
        m.id[0]
        for m in catalogue
        if isinstance(m.id, tuple)
        and any(m.string)
        and (len(m.string) != catalogue.num_plurals or not all(m.string))
    ]
    assert not short, f"{lang}: {len(short)} counted messages lack a form, e.g. {short[:3]}"
