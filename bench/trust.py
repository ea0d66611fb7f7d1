"""Sign-in and the audit trail's speed, for bench/run.py: ``name: value unit`` lines.

    python bench/trust.py DEMO_DB

The trail is brought to at least 100,000 events first (synthetic ``bench.event`` rows in
the demo mentor's name, hash-chained and signed exactly as audit.record chains and signs
them, appended in bulk and kept, so a reused database is not filled twice). Then:

- ``sign_in_ms``: signing in as the demo mentor: the password hash checked and their signing
  key unsealed, two Argon2id derivations at the strong cost (storage/kdf.py); the median
  of 5. (An encrypted file's first sign-in also opens its key slot: bench/signatures.py's
  ``sign_in_encrypted_ms``.)
- ``audit_record_ms``: appending one event in its own transaction, commit included, to
  that long trail; the median of 200.
- ``audit_verify_s``: ``mentorlog audit verify``: the whole chain, one signature per run
  of events by one signer, and every signed record (``audit_events`` and
  ``audit_signed_records`` say how many); ``audit_verify_full_s`` with every signature of
  every event and sign-off verified, on every core (``audit_signatures`` of them). Each
  also as ``..._cpu_s`` (this process's CPU time) and ``..._helper_cpu_s`` (the helper
  process's): on a busy machine they say what two idle cores would take.
- ``audit_list_ms``: the audit window's first page (500 events) for a coordinator,
  newest first, with no filter, and ``audit_search_ms`` with a text filter.
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from mentorlog.models import AuditEvent
from mentorlog.services import audit, audit_trail, auth
from mentorlog.services.audit_trail import AuditFilter

NAMES = (
    "sign_in_ms",
    "audit_events",
    "audit_signed_records",
    "audit_record_ms",
    "audit_verify_s",
    "audit_verify_full_s",
    "audit_verify_cpu_s",
    "audit_verify_helper_cpu_s",
    "audit_verify_full_cpu_s",
    "audit_verify_full_helper_cpu_s",
    "audit_signatures",
    "audit_list_ms",
    "audit_search_ms",
)
TRAIL_EVENTS = 100_000
BATCH = 5_000


def _cpu(*, children: bool = False) -> float:
    """CPU seconds (user and system) of this process, or of its finished children."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _fill_trail(ctx, mentor, key) -> int:  # type: ignore[no-untyped-def]
    """Append synthetic events by ``mentor``, signed with their held ``key``, until the
    trail is TRAIL_EVENTS long; its length."""
    from mentorlog.services.signed_statements import event_message

    with ctx.transaction() as session:
        have = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        if have >= TRAIL_EVENTS:
            return have
        last = session.execute(
            select(AuditEvent.seq, AuditEvent.hash, AuditEvent.occurred_at)
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).first()
        seq, prev = (last[0], last[1]) if last else (0, audit.GENESIS_HASH)
        moment = (last[2] if last else datetime(2025, 1, 6, tzinfo=UTC)) + timedelta(seconds=1)
        rows = []
        for n in range(TRAIL_EVENTS - have):
            seq += 1
            content = {
                "seq": seq,
                "occurred_at": moment + timedelta(seconds=n * 7),
                "actor_id": mentor.person_id,
                "actor_name": mentor.name,
                "workstation": f"bench-ws-{n % 9}",
                "action": "bench.event",
                "entity_type": "observation",
                "entity_id": uuid.UUID(int=n + 1),
                "subject_person_id": None,
                "detail": {"n": n},
                "prev_hash": prev,
            }
            prev = audit.compute_hash(**content)
            signature = key.sign(event_message(prev))
            rows.append(
                {
                    **content,
                    "id": uuid.uuid4(),
                    "hash": prev,
                    "signer_key_id": key.key_id,
                    "signature": signature,
                }
            )
            if len(rows) == BATCH:
                session.execute(insert(AuditEvent), rows)
                rows = []
        if rows:
            session.execute(insert(AuditEvent), rows)
        return TRAIL_EVENTS


def figures(ctx) -> Iterator[tuple[str, float, str]]:  # type: ignore[no-untyped-def]
    from mentorlog.models import SignOff
    from mentorlog.services import trail_check
    from mentorlog.storage.keyholder import holder_for

    def sign_in() -> None:
        with ctx.transaction() as session:
            auth.sign_in(session, "mentor", "demo", "bench")

    yield "sign_in_ms", round(_median_ms(sign_in, 5), 1), "ms"
    mentor = ctx.account("mentor")
    coordinator = ctx.account("coordinator")
    key = holder_for(ctx.engine).for_person(mentor.person_id)
    yield "audit_events", _fill_trail(ctx, mentor, key), "events"
    with ctx.session() as session:
        signed = session.scalar(select(func.count()).select_from(SignOff)) or 0
    yield "audit_signed_records", signed, "sign-offs"

    def record() -> None:
        with ctx.transaction() as session:
            audit.record(session, mentor, "bench.record", workstation="bench")

    yield "audit_record_ms", round(_median_ms(record, 200), 2), "ms"
    for name, full in (("audit_verify_s", False), ("audit_verify_full_s", True)):
        with ctx.session() as session:
            start, cpu, helper_cpu = time.perf_counter(), _cpu(), _cpu(children=True)
            result = trail_check.check_trail(session, coordinator, full=full)
            seconds = time.perf_counter() - start
            cpu, helper_cpu = _cpu() - cpu, _cpu(children=True) - helper_cpu
        if not result.ok:
            problems = [f.line() for f in result.sorted_findings()[:5]]
            raise RuntimeError(f"the bench database does not verify: {problems}")
        yield name, round(seconds, 2), "s"
        # On a busy machine the wall time says little: the CPU time of this process and of
        # the helper process (services/parallel_digests.py) say what two idle cores need.
        yield name.replace("_s", "_cpu_s"), round(cpu, 2), "s"
        yield name.replace("_s", "_helper_cpu_s"), round(helper_cpu, 2), "s"
        if full:
            yield "audit_signatures", result.signatures_checked, "signatures"

    def page(flt: AuditFilter) -> Callable[[], object]:
        def run() -> object:
            with ctx.session() as session:
                return audit_trail.list_events(session, coordinator, flt, limit=500)

        return run

    yield "audit_list_ms", round(_median_ms(page(AuditFilter()), 5), 1), "ms"
    yield "audit_search_ms", round(_median_ms(page(AuditFilter(text="sæther")), 5), 1), "ms"


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_context import BenchContext

    bench_ctx = BenchContext.open(Path(sys.argv[1]))
    try:
        for name, value, unit in figures(bench_ctx):
            print(f"{name}: {value} {unit}", flush=True)
    finally:
        bench_ctx.close()
