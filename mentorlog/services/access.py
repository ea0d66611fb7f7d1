"""Who is acting, and what they may see and do. Every service takes an Actor and asks here.

Rules (enforced in services, not only hidden in the UI):
- mentor: the placements they mentor; their own entries; their private notes alone.
- student: their own placements, only entries shared with them; never a private note.
- coordinator: everything (in their academy); people, placements, frameworks, reports.
- administrator: accounts and site settings.
- SYSTEM: the command line without --user and start-up work (demo data, migrations).

This module is the one home of the read rules: which placements (``placement_filter``)
and, within a placement, which observations, reflections, reviews, concerns and goals an
actor may see (``*_filter``), and what anyone who sees a placement may read of it
(``shared_*``: all a report shows). The timeline, search, reports, subject-access export
and sign-off all build on these; tests/test_access_rules.py walks them with every role.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, literal_column, or_, select, true
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.i18n.messages import N_
from mentorlog.models import (
    EntryStatus,
    Observation,
    Placement,
    PlacementMentor,
    Reflection,
    Review,
    Role,
    Visibility,
)
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
    clauses: list[ColumnElement[bool]] = []
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


def shared_observation(obs: Any = Observation) -> ColumnElement[bool]:
    """What everyone who sees the placement may read of an observation (``obs``, or an
    alias of it): published and shared with the student. All a report shows. The
    constants are written inline so SQLite's planner can match the clause with the
    partial indexes on shared observations (it cannot prove that a bound parameter
    equals an index's constant)."""
    return and_(
        obs.visibility == literal_column(f"'{Visibility.SHARED}'"),
        obs.status == literal_column(f"'{EntryStatus.PUBLISHED}'"),
    )


def shared_current_observation(obs: Any = Observation) -> ColumnElement[bool]:
    """A shared observation's current version, not deleted: what the hours, a report and
    the dashboard count (matched by the partial index ix_observation_shared)."""
    return and_(shared_observation(obs), obs.is_current == true(), obs.deleted_at.is_(None))


def observation_filter(actor: Actor, obs: Any = Observation) -> ColumnElement[bool]:
    """A WHERE clause on Observation: private notes for their author alone, drafts for
    their author alone, and for a student only what is published and shared."""
    if actor.is_system:
        return true()
    if Role.MENTOR in actor.roles or Role.COORDINATOR in actor.roles:
        # Colleagues see each other's published shared entries, never private notes.
        return or_(obs.author_id == actor.person_id, shared_observation(obs))
    return shared_observation(obs)


def shared_reflection() -> ColumnElement[bool]:
    """What everyone who sees the placement may read of a reflection: a shared one."""
    return Reflection.visibility == Visibility.SHARED


def reflection_filter(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on Reflection: a private reflection is its author's alone."""
    if actor.is_system:
        return true()
    return or_(shared_reflection(), Reflection.author_id == actor.person_id)


def writes_reviews(actor: Actor) -> bool:
    """Mentors and coordinators write reviews, and so see them while still drafts."""
    return actor.has(Role.MENTOR) or actor.has(Role.COORDINATOR)


def shared_review() -> ColumnElement[bool]:
    """What everyone who sees the placement may read of a review: a published one."""
    return Review.status == EntryStatus.PUBLISHED


def review_filter(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on Review: drafts for those who write reviews, published ones for
    everyone who sees the placement."""
    return true() if writes_reviews(actor) else shared_review()


def concern_filter(actor: Actor) -> ColumnElement[bool]:
    """Causes for concern are for everyone who sees the placement, the student included:
    the process is done with them, not behind them."""
    return true()


def goal_filter(actor: Actor) -> ColumnElement[bool]:
    """Goals are the learning contract of the student and their mentors: everyone who
    sees the placement reads them."""
    return true()


def visible_observation(session: Session, actor: Actor, observation_id: uuid.UUID) -> Observation:
    """The observation, if ``actor`` may see it; else a clear refusal."""
    obs = session.get(Observation, observation_id)
    if obs is None:
        raise NotFoundError(msg("That observation no longer exists."))
    allowed = session.scalar(
        select(Observation.id)
        .join(Placement, Placement.id == Observation.placement_id)
        .where(Observation.id == observation_id, placement_filter(actor), observation_filter(actor))
    )
    if allowed is None:
        raise PermissionDeniedError(msg("{name} may not see this observation.", name=actor.name))
    return obs


def require_placement(
    session: Session, actor: Actor, placement_id: uuid.UUID, *, write: bool = False
) -> Placement:
    """The placement, if ``actor`` may see it (and write to it); else a clear refusal."""
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise NotFoundError(msg("That placement no longer exists."))
    allowed = session.scalar(
        select(Placement.id).where(Placement.id == placement_id, placement_filter(actor))
    )
    if allowed is None:
        raise PermissionDeniedError(msg("{name} may not see this placement.", name=actor.name))
    if write and not (actor.is_system or actor.has(Role.MENTOR) or actor.has(Role.COORDINATOR)):
        raise PermissionDeniedError(
            msg("{name} may not record entries for this placement.", name=actor.name)
        )
    return placement


# Each role with its article, as one phrase a translation words whole ("an
# administrator"): an article chosen by the English word's first letter is English only.
_A_ROLE = {
    Role.MENTOR: N_("a mentor"),
    Role.STUDENT: N_("a student"),
    Role.COORDINATOR: N_("a coordinator"),
    Role.ADMINISTRATOR: N_("an administrator"),
}


_ROLE = {
    Role.MENTOR: N_("mentor"),
    Role.STUDENT: N_("student"),
    Role.COORDINATOR: N_("coordinator"),
    Role.ADMINISTRATOR: N_("administrator"),
}


def role_word(role: Role) -> Message:
    """The role's name, without article ("mentor"), in the reader's language."""
    return Message(_ROLE[role])


def a_role(*roles: Role) -> Message:
    """The roles as a phrase, the first with its article: "a mentor", "an administrator
    or coordinator"."""
    phrase = Message(_A_ROLE[roles[0]])
    for role in roles[1:]:
        # TRANSLATORS: roles, the first with its article: "an administrator or coordinator".
        phrase = msg("{first} or {second}", first=phrase, second=Message(_ROLE[role]))
    return phrase


def require_role(actor: Actor, *roles: Role) -> None:
    if not any(actor.has(r) for r in roles):
        raise PermissionDeniedError(
            # TRANSLATORS: {roles} is e.g. "an administrator" (article included).
            msg(
                "Only {roles} may do this; {name} is not one.",
                roles=a_role(*roles),
                name=actor.name,
            )
        )
