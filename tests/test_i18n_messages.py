"""The Qt-free catalogue: messages worded in each language through babel's .po/.mo."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE, messages, set_language
from mentorlog.i18n.messages import Message, catalogue_paths, compile_po, msg, nmsg, word


@pytest.fixture
def locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty locale folder in place of resources/locale, and catalogues reloaded."""
    monkeypatch.setattr(messages, "locale_dir", lambda: tmp_path)
    messages.reload()
    yield tmp_path
    messages.reload()
    set_language("en")


def _write_po(folder: Path, lang: str, entries: dict) -> Path:
    catalog = Catalog(locale=lang, domain="mentorlog")
    for msgid, string in entries.items():
        catalog.add(msgid, string)
    po_path = folder / lang / "LC_MESSAGES" / "mentorlog.po"
    po_path.parent.mkdir(parents=True, exist_ok=True)
    with po_path.open("wb") as handle:
        write_po(handle, catalog)
    return po_path


def test_a_message_is_a_frozen_value_whose_text_is_the_english() -> None:
    message = msg("{name} may not see this placement.", name="Åse Øvrebø")
    assert str(message) == "Åse Øvrebø may not see this placement."
    assert message.msgid == "{name} may not see this placement."
    assert message.kwargs == {"name": "Åse Øvrebø"}
    assert message == msg("{name} may not see this placement.", name="Åse Øvrebø")
    with pytest.raises(dataclasses.FrozenInstanceError):
        message.msgid = "x"  # type: ignore[misc]
    assert str(nmsg("Wait {n} second.", "Wait {n} seconds.", 1)) == "Wait 1 second."
    assert str(nmsg("Wait {n} second.", "Wait {n} seconds.", 4)) == "Wait 4 seconds."


def test_words_a_message_in_the_readers_language_from_a_po(locale: Path) -> None:
    _write_po(
        locale,
        "nb",
        {"{name} may not see this placement.": "{name} kan ikke se denne praksisperioden."},
    )
    message = msg("{name} may not see this placement.", name="Åse")
    assert word(message, "nb") == "Åse kan ikke se denne praksisperioden."
    assert word(message, "nb_NO") == "Åse kan ikke se denne praksisperioden."
    assert word(message, "en") == "Åse may not see this placement."
    # Untranslated (Finnish has no catalogue here): the English.
    assert word(message, "fi") == "Åse may not see this placement."
    set_language("nb")
    assert word(message) == "Åse kan ikke se denne praksisperioden."
    assert messages.gettext("{name} may not see this placement.", name="Bo") == (
        "Bo kan ikke se denne praksisperioden."
    )
    # str() stays the English whatever the process's language.
    assert str(message) == "Åse may not see this placement."


def test_counted_text_follows_each_languages_plural_rule(locale: Path) -> None:
    # Estonian has two forms, like English; the catalogue's Plural-Forms header decides.
    _write_po(locale, "et", {("{n} problem", "{n} problems"): ("{n} probleem", "{n} probleemi")})
    counted = [nmsg("{n} problem", "{n} problems", n) for n in (1, 2, 21)]
    assert [word(m, "et") for m in counted] == ["1 probleem", "2 probleemi", "21 probleemi"]
    assert [word(m, "en") for m in counted] == ["1 problem", "2 problems", "21 problems"]
    assert messages.ngettext("{n} problem", "{n} problems", 5, "et") == "5 probleemi"


def test_a_translation_with_wrong_placeholders_falls_back_to_the_english(locale: Path) -> None:
    _write_po(locale, "fr", {"{name} is locked.": "{nom} est verrouillé."})
    assert word(msg("{name} is locked.", name="Zoé"), "fr") == "Zoé is locked."


def test_parameters_that_are_messages_are_worded_in_the_same_language(locale: Path) -> None:
    _write_po(
        locale,
        "nl",
        {
            "mentor": "mentor",
            "{name} is not a {role}.": "{name} is geen {role}.",
            "coordinator": "coördinator",
        },
    )
    message = msg("{name} is not a {role}.", name="Jan", role=msg("coordinator"))
    assert word(message, "nl") == "Jan is geen coördinator."
    assert str(message) == "Jan is not a coordinator."


def test_a_po_newer_than_its_mo_is_compiled_in_memory(locale: Path) -> None:
    po_path = _write_po(locale, "fi", {"Sign in": "Kirjaudu sisään"})
    mo_path = po_path.with_suffix(".mo")
    mo_path.write_bytes(compile_po(po_path))
    assert messages.gettext("Sign in", "fi") == "Kirjaudu sisään"
    _write_po(locale, "fi", {"Sign in": "Kirjaudu"})
    stamp = mo_path.stat().st_mtime
    os.utime(po_path, (stamp + 10, stamp + 10))
    messages.reload()
    assert messages.gettext("Sign in", "fi") == "Kirjaudu"


def test_word_takes_anything_that_words_itself_and_plain_values() -> None:
    class Refusal(Exception):
        def worded(self, lang: str | None = None) -> str:
            return f"refused ({lang})"

    assert word(Refusal(), "fr") == "refused (fr)"
    assert word(42) == "42"
    assert word(Message("Plain")) == "Plain"


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != SOURCE_LANGUAGE])
def test_each_committed_mo_is_what_babel_compiles_from_its_po(lang: str) -> None:
    po_path, mo_path = catalogue_paths(lang)
    assert po_path.exists() and mo_path.exists(), f"{lang}: run scripts/update_catalogues.py"
    assert mo_path.read_bytes() == compile_po(po_path), (
        f"{mo_path} is stale: run scripts/update_catalogues.py and commit the .mo"
    )


def test_numbers_and_days_in_parameters_are_written_the_readers_way() -> None:
    from datetime import date

    from babel.dates import format_date

    message = msg("{n} rows after {day}", n=100_000, day=date(2025, 2, 3))
    assert str(message) == "100,000 rows after 2025-02-03"  # English: ISO 8601
    french_day = format_date(date(2025, 2, 3), "medium", locale="fr")
    assert word(message, "fr") == f"100\u202f000 rows after {french_day}"
    assert word(message, "nb").startswith("100\u00a0000 rows after 3. feb")
