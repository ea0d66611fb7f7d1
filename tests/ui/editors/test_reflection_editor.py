"""The reflection editor: templates change the sections, guidance shows, links to a shift."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from mentorlog.models import Reflection, ReflectionTemplate, Shift, Visibility
from mentorlog.services import observations
from mentorlog.ui.editors import open_reflection_editor
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text


def test_a_student_writes_a_gibbs_reflection_about_a_shift(
    student_ctx, cast: Cast, db, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        shift = observations.publish(
            s,
            cast.mentor,
            cast.placement_id,
            observations.ObservationInput(
                date.today() - timedelta(days=1),
                Shift.LATE,
                "Servery: a prisoner shouted at Jüri.",
                ratings=(observations.RatingInput(cast.competency("COM-3"), 3),),
            ),
        )
    editor = open_reflection_editor(student_ctx, None, cast.placement_id, observation_id=shift.id)
    qtbot.waitUntil(lambda: editor.isEnabled())
    assert editor.observation.currentData() == str(shift.id)
    assert "Servery" in editor.observation.currentText()
    assert editor.shared.text().replace("&", "") == "Shared with my mentors"
    assert list(editor.sections.editors) == ["text"]

    with qtbot.waitSignal(editor.template_changed):
        qtbot.keyClick(editor.template, Qt.Key.Key_Down)
    assert editor.sections.template == ReflectionTemplate.GIBBS
    assert list(editor.sections.editors) == [
        "description",
        "feelings",
        "evaluation",
        "analysis",
        "conclusion",
        "action_plan",
    ]
    guidance = editor.sections.findChild(QLabel, "guidance-feelings")
    assert guidance is not None and "thinking and feeling" in guidance.text()

    # Saving without the description is refused beside that section.
    type_text(qtbot, editor.sections.editors["feelings"], "Мне было страшно, then calmer.")
    with qtbot.waitSignal(editor.autosaver.saved, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    problem = editor.problems._fields["description"][0]
    assert problem.isVisible() and "Describe what happened" in problem.text()

    type_text(qtbot, editor.sections.editors["description"], "A prisoner shouted at me.")
    type_text(qtbot, editor.sections.editors["action_plan"], "Read the wing log first.")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        row = s.get(Reflection, saved.args[0].id)
        assert row.template == ReflectionTemplate.GIBBS
        assert row.author_id == cast.student.person_id
        assert row.observation_id == shift.id
        assert row.visibility == Visibility.SHARED
        assert row.sections["feelings"] == "Мне было страшно, then calmer."
        assert row.sections["action_plan"] == "Read the wing log first."
        assert set(row.sections) == {
            "description",
            "feelings",
            "evaluation",
            "analysis",
            "conclusion",
            "action_plan",
        }
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_switching_templates_keeps_what_was_typed(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_reflection_editor(mentor_ctx, None, cast.placement_id)
    qtbot.waitUntil(lambda: editor.isEnabled())
    assert editor.shared.text().replace("&", "") == "Shared with the student"
    qtbot.keyClicks(editor.sections.editors["text"], "Free thoughts")
    editor.template.setCurrentIndex(editor.template.findData(ReflectionTemplate.SOCRATIC))
    assert list(editor.sections.editors) == [
        "question",
        "experience",
        "agreed_answer",
        "participants",
    ]
    qtbot.keyClicks(editor.sections.editors["question"], "When may a rule bend?")
    qtbot.keyClicks(editor.sections.editors["experience"], "The late canteen order.")
    editor.template.setCurrentIndex(editor.template.findData(ReflectionTemplate.FREE_TEXT))
    assert editor.sections.editors["text"].toPlainText() == "Free thoughts"
    editor.template.setCurrentIndex(editor.template.findData(ReflectionTemplate.SOCRATIC))
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with db.transaction() as s:
        row = s.scalars(select(Reflection)).one()
    assert row.sections == {
        "question": "When may a rule bend?",
        "experience": "The late canteen order.",
        "agreed_answer": "",
        "participants": "",
    }
    assert row.author_id == cast.mentor.person_id


def test_the_mentor_reads_the_students_reflection(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services import reflections

    with db.transaction() as s:
        view = reflections.create_reflection(
            s,
            cast.student,
            cast.placement_id,
            reflections.ReflectionInput(
                date.today(), ReflectionTemplate.SOCRATIC, {"question": "Why?", "experience": "X"}
            ),
        )
    editor = open_reflection_editor(mentor_ctx, None, cast.placement_id, view.id)
    qtbot.waitUntil(lambda: editor.isEnabled())
    assert "Jüri Õunapuu" in editor.restored.text()
    assert editor.sections.editors["question"].isReadOnly()
    assert editor.sections.editors["question"].toPlainText() == "Why?"
    assert not editor.save_button.isVisible()
