"""Write tests/ui/untranslated.json: the UI messages each catalogue has not translated yet,
which tests/ui/test_catalogues.py lets pass. The list may only shrink: run this only to
take finished translations off it (the test says when), never to let a new string in
untranslated, unless the lead agrees.

    .venv/bin/python scripts/untranslated_allowlist.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.ui.test_catalogues import ALLOW_LIST, TRANSLATED, messages  # noqa: E402


def main() -> int:
    lists = {lang: sorted(m.key for m in messages(lang) if not m.finished) for lang in TRANSLATED}
    ALLOW_LIST.write_text(
        json.dumps({k: v for k, v in lists.items() if v}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    for lang, keys in lists.items():
        print(f"{lang}: {len(keys)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
