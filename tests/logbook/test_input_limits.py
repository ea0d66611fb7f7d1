"""Bad input is refused with a message naming the problem, never stored, never a crash: a
narrative or reflection section over the stated limit, control and bidi-override
characters in one-line fields, a lone surrogate anywhere; and ``list`` output keeps one
record a line whatever the data holds."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text

from mentorlog.cli import main
from mentorlog.models import ReflectionTemplate, Role
from mentorlog.services import drafts, goals, people, reflections
from mentorlog.services import observations as obs
from mentorlog.services.access import SYSTEM
from mentorlog.services.errors import ValidationError
from mentorlog.services.text_rules import MAX_LONG_TEXT
from tests.logbook.test_observations import shift
from tests.logbook_cast import Cast


def _refused(db, work) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with db.transaction() as s, pytest.raises(ValidationError) as refused:
        work(s)
    return refused.value.problems


def test_a_narrative_over_the_limit_is_refused_naming_the_limit(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    huge = "The student walked the landing. " * (10_000_000 // 32)  # 10 MB, pasted
    for service in (obs.save_draft, obs.publish):
        problems = _refused(
            db,
            lambda s, f=service: f(s, cast.mentor, cast.placement_id, shift(cast, narrative=huge)),
        )
        assert "the limit is 100,000" in problems["narrative"]
    at_limit = "x" * MAX_LONG_TEXT
    with db.transaction() as s:
        saved = obs.save_draft(s, cast.mentor, cast.placement_id, shift(cast, narrative=at_limit))
    assert len(saved.narrative) == MAX_LONG_TEXT


def test_a_lone_surrogate_or_a_nul_is_a_validation_error(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    for bad in ("Half a character: \udc80 here", "A NUL \x00 from a paste"):
        problems = _refused(
            db,
            lambda s, b=bad: obs.publish(
                s, cast.mentor, cast.placement_id, shift(cast, narrative=b)
            ),
        )
        assert "narrative" in problems
    reflection = reflections.ReflectionInput(
        shift(cast).observed_on, ReflectionTemplate.FREE_TEXT, {"text": "y" * (MAX_LONG_TEXT + 1)}
    )
    problems = _refused(
        db, lambda s: reflections.create_reflection(s, cast.student, cast.placement_id, reflection)
    )
    assert "the limit is 100,000" in problems["text"]
    problems = _refused(
        db,
        lambda s: goals.create_goal(
            s, cast.student, cast.placement_id, goals.GoalInput("Listen\u202e to the wing")
        ),
    )
    assert "direction-changing" in problems["title"]


def test_an_autosave_keeps_text_with_a_broken_character(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        kept = drafts.save_draft(
            s, cast.mentor, "observation", cast.placement_id, None, {"narrative": "ab\ud800cd"}
        )
    assert kept.payload == {"narrative": "ab\ufffdcd"}


@pytest.mark.parametrize(
    ("given", "what"),
    [
        ("Ol\x00ga", "control characters"),
        ("Olga\tSmith", "tabs"),
        ("Olga\nSmith", "line breaks"),
        ("Olga\u202eSmith", "direction-changing"),
        ("Olga\u2066", "direction-changing"),
        ("Ol\udc00ga", "broken character"),
    ],
)
def test_names_refuse_control_and_bidi_characters(db, given: str, what: str) -> None:  # type: ignore[no-untyped-def]
    problems = _refused(
        db, lambda s: people.add_person(s, SYSTEM, given, "Иванова", roles=(Role.STUDENT,))
    )
    assert what in problems["given_name"]


def test_names_in_any_script_are_fine(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        for given, family in (("Ольга", "Иванова"), ("Jüri", "Õunapuu"), ("Émile", "Lefèvre")):
            people.add_person(s, SYSTEM, given, family, roles=(Role.STUDENT,))


def test_list_output_escapes_tabs_and_newlines(db, cast: Cast, capsys) -> None:  # type: ignore[no-untyped-def]
    # Names written before these checks existed may hold anything.
    with db.transaction() as s:
        s.execute(
            text("UPDATE person SET given_name = :g WHERE id = :id"),
            {"g": "Jüri\tTab\nLine\\", "id": cast.student.person_id.hex},  # type: ignore[union-attr]
        )
    path = db.path
    db.close()
    assert main(["--db", str(path), "list", "students"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2  # one student a line
    row = next(line for line in lines if "Jüri" in line)
    assert "Jüri\\tTab\\nLine\\\\ Õunapuu" in row
    assert len(row.split("\t")) == 5


def test_a_one_line_field_of_an_observation_refuses_a_tab(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    data = dataclasses.replace(shift(cast), setting="Wing\tB")
    problems = _refused(db, lambda s: obs.save_draft(s, cast.mentor, cast.placement_id, data))
    assert "one line" in problems["setting"]
