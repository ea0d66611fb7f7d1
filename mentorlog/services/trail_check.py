"""``mentorlog audit verify`` and *Verify records…*: the whole audit trail and every signed
record, checked against each other and against the heads kept outside the database.

It names every problem (see trail_findings.py for the kinds): an event altered, removed
or inserted; a signature that fails, or one made with the wrong key; an event left
unsigned while its actor's key was in force; a signing key nobody issued; a signed
record whose content no longer matches its signed digest, or that is no longer locked;
a sign-off the trail says was made but is missing; a trail shorter than a witness file, a
backup or a report says; and a missing append-only trigger.

The routine check verifies one signature per run of events by one signer (trail_events.py
says why that suffices) and reads every signed record; ``full=True`` verifies every
signature of every event and sign-off, on every core (signature_batch.py). Both report
progress and stop when ``progress`` raises.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.models import SignOff
from mentorlog.services import (
    checkpoints,
    parallel_digests,
    sign_off_check,
    trail_anchors,
    trail_events,
)
from mentorlog.services.access import Actor
from mentorlog.services.audit_trail import require_reader
from mentorlog.services.framework_wording import worded
from mentorlog.services.raw_rows import to_uuid
from mentorlog.services.signature_batch import verify_all
from mentorlog.services.trail_anchors import Anchor
from mentorlog.services.trail_findings import GUARD, SIGNATURE, Finding, TrailCheck
from mentorlog.storage.audit_guard import missing_guards

# progress(done, total, what): may raise to stop (ui.ops.Progress.update does, to cancel).
ProgressFn = Callable[[int, int, str], None]


def _guard_findings(session: Session) -> list[Finding]:
    return [
        Finding(
            GUARD,
            f"trigger {name}",
            "the audit trail's append-only guard is missing: "
            "events can be changed or deleted without an error",
        )
        for name in missing_guards(session.connection())
    ]


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _notes(
    scan: trail_events.EventScan, sealed: int, full: bool, events_checked: int, sealed_checked: int
) -> list[str]:
    notes = []
    if scan.unsigned_before_keys:
        notes.append(
            f"{_count(scan.unsigned_before_keys, 'event', 'events')} from before their actors "
            "had signing keys: covered by the hash chain only"
        )
    if scan.unsigned_system:
        notes.append(
            f"{_count(scan.unsigned_system, 'event', 'events')} recorded by the system or with "
            "nobody signed in, not signed"
        )
    if scan.unsigned_unattended:
        failed = _count(
            scan.unsigned_unattended, "failed or refused sign-in", "failed or refused sign-ins"
        )
        notes.append(f"{failed}, not signed (the password was not given)")
    if sealed:
        notes.append(
            f"{_count(sealed, 'sign-off', 'sign-offs')} without an event of their own, covered "
            "by a seal"
        )
    if not full and scan.signed_events:
        notes.append(
            f"{_count(events_checked, 'event signature', 'event signatures')} verified, one per "
            "run of events by one signer; the full check verifies every signature"
        )
    if not full and sealed_checked:
        notes.append(
            f"{_count(sealed_checked, 'sealed sign-off', 'sealed sign-offs')} verified one by "
            "one, to name what broke the seal"
        )
    return notes


def check_trail(
    session: Session,
    actor: Actor,
    *,
    full: bool = False,
    heads: list[Anchor] | None = None,
    after_hash: str | None = None,
    progress: ProgressFn | None = None,
) -> TrailCheck:
    """Check the trail and every signed record (module docstring), as a coordinator or
    administrator. ``heads``: more anchors (e.g. from a report); ``after_hash``: a head
    printed earlier, beyond which every event must carry its actor's good signature."""
    require_reader(actor)
    report: ProgressFn = progress or (lambda done, total, what: None)
    events_total = trail_events.count_events(session)
    sign_offs_total = session.scalar(select(func.count()).select_from(SignOff)) or 0
    anchors = trail_anchors.gather(session, list(heads or []))
    if after_hash:
        anchors.append(Anchor(None, after_hash, "the head given with --head"))
    seqs, hashes = trail_anchors.wanted(anchors)
    steps = events_total + sign_offs_total
    report(0, steps, "Checking the trail's events")
    helper = parallel_digests.start(session)  # reads signed records while the trail is walked
    try:
        scan = trail_events.scan_events(
            session,
            full=full,
            after_hash=after_hash,
            wanted_seqs=seqs,
            wanted_hashes=hashes,
            progress=lambda n: report(n, steps, "Checking the trail's events"),
        )
        report(events_total, steps, "Checking signed records")
        records = sign_off_check.check_sign_offs(
            session,
            scan,
            full=full,
            progress=lambda n: report(events_total + n, steps, "Checking signed records"),
            helper=helper,
        )
    except BaseException:
        if helper is not None:
            helper.cancel()
        raise
    findings = [*_guard_findings(session), *scan.findings, *records.findings]
    findings += trail_anchors.judge(scan, anchors)
    jobs = [*scan.jobs, *records.jobs]
    total = steps + len(jobs)

    def verified(done: int) -> None:
        report(steps + done, total, f"Verifying signatures: {done:,} of {len(jobs):,}")

    verified(0)
    for index in verify_all(jobs, verified):
        if index < len(scan.jobs):
            seq, action, actor_name = scan.job_events[index]
            findings.append(
                Finding(
                    SIGNATURE,
                    f"event {seq} ({action} by {actor_name})",
                    "its signature does not verify: the event, or the trail before it, was "
                    "changed after it was signed",
                    seq=seq,
                )
            )
        else:
            row = records.job_rows[index - len(scan.jobs)]
            findings.append(
                Finding(
                    SIGNATURE,
                    sign_off_check.subject(row),
                    "the sign-off's signature does not verify: it was forged or changed",
                    record_type=row.record_type,
                    record_id=to_uuid(row.record_id),
                )
            )
    report(total, total, "Done")
    findings = describe(session, findings)
    result = TrailCheck(
        events=scan.events,
        head_seq=scan.head_seq,
        head=scan.head,
        signed_records=records.checked,
        signatures_checked=len(jobs),
        signatures_total=scan.signed_events + _signed_sign_offs(session),
        full=full,
        findings=tuple(findings),
        notes=tuple(_notes(scan, records.sealed, full, len(scan.jobs), len(records.jobs))),
        given_head_seq=scan.hash_seqs.get(after_hash) if after_hash else None,
    )
    if result.ok:  # a head found sound is one more anchor for later checks
        checkpoints.note_head(session, "verified")
    return result


