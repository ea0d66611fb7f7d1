"""The reviews list: one row per mid-point or final review, latest first."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mentorlog.services.reviews import ReviewView
from mentorlog.services.signoff import REVIEW_SIGNING_ORDER
from mentorlog.services.signoff_state import ReviewSignState
from mentorlog.ui import colors, labels, trust_labels
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.wording import translate

HELD_ON, KIND, PROGRESS, STATUS, AUTHOR = range(5)
CONCERNING = ("needs_support", "at_risk", "not_passed")


def review_status(
    review: ReviewView, state: ReviewSignState | None = None, *, short: bool = False
) -> str:
    """ "Signed 1 of 3 (awaiting student)", "Signed by all", "Published" or "Draft";
    ``short`` for the list's column: "Student to sign" (the tooltip has the rest)."""
    if review.locked_at is not None:
        if state is None:
            return translate("ReviewsModel", "Signed")
        if state.waiting_for is None:
            return translate("ReviewsModel", "Signed by all")
        if short:
            return translate("ReviewsModel", "%1 to sign").replace(
                "%1", trust_labels.role(state.waiting_for)
            )
        return (
            translate("ReviewsModel", "Signed %1 of %2 (awaiting %3)")
            .replace("%1", str(len(state.signatures)))
            .replace("%2", str(len(REVIEW_SIGNING_ORDER)))
            .replace("%3", trust_labels.role(state.waiting_for).lower())
        )
    return (
        translate("ReviewsModel", "Published")
        if review.is_published
        else translate("ReviewsModel", "Draft")
    )


class ReviewsModel(RowsModel[ReviewView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sign_states: dict[uuid.UUID, ReviewSignState] = {}

    def set_sign_states(self, states: dict[uuid.UUID, ReviewSignState]) -> None:
        """Who has signed each review; shown with the next ``set_rows``."""
        self._sign_states = dict(states)

    def headers(self) -> list[str]:
        return [
            translate("ReviewsModel", "Held on"),
            translate("ReviewsModel", "Review"),
            translate("ReviewsModel", "Overall progress"),
            translate("ReviewsModel", "Status"),
            translate("ReviewsModel", "By"),
        ]

    def cell(self, review: ReviewView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                HELD_ON: labels.short_date(review.held_on),
                KIND: labels.review_kind(review.kind),
                PROGRESS: labels.overall_progress(review.overall_progress),
                STATUS: review_status(review, self._sign_states.get(review.id), short=True),
                AUTHOR: review.author_name,
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS:
            return review_status(review, self._sign_states.get(review.id))
        concerning = review.overall_progress in CONCERNING
        if role == Qt.ItemDataRole.ForegroundRole and column == PROGRESS and concerning:
            return colors.attention_text()
        if role == Qt.ItemDataRole.FontRole and not review.is_published:
            font = QFont()
            font.setItalic(True)  # a draft: not yet seen by the student
            return font
        return None
