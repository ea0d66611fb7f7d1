"""The reviews list: one row per mid-point or final review, latest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from mentorlog.services.reviews import ReviewView
from mentorlog.ui import colors, labels
from mentorlog.ui.dossier.list_detail import RowsModel

HELD_ON, KIND, PROGRESS, STATUS, AUTHOR = range(5)
CONCERNING = ("needs_support", "at_risk", "not_passed")


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewsModel", text)


def review_status(review: ReviewView) -> str:
    if review.locked_at is not None:
        return _t("Signed")
    return _t("Published") if review.is_published else _t("Draft")


class ReviewsModel(RowsModel[ReviewView]):
    def headers(self) -> list[str]:
        return [_t("Held on"), _t("Review"), _t("Overall progress"), _t("Status"), _t("By")]

    def cell(self, review: ReviewView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                HELD_ON: labels.short_date(review.held_on),
                KIND: labels.review_kind(review.kind),
                PROGRESS: labels.overall_progress(review.overall_progress),
                STATUS: review_status(review),
                AUTHOR: review.author_name,
            }.get(column)
        concerning = review.overall_progress in CONCERNING
        if role == Qt.ItemDataRole.ForegroundRole and column == PROGRESS and concerning:
            return colors.attention_text()
        if role == Qt.ItemDataRole.FontRole and not review.is_published:
            font = QFont()
            font.setItalic(True)  # a draft: not yet seen by the student
            return font
        return None
