"""Adding or editing one placement: the student, prison and unit, cohort, the lead mentor
and co-mentors, the placement's dates and the day each phase begins, the target hours
and the framework. Problems come back from the service by field and are shown beside it;
the dialog stays open, with everything typed, until the save succeeds."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from mentorlog.models import PlacementPhase
from mentorlog.services import placement_admin
from mentorlog.services.phases import default_phase_starts
from mentorlog.services.placement_admin import PlacementDetail, PlacementInput
from mentorlog.services.placement_lists import EditorChoices, editor_choices
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.person_form import FormDialog

PHASE_FIELDS = (PlacementPhase.EARLY, PlacementPhase.MIDPOINT, PlacementPhase.FINAL)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(qdate(day))
    return edit


def _id(data: Any) -> uuid.UUID | None:
    return uuid.UUID(data) if data else None


class PlacementEditor(FormDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None, detail: PlacementDetail | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("placementEditor")
        self.detail = detail
        self.setWindowTitle(self.tr("Edit the placement") if detail else self.tr("Add a placement"))
        self.setMinimumWidth(560)
        today = date.today()
        self.student = self.row("student", self.tr("S&tudent"), QComboBox(self))
        self.prison = self.row("prison", self.tr("&Prison"), QComboBox(self))
        self.unit = self.row("unit", self.tr("&Unit"), QComboBox(self))
        self.cohort = self.row("cohort", self.tr("&Cohort"), QComboBox(self))
        self.lead = self.row("mentors", self.tr("&Lead mentor"), QComboBox(self))
        self.co_mentors = self.row("co_mentors", self.tr("C&o-mentors"), QListWidget(self))
        self.co_mentors.setMaximumHeight(110)  # type: ignore[attr-defined]
        self.starts = self.row("starts_on", self.tr("&Starts"), date_edit(self, today))
        self.ends = self.row("ends_on", self.tr("&Ends"), date_edit(self, today + timedelta(90)))
        self.phase_edits: dict[PlacementPhase, QDateEdit] = {}
        labels = {
            PlacementPhase.EARLY: self.tr("Ear&ly phase from"),
            PlacementPhase.MIDPOINT: self.tr("&Mid-point phase from"),
            PlacementPhase.FINAL: self.tr("&Final phase from"),
        }
        for phase in PHASE_FIELDS:
            edit = date_edit(self, today)
            self.row(f"phase_{phase}", labels[phase], edit)
            self.phase_edits[phase] = edit
        self.problems.add("phase_starts", *self._phase_problem())
        self.target = self.row("target_hours", self.tr("&Target hours"), QSpinBox(self))
        self.target.setRange(0, placement_admin.MAX_TARGET_HOURS)  # type: ignore[attr-defined]
        self.target.setValue(400)  # type: ignore[attr-defined]
        self.framework = self.row("framework", self.tr("Fra&mework"), QComboBox(self))
        self.starts.dateChanged.connect(self._spread_phases)  # type: ignore[attr-defined]
        self.ends.dateChanged.connect(self._spread_phases)  # type: ignore[attr-defined]
        self.prison.currentIndexChanged.connect(self._fill_units)  # type: ignore[attr-defined]
        self.choices: EditorChoices | None = None
        self.buttons.setEnabled(False)
        actor = ctx.actor
        Op(self, lambda s: editor_choices(s, actor)).success(self._fill).run(ctx)

    def _phase_problem(self) -> tuple[Any, QWidget]:
        label, _ = self.problems._fields[f"phase_{PlacementPhase.EARLY}"]
        return label, self.phase_edits[PlacementPhase.EARLY]

    def _spread_phases(self) -> None:
        if self.detail is not None and self.detail.data.phase_starts and not self._touched():
            return
        starts = default_phase_starts(self._day(self.starts), self._day(self.ends))
        for phase, edit in self.phase_edits.items():
            edit.setDate(qdate(starts[phase]))

    def _touched(self) -> bool:
        return getattr(self, "_dates_changed", False)

    @staticmethod
    def _day(edit: Any) -> date:
        return edit.date().toPython()  # type: ignore[no-any-return]

    def _fill(self, choices: EditorChoices) -> None:
        self.choices = choices
        for combo, items, none in (
            (self.student, choices.students, None),
            (self.lead, choices.mentors, None),
            (self.cohort, choices.cohorts, self.tr("No cohort")),
            (self.framework, choices.frameworks, self.tr("The cohort's, or the one in force")),
        ):
            if none is not None:
                combo.addItem(none, "")  # type: ignore[attr-defined]
            for item_id, label in items:
                combo.addItem(label, str(item_id))  # type: ignore[attr-defined]
        for prison_id, name, _units in choices.prisons:
            self.prison.addItem(name, str(prison_id))  # type: ignore[attr-defined]
        for mentor_id, label in choices.mentors:
            item = QListWidgetItem(label, self.co_mentors)  # type: ignore[arg-type]
            item.setData(Qt.ItemDataRole.UserRole, str(mentor_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if self.detail is not None:
            self._show(self.detail)
        else:
            self._spread_phases()
        missing = [
            what
            for what, items in (
                (self.tr("students"), choices.students),
                (self.tr("mentors"), choices.mentors),
                (self.tr("training prisons"), choices.prisons),
            )
            if not items
        ]
        if missing:
            self.general.show_problem(
                self.tr("There are no %1 yet: add or import them first.").replace(
                    "%1", self.tr(" or ").join(missing)
                )
            )
        self.buttons.setEnabled(True)
        self.student.setFocus()

    def _fill_units(self) -> None:
        self.unit.clear()  # type: ignore[attr-defined]
        self.unit.addItem(self.tr("No unit"), "")  # type: ignore[attr-defined]
        chosen = self.prison.currentData()  # type: ignore[attr-defined]
        for prison_id, _name, units in self.choices.prisons if self.choices else ():
            if str(prison_id) == chosen:
                for unit_id, name in units:
                    self.unit.addItem(name, str(unit_id))  # type: ignore[attr-defined]

    @staticmethod
    def _select(combo: Any, value: uuid.UUID | None, label: str = "") -> None:
        index = combo.findData(str(value) if value else "")
        if index < 0 and value is not None and label:
            combo.addItem(label, str(value))  # a retired prison or unit it still names
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _show(self, detail: PlacementDetail) -> None:
        d = detail.data
        self._select(self.student, d.student_id, detail.student)
        self.student.setEnabled(False)  # a placement keeps its student
        self._select(self.prison, d.prison_id, detail.prison)
        self._fill_units()
        self._select(self.unit, d.unit_id, detail.unit)
        self._select(self.cohort, d.cohort_id)
        self._select(self.framework, d.framework_version_id)
        if d.mentor_ids:
            self._select(self.lead, d.mentor_ids[0])
        for i in range(self.co_mentors.count()):  # type: ignore[attr-defined]
            item = self.co_mentors.item(i)  # type: ignore[attr-defined]
            mine = item.data(Qt.ItemDataRole.UserRole) in {str(m) for m in d.mentor_ids[1:]}
            item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
        self.starts.setDate(qdate(d.starts_on))  # type: ignore[attr-defined]
        self.ends.setDate(qdate(d.ends_on))  # type: ignore[attr-defined]
        for phase, edit in self.phase_edits.items():
            if phase in d.phase_starts:
                edit.setDate(qdate(d.phase_starts[phase]))
        for edit in self.phase_edits.values():
            edit.dateChanged.connect(lambda *_: setattr(self, "_dates_changed", True))
        self.target.setValue(d.target_hours)  # type: ignore[attr-defined]

    def placement_input(self) -> PlacementInput:
        lead = _id(self.lead.currentData())  # type: ignore[attr-defined]
        co = [
            uuid.UUID(self.co_mentors.item(i).data(Qt.ItemDataRole.UserRole))  # type: ignore[attr-defined]
            for i in range(self.co_mentors.count())  # type: ignore[attr-defined]
            if self.co_mentors.item(i).checkState() == Qt.CheckState.Checked  # type: ignore[attr-defined]
        ]
        mentors = tuple(m for m in (lead, *co) if m is not None)
        return PlacementInput(
            student_id=_id(self.student.currentData()) or uuid.UUID(int=0),  # type: ignore[attr-defined]
            prison_id=_id(self.prison.currentData()) or uuid.UUID(int=0),  # type: ignore[attr-defined]
            unit_id=_id(self.unit.currentData()),  # type: ignore[attr-defined]
            cohort_id=_id(self.cohort.currentData()),  # type: ignore[attr-defined]
            framework_version_id=_id(self.framework.currentData()),  # type: ignore[attr-defined]
            starts_on=self._day(self.starts),
            ends_on=self._day(self.ends),
            mentor_ids=tuple(dict.fromkeys(mentors)),
            target_hours=self.target.value(),  # type: ignore[attr-defined]
            phase_starts={p: self._day(e) for p, e in self.phase_edits.items()},
        )

    def save(self) -> None:
        data, actor, detail = self.placement_input(), self.ctx.actor, self.detail
        if detail is None:
            self.run_save(lambda s: placement_admin.add_placement(s, actor, data))
        else:
            self.run_save(
                lambda s: placement_admin.edit_placement(
                    s, actor, detail.id, data, expected_version=detail.row_version
                ),
            )
