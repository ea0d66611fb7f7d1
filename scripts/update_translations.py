"""Bring the UI's catalogues up to date with the code, and compile them.

    .venv/bin/python scripts/update_translations.py          # update .ts, compile .qm
    .venv/bin/python scripts/update_translations.py --check  # fail if anything would change

For every language but English, pyside6-lupdate reads the tr()/translate() strings of
mentorlog/ui into resources/translations/mentorlog_<lang>.ts: new strings come in
unfinished (for the translators), strings gone from the code are dropped, translations
already made are kept. English is the source language: its file holds only the singular
and plural of counted (%n) strings, written from scripts/english_plurals.py. Then
pyside6-lrelease compiles each .ts to the .qm beside it, which the app loads.

Locations (file and line) are left out of the .ts files on purpose: they would change with
every edit of the code and set translators' copies needlessly apart.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import english_plurals  # noqa: E402

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
UI = ROOT / "mentorlog" / "ui"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found beside this Python (run scripts/setup.sh)")
    return found


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted(UI.rglob("*.py"))]


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"mentorlog_{language}.ts"


def lupdate(ts: Path, language: str, *, plural_only: bool = False) -> None:
    args = [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    args += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
    if plural_only:
        args.append("-pluralonly")
    subprocess.run([*args, *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def counted(ts: Path) -> dict[str, list[str]]:
    """context -> the sources of its counted messages, as lupdate found them."""
    found: dict[str, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found.setdefault(name, []).append(message.findtext("source") or "")
    return found


def write_english(folder: Path) -> None:
    """mentorlog_en.ts: the English forms of every counted string lupdate finds."""
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "mentorlog_en.ts"
        lupdate(probe, SOURCE_LANGUAGE, plural_only=True)
        found = counted(probe)
    missing = [
        f"{context}: {source!r}"
        for context, messages in found.items()
        for source in messages
        if source not in english_plurals.PLURALS.get(context, {})
    ]
    if missing:
        raise SystemExit(
            "counted strings without English forms in scripts/english_plurals.py:\n  "
            + "\n  ".join(missing)
        )
    forms = {
        context: {source: english_plurals.PLURALS[context][source] for source in messages}
        for context, messages in sorted(found.items())
    }
    ts_path(SOURCE_LANGUAGE, folder).write_text(english_plurals.ts_text(forms), encoding="utf-8")


def update(folder: Path = TRANSLATIONS) -> list[Path]:
    """Update every catalogue in ``folder`` (a copy of resources/translations, for a check)
    and compile it; returns the .ts files."""
    folder.mkdir(parents=True, exist_ok=True)
    write_english(folder)
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            lupdate(ts_path(language, folder), language)
    files = [ts_path(language, folder) for language in LANGUAGES]
    for ts in files:
        release(ts, ts.with_suffix(".qm"))
    return files


def release(ts: Path, qm: Path) -> None:
    lrelease = tool("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail if a file would change"
    )
    args = parser.parse_args()
    if not args.check:
        for ts in update():
            print(f"{ts.relative_to(ROOT)}: {message_count(ts)} messages")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for path in TRANSLATIONS.glob("mentorlog_*"):
            shutil.copy2(path, copy / path.name)
        changed = [
            ts.name
            for ts in update(copy)
            for new in (ts, ts.with_suffix(".qm"))
            if not (TRANSLATIONS / new.name).is_file()
            or (TRANSLATIONS / new.name).read_bytes() != new.read_bytes()
        ]
    if changed:
        print("out of date (run scripts/update_translations.py):", ", ".join(changed))
        return 1
    return 0


def message_count(ts: Path) -> int:
    return sum(1 for _ in ET.parse(ts).getroot().iter("message"))


if __name__ == "__main__":
    sys.exit(main())
