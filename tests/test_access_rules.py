"""One rule table for who sees which record, walked through every read path.

Each record below carries a word of its own. For every role and every read service
(timeline, search, the lists and single reads, sign-off's versions, the progress report,
the subject-access export) the words it returns must be exactly those the table allows:
a read path that keeps its own copy of a rule, and lets it drift, fails here.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from mentorlog.models import EntryStatus, Goal, GoalStatus, Role, Visibility
from mentorlog.services import (
    concerns,
    goals,
    observations,
    reflections,
    report_data,
    reviews,
    search,
    signoff,
    subject_access,
    timeline,
)
from mentorlog.services.access import SYSTEM, Actor
from mentorlog.services.errors import PermissionDeniedError
from tests.factories import Factory, as_actor

ROLES = ("student", "mentor", "co_mentor", "coordinator", "administrator", "outsider", "system")
SEES_PLACEMENT = {"student", "mentor", "co_mentor", "coordinator", "system"}

# record -> the roles that may see it (on the placement's own screens and lists)
RULES: dict[str, set[str]] = {
    "obsshared": SEES_PLACEMENT,
    "obsprivate": {"mentor", "system"},  # a private note: its author's alone
    "obsdraft": {"mentor", "system"},  # a draft: its author's alone
    "reflshared": SEES_PLACEMENT,
    "reflprivate": {"student", "system"},  # the student's private reflection
    "reflmentor": {"mentor", "system"},  # a mentor's private reflection
    "reviewpublished": SEES_PLACEMENT,
    "reviewdraft": {"mentor", "co_mentor", "coordinator", "system"},  # its writers
    "concernraised": SEES_PLACEMENT,
    "goalagreed": SEES_PLACEMENT,
}
# What a progress report shows, to whoever may export it: what is shared with the student.
REPORTED = {"obsshared", "reflshared", "reviewpublished", "concernraised", "goalagreed"}
# A subject-access export holds everything about the student, private notes included.
SUBJECT_ACCESS = set(RULES)


@pytest.fixture
def world(db) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        student = f.person("Jüri", "Õunapuu", Role.STUDENT)
        mentor = f.person("Ingrid", "Sæther", Role.MENTOR)
        co_mentor = f.person("Анна", "Смирнова", Role.MENTOR)
        outsider = f.person("Émile", "Lefèvre", Role.MENTOR, Role.STUDENT)
        p = f.placement(student, [mentor, co_mentor])
        f.placement(f.person("Dmitri", "Volkov", Role.STUDENT), [outsider], prison=f.prison("B"))
        day = date(2025, 3, 3)
        records = {
            "obsshared": f.observation(p, mentor, day, "yard obsshared"),
            "obsprivate": f.observation(
                p, mentor, day, "yard obsprivate", visibility=Visibility.PRIVATE
            ),
            "obsdraft": f.observation(p, mentor, day, "yard obsdraft", status=EntryStatus.DRAFT),
            "reflshared": f.reflection(p, student, day, "yard reflshared"),
            "reflprivate": f.reflection(
                p, student, day, "yard reflprivate", visibility=Visibility.PRIVATE
            ),
            "reflmentor": f.reflection(
                p, mentor, day, "yard reflmentor", visibility=Visibility.PRIVATE
            ),
            "reviewpublished": f.review(p, mentor, day, summary="reviewpublished"),
            "reviewdraft": f.review(
                p, mentor, day, summary="reviewdraft", status=EntryStatus.DRAFT
            ),
            "concernraised": f.concern(p, mentor, day, "concernraised"),
        }
        goal = Goal(
            placement_id=p.id, author_id=student.id, title="goalagreed", status=GoalStatus.OPEN
        )
        s.add(goal)
        s.flush()
        records["goalagreed"] = goal
        actors = {
            "student": as_actor(student, Role.STUDENT),
            "mentor": as_actor(mentor, Role.MENTOR),
            "co_mentor": as_actor(co_mentor, Role.MENTOR),
            "coordinator": Actor(uuid.uuid4(), "Mette Kjær", frozenset({Role.COORDINATOR})),
            "administrator": Actor(uuid.uuid4(), "Åse Berg", frozenset({Role.ADMINISTRATOR})),
            "outsider": as_actor(outsider, Role.MENTOR, Role.STUDENT),
            "system": SYSTEM,
        }
        return {
            "placement": p.id,
            "student": student.id,
            "ids": {k: r.id for k, r in records.items()},
            "lineages": {k: getattr(r, "lineage_id", None) for k, r in records.items()},
            "actors": actors,
        }


def _words(found: Any) -> set[str]:
    text = repr(found)
    return {word for word in RULES if word in text}


def _each(read: Callable[[uuid.UUID], Any], ids: dict[str, uuid.UUID], kinds: str) -> Any:
    """Single reads of every record of ``kinds``: what comes back, refusals left out."""
    seen = []
    for word, record_id in ids.items():
        if word.startswith(kinds):
            with contextlib.suppress(PermissionDeniedError):
                seen.append(read(record_id))
    return seen


def _read_paths(s: Session, actor: Actor, w: dict[str, Any]) -> dict[str, Any]:
    pid, ids = w["placement"], w["ids"]
    lineages = w["lineages"]
    return {
        "timeline": lambda: timeline.list_timeline(s, actor, pid),
        "search": lambda: search.search_entries(s, actor, "yard", pid),
        "search everywhere": lambda: search.search_entries(s, actor, "yard"),
        "reflections": lambda: reflections.list_reflections(s, actor, pid),
        "reviews": lambda: reviews.list_reviews(s, actor, pid),
        "concerns": lambda: concerns.list_concerns(s, actor, pid),
        "goals": lambda: goals.list_goals(s, actor, pid),
        "an observation": lambda: _each(
            lambda i: observations.get_observation(s, actor, i), ids, "obs"
        ),
        "a reflection": lambda: _each(
            lambda i: reflections.get_reflection(s, actor, i), ids, "refl"
        ),
        "a review": lambda: _each(lambda i: reviews.get_review(s, actor, i), ids, "review"),
        "versions": lambda: _each(
            lambda i: signoff.versions(s, actor, i),
            {k: v for k, v in lineages.items() if v is not None},
            "",
        ),
    }


def _named_by_id(found: Any, ids: dict[str, uuid.UUID]) -> set[str]:
    # A search hit or a version names its record by id, not by its whole text.
    return {word for word, record_id in ids.items() if str(record_id) in repr(found)}


@pytest.mark.parametrize("role", ROLES)
def test_every_read_path_follows_the_rule_table(db, world, role: str) -> None:  # type: ignore[no-untyped-def]
    actor = world["actors"][role]
    allowed = {word for word, roles in RULES.items() if role in roles}
    with db.transaction() as s:
        for name, read in _read_paths(s, actor, world).items():
            try:
                found = read()
            except PermissionDeniedError:
                found = []
            by_id = "search" in name or name == "versions"
            seen = _named_by_id(found, world["ids"]) if by_id else _words(found)
            relevant = {w for w in allowed if _path_lists(name, w)}
            assert seen == relevant, f"{role} through {name}"


def _path_lists(path: str, word: str) -> bool:
    """Which records a read path lists at all (whoever asks)."""
    return {
        "timeline": not word.startswith("goal"),
        "search": word.startswith(("obs", "refl")),
        "search everywhere": word.startswith(("obs", "refl")),
        "reflections": word.startswith("refl"),
        "reviews": word.startswith("review"),
        "concerns": word.startswith("concern"),
        "goals": word.startswith("goal"),
        "an observation": word.startswith("obs"),
        "a reflection": word.startswith("refl"),
        "a review": word.startswith("review"),
        "versions": word.startswith(("obs", "review")),
    }[path]


@pytest.mark.parametrize("role", ROLES)
def test_a_report_shows_what_is_shared_whoever_exports_it(db, world, role: str) -> None:  # type: ignore[no-untyped-def]
    actor = world["actors"][role]
    with db.transaction() as s:
        try:
            report = report_data.student_report(s, actor, world["placement"])
        except PermissionDeniedError:
            assert role not in SEES_PLACEMENT
            return
    assert role in SEES_PLACEMENT
    assert _words(report) == REPORTED


@pytest.mark.parametrize("role", ROLES)
def test_a_subject_access_export_holds_everything_for_those_who_may_run_it(  # type: ignore[no-untyped-def]
    db, world, role: str
) -> None:
    actor = world["actors"][role]
    with db.transaction() as s:
        try:
            export = subject_access.export_subject(s, actor, world["student"], datetime.now(UTC))
        except PermissionDeniedError:
            assert role not in {"coordinator", "administrator", "system"}
            return
    assert role in {"coordinator", "administrator", "system"}
    assert _words(export) == SUBJECT_ACCESS
