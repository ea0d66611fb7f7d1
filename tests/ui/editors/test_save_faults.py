"""A save the database cannot take (a full disk, another mentorlog holding the lock for
too long) is said in the user's words, once, and the typed text stays in the editor."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorlog.services import observations
from mentorlog.storage.faults import DISK_FULL
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text
from tests.ui.editors.test_observation_editor import open_editor

TYPED = "Jüri kept the landing calm while Ольга's cell was searched."


def _error_box(qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def test_a_full_disk_keeps_the_typed_text(mentor_ctx, cast: Cast, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(mentor_ctx, cast, qtbot)
    type_text(qtbot, editor.narrative, TYPED)

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(observations, "save_draft", full)
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    box = _error_box(qtbot)
    assert box.text() == DISK_FULL
    assert not box.detailedText()  # nothing of the driver's on screen
    assert editor.isVisible() and editor.narrative.toPlainText() == TYPED
    box.close()
