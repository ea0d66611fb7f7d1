"""Whether the window is the student's view: the same application, opening on the
student's current placement with their feedback first, and offering what a student does
(answer feedback, rate themself, comment on goals) instead of what a mentor does."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from mentorlog.models import Role
from mentorlog.services.access import Actor
from mentorlog.services.placements import PlacementRow


def is_student_view(actor: Actor) -> bool:
    """A student who is not also a mentor or coordinator (they keep their own views)."""
    roles = actor.roles
    return (
        not actor.is_system
        and Role.STUDENT in roles
        and not ({Role.MENTOR, Role.COORDINATOR} & roles)
    )


def opening_placement(rows: Sequence[PlacementRow]) -> uuid.UUID | None:
    """Of the student's placements listed, the one their view opens on."""
    from mentorlog.services.student_feedback import current_placement

    return current_placement([(r.placement_id, r.status, r.starts_on, r.ends_on) for r in rows])
