"""The screens at 1024 x 768, a prison workstation's: the main window and each editor, as
they open on that screen (the app fits them into it). Called by scripts/screenshots.py,
which gives the offscreen platform a 1024 x 768 screen beside its large one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SMALL = (1024, 768)
PRISONER = (
    "At unlock a prisoner, Jonas Berg (prison no. 2024-1187), refused to leave his cell. "
    "Eirik spoke to him calmly through the door and Berg came out after ten minutes."
)


def small_screen() -> Any:
    from PySide6.QtWidgets import QApplication

    return next(s for s in QApplication.screens() if (s.size().width(), s.size().height()) == SMALL)


def on_small_screen(window: Any) -> None:
    """The window moved to the small screen and fitted to it, as it opens there."""
    from mentorlog.ui.window_rules import FRAME_ALLOWANCE

    room = small_screen().availableGeometry()
    window.move(room.topLeft())
    window.resize(room.width() - FRAME_ALLOWANCE[0], room.height() - FRAME_ALLOWANCE[1])


def _top(shot: Any, type_name: str) -> Any:
    from PySide6.QtWidgets import QApplication

    return shot.wait(
        lambda: next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible() and type(w).__name__ == type_name
            ),
            None,
        )
    )


def _close_discarding(shot: Any, editor: Any) -> None:
    editor.autosaver.stop()
    editor._dirty = False  # the demo's text is not to be kept: closes without asking
    editor.close()
    shot.settle(200)


def mentor_screens(shot: Any, sign_in: Any, db_path: Path, folder: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    controller, window = sign_in(shot, db_path, folder / "data-1024", "mentor")
    on_small_screen(window)
    dossier = window.dossier
    shot.wait(lambda: dossier.timeline.model.rowCount() > 0)
    shot.save(window, "main-1024")

    timeline = dossier.timeline
    timeline.filters.search.setText("visits")
    shot.wait(lambda: timeline.count.text().endswith("“visits”"))
    shot.save(window, "search-1024")
    timeline.filters.clear()

    window.new_observation.trigger()
    editor = _top(shot, "ObservationEditor")
    shot.wait(lambda: not editor._loading)
    editor.narrative.setPlainText(PRISONER)
    editor.fields.setting.setCurrentText("A-wing landing")
    picker = editor.ratings.picker
    for search, level in (("calming", "4"), ("presence", "3")):
        picker.search.setText(search)
        picker.focus_first_match()
        QTest.keyClick(picker.tree, Qt.Key.Key_Space)
        QTest.keyClick(picker.tree, level)
    picker.search.clear()
    shot.save(editor, "observation-editor-1024")
    editor.publish()
    box = _top(shot, "QMessageBox")
    shot.save(box, "privacy-question-1024")
    box.reject()
    shot.settle()
    _close_discarding(shot, editor)

    window.new_reflection.trigger()
    reflection = _top(shot, "ReflectionEditor")
    shot.wait(lambda: not reflection._loading)
    reflection.template.setCurrentIndex(1)  # Gibbs' cycle: several parts
    shot.save(reflection, "reflection-editor-1024")
    _close_discarding(shot, reflection)

    for tab in ("goals", "reviews", "concerns"):
        _show_a_record(shot, window, tab)
        shot.save(window, f"{tab}-1024")

    window.keyboard_help.trigger()
    shot.save(_top(shot, "HelpDialog"), "keyboard-shortcuts-1024")
    _top(shot, "HelpDialog").close()
    window.close()
    controller.shutdown()


def _show_a_record(shot: Any, window: Any, tab: str) -> None:
    """The tab with a record chosen, on a placement that has one (a concern is rare)."""
    panel, dossier = window.panel, window.dossier
    page = dossier.extra_tabs[tab]
    dossier.show_tab(tab)
    inner = page.tab
    model = panel.model
    placements = [
        model.index(r, 0, model.index(g, 0))
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
    ]
    for index in placements:
        panel.view.setCurrentIndex(index)
        shot.wait(lambda: inner.placement_id == panel.selected_placement)
        shot.settle(600)
        if inner.model.rowCount() > 0:
            inner.table.selectRow(0)
            shot.settle(300)
            return


def admin_screens(shot: Any, sign_in: Any, db_path: Path, folder: Path) -> None:
    controller, window = sign_in(shot, db_path, folder / "data-admin-1024", "admin")
    on_small_screen(window)
    window.site_settings.trigger()
    dialog = _top(shot, "SiteSettingsDialog")
    shot.wait(dialog.isEnabled)
    dialog.tabs.setCurrentIndex(1)
    dialog.sample.setText("Eirik talked to Mr Kowalski (A1234BC) about Jonas Berg's visit.")
    shot.save(dialog, "site-settings-privacy-1024")
    dialog.reject()
    window.close()
    controller.shutdown()


def student_screens(shot: Any, sign_in: Any, db_path: Path, folder: Path) -> None:
    controller, window = sign_in(shot, db_path, folder / "data-student-1024", "student")
    on_small_screen(window)
    feedback = window.dossier.extra_tabs["feedback"]
    shot.wait(lambda: feedback.current_item() is not None)
    shot.save(window, "student-feedback-1024")
    window.close()
    controller.shutdown()
