"""The side panel's item model: placements grouped under "prison · cohort" headings.

Two levels: a heading row per group (internal id 0), and its placements (internal id =
group number + 1, so ``parent()`` needs no lookup). Rows arrive already filtered and
sorted by SQL; ``set_rows()`` resets the model.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from mentorlog.models import ENDED_STATUSES, PlacementStatus
from mentorlog.services.competencies import STALE_AFTER_DAYS
from mentorlog.services.placements import PlacementRow
from mentorlog.ui import colors, labels
from mentorlog.ui.rows_model import ColumnHeaders

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

STUDENT, PHASE, LAST_SEEN, CONCERNS, UNACKNOWLEDGED = range(5)
COLUMN_COUNT = 5
PlacementIdRole = Qt.ItemDataRole.UserRole + 1
IsGroupRole = Qt.ItemDataRole.UserRole + 2

# A placement that is over: its days since the last observation no longer count.
OVER = ENDED_STATUSES


def _t(text: str) -> str:
    return QCoreApplication.translate("PlacementsModel", text)


@dataclass
class _Group:
    prison: str
    cohort: str
    rows: list[PlacementRow]

    @property
    def title(self) -> str:
        return f"{self.prison} · {self.cohort}" if self.cohort else self.prison


class PlacementsModel(ColumnHeaders, QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._compact = False

    def set_compact_headers(self, compact: bool) -> None:
        """Short headings for a narrow panel (the tooltips keep the words)."""
        if compact != self._compact:
            self._compact = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    # --- data in ------------------------------------------------------------------------

    def set_rows(self, rows: list[PlacementRow]) -> None:
        self.beginResetModel()
        self._groups = []
        for row in rows:
            if not self._groups or (self._groups[-1].prison, self._groups[-1].cohort) != row.group:
                self._groups.append(_Group(row.prison, row.cohort, []))
            self._groups[-1].rows.append(row)
        self.endResetModel()

    def placement_count(self) -> int:
        return sum(len(g.rows) for g in self._groups)

    def is_group(self, index: Index) -> bool:
        return index.isValid() and index.internalId() == 0

    def row_for(self, index: Index) -> PlacementRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].rows[index.row()]

    def index_of(self, placement_id: uuid.UUID) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, row in enumerate(group.rows):
                if row.placement_id == placement_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def first_placement(self) -> QModelIndex:
        return self.createIndex(0, 0, 1) if self._groups else QModelIndex()

    # --- structure ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headers(self) -> tuple[str, ...]:
        if self._compact:  # a narrow panel: the student's name keeps the room
            return (_t("Student"), _t("Phase"), _t("Last"), "⚑", "✉")  # ⚑ as the Concerns tab
        # Not "Unread" for the last one: a mentor would take it for what they have not read.
        return (_t("Student"), _t("Phase"), _t("Last obs."), _t("Concerns"), _t("Unanswered"))

    def header_tip(self, section: int) -> str | None:
        return {
            LAST_SEEN: _t("Days since the last observation shared with the student"),
            CONCERNS: _t("Causes for concern open or escalated"),
            UNACKNOWLEDGED: _t("Shared feedback the student has not yet acknowledged or answered"),
        }.get(section)

    # --- data out -----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self._groups[index.internalId() - 1].rows[index.row()]
        return self._row_data(row, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if column != STUDENT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{group.title} ({len(group.rows)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == IsGroupRole:
            return True
        return None

    def _row_data(self, row: PlacementRow, column: int, role: int) -> Any:
        if role == PlacementIdRole:
            return row.placement_id
        if role == IsGroupRole:
            return False
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != STUDENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._needs_attention(row, column):
            return colors.attention_text()
        if role == Qt.ItemDataRole.FontRole and self._needs_attention(row, column):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _needs_attention(row: PlacementRow, column: int) -> bool:
        if column == CONCERNS:
            return row.open_concerns > 0
        if column == LAST_SEEN:
            days = row.days_since_observed
            return row.status == "active" and (days is None or days > STALE_AFTER_DAYS)
        return False

    @staticmethod
    def _display(row: PlacementRow, column: int) -> str:
        if column == STUDENT:
            return row.student_name
        if column == PHASE:
            return labels.phase(row.phase)
        if column == LAST_SEEN:
            if row.status in OVER:
                # Days since the last observation mean nothing once a placement is over.
                return {
                    PlacementStatus.COMPLETED: _t("ended"),
                    PlacementStatus.INTERRUPTED: _t("interrupted"),
                }.get(row.status, _t("withdrawn"))
            days = row.days_since_observed
            if days is None:
                return "—"
            return _t("today") if days <= 0 else _t("{n} d").format(n=days)
        if column == CONCERNS:
            return str(row.open_concerns) if row.open_concerns else ""
        if column == UNACKNOWLEDGED:
            return str(row.unacknowledged) if row.unacknowledged else ""
        return ""

    @staticmethod
    def _tooltip(row: PlacementRow, column: int) -> str:
        if column in (STUDENT, PHASE):
            # Tells two placements of one student apart: where and when each is.
            where = f"{row.prison} · {row.unit}" if row.unit else row.prison
            return _t("{name}, {phase} phase: {where}, {start} – {end}").format(
                name=row.student_name,
                phase=labels.phase(row.phase).lower(),
                where=where,
                start=labels.short_date(row.starts_on),
                end=labels.short_date(row.ends_on),
            )
        if column == LAST_SEEN:
            if row.status in OVER:
                ended = _t("Placement ended {date}").format(date=labels.long_date(row.ends_on))
                if row.last_observed_on is None:
                    return ended
                return (
                    ended
                    + "; "
                    + _t("last observation {date}").format(
                        date=labels.long_date(row.last_observed_on)
                    )
                )
            if row.last_observed_on is None:
                return _t("Not observed yet")
            return _t("Last observation {date} ({ago})").format(
                date=labels.long_date(row.last_observed_on),
                ago=labels.days_ago(row.days_since_observed),
            )
        if column == CONCERNS:
            return QCoreApplication.translate(
                "PlacementsModel",
                "%n cause(s) for concern open or escalated",
                "",
                row.open_concerns,
            )
        if column == UNACKNOWLEDGED:
            return QCoreApplication.translate(
                "PlacementsModel",
                "%n shared observation(s) not yet acknowledged",
                "",
                row.unacknowledged,
            )
        where = " · ".join(p for p in (row.prison, row.unit) if p)
        return _t("{name}\n{where}\n{start} – {end}, {status}").format(
            name=row.student_name,
            where=where,
            start=labels.short_date(row.starts_on),
            end=labels.short_date(row.ends_on),
            status=labels.placement_status(row.status).lower(),
        )

    def _accessible(self, row: PlacementRow, column: int) -> str:
        if column == STUDENT:
            return _t("{name}, {phase} phase").format(
                name=row.student_name, phase=labels.phase(row.phase)
            )
        if column in (LAST_SEEN, CONCERNS, UNACKNOWLEDGED):
            return self._tooltip(row, column)
        return self._display(row, column)
