"""Above the student's feedback: the reviews waiting for their signature, each to read
(in the Reviews tab) or to sign after a confirmation (Cancel its default; a comment may
go with the signature)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.reviews import ReviewView
from mentorlog.ui import labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.wording import fill


class ReviewsToSign(QGroupBox):
    """Hidden while no review waits; ``review_requested(review_id)`` asks to read one."""

    review_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.placement_id: uuid.UUID | None = None
        self.confirm: QDialog | None = None  # the open confirmation, if any
        self.setObjectName("reviewsToSign")
        self.setTitle(self.tr("Reviews waiting for your signature"))
        self.rows = QVBoxLayout(self)
        self.hide()

    def show_reviews(self, placement_id: uuid.UUID, reviews: tuple[ReviewView, ...]) -> None:
        self.placement_id = placement_id
        while self.rows.count():
            old = self.rows.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        for review in reviews:
            self.rows.addWidget(self._row(review))
        self.setVisible(bool(reviews))

    def _row(self, review: ReviewView) -> QWidget:
        row = QWidget(self)
        title = (
            self.tr("%1 of %2 by %3 — %4")
            .replace("%1", labels.review_kind(review.kind))
            .replace("%2", labels.long_date(review.held_on))
            .replace("%3", review.author_name)
            .replace("%4", labels.overall_progress(review.overall_progress))
        )
        text = QLabel(title, row)
        text.setWordWrap(True)
        text.setToolTip(review.summary)
        read = QPushButton(self.tr("Read &it"), row)
        read.setObjectName("readReview")
        read.setAccessibleName(fill(self.tr("Read: %1"), title))
        read.clicked.connect(lambda: self.review_requested.emit(review.id))
        sign = QPushButton(self.tr("&Sign review…"), row)
        sign.setObjectName("signReview")
        sign.setAccessibleName(fill(self.tr("Sign: %1"), title))
        sign.clicked.connect(lambda: self._ask_to_sign(review.id, title))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        layout.addWidget(read)
        layout.addWidget(sign)
        return row

    def _ask_to_sign(self, review_id: uuid.UUID, title: str) -> None:
        from mentorlog.ui.dossier.sign_review_dialog import ask_student_to_sign

        self.confirm = ask_student_to_sign(self.ctx, self, review_id, title)
        self.confirm.finished.connect(lambda _result: setattr(self, "confirm", None))
