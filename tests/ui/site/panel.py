"""Driving the main window as a mentor does: choosing a student in the placements panel
and recording an observation through the editor."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorlog.ui.editors.observation_editor import ObservationEditor
from mentorlog.ui.main_window import MainWindow
from tests.ui.editors.driving import type_text


def select_student(qtbot, window: MainWindow, name: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """Select the student's active placement in the panel, as a click would."""
    model = window.panel.model
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found = model.row_for(index)
            if found is not None and found.student_name == name and found.status == "active":
                window.panel.view.scrollTo(index)
                rect = window.panel.view.visualRect(index)
                qtbot.mouseClick(
                    window.panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
                )
                wanted = found.placement_id
                qtbot.waitUntil(lambda: window.placement_id == wanted, timeout=5000)  # noqa: B023
                return wanted
    raise AssertionError(f"{name} has no active placement in the panel")


def publish_observation(qtbot, window: MainWindow, narrative: str, hours: float) -> None:  # type: ignore[no-untyped-def]
    window.new_observation.trigger()
    editor = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ObservationEditor) and w.isVisible()
    )
    qtbot.waitUntil(lambda: editor.isEnabled() and not editor._loading, timeout=10_000)
    type_text(qtbot, editor.narrative, narrative)
    editor.fields.duration.setValue(hours)
    picker = editor.ratings.picker
    qtbot.keyClicks(picker.search, "approaching")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(editor.ratings.rows) == 1, timeout=5000)
    row = next(iter(editor.ratings.rows.values()))
    row.setFocus()
    qtbot.keyClick(row, "3")
    with qtbot.waitSignal(editor.published, timeout=10_000):
        qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
