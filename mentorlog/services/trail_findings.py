"""What ``audit verify`` found: each problem named, and the facts around them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

# Kinds of finding, in the order a report lists them.
GUARD = "guard"  # an append-only trigger of the audit trail is missing
CHAIN = "chain"  # an event altered, removed or inserted (the hash chain breaks)
TRUNCATED = "truncated"  # the trail is shorter than a witness, backup or report says
SIGNATURE = "signature"  # a signature that does not verify
SIGNER = "signer"  # signed by a key that is not the actor's, unknown, retired or replaced
UNSIGNED = "unsigned"  # not signed, though its actor's key was in force
KEY = "key"  # a signing key not on the trail, missing, or replaced
CONTENT = "content"  # a signed record's content no longer matches its signed digest
UNLOCKED = "unlocked"  # a signed observation or review is no longer locked
MISSING_SIGN_OFF = "missing_sign_off"  # the trail says it was signed; the sign-off is gone
MISSING_RECORD = "missing_record"  # a signed record is gone
OFF_TRAIL = "off_trail"  # a sign-off the trail knows nothing of
SEAL = "seal"  # sign-offs sealed without a trail event of their own changed

ORDER = (
    GUARD,
    CHAIN,
    TRUNCATED,
    SIGNATURE,
    SIGNER,
    UNSIGNED,
    KEY,
    CONTENT,
    UNLOCKED,
    MISSING_SIGN_OFF,
    MISSING_RECORD,
    OFF_TRAIL,
    SEAL,
)


@dataclass(frozen=True)
class Finding:
    kind: str
    subject: str  # what it is about, e.g. "event 1234" or "observation 3f2a… version 2"
    message: str  # what is wrong, in words
    seq: int | None = None
    record_type: str | None = None
    record_id: uuid.UUID | None = None
    about: str = ""  # the record in words, e.g. "2026-03-02, Jüri Õunapuu"

    def line(self) -> str:
        about = f" — {self.about}" if self.about else ""
        return f"{self.subject}{about}: {self.message}"


@dataclass(frozen=True)
class TrailCheck:
    events: int
    head_seq: int
    head: str
    signed_records: int  # sign-offs checked against their records' content
    signatures_checked: int
    signatures_total: int
    full: bool
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = field(default=())
    given_head_seq: int | None = None  # where the head given with --head is in the trail

    @property
    def ok(self) -> bool:
        return not self.findings

    def sorted_findings(self) -> list[Finding]:
        rank = {kind: i for i, kind in enumerate(ORDER)}
        return sorted(self.findings, key=lambda f: (rank.get(f.kind, 99), f.seq or 0, f.subject))
