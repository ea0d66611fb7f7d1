"""Signed in as a student: the app opens on their current placement with new feedback
first; they acknowledge or disagree (recorded against the version they read), rate
themselves beside the mentor, comment on goals and sign a review waiting for them."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from sqlalchemy import select

from mentorlog.models import GoalProgressNote, Observation, Role, SignOff, SignOffKind
from mentorlog.services import signoff
from mentorlog.ui.dossier.answer_feedback import DisagreeDialog
from mentorlog.ui.dossier.competencies_model import MENTOR, SELF
from mentorlog.ui.dossier.dossier_view import DossierView
from mentorlog.ui.dossier.feedback_tab import FeedbackTab
from mentorlog.ui.dossier.self_assessment_dialog import SelfAssessmentDialog
from mentorlog.ui.main_window import MainWindow
from mentorlog.ui.ui_state import UiState
from tests.ui.student.conftest import StudentWorld

LEFT = Qt.MouseButton.LeftButton


def _dossier(qtbot, ctx, world: StudentWorld) -> tuple[DossierView, FeedbackTab]:  # type: ignore[no-untyped-def]
    dossier = DossierView(ctx)
    qtbot.addWidget(dossier)
    dossier.resize(1100, 700)
    dossier.show()
    tab = dossier.extra_tabs["feedback"]
    assert isinstance(tab, FeedbackTab)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dossier.set_placement(world.placement_id)
    return dossier, tab


def _texts(tab: FeedbackTab) -> str:
    rows = [*tab.new_model.rows(), *tab.answered_model.rows()]
    return " ".join(r.narrative for r in rows)


def _answers(db, observation_id):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return [
            (a.kind, a.record_version, a.comment, a.role)
            for a in s.scalars(select(SignOff).where(SignOff.record_id == observation_id))
        ]


def test_the_student_opens_on_their_current_placement_with_new_feedback_first(
    qtbot, student_view_ctx, student_world: StudentWorld, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(student_view_ctx, state)
    qtbot.addWidget(window)
    window.show()
    tab = window.dossier.extra_tabs["feedback"]
    qtbot.waitUntil(lambda: tab.new_model.rowCount() == 1, timeout=10_000)
    # The current placement, not the finished one listed first.
    assert window.panel.selected_placement == student_world.placement_id
    assert window.dossier.tabs.currentWidget() is tab
    assert window.dossier.tabs.tabText(0).replace("&", "") == "Feedback"
    # The keyboard starts in the new feedback, not in the list of placements.
    qtbot.waitUntil(lambda: tab.new_table.hasFocus(), timeout=5_000)
    item = tab.new_model.row_at(0)
    assert item.id == student_world.new_feedback and item.mentor_name == "Liis Tamm"
    assert [r.id for r in tab.answered_model.rows()] == [student_world.answered]
    # The detail: date, mentor, narrative and ratings with their labels.
    detail = tab.detail.toPlainText()
    assert "Liis Tamm" in detail and "Ørjan" in detail
    assert "COM-1" in detail and "4 – " in detail and "RSK-2" in detail
    assert tab.acknowledge_button.isVisible() and tab.disagree_button.isVisible()
    assert "1 new" in tab.banner.text() and "signature" in tab.banner.text()
    # Never a private note, a draft, another placement or another student.
    shown = _texts(tab)
    for hidden in ("Liis only", "Draft not yet", "Анна", "Last spring"):
        assert hidden not in shown
    # What a mentor does stays off; what a student does is on.
    assert not window.new_observation.isEnabled() and not window.new_observation.isVisible()
    assert window.new_reflection.isEnabled() and window.new_reflection.isVisible()
    # Nothing to choose that a student cannot have: no shared-or-private filter (they see
    # only what was shared), and no choice of whom a report is about.
    assert not window.dossier.timeline.filters.visibility.isVisibleTo(window)
    from mentorlog.ui.export_dialog import open_export_dialog

    export = open_export_dialog(student_view_ctx, window, student_world.placement_id)
    qtbot.waitUntil(lambda: export.export_button.isEnabled(), timeout=10_000)
    assert not any(
        b.isVisibleTo(export) for b in (export.mode_one, export.mode_several, export.mode_cohort)
    )
    assert export.student_combo.count() >= 1 and export.student_combo.isVisibleTo(export)
    export.close()  # deletes itself; the window goes with qtbot
    window.close()


def test_acknowledge_and_disagree_are_recorded_against_the_version_read(
    qtbot, db, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    _, tab = _dossier(qtbot, student_view_ctx, student_world)
    assert tab.current_item().id == student_world.new_feedback
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(tab.acknowledge_button, LEFT)
    assert _answers(db, student_world.new_feedback) == [
        (SignOffKind.ACKNOWLEDGED, 1, "", Role.STUDENT)
    ]
    assert tab.new_stack.showing_empty
    assert "No new feedback" in tab.new_stack.empty.text()
    assert {r.id for r in tab.answered_model.rows()} == {
        student_world.new_feedback,
        student_world.answered,
    }
    assert "You acknowledged version 1" in tab.detail.toPlainText()

    # The mentor corrects the acknowledged feedback: version 2 is new again.
    with db.transaction() as s:
        signoff.sign_observation(s, student_world.mentor, student_world.new_feedback)
        amended = signoff.amend_observation(
            s,
            student_world.mentor,
            student_world.new_feedback,
            {"narrative": "Talked Ørjan down at the servery; kept his distance."},
            "Added the distance kept",
        )
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.refresh()
    assert [r.id for r in tab.new_model.rows()] == [amended]
    assert "version 2" in tab.detail.toPlainText()

    # Disagreeing needs a comment; the message shows beside the field.
    qtbot.mouseClick(tab.disagree_button, LEFT)
    dialog = tab.findChild(DisagreeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert "disagree" in dialog.problem.text() and dialog.isVisible()
    assert _answers(db, amended) == [(SignOffKind.SIGNED, 2, "", Role.MENTOR)]
    qtbot.keyClicks(dialog.comment, "I kept two metres; it is in the log.")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert not isValid(dialog) or not dialog.isVisible()  # closed, and deleted on close
    assert (SignOffKind.DISAGREED, 2, "I kept two metres; it is in the log.", Role.STUDENT) in (
        _answers(db, amended)
    )
    with db.session() as s:
        assert s.get(Observation, amended).version == 2
    row = tab.answered_model.row_of(amended)
    assert tab.answered_model.index(row, 3).data() == "Disagreed"
    assert "I kept two metres" in tab.detail.toPlainText()


def test_a_self_assessment_shows_beside_the_mentors_rating(
    qtbot, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    dossier, _ = _dossier(qtbot, student_view_ctx, student_world)
    tab = dossier.competencies
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dossier.show_tab("competencies")
    row = tab.model.row_of("COM-1")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    assert tab.rate_button is not None and tab.rate_button.isEnabled()
    qtbot.mouseClick(tab.rate_button, LEFT)
    dialog = tab.findChild(SelfAssessmentDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert "COM-1" in dialog.heading.text()
    # Saving without a level says what is missing beside the levels.
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.level_problem.isVisible(), timeout=10_000)
    assert "level" in dialog.level_problem.text() and dialog.isVisible()
    assert dialog.save_button.isEnabled()
    dialog.levels.button(3).click()
    assert dialog.anchor.text()  # what level 3 looks like for this competency
    qtbot.keyClicks(dialog.comment, "Calmer than last month.")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    row = tab.model.row_of("COM-1")
    assert tab.model.index(row, MENTOR).data().startswith("4 – ")
    assert tab.model.index(row, SELF).data().startswith("3 – ")


def test_the_student_comments_on_a_goal_but_cannot_edit_or_delete_it(
    qtbot, db, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    dossier, _ = _dossier(qtbot, student_view_ctx, student_world)
    tab = dossier.extra_tabs["goals"]
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dossier.show_tab("goals")
    form = tab.goal_form
    assert not tab.new_button.isVisible() and not tab.delete_button.isVisible()
    assert form.title.isReadOnly() and not form.save_button.isVisible()
    assert form.title.cursorPosition() == 0 and form.action_plan.isReadOnly()
    # The competencies it develops, not the whole framework greyed out.
    assert not form.picker.isVisibleTo(form) and form.chosen.isVisibleTo(form)
    assert form.chosen.text()
    assert form.note.isVisible()
    qtbot.keyClicks(form.note, "Spoke with two men on the landing today.")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(form.note, Qt.Key.Key_Return)
    with db.session() as s:
        notes = s.scalars(select(GoalProgressNote.note)).all()
    assert notes == ["Spoke with two men on the landing today."]
    assert "Spoke with two men" in form.notes.item(0).text()


def test_the_student_signs_a_review_waiting_for_them(
    qtbot, db, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    _, tab = _dossier(qtbot, student_view_ctx, student_world)
    box = tab.reviews_box
    assert box.isVisible()
    sign = box.findChild(type(tab.acknowledge_button), "signReview")
    qtbot.mouseClick(sign, LEFT)
    assert box.confirm is not None and box.confirm.isVisible()
    # It "cannot be taken back": Enter answers Cancel, as the mentor's question does.
    first = box.confirm
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(first) or not first.isVisible())
    with db.session() as s:
        assert s.scalars(
            select(SignOff.role).where(SignOff.record_id == student_world.review)
        ).all() == [Role.MENTOR]
    qtbot.mouseClick(sign, LEFT)
    assert box.confirm is not None and box.confirm.isVisible()
    confirm = box.confirm.findChild(type(tab.acknowledge_button), "confirmSign")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(confirm, LEFT)
    assert not box.isVisible()
    with db.session() as s:
        roles = s.scalars(
            select(SignOff.role).where(SignOff.record_id == student_world.review)
        ).all()
    assert sorted(roles) == sorted([Role.MENTOR, Role.STUDENT])


def test_reflect_on_feedback_opens_a_reflection_about_it(
    qtbot, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.editors.reflection_editor import ReflectionEditor

    _, tab = _dossier(qtbot, student_view_ctx, student_world)
    qtbot.mouseClick(tab.reflect_button, LEFT)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReflectionEditor))
    linked = str(student_world.new_feedback)
    qtbot.waitUntil(lambda: editor.observation.currentData() == linked, timeout=10_000)
    editor.close()


def test_cancelling_a_disagreement_leaves_the_chosen_feedback_in_place(
    qtbot, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    _, tab = _dossier(qtbot, student_view_ctx, student_world)
    assert tab.current_item().id == student_world.new_feedback
    qtbot.mouseClick(tab.disagree_button, LEFT)
    dialog = tab.findChild(DisagreeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=5_000)
    # The student goes on to read answered feedback; a refresh keeps it on screen rather
    # than jumping back to the new feedback they did not answer.
    tab.answered_table.setFocus()
    tab.answered_table.setCurrentIndex(tab.answered_model.index(0, 0))
    assert tab.current_item().id == student_world.answered
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.refresh()
    assert tab.current_item().id == student_world.answered
    assert tab.answered_table.currentIndex().row() == 0


def test_tab_reaches_acknowledge_from_the_new_feedback_without_changing_it(
    qtbot, student_view_ctx, student_world: StudentWorld
) -> None:  # type: ignore[no-untyped-def]
    dossier, tab = _dossier(qtbot, student_view_ctx, student_world)
    dossier.activateWindow()
    tab.new_table.setFocus()
    qtbot.waitUntil(tab.new_table.hasFocus, timeout=5_000)
    assert tab.current_item().id == student_world.new_feedback
    # Tab from the new feedback goes to what can be done with it: the text, then the
    # buttons; it does not pass through the answered list, which would choose an answered
    # entry and hide Acknowledge before the student gets there.
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if tab.acknowledge_button.hasFocus():
            break
    assert tab.acknowledge_button.hasFocus(), [w.objectName() for w in seen]
    assert tab.current_item().id == student_world.new_feedback
    qtbot.keyClick(tab.acknowledge_button, Qt.Key.Key_Tab)
    assert tab.disagree_button.hasFocus()