def describe(session: Session, findings: list[Finding]) -> list[Finding]:
    """The findings, each record named in words (its date and student) beside its id."""
    from dataclasses import replace

    wanted: dict[str, set[uuid.UUID]] = {}
    for finding in findings:
        if finding.record_type in _DESCRIBED and finding.record_id is not None:
            wanted.setdefault(finding.record_type, set()).add(finding.record_id)
    words: dict[uuid.UUID, str] = {}
    for kind, ids in wanted.items():
        words.update(_words(session, kind, list(ids)[:500]))
    return [replace(f, about=words[f.record_id]) if f.record_id in words else f for f in findings]


_DESCRIBED = frozenset(
    {"observation", "review", "concern", "goal", "placement", "framework_version"}
)


def _words(session: Session, kind: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Records of ``kind`` in words: "Observation of 2026-03-02 for Jüri Õunapuu"."""
    from mentorlog.models import (
        Concern,
        Framework,
        FrameworkVersion,
        Goal,
        Observation,
        Person,
        Placement,
        Prison,
        Review,
    )

    if kind == "framework_version":
        versions = session.execute(
            select(FrameworkVersion.id, worded(Framework.name), FrameworkVersion.number)
            .join(Framework, Framework.id == FrameworkVersion.framework_id)
            .where(FrameworkVersion.id.in_(ids))
        )
        return {rid: f"Framework “{name}”, version {number}" for rid, name, number in versions}
    if kind == "placement":
        placements = session.execute(
            select(Placement.id, Prison.name, Person.given_name, Person.family_name)
            .join(Prison, Prison.id == Placement.prison_id)
            .join(Person, Person.id == Placement.student_id)
            .where(Placement.id.in_(ids))
        )
        return {rid: f"Placement of {g} {f} at {prison}" for rid, prison, g, f in placements}
    models: dict[str, tuple[type[Observation | Review | Concern | Goal], Any, str]] = {
        "observation": (Observation, Observation.observed_on, "Observation of {} for {}"),
        "review": (Review, Review.held_on, "Review of {} for {}"),
        "concern": (Concern, Concern.raised_on, "Cause for concern of {} for {}"),
        "goal": (Goal, Goal.title, "Goal “{}” for {}"),
    }
    model, what, words_for = models[kind]
    rows = session.execute(
        select(model.id, what, Person.given_name, Person.family_name)
        .join(Placement, Placement.id == model.placement_id)
        .join(Person, Person.id == Placement.student_id)
        .where(model.id.in_(ids))
    )
    return {rid: words_for.format(value, f"{g} {f}") for rid, value, g, f in rows}


def _signed_sign_offs(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(SignOff).where(SignOff.signature.is_not(None))
        )
        or 0
    )
