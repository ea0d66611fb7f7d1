"""The student's feedback lists: new feedback (date, mentor, what was observed) and, for
what has been answered, the student's response beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentorlog.services.student_feedback import Answer, FeedbackItem
from mentorlog.ui import colors, labels
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.wording import translate

DATE, MENTOR, FEEDBACK, RESPONSE = range(4)
SUMMARY_CHARS = 160  # the table shows the start; the detail beside it shows the whole


def answer_text(answer: Answer | None) -> str:
    if answer is None:
        return translate("FeedbackModel", "New")
    return (
        translate("FeedbackModel", "Acknowledged")
        if answer.agreed
        else translate("FeedbackModel", "Disagreed")
    )


class FeedbackModel(RowsModel[FeedbackItem]):
    """``answered``: the list of answered feedback, with the response column."""

    def __init__(self, parent: Any = None, *, answered: bool = False) -> None:
        super().__init__(parent)
        self._answered = answered

    def headers(self) -> list[str]:
        columns = [
            translate("FeedbackModel", "Date"),
            translate("FeedbackModel", "Mentor"),
            translate("FeedbackModel", "Feedback"),
        ]
        return (
            [*columns, translate("FeedbackModel", "Your response")] if self._answered else columns
        )

    def cell(self, item: FeedbackItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return labels.short_date(item.observed_on)
            if column == MENTOR:
                return item.mentor_name
            if column == FEEDBACK:
                return item.summary[:SUMMARY_CHARS]
            if column == RESPONSE:
                return answer_text(item.answer)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FEEDBACK:
                return item.narrative
            if column == RESPONSE and item.answer is not None and item.answer.comment:
                return item.answer.comment
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                translate("FeedbackModel", "%1, %2: %3")
                .replace("%1", labels.long_date(item.observed_on))
                .replace("%2", item.mentor_name)
                .replace("%3", item.summary[:SUMMARY_CHARS])
            )
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == RESPONSE
            and item.answer is not None
            and not item.answer.agreed
        ):
            return colors.attention_text()
        return None
