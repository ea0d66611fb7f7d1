"""Site › Cohorts: the academy's cohorts, each with its dates, framework and placements;
add and edit (coordinators). "Placements…" opens the placements of the chosen cohort."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from mentorlog.services import cohorts
from mentorlog.services.cohorts import CohortRow
from mentorlog.services.framework_files import version_choices
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.person_form import FormDialog
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.site_admin.manage_dialog import ManageDialog, open_window


def day_text(day: date | None) -> str:
    return day.isoformat() if day else "—"


class CohortsModel(RowsModel[CohortRow]):
    NAME, STARTS, ENDS, FRAMEWORK, PLACEMENTS = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Cohort"),
            self.tr("Starts"),
            self.tr("Ends"),
            self.tr("Framework"),
            self.tr("Placements"),
        )

    def cell(self, r: CohortRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            r.name,
            day_text(r.starts_on),
            day_text(r.ends_on),
            r.framework or self.tr("The one in force"),
            str(r.placements),
        )[column]


class OptionalDate(QWidget):
    """A date that may be left out: a check box beside a calendar date field."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.given = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.given.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.given)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.given)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.given.isChecked() else None  # type: ignore[return-value]

    def set_value(self, day: date | None) -> None:
        self.given.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


class CohortForm(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, row: CohortRow | None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("cohortForm")
        self.cohort = row
        self.setWindowTitle(self.tr("Edit the cohort") if row else self.tr("Add a cohort"))
        self.setMinimumWidth(480)
        self.name = self.field("name", self.tr("&Name"))
        self.starts = self.row("starts_on", self.tr("&Starts"), OptionalDate(self.tr("on"), self))
        self.ends = self.row("ends_on", self.tr("&Ends"), OptionalDate(self.tr("on"), self))
        self.framework = self.row("framework_version_id", self.tr("&Framework"), QComboBox(self))
        self.framework.addItem(self.tr("The one in force"), "")
        if row is not None:
            self.name.setText(row.name)
            self.starts.set_value(row.starts_on)  # type: ignore[attr-defined]
            self.ends.set_value(row.ends_on)  # type: ignore[attr-defined]
        Op(self, version_choices).success(self._frameworks).run(ctx)

    def _frameworks(self, choices: list[tuple[uuid.UUID, str]]) -> None:
        for version_id, label in choices:
            self.framework.addItem(label, str(version_id))  # type: ignore[attr-defined]
        if self.cohort is not None and self.cohort.framework_version_id:
            index = self.framework.findData(str(self.cohort.framework_version_id))  # type: ignore[attr-defined]
            self.framework.setCurrentIndex(max(index, 0))  # type: ignore[attr-defined]

    def save(self) -> None:
        actor, row = self.ctx.actor, self.cohort
        data = self.framework.currentData()  # type: ignore[attr-defined]
        values = {
            "starts_on": self.starts.value(),  # type: ignore[attr-defined]
            "ends_on": self.ends.value(),  # type: ignore[attr-defined]
            "framework_version_id": uuid.UUID(data) if data else None,
        }
        name = self.name.text()
        if row is None:
            self.run_save(lambda s: cohorts.add_cohort(s, actor, name, **values))
        else:
            self.run_save(
                lambda s: cohorts.edit_cohort(
                    s, actor, row.id, name=name, expected_version=row.row_version, **values
                ),
            )


class CohortsDialog(ManageDialog[CohortRow]):
    KINDS = ("cohort", "placement", "framework")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, CohortsModel(), "cohortsDialog", self.tr("Cohorts"), CohortsModel.NAME, parent
        )
        self.add_button = self.button(self.tr("&Add cohort…"), "cohortsAdd", self.add)
        self.edit_button = self.button(self.tr("&Edit…"), "cohortsEdit", self.edit)
        self.placements_button = self.button(
            self.tr("&Placements…"), "cohortsPlacements", self.show_placements
        )
        self.finish_buttons()

    def load(self, session: Any, text: str) -> list[CohortRow]:
        return cohorts.list_cohorts(session, self.ctx.actor)

    def empty_text(self, filtered: bool) -> str:
        return self.tr(
            "No cohorts yet. Press “Add cohort” for the students who started together, or "
            "import placements: a cohort the file names is made with them."
        )

    def update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.placements_button.setEnabled(chosen)

    def activated(self) -> None:
        self.edit()

    def add(self) -> None:
        CohortForm(self.ctx, self, None).open()

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            CohortForm(self.ctx, self, row).open()

    def show_placements(self) -> None:
        row = self.selected()
        if row is not None:
            from mentorlog.ui.site_admin.placements_dialog import open_placements_dialog

            open_placements_dialog(self.ctx, self.parentWidget(), cohort=(row.id, row.name))


def open_cohorts_dialog(ctx: AppContext, parent: QWidget | None = None) -> CohortsDialog:
    return open_window(CohortsDialog(ctx, parent))  # type: ignore[return-value]
