"""The demo's signatures: every demo sign-off carries its record's digest and is signed
with its signer's key, and one seal on the trail covers them all.

Everyone who signs in the demo gets a key pair, made from the seed so the same seed gives
the same keys and signatures (the determinism test compares sign-offs whole). The four
demo accounts keep their private key sealed under the password ``demo``, so they sign what
they do next; the others' private keys are never kept: they only signed the demo's rows.
The site key (wrapped for the demo administrator) signs the issuing events and the load.
The sign-offs were written in bulk without events of their own, so the load's event seals
them: their count and the SHA-256 of all of them (services/sign_off_check.seal_digest).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from mentorlog.models import Role, SignOff, SignOffKind
from mentorlog.services import record_content, signing_keys, site_key
from mentorlog.services.access import SYSTEM
from mentorlog.services.sign_off_check import SIGN_OFF_COLUMNS, seal_digest
from mentorlog.services.signed_statements import sign_off_row_message
from mentorlog.storage.keyholder import HeldKey


class _Row(NamedTuple):
    """A demo sign-off: what it has before it is signed (``_COLUMNS``), then its digest
    and signature."""

    id: uuid.UUID
    record_type: str
    record_id: uuid.UUID
    record_version: int
    person_id: uuid.UUID
    role: Role
    kind: SignOffKind
    comment: str
    signed_at: datetime
    digest: str | None
    signature: str | None


_COLUMNS = SIGN_OFF_COLUMNS[:9]  # what a demo sign-off has before it is signed
_UPDATE_BATCH = 5_000


class _Seeds:
    """Key seeds and key ids from their own generator: the rest of the demo's data is the
    same whether or not keys are made."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"mentorlog demo keys {seed}")

    def seed(self) -> bytes:
        return self._rng.randbytes(32)

    def key_id(self) -> uuid.UUID:
        return uuid.UUID(int=self._rng.getrandbits(128), version=4)


def _keys(
    session: Session, seeds: _Seeds, accounts: Mapping[uuid.UUID, str], password: str
) -> dict[uuid.UUID, HeldKey]:
    """A key for every account and every signer; the administrator's first, then the
    site key wrapped for it, which signs the events that issue the others."""
    signers = set(session.scalars(select(SignOff.person_id).distinct()))
    admin = next(pid for pid, username in accounts.items() if username == "admin")
    keys = {
        admin: signing_keys.issue_person_key(
            session, SYSTEM, admin, password, "demo data", seed=seeds.seed(),
            key_id=seeds.key_id(),
        )
    }  # fmt: skip
    site_key.start_site_key(session, SYSTEM, seed=seeds.seed(), key_id=seeds.key_id())
    for person_id in sorted(signers | set(accounts), key=lambda pid: pid.int):
        if person_id == admin:
            continue
        keys[person_id] = signing_keys.issue_person_key(
            session, SYSTEM, person_id, password if person_id in accounts else None,
            "demo data", seed=seeds.seed(), key_id=seeds.key_id(),
        )  # fmt: skip
    return keys


def sign_demo(
    session: Session, seed: int, accounts: Mapping[uuid.UUID, str], password: str
) -> dict[str, Any]:
    """Give the demo's sign-offs their digests and signatures; the seal for the load's
    event (``{"count", "digest"}``)."""
    seeds = _Seeds(seed)
    keys = _keys(session, seeds, accounts, password)
    rows = list(session.execute(select(*_COLUMNS)))
    current: dict[str, dict[str, str]] = {}  # kind -> record id (32 hex digits) -> digest
    for kind in {row.record_type for row in rows}:
        current[kind] = record_content.digests(session, kind)
    signed = []
    for row in rows:
        unsigned = _Row._make([*row, current[row.record_type].get(row.record_id.hex), None])
        key = keys[row.person_id]
        signed.append(unsigned._replace(signature=key.sign(sign_off_row_message(unsigned))))
    table = SignOff.__table__
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            digest=bindparam("b_digest"),
            signature=bindparam("b_signature"),
            signer_key_id=bindparam("b_key"),
            updated_at=table.c.updated_at,  # not "now": the same seed gives the same rows
        )
    )
    params = [
        {"b_id": r.id, "b_digest": r.digest, "b_signature": r.signature,
         "b_key": keys[r.person_id].key_id}
        for r in signed
    ]  # fmt: skip
    for start in range(0, len(params), _UPDATE_BATCH):
        session.execute(statement, params[start : start + _UPDATE_BATCH])
    return {"count": len(signed), "digest": seal_digest(signed)}
