"""Administration › Academy and prisons: the academy's particulars, and its training
prisons with their units (add, rename, retire; never deleted, since records point to
them). Administrators only; the services refuse anyone else too."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mentorlog.services import site
from mentorlog.services.errors import ValidationError
from mentorlog.services.framework_files import framework_choices
from mentorlog.services.site import AcademyRow, PrisonRow, UnitRow
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.person_form import FormDialog
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.site_admin.manage_dialog import ManageDialog, open_window

TIME_ZONES = (
    "Europe/Tallinn",
    "Europe/Oslo",
    "Europe/Helsinki",
    "Europe/Brussels",
    "Europe/Stockholm",
    "Europe/Copenhagen",
    "Europe/Riga",
    "Europe/Vilnius",
    "Europe/Berlin",
    "Europe/Amsterdam",
    "Europe/Paris",
    "Europe/Dublin",
    "Europe/London",
    "Europe/Lisbon",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Vienna",
    "Europe/Prague",
    "Europe/Warsaw",
)


@dataclass(frozen=True)
class SiteLine:
    """One line of the list: a prison, or one of its units under it."""

    prison: PrisonRow
    unit: UnitRow | None = None

    @property
    def id(self) -> uuid.UUID:
        return self.unit.id if self.unit else self.prison.id

    @property
    def retired(self) -> bool:
        return (self.unit.retired if self.unit else False) or self.prison.retired


class SiteModel(RowsModel[SiteLine]):
    NAME, WHERE, PLACEMENTS, STATE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Prison and units"),
            self.tr("Country, city"),
            self.tr("Placements"),
            self.tr("State"),
        )

    def cell(self, line: SiteLine, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if line.unit is not None:
                return {
                    self.NAME: f"    {line.unit.name}",
                    self.WHERE: line.unit.security_level,
                    self.PLACEMENTS: "",
                    self.STATE: self._state(line.unit.retired),
                }[col]
            p = line.prison
            where = ", ".join(v for v in (p.country, p.city) if v)
            return {
                self.NAME: p.name,
                self.WHERE: where,
                self.PLACEMENTS: str(p.placements),
                self.STATE: self._state(p.retired),
            }[col]
        if role == Qt.ItemDataRole.ForegroundRole and line.retired and self.parent():
            return self.parent().palette().placeholderText().color()  # type: ignore[attr-defined]
        return None

    def _state(self, retired: bool) -> str:
        return self.tr("Retired") if retired else self.tr("In use")


class PrisonForm(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, prison: PrisonRow | None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("prisonForm")
        self.prison = prison
        self.setWindowTitle(self.tr("Rename the prison") if prison else self.tr("Add a prison"))
        self.setMinimumWidth(460)
        self.name = self.field("name", self.tr("&Name"))
        self.country = self.field("country", self.tr("&Country code"))
        self.country.setPlaceholderText(self.tr("EE, NO, FI, BE …"))
        self.city = self.field("city", self.tr("C&ity"))
        self.units = None
        if prison is None:
            self.units = self.field("unit", self.tr("&Units"))
            self.units.setPlaceholderText(self.tr("Optional, separated by commas"))
        else:
            self.name.setText(prison.name)
            self.country.setText(prison.country)
            self.city.setText(prison.city)

    def save(self) -> None:
        actor, p = self.ctx.actor, self.prison
        name, country, city = self.name.text(), self.country.text(), self.city.text()
        if p is None:
            units = tuple(
                u.strip() for u in (self.units.text() if self.units else "").split(",") if u.strip()
            )
            self.run_save(
                lambda s: site.add_prison(s, actor, name, country=country, city=city, units=units),
            )
        else:
            self.run_save(
                lambda s: site.edit_prison(
                    s,
                    actor,
                    p.id,
                    name=name,
                    country=country,
                    city=city,
                    expected_version=p.row_version,
                ),
            )


class UnitForm(FormDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget, prison: PrisonRow, unit: UnitRow | None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("unitForm")
        self.prison, self.unit = prison, unit
        self.setWindowTitle(
            self.tr("Rename the unit")
            if unit
            else self.tr("Add a unit to %1").replace("%1", prison.name)
        )
        self.setMinimumWidth(420)
        self.name = self.field("unit", self.tr("&Name"))
        self.level = self.field("security_level", self.tr("&Security level"))
        if unit is not None:
            self.name.setText(unit.name)
            self.level.setText(unit.security_level)

    def save(self) -> None:
        actor, name, level = self.ctx.actor, self.name.text(), self.level.text()
        if self.unit is None:
            pid = self.prison.id
            self.run_save(lambda s: site.add_unit(s, actor, pid, name, level))
        else:
            u = self.unit
            self.run_save(
                lambda s: site.edit_unit(
                    s, actor, u.id, name=name, security_level=level, expected_version=u.row_version
                ),
            )


class SiteDialog(ManageDialog[SiteLine]):
    KINDS = ("academy", "prison", "unit", "placement", "framework")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, SiteModel(), "siteDialog", self.tr("Academy and prisons"), SiteModel.NAME, parent
        )
        self.academy: AcademyRow | None = None
        self._build_academy_form()
        self.add_prison_button = self.button(
            self.tr("Add &prison…"), "siteAddPrison", self.add_prison
        )
        self.add_unit_button = self.button(self.tr("Add &unit…"), "siteAddUnit", self.add_unit)
        self.rename_button = self.button(self.tr("Re&name…"), "siteRename", self.rename)
        self.retire_button = self.button(self.tr("Re&tire"), "siteRetire", self.toggle_retired)
        self.finish_buttons()

    def _build_academy_form(self) -> None:
        box = QGroupBox(self.tr("The academy"), self)
        form = QFormLayout(box)
        self.academy_name = QLineEdit(box)
        self.country = QLineEdit(box)
        self.country.setMaximumWidth(80)
        self.time_zone = QComboBox(box)
        self.time_zone.setEditable(True)
        self.time_zone.addItems(["", *TIME_ZONES])
        self.retention = QSpinBox(box)
        self.retention.setRange(*site.RETENTION_MONTHS)
        self.retention.setValue(60)
        self.retention.setSuffix(self.tr(" months"))
        self.framework = QComboBox(box)
        self.save_academy = QPushButton(self.tr("Sa&ve the academy"), box)
        self.save_academy.setObjectName("academySave")
        self.save_academy.clicked.connect(self.save_academy_form)
        general = ProblemLabel(box)
        self.academy_problems = Problems(general)
        for name, label, widget in (
            ("name", self.tr("&Name"), self.academy_name),
            ("country", self.tr("C&ountry code"), self.country),
            ("time_zone", self.tr("Time &zone"), self.time_zone),
            ("retention_months", self.tr("Keep records &for"), self.retention),
            ("default_framework_id", self.tr("Default &framework"), self.framework),
        ):
            widget.setObjectName(f"academy_{name}")
            widget.setAccessibleName(label.replace("&", ""))
            problem = ProblemLabel(box)
            self.academy_problems.add(name, problem, widget)
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(problem, 1)
            caption = QLabel(label, box)
            caption.setBuddy(widget)  # Alt+letter moves there; the "&" is not shown
            form.addRow(caption, row)
        form.addRow(general, self.save_academy)
        self.layout().insertWidget(0, box)  # type: ignore[union-attr]

    # --- loading --------------------------------------------------------------------------

    def load(self, session: Any, text: str) -> list[SiteLine]:
        self._loaded_academy = site.get_academy(session)
        self._frameworks = framework_choices(session)
        lines = []
        for prison in site.list_prisons(session, self.ctx.actor):
            lines.append(SiteLine(prison))
            lines.extend(SiteLine(prison, unit) for unit in prison.units)
        return lines

    def loaded(self, rows: list[SiteLine]) -> None:
        academy = self._loaded_academy
        if academy != self.academy or self.framework.count() == 0:
            self.academy = academy
            self.framework.clear()
            self.framework.addItem(self.tr("The one in force"), "")
            for framework_id, name in self._frameworks:
                self.framework.addItem(name, str(framework_id))
            if academy is not None:
                self.academy_name.setText(academy.name)
                self.country.setText(academy.country)
                self.time_zone.setCurrentText(academy.time_zone)
                self.retention.setValue(academy.retention_months)
                index = self.framework.findData(str(academy.default_framework_id or ""))
                self.framework.setCurrentIndex(max(index, 0))

    def empty_text(self, filtered: bool) -> str:
        return self.tr(
            "No training prisons yet. Press “Add prison” to add the first, with its units; "
            "an import of placements also adds the prisons its file names."
        )

    # --- the academy ----------------------------------------------------------------------

    def save_academy_form(self) -> None:
        actor, academy = self.ctx.actor, self.academy
        data = self.framework.currentData()
        values = {
            "name": self.academy_name.text(),
            "country": self.country.text(),
            "time_zone": self.time_zone.currentText(),
            "retention_months": self.retention.value(),
            "default_framework_id": uuid.UUID(data) if data else None,
            "expected_version": academy.row_version if academy else None,
        }
        self.academy_problems.clear()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.academy_problems.show(exc.problems)
            else:
                show_error(self, exc)

        def saved(row: AcademyRow) -> None:
            self.academy = row
            self.status.setText(self.tr("The academy %1 is saved.").replace("%1", row.name))

        Op(self, lambda s: site.save_academy(s, actor, **values)).success(saved).failure(
            failed
        ).run(self.ctx)

    # --- prisons and units ----------------------------------------------------------------

    def update_buttons(self) -> None:
        line = self.selected()
        self.add_unit_button.setEnabled(line is not None and not line.prison.retired)
        self.rename_button.setEnabled(line is not None)
        self.retire_button.setEnabled(line is not None)
        retired = line is not None and (line.unit.retired if line.unit else line.prison.retired)
        self.retire_button.setText(self.tr("Rein&state") if retired else self.tr("Re&tire"))

    def activated(self) -> None:
        self.rename()

    def add_prison(self) -> None:
        form = PrisonForm(self.ctx, self, None)
        form.accepted.connect(
            lambda: self.status.setText(
                self.tr("%1 was added.").replace("%1", form.result_row.name)
            )
        )
        form.open()

    def add_unit(self) -> None:
        line = self.selected()
        if line is not None:
            UnitForm(self.ctx, self, line.prison, None).open()

    def rename(self) -> None:
        line = self.selected()
        if line is None:
            return
        form = (
            UnitForm(self.ctx, self, line.prison, line.unit)
            if line.unit
            else PrisonForm(self.ctx, self, line.prison)
        )
        form.open()

    def toggle_retired(self) -> None:
        line, actor = self.selected(), self.ctx.actor
        if line is None:
            return
        if line.unit is not None:
            unit = line.unit
            retire = not unit.retired
            self.write(
                lambda s: site.set_unit_retired(
                    s, actor, unit.id, retire, expected_version=unit.row_version
                ),
                self.tr("%1 is retired.") if retire else self.tr("%1 is in use again."),
            )
        else:
            prison = line.prison
            retire = not prison.retired
            self.write(
                lambda s: site.set_prison_retired(
                    s, actor, prison.id, retire, expected_version=prison.row_version
                ),
                self.tr("%1 is retired; its records stay.")
                if retire
                else self.tr("%1 is in use again."),
            )


def open_site_dialog(ctx: AppContext, parent: QWidget | None = None) -> SiteDialog:
    return open_window(SiteDialog(ctx, parent))  # type: ignore[return-value]
