"""Goals and action plans: what the student works on, linked to the competencies it
develops, with progress notes from the student or a mentor.

The student and the placement's mentors share the learning contract, so any of them may
add goals and note progress on them; a goal is edited or deleted by the placement's mentors
or by whoever set it (a student never changes a mentor's goal). Coordinators read them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import (
    Competency,
    Goal,
    GoalProgressNote,
    GoalStatus,
    Person,
    Placement,
    goal_competency,
    utcnow,
)
from mentorlog.services import signing
from mentorlog.services.access import Actor, goal_filter, require_placement
from mentorlog.services.entries import (
    acting_role,
    audit,
    is_mentor_of,
    person_name,
    require_participant,
    require_person,
)
from mentorlog.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from mentorlog.services.framework_wording import worded
from mentorlog.services.stale import require_fresh
from mentorlog.services.text_rules import line_problem, long_text_problem

MAX_TITLE = 200
ACTIVE = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS)


@dataclass(frozen=True)
class GoalInput:
    title: str
    action_plan: str = ""
    competency_ids: tuple[uuid.UUID, ...] = ()
    due_on: date | None = None
    status: GoalStatus = GoalStatus.OPEN


@dataclass(frozen=True)
class GoalCompetency:
    id: uuid.UUID
    key: str
    name: str


@dataclass(frozen=True)
class GoalNote:
    id: uuid.UUID
    author_name: str
    note: str
    created_at: datetime


@dataclass(frozen=True)
class GoalView:
    id: uuid.UUID
    placement_id: uuid.UUID
    author_name: str
    title: str
    action_plan: str
    due_on: date | None
    status: GoalStatus
    competencies: tuple[GoalCompetency, ...]
    notes: tuple[GoalNote, ...]
    updated_at: datetime
    row_version: int = 1

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE

    def is_overdue(self, today: date | None = None) -> bool:
        return self.is_active and self.due_on is not None and self.due_on < (today or date.today())


def list_goals(session: Session, actor: Actor, placement_id: uuid.UUID) -> list[GoalView]:
    """The placement's goals: open ones first, soonest due first."""
    require_placement(session, actor, placement_id)
    active_first = case((Goal.status.in_(ACTIVE), 0), else_=1)
    goals = session.scalars(
        select(Goal)
        .where(Goal.placement_id == placement_id, Goal.deleted_at.is_(None), goal_filter(actor))
        .order_by(active_first, Goal.due_on.is_(None), Goal.due_on, Goal.created_at)
    ).all()
    return _views(session, goals)


def get_goal(session: Session, actor: Actor, goal_id: uuid.UUID) -> GoalView:
    goal = _goal(session, goal_id)
    require_placement(session, actor, goal.placement_id)
    return _views(session, [goal])[0]


def create_goal(
    session: Session, actor: Actor, placement_id: uuid.UUID, data: GoalInput
) -> GoalView:
    placement = require_participant(session, actor, placement_id)
    author_id = require_person(actor, msg("A goal"))
    _validate(session, data)
    goal = Goal(placement_id=placement_id, author_id=author_id, created_by_id=author_id)
    _apply(session, goal, data)
    session.add(goal)
    session.flush()
    audit(session, actor, "goal.create", "goal", goal.id, placement.student_id)
    return _views(session, [goal])[0]


def update_goal(
    session: Session,
    actor: Actor,
    goal_id: uuid.UUID,
    data: GoalInput,
    *,
    expected_version: int | None = None,
) -> GoalView:
    """Change a goal; refused (StaleEditError) when it changed since ``expected_version``.
    Marking it achieved signs its completion (services/signing.py)."""
    goal = _goal(session, goal_id)
    placement = _require_editor(session, actor, goal)
    require_fresh(session, goal, expected_version, msg("goal"))
    _validate(session, data)
    completing = data.status == GoalStatus.ACHIEVED and goal.status != GoalStatus.ACHIEVED
    with session.no_autoflush:  # one UPDATE, so one new version, per save
        _apply(session, goal, data)
    goal.updated_at = utcnow()  # an UPDATE even when only its competencies changed
    session.flush()
    if completing:
        signing.sign_and_record(
            session,
            actor,
            "goal.update",
            "goal",
            goal.id,
            role=acting_role(session, actor, placement),
            subject_person_id=placement.student_id,
            placement_id=placement.id,
            detail={"completed": True},
        )
    else:
        audit(session, actor, "goal.update", "goal", goal.id, placement.student_id)
    return _views(session, [goal])[0]


