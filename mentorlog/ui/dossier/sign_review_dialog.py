"""The student signing a review: what the signature means, an optional comment kept with it,
and Sign or Cancel, with Cancel the default (a signature cannot be taken back)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services import signoff
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op


class SignReviewDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        review_id: uuid.UUID,
        title: str,
        on_signed: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._review_id, self._on_signed = review_id, on_signed
        self.setObjectName("confirmSignReview")
        self.setWindowTitle(self.tr("Sign review"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        sentence = self.tr(
            "Sign this review?\n\nYour signature says you have read the review and talked it "
            "through with your mentor. It cannot be taken back; a coordinator signs after you."
        )
        # The review's own line (kind, date, author) above the question, when known.
        question = QLabel(f"{title}\n\n{sentence}" if title else sentence, self)
        question.setWordWrap(True)
        label = QLabel(self.tr("&Comment (optional), kept with your signature:"), self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("signComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setAccessibleName(self.tr("Comment with your signature"))
        self.comment.setPlaceholderText(
            self.tr("e.g. what you agree with, or what you see differently")
        )
        self.comment.setMaximumHeight(90)
        label.setBuddy(self.comment)
        problem = ProblemLabel(self)
        self.problems = Problems(problem)
        self.problems.add("comment", problem, self.comment)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("confirmSign")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter does not sign
        self.buttons.accepted.connect(self._sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(label)
        layout.addWidget(self.comment)
        layout.addWidget(problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _sign(self) -> None:
        actor, rid, comment = self.ctx.actor, self._review_id, self.comment.toPlainText()
        self.setEnabled(False)

        def signed(view: Any) -> None:
            self.accept()
            if self._on_signed is not None:
                self._on_signed(view)

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            show_error(self, exc)

        Op(self, lambda s: signoff.sign_review(s, actor, rid, comment.strip())).success(
            signed
        ).failure(failed).run(self.ctx)


def ask_student_to_sign(
    ctx: AppContext,
    parent: QWidget | None,
    review_id: uuid.UUID,
    title: str,
    on_signed: Callable[[Any], None] | None = None,
) -> SignReviewDialog:
    dialog = SignReviewDialog(ctx, parent, review_id, title, on_signed)
    dialog.open()
    return dialog
