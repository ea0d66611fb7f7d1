"""Someone saved the record while it was open here: the save is refused, the person's text
stays on screen with the newer version beside it, and they merge and save theirs over it,
or take the newer one. What the database then holds is what they chose."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton
from sqlalchemy import select

from mentorlog.models import Goal, Observation
from mentorlog.services import goals
from mentorlog.services import observations as obs
from mentorlog.ui.dossier.goals_tab import GoalsTab
from mentorlog.ui.stale_edit import StaleEditDialog
from tests.logbook.test_observations import shift
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text
from tests.ui.editors.test_observation_editor import open_editor

THEIRS = "Desk B: the evening count was late, and Jüri stayed calm."


def _dialog(qtbot) -> StaleEditDialog:  # type: ignore[no-untyped-def]
    found: list[StaleEditDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, StaleEditDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def _draft(db, cast: Cast) -> obs.ObservationView:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return obs.save_draft(
            s, cast.mentor, cast.placement_id, shift(cast, narrative="First words.")
        )


def _save_elsewhere(db, cast: Cast, view: obs.ObservationView) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        obs.save_draft(
            s,
            cast.mentor,
            cast.placement_id,
            dataclasses.replace(view.as_input(), narrative=THEIRS),
            view.id,
            expected_version=view.row_version,
        )


def test_merge_and_save_mine_over_a_newer_observation(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _draft(db, cast)
    editor = open_editor(mentor_ctx, cast, qtbot, view.id)
    editor.narrative.clear()
    type_text(qtbot, editor.narrative, "Desk A: Jüri greeted everyone by name.")
    _save_elsewhere(db, cast, view)  # the same mentor, at another workstation

    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    mine = dialog.findChild(QPlainTextEdit, "mine_narrative")
    theirs = dialog.findChild(QPlainTextEdit, "theirs_narrative")
    assert mine.toPlainText() == "Desk A: Jüri greeted everyone by name."
    assert theirs.toPlainText() == THEIRS and theirs.isReadOnly()
    assert "Ingrid Sæther saved a newer version" in dialog.findChild(object, "staleHeading").text()
    assert editor.narrative.toPlainText().startswith("Desk A")  # still on screen
    mine.setPlainText(f"{THEIRS}\nDesk A: Jüri greeted everyone by name.")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveMine"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: editor.state.text() == "Draft saved", timeout=5000)
    with db.transaction() as s:
        saved = s.get(Observation, view.id)
        assert saved.narrative == f"{THEIRS}\nDesk A: Jüri greeted everyone by name."
        assert saved.row_version == 3
    assert editor.narrative.toPlainText() == saved.narrative


def test_take_theirs_shows_the_newer_observation(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _draft(db, cast)
    editor = open_editor(mentor_ctx, cast, qtbot, view.id)
    type_text(qtbot, editor.narrative, " and more")
    _save_elsewhere(db, cast, view)
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.mouseClick(dialog.findChild(QPushButton, "takeTheirs"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.narrative.toPlainText() == THEIRS, timeout=5000)
    assert editor.base_version == 2
    with db.transaction() as s:
        assert s.get(Observation, view.id).narrative == THEIRS


def test_a_goal_changed_meanwhile_is_compared_in_the_tab(mentor_ctx, cast: Cast, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        goal = goals.create_goal(
            s, cast.student, cast.placement_id, goals.GoalInput("Listen", "Ask first.")
        )
    tab = GoalsTab(mentor_ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_placement(cast.placement_id)
    form = tab.goal_form
    form.action_plan.setPlainText("Ask first. Then wait.")
    with db.transaction() as s:  # the student, on their own workstation
        goals.update_goal(
            s,
            cast.student,
            goal.id,
            goals.GoalInput("Listen", "Ask first, every time.", due_on=date.today() + timedelta(7)),
            expected_version=1,
        )
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    assert dialog.findChild(QPlainTextEdit, "theirs_action_plan").toPlainText() == (
        "Ask first, every time."
    )
    dialog.findChild(QPlainTextEdit, "mine_action_plan").setPlainText(
        "Ask first, every time. Then wait."
    )
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveMine"), Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        saved = s.scalars(select(Goal)).one()
        assert saved.action_plan == "Ask first, every time. Then wait."
        assert saved.row_version == 3


def test_the_idle_lock_changed_meanwhile_is_compared_in_site_settings(ctx, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.models import Role
    from mentorlog.services import people, site_settings
    from mentorlog.services.access import SYSTEM, Actor
    from mentorlog.ui.site_settings_dialog import open_site_settings

    with db.transaction() as s:
        row = people.add_person(s, SYSTEM, "Åse", "Berg", roles=(Role.ADMINISTRATOR,))
    admin = Actor(row.id, row.full_name, frozenset({Role.ADMINISTRATOR}))
    ctx.set_actor(admin)
    dialog = open_site_settings(ctx)
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    with db.transaction() as s:  # another administrator, at another workstation
        site_settings.set_idle_lock_minutes(s, admin, 12, expected_version=0)
    dialog.idle_minutes.setValue(3)
    dialog.save()
    compare = _dialog(qtbot)
    assert compare.findChild(object, "theirs_minutes").text() == "12 min"
    qtbot.mouseClick(compare.findChild(QPushButton, "takeTheirs"), Qt.MouseButton.LeftButton)
    assert dialog.idle_minutes.value() == 12
    dialog.idle_minutes.setValue(4)  # they change it again, knowing what the other chose
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    with db.transaction() as s:
        assert site_settings.idle_lock_minutes(s) == 4
