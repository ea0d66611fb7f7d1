"""The attention dashboard: every placement the signed-in person may see, those needing
attention first, with the figures and reasons behind it; filters above, Export… to CSV.

Filtering and ordering happen in SQL (services.attention): every filter change asks the
worker for the rows again, and a newer answer replaces an older one. Double-click or
Enter on a row opens that placement's dossier (``placement_activated``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import PlacementPhase
from mentorlog.services.attention import DashboardFilter, dashboard_rows
from mentorlog.services.attention_row import AttentionRow
from mentorlog.services.attention_rules import Level
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.dashboard_choices import DashboardChoices, dashboard_choices
from mentorlog.ui import colors, labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.dashboard_model import PRISON, REASONS, DashboardModel, PlacementIdRole
from mentorlog.ui.ops import Op
from mentorlog.ui.placements_panel import WATCHED_KINDS as PANEL_KINDS
from mentorlog.ui.placements_panel import no_placements_text
from mentorlog.ui.table_parts import TableOrEmpty, row_table, search_field

# Writes that change a figure of the dashboard: what the placements panel watches, logged
# hours, and the framework (the levels expected).
WATCHED_KINDS = (*PANEL_KINDS, ChangeKind.SHIFT_LOG, ChangeKind.FRAMEWORK)
# Writes that change the filters' choices.
CHOICE_KINDS = (
    ChangeKind.PLACEMENT,
    ChangeKind.PERSON,
    ChangeKind.COHORT,
    ChangeKind.PRISON,
    ChangeKind.ACADEMY,
)
ANY = ""  # combo data for "any": never None (see audit_view.py on PySide6 6.12)
RESIZE_ROWS = 60
FIXED_WIDTHS = {REASONS: 330, PRISON: 150}


def filter_combo(parent: QWidget, name: str, accessible: str, letters: int) -> QComboBox:
    """A filter's drop-down, wide enough for ``letters`` of its choices."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def chosen_id(combo: QComboBox) -> uuid.UUID | None:
    """The id chosen in a filter filled by ``fill_choices`` (None: any)."""
    value = combo.currentData()
    return uuid.UUID(value) if value else None


