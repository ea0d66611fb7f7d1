"""The dossier's Concerns tab: raise a cause for concern with an action plan and a review
date, follow it through monitoring (or escalate it to the academy) until it is resolved.
Open concerns, escalated ones too, are flagged in the list and counted above it. The
student reads them; mentors and coordinators act."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget

from mentorlog.models import ConcernStatus
from mentorlog.services import concerns
from mentorlog.services.access import Actor
from mentorlog.services.changes import ChangeKind
from mentorlog.services.concerns import ConcernInput, ConcernView
from mentorlog.ui import colors
from mentorlog.ui.context import AppContext
from mentorlog.ui.dossier.concern_form import ConcernForm
from mentorlog.ui.dossier.concerns_model import DESCRIPTION, OPEN_FLAG, ConcernsModel
from mentorlog.ui.dossier.list_detail import ListDetailTab
from mentorlog.ui.dossier.stale_forms import concern_versions, take_concern
from mentorlog.ui.editors import sensitive_check
from mentorlog.ui.editors.undo_delete import confirm_and_delete
from mentorlog.ui.keys import click_if_shown, form_shortcuts, set_if_changed
from mentorlog.ui.stale_edit import Version
from mentorlog.ui.student_view import is_student_view


class ConcernsTab(ListDetailTab[ConcernView]):
    kind = ChangeKind.CONCERN
    stretch_column = DESCRIPTION

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.concern_form = ConcernForm()
        super().__init__(ctx, ConcernsModel(), self.concern_form, parent)
        self.setObjectName("concernsTab")
        self.new_button.setText(self.tr("&Raise concern…"))
        self.concern_form.save_requested.connect(self._save)
        self.concern_form.status_requested.connect(self._move)
        self.concern_form.reply_requested.connect(self._reply)
        form_shortcuts(self.concern_form, lambda: click_if_shown(self.concern_form.save_button))

    def load(self, session: Any, actor: Actor, placement_id: uuid.UUID) -> list[ConcernView]:
        return concerns.list_concerns(session, actor, placement_id)

    def loaded_data(self, loaded: list[ConcernView]) -> None:
        # Every open concern is flagged, as everywhere else; escalated ones (handed on to
        # the academy, still open) are counted apart from those the placement follows up.
        escalated = sum(1 for c in loaded if c.status == ConcernStatus.ESCALATED)
        still_open = sum(1 for c in loaded if c.is_open) - escalated
        parts = []
        if still_open:
            parts.append(self.tr("%n open concern(s)", "", still_open))
        if escalated:
            parts.append(self.tr("%n escalated concern(s)", "", escalated))
        if parts:
            self.banner.setText(f"{OPEN_FLAG} " + " · ".join(parts))
            self.banner.setStyleSheet(
                f"QLabel {{ color: {colors.attention_text().name()}; font-weight: bold; }}"
            )
        else:
            self.banner.setText(self.tr("No open concerns") if loaded else "")
            self.banner.setStyleSheet("")

    def empty_text(self) -> str:
        if not self.can_write(self.ctx.actor):
            return self.tr("No concerns have been raised.")
        return self.tr(
            "No concerns raised. When a student is not progressing, press “Raise concern” "
            "to record what you see, agree an action plan and set a date to review it."
        )

    def show_record(self, row: ConcernView | None) -> None:
        actor = self.ctx.actor
        self.concern_form.show_concern(
            row, self.can_write(actor), may_respond=is_student_view(actor)
        )

    def _reply(self, text: str) -> None:
        current = self.current_row()
        if current is None:
            return
        actor, cid = self.ctx.actor, current.id

        def checked(texts: dict[str, str]) -> None:
            set_if_changed(self.concern_form.reply, texts["reply"])
            self.write(
                lambda s: concerns.respond(s, actor, cid, texts["reply"]),
                self.concern_form.problems,
            )

        sensitive_check.check_texts(
            self, self.ctx, {"reply": text}, checked, action=sensitive_check.save_action()
        )

    def new_record(self) -> None:
        self.show_blank_form()
        self.concern_form.show_concern(None, True)
        self.concern_form.description.setFocus()

    def _save(self, data: ConcernInput) -> None:
        form = self.concern_form

        def checked(texts: dict[str, str]) -> None:
            set_if_changed(form.description, texts["description"])
            set_if_changed(form.action_plan, texts["action_plan"])
            checked_data = replace(
                data, description=texts["description"], action_plan=texts["action_plan"]
            )
            self.save_record(
                concerns.raise_concern, concerns.update_concern, checked_data, form.problems
            )

        sensitive_check.check_texts(
            self,
            self.ctx,
            {"description": data.description, "action_plan": data.action_plan},
            checked,
            action=sensitive_check.save_action(),
            field_names={
                "description": self.tr("Concern"),
                "action_plan": self.tr("Action plan"),
            },
        )

    def fetch_current(self, session: Any, actor: Actor, record_id: uuid.UUID) -> ConcernView:
        return concerns.get_concern(session, actor, record_id)

    def versions(self, mine: ConcernInput, theirs: ConcernView) -> list[Version]:
        return concern_versions(mine, theirs)

    def take_merged(self, merged: dict[str, str]) -> None:
        take_concern(self.concern_form, merged)

    def _move(self, status: ConcernStatus, outcome: str) -> None:
        current = self.current_row()
        if current is None:
            return
        actor, cid, version = self.ctx.actor, current.id, current.row_version

        def checked(texts: dict[str, str]) -> None:
            set_if_changed(self.concern_form.outcome, texts["outcome"])
            self.write(
                lambda s: concerns.change_status(
                    s, actor, cid, status, texts["outcome"], expected_version=version
                ),
                self.concern_form.problems,
            )

        sensitive_check.check_texts(
            self, self.ctx, {"outcome": outcome}, checked, action=sensitive_check.save_action()
        )

    def delete_record(self, row: ConcernView) -> None:
        confirm_and_delete(
            self.ctx,
            self,
            record_id=row.id,
            question=self.tr("Delete this concern? Use Resolve instead if it has been dealt with."),
            done_text=self.tr("Concern deleted"),
            delete=concerns.delete_concern,
            restore=concerns.restore_concern,
        )
