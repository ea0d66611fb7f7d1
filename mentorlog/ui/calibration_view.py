"""Mentor calibration, for coordinators: for the same competency and phase, each mentor's
and each prison's ratings beside everyone else's, with mentors who rate apart from their
peers marked (services.calibration says how that is worked out)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import PlacementPhase
from mentorlog.services.calibration import DRIFT_LEVELS, Calibration, RaterRow, calibration
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.dashboard_choices import DashboardChoices, dashboard_choices
from mentorlog.ui import colors, labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.dashboard_view import ANY, chosen_id, fill_choices, filter_combo
from mentorlog.ui.ops import Op
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.table_parts import TableOrEmpty, row_table

# One colour per level, lowest first (ColorBrewer RdBu: colour-blind safe, readable in grey).
LEVEL_COLOURS = ("#b2182b", "#ef8a62", "#c9c9c9", "#67a9cf", "#2166ac")
MARK, NAME, PRISON, STUDENTS, RATINGS, DISTRIBUTION, MEAN, PEERS, DIFFERENCE = range(9)
CountsRole = Qt.ItemDataRole.UserRole + 1
# Ratings (with observations), who mentors whom, and the framework's levels and phases.
WATCHED_KINDS = (
    ChangeKind.OBSERVATION,
    ChangeKind.PLACEMENT,
    ChangeKind.PERSON,
    ChangeKind.COHORT,
    ChangeKind.PRISON,
    ChangeKind.FRAMEWORK,
)


def level_colour(position: int) -> QColor:
    return QColor(LEVEL_COLOURS[min(position, len(LEVEL_COLOURS) - 1)])


class RatersModel(RowsModel[RaterRow]):
    """Mentors (or prisons) with their distributions; ``prisons`` drops the mentor-only
    columns' words."""

    def __init__(self, prisons: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prisons = prisons

    def headers(self) -> tuple[str, ...]:
        return (
            "",
            self.tr("Prison") if self._prisons else self.tr("Mentor"),
            "" if self._prisons else self.tr("Prison"),
            "" if self._prisons else self.tr("Students"),
            self.tr("Ratings"),
            self.tr("Distribution (theirs above, everyone else's below)"),
            self.tr("Mean"),
            self.tr("Others' mean"),
            self.tr("Difference"),
        )

    def header_tip(self, section: int) -> str | None:
        return {
            PEERS: self.tr("Everyone else's mean in the same competencies and phases"),
            DIFFERENCE: self.tr(
                "How far this mentor's ratings sit from their peers', apart from their "
                "students' own level; a prison's, from the other prisons'"
            ),
        }.get(section)

    def cell(self, row: RaterRow, column: int, role: int) -> Any:
        if role == CountsRole and column == DISTRIBUTION:
            return (row.counts, row.peer_counts)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            STUDENTS,
            RATINGS,
            MEAN,
            PEERS,
            DIFFERENCE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.drift and column in (MARK, DIFFERENCE):
            return colors.attention_text()
        if role == Qt.ItemDataRole.ToolTipRole and column in (MARK, DIFFERENCE, DISTRIBUTION):
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == DISTRIBUTION:
            return self._tooltip(row)
        return None

    def _display(self, row: RaterRow, column: int) -> str:
        if column == MARK:
            return {1: "▲", -1: "▼"}.get(row.drift, "")
        if column == NAME:
            return row.name
        if column == PRISON:
            return "" if self._prisons else row.prison
        if column == STUDENTS:
            return "" if self._prisons else str(row.students)
        if column == RATINGS:
            return str(row.ratings)
        if column == MEAN:
            return f"{row.mean:.2f}"
        if column == PEERS:
            return "" if row.peers_mean is None else f"{row.peers_mean:.2f}"
        if column == DIFFERENCE:
            return "" if row.difference is None else f"{row.difference:+.2f}"
        return ""

    def _tooltip(self, row: RaterRow) -> str:
        shares = " · ".join(
            f"{n}" for n in row.counts
        )  # counts per level, lowest first, for a screen reader too
        text = self.tr("{name}: {n} ratings ({shares} from the lowest level up)").format(
            name=row.name, n=row.ratings, shares=shares
        )
        if row.drift > 0:
            text += "\n" + self.tr("Rates higher than peers: a conversation about the scale?")
        elif row.drift < 0:
            text += "\n" + self.tr("Rates lower than peers: a conversation about the scale?")
        return text


class DistributionDelegate(QStyledItemDelegate):
    """A rater's ratings as a bar of level shares, everyone else's as a thinner bar under it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(CountsRole)
        if not value:
            super().paint(painter, option, index)
            return
        own, others = value
        rect: QRect = option.rect.adjusted(4, 3, -4, -3)  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        top = rect.height() * 3 // 5
        self._bar(painter, QRect(rect.left(), rect.top(), rect.width(), top), own)
        self._bar(
            painter,
            QRect(rect.left(), rect.top() + top + 2, rect.width(), rect.height() - top - 2),
            others,
        )
        painter.restore()

    @staticmethod
    def _bar(painter: QPainter, rect: QRect, counts: tuple[int, ...]) -> None:
        total = sum(counts)
        if not total or rect.height() <= 0:
            return
        x = float(rect.left())
        for position, count in enumerate(counts):
            width = rect.width() * count / total
            painter.setBrush(level_colour(position))
            painter.drawRect(
                round(x), rect.top(), max(0, round(x + width) - round(x)), rect.height()
            )
            x += width

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(220, 22)


class CalibrationView(QWidget):
    """Emits ``loaded()`` when a comparison arrives."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calibrationView")
        self._request = 0
        self._choices: DashboardChoices | None = None
        self._competencies_listed = False
        self.result: Calibration | None = None

        self.cohort = self._combo("calibrationCohort", self.tr("Cohort"))
        self.prison = self._combo("calibrationPrison", self.tr("Training prison"))
        self.competency = self._combo("calibrationCompetency", self.tr("Competency"))
        self.competency.addItem(self.tr("Every competency"), ANY)
        self.phase = self._combo("calibrationPhase", self.tr("Phase"))
        self.phase.addItem(self.tr("Every phase"), ANY)
        for phase in PlacementPhase:
            self.phase.addItem(labels.phase(phase.value), phase.value)
        self.note = QLabel(
            self.tr(
                "Each mentor's ratings beside everyone else's in the same competencies and "
                "phases. ▲ rates higher, ▼ lower than peers, by {levels} of a level or more, "
                "over several students: an invitation to talk about the scale, not a "
                "verdict (it compares ratings, not students)."
            ).format(levels=f"{DRIFT_LEVELS:g}"),
            self,
        )
        self.note.setObjectName("calibrationNote")
        self.note.setWordWrap(True)
        colors.make_secondary(self.note)
        self.legend = QLabel(self)
        self.legend.setObjectName("calibrationLegend")
        self.status = QLabel(self)
        self.status.setObjectName("calibrationStatus")
        colors.make_secondary(self.status)

        self.mentors_model = RatersModel(parent=self)
        self.prisons_model = RatersModel(prisons=True, parent=self)
        delegate = DistributionDelegate(self)
        tables = []
        for model, name, accessible in (
            (self.mentors_model, "calibrationMentors", self.tr("Mentors")),
            (self.prisons_model, "calibrationPrisons", self.tr("Prisons")),
        ):
            table = row_table(self, model, name, accessible, DISTRIBUTION)
            table.setItemDelegateForColumn(DISTRIBUTION, delegate)
            table.verticalHeader().setDefaultSectionSize(24)
            table.horizontalHeader().setSectionResizeMode(
                DISTRIBUTION, QHeaderView.ResizeMode.Stretch
            )
            tables.append(table)
        self.mentors_table, self.prisons_table = tables
        for column in (PRISON, STUDENTS):  # a prison's row has neither
            self.prisons_table.setColumnHidden(column, True)
        self.mentors = TableOrEmpty(self.mentors_table, "calibrationEmpty", self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.mentors)
        splitter.addWidget(self.prisons_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        filters = QHBoxLayout()
        for combo in (self.cohort, self.prison, self.competency, self.phase):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.note)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend)
        legend_row.addStretch(1)
        legend_row.addWidget(self.status)
        layout.addLayout(legend_row)
        layout.addWidget(splitter, 1)
        for combo in (self.cohort, self.prison, self.competency, self.phase):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.changed.connect(self._on_changed)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        return filter_combo(self, name, accessible, 12)

    def refresh(self) -> None:
        self._request += 1
        request, actor = self._request, self.ctx.actor

        cohort_id, prison_id = chosen_id(self.cohort), chosen_id(self.prison)
        key, phase = self.competency.currentData() or None, self.phase.currentData() or None
        want_choices = self._choices is None
        self.status.setText(self.tr("Comparing…"))

        def load(session: Any) -> tuple[DashboardChoices | None, Calibration]:
            result = calibration(
                session,
                actor,
                cohort_id=cohort_id,
                prison_id=prison_id,
                competency_key=key,
                phase=phase,
            )
            return (dashboard_choices(session, actor) if want_choices else None), result

        Op(self, load).reading().success(lambda answer: self._show(request, *answer)).run(self.ctx)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.isVisible() and changes.touches(*WATCHED_KINDS):
            self.refresh()

    def _show(self, request: int, choices: DashboardChoices | None, result: Calibration) -> None:
        if request != self._request:
            return
        if choices is not None:
            self._choices = choices
            fill_choices(self.cohort, self.tr("Every cohort"), choices.cohorts)
            fill_choices(self.prison, self.tr("Every prison"), choices.prisons)
        if not self._competencies_listed and result.competencies:
            self._competencies_listed = True
            self.competency.blockSignals(True)
            for key, name in result.competencies:
                self.competency.addItem(f"{key} {name}", key)
            self.competency.blockSignals(False)
        self.result = result
        self.legend.setText(self._legend(result))
        self.mentors_model.set_rows(list(result.mentors))
        self.prisons_model.set_rows(list(result.prisons))
        for table in (self.mentors_table, self.prisons_table):
            table.resizeColumnToContents(NAME)
        marked = len(result.drifting)
        self.status.setText(
            self.tr("{ratings} ratings; {marked}").format(
                ratings=f"{result.ratings:,}".replace(",", " "),
                marked=self.tr("%n mentor(s) rating apart from peers", "", marked),
            )
        )
        self.mentors.show_rows(self.tr("No ratings in this choice yet."))
        self.loaded.emit()

    @staticmethod
    def _legend(result: Calibration) -> str:
        swatches = " ".join(
            f"<span style='color:{LEVEL_COLOURS[i]}'>■</span>&nbsp;{code}"
            for i, (_value, code) in enumerate(result.levels)
        )
        return swatches
