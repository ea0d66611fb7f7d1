"""The student's answer to a piece of feedback: acknowledging it, or recording disagreement
with a comment saying why (asked for in a small dialog that keeps the comment until the
answer is saved)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services import signoff
from mentorlog.services.errors import ValidationError
from mentorlog.services.student_feedback import FeedbackItem
from mentorlog.ui import labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op


def answer(
    parent: QWidget,
    ctx: AppContext,
    observation_id: uuid.UUID,
    agree: bool,
    comment: str = "",
    *,
    done: Callable[[Any], None],
    problems: Problems,
    refused: Callable[[], None] | None = None,
) -> None:
    """Record the answer on the worker; a refusal shows beside its field (or in a dialog),
    after ``refused`` has run."""
    actor = ctx.actor

    def failed(exc: BaseException) -> None:
        if refused is not None:
            refused()
        if isinstance(exc, ValidationError):
            problems.show(exc.problems)
        else:
            show_error(parent, exc)

    problems.clear()
    Op(parent, lambda s: signoff.acknowledge(s, actor, observation_id, agree, comment)).success(
        done
    ).failure(failed).run(ctx)


class DisagreeDialog(QDialog):
    """Asks why the student disagrees; ``answered`` fires once the disagreement is saved."""

    answered = Signal(object)  # the SignOffView

    def __init__(
        self,
        ctx: AppContext,
        placement_id: uuid.UUID,
        item: FeedbackItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._placement_id = placement_id
        self._item = item
        self.setObjectName("disagreeDialog")
        self.setWindowTitle(self.tr("I disagree"))
        intro = QLabel(
            self.tr(
                "Say what you disagree with in the feedback of %1 from %2. Your comment is "
                "kept with this version of the feedback, so you and your mentor can discuss it."
            )
            .replace("%1", labels.long_date(item.observed_on))
            .replace("%2", item.mentor_name),
            self,
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Why you disagree (required)"), self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("disagreeComment")
        self.comment.setAccessibleName(self.tr("Why you disagree"))
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            self.tr("e.g. I asked him to step back before I searched the cell.")
        )
        label.setBuddy(self.comment)
        self.problem = ProblemLabel(self)
        self.general = ProblemLabel(self)
        self.problems = Problems(self.general)
        self.problems.add("comment", self.problem, self.comment)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Record disagreement"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("recordDisagreement")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.resize(460, 280)
        self.comment.setFocus()

    def accept(self) -> None:
        """Saves first; the dialog closes only once the disagreement is recorded."""
        self.save_button.setEnabled(False)

        def done(view: Any) -> None:
            self.answered.emit(view)
            super(DisagreeDialog, self).accept()

        answer(
            self,
            self._ctx,
            self._item.id,
            False,
            self.comment.toPlainText(),
            done=done,
            problems=self.problems,
            refused=lambda: self.save_button.setEnabled(True),
        )
