"""One pass over the audit trail for ``audit verify``: the hash chain, who signed each
event with which key, and what the events say about keys, sign-offs, seals and restores.

Which signatures the routine check verifies: the hash chain makes every event's hash
depend on all before it, so a valid signature on an event vouches for the whole trail up
to it. Rewriting events from some point on and recomputing the hashes changes the hash of
every later event, and so breaks the signature of the last event of every later run of
events signed by one key, unless the rewriter holds that key. Verifying the last event of
each such run (and every event beyond a head given with ``--head``) therefore catches
what verifying every signature would; ``full`` verifies them all, for certainty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.models import AuditEvent, KeyKind, SigningKey
from mentorlog.services import audit, signing_keys
from mentorlog.services.changes import READS
from mentorlog.services.raw_rows import as_datetime, hexid, id_reader
from mentorlog.services.signature_batch import SignatureJob
from mentorlog.services.signed_statements import event_message
from mentorlog.services.trail_findings import CHAIN, KEY, SIGNER, UNSIGNED, Finding

# Recorded about someone who has not (yet) given their password: their key cannot sign.
UNATTENDED = frozenset(
    {
        "sign_in.failed",
        "sign_in.throttled",
        "sign_in.refused_locked",
        "unlock.failed",
        "unlock.throttled",
        "unlock.refused_locked",
        "account.locked",
        "key_file.failures",
        "key_file.attempts_reset",
    }
)
SEAL_ACTIONS = frozenset({"database.demo_loaded", "sign_offs.sealed", "retention.purge"})
RESTORE_ACTION = "backup.restore"
_KEY_ACTIONS = "signing_key."


@dataclass(frozen=True)
class KeyInfo:
    """A public key as the checks use it; ids here are 32 hex digits (raw_rows.hexid)."""

    id: str
    kind: str
    person_id: str | None
    public_key: str
    fingerprint: str


@dataclass(frozen=True)
class SignEvent:
    """An event that says a record was signed: which sign-off, with which digest."""

    seq: int
    action: str
    actor_name: str
    occurred_at: datetime | None
    digest: str | None
    record_type: str
    record_id: str | None  # 32 hex digits
    placement: str | None
    fingerprint: str | None = None  # of the sign-off row as made


@dataclass
class EventScan:
    """What one pass over the trail found. Ids are 32 hex digits (raw_rows.hexid)."""

    keys: dict[str, KeyInfo]
    events: int = 0
    head_seq: int = 0
    head: str = audit.GENESIS_HASH
    findings: list[Finding] = field(default_factory=list)
    sign_events: dict[str, SignEvent] = field(default_factory=dict)  # by sign-off id
    # record id -> the seq of the last event that may have changed it (not a read)
    last_touch: dict[str, int] = field(default_factory=dict)
    issued: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    key_periods: dict[str, list[int | None]] = field(default_factory=dict)  # [from, to]
    purged: list[tuple[int, set[str]]] = field(default_factory=list)  # (seq, placements)
    seal: tuple[int, dict[str, Any]] | None = None
    # (seq, when, detail) of each restore; "when" None if the event's time was emptied
    restores: list[tuple[int, datetime | None, dict[str, Any]]] = field(default_factory=list)
    seq_hashes: dict[int, str] = field(default_factory=dict)  # wanted seqs only
    hash_seqs: dict[str, int] = field(default_factory=dict)  # wanted hashes only
    jobs: list[SignatureJob] = field(default_factory=list)
    job_events: list[tuple[int, str, str]] = field(default_factory=list)  # seq, action, actor
    signed_events: int = 0
    unsigned_before_keys: int = 0
    unsigned_unattended: int = 0
    unsigned_system: int = 0


def load_keys(session: Session) -> dict[str, KeyInfo]:
    return {
        row.id.hex: KeyInfo(
            row.id.hex, row.kind, hexid(row.person_id), row.public_key, row.fingerprint
        )
        for row in session.scalars(select(SigningKey))
    }


def _rows(session: Session) -> Iterator[Any]:
    yield from audit.raw_events(session, AuditEvent.signer_key_id, AuditEvent.signature)


def count_events(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def _id(text: Any) -> str | None:
    """An id from an event's detail (or a column as stored), as 32 hex digits."""
    if not text:
        return None
    found = hexid(text)
    return found if found is not None and len(found) == 32 else None


