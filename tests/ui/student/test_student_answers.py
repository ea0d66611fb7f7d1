"""What a student says back: rating themself with every level's description in view, and
answering a cause for concern raised about them, which they read as text, not greyed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from mentorlog.models import AuditEvent, Concern, Person, Placement
from mentorlog.services import concerns
from mentorlog.ui.dossier.self_assessment_dialog import SelfAssessmentDialog
from tests.factories import Factory
from tests.ui.editors.driving import type_text
from tests.ui.student.conftest import TODAY, StudentWorld
from tests.ui.student.test_student_view import LEFT, _dossier


def test_rate_myself_shows_what_each_level_looks_like(
    qtbot, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    dossier, _ = _dossier(qtbot, student_view_ctx, student_world)
    tab = dossier.competencies
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dossier.show_tab("competencies")
    tab.view.setCurrentIndex(tab.model.index(tab.model.row_of("COM-1"), 0))
    qtbot.mouseClick(tab.rate_button, LEFT)
    dialog = tab.findChild(SelfAssessmentDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    descriptions = {
        value: dialog.findChild(QLabel, f"level-description-{value}")
        for value in range(len(dialog.levels.buttons()))
    }
    assert all(label is not None for label in descriptions.values())
    # Shown (a widget added to a shown dialog appears on the next turn of the event loop).
    qtbot.waitUntil(lambda: all(label.isVisible() for label in descriptions.values()))
    # COM-1's own words for level 4, before anything is chosen.
    framework = dialog._framework
    com1 = next(c for c in framework.competencies if c.key == "COM-1")
    assert descriptions[4].text() == (com1.anchors.get(4) or framework.level(4).anchor)
    qtbot.keyClick(dialog.levels.button(0), "4")  # a digit chooses, as on the mentor's card
    assert dialog.levels.checkedId() == 4


def _concern(db, world: StudentWorld) -> object:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        placement = s.get(Placement, world.placement_id)
        mentor = s.get(Person, world.mentor.person_id)
        return f.concern(placement, mentor, TODAY - timedelta(days=4), "Avoids the landing.").id


def test_the_student_reads_a_concern_as_text_and_answers_it(
    qtbot, db, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    concern_id = _concern(db, student_world)
    dossier, _ = _dossier(qtbot, student_view_ctx, student_world)
    dossier.show_tab("concerns")
    tab = dossier.extra_tabs["concerns"].tab
    qtbot.waitUntil(lambda: tab.current_row() is not None, timeout=10_000)
    form = tab.concern_form
    assert form.description.toPlainText() == "Avoids the landing."
    # Read-only, in the text's own colour: not the pale grey of a disabled field.
    assert form.description.isEnabled() and form.description.isReadOnly()
    assert form.raised_on.isEnabled() and form.raised_on.isReadOnly()
    assert not form.save_button.isVisible()
    assert form.reply_box.isVisible() and form.reply_button.isVisible()
    type_text(qtbot, form.reply, "Ich finde den Flur schwierig; ich übe mit Liis.")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(form.reply_button, Qt.Key.Key_Return)  # Enter on the button sends
    with db.session() as s:
        stored = s.get(Concern, concern_id)
        assert stored.student_response == "Ich finde den Flur schwierig; ich übe mit Liis."
        assert stored.student_responded_at is not None
        assert s.scalar(
            select(AuditEvent.action).where(AuditEvent.entity_id == concern_id)
        ) == "concern.respond"
    assert "you can change it" in form.reply_heading.text()
    # The mentor reads the answer, and cannot write it for the student.
    student_view_ctx.set_actor(student_world.mentor)
    qtbot.waitUntil(lambda: form.reply_heading.text().startswith("The student's reply"))
    assert form.reply.isReadOnly() and not form.reply_button.isVisible()
    with db.transaction() as s:
        try:
            concerns.respond(s, student_world.mentor, concern_id, "Not mine to say")
        except Exception as exc:
            assert "Only the student" in str(exc)
        else:
            raise AssertionError("a mentor answered for the student")
