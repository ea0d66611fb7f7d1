"""Who may back up and restore the database: a restore replaces every record (signatures,
acknowledgements, causes for concern), so it is an administrator's act, and audited."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import Role
from mentorlog.services import audit
from mentorlog.services.access import Actor
from mentorlog.services.errors import PermissionDeniedError


def may_back_up(actor: Actor) -> bool:
    """Administrators and coordinators see the backups and make one on demand."""
    return actor.has(Role.ADMINISTRATOR) or actor.has(Role.COORDINATOR)


def may_restore(actor: Actor) -> bool:
    return actor.has(Role.ADMINISTRATOR)


def require_restore(actor: Actor) -> None:
    if not may_restore(actor):
        raise PermissionDeniedError(
            msg(
                "Only an administrator may restore a backup: it replaces every record in "
                "mentorlog. {name} is not one.",
                name=actor.name,
            )
        )


def record_restore(session: Session, actor: Actor, backup_name: str) -> None:
    """Put the restore on the restored database's audit trail (its chain goes on from the
    backup's last event)."""
    require_restore(actor)
    audit.record(
        session,
        actor,
        "backup.restore",
        detail={"backup": backup_name},
        workstation=audit.this_workstation(),
    )
