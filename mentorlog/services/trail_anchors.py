"""Heads of the trail kept outside the database, and whether the trail still holds them:
this workstation's witness file, the sidecars of the backups beside an SQLite file, and
heads given by hand or read from a report's footer (``verify-report``).

A head the trail no longer holds means it was cut short or rewritten after the head was
taken, unless a restore of an older backup (an event on the trail, made after the head
was noted) took it back past that point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from mentorlog.services.trail_events import EventScan
from mentorlog.services.trail_findings import TRUNCATED, Finding
from mentorlog.storage import witness


@dataclass(frozen=True)
class Anchor:
    seq: int | None  # None: only the hash is known (a head typed in with --head)
    hash: str
    source: str  # "the witness file of this workstation (sign-out, 2026-03-02 09:14)", ...
    at: datetime | None = None
    events: int | None = None  # how many events the trail had then, when known
    restored: bool = False


def _when(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else "time unknown"


def gather(session: Session, extra: list[Anchor] | None = None) -> list[Anchor]:
    """Every anchor known for the database ``session`` is on, plus ``extra``."""
    from mentorlog.services.checkpoints import location

    found = list(extra or [])
    where = location(session)
    for head in witness.heads(where):
        found.append(
            Anchor(
                head.seq,
                head.hash,
                f"this workstation's witness file ({head.why}, {_when(head.at)})",
                head.at,
                restored=head.restored,
            )
        )
    bind = session.get_bind().engine
    if bind.dialect.name == "sqlite":
        from pathlib import Path

        from mentorlog.storage.backup import list_backups

        for backup in list_backups(Path(where)):
            noted = backup.audit_head
            if noted is not None:
                found.append(
                    Anchor(
                        noted["seq"],
                        noted["hash"],
                        f"the backup {backup.path.name}",
                        backup.created_at,
                        noted["events"] or None,
                    )
                )
    return found


def wanted(anchors: list[Anchor]) -> tuple[set[int], set[str]]:
    return {a.seq for a in anchors if a.seq is not None}, {a.hash for a in anchors}


def _before(first: datetime | None, second: datetime | None) -> bool:
    return first is None or second is None or first <= second


def _superseded(scan: EventScan, anchor: Anchor, restores: list[Anchor]) -> bool:
    """A restore of an older backup, after the anchor was taken, went back to before its
    head: noted as such in the witness file, or on the trail itself."""
    assert anchor.seq is not None
    if any(r.seq is not None and r.seq < anchor.seq and _before(anchor.at, r.at) for r in restores):
        return True
    return any(
        seq - 1 < anchor.seq and _before(anchor.at, occurred_at)
        for seq, occurred_at, _detail in scan.restores
    )


def judge(scan: EventScan, anchors: list[Anchor]) -> list[Finding]:
    findings = []
    restores = [a for a in anchors if a.restored]
    for anchor in anchors:
        if anchor.restored:
            continue
        if anchor.seq is None:  # a hash only: somewhere in the trail
            if anchor.hash not in scan.hash_seqs:
                findings.append(
                    Finding(
                        TRUNCATED,
                        f"the head {anchor.hash[:16]}…",
                        f"from {anchor.source}: no event of the trail has it; the trail was "
                        "rewritten or cut short after it was taken",
                    )
                )
            continue
        if _superseded(scan, anchor, restores):
            continue
        held = scan.seq_hashes.get(anchor.seq)
        if held is None:
            findings.append(
                Finding(
                    TRUNCATED,
                    f"event {anchor.seq}",
                    f"{anchor.source} saw the trail reach event {anchor.seq}; it now ends at "
                    f"event {scan.head_seq}: it was cut short",
                    seq=anchor.seq,
                )
            )
        elif held != anchor.hash:
            findings.append(
                Finding(
                    TRUNCATED,
                    f"event {anchor.seq}",
                    f"{anchor.source} saw a different event {anchor.seq}: the trail was "
                    "rewritten from there or before",
                    seq=anchor.seq,
                )
            )
        if anchor.events is not None and held == anchor.hash and anchor.events > scan.events:
            findings.append(
                Finding(
                    TRUNCATED,
                    f"event {anchor.seq}",
                    f"{anchor.source} counted {anchor.events:,} events up to it; the trail "
                    f"holds {scan.events:,} in all: events were removed",
                    seq=anchor.seq,
                )
            )
    return findings
