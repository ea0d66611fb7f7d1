"""Goals with progress notes, mid-point and final reviews, and causes for concern."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from mentorlog.models import (
    ConcernStatus,
    Domain,
    EntryStatus,
    GoalStatus,
    OverallProgress,
    ReviewKind,
)
from mentorlog.services import concerns, goals, reviews
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from tests.logbook_cast import Cast

TODAY = date.today()


def test_goals_with_competencies_and_progress_notes(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    sur, com = cast.competency("SUR-3"), cast.competency("COM-3")
    with db.transaction() as s:
        later = goals.create_goal(
            s,
            cast.mentor,
            cast.placement_id,
            goals.GoalInput("Talk a tense prisoner down", "Shadow Anna twice.", (com,)),
        )
        soon = goals.create_goal(
            s,
            cast.student,
            cast.placement_id,
            goals.GoalInput(
                "Notice changes on the wing", "Walk the landing hourly.", (sur, com), TODAY
            ),
        )
    with db.transaction() as s:
        noted = goals.add_progress_note(s, cast.student, soon.id, "Spotted a new bruise; reported.")
    assert noted.status == GoalStatus.IN_PROGRESS
    assert [n.author_name for n in noted.notes] == ["Jüri Õunapuu"]
    with db.transaction() as s:
        listed = goals.list_goals(s, cast.coordinator, cast.placement_id)
    assert [g.id for g in listed] == [soon.id, later.id]
    assert {c.key for c in listed[0].competencies} == {"SUR-3", "COM-3"}
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        goals.update_goal(s, cast.mentor, soon.id, goals.GoalInput("  "))
    assert set(exc.value.problems) == {"title"}
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        goals.create_goal(s, cast.coordinator, cast.placement_id, goals.GoalInput("Mine"))
    with db.transaction() as s:
        goals.update_goal(
            s, cast.mentor, later.id, goals.GoalInput("Talk down", status=GoalStatus.ACHIEVED)
        )
        goals.delete_goal(s, cast.student, soon.id)
        remaining = goals.list_goals(s, cast.student, cast.placement_id)
    assert [(g.id, g.competencies) for g in remaining] == [(later.id, ())]


def review(**changes) -> reviews.ReviewInput:  # type: ignore[no-untyped-def]
    values = {
        "kind": ReviewKind.MIDPOINT,
        "held_on": TODAY,
        "overall_progress": OverallProgress.ON_TRACK,
        "summary": "Jüri is settling in well.",
        "agreed_actions": "More night shifts.",
    }
    values.update(changes)
    return reviews.ReviewInput(**values)


def test_reviews_from_draft_to_published(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        com_domain = s.scalar(
            select(Domain.id).where(
                Domain.key == "COM", Domain.framework_version_id == cast.framework.version_id
            )
        )
    summaries = (reviews.DomainSummaryInput(com_domain, "Warm, confident contact.", 4),)
    with db.transaction() as s:
        draft = reviews.save_review_draft(
            s, cast.mentor, cast.placement_id, review(summary="", domains=summaries)
        )
    assert draft.status == EntryStatus.DRAFT
    assert [(d.domain_name, d.level_code) for d in draft.domains] == [
        ("Communication and interaction", "4")
    ]
    with db.transaction() as s:
        assert reviews.list_reviews(s, cast.student, cast.placement_id) == []
        with pytest.raises(PermissionDeniedError):
            reviews.get_review(s, cast.student, draft.id)
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        reviews.publish_review(
            s,
            cast.mentor,
            cast.placement_id,
            review(summary="", overall_progress=OverallProgress.PASSED),
            draft.id,
        )
    assert set(exc.value.problems) == {"summary", "overall_progress"}
    with db.transaction() as s:
        published = reviews.publish_review(
            s, cast.co_mentor, cast.placement_id, review(domains=()), draft.id
        )
    assert published.is_published and published.domains == ()
    with db.transaction() as s:
        assert [r.id for r in reviews.list_reviews(s, cast.student, cast.placement_id)] == [
            draft.id
        ]
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        reviews.save_review_draft(s, cast.student, cast.placement_id, review())


def concern(**changes) -> concerns.ConcernInput:  # type: ignore[no-untyped-def]
    values = {
        "raised_on": TODAY,
        "description": "Stays in the office during association.",
        "action_plan": "Two landing walks per shift with Ingrid.",
        "review_on": TODAY + timedelta(days=14),
    }
    values.update(changes)
    return concerns.ConcernInput(**values)


def test_a_concern_from_raised_to_resolved(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        concerns.raise_concern(
            s,
            cast.mentor,
            cast.placement_id,
            concern(action_plan="", review_on=TODAY - timedelta(days=1)),
        )
    assert set(exc.value.problems) == {"action_plan", "review_on"}
    with db.transaction() as s:
        raised = concerns.raise_concern(s, cast.mentor, cast.placement_id, concern())
        assert concerns.open_concern_counts(s, cast.mentor) == {cast.placement_id: 1}
        assert concerns.open_concern_counts(s, cast.other_mentor) == {}
    assert raised.is_open and raised.raised_by_name == "Ingrid Sæther"
    with db.transaction() as s:
        watching = concerns.change_status(s, cast.mentor, raised.id, ConcernStatus.MONITORING)
    assert watching.is_open
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        concerns.change_status(s, cast.mentor, raised.id, ConcernStatus.RESOLVED, "  ")
    assert set(exc.value.problems) == {"outcome"}
    with db.transaction() as s:
        done = concerns.change_status(
            s, cast.co_mentor, raised.id, ConcernStatus.RESOLVED, "Now walks the landing unasked."
        )
    assert not done.is_open and done.closed_at is not None
    with db.transaction() as s, pytest.raises(ValidationError):
        concerns.change_status(s, cast.mentor, raised.id, ConcernStatus.MONITORING)
    with db.transaction() as s:
        assert concerns.list_concerns(s, cast.mentor, cast.placement_id, open_only=True) == []
        assert [c.status for c in concerns.list_concerns(s, cast.student, cast.placement_id)] == [
            ConcernStatus.RESOLVED
        ]
        reopened = concerns.change_status(s, cast.mentor, raised.id, ConcernStatus.OPEN)
    assert reopened.is_open and reopened.closed_at is None


def test_an_escalated_concern_is_open_everywhere_until_resolved(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    """Handed on to the academy is not settled: every reader counts it open, none closes it."""
    from mentorlog.services.placements import list_placements
    from mentorlog.services.report_data import student_report

    with db.transaction() as s:
        raised = concerns.raise_concern(s, cast.mentor, cast.placement_id, concern())
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        concerns.change_status(s, cast.mentor, raised.id, ConcernStatus.ESCALATED, "")
    assert set(exc.value.problems) == {"outcome"}
    with db.transaction() as s:
        handed_on = concerns.change_status(
            s, cast.mentor, raised.id, ConcernStatus.ESCALATED, "Referred to the academy."
        )
    assert handed_on.is_open and handed_on.closed_at is None
    with db.transaction() as s:
        assert concerns.open_concern_counts(s, cast.mentor) == {cast.placement_id: 1}
        assert [r.open_concerns for r in list_placements(s, cast.mentor)] == [1]
        assert len(concerns.list_concerns(s, cast.mentor, cast.placement_id, open_only=True)) == 1
        report = student_report(s, cast.mentor, cast.placement_id)
    assert report.open_concerns == 1
    assert [(c.status, c.closed_on) for c in report.concerns] == [("escalated", None)]
    with db.transaction() as s:
        done = concerns.change_status(
            s, cast.coordinator, raised.id, ConcernStatus.RESOLVED, "Joint review held; passed."
        )
        assert concerns.open_concern_counts(s, cast.mentor) == {}
    assert not done.is_open and done.closed_at is not None


def test_a_student_cannot_raise_a_concern(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        concerns.raise_concern(s, cast.student, cast.placement_id, concern())
