"""The helper process of parallel_digests.py: ``python -m mentorlog.services.digest_worker``
reads ``{"url", "key", "kind", "low"}`` as JSON on stdin and writes the digests of the
signed records of that kind with ids from ``low`` as JSON on stdout. The URL (with its
password) and an encrypted file's key come through the pipe, never on the command line."""

from __future__ import annotations

import json
import sys


def digests(url: str, key: str | None, kind: str, low: str | None) -> dict[str, str]:
    from sqlalchemy.orm import Session

    from mentorlog.services import record_content
    from mentorlog.services.signed_rows import Span
    from mentorlog.storage.engine import make_engine

    engine = make_engine(url, key=bytes.fromhex(key) if key else None)
    try:
        with Session(engine) as session:
            return record_content.digests(session, kind, Span(low=low))
    finally:
        engine.dispose()


def main() -> int:
    job = json.loads(sys.stdin.read())
    found = digests(job["url"], job.get("key"), job["kind"], job.get("low"))
    sys.stdout.write(json.dumps(found))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
