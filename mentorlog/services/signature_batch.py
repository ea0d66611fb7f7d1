"""Checking many Ed25519 signatures at once, on every core.

One verification costs ~0.1-0.2 ms here, so the full check of a long trail and its signed
records (200,000 signatures) is tens of seconds on one core. ``cryptography`` lets go of
the GIL while it verifies, so threads run in parallel; work goes out in chunks, progress
is reported between them, and a progress callback that raises (cancel) stops the rest.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from mentorlog.services.signed_statements import verify

CHUNK = 2_000


@dataclass(frozen=True)
class SignatureJob:
    """One signature to check: the key, the signature, and how to make the signed bytes
    (made on the worker, which keeps a long list small)."""

    public_key: str
    signature: str
    message: Callable[[], bytes]


def _failed(jobs: Sequence[SignatureJob], start: int) -> list[int]:
    return [
        start + i
        for i, job in enumerate(jobs)
        if not verify(job.public_key, job.signature, job.message())
    ]


def verify_all(
    jobs: Sequence[SignatureJob],
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> list[int]:
    """Indexes (into ``jobs``) of the signatures that do not verify. ``progress(done)``
    after each chunk; it may raise to stop."""
    workers = workers or max(1, min(os.cpu_count() or 1, 8))
    failed: list[int] = []
    if len(jobs) <= CHUNK or workers == 1:
        for start in range(0, len(jobs), CHUNK):
            failed += _failed(jobs[start : start + CHUNK], start)
            if progress:
                progress(min(len(jobs), start + CHUNK))
        return failed
    done = 0
    starts = iter(range(0, len(jobs), CHUNK))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="verify") as pool:
        running: dict[Future[list[int]], int] = {}

        def submit() -> None:
            start = next(starts, None)
            if start is not None:
                running[pool.submit(_failed, jobs[start : start + CHUNK], start)] = start

        for _ in range(workers * 2):
            submit()
        try:
            while running:
                finished, _pending = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    start = running.pop(future)
                    failed += future.result()
                    done += min(CHUNK, len(jobs) - start)
                    submit()
                if progress:
                    progress(done)
        except BaseException:
            for future in running:
                future.cancel()
            raise
    return sorted(failed)
