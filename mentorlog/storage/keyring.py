"""The open database's key and key file, and keeping the key file in step with passwords.

A service that sets a person's password (first administrator, a new account, a reset, a
change) calls ``stage_password(session, username, password)``. On an encrypted database
that person's key slot is re-wrapped with the new password once the session commits; on
a rollback nothing changes. On an unencrypted database or a server it does nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from mentorlog.storage.keys import KeyFile

log = logging.getLogger(__name__)

INFO_KEY = "mentorlog.keyring"
_PENDING = "mentorlog.pending_slots"


@dataclass
class Keyring:
    keyfile: KeyFile
    key: bytes = field(repr=False)
    # A new site's recovery key's exchange public key (services/signing_keys.py), known
    # only while the site is set up: the site key made with the first administrator is
    # wrapped for it too.
    recovery_exchange: str | None = None

    def set_password(self, username: str, password: str) -> None:
        self.keyfile.add_person(self.key, username, password)
        self.keyfile.save()

    def remove(self, username: str) -> None:
        self.keyfile.remove_person(username)
        self.keyfile.save()


def stage_password(
    session: Session, username: str, password: str, *, one_time: bool = False
) -> None:
    """Re-wrap ``username``'s key slot with ``password`` when ``session`` commits
    (``one_time``: a random one-time password, see passwords.py)."""
    if session.info.get(INFO_KEY) is None:
        return
    session.info.setdefault(_PENDING, {})[username] = (password, one_time)


def stage_removal(session: Session, username: str) -> None:
    if session.info.get(INFO_KEY) is None:
        return
    session.info.setdefault(_PENDING, {})[username] = None


@event.listens_for(Session, "after_commit")
def _write_slots(session: Session) -> None:
    pending: dict[str, Any] = session.info.pop(_PENDING, {})
    ring: Keyring | None = session.info.get(INFO_KEY)
    if ring is None or not pending:
        return
    from mentorlog.storage.keys import KeyFile

    # Re-read it first: another workstation may have changed slots or attempt counts.
    keyfile = KeyFile.load(ring.keyfile.path)
    keyfile.demo = keyfile.demo or ring.keyfile.demo  # set in memory by a demo's set-up
    for username, staged in pending.items():
        if staged is None:
            keyfile.remove_person(username)
        else:
            password, one_time = staged
            keyfile.add_person(ring.key, username, password, one_time=one_time)
    keyfile.save()
    ring.keyfile = keyfile


@event.listens_for(Session, "after_rollback")
def _forget_slots(session: Session) -> None:
    session.info.pop(_PENDING, None)
