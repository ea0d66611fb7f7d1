"""Site › Placements: every placement (or one cohort's), found by student, prison, unit or
cohort; add and edit them, change the mentor, extend, end early, move (coordinators)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mentorlog.services import placement_admin
from mentorlog.services.placement_admin import PlacementDetail
from mentorlog.services.placement_lists import PlacementListRow, list_all_placements
from mentorlog.ui.context import AppContext
from mentorlog.ui.labels import placement_status
from mentorlog.ui.ops import Op
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.site_admin.manage_dialog import ManageDialog, open_window

OPEN = ("planned", "active")


class PlacementsModel(RowsModel[PlacementListRow]):
    STUDENT, PRISON, COHORT, MENTOR, DATES, HOURS, STATUS = range(7)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Student"),
            self.tr("Prison, unit"),
            self.tr("Cohort"),
            self.tr("Lead mentor"),
            self.tr("Dates"),
            self.tr("Hours"),
            self.tr("Status"),
        )

    def cell(self, r: PlacementListRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            r.student,
            f"{r.prison}, {r.unit}" if r.unit else r.prison,
            r.cohort or "—",
            r.lead_mentor or "—",
            f"{r.starts_on.isoformat()} – {r.ends_on.isoformat()}",
            f"{r.hours_logged:g} / {r.target_hours}",
            placement_status(str(r.status)),
        )[column]


class PlacementsDialog(ManageDialog[PlacementListRow]):
    KINDS = ("placement", "cohort", "prison", "unit", "person", "observation", "shift_log")

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        cohort: tuple[uuid.UUID, str] | None = None,
    ) -> None:
        title = self.tr("Placements")
        if cohort is not None:
            title = self.tr("Placements of %1").replace("%1", cohort[1])
        self.cohort = cohort
        super().__init__(
            ctx,
            PlacementsModel(),
            "placementsDialog",
            title,
            PlacementsModel.STUDENT,
            parent,
            search=self.tr("Student, prison, unit or cohort…"),
        )
        self.add_button = self.button(self.tr("&Add placement…"), "placementsAdd", self.add)
        self.edit_button = self.button(self.tr("&Edit…"), "placementsEdit", self.edit)
        self.mentor_button = self.button(
            self.tr("Change &mentor…"), "placementsMentor", lambda: self._act("ChangeMentorDialog")
        )
        self.extend_button = self.button(
            self.tr("E&xtend…"), "placementsExtend", lambda: self._act("ExtendDialog")
        )
        self.end_button = self.button(
            self.tr("E&nd…"), "placementsEnd", lambda: self._act("EndDialog")
        )
        self.move_button = self.button(
            self.tr("Mo&ve…"), "placementsMove", lambda: self._act("MoveDialog")
        )
        self.finish_buttons()

    def load(self, session: Any, text: str) -> list[PlacementListRow]:
        cohort_id = self.cohort[0] if self.cohort else None
        return list_all_placements(session, self.ctx.actor, cohort_id=cohort_id, text=text)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No placement matches. Clear the search to see them all.")
        return self.tr(
            "No placements yet. Import them from the academy's spreadsheet (Site › Import "
            "people or placements), or press “Add placement” to place one student."
        )

    def update_buttons(self) -> None:
        row = self.selected()
        chosen = row is not None
        running = chosen and str(row.status) in OPEN  # type: ignore[union-attr]
        self.edit_button.setEnabled(chosen)
        for button in (self.mentor_button, self.end_button, self.move_button):
            button.setEnabled(running)
        self.extend_button.setEnabled(chosen)

    def activated(self) -> None:
        self.edit()

    def add(self) -> None:
        from mentorlog.ui.site_admin.placement_editor import PlacementEditor

        editor = PlacementEditor(self.ctx, self)
        editor.accepted.connect(lambda: self._said(editor, self.tr("%1 is placed.")))
        editor.open()

    def _said(self, dialog: Any, text: str) -> None:
        self.status.setText(text.replace("%1", dialog.result_row.student))

    def _with_detail(self, then: Callable[[PlacementDetail], None]) -> None:
        row, actor = self.selected(), self.ctx.actor
        if row is not None:
            Op(self, lambda s: placement_admin.placement_detail(s, actor, row.id)).success(
                then
            ).run(self.ctx)

    def edit(self) -> None:
        from mentorlog.ui.site_admin.placement_editor import PlacementEditor

        def show(detail: PlacementDetail) -> None:
            editor = PlacementEditor(self.ctx, self, detail)
            editor.accepted.connect(lambda: self._said(editor, self.tr("%1's placement is saved.")))
            editor.open()

        self._with_detail(show)

    def _act(self, name: str) -> None:
        from mentorlog.ui.site_admin import placement_actions

        def show(detail: PlacementDetail) -> None:
            dialog = getattr(placement_actions, name)(self.ctx, self, detail)
            dialog.accepted.connect(lambda: self._said(dialog, self.tr("%1's placement is saved.")))
            dialog.open()

        self._with_detail(show)


def open_placements_dialog(
    ctx: AppContext, parent: QWidget | None = None, cohort: tuple[uuid.UUID, str] | None = None
) -> PlacementsDialog:
    return open_window(PlacementsDialog(ctx, parent, cohort))  # type: ignore[return-value]