def fill_choices(combo: QComboBox, everyone: str, items: Iterable[tuple[uuid.UUID, str]]) -> None:
    """``everyone`` (data ANY) and ``items`` (id, name) in ``combo``, keeping the choice
    made if it is still there, without a signal for the refill."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everyone, ANY)
    for item_id, name in items:
        combo.addItem(name, str(item_id))
    combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
    combo.blockSignals(False)


def _bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class DashboardView(QWidget):
    """Emits ``loaded()`` each time rows arrive and ``placement_activated(uuid)``."""

    loaded = Signal()
    placement_activated = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboardView")
        self._request = 0
        self._choices: DashboardChoices | None = None
        self.rows: list[AttentionRow] = []

        self.search = search_field(
            self,
            "dashboardSearch",
            self.tr("Find a student, prison or cohort"),
            self.tr("Find in the dashboard"),
            self.refresh,
        )
        self.academy = self._combo("dashboardAcademy", self.tr("Academy"))
        self.cohort = self._combo("dashboardCohort", self.tr("Cohort"))
        self.prison = self._combo("dashboardPrison", self.tr("Training prison"))
        self.mentor = self._combo("dashboardMentor", self.tr("Mentor"))
        self.phase = self._combo("dashboardPhase", self.tr("Phase"))
        self.phase.addItem(self.tr("Every phase"), ANY)
        for phase in PlacementPhase:
            self.phase.addItem(labels.phase(phase.value), phase.value)
        self.attention_only = QCheckBox(self.tr("&Needs attention only"), self)
        self.attention_only.setObjectName("dashboardAttentionOnly")
        self.show_ended = QCheckBox(self.tr("Show &ended placements"), self)
        self.show_ended.setObjectName("dashboardShowEnded")
        for box in (self.attention_only, self.show_ended):
            box.toggled.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        colors.make_secondary(self.summary)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("dashboardExport")
        self.export_button.setToolTip(self.tr("Save these rows as CSV for the academy's records"))
        self.export_button.clicked.connect(self.export_csv)

        self.model = DashboardModel(self)
        self.table = row_table(self, self.model, "dashboardTable", self.tr("Placements"), REASONS)
        header = self.table.horizontalHeader()
        # Columns are sized here from the first rows' texts (see _fit_columns), not by
        # Qt's ResizeToContents, which asks the model for every cell in every role
        # several times over: slower than the query behind the rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        self._fitted = False
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._activated)
        self.stack = TableOrEmpty(self.table, "dashboardEmpty", self)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.academy, self.cohort, self.prison, self.mentor, self.phase):
            filters.addWidget(combo, 1)
        options = QHBoxLayout()
        options.addWidget(self.attention_only)
        options.addWidget(self.show_ended)
        options.addWidget(self.summary, 1)
        options.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addLayout(options)
        layout.addWidget(self.stack, 1)
        for combo in (self.academy, self.cohort, self.prison, self.mentor, self.phase):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.changed.connect(self._on_changed)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        return filter_combo(self, name, accessible, 10)

    # --- loading ----------------------------------------------------------------------

    def filters(self) -> DashboardFilter:
        return DashboardFilter(
            academy_id=chosen_id(self.academy),
            cohort_id=chosen_id(self.cohort),
            prison_id=chosen_id(self.prison),
            mentor_id=chosen_id(self.mentor),
            phase=self.phase.currentData() or None,
            attention_only=self.attention_only.isChecked(),
            include_ended=self.show_ended.isChecked(),
            text=self.search.text(),
        )

    def refresh(self) -> None:
        """Ask for the rows the filters keep (and, the first time, the filters' choices)."""
        self._request += 1
        request, actor, filters = self._request, self.ctx.actor, self.filters()
        want_choices = self._choices is None

        def load(session: Any) -> tuple[DashboardChoices | None, list[AttentionRow]]:
            rows = dashboard_rows(session, actor, filters)
            return (dashboard_choices(session, actor) if want_choices else None), rows

        Op(self, load).reading().success(lambda result: self._show(request, *result)).run(self.ctx)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED_KINDS):
            if changes.touches(*CHOICE_KINDS):
                self._choices = None
            self.refresh()

    def _show(
        self, request: int, choices: DashboardChoices | None, rows: list[AttentionRow]
    ) -> None:
        if request != self._request:
            return  # an older answer; a newer one is on its way
        if choices is not None:
            self._set_choices(choices)
        keep = self.selected_placement()
        self.rows = rows
        self.model.set_rows(rows)
        if not self._fitted and rows:
            self._fit_columns()
        if keep is not None:
            for n, row in enumerate(rows):
                if row.placement_id == keep:
                    self.table.selectRow(n)
                    break
        self._show_summary(rows)
        self.stack.show_rows(self._empty_text())
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """Each column as wide as its header and its first rows' texts; the reasons and
        the prison get room of their own, elided (whole in the tooltip); the figures after
        them scroll into view on a narrow screen. Once: the user's widths are then kept."""
        self._fitted = True
        header = self.table.horizontalHeader()
        plain = self.table.fontMetrics()
        bold = QFontMetrics(_bold_font(self.table.font()))
        head = QFontMetrics(header.font())
        pad = 18
        for column, title in enumerate(self.model.headers()):
            if column in FIXED_WIDTHS:
                header.resizeSection(column, FIXED_WIDTHS[column])
                continue
            widest = head.horizontalAdvance(title)
            for text, is_bold in self.model.column_texts(column, RESIZE_ROWS):
                widest = max(widest, (bold if is_bold else plain).horizontalAdvance(text))
            header.resizeSection(column, widest + pad)

    def _set_choices(self, choices: DashboardChoices) -> None:
        self._choices = choices
        fill_choices(self.academy, self.tr("Every academy"), choices.academies)
        fill_choices(self.cohort, self.tr("Every cohort"), choices.cohorts)
        fill_choices(self.prison, self.tr("Every prison"), choices.prisons)
        fill_choices(self.mentor, self.tr("Every mentor"), choices.mentors)
        # One academy is no choice at all.
        self.academy.setVisible(len(choices.academies) > 1)

    def _show_summary(self, rows: list[AttentionRow]) -> None:
        act_now = sum(1 for r in rows if r.level == Level.ACT_NOW)
        attention = sum(1 for r in rows if r.level == Level.ATTENTION)
        shown = self.tr("%n placement(s)", "", len(rows))
        self.summary.setText(
            self.tr("{shown}: {act} to act on now, {attention} needing attention").format(
                shown=shown, act=act_now, attention=attention
            )
        )

    def _empty_text(self) -> str:
        filters = self.filters()
        narrowed = any(
            (
                filters.academy_id,
                filters.cohort_id,
                filters.prison_id,
                filters.mentor_id,
                filters.phase,
                filters.text.strip(),
            )
        )
        if filters.attention_only and not narrowed:
            return self.tr(
                "No placement needs attention now. Untick “Needs attention only” to see "
                "every placement."
            )
        if narrowed or filters.attention_only:
            return self.tr("No placement matches these filters. Widen or clear them.")
        if self._choices is not None and self._choices.placements == 0:
            return no_placements_text(self.ctx.actor)
        return self.tr(
            "None of these placements is current. Tick “Show ended placements” to see "
            "the ended ones."
        )

    # --- acting on rows ---------------------------------------------------------------

    def selected_placement(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, PlacementIdRole) if index.isValid() else None

    def _activated(self, index: Any) -> None:
        placement_id = self.model.data(index, PlacementIdRole)
        if placement_id is not None:
            self.placement_activated.emit(placement_id)

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def export_csv(self, path: Path | None = None) -> None:
        """Write the rows these filters keep to a CSV file (asked for when not given)."""
        if path is None:
            chosen, _kind = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the dashboard"),
                str(_documents() / self.tr("attention dashboard.csv")),
                self.tr("CSV files (*.csv)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        from mentorlog.services.dashboard_csv import export_csv

        actor, filters = self.ctx.actor, self.filters()
        Op(self, lambda s: export_csv(s, actor, path, filters)).reading().success(
            lambda count: self.summary.setText(
                self.tr("Saved %n row(s) to {file}", "", count).format(file=path.name)
            )
        ).run(self.ctx)
