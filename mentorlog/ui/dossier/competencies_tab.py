"""The dossier's competencies: every competency with the mentor's latest rating and the
student's self-assessment side by side, a prompt for those not observed lately, and the
selected one's trend (QtCharts, loaded the first time this tab is shown)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.competencies import (
    CompetencyOverview,
    Trend,
    competency_overview,
    competency_trend,
)
from mentorlog.ui.context import AppContext
from mentorlog.ui.dossier.competencies_model import (
    COMPETENCY,
    LAST_OBSERVED,
    MENTOR,
    SELF,
    TIMES,
    CompetenciesModel,
)
from mentorlog.ui.ops import Op
from mentorlog.ui.student_view import is_student_view
from mentorlog.ui.wording import fill

# An observation's ratings change with it.
WATCHED_KINDS = (ChangeKind.OBSERVATION, ChangeKind.SELF_ASSESSMENT)
PROMPT_NAMES = 4  # how many stale competencies the prompt names before "and N more"


class CompetenciesTab(QWidget):
    """``show_in_timeline(key)`` asks the dossier for the timeline filtered to it."""

    show_in_timeline = Signal(str)
    loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._placement_id: uuid.UUID | None = None
        self._loaded_for: uuid.UUID | None = None
        self._overview: CompetencyOverview | None = None
        self._request = 0
        self._trend_request = 0
        self.chart: Any = None  # a TrendChart once the tab is first shown
        self.setObjectName("competenciesTab")

        self.prompt = QLabel()
        self.prompt.setObjectName("stalePrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setFrameShape(QFrame.Shape.StyledPanel)
        self.prompt.setMargin(8)
        self.prompt.hide()

        self.model = CompetenciesModel(self)
        self.view = QTableView()
        self.view.setObjectName("competenciesView")
        self.view.setAccessibleName(self.tr("Competencies"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        # Level labels are long ("Acceptable, competent with guidance"): fixed widths from
        # the font, elided, with the whole text and date in the tooltip.
        metrics = self.view.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COMPETENCY, QHeaderView.ResizeMode.Stretch)
        for column, sample in (
            (MENTOR, "3 – Acceptable, competent with"),
            (TIMES, self.tr("Observed") + "00"),  # the header and room for a number
            (LAST_OBSERVED, self.tr("100 days ago")),
            (SELF, "3 – Acceptable, competent with"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._activated)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("competenciesSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        self.rate_button: QPushButton | None = None
        if is_student_view(ctx.actor):
            layout.addLayout(self._self_assessment_bar())
        layout.addWidget(self.splitter, 1)
        ctx.changed.connect(self._on_changed)

    def _self_assessment_bar(self) -> QHBoxLayout:
        """The student rates themself on the chosen competency; shown beside the mentor."""
        hint = QLabel(
            self.tr(
                "Your self-assessment is shown beside your mentor's rating, never averaged into it."
            )
        )
        hint.setWordWrap(True)
        self.rate_button = QPushButton(self.tr("Rate m&yself…"))
        self.rate_button.setObjectName("rateMyself")
        self.rate_button.setToolTip(self.tr("Rate yourself on the chosen competency"))
        self.rate_button.setEnabled(False)
        self.rate_button.clicked.connect(self.open_self_assessment)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.rate_button)
        return bar

    def open_self_assessment(self) -> QWidget | None:
        key, pid = self._key_at(self.view.currentIndex()), self._placement_id
        if not key or pid is None:
            return None
        from mentorlog.ui.dossier.self_assessment_dialog import SelfAssessmentDialog

        dialog = SelfAssessmentDialog(self._ctx, pid, key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_placement(self, placement_id: uuid.UUID | None) -> None:
        if placement_id == self._placement_id:
            return
        self._placement_id = placement_id
        self._loaded_for = None
        self.model.set_rows(None)
        self.prompt.hide()
        if self.chart is not None:
            self.chart.show_message(self.tr("Choose a competency above to see its trend."))
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.chart is None:
            from mentorlog.ui.dossier.trend_chart import TrendChart

            self.chart = TrendChart()
            self.splitter.addWidget(self.chart)
            self.splitter.setSizes([300, 260])
        if self._loaded_for != self._placement_id:
            self.refresh()

    def refresh(self) -> None:
        self._request += 1
        request, placement_id = self._request, self._placement_id
        if placement_id is None:
            return
        actor = self._ctx.actor
        Op(self, lambda s: competency_overview(s, actor, placement_id)).success(
            lambda overview: self._show(request, placement_id, overview)
        ).run(self._ctx)

    def _show(self, request: int, placement_id: uuid.UUID, overview: CompetencyOverview) -> None:
        if request != self._request:
            return
        self._loaded_for = placement_id
        self._overview = overview
        key = self._key_at(self.view.currentIndex())
        self.model.set_rows(overview)
        self._show_prompt(overview)
        row = self.model.row_of(key) if key else -1
        if row < 0 and overview.rows:
            # Start on the competency that most needs attention: the first stale one.
            row = next((i for i, r in enumerate(overview.rows) if r.stale), 0)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, COMPETENCY))
        self.loaded.emit(placement_id)

    def _show_prompt(self, overview: CompetencyOverview) -> None:
        stale = overview.stale
        if not stale:
            self.prompt.setText(
                self.tr(
                    "Every competency was observed in the last %n day(s).",
                    "",
                    overview.stale_after_days,
                )
            )
        else:
            names = ", ".join(r.name for r in stale[:PROMPT_NAMES])
            if len(stale) > PROMPT_NAMES:
                names = fill(self.tr("%1 and %n more", "", len(stale) - PROMPT_NAMES), names)
            sentence = self.tr(
                "%n of %1 competencies were not observed in the last %2 days (highlighted): "
                "%3. Look out for them on the next shifts.",
                "",
                len(stale),
            )
            self.prompt.setText(
                fill(sentence, len(overview.rows), overview.stale_after_days, names)
            )
        self.prompt.show()

    def _key_at(self, index: QModelIndex) -> str:
        # Read through the model, not index.data() (a PySide6 6.12 defect; see pyproject).
        return self.model.status(index.row()).key if index.isValid() else ""

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self._key_at(current)
        if self.rate_button is not None:
            self.rate_button.setEnabled(bool(key))
        if not key or self._placement_id is None or self.chart is None:
            return
        self._trend_request += 1
        request, placement_id, actor = self._trend_request, self._placement_id, self._ctx.actor
        status = self.model.status(current.row())
        Op(self, lambda s: competency_trend(s, actor, placement_id, key)).success(
            lambda trend: self._show_trend(request, trend, f"{status.key} {status.name}")
        ).run(self._ctx)

    def _show_trend(self, request: int, trend: Trend, name: str) -> None:
        if request != self._trend_request or self._overview is None or self.chart is None:
            return
        self.chart.show_trend(trend, name, self._overview.levels, self._overview.expected_value)

    def _activated(self, index: QModelIndex) -> None:
        key = self._key_at(index)
        if key:
            self.show_in_timeline.emit(key)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._placement_id is None:
            return
        if changes.touches(*WATCHED_KINDS, placement_id=self._placement_id):
            self._loaded_for = None
            if self.isVisible():
                self.refresh()
