"""The placement's life after it is made: a new lead mentor from a given day, a later
end, an early end (completed, interrupted, withdrawn), or a move to another prison."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from mentorlog.models import PlacementStatus
from mentorlog.services import placement_admin, placement_endings
from mentorlog.services.placement_admin import PlacementDetail
from mentorlog.services.placement_lists import EditorChoices, editor_choices
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.person_form import FormDialog
from mentorlog.ui.site_admin.placement_editor import date_edit, qdate


class _PlacementAction(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: PlacementDetail) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.setMinimumWidth(480)

    def day(self, name: str, label: str, day: date) -> Any:
        return self.row(name, label, date_edit(self, day))

    def mentors(self, name: str, label: str) -> QComboBox:
        combo = self.row(name, label, QComboBox(self))
        actor = self.ctx.actor

        def fill(choices: EditorChoices) -> None:
            for mentor_id, text in choices.mentors:
                combo.addItem(text, str(mentor_id))  # type: ignore[attr-defined]
            if hasattr(self, "prison"):
                for prison_id, text, _units in choices.prisons:
                    if prison_id != self.detail.data.prison_id:
                        self.prison.addItem(text, str(prison_id))

        Op(self, lambda s: editor_choices(s, actor)).success(fill).run(self.ctx)
        return combo  # type: ignore[return-value]


class ChangeMentorDialog(_PlacementAction):
    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: PlacementDetail) -> None:
        super().__init__(ctx, parent, detail)
        self.setObjectName("changeMentor")
        self.setWindowTitle(self.tr("New lead mentor for %1").replace("%1", detail.student))
        self.mentor = self.mentors("mentors", self.tr("&New lead mentor"))
        self.from_day = self.day(
            "from_day", self.tr("&From"), max(date.today(), detail.data.starts_on)
        )
        self.keep = self.row(
            "keep", self.tr("&Previous lead"), QCheckBox(self.tr("stays on as a co-mentor"), self)
        )

    def save(self) -> None:
        actor, d = self.ctx.actor, self.detail
        mentor = uuid.UUID(self.mentor.currentData() or str(uuid.UUID(int=0)))
        day, keep = self.from_day.date().toPython(), self.keep.isChecked()  # type: ignore[attr-defined]
        self.run_save(
            lambda s: placement_admin.change_mentor(
                s,
                actor,
                d.id,
                mentor,
                day,
                keep_previous_as_co_mentor=keep,
                expected_version=d.row_version,
            ),
        )


class ExtendDialog(_PlacementAction):
    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: PlacementDetail) -> None:
        super().__init__(ctx, parent, detail)
        self.setObjectName("extendPlacement")
        self.setWindowTitle(self.tr("Extend %1's placement").replace("%1", detail.student))
        self.new_end = self.day("ends_on", self.tr("&New end"), detail.data.ends_on)
        self.extra = self.row("extra_hours", self.tr("&More target hours"), QSpinBox(self))
        self.extra.setRange(0, 2000)  # type: ignore[attr-defined]

    def save(self) -> None:
        actor, d = self.ctx.actor, self.detail
        end, extra = self.new_end.date().toPython(), self.extra.value()  # type: ignore[attr-defined]
        self.run_save(
            lambda s: placement_endings.extend_placement(
                s, actor, d.id, end, extra_hours=extra, expected_version=d.row_version
            ),
        )


class EndDialog(_PlacementAction):
    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: PlacementDetail) -> None:
        super().__init__(ctx, parent, detail)
        self.setObjectName("endPlacement")
        self.setWindowTitle(self.tr("End %1's placement").replace("%1", detail.student))
        self.on_day = self.day(
            "ends_on", self.tr("&Last day"), min(date.today(), detail.data.ends_on)
        )
        box = QComboBox(self)
        self.status_box = self.row("status", self.tr("&Why"), box)
        for status, text in (
            (PlacementStatus.COMPLETED, self.tr("Completed")),
            (PlacementStatus.INTERRUPTED, self.tr("Interrupted (to be resumed later)")),
            (PlacementStatus.WITHDRAWN, self.tr("Withdrawn")),
        ):
            box.addItem(text, str(status))
        # Completing is a signature (services/placement_endings.py): say so before OK.
        self.sign_note = QLabel(
            self.tr(
                "Completing the placement signs it off: your signature covers its dates, "
                "status, target hours and framework."
            ),
            self,
        )
        self.sign_note.setObjectName("finalSignOffNote")
        self.sign_note.setWordWrap(True)
        self.form.addRow(self.sign_note)
        box.currentIndexChanged.connect(
            lambda: self.form.setRowVisible(
                self.sign_note, box.currentData() == str(PlacementStatus.COMPLETED)
            )
        )
        self.reason = self.row("reason", self.tr("&Reason"), QLineEdit(self))

    def save(self) -> None:
        actor, d = self.ctx.actor, self.detail
        day = self.on_day.date().toPython()  # type: ignore[attr-defined]
        status = PlacementStatus(self.status_box.currentData())  # type: ignore[attr-defined]
        reason = self.reason.text()  # type: ignore[attr-defined]
        self.run_save(
            lambda s: placement_endings.end_placement(
                s, actor, d.id, day, status, reason=reason, expected_version=d.row_version
            ),
        )


class MoveDialog(_PlacementAction):
    def __init__(self, ctx: AppContext, parent: QWidget | None, detail: PlacementDetail) -> None:
        super().__init__(ctx, parent, detail)
        self.setObjectName("movePlacement")
        self.setWindowTitle(self.tr("Move %1 to another prison").replace("%1", detail.student))
        self.prison = self.row("prison", self.tr("&To"), QComboBox(self))
        self.mentor = self.mentors("mentors", self.tr("&Lead mentor there"))
        self.from_day = self.day(
            "from_day", self.tr("&From"), max(date.today(), detail.data.starts_on)
        )
        self.from_day.setDate(qdate(max(date.today(), detail.data.starts_on)))

    def save(self) -> None:
        actor, d = self.ctx.actor, self.detail
        prison = uuid.UUID(self.prison.currentData() or str(uuid.UUID(int=0)))  # type: ignore[attr-defined]
        mentor = uuid.UUID(self.mentor.currentData() or str(uuid.UUID(int=0)))
        day = self.from_day.date().toPython()  # type: ignore[attr-defined]
        self.run_save(
            lambda s: placement_endings.move_placement(
                s, actor, d.id, prison, day, (mentor,), expected_version=d.row_version
            ),
        )
