"""The logbook services on a real PostgreSQL server: the same flows as on SQLite."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mentorlog.models import ConcernStatus, OverallProgress, ReflectionTemplate, ReviewKind, Shift
from mentorlog.services import concerns, drafts, goals, observations, reflections, reviews
from mentorlog.services.startup import prepare_database
from tests.logbook_cast import make_cast


@pytest.mark.postgres
def test_the_logbook_on_postgresql(pg_url: str) -> None:
    db = prepare_database(pg_url)
    try:
        cast = make_cast(db)
        today = date.today()
        data = observations.ObservationInput(
            today - timedelta(days=1),
            Shift.NIGHT,
            "Ночная смена: Jüri checked every hatch.",
            ratings=(
                observations.RatingInput(cast.competency("SUR-1"), 5, "Found a loose hatch."),
                observations.RatingInput(cast.competency("COM-1"), 0),
            ),
        )
        with db.transaction() as s:
            draft = observations.save_draft(s, cast.mentor, cast.placement_id, data)
            drafts.save_draft(s, cast.mentor, "observation", cast.placement_id, draft.id, {"n": 1})
        with db.transaction() as s:
            view = observations.publish(s, cast.mentor, cast.placement_id, data, draft.id)
            assert [d.payload for d in drafts.list_drafts(s, cast.mentor)] == [{"n": 1}]
            drafts.discard_drafts_for(s, cast.mentor, "observation", cast.placement_id, draft.id)
        assert view.is_published and len(view.ratings) == 2
        with db.transaction() as s:
            observations.delete_observation(s, cast.mentor, view.id)
            observations.restore_observation(s, cast.mentor, view.id)
            reflection = reflections.create_reflection(
                s,
                cast.student,
                cast.placement_id,
                reflections.ReflectionInput(
                    today, ReflectionTemplate.GIBBS, {"description": "Hatch."}, "", view.id
                ),
            )
            goals.create_goal(s, cast.student, cast.placement_id, goals.GoalInput("Later"))
            goals.create_goal(
                s, cast.mentor, cast.placement_id, goals.GoalInput("Soon", due_on=today)
            )
            review = reviews.publish_review(
                s,
                cast.mentor,
                cast.placement_id,
                reviews.ReviewInput(ReviewKind.MIDPOINT, today, OverallProgress.ON_TRACK, "Fine."),
            )
            concern = concerns.raise_concern(
                s,
                cast.mentor,
                cast.placement_id,
                concerns.ConcernInput(today, "Late.", "Alarms.", today + timedelta(days=7)),
            )
        with db.transaction() as s:
            assert reflections.get_reflection(s, cast.mentor, reflection.id).sections == {
                "description": "Hatch.",
                "feelings": "",
                "evaluation": "",
                "analysis": "",
                "conclusion": "",
                "action_plan": "",
            }
            assert [g.title for g in goals.list_goals(s, cast.student, cast.placement_id)] == [
                "Soon",
                "Later",
            ]
            assert [r.id for r in reviews.list_reviews(s, cast.student, cast.placement_id)] == [
                review.id
            ]
            resolved = concerns.change_status(
                s, cast.mentor, concern.id, ConcernStatus.RESOLVED, "On time since."
            )
            assert concerns.open_concern_counts(s, cast.mentor) == {}
        assert resolved.closed_at is not None
    finally:
        db.close()
