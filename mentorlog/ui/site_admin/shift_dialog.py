"""File › Log a shift: hours a student worked without an observation being written (the
placement's mentor or its student): the day, the shift, hours, remedial minutes and what
was done. They count toward the placement's hours at once."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from mentorlog.models import Shift
from mentorlog.services import shift_logs
from mentorlog.ui import labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.person_form import FormDialog
from mentorlog.ui.site_admin.placement_editor import date_edit


class ShiftDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, placement_id: uuid.UUID) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("shiftDialog")
        self.placement_id = placement_id
        self.setWindowTitle(self.tr("Log a shift"))
        self.setMinimumWidth(440)
        self.day = self.row("worked_on", self.tr("&Day"), date_edit(self, date.today()))
        self.shift = self.row("shift", self.tr("&Shift"), QComboBox(self))
        for shift in Shift:
            self.shift.addItem(labels.shift(str(shift)), str(shift))  # type: ignore[attr-defined]
        self.hours = self.row("hours", self.tr("&Hours worked"), QDoubleSpinBox(self))
        self.hours.setRange(0, shift_logs.MAX_HOURS)  # type: ignore[attr-defined]
        self.hours.setSingleStep(0.5)  # type: ignore[attr-defined]
        self.hours.setValue(8)  # type: ignore[attr-defined]
        self.remedial = self.row("remedial_minutes", self.tr("&Remedial training"), QSpinBox(self))
        self.remedial.setRange(0, 24 * 60)  # type: ignore[attr-defined]
        self.remedial.setSuffix(self.tr(" min"))  # type: ignore[attr-defined]
        self.activity = self.row("activity", self.tr("&Activity"), QLineEdit(self))
        self.activity.setPlaceholderText(self.tr("e.g. Wing duty, visits, night checks"))  # type: ignore[attr-defined]

    def save(self) -> None:
        actor, pid = self.ctx.actor, self.placement_id
        values = {
            "worked_on": self.day.date().toPython(),  # type: ignore[attr-defined]
            "shift": Shift(self.shift.currentData()),  # type: ignore[attr-defined]
            "hours": self.hours.value(),  # type: ignore[attr-defined]
            "remedial_minutes": self.remedial.value(),  # type: ignore[attr-defined]
            "activity": self.activity.text(),  # type: ignore[attr-defined]
        }
        self.problems.clear()
        self.buttons.setEnabled(False)
        from mentorlog.ui.ops import Op

        Op(self, lambda s: shift_logs.log_shift(s, actor, pid, **values)).success(
            self._saved
        ).failure(self._not_saved).run(self.ctx)
