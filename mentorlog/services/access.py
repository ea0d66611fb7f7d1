"""Who is acting, and what they may see and do. Every service takes an Actor and asks here.

Rules (enforced in services, not only hidden in the UI):
- mentor: the placements they mentor; their own entries; their private notes alone.
- student: their own placements, only entries shared with them; never a private note.
- coordinator: everything (in their academy); people, placements, frameworks, reports.
- administrator: accounts and site settings.
- SYSTEM: the command line without --user and start-up work (demo data, migrations).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session

from mentorlog.models import Observation, Placement, PlacementMentor, Role, Visibility
from mentorlog.services.errors import NotFoundError, PermissionDeniedError


@dataclass(frozen=True)
class Actor:
    person_id: uuid.UUID | None
    name: str
    roles: frozenset[Role] = field(default_factory=frozenset)

    @property
    def is_system(self) -> bool:
        return self.person_id is None

    def has(self, role: Role) -> bool:
        return self.is_system or role in self.roles

    @property
    def sees_everything(self) -> bool:
        return self.is_system or Role.COORDINATOR in self.roles


SYSTEM = Actor(None, "mentorlog (system)", frozenset(Role))


def placement_filter(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on Placement limiting it to what ``actor`` may see."""
    if actor.sees_everything:
        return true()
    clauses = []
    if Role.MENTOR in actor.roles:
        clauses.append(
            exists(
                select(PlacementMentor.id).where(
                    PlacementMentor.placement_id == Placement.id,
                    PlacementMentor.mentor_id == actor.person_id,
                )
            )
        )
    if Role.STUDENT in actor.roles:
        clauses.append(Placement.student_id == actor.person_id)
    return or_(*clauses) if clauses else false()


def observation_filter(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on Observation: private notes for their author alone, drafts for
    their author alone, and for a student only what is published and shared."""
    if actor.is_system:
        return true()
    own = Observation.author_id == actor.person_id
    published_shared = and_(
        Observation.visibility == Visibility.SHARED, Observation.status == "published"
    )
    if Role.MENTOR in actor.roles or Role.COORDINATOR in actor.roles:
        # Colleagues see each other's published shared entries, never private notes.
        return or_(own, published_shared)
    return published_shared


def require_placement(
    session: Session, actor: Actor, placement_id: uuid.UUID, *, write: bool = False
) -> Placement:
    """The placement, if ``actor`` may see it (and write to it); else a clear refusal."""
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise NotFoundError("That placement no longer exists.")
    allowed = session.scalar(
        select(Placement.id).where(Placement.id == placement_id, placement_filter(actor))
    )
    if allowed is None:
        raise PermissionDeniedError(f"{actor.name} may not see this placement.")
    if write and not (actor.is_system or actor.has(Role.MENTOR) or actor.has(Role.COORDINATOR)):
        raise PermissionDeniedError(f"{actor.name} may not record entries for this placement.")
    return placement


def require_role(actor: Actor, *roles: Role) -> None:
    if not any(actor.has(r) for r in roles):
        wanted = " or ".join(str(r) for r in roles)
        article = "an" if wanted[:1] in "aeiou" else "a"
        raise PermissionDeniedError(
            f"Only {article} {wanted} may do this; {actor.name} is not one."
        )
