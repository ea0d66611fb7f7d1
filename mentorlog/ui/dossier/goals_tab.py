"""The dossier's Goals tab: the student's goals and action plans, with progress notes from
the student or a mentor. Coordinators read them."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget

from mentorlog.models import Role
from mentorlog.services import goals
from mentorlog.services.access import Actor
from mentorlog.services.changes import ChangeKind
from mentorlog.services.entries import placement_framework
from mentorlog.services.frameworks import FrameworkInfo
from mentorlog.services.goals import GoalInput, GoalView
from mentorlog.ui import formats
from mentorlog.ui.context import AppContext
from mentorlog.ui.dossier.goal_form import GoalForm
from mentorlog.ui.dossier.goals_model import GoalsModel
from mentorlog.ui.dossier.list_detail import ListDetailTab
from mentorlog.ui.dossier.stale_forms import goal_versions, take_goal
from mentorlog.ui.editors import sensitive_check
from mentorlog.ui.editors.undo_delete import confirm_and_delete
from mentorlog.ui.keys import click_if_shown, form_shortcuts, set_if_changed
from mentorlog.ui.stale_edit import Version
from mentorlog.ui.student_view import is_student_view
from mentorlog.ui.wording import fill


class GoalsTab(ListDetailTab[GoalView]):
    kind = ChangeKind.GOAL

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.goal_form = GoalForm()
        super().__init__(ctx, GoalsModel(), self.goal_form, parent)
        self.setObjectName("goalsTab")
        self.new_button.setText(self.tr("&New goal"))
        self._version: uuid.UUID | None = None
        self.goal_form.save_requested.connect(self._save)
        self.goal_form.note_requested.connect(self._add_note)
        form_shortcuts(self.goal_form, lambda: click_if_shown(self.goal_form.save_button))

    def load(
        self, session: Any, actor: Actor, placement_id: uuid.UUID
    ) -> tuple[FrameworkInfo, list[GoalView]]:
        return (
            placement_framework(session, actor, placement_id),
            goals.list_goals(session, actor, placement_id),
        )

    def rows_of(self, loaded: tuple[FrameworkInfo, list[GoalView]]) -> list[GoalView]:
        return loaded[1]

    def loaded_data(self, loaded: tuple[FrameworkInfo, list[GoalView]]) -> None:
        framework, rows = loaded
        if framework.version_id != self._version:
            self._version = framework.version_id
            self.goal_form.set_framework(framework)
        active = [g for g in rows if g.is_active]
        overdue = [g for g in active if g.is_overdue()]
        if overdue:
            text = fill(
                self.tr("%n open · %1 overdue", "", len(active)), formats.number(len(overdue))
            )
        else:
            text = self.tr("%n open", "", len(active))
        self.banner.setText(text if rows else "")

    def can_write(self, actor: Actor) -> bool:
        # In the student's view goals are read and commented on; mentors set and edit them.
        if is_student_view(actor):
            return False
        return actor.is_system or Role.MENTOR in actor.roles or Role.STUDENT in actor.roles

    def may_note(self, actor: Actor) -> bool:
        return self.can_write(actor) or is_student_view(actor)

    def empty_text(self) -> str:
        if is_student_view(self.ctx.actor):
            return self.tr(
                "No goals yet. Goals you agree with your mentor appear here, and you can "
                "note your progress on each."
            )
        if not self.can_write(self.ctx.actor):
            return self.tr("No goals have been set for this placement yet.")
        return self.tr(
            "No goals yet. Press “New goal” to agree the first one: what to work on, "
            "the action plan, and by when."
        )

    def show_record(self, row: GoalView | None) -> None:
        actor = self.ctx.actor
        self.goal_form.show_goal(row, self.can_write(actor), self.may_note(actor))

    def new_record(self) -> None:
        self.show_blank_form()
        self.goal_form.show_goal(None, True)
        self.goal_form.title.setFocus()

    def _save(self, data: GoalInput) -> None:
        form = self.goal_form

        def checked(texts: dict[str, str]) -> None:
            set_if_changed(form.title, texts["title"])
            set_if_changed(form.action_plan, texts["action_plan"])
            checked_data = replace(data, title=texts["title"], action_plan=texts["action_plan"])
            self.save_record(goals.create_goal, goals.update_goal, checked_data, form.problems)

        sensitive_check.check_texts(
            self,
            self.ctx,
            {"title": data.title, "action_plan": data.action_plan},
            checked,
            action=sensitive_check.save_action(),
            field_names={"title": self.tr("Goal"), "action_plan": self.tr("Action plan")},
        )

    def fetch_current(self, session: Any, actor: Actor, record_id: uuid.UUID) -> GoalView:
        return goals.get_goal(session, actor, record_id)

    def versions(self, mine: GoalInput, theirs: GoalView) -> list[Version]:
        return goal_versions(mine, theirs)

    def take_merged(self, merged: dict[str, str]) -> None:
        take_goal(self.goal_form, merged)

    def _add_note(self, note: str) -> None:
        current = self.current_row()
        if current is None:
            return
        actor, gid = self.ctx.actor, current.id

        def checked(texts: dict[str, str]) -> None:
            set_if_changed(self.goal_form.note, texts["note"])
            self.write(
                lambda s: goals.add_progress_note(s, actor, gid, texts["note"]),
                self.goal_form.problems,
                on_saved=lambda _: self.goal_form.note.clear(),
            )

        sensitive_check.check_texts(
            self, self.ctx, {"note": note}, checked, action=sensitive_check.save_action()
        )

    def delete_record(self, row: GoalView) -> None:
        confirm_and_delete(
            self.ctx,
            self,
            record_id=row.id,
            question=self.tr("Delete the goal “%1”?").replace("%1", row.title),
            done_text=self.tr("Goal deleted"),
            delete=goals.delete_goal,
            restore=goals.restore_goal,
        )