def add_progress_note(session: Session, actor: Actor, goal_id: uuid.UUID, note: str) -> GoalView:
    goal = _goal(session, goal_id)
    placement = require_participant(session, actor, goal.placement_id)
    author_id = require_person(actor, msg("A progress note"))
    if not note.strip():
        raise ValidationError({"note": msg("Write what has happened towards this goal.")})
    if problem := long_text_problem(note):
        raise ValidationError({"note": problem})
    goal.progress_notes.append(
        GoalProgressNote(author_id=author_id, created_by_id=author_id, note=note.strip())
    )
    # A note on an open goal means work has started on it.
    if goal.status == GoalStatus.OPEN:
        goal.status = GoalStatus.IN_PROGRESS
    goal.updated_at = utcnow()
    session.flush()
    audit(session, actor, "goal.note", "goal", goal.id, placement.student_id)
    return _views(session, [goal])[0]


def delete_goal(session: Session, actor: Actor, goal_id: uuid.UUID) -> None:
    goal = _goal(session, goal_id)
    _require_editor(session, actor, goal)
    goal.deleted_at = utcnow()
    session.flush()
    audit(session, actor, "goal.delete", "goal", goal.id)


def restore_goal(session: Session, actor: Actor, goal_id: uuid.UUID) -> None:
    goal = _goal(session, goal_id, allow_deleted=True)
    _require_editor(session, actor, goal)
    goal.deleted_at = None
    session.flush()
    audit(session, actor, "goal.restore", "goal", goal.id)


def _goal(session: Session, goal_id: uuid.UUID, *, allow_deleted: bool = False) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None or (goal.deleted_at is not None and not allow_deleted):
        raise NotFoundError(msg("That goal no longer exists."))
    return goal


def _require_editor(session: Session, actor: Actor, goal: Goal) -> Placement:
    """The goal's placement, when ``actor`` may edit or delete the goal: a mentor of the
    placement, or the participant who set it."""
    placement = require_participant(session, actor, goal.placement_id)
    if goal.author_id != actor.person_id and not is_mentor_of(session, actor, placement.id):
        raise PermissionDeniedError(
            msg(
                "Only the placement's mentors or whoever set a goal may change or delete it; "
                "{name} may add a progress note to it instead.",
                name=actor.name,
            )
        )
    return placement


def _validate(session: Session, data: GoalInput) -> None:
    problems: dict[str, Message] = {}
    if not data.title.strip():
        problems["title"] = msg("Give the goal a short title.")
    elif problem := line_problem(data.title, MAX_TITLE):
        problems["title"] = problem
    if problem := long_text_problem(data.action_plan):
        problems["action_plan"] = problem
    if data.competency_ids:
        found = set(
            session.scalars(select(Competency.id).where(Competency.id.in_(data.competency_ids)))
        )
        if found != set(data.competency_ids):
            problems["competencies"] = msg("A chosen competency is no longer in the framework.")
    if problems:
        raise ValidationError(problems)


def _apply(session: Session, goal: Goal, data: GoalInput) -> None:
    goal.title = data.title.strip()
    goal.action_plan = data.action_plan
    goal.due_on = data.due_on
    goal.status = data.status
    goal.competencies = list(
        session.scalars(select(Competency).where(Competency.id.in_(data.competency_ids)))
    )


def _views(session: Session, goals: Sequence[Goal]) -> list[GoalView]:
    """Plain views of ``goals``, loading their competencies and notes in two queries."""
    ids = [g.id for g in goals]
    comps: dict[uuid.UUID, list[GoalCompetency]] = defaultdict(list)
    for goal_id, cid, key, name in session.execute(
        select(goal_competency.c.goal_id, Competency.id, Competency.key, worded(Competency.name))
        .join(Competency, Competency.id == goal_competency.c.competency_id)
        .where(goal_competency.c.goal_id.in_(ids))
        .order_by(Competency.key)
    ):
        comps[goal_id].append(GoalCompetency(cid, key, name))
    notes: dict[uuid.UUID, list[GoalNote]] = defaultdict(list)
    for note, given, family in session.execute(
        select(GoalProgressNote, Person.given_name, Person.family_name)
        .join(Person, Person.id == GoalProgressNote.author_id)
        .where(GoalProgressNote.goal_id.in_(ids))
        .order_by(GoalProgressNote.created_at)
    ):
        notes[note.goal_id].append(
            GoalNote(note.id, f"{given} {family}", note.note, note.created_at)
        )
    return [
        GoalView(
            id=g.id,
            placement_id=g.placement_id,
            author_name=person_name(session, g.author_id),
            title=g.title,
            action_plan=g.action_plan,
            due_on=g.due_on,
            status=g.status,
            competencies=tuple(comps[g.id]),
            notes=tuple(notes[g.id]),
            updated_at=g.updated_at,
            row_version=g.row_version,
        )
        for g in goals
    ]
