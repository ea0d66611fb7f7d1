"""Signed records stay as they were signed, whoever writes through the ORM.

Services refuse to change a locked observation or review with a message for the user;
this listener is the backstop beneath them: any flush that would change or delete a
locked Observation or Review, or one of its ratings or domain summaries, raises
SignedRecordError and nothing is written. A correction is a new version (an amendment).

Two changes to a locked row are bookkeeping, not content, and are let through:
``is_current`` (an amendment makes a newer version current) and ``updated_at``.
Bulk ``update()``/``delete()`` statements bypass flushes and so this check; services
do not use them on these tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import InstanceState, Session

from mentorlog.models.assessment import Review, ReviewDomainSummary
from mentorlog.models.logbook import Observation, Rating

BOOKKEEPING = frozenset({"is_current", "updated_at"})


class SignedRecordError(RuntimeError):
    """A write would change a signed (locked) record."""


def _was_locked(obj: Observation | Review) -> bool:
    """True when the row was locked before this flush (locking it now is allowed)."""
    # load_history: an expired attribute is read from the database rather than missed.
    state: InstanceState[Any] = inspect(obj)
    history = state.attrs.locked_at.load_history()
    before = [*history.unchanged, *history.deleted]
    return any(value is not None for value in before)


def _changed_attributes(obj: Any) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.has_changes()}


def _parent(session: Session, child: Rating | ReviewDomainSummary) -> Observation | Review | None:
    with session.no_autoflush:
        if isinstance(child, Rating):
            return child.observation or (
                session.get(Observation, child.observation_id) if child.observation_id else None
            )
        return child.review or (session.get(Review, child.review_id) if child.review_id else None)


def _describe(obj: Observation | Review) -> str:
    kind = "observation" if isinstance(obj, Observation) else "review"
    return f"{kind} {obj.id} (version {obj.version})"


@event.listens_for(Session, "before_flush")
def refuse_changes_to_signed_records(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if isinstance(obj, Observation | Review) and _was_locked(obj):
            changed = _changed_attributes(obj) - BOOKKEEPING
            if changed:
                raise SignedRecordError(
                    f"The signed {_describe(obj)} cannot be changed ({', '.join(sorted(changed))})"
                    "; make an amendment instead."
                )
        elif isinstance(obj, Rating | ReviewDomainSummary) and _changed_attributes(obj):
            parent = _parent(session, obj)
            if parent is not None and _was_locked(parent):
                raise SignedRecordError(f"The signed {_describe(parent)} cannot be changed.")
    for obj in session.deleted:
        if isinstance(obj, Observation | Review) and _was_locked(obj):
            raise SignedRecordError(f"The signed {_describe(obj)} cannot be deleted.")
        if isinstance(obj, Rating | ReviewDomainSummary):
            parent = _parent(session, obj)
            if parent is not None and _was_locked(parent):
                raise SignedRecordError(f"The signed {_describe(parent)} cannot be changed.")
    for obj in session.new:
        if isinstance(obj, Rating | ReviewDomainSummary):
            parent = _parent(session, obj)
            if parent is not None and parent not in session.new and _was_locked(parent):
                raise SignedRecordError(f"The signed {_describe(parent)} cannot be changed.")
