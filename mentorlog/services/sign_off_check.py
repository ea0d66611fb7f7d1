"""``audit verify`` on signed records: does each record still say what was signed, is each
sign-off the trail speaks of still there, and is each sign-off on the trail at all.

- Every sign-off carries the digest of its record's content (services/record_content.py);
  the content is read afresh and compared. A concern, goal or placement that was changed
  through mentorlog after signing (a later event about it that is no read, such as a
  report exported: changes.READS) is superseded, not tampered.
- A sign-off made through mentorlog has an audit event naming it and its digest; a
  sign-off the trail names but the table has lost is reported, unless a retention purge
  removed its placement afterwards. Sign-offs with no event of their own (the demo's,
  or those from before signatures) are covered by a seal: one event with the count and
  the SHA-256 of all of them (``seal_digest``); any change to them breaks it.
- Signatures of sign-offs are verified in the full check, and in the routine check for
  sealed sign-offs whose seal no longer matches (to name which).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import and_, select, text
from sqlalchemy.orm import Session

from mentorlog.models import Observation, Review, Role, SignOff, SignOffKind
from mentorlog.services import parallel_digests, record_content
from mentorlog.services.parallel_digests import Helper
from mentorlog.services.raw_rows import as_datetime, driver_rows, hexid, raw, to_uuid
from mentorlog.services.signature_batch import SignatureJob
from mentorlog.services.signed_rows import Span
from mentorlog.services.signed_statements import (
    fingerprint_of_line,
    sign_off_fingerprint,
    sign_off_row_message,
)
from mentorlog.services.trail_events import EventScan, KeyInfo
from mentorlog.services.trail_findings import (
    CONTENT,
    MISSING_RECORD,
    MISSING_SIGN_OFF,
    OFF_TRAIL,
    SEAL,
    SIGNER,
    UNLOCKED,
    UNSIGNED,
    Finding,
)

SIGN_OFF_COLUMNS = (
    SignOff.id,
    SignOff.record_type,
    SignOff.record_id,
    SignOff.record_version,
    SignOff.person_id,
    SignOff.role,
    SignOff.kind,
    SignOff.comment,
    SignOff.signed_at,
    SignOff.digest,
    SignOff.signature,
    SignOff.signer_key_id,
)


class SignOffRow(NamedTuple):
    """A sign-off as stored (services/raw_rows.py): its ``SIGN_OFF_COLUMNS`` in order (ids
    as 32 hex digits, role and kind as text, ``signed_at`` as the driver gives it: text on
    SQLite), then its fingerprint (signed_statements.sign_off_fingerprint)."""

    id: str
    record_type: str
    record_id: str
    record_version: int
    person_id: str
    role: str
    kind: str
    comment: str | None
    signed_at: Any
    digest: str | None
    signature: str | None
    signer_key_id: str | None
    fingerprint: str


# Where the ids are among the columns: PostgreSQL gives them as dashed text.
_ID_AT = frozenset(
    SignOffRow._fields.index(name) for name in ("id", "record_id", "person_id", "signer_key_id")
)
_WHAT: dict[str, str] = {  # by kind of sign-off, as stored
    SignOffKind.SIGNED: "signed",
    SignOffKind.ACKNOWLEDGED: "acknowledged",
    SignOffKind.DISAGREED: "disagreed with",
}


def seal_digest(rows: Iterable[Any]) -> str:
    """The SHA-256 a seal keeps of a set of sign-offs: of their fingerprints (everything
    each row holds, signed_statements.sign_off_fingerprint), in order."""
    lines = sorted((getattr(r, "fingerprint", "") or sign_off_fingerprint(r)) + "\n" for r in rows)
    return hashlib.sha256("".join(lines).encode("ascii")).hexdigest()


@dataclass
class SignOffScan:
    checked: int = 0
    findings: list[Finding] = field(default_factory=list)
    jobs: list[SignatureJob] = field(default_factory=list)
    job_rows: list[SignOffRow] = field(default_factory=list)
    sealed: int = 0


def subject(row: SignOffRow) -> str:
    """A signed record as findings name it: "observation <uuid> (version 2)"."""
    return f"{row.record_type} {to_uuid(row.record_id)} (version {row.record_version})"


def _who(row: SignOffRow, names: dict[str | None, str]) -> str:
    moment = as_datetime(row.signed_at)
    when = moment.strftime("%Y-%m-%d %H:%M") if moment else "?"
    verb = _WHAT.get(row.kind, str(row.kind))
    return f"{names.get(row.person_id, '?')} {verb} it on {when}"


def _names(session: Session) -> dict[str | None, str]:
    from mentorlog.models import Person

    return {
        hexid(pid): f"{given} {family}".strip()
        for pid, given, family in session.execute(
            select(Person.id, Person.given_name, Person.family_name)
        )
    }


# signed_statements.sign_off_line, as SQLite writes it from the stored columns.
_SQLITE_LINE = text(
    "id || '|' || record_type || '|' || record_id || '|' || record_version || '|' || "
    "person_id || '|' || role || '|' || kind || '|' || signed_at || '|' || "
    "coalesce(digest, '') || '|' || coalesce(signature, '') || '|' || coalesce(comment, '')"
)


def raw_sign_offs(session: Session) -> list[SignOffRow]:
    """Every sign-off as stored (ids as 32 hex digits: services/raw_rows.py), with its
    fingerprint (signed_statements.sign_off_fingerprint)."""
    name = session.get_bind().dialect.name
    columns = [raw(c, name) for c in SIGN_OFF_COLUMNS]
    made = []
    if name == "sqlite":  # ids already as 32 hex digits; the line made by SQLite
        for *values, line in driver_rows(session, select(*columns, _SQLITE_LINE)):
            made.append(SignOffRow._make([*values, fingerprint_of_line(line)]))
        return made
    for stored in driver_rows(session, select(*columns)):
        values = [hexid(v) if i in _ID_AT else v for i, v in enumerate(stored)]
        row = SignOffRow._make([*values, ""])
        made.append(row._replace(fingerprint=sign_off_fingerprint(row)))
    return made


def _unlocked(session: Session) -> set[str | None]:
    """Observations and reviews a mentor signed that are no longer locked."""
    found: set[str | None] = set()
    for model, kind in ((Observation, "observation"), (Review, "review")):
        signed = select(SignOff.record_id).where(
            and_(
                SignOff.record_type == kind,
                SignOff.kind == SignOffKind.SIGNED,
                SignOff.role == Role.MENTOR,
            )
        )
        found.update(
            hexid(rid)
            for rid in session.scalars(
                select(model.id).where(model.locked_at.is_(None), model.id.in_(signed))
            )
        )
    return found


class _LazyWho:
    """ "signed by … on …" for a finding, made only when one is (most sign-offs are sound)."""

    def __init__(self, row: SignOffRow, names: dict[str | None, str]) -> None:
        self.row, self.names = row, names

    def __format__(self, spec: str) -> str:
        return _who(self.row, self.names)


class _Checker:
    def __init__(self, session: Session, events: EventScan, full: bool) -> None:
        self.events, self.full = events, full
        self.out = SignOffScan()
        self.names = _names(session)
        self.purged = events.purged

    def _purged_after(self, placement: str | None, seq: int) -> bool:
        return placement is not None and any(
            placement in ids for at, ids in self.purged if at > seq
        )

    def _key_problem(self, row: SignOffRow, key: KeyInfo | None) -> str | None:
        if key is None:
            return "its signing key is not in the database"
        if key.person_id != row.person_id:
            return "it was signed with another person's key"
        return None

    def check(self, row: SignOffRow, current: str | None, unlocked: bool) -> None:
        out, event = self.out, self.events.sign_events.get(row.id)
        out.checked += 1
        who = _LazyWho(row, self.names)  # worded only for a finding
        seq = event.seq if event is not None else None
        since = seq if seq is not None else (self.events.seal or (0,))[0]

        def found(kind: str, message: str, at: int | None = None) -> None:
            out.findings.append(
                Finding(
                    kind,
                    subject(row),
                    message,
                    seq=at,
                    record_type=row.record_type,
                    record_id=to_uuid(row.record_id),
                )
            )

        if current is None:
            if event is None or not self._purged_after(event.placement, event.seq):
                found(MISSING_RECORD, f"{who}, the signed record is gone")
        elif row.digest is None:
            found(CONTENT, f"{who}, its sign-off has lost the digest of what was signed")
        elif current != row.digest and not (
            row.record_type in record_content.SUPERSEDABLE
            and self.events.last_touch.get(row.record_id, 0) > since
        ):
            found(CONTENT, f"{who}, its content no longer matches what was signed", seq)
        if unlocked and row.kind == SignOffKind.SIGNED and row.role == Role.MENTOR:
            found(UNLOCKED, f"{who}, it is no longer locked against changes")
        if event is not None and event.fingerprint and event.fingerprint != row.fingerprint:
            found(
                CONTENT,
                f"{who}: the sign-off is not as event {seq} recorded it (its "
                "comment, kind, signer, time or signature was changed)",
                seq,
            )
        if event is not None and event.digest != row.digest:
            found(CONTENT, f"{who}: the sign-off's digest is not the one event {seq} recorded", seq)
        if row.signature and row.signer_key_id is not None:
            key = self.events.keys.get(row.signer_key_id)
            problem = self._key_problem(row, key)
            if problem is not None:
                found(SIGNER, f"{who}: {problem}")
            elif self.full and key is not None:
                self.queue(row, key, row.signature)
        elif event is not None and self._had_key(row.person_id, event.seq):
            found(
                UNSIGNED,
                f"{who}: the sign-off is not signed, though the signer's key was in force",
                seq,
            )

    def _had_key(self, person_id: str | None, seq: int) -> bool:
        for key_id, key in self.events.keys.items():
            period = self.events.key_periods.get(key_id)
            if key.person_id != person_id or not period:
                continue
            start, end = period
            if start is not None and start <= seq and (end is None or seq < end):
                return True
        return False

    def queue(self, row: SignOffRow, key: KeyInfo, signature: str) -> None:
        self.out.jobs.append(
            SignatureJob(key.public_key, signature, partial(sign_off_row_message, row))
        )
        self.out.job_rows.append(row)

    def missing(self, present: set[str | None]) -> None:
        for sign_off_id, event in self.events.sign_events.items():
            if sign_off_id in present or self._purged_after(event.placement, event.seq):
                continue
            when = event.occurred_at.strftime("%Y-%m-%d %H:%M") if event.occurred_at else "?"
            self.out.findings.append(
                Finding(
                    MISSING_SIGN_OFF,
                    f"{event.record_type} {to_uuid(event.record_id)}",
                    f"event {event.seq} ({when}, "
                    f"{event.action} by {event.actor_name}) records a sign-off that is missing",
                    seq=event.seq,
                    record_type=event.record_type,
                    record_id=to_uuid(event.record_id),
                )
            )

    def sealed(self, rows: list[SignOffRow]) -> None:
        seal = self.events.seal
        self.out.sealed = len(rows) if seal is not None else 0
        if not rows and seal is None:
            return
        if seal is None:
            for row in rows:
                self.out.findings.append(
                    Finding(
                        OFF_TRAIL,
                        subject(row),
                        f"{_who(row, self.names)}: no event on the trail made or sealed this "
                        "sign-off",
                        record_type=row.record_type,
                        record_id=to_uuid(row.record_id),
                    )
                )
            return
        seq, detail = seal
        if int(detail.get("count", -1)) == len(rows) and detail.get("digest") == seal_digest(rows):
            return
        count = int(detail.get("count", 0))
        change = (
            f"{count:,} were sealed, {len(rows):,} are there now"
            if count != len(rows)
            else "their digests or signatures changed"
        )
        self.out.findings.append(
            Finding(
                SEAL,
                f"the sign-offs sealed at event {seq}",
                f"they no longer match their seal: {change}",
                seq=seq,
            )
        )
        if not self.full:  # name the forged ones: check each signature
            for row in rows:
                key = self.events.keys.get(row.signer_key_id or "")
                if row.signature and key is not None:
                    self.queue(row, key, row.signature)


def _current(
    session: Session, kind: str, rows: list[SignOffRow], helper: Helper | None
) -> dict[str, str]:
    """The digests of ``kind``'s signed records as they are now, in this transaction; with
    a helper process, its share is taken from it and any record it read differently (or
    missed) is read again here (parallel_digests.py)."""
    if kind not in record_content.SIGNED_KINDS:
        return {}
    if helper is None or kind != parallel_digests.KIND:
        return record_content.digests(session, kind)
    current = record_content.digests(session, kind, Span(high=helper.pivot))
    theirs = helper.take()
    if theirs is None:
        current.update(record_content.digests(session, kind, Span(low=helper.pivot)))
        return current
    current.update(theirs)
    again = {
        row.record_id
        for row in rows
        if row.record_id >= helper.pivot and current.get(row.record_id) != row.digest
    }
    for record_id in again:
        current.pop(record_id, None)
    if again:
        ids = [record_id for record_id in map(to_uuid, again) if record_id is not None]
        current.update(record_content.digests(session, kind, ids))
    return current


def check_sign_offs(
    session: Session,
    events: EventScan,
    *,
    full: bool,
    progress: Any = None,
    helper: Helper | None = None,
) -> SignOffScan:
    """Check every sign-off against its record, its event and its seal (module docstring).
    ``progress(n)`` after each kind of record may raise to stop. ``helper``: a process
    already making part of the digests (parallel_digests.start)."""
    checker = _Checker(session, events, full)
    rows = raw_sign_offs(session)
    unlocked = _unlocked(session)
    done = 0
    by_kind: dict[str, list[SignOffRow]] = {}
    for row in rows:
        by_kind.setdefault(row.record_type, []).append(row)
    for kind, kind_rows in by_kind.items():
        current = _current(session, kind, kind_rows, helper)
        for row in kind_rows:
            checker.check(row, current.get(row.record_id), row.record_id in unlocked)
        done += len(kind_rows)
        if progress is not None:
            progress(done)
    checker.missing({row.id for row in rows})
    checker.sealed([row for row in rows if row.id not in events.sign_events])
    return checker.out
