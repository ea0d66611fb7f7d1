"""The goals list: one row per goal, open ones first (ordered in SQL by the service)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mentorlog.services.goals import GoalView
from mentorlog.ui import colors, labels
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.wording import translate

TITLE, STATUS, DUE, COMPETENCIES, NOTES = range(5)


def goal_status(code: str) -> str:
    return {
        "open": translate("GoalsModel", "Open"),
        "in_progress": translate("GoalsModel", "In progress"),
        "achieved": translate("GoalsModel", "Achieved"),
        "dropped": translate("GoalsModel", "Dropped"),
    }.get(code, code)


class GoalsModel(RowsModel[GoalView]):
    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def headers(self) -> list[str]:
        return [
            translate("GoalsModel", "Goal"),
            translate("GoalsModel", "Status"),
            translate("GoalsModel", "Due"),
            translate("GoalsModel", "Competencies"),
            translate("GoalsModel", "Notes"),
        ]

    def cell(self, goal: GoalView, column: int, role: int) -> Any:
        overdue = goal.is_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return goal.title
            if column == STATUS:
                return goal_status(goal.status)
            if column == DUE:
                text = labels.short_date(goal.due_on) if goal.due_on else "—"
                return (
                    translate("GoalsModel", "%1 (overdue)").replace("%1", text) if overdue else text
                )
            if column == COMPETENCIES:
                return ", ".join(c.key for c in goal.competencies)
            if column == NOTES:
                return str(len(goal.notes))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COMPETENCIES:
                return "\n".join(f"{c.key} {c.name}" for c in goal.competencies)
            if column == TITLE:
                return goal.action_plan or goal.title
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and overdue:
            return colors.attention_text()
        if role == Qt.ItemDataRole.FontRole and not goal.is_active:
            font = QFont()
            font.setItalic(True)  # achieved or dropped: still there, but settled
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
