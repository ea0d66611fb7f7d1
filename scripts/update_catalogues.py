"""Bring mentorlog's Qt-free message catalogues up to the source (a checkout's tool).

Extracts every message marked with msg, nmsg, gettext, ngettext or N_ (babel.cfg) into
resources/locale/mentorlog.pot, updates each language's resources/locale/<lang>/
LC_MESSAGES/mentorlog.po (translations kept, new messages empty) and compiles its .mo.
Run it after adding or changing a message, and after translating, then commit all three:

    .venv/bin/python scripts/update_catalogues.py

``--pending`` also writes tests/catalogue_pending.json: the messages each language has not
translated yet, which the catalogue test lets pass. The list is meant to shrink to nothing:
write it only when translations arrive in parts, and never to hide a new message.
"""

from __future__ import annotations

import json
import sys

from mentorlog.i18n.extraction import TRANSLATED_LANGUAGES, check, extract, source_root, update


def main(argv: list[str]) -> int:
    result = update()
    root = source_root()
    for path in result.written:
        print(f"wrote {path.relative_to(root)}")
    print(f"{result.messages} messages; {len(result.written)} files changed")
    template = extract()
    pending = {}
    for lang in TRANSLATED_LANGUAGES:
        found = check(lang, template)
        pending[lang] = list(found.untranslated)
        print(
            f"{lang}: {result.messages - len(found.untranslated)} of {result.messages} translated"
            + (f"; {len(found.placeholders)} with wrong placeholders" if found.placeholders else "")
        )
        for problem in found.placeholders:
            print(f"  {problem}")
    if "--pending" in argv:
        out = root / "tests" / "catalogue_pending.json"
        out.write_text(json.dumps(pending, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
