"""Observations: drafts, publishing rules, who may write and edit, locks, delete and undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from mentorlog.models import AuditEvent, EntryStatus, Observation, Rating, Shift, Visibility
from mentorlog.models.base import utcnow
from mentorlog.services import observations as obs
from mentorlog.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from tests.logbook_cast import Cast

FIVE = ("COM-1", "COM-3", "SUR-2", "RSK-1", "ETH-2")


def shift(cast: Cast, **changes) -> obs.ObservationInput:  # type: ignore[no-untyped-def]
    values = {
        "observed_on": date.today() - timedelta(days=1),
        "shift": Shift.EARLY,
        "narrative": "Jüri unlocked the landing for breakfast and greeted everyone by name.",
        "duration_minutes": 480,
        "setting": "Wing B landing",
        "situation_type": "Unlock and breakfast",
        "ratings": tuple(obs.RatingInput(cast.competency(k), 3) for k in FIVE),
    }
    values.update(changes)
    return obs.ObservationInput(**values)


def problems_of(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return exc.value.problems


def test_publish_with_five_ratings_keeps_the_wording(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    ratings = (
        obs.RatingInput(cast.competency("COM-1"), 5, "Calmed a queue at the servery alone."),
        *(obs.RatingInput(cast.competency(k), 3) for k in FIVE[1:4]),
        obs.RatingInput(cast.competency("ETH-2"), 0),
    )
    with db.transaction() as s:
        view = obs.publish(s, cast.mentor, cast.placement_id, shift(cast, ratings=ratings))
    assert view.status == EntryStatus.PUBLISHED and view.published_at is not None
    assert view.author_name == "Ingrid Sæther"
    by_key = {r.competency_key: r for r in view.ratings}
    assert len(by_key) == 5
    com1 = by_key["COM-1"]
    assert (com1.level_code, com1.level_label) == ("5", "Exceptional")
    assert com1.competency_anchor.startswith("Is a trusted, familiar presence")
    assert com1.requires_comment and com1.comment == "Calmed a queue at the servery alone."
    assert by_key["ETH-2"].is_not_observed
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Rating)) == 5
        assert s.scalar(select(func.count()).where(AuditEvent.action == "observation.publish")) == 1
        again = obs.get_observation(s, cast.mentor, view.id)
    assert again.ratings == view.ratings


def test_publishing_names_each_problem_by_field(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    extreme = cast.competency("TAC-2")
    data = shift(
        cast,
        observed_on=date.today() + timedelta(days=1),
        narrative="   ",
        ratings=(obs.RatingInput(extreme, 1, "  "),),
    )
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        obs.publish(s, cast.mentor, cast.placement_id, data)
    problems = problems_of(exc)
    assert set(problems) == {"observed_on", "narrative", f"rating:{extreme}"}
    assert "future" in problems["observed_on"]
    assert (
        "comment" in problems[f"rating:{extreme}"]
        and "Not acceptable" in problems[f"rating:{extreme}"]
    )
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Observation)) == 0


def test_publishing_needs_a_rating_and_a_date_inside_the_placement(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    data = shift(cast, observed_on=cast.starts_on - timedelta(days=1), ratings=())
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        obs.publish(s, cast.mentor, cast.placement_id, data)
    assert set(problems_of(exc)) == {"observed_on", "ratings"}
    assert "outside the placement" in problems_of(exc)["observed_on"]


def test_not_observed_alone_is_enough_to_publish(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    data = shift(cast, ratings=(obs.RatingInput(cast.competency("SUR-1"), 0),))
    with db.transaction() as s:
        assert obs.publish(s, cast.mentor, cast.placement_id, data).is_published


def test_a_draft_may_be_incomplete_but_not_unrated(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    extreme = cast.competency("COM-2")
    data = shift(cast, narrative="", ratings=(obs.RatingInput(extreme, 1),))
    with db.transaction() as s:
        draft = obs.save_draft(s, cast.mentor, cast.placement_id, data)
    assert draft.status == EntryStatus.DRAFT and draft.published_at is None
    unrated = shift(cast, ratings=(obs.RatingInput(extreme, None),))
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        obs.save_draft(s, cast.mentor, cast.placement_id, unrated, draft.id)
    assert "Choose a level" in problems_of(exc)[f"rating:{extreme}"]


def test_editing_replaces_the_set_of_ratings(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        first = obs.save_draft(s, cast.mentor, cast.placement_id, shift(cast))
    kept, dropped = cast.competency("COM-1"), cast.competency("COM-3")
    ratings = (
        obs.RatingInput(kept, 4, "Steady", True),
        *(obs.RatingInput(cast.competency(k), 3) for k in FIVE[2:]),
        obs.RatingInput(cast.competency("LAW-3"), 2),
    )
    with db.transaction() as s:
        view = obs.publish(
            s, cast.mentor, cast.placement_id, shift(cast, ratings=ratings), first.id
        )
    assert view.id == first.id
    ids = {r.competency_id: r for r in view.ratings}
    assert dropped not in ids and cast.competency("LAW-3") in ids
    assert ids[kept].level_value == 4 and ids[kept].not_responding_to_training
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Rating)) == 5


def test_a_published_observation_is_not_turned_back_into_a_draft(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        view = obs.publish(s, cast.mentor, cast.placement_id, shift(cast))
    with db.transaction() as s, pytest.raises(ValidationError):
        obs.save_draft(s, cast.mentor, cast.placement_id, shift(cast), view.id)


def test_only_a_mentor_of_the_placement_records_observations(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    for outsider in (cast.student, cast.other_mentor, cast.coordinator):
        with db.transaction() as s, pytest.raises(PermissionDeniedError):
            obs.publish(s, outsider, cast.placement_id, shift(cast))
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Observation)) == 0


def test_a_mentor_cannot_read_or_edit_a_colleagues_private_note(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    private = shift(cast, visibility=Visibility.PRIVATE, narrative="Worried about boundaries.")
    with db.transaction() as s:
        note = obs.publish(s, cast.mentor, cast.placement_id, private)
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        obs.get_observation(s, cast.co_mentor, note.id)
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        obs.publish(s, cast.co_mentor, cast.placement_id, shift(cast), note.id)
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        obs.delete_observation(s, cast.co_mentor, note.id)
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        obs.get_observation(s, cast.student, note.id)
    with db.transaction() as s:
        assert s.get(Observation, note.id).narrative == "Worried about boundaries."


def test_the_student_reads_published_shared_feedback_only(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        shared = obs.publish(s, cast.mentor, cast.placement_id, shift(cast))
        draft = obs.save_draft(s, cast.mentor, cast.placement_id, shift(cast))
    with db.transaction() as s:
        assert obs.get_observation(s, cast.student, shared.id).narrative.startswith("Jüri")
        with pytest.raises(PermissionDeniedError):
            obs.get_observation(s, cast.student, draft.id)
        choices = obs.linkable_observations(s, cast.student, cast.placement_id)
    assert [c.id for c in choices] == [shared.id]


def test_a_locked_observation_cannot_be_changed(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        view = obs.publish(s, cast.mentor, cast.placement_id, shift(cast))
        s.get(Observation, view.id).locked_at = utcnow()
    attempts = (
        lambda s: obs.publish(s, cast.mentor, cast.placement_id, shift(cast), view.id),
        lambda s: obs.mark_discussed(s, cast.mentor, view.id),
        lambda s: obs.delete_observation(s, cast.mentor, view.id),
    )
    for attempt in attempts:
        with db.transaction() as s, pytest.raises(ServiceError, match="locked"):
            attempt(s)


def test_delete_and_restore(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        view = obs.publish(s, cast.mentor, cast.placement_id, shift(cast))
    with db.transaction() as s:
        obs.delete_observation(s, cast.mentor, view.id)
    with db.transaction() as s:
        assert s.get(Observation, view.id).deleted_at is not None
        assert obs.linkable_observations(s, cast.mentor, cast.placement_id) == []
        with pytest.raises(NotFoundError):
            obs.mark_discussed(s, cast.mentor, view.id)
    with db.transaction() as s:
        obs.restore_observation(s, cast.mentor, view.id)
    with db.transaction() as s:
        assert s.get(Observation, view.id).deleted_at is None
        assert obs.mark_discussed(s, cast.mentor, view.id).discussed_with_student
