"""Publishing a narrative that names a prisoner shows the names back first, with neutral
references offered; driven with the keys a mentor would press."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorlog.models import Observation, Rating
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text
from tests.ui.editors.test_observation_editor import open_editor, rate, tick

NAMING = "Jüri talked a prisoner, Jonas Berg (prison no. 2024-1187), down; Berg thanked him."
REPLACED = (
    "Jüri talked a prisoner, prisoner A ([prison number]), down; prisoner A thanked him."
)


def question(qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    def shown() -> QMessageBox | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox)
                and w.objectName() == "sensitiveTextQuestion"
                and w.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    box = shown()
    assert box is not None
    return box


def _written(editor, cast: Cast, qtbot, comment: str = "") -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, editor.narrative, NAMING)
    calm = cast.competency("COM-3")
    tick(editor, qtbot, "calming", calm)
    rate(editor, qtbot, calm, "2")
    type_text(qtbot, editor.ratings.rows[calm].comment, comment or "He calmed Berg down.")


def test_enter_replaces_every_name_and_the_whole_number_then_publishes(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, db, qtbot
) -> None:
    editor = open_editor(mentor_ctx, cast, qtbot)
    _written(editor, cast, qtbot)
    qtbot.keyClick(editor.narrative, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = question(qtbot)
    shown = box.informativeText()
    assert "“Jonas Berg” → “prisoner A” (a name after “prisoner”)" in shown
    assert "“prison no. 2024-1187” → “[prison number]”" in shown
    assert "COM-3" not in shown and "Calming tension through dialogue: “Berg”" in shown
    assert box.defaultButton().objectName() == "replaceFindings"
    with qtbot.waitSignal(editor.published, timeout=5000) as published:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    with db.transaction() as s:
        assert s.get(Observation, published.args[0].id).narrative == REPLACED
        comment = s.query(Rating.comment).filter_by(observation_id=published.args[0].id).scalar()
        assert comment == "He calmed prisoner A down."


def test_publish_as_written_keeps_the_text(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    _written(editor, cast, qtbot)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    with qtbot.waitSignal(editor.published, timeout=5000) as published:
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    with db.transaction() as s:
        assert s.get(Observation, published.args[0].id).narrative == NAMING


def test_esc_keeps_the_editor_open_and_publishes_nothing(mentor_ctx, cast: Cast, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    _written(editor, cast, qtbot)
    published: list[object] = []
    editor.published.connect(published.append)
    qtbot.keyClick(editor.narrative, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    mentor_ctx.tasks.wait_idle()
    assert editor.isVisible() and not published
    assert editor.narrative.toPlainText() == NAMING
    qtbot.waitUntil(lambda: editor.focusWidget() is editor.narrative)  # where typing goes


def test_a_narrative_without_names_publishes_without_asking(mentor_ctx, cast: Cast, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    type_text(qtbot, editor.narrative, "Jüri did the Roll check on A-wing on Monday.")
    calm = cast.competency("COM-3")
    tick(editor, qtbot, "calming", calm)
    rate(editor, qtbot, calm, "4")
    with qtbot.waitSignal(editor.published, timeout=5000):
        qtbot.keyClick(editor.narrative, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