class _Scanner:
    def __init__(
        self,
        scan: EventScan,
        full: bool,
        after_hash: str | None,
        wanted_seqs: set[int],
        wanted_hashes: set[str],
    ) -> None:
        self.scan = scan
        self.full = full
        self.after_hash = after_hash
        self.strict = False  # past the head given with --head
        self.wanted_seqs, self.wanted_hashes = wanted_seqs, wanted_hashes
        self.walker = audit.ChainWalker()
        self.rid: Callable[[Any], str | None] = hexid  # id_reader once the dialect is known
        self.in_force: dict[str, str] = {}  # person -> key in force
        self.site_keys: set[str] = set()
        self.retired_at: dict[str, int] = {}
        self.pending: tuple[int, Any, str] | None = None  # last signed event of a run

    def _queue(self, event: Any, key: KeyInfo) -> None:
        self.scan.jobs.append(
            SignatureJob(key.public_key, event.signature, partial(event_message, event.hash))
        )
        self.scan.job_events.append((event.seq, event.action, event.actor_name))

    def _note_key_events(self, event: Any, detail: dict[str, Any]) -> None:
        scan = self.scan
        if event.action == signing_keys.ISSUED:
            key_id = _id(detail.get("signing_key"))
            if key_id is None:
                return
            scan.issued[key_id] = (event.seq, detail)
            scan.key_periods[key_id] = [event.seq, None]
            for old in detail.get("retired") or []:
                self._retire(_id(old), event.seq)
            person = _id(detail.get("person"))
            if detail.get("kind") == KeyKind.PERSON and person is not None:
                self.in_force[person] = key_id
            elif detail.get("kind") == KeyKind.SITE:
                self.site_keys.add(key_id)
        elif event.action == signing_keys.RETIRED:
            self._retire(_id(detail.get("signing_key")), event.seq)

    def _retire(self, key_id: str | None, seq: int) -> None:
        if key_id is None:
            return
        self.retired_at.setdefault(key_id, seq)
        self.scan.key_periods.setdefault(key_id, [None, None])[1] = seq
        self.site_keys.discard(key_id)
        for person, current in list(self.in_force.items()):
            if current == key_id:
                del self.in_force[person]

    def _signer_problem(self, event: Any, key: KeyInfo) -> str | None:
        retired = self.retired_at.get(key.id)
        if retired is not None and retired < event.seq:
            return f"it was signed with key {key.fingerprint[:12]}, retired at event {retired}"
        if key.id not in self.scan.issued:
            return f"its key {key.fingerprint[:12]} was never issued on the trail"
        system = event.actor_id is None
        if key.kind == KeyKind.SITE:
            return None if system else "it names a person but was signed with the site key"
        if key.kind != KeyKind.PERSON:
            return "it was signed with a key that cannot sign"
        if system or event.action in UNATTENDED or key.person_id == self.rid(event.actor_id):
            return None
        return "it was signed with another person's key, not its actor's"

    def step(self, event: Any) -> None:
        scan = self.scan
        scan.events += 1
        scan.head_seq, scan.head = event.seq, event.hash
        bad = self.walker.step(event)
        if bad is not None:
            when = bad.occurred_at.strftime("%Y-%m-%d %H:%M") if bad.occurred_at else "?"
            scan.findings.append(
                Finding(
                    CHAIN,
                    f"event {bad.seq} ({when}, {bad.action})",
                    f"{bad.problem}: {bad.explanation}",
                    seq=bad.seq,
                )
            )
        if event.seq in self.wanted_seqs:
            scan.seq_hashes[event.seq] = event.hash
        if event.hash in self.wanted_hashes:
            scan.hash_seqs[event.hash] = event.seq
        detail = event.detail if isinstance(event.detail, dict) else {}
        if event.action.startswith(_KEY_ACTIONS):
            self._note_key_events(event, detail)
        self._note_records(event, detail)
        self._judge_signature(event)
        if self.after_hash is not None and event.hash == self.after_hash:
            self._end_run()
            self.strict = True

    def _note_records(self, event: Any, detail: dict[str, Any]) -> None:
        scan = self.scan
        entity = self.rid(event.entity_id)
        if entity is not None and event.action not in READS:
            scan.last_touch[entity] = event.seq
        sign_off = _id(detail.get("sign_off"))
        if sign_off is not None:
            scan.sign_events[sign_off] = SignEvent(
                event.seq,
                event.action,
                event.actor_name,
                as_datetime(event.occurred_at),
                detail.get("digest"),
                event.entity_type,
                entity,
                detail.get("placement"),
                detail.get("sign_off_fingerprint"),
            )
        if event.action in SEAL_ACTIONS and isinstance(detail.get("sealed"), dict):
            scan.seal = (event.seq, detail["sealed"])
        if event.action == "retention.purge":
            scan.purged.append((event.seq, set(detail.get("placements") or [])))
        if event.action == RESTORE_ACTION:
            scan.restores.append((event.seq, as_datetime(event.occurred_at), detail))

    def _judge_signature(self, event: Any) -> None:
        scan = self.scan
        if event.signer_key_id is None or not event.signature:
            self._unsigned(event)
            return
        scan.signed_events += 1
        key = scan.keys.get(self.rid(event.signer_key_id) or "")
        if key is None:
            scan.findings.append(
                self._finding(SIGNER, event, "its signing key is not in the database")
            )
            return
        problem = self._signer_problem(event, key)
        if problem is not None:
            scan.findings.append(self._finding(SIGNER, event, problem))
        if self.full or self.strict:
            self._queue(event, key)
            return
        if self.pending is not None and self.pending[2] != key.id:
            self._end_run()
        self.pending = (event.seq, event, key.id)

    def _end_run(self) -> None:
        if self.pending is not None:
            _seq, event, key_id = self.pending
            self._queue(event, self.scan.keys[key_id])
            self.pending = None

    def _unsigned(self, event: Any) -> None:
        scan = self.scan
        if event.actor_id is None:
            scan.unsigned_system += 1
        elif event.action in UNATTENDED:
            scan.unsigned_unattended += 1
        elif self.strict:
            scan.findings.append(
                self._finding(UNSIGNED, event, "it is beyond the given head and not signed")
            )
        elif self.rid(event.actor_id) in self.in_force:
            scan.findings.append(
                self._finding(
                    UNSIGNED,
                    event,
                    f"it is not signed, though {event.actor_name}'s signing key was in force",
                )
            )
        else:
            scan.unsigned_before_keys += 1

    @staticmethod
    def _finding(kind: str, event: Any, message: str) -> Finding:
        moment = as_datetime(event.occurred_at)
        when = moment.strftime("%Y-%m-%d %H:%M") if moment else "?"
        subject = f"event {event.seq} ({when}, {event.action} by {event.actor_name})"
        return Finding(kind, subject, message, seq=event.seq)

    def finish(self) -> None:
        self._end_run()
        scan = self.scan
        for key_id, key in scan.keys.items():
            issued = scan.issued.get(key_id)
            if issued is None:
                scan.findings.append(
                    Finding(
                        KEY,
                        f"signing key {key.fingerprint[:12]}",
                        "it is in the database but no event issued it: added outside "
                        "mentorlog, or its event was removed",
                    )
                )
            elif issued[1].get("fingerprint") != key.fingerprint:
                scan.findings.append(
                    Finding(
                        KEY,
                        f"signing key {key.fingerprint[:12]}",
                        f"its public key is not the one issued at event {issued[0]}: "
                        "it was replaced",
                        seq=issued[0],
                    )
                )
        for key_id, (seq, detail) in scan.issued.items():
            if key_id not in scan.keys:
                scan.findings.append(
                    Finding(
                        KEY,
                        f"signing key {str(detail.get('fingerprint', ''))[:12]}",
                        f"issued at event {seq}, it is missing from the database",
                        seq=seq,
                    )
                )


def scan_events(
    session: Session,
    *,
    full: bool,
    after_hash: str | None = None,
    wanted_seqs: set[int] | None = None,
    wanted_hashes: set[str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> EventScan:
    """Walk the whole trail once (see the module docstring); ``progress(events seen)``
    every few thousand events may raise to stop."""
    scan = EventScan(load_keys(session))
    scanner = _Scanner(scan, full, after_hash, wanted_seqs or set(), wanted_hashes or set())
    scanner.rid = id_reader(session.get_bind().dialect.name)
    for event in _rows(session):
        scanner.step(event)
        if progress is not None and scan.events % 5000 == 0:
            progress(scan.events)
    scanner.finish()
    return scan
