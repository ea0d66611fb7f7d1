"""Site-wide settings an administrator chooses: how long a workstation may sit idle before
its window locks.

Everyone reads them (the app applies them for whoever is signed in); only an
administrator changes them, and every change is on the audit trail.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import Role, SiteSetting
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role
from mentorlog.services.errors import ValidationError

IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_LOCK_DEFAULT = 5
IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 60


def _read(session: Session, key: str) -> Any:
    return session.scalar(select(SiteSetting.value).where(SiteSetting.key == key))


def _write(session: Session, key: str, value: Any) -> None:
    row = session.scalar(select(SiteSetting).where(SiteSetting.key == key))
    if row is None:
        session.add(SiteSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


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


def set_idle_lock_minutes(session: Session, actor: Actor, minutes: int) -> int:
    """Change the idle-lock time for every workstation of the site (administrators only).

    Refused with a ValidationError (field ``idle_lock_minutes``) outside 1–60 minutes.
    """
    require_role(actor, Role.ADMINISTRATOR)
    if not _valid_minutes(minutes):
        raise ValidationError(
            {
                IDLE_LOCK_KEY: f"Choose between {IDLE_LOCK_MIN} and {IDLE_LOCK_MAX} minutes "
                "(a whole number)."
            }
        )
    before = idle_lock_minutes(session)
    if minutes != before:
        _write(session, IDLE_LOCK_KEY, minutes)
        audit.record(
            session,
            actor,
            "setting.change",
            entity_type="site_setting",
            detail={"key": IDLE_LOCK_KEY, "from": before, "to": minutes},
        )
    return minutes
