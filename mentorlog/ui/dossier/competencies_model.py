"""The competencies tab's table model: one row per competency of the framework."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mentorlog.services.competencies import CompetencyOverview, CompetencyStatus, LevelSeen
from mentorlog.ui import colors, labels
from mentorlog.ui.rows_model import ColumnHeaders

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COMPETENCY, MENTOR, TIMES, LAST_OBSERVED, SELF = range(5)
COLUMN_COUNT = 5
StatusRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2


def _t(text: str) -> str:
    return QCoreApplication.translate("CompetenciesModel", text)


def level_text(seen: LevelSeen | None) -> str:
    return f"{seen.code} – {seen.label}" if seen else "—"


class CompetenciesModel(ColumnHeaders, QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CompetencyStatus] = []
        self._expected: float | None = None
        self._stale_after = 0

    def set_rows(self, overview: CompetencyOverview | None) -> None:
        self.beginResetModel()
        self._rows = list(overview.rows) if overview else []
        self._expected = overview.expected_value if overview else None
        self._stale_after = overview.stale_after_days if overview else 0
        self.endResetModel()

    def status(self, row: int) -> CompetencyStatus:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        return (
            _t("Competency"),
            _t("Mentor's latest rating"),
            _t("Observed"),
            _t("Last observed"),
            _t("Student's self-assessment"),
        )

    def header_tip(self, section: int) -> str | None:
        return {
            MENTOR: _t("The latest level a mentor gave, with its label"),
            TIMES: _t("How many times it was rated (not counting “not observed”)"),
            SELF: _t(
                "The student's own latest rating, shown beside the mentor's and "
                "never averaged into it"
            ),
        }.get(section)

    def _below_expected(self, row: CompetencyStatus) -> bool:
        return row.below_expected

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == StatusRole:
            return row
        if role == KeyRole:
            return row.key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.stale:
            return colors.attention_background()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == MENTOR and self._below_expected(row):
                return colors.attention_text()
            if row.stale:
                # Text on the attention band keeps the light palette's contrast.
                return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TIMES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CompetencyStatus, column: int) -> str:
        if column == COMPETENCY:
            return f"{row.key} {row.name}"
        if column == MENTOR:
            if row.latest is None:
                return _t("not rated yet")
            return level_text(row.latest)
        if column == TIMES:
            return str(row.times_observed)
        if column == LAST_OBSERVED:
            return labels.days_ago(row.days_since_observed)
        if column == SELF:
            if row.self_assessed is None:
                return "—"
            return level_text(row.self_assessed)
        return ""

    def _tooltip(self, row: CompetencyStatus, column: int) -> str | None:
        if column == COMPETENCY:
            return f"{row.domain}\n{row.description}".strip()
        if column in (MENTOR, SELF):
            seen = row.latest if column == MENTOR else row.self_assessed
            if seen is None:
                return None
            text = _t("{level}, {date}").format(
                level=level_text(seen), date=labels.long_date(seen.on)
            )
            if column == MENTOR and self._below_expected(row):
                text += "\n" + _t(
                    "Recent ratings below {expected}, the level expected by now"
                ).format(expected=f"{self._expected:.1f}" if self._expected is not None else "")
            return text
        if column == LAST_OBSERVED and row.stale:
            return _t(
                "Not observed in the last {days} days: look out for it on the next shift"
            ).format(days=self._stale_after)
        return None
