"""The observation editor with the keyboard only: rating with the keys the card names, Tab
in reading order, Enter that presses no Delete, a private note saved without ratings,
and a required comment's red line gone once it is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from mentorlog.models import EntryStatus, Observation, Rating, ScaleLevel, Visibility
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text, visible_child
from tests.ui.editors.test_observation_editor import open_editor, tick


def _active(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


def test_digits_rate_the_competency_ticked_with_space(mentor_ctx, cast: Cast, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    calm, engage = cast.competency("COM-3"), cast.competency("COM-1")
    tick(editor, qtbot, "calming", calm)
    tree = editor.ratings.picker.tree
    qtbot.keyClick(tree, "5")
    assert editor.ratings.rows[calm].level_value == 5
    assert "Excellent" in editor.ratings.rows[calm].anchor.text() or editor.ratings.rows[
        calm
    ].anchor.text().startswith("<b>5")
    # Without ticking first: a digit on a competency ticks and rates it.
    tree.setCurrentItem(editor.ratings.picker.item_for(engage))
    qtbot.keyClick(tree, "0")
    assert editor.ratings.rows[engage].level_value == 0
    assert editor.ratings.picker.item_for(engage).checkState(0) == Qt.CheckState.Checked
    # On a level button, digits choose too; in the comment they are text.
    row = editor.ratings.rows[calm]
    qtbot.keyClick(row.group.button(5), "3")
    assert row.level_value == 3
    qtbot.keyClicks(row.comment, "2 prisoners")
    assert row.comment.text() == "2 prisoners" and row.level_value == 3


def test_tab_reaches_every_control_in_reading_order(mentor_ctx, cast: Cast, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    _active(editor, qtbot)
    calm, engage = cast.competency("COM-3"), cast.competency("COM-1")
    tick(editor, qtbot, "calming", calm)  # ticked second in the framework's order
    tick(editor, qtbot, "approaching", engage)
    first, second = editor.ratings.rows[engage], editor.ratings.rows[calm]  # COM-1, COM-3
    qtbot.waitUntil(lambda: first.isVisible() and second.isVisible())
    editor.narrative.setFocus()
    visited: list[QWidget] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        visited.append(widget)
        if widget is editor.publish_button:
            break
    expected = [
        editor.ratings.picker.search,
        editor.ratings.picker.tree,
        *first.tab_stops(),
        *second.tab_stops(),
        editor.discussed,
        editor.shared,  # the checked one of the pair
        editor.close_button,
        editor.draft_button,
        editor.publish_button,
    ]
    assert visited == expected
    # Every stop is a control the mentor can see.
    assert all(w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus for w in visited)
    # The levels are one stop, like radio buttons: Tab lands on the chosen one, the
    # arrows change it.
    assert first.tab_stops()[0] is first.group.button(0)
    qtbot.keyClick(first.group.button(0), "4")
    editor.ratings.picker.tree.setFocus()
    qtbot.keyClick(editor.ratings.picker.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.group.button(4)
    qtbot.keyClick(first.group.button(4), Qt.Key.Key_Right)
    assert first.level_value == 5 and QApplication.focusWidget() is first.group.button(5)
    qtbot.keyClick(first.group.button(5), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.remove_button


def test_enter_in_a_field_of_a_saved_observation_asks_nothing(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, db, qtbot
) -> None:
    editor = open_editor(mentor_ctx, cast, qtbot)
    type_text(qtbot, editor.narrative, "Roll check on A-wing.")
    qtbot.keyClick(editor.narrative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.state.text() == "Draft saved", timeout=5000)
    assert editor.delete_button.isVisible()
    _active(editor, qtbot)
    field = editor.fields.setting.lineEdit()
    field.setFocus()
    qtbot.keyClicks(field, "Landing")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert visible_child(editor, QMessageBox, "confirmDelete") is None
    assert editor.isVisible()
    assert not any(b.isDefault() for b in (editor.delete_button, editor.publish_button))
    # Enter on a focused button presses it, as Space does: here, Delete asks.
    editor.delete_button.setFocus()
    qtbot.keyClick(editor.delete_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible_child(editor, QMessageBox, "confirmDelete") is not None)
    box = visible_child(editor, QMessageBox, "confirmDelete")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter answers Cancel
    qtbot.waitUntil(lambda: not box.isVisible())
    mentor_ctx.tasks.wait_idle()
    with db.transaction() as s:
        assert s.scalars(select(Observation.deleted_at)).one() is None


def test_a_private_note_is_saved_without_ratings(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    _active(editor, qtbot)
    qtbot.keyClick(editor.narrative, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Pri&vate
    qtbot.waitUntil(editor.private.isChecked)
    assert editor.publish_button.text().replace("&", "") == "Save note"
    assert not editor.draft_button.isVisible()
    type_text(qtbot, editor.narrative, "Worried he is being leaned on; watch at association.")
    with qtbot.waitSignal(editor.published, timeout=5000) as saved:
        qtbot.keyClick(editor.narrative, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with db.transaction() as s:
        note = s.get(Observation, saved.args[0].id)
        assert note.visibility == Visibility.PRIVATE and note.status == EntryStatus.PUBLISHED
        assert s.scalars(select(Rating).where(Rating.observation_id == note.id)).all() == []
    # Shared again, the button publishes and ratings are asked for.
    other = open_editor(mentor_ctx, cast, qtbot)
    assert other.publish_button.text().replace("&", "") == "Publish"


def test_the_required_comment_problem_goes_as_the_comment_is_written(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, db, qtbot
) -> None:
    editor = open_editor(mentor_ctx, cast, qtbot)
    type_text(qtbot, editor.narrative, "Roll check on A-wing.")
    calm = cast.competency("COM-3")
    tick(editor, qtbot, "calming", calm)
    with db.transaction() as s:
        needs = s.scalars(select(ScaleLevel.value).where(ScaleLevel.requires_comment)).first()
    qtbot.keyClick(editor.ratings.picker.tree, str(needs))
    qtbot.keyClick(editor.narrative, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = editor.ratings.rows[calm]
    qtbot.waitUntil(lambda: row.problem.isVisible(), timeout=5000)
    assert "Write a comment" in row.problem.text()
    qtbot.keyClicks(row.comment, "Raised his voice")
    assert not row.problem.isVisible()
