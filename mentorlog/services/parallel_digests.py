"""The routine check on two cores: part of the signed records' digests made in a second
process while this one walks the trail.

Reading a record and hashing its canonical JSON is Python work that holds the interpreter's
lock, so threads do not help; a process does. With many signed observations (a long
placement year), ``start`` hands the upper part of them, by id, to a fresh Python process
(services/digest_worker.py) reading the same database: the engine's own URL, with its
password or, for an encrypted file, its key, goes through a pipe (never the command line).
``Helper.take`` collects them. The caller reads again, in its own transaction, any record
the helper missed or read differently (it reads a moment apart), so the second snapshot
never raises a false alarm.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.models import SignOff

log = logging.getLogger(__name__)

KIND = "observation"
WORTH_IT = 8_000  # fewer signed observations than this are quicker done here
# Of them for the helper, which does nothing else: this process also walks the whole
# trail and reads every sign-off (measured on the bench: about even at three quarters).
SHARE = 0.9


@dataclass
class Helper:
    process: subprocess.Popen[bytes]
    pivot: str  # the helper digests records whose id (32 hex digits) is at or above it

    def take(self) -> dict[str, str] | None:
        """The helper's digests, or None if it failed (then everything is done here)."""
        try:
            assert self.process.stdout is not None and self.process.stderr is not None
            out = self.process.stdout.read()
            err = self.process.stderr.read()
            if self.process.wait() != 0:
                raise RuntimeError(err.decode("utf-8", "replace").strip()[-500:])
            return dict(json.loads(out))
        except (OSError, ValueError, RuntimeError) as exc:  # the check goes on without it
            log.warning("the second process of the check failed: %s", exc)
            return None
        finally:
            for pipe in (self.process.stdout, self.process.stderr):
                if pipe is not None:
                    pipe.close()

    def cancel(self) -> None:
        if self.process.poll() is None:
            self.process.kill()  # our own helper, by its handle
        self.process.wait()
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


def _pivot(session: Session, count: int) -> str | None:
    offset = int(count * (1 - SHARE))
    found = session.scalar(
        select(SignOff.record_id)
        .where(SignOff.record_type == KIND)
        .order_by(SignOff.record_id)
        .offset(offset)
        .limit(1)
    )
    return found.hex if found is not None else None


def start(session: Session) -> Helper | None:
    """Start the helper when there is enough to share (module docstring); else None."""
    count = (
        session.scalar(select(func.count()).select_from(SignOff).where(SignOff.record_type == KIND))
        or 0
    )
    if count < WORTH_IT:
        return None
    pivot = _pivot(session, count)
    if pivot is None:
        return None
    url = session.get_bind().engine.url
    key = None
    if url.drivername == "sqlite+pysqlcipher":  # the file's key, as storage/engine.py gave it
        key = str(url.password)[2:-1]  # x'<hex>'
        url = url.set(drivername="sqlite+pysqlite", password=None)
    job = {
        "url": url.render_as_string(hide_password=False),
        "key": key,
        "kind": KIND,
        "low": pivot,
    }
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "mentorlog.services.digest_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdin is not None
        process.stdin.write(json.dumps(job).encode("utf-8"))
        process.stdin.close()
    except OSError as exc:
        log.warning("the check runs in one process: %s", exc)
        return None
    return Helper(process, pivot)
