"""Wrong passwords counted before the encrypted database opens, made hard to reset unseen.

A wrong password cannot open the database, so its failure is counted in the ``.keys``
file (storage/keys.py), which anyone with the files can edit. Once someone does open the
database (a right password), the counts are brought inside it:

- the failures the file recorded since the database last looked are put on the audit
  trail (``key_file.failures``, one event per name), and the database keeps a copy of the
  counts (the ``key_file_attempts`` site setting);
- a file that shows fewer failures than that copy (an entry deleted, a count lowered, an
  older file put back: its ``attempt_counter`` only grows) was reset outside mentorlog:
  that is put on the trail (``key_file.attempts_reset``), and the higher counts are
  written back, so an account that was locked stays locked, even for the right password.

It cannot stop someone guessing offline with their own copy of the files; that is what the
Argon2id cost is for (storage/kdf.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import SiteSetting
from mentorlog.services import audit
from mentorlog.storage.keys import KeyFile

SETTING = "key_file_attempts"


@dataclass(frozen=True)
class Reconciled:
    reset_found: bool
    failures: int  # the signing-in name's failures after the counts were restored
    last_failed_at: datetime | None


def _copy(session: Session) -> tuple[SiteSetting | None, dict[str, Any]]:
    row = session.scalar(select(SiteSetting).where(SiteSetting.key == SETTING))
    value = row.value if row is not None and isinstance(row.value, dict) else {}
    return row, value


def _entry(attempts: dict[str, Any], name: str) -> tuple[int, str]:
    entry = attempts.get(name) or {}
    return int(entry.get("failures", 0)), str(entry.get("last_failed_at") or "")


def reconcile(
    session: Session, keyfile: KeyFile, username: str | None, now: datetime
) -> Reconciled:
    """Compare the key file's counts with the database's copy, restore and record them
    (module docstring), in ``session``'s transaction; the key file is written at once.

    Failures the file's counter says were recorded since the database last looked, but
    whose entries are gone, cannot be told apart by name: they are counted against the
    name signing in now (who may be the one that removed them), so the next attempt on an
    account somebody locked and then reset is refused until a coordinator unlocks it."""
    row, copy = _copy(session)
    known: dict[str, Any] = dict(copy.get("attempts") or {})
    counter = int(copy.get("counter", 0))
    fresh = KeyFile.load(keyfile.path)  # as it is on disk now
    lowered = [name for name in known if _entry(fresh.attempts, name) < _entry(known, name)]
    merged = dict(fresh.attempts)
    for name in lowered:
        merged[name] = known[name]
    new_by_name = {
        name: _entry(merged, name)[0] - _entry(known, name)[0]
        for name in merged
        if name not in lowered and _entry(merged, name)[0] > _entry(known, name)[0]
    }
    unaccounted = max(0, fresh.attempt_counter - counter - sum(new_by_name.values()))
    reset_found = fresh.attempt_counter < counter or bool(lowered) or unaccounted > 0
    for name, new in sorted(new_by_name.items()):
        failures, last = _entry(merged, name)
        audit.record(
            session,
            None,
            "key_file.failures",
            entity_type="username",
            detail={"username": name, "failures": failures, "new": new, "last_failed_at": last},
        )
    me = fresh.slot_name(username) if username else ""
    if reset_found:
        if unaccounted and me:
            failures, last = _entry(merged, me)
            merged[me] = {
                "failures": failures + unaccounted,
                "last_failed_at": last or now.isoformat(),
            }
        audit.record(
            session,
            None,
            "key_file.attempts_reset",
            entity_type="database",
            detail={
                "names_restored": sorted(lowered),
                "failures_removed": unaccounted,
                "counted_against": username if unaccounted and me else None,
                "counter_in_file": fresh.attempt_counter,
                "counter_known": counter,
            },
        )
        fresh.attempts = merged
        fresh.attempt_counter = max(fresh.attempt_counter, counter)
        fresh.save()
    keyfile.attempts, keyfile.attempt_counter = fresh.attempts, fresh.attempt_counter
    _save_copy(session, row, fresh)
    failures, last = _entry(fresh.attempts, me)
    return Reconciled(reset_found, failures, datetime.fromisoformat(last) if last else None)


def _save_copy(session: Session, row: SiteSetting | None, keyfile: KeyFile) -> None:
    value = {"counter": keyfile.attempt_counter, "attempts": dict(keyfile.attempts)}
    if row is None:
        session.add(SiteSetting(key=SETTING, value=value))
    else:
        row.value = value
    session.flush()


def clear(session: Session, keyfile: KeyFile, username: str) -> None:
    """Forget ``username``'s failures in the file and in the database's copy (a right
    password, or a coordinator's unlock or reset)."""
    keyfile.clear_failures(username)
    row, _copy_value = _copy(session)
    fresh = KeyFile.load(keyfile.path)
    fresh.attempts.pop(fresh.slot_name(username), None)
    _save_copy(session, row, fresh)


def forget_in_copy(session: Session, keyfile: KeyFile, username: str, now: datetime) -> None:
    """A coordinator's unlock or reset: the file's counts are taken in first (and any new
    failures put on the trail), then the copy forgets ``username``'s; the file forgets them
    once the change is committed (people.py)."""
    reconcile(session, keyfile, None, now)
    row, value = _copy(session)
    assert row is not None
    attempts = dict(value.get("attempts") or {})
    attempts.pop(keyfile.slot_name(username), None)
    row.value = {**value, "attempts": attempts}
    session.flush()
