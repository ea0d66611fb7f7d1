"""Typed text survives an abrupt stop; deleting asks first and can be undone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFrame, QMainWindow, QMessageBox, QPushButton

from mentorlog.models import Observation, Shift
from mentorlog.services import drafts, observations, signoff
from mentorlog.services import observation_editing as editing
from mentorlog.services.changes import ChangeKind
from mentorlog.storage.database import Database, open_database
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors import open_observation_editor, recover_drafts
from mentorlog.ui.editors.draft_recovery import DraftRecovery
from mentorlog.ui.editors.observation_editor import ObservationEditor
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text, visible_child

TEXT = "Ночная смена: Jüri checked every cell door twice and logged a broken hatch."


def reopened() -> ObservationEditor | None:
    """The observation editor recovery opened, once it has loaded."""
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ObservationEditor) and w.isVisible() and not w._loading
        ),
        None,
    )


@contextmanager
def restarted(db_path, cast: Cast, qtbot) -> Iterator[tuple[Database, DraftRecovery]]:  # type: ignore[no-untyped-def]
    """Start again on a fresh connection to the same file, as after a restart: the mentor
    signs in and is offered the one draft kept."""
    db2 = open_database(db_path)
    ctx2 = AppContext(db2)
    try:
        ctx2.set_actor(cast.mentor)
        recovery = recover_drafts(ctx2, None)
        with qtbot.waitSignal(recovery.found, timeout=5000) as found:
            pass
        assert len(found.args[0]) == 1
        qtbot.waitUntil(recovery.isVisible)
        yield db2, recovery
    finally:
        assert ctx2.tasks.wait_idle(5000)
        db2.close()


def open_recovered(qtbot, recovery: DraftRecovery) -> ObservationEditor:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(recovery.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reopened() is not None)
    again = reopened()
    assert again is not None
    return again


def test_typed_text_survives_an_abrupt_stop(mentor_ctx, cast: Cast, db_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_observation_editor(mentor_ctx, None, cast.placement_id)
    qtbot.waitUntil(lambda: editor.isEnabled())
    with qtbot.waitSignal(editor.autosaver.saved, timeout=10_000):
        type_text(qtbot, editor.narrative, TEXT)
    # The app stops without closing anything: no close event, no save, no clean-up.
    shiboken6.delete(editor)
    assert mentor_ctx.tasks.wait_idle(5000)

    with restarted(db_path, cast, qtbot) as (_, recovery):
        assert "Jüri Õunapuu" in recovery.list.item(0).text()
        assert "Ночная смена" in recovery.list.item(0).text()
        again = open_recovered(qtbot, recovery)
        assert again.narrative.toPlainText() == TEXT
        assert again.restored.isVisible()
        again.autosaver.stop()
        again._may_close = True
        again.close()


def test_an_amendment_being_typed_survives_an_abrupt_stop(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, db, db_path, qtbot
) -> None:
    view = published(db, cast)
    with db.transaction() as s:
        signoff.sign_observation(s, cast.mentor, view.id)
    editor = open_observation_editor(mentor_ctx, None, cast.placement_id, view.id, amend=True)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.data is not None)
    assert editor.amending
    qtbot.keyClicks(editor.reason.edit, "Left out the hatch")
    editor.narrative.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.autosaver.saved, timeout=10_000):
        type_text(qtbot, editor.narrative, " Logged the broken hatch.")
    shiboken6.delete(editor)  # the app stops: no close, no save
    assert mentor_ctx.tasks.wait_idle(5000)

    with restarted(db_path, cast, qtbot) as (db2, recovery):
        assert "Amendment of a signed observation" in recovery.list.item(0).text()
        again = open_recovered(qtbot, recovery)
        assert again.amending  # reopened to amend, not to read
        assert again.narrative.toPlainText() == "Night round. Logged the broken hatch."
        assert not again.narrative.isReadOnly()
        assert again.reason.text() == "Left out the hatch"
        assert "Restored the amendment" in again.restored.text()

        with qtbot.waitSignal(again.published, timeout=5000) as done:
            qtbot.mouseClick(again.publish_button, Qt.MouseButton.LeftButton)
        with db2.transaction() as s:
            v2 = s.get(Observation, done.args[0].id)
            assert (v2.version, v2.amendment_reason) == (2, "Left out the hatch")
            assert v2.narrative.endswith("broken hatch.")
            assert drafts.list_drafts(s, cast.mentor) == []  # saved: nothing left to offer


def test_edits_kept_from_before_signing_come_back_as_an_amendment(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, db, qtbot
) -> None:
    view = published(db, cast)
    edited = replace(view.as_input(), narrative="Night round. Radio fault reported.")
    with db.transaction() as s:
        payload = editing.to_payload(edited, view.id)
        drafts.save_draft(s, cast.mentor, editing.DRAFT_KIND, cast.placement_id, view.id, payload)
        signoff.sign_observation(s, cast.mentor, view.id)  # at another desk, say

    recovery = recover_drafts(mentor_ctx, None)
    qtbot.waitUntil(recovery.isVisible)
    reader = open_recovered(qtbot, recovery)
    assert reader.narrative.isReadOnly() and reader.narrative.toPlainText() == "Night round."
    assert "Changes you typed for it are kept: Amend…" in reader.restored.text()
    assert reader.sign_bar.amend_button.isVisible()

    amending = reader.amend()
    assert amending is not None
    qtbot.waitUntil(lambda: amending.isEnabled() and amending.data is not None)
    assert amending.amending and not amending.narrative.isReadOnly()
    assert amending.narrative.toPlainText() == "Night round. Radio fault reported."
    with db.session() as s:
        assert [d.kind for d in drafts.list_drafts(s, cast.mentor)] == ["amendment"]


def test_no_dialog_when_there_is_nothing_to_recover(mentor_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    recovery = recover_drafts(mentor_ctx, None)
    with qtbot.waitSignal(recovery.found, timeout=5000) as found:
        pass
    assert found.args[0] == []
    assert not recovery.isVisible()


def published(db, cast: Cast) -> observations.ObservationView:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return observations.publish(
            s,
            cast.mentor,
            cast.placement_id,
            observations.ObservationInput(
                date.today() - timedelta(days=2),
                Shift.NIGHT,
                "Night round.",
                ratings=(observations.RatingInput(cast.competency("SUR-1"), 3),),
            ),
        )


def deleted_at(db, observation_id):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return s.get(Observation, observation_id).deleted_at


def test_delete_asks_first_and_can_be_undone(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = published(db, cast)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    editor = open_observation_editor(mentor_ctx, window, cast.placement_id, view.id)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.delete_button.isVisible())

    # Cancelling the question deletes nothing.
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_child(editor, QMessageBox, "confirmDelete") is not None)
    box = visible_child(editor, QMessageBox, "confirmDelete")
    assert box is not None and "Delete the observation of" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and deleted_at(db, view.id) is None

    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_child(editor, QMessageBox, "confirmDelete") is not None)
    box = visible_child(editor, QMessageBox, "confirmDelete")
    assert box is not None
    confirm = box.findChild(QPushButton, "confirmDeleteButton")
    with qtbot.waitSignal(mentor_ctx.changed, timeout=5000):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: deleted_at(db, view.id) is not None)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert mentor_ctx.undo_stack.canUndo()
    assert "deleted" in window.statusBar().currentMessage()

    toast = visible_child(window, QFrame, "undoToast")
    assert toast is not None
    with qtbot.waitSignal(mentor_ctx.changed, timeout=5000) as changed:
        qtbot.mouseClick(toast.findChild(QPushButton, "undoButton"), Qt.MouseButton.LeftButton)
    assert changed.args[0].ids(ChangeKind.OBSERVATION) == {view.id}
    assert deleted_at(db, view.id) is None

    with qtbot.waitSignal(mentor_ctx.changed, timeout=5000):
        mentor_ctx.undo_stack.redo()
    assert deleted_at(db, view.id) is not None
