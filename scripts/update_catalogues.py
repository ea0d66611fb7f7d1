"""Bring mentorlog's Qt-free message catalogues up to the source (a checkout's tool).

Extracts every message marked with msg, nmsg, gettext, ngettext or N_ (babel.cfg) into
resources/locale/mentorlog.pot, updates each language's resources/locale/<lang>/
LC_MESSAGES/mentorlog.po (translations kept, new messages empty) and compiles its .mo.
Run it after adding or changing a message, and after translating, then commit all three:

    .venv/bin/python scripts/update_catalogues.py
"""

from __future__ import annotations

import sys

from mentorlog.i18n.extraction import source_root, update


def main() -> int:
    result = update()
    root = source_root()
    for path in result.written:
        print(f"wrote {path.relative_to(root)}")
    print(f"{result.messages} messages; {len(result.written)} files changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
