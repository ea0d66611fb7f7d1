"""The concerns list: one row per cause for concern, open ones first and flagged."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mentorlog.services.concerns import ConcernView
from mentorlog.ui import colors, labels
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.wording import translate

RAISED, STATUS, REVIEW, DESCRIPTION, RAISED_BY = range(5)
OPEN_FLAG = "⚑"


def first_line(text: str, length: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"


class ConcernsModel(RowsModel[ConcernView]):
    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def headers(self) -> list[str]:
        return [
            translate("ConcernsModel", "Raised"),
            translate("ConcernsModel", "Status"),
            translate("ConcernsModel", "Review on"),
            translate("ConcernsModel", "Concern"),
            translate("ConcernsModel", "Raised by"),
        ]

    def cell(self, concern: ConcernView, column: int, role: int) -> Any:
        due = concern.review_due(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RAISED:
                return labels.short_date(concern.raised_on)
            if column == STATUS:
                status = labels.concern_status(concern.status)
                return f"{OPEN_FLAG} {status}" if concern.is_open else status
            if column == REVIEW:
                if not concern.is_open or concern.review_on is None:
                    return "—"
                text = labels.short_date(concern.review_on)
                return translate("ConcernsModel", "%1 (due)").replace("%1", text) if due else text
            if column == DESCRIPTION:
                return first_line(concern.description)
            if column == RAISED_BY:
                return concern.raised_by_name
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION:
            return concern.description
        if role == Qt.ItemDataRole.AccessibleTextRole and column == STATUS:
            status = labels.concern_status(concern.status)
            return (
                translate("ConcernsModel", "%1, needs follow-up").replace("%1", status)
                if concern.is_open
                else status
            )
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and concern.is_open
            and column in (STATUS, REVIEW)
        ):
            return colors.attention_text()
        if role == Qt.ItemDataRole.FontRole and concern.is_open and column == STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None
