"""The UI's catalogues (resources/translations/mentorlog_<lang>.ts and .qm) against the code.

- pyside6-lupdate finds no string the catalogues lack (scripts/update_translations.py
  --check): a new or changed tr() string fails here until the catalogues are updated;
- every message of every catalogue is translated, but for those on the allow-list
  (tests/ui/untranslated.json), which may only shrink: a listed message that is now
  translated, or gone, fails too, so the list is kept honest;
- every committed .qm is what pyside6-lrelease makes of its .ts;
- counted (%n) messages have the number of forms their language has, placeholders
  (%1, %2, %n) survive translation and a keyboard accelerator (&) is kept.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ALLOW_LIST = Path(__file__).with_name("untranslated.json")
TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
# Plural forms per language (Qt's rules: one form for 1, one for the rest in all these).
FORMS = {"en": 2, "nb": 2, "fi": 2, "et": 2, "fr": 2, "nl": 2}
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|L?n)")
ACCELERATOR = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\w)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> str:
        return f"{self.context}|{self.source}"


def messages(lang: str) -> list[Message]:
    found = []
    root = ET.parse(TRANSLATIONS / f"mentorlog_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            finished = kind != "unfinished" and all(forms)
            found.append(Message(name, message.findtext("source") or "", numerus, finished, forms))
    return found


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is not installed beside this Python"
    return found


def test_the_catalogues_hold_every_string_of_the_code() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_but_for_the_shrinking_allow_list(lang: str) -> None:
    allowed = set(json.loads(ALLOW_LIST.read_text(encoding="utf-8")).get(lang, []))
    unfinished = {m.key for m in messages(lang) if not m.finished}
    new = sorted(unfinished - allowed)
    assert not new, f"{len(new)} {lang} messages without a translation, e.g. {new[:5]}"
    done = sorted(allowed - unfinished)
    assert not done, (
        f"translated or gone, so off tests/ui/untranslated.json ({lang}): {done[:5]}"
        f" and {max(len(done) - 5, 0)} more"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_qm_is_what_lrelease_makes_of_its_ts(lang: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"mentorlog_{lang}.ts"
    made = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(made)], check=True)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is not committed"
    assert committed.read_bytes() == made.read_bytes(), (
        f"{committed.name} is not what lrelease makes of {ts.name}: "
        "run scripts/update_translations.py"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_counted_messages_have_each_plural_form_of_their_language(lang: str) -> None:
    counted = [m for m in messages(lang) if m.numerus]
    assert counted, "no counted messages: is lupdate reading the %n strings?"
    wrong = [f"{m.key}: {len(m.forms)}" for m in counted if len(m.forms) != FORMS[lang]]
    assert not wrong, f"{lang} needs {FORMS[lang]} forms: {wrong[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang: str) -> None:
    problems = []
    for m in messages(lang):
        if not m.finished:
            continue
        wanted = sorted(set(PLACEHOLDER.findall(m.source)))
        for form in m.forms:
            have = sorted(set(PLACEHOLDER.findall(form)))
            # A singular form may spell the one out ("one day") instead of %n.
            if have != wanted and not (m.numerus and sorted({*have, "%n"}) == wanted):
                problems.append(f"{m.key}: {wanted} became {have} in {form!r}")
            if len(ACCELERATOR.findall(m.source)) == 1 and len(ACCELERATOR.findall(form)) != 1:
                problems.append(f"{m.key}: the & accelerator is lost in {form!r}")
    assert not problems, f"{len(problems)} in {lang}: {problems[:5]}"
