"""The observation editor driven as a mentor would: typing, ticking, rating, publishing."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from mentorlog.models import EntryStatus, Observation, Rating, ScaleLevel, Visibility
from mentorlog.ui.editors import open_observation_editor
from mentorlog.ui.editors.observation_editor import ObservationEditor
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text, visible_child

NARRATIVE = "Jüri ran the breakfast unlock on B landing and talked a shouting prisoner down."


def open_editor(ctx, cast: Cast, qtbot, observation_id=None) -> ObservationEditor:  # type: ignore[no-untyped-def]
    editor = open_observation_editor(ctx, None, cast.placement_id, observation_id)
    qtbot.waitUntil(lambda: editor.isEnabled() and not editor._loading)
    return editor


def tick(editor: ObservationEditor, qtbot, search: str, competency_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    """Find a competency by typing, then tick it with the keyboard."""
    picker = editor.ratings.picker
    picker.search.clear()
    qtbot.keyClicks(picker.search, search)
    item = picker.item_for(competency_id)
    assert item is not None and not item.isHidden()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # to the first match
    assert picker.tree.currentItem() is item
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: competency_id in editor.ratings.rows)


def rate(editor: ObservationEditor, qtbot, competency_id: uuid.UUID, digit: str) -> None:  # type: ignore[no-untyped-def]
    row = editor.ratings.rows[competency_id]
    row.setFocus()
    qtbot.keyClick(row, digit)
    assert row.level_value == int(digit)


def test_record_and_publish_an_observation_with_ratings(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    assert "Jüri Õunapuu" in editor.windowTitle()
    assert editor.ratings.empty.isVisible()
    type_text(qtbot, editor.narrative, NARRATIVE)
    qtbot.keyClicks(editor.fields.setting.lineEdit(), "B landing")
    calm, engage = cast.competency("COM-3"), cast.competency("COM-1")
    tick(editor, qtbot, "calming", calm)
    tick(editor, qtbot, "approaching", engage)
    rate(editor, qtbot, calm, "4")
    rate(editor, qtbot, engage, "0")
    anchor = editor.ratings.rows[calm].anchor.text()
    assert "Competent, works independently" in anchor
    assert cast.framework.competencies[2].anchors[4] in anchor  # COM-3's own wording
    qtbot.mouseClick(editor.discussed, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(editor.published, timeout=5000) as published:
        qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    view = published.args[0]
    qtbot.waitUntil(lambda: not editor.isVisible())
    with db.transaction() as s:
        obs = s.get(Observation, view.id)
        assert obs.narrative == NARRATIVE and obs.setting == "B landing"
        assert obs.status == EntryStatus.PUBLISHED and obs.discussed_with_student
        assert obs.visibility == Visibility.SHARED
        levels = dict(
            s.execute(
                select(Rating.competency_id, ScaleLevel.value)
                .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
                .where(Rating.observation_id == view.id)
            ).all()
        )
    assert levels == {calm: 4, engage: 0}


def test_a_required_comment_is_asked_for_next_to_the_rating(
    mentor_ctx, cast: Cast, db, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    type_text(qtbot, editor.narrative, NARRATIVE)
    force = cast.competency("TAC-3")
    tick(editor, qtbot, "TAC-3", force)
    rate(editor, qtbot, force, "1")
    row = editor.ratings.rows[force]
    assert "required" in row.comment_label.text() and "Not acceptable" in row.comment_label.text()

    with qtbot.waitSignal(editor.autosaver.saved, timeout=5000):
        qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert "Write a comment" in row.problem.text()
    assert row.hasFocus() or row.isAncestorOf(editor.focusWidget())
    assert "problems" in editor.state.text()
    with db.transaction() as s:
        assert s.scalars(select(Observation)).all() == []

    qtbot.keyClicks(row.comment, "Grabbed the prisoner's arm without warning; I stepped in.")
    with qtbot.waitSignal(editor.published, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with db.transaction() as s:
        assert s.scalar(select(Rating.comment)).startswith("Grabbed")


def test_save_draft_then_close_without_questions(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    qtbot.keyClicks(editor.narrative, "Half-written note")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(editor.narrative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.status == EntryStatus.DRAFT and "Draft" in editor.windowTitle()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    with db.transaction() as s:
        assert s.scalar(select(Observation.status)) == EntryStatus.DRAFT


def test_closing_with_unsaved_text_asks_first(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    qtbot.keyClicks(editor.narrative, "Not saved yet")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: visible_child(editor, QMessageBox, "unsavedChanges") is not None)
    box = visible_child(editor, QMessageBox, "unsavedChanges")
    assert editor.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.narrative.toPlainText() == "Not saved yet"
    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: visible_child(editor, QMessageBox, "unsavedChanges") is not None)
    box = visible_child(editor, QMessageBox, "unsavedChanges")
    discard = box.button(QMessageBox.StandardButton.Discard)
    assert isinstance(discard, QPushButton)
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    with db.transaction() as s:
        assert s.scalars(select(Observation)).all() == []


def test_a_private_note_looks_different(mentor_ctx, cast: Cast, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    assert "Shared" in editor.visibility_banner.text()
    qtbot.mouseClick(editor.private, Qt.MouseButton.LeftButton)
    assert "Private" in editor.visibility_banner.text()
    assert "dashed" in editor.narrative_frame.styleSheet()
    assert editor.narrative_frame.property("private") is True


def test_others_read_an_observation_without_changing_it(student_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from mentorlog.models import Shift
    from mentorlog.services import observations

    with db.transaction() as s:
        view = observations.publish(
            s,
            cast.mentor,
            cast.placement_id,
            observations.ObservationInput(
                date.today() - timedelta(days=1),
                Shift.LATE,
                NARRATIVE,
                ratings=(observations.RatingInput(cast.competency("COM-3"), 4),),
            ),
        )
    editor = open_editor(student_ctx, cast, qtbot, view.id)
    assert editor.narrative.isReadOnly() and editor.narrative.toPlainText() == NARRATIVE
    assert "Ingrid Sæther" in editor.restored.text() and editor.restored.isVisible()
    assert not editor.publish_button.isVisible() and not editor.delete_button.isVisible()
    row = editor.ratings.rows[cast.competency("COM-3")]
    assert row.level_value == 4 and row.comment.isReadOnly()
    qtbot.keyClick(row, "2")
    assert row.level_value == 4
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_the_missing_narrative_problem_goes_once_the_mentor_writes(
    mentor_ctx, cast: Cast, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.narrative_problem.isVisible())
    assert "Describe what you observed" in editor.narrative_problem.text()

    type_text(qtbot, editor.narrative, "   ")  # blanks still describe nothing
    assert editor.narrative_problem.isVisible()
    type_text(qtbot, editor.narrative, NARRATIVE)
    assert not editor.narrative_problem.isVisible()  # not left claiming it is still empty
