"""Site-wide settings an administrator chooses: how long a workstation may sit idle before
its window locks.

Everyone reads them (the app applies them for whoever is signed in); only an
administrator changes them, and every change is on the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Role, SiteSetting, utcnow
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role
from mentorlog.services.errors import ValidationError
from mentorlog.services.stale import require_fresh

IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_LOCK_DEFAULT = 5
IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 60


@dataclass(frozen=True)
class IdleLockSetting:
    minutes: int
    # The setting's row version (0: never set, the default applies); a change made from
    # this names it as expected_version.
    row_version: int


def _read(session: Session, key: str) -> Any:
    return session.scalar(select(SiteSetting.value).where(SiteSetting.key == key))


def _row(session: Session, key: str) -> SiteSetting | None:
    return session.scalar(select(SiteSetting).where(SiteSetting.key == key))


def _write(session: Session, key: str, value: Any) -> SiteSetting:
    row = _row(session, key)
    if row is None:
        row = SiteSetting(key=key, value=value)
        session.add(row)
    else:
        row.value = value
        row.updated_at = utcnow()
    session.flush()
    return row


def _valid_minutes(value: Any) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and IDLE_LOCK_MIN <= value <= IDLE_LOCK_MAX
    )


def idle_lock_minutes(session: Session) -> int:
    """Minutes without keyboard or mouse input before the window locks (default 5)."""
    value = _read(session, IDLE_LOCK_KEY)
    return value if _valid_minutes(value) else IDLE_LOCK_DEFAULT


def idle_lock_setting(session: Session) -> IdleLockSetting:
    """The idle-lock time with the version a change of it is made from."""
    row = _row(session, IDLE_LOCK_KEY)
    return IdleLockSetting(idle_lock_minutes(session), row.row_version if row else 0)


def set_idle_lock_minutes(
    session: Session, actor: Actor, minutes: int, *, expected_version: int | None = None
) -> int:
    """Change the idle-lock time for every workstation of the site (administrators only).

    Refused with a ValidationError (field ``idle_lock_minutes``) outside 1–60 minutes, and
    with StaleEditError when someone changed it since ``expected_version``.
    """
    require_role(actor, Role.ADMINISTRATOR)
    row = _row(session, IDLE_LOCK_KEY)
    if row is not None:  # none yet: the default applies, and nobody's change is overwritten
        require_fresh(session, row, expected_version, msg("setting"))
    if not _valid_minutes(minutes):
        raise ValidationError(
            {
                IDLE_LOCK_KEY: msg(
                    "Choose between {low} and {high} minutes (a whole number).",
                    low=IDLE_LOCK_MIN,
                    high=IDLE_LOCK_MAX,
                )
            }
        )
    before = idle_lock_minutes(session)
    if minutes != before:
        written = _write(session, IDLE_LOCK_KEY, minutes)
        audit.record(
            session,
            actor,
            "setting.change",
            entity_type="site_setting",
            entity_id=written.id,
            detail={"key": IDLE_LOCK_KEY, "from": before, "to": minutes},
        )
    return minutes
