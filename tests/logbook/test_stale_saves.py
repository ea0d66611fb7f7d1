"""No lost updates: a save made from a copy someone changed since is refused, saying who
changed it and when, for observations, reviews, goals, concerns, reflections, accounts and
site settings; a save from the current copy goes through and moves the version on."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from mentorlog.models import ConcernStatus, OverallProgress, ReflectionTemplate, ReviewKind, Role
from mentorlog.services import concerns, goals, people, reflections, reviews, site_settings
from mentorlog.services import observations as obs
from mentorlog.services.access import Actor
from mentorlog.services.errors import StaleEditError
from tests.logbook.test_observations import shift
from tests.logbook_cast import Cast

TODAY = date.today()


def test_a_stale_observation_save_is_refused_and_the_text_not_lost(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        first = obs.save_draft(s, cast.mentor, cast.placement_id, shift(cast))
    assert first.row_version == 1
    # The same mentor at a second workstation saves first ...
    mine = dataclasses.replace(first.as_input(), narrative="Desk A: Jüri kept the queue calm.")
    theirs = dataclasses.replace(first.as_input(), narrative="Desk B: the count was late.")
    with db.transaction() as s:
        saved = obs.save_draft(
            s, cast.mentor, cast.placement_id, theirs, first.id, expected_version=1
        )
    assert saved.row_version == 2
    # ... so the first desk's save from version 1 is refused, naming who and when.
    with db.transaction() as s, pytest.raises(StaleEditError) as refused:
        obs.save_draft(s, cast.mentor, cast.placement_id, mine, first.id, expected_version=1)
    assert refused.value.changed_by == "Ingrid Sæther"
    assert refused.value.changed_at == saved.updated_at
    assert "Nothing you typed is lost" in str(refused.value)
    with db.transaction() as s:
        kept = obs.get_observation(s, cast.mentor, first.id)
    assert kept.narrative == "Desk B: the count was late." and kept.row_version == 2
    # Merged, from the newer version: accepted.
    merged = dataclasses.replace(mine, narrative=f"{theirs.narrative} {mine.narrative}")
    with db.transaction() as s:
        done = obs.publish(s, cast.mentor, cast.placement_id, merged, first.id, expected_version=2)
    assert done.row_version == 3 and done.narrative.startswith("Desk B")


def test_a_change_of_ratings_alone_moves_the_version_on(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        first = obs.save_draft(s, cast.mentor, cast.placement_id, shift(cast))
    fewer = dataclasses.replace(first.as_input(), ratings=first.as_input().ratings[:2])
    with db.transaction() as s:
        second = obs.save_draft(s, cast.mentor, cast.placement_id, fewer, first.id)
    assert second.row_version == 2
    with db.transaction() as s, pytest.raises(StaleEditError):
        obs.save_draft(
            s, cast.mentor, cast.placement_id, first.as_input(), first.id, expected_version=1
        )


def test_reviews_goals_concerns_and_reflections_refuse_stale_saves(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    review_input = reviews.ReviewInput(ReviewKind.MIDPOINT, TODAY, OverallProgress.ON_TRACK, "Fine")
    concern_input = concerns.ConcernInput(
        TODAY, "Late for the count twice.", "Set an alarm.", TODAY + timedelta(days=7)
    )
    reflection_input = reflections.ReflectionInput(
        TODAY, ReflectionTemplate.FREE_TEXT, {"text": "Mõtisklus"}
    )
    with db.transaction() as s:
        review = reviews.save_review_draft(s, cast.mentor, cast.placement_id, review_input)
        goal = goals.create_goal(s, cast.student, cast.placement_id, goals.GoalInput("Listen"))
        concern = concerns.raise_concern(s, cast.mentor, cast.placement_id, concern_input)
        reflection = reflections.create_reflection(
            s, cast.student, cast.placement_id, reflection_input
        )
    with db.transaction() as s:  # the co-mentor and the student save first
        reviews.save_review_draft(
            s, cast.co_mentor, cast.placement_id, review_input, review.id, expected_version=1
        )
        goals.update_goal(
            s, cast.mentor, goal.id, goals.GoalInput("Listen well"), expected_version=1
        )
        concerns.change_status(
            s, cast.co_mentor, concern.id, ConcernStatus.MONITORING, expected_version=1
        )
        reflections.update_reflection(
            s, cast.student, reflection.id, reflection_input, expected_version=1
        )
    stale = [
        lambda s: reviews.publish_review(
            s, cast.mentor, cast.placement_id, review_input, review.id, expected_version=1
        ),
        lambda s: goals.update_goal(
            s, cast.student, goal.id, goals.GoalInput("Listen"), expected_version=1
        ),
        lambda s: concerns.update_concern(
            s, cast.mentor, concern.id, concern_input, expected_version=1
        ),
        lambda s: concerns.change_status(
            s, cast.mentor, concern.id, ConcernStatus.RESOLVED, "Done", expected_version=1
        ),
        lambda s: reflections.update_reflection(
            s, cast.student, reflection.id, reflection_input, expected_version=1
        ),
    ]
    names = ["Анна Смирнова", "Ingrid Sæther", "Анна Смирнова", "Анна Смирнова", "Jüri Õunapuu"]
    for work, who in zip(stale, names, strict=True):
        with db.transaction() as s, pytest.raises(StaleEditError) as refused:
            work(s)
        assert refused.value.changed_by == who
    with db.transaction() as s:
        assert reviews.get_review(s, cast.mentor, review.id).row_version == 2
        assert concerns.get_concern(s, cast.mentor, concern.id).status == ConcernStatus.MONITORING


def test_accounts_and_site_settings_refuse_stale_changes(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        admin_row = people.add_person(
            s, _system(), "Åse", "Berg", roles=(Role.ADMINISTRATOR,), username="ase"
        )
        admin = Actor(admin_row.id, admin_row.full_name, frozenset({Role.ADMINISTRATOR}))
        mentor_row = people.get_person(s, admin, cast.mentor.person_id)  # type: ignore[arg-type]
        setting = site_settings.idle_lock_setting(s)
    assert setting.row_version == 0
    with db.transaction() as s:  # another administrator's desk
        people.grant_role(
            s, admin, mentor_row.id, Role.COORDINATOR, expected_version=mentor_row.row_version
        )
        site_settings.set_idle_lock_minutes(s, admin, 10, expected_version=0)
    with db.transaction() as s, pytest.raises(StaleEditError) as refused:
        people.set_active(s, admin, mentor_row.id, False, expected_version=mentor_row.row_version)
    assert refused.value.changed_by == "Åse Berg"
    with db.transaction() as s:
        fresh = site_settings.idle_lock_setting(s)
    assert fresh.minutes == 10 and fresh.row_version == 1
    with db.transaction() as s:
        site_settings.set_idle_lock_minutes(s, admin, 15, expected_version=1)
    with db.transaction() as s, pytest.raises(StaleEditError):
        site_settings.set_idle_lock_minutes(s, admin, 20, expected_version=1)
    with db.transaction() as s:
        assert site_settings.idle_lock_minutes(s) == 15
        assert people.get_person(s, admin, mentor_row.id).active


def _system() -> Actor:
    from mentorlog.services.access import SYSTEM

    return SYSTEM
