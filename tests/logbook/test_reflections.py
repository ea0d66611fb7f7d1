"""Reflections: templates, who writes and reads them, links to observations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mentorlog.models import ReflectionTemplate, Shift, Visibility
from mentorlog.services import observations as obs
from mentorlog.services import reflections as refl
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from tests.logbook_cast import Cast

GIBBS = {
    "description": "A prisoner shouted at me at the servery.",
    "feelings": "I felt my face go hot.",
    "evaluation": "I kept my voice low.",
    "analysis": "He had bad news from home.",
    "conclusion": "Asking first would have helped.",
    "action_plan": "Check the wing log before unlock.",
}


def gibbs(**changes) -> refl.ReflectionInput:  # type: ignore[no-untyped-def]
    values = {
        "written_on": date.today(),
        "template": ReflectionTemplate.GIBBS,
        "sections": GIBBS,
        "title": "Servery",
    }
    values.update(changes)
    return refl.ReflectionInput(**values)


def test_student_writes_a_gibbs_reflection_linked_to_an_observation(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        shift = obs.publish(
            s,
            cast.mentor,
            cast.placement_id,
            obs.ObservationInput(
                date.today() - timedelta(days=1),
                Shift.LATE,
                "Servery incident handled calmly.",
                ratings=(obs.RatingInput(cast.competency("COM-3"), 3),),
            ),
        )
    with db.transaction() as s:
        view = refl.create_reflection(
            s, cast.student, cast.placement_id, gibbs(observation_id=shift.id)
        )
    assert view.sections == GIBBS and view.observation_id == shift.id
    assert view.author_name == "Jüri Õunapuu"
    with db.transaction() as s:
        seen = refl.list_reflections(s, cast.mentor, cast.placement_id)
    assert [r.id for r in seen] == [view.id]


def test_each_template_names_what_is_missing(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    socratic = refl.ReflectionInput(
        date.today(), ReflectionTemplate.SOCRATIC, {"agreed_answer": "Talk first."}
    )
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        refl.create_reflection(s, cast.mentor, cast.placement_id, socratic)
    assert set(exc.value.problems) == {"question", "experience"}
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        refl.create_reflection(
            s, cast.student, cast.placement_id, gibbs(sections={"feelings": "tired"})
        )
    assert set(exc.value.problems) == {"description"}


def test_switching_template_keeps_only_its_sections(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        view = refl.create_reflection(s, cast.student, cast.placement_id, gibbs())
        free = gibbs(template=ReflectionTemplate.FREE_TEXT, sections={**GIBBS, "text": "Short."})
        changed = refl.update_reflection(s, cast.student, view.id, free)
    assert changed.sections == {"text": "Short."}


def test_a_private_reflection_is_for_its_author_alone(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        private = refl.create_reflection(
            s, cast.student, cast.placement_id, gibbs(visibility=Visibility.PRIVATE)
        )
    with db.transaction() as s:
        assert refl.list_reflections(s, cast.mentor, cast.placement_id) == []
        with pytest.raises(PermissionDeniedError):
            refl.get_reflection(s, cast.mentor, private.id)
        assert refl.get_reflection(s, cast.student, private.id).title == "Servery"


def test_only_the_author_changes_a_reflection_and_outsiders_write_none(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        view = refl.create_reflection(s, cast.student, cast.placement_id, gibbs())
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        refl.update_reflection(s, cast.mentor, view.id, gibbs(title="Changed"))
    for outsider in (cast.other_mentor, cast.coordinator):
        with db.transaction() as s, pytest.raises(PermissionDeniedError):
            refl.create_reflection(s, outsider, cast.placement_id, gibbs())


def test_a_link_to_another_placements_observation_is_refused(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        elsewhere = obs.publish(
            s,
            cast.other_mentor,
            cast.other_placement_id,
            obs.ObservationInput(
                date.today(),
                Shift.DAY,
                "Elsewhere.",
                ratings=(obs.RatingInput(cast.competency("COM-1"), 0),),
            ),
        )
    with db.transaction() as s, pytest.raises(ValidationError) as exc:
        refl.create_reflection(
            s, cast.student, cast.placement_id, gibbs(observation_id=elsewhere.id)
        )
    assert set(exc.value.problems) == {"observation_id"}


def test_delete_and_restore(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        view = refl.create_reflection(s, cast.student, cast.placement_id, gibbs())
        refl.delete_reflection(s, cast.student, view.id)
        assert refl.list_reflections(s, cast.student, cast.placement_id) == []
        refl.restore_reflection(s, cast.student, view.id)
        assert len(refl.list_reflections(s, cast.student, cast.placement_id)) == 1
