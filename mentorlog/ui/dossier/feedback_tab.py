"""The student's first tab: feedback they have not answered yet, newest first, each to
acknowledge or disagree with; what they have answered and how; and the reviews waiting
for their signature. Shown to students only (see ``ui.student_view``)."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.student_feedback import FeedbackItem, StudentFeedback, student_feedback
from mentorlog.ui import labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.dossier.answer_feedback import DisagreeDialog, answer
from mentorlog.ui.dossier.feedback_model import FEEDBACK, FeedbackModel
from mentorlog.ui.dossier.reviews_to_sign import ReviewsToSign
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.ops import Op
from mentorlog.ui.table_parts import TableOrEmpty, row_table

WATCHED_KINDS = (ChangeKind.OBSERVATION, ChangeKind.REVIEW)  # answers and signatures too


def _e(text: str) -> str:
    return html.escape(text, quote=False)


class FeedbackTab(QWidget):
    """``review_requested(review_id)`` asks the dossier to show a review in its tab;
    ``loaded(placement_id)`` fires each time the lists have been refreshed."""

    review_requested = Signal(object)
    loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.placement_id: uuid.UUID | None = None
        self._request = 0
        self._data: StudentFeedback | None = None
        self._shown: FeedbackItem | None = None
        # After an answer from the new list, the next new item takes the answered one's row.
        self._answering = False
        self._keep_row = 0
        self.setObjectName("feedbackTab")

        self.banner = QLabel(self)
        self.banner.setObjectName("feedbackBanner")
        self.banner.setWordWrap(True)
        font = self.banner.font()
        font.setBold(True)
        self.banner.setFont(font)

        self.reviews_box = ReviewsToSign(ctx, self)
        self.reviews_box.review_requested.connect(self.review_requested)

        self.new_model = FeedbackModel(self)
        self.new_table = row_table(
            self, self.new_model, "newFeedback", self.tr("New feedback"), FEEDBACK
        )
        self.new_stack = TableOrEmpty(self.new_table, "newFeedbackEmpty", self)
        self.answered_model = FeedbackModel(self, answered=True)
        self.answered_table = row_table(
            self, self.answered_model, "answeredFeedback", self.tr("Answered feedback"), FEEDBACK
        )
        self.answered_stack = TableOrEmpty(self.answered_table, "answeredFeedbackEmpty", self)
        for table in (self.new_table, self.answered_table):
            table.setTabKeyNavigation(False)
            table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.answered_note = QLabel(self)
        self.answered_note.setObjectName("answeredNote")
        self.answered_note.setWordWrap(True)
        self.answered_note.hide()

        lists = QWidget(self)
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        new_label = QLabel(self.tr("<b>&New feedback</b>"), lists)
        new_label.setBuddy(self.new_table)
        answered_label = QLabel(self.tr("<b>Ans&wered</b>"), lists)
        answered_label.setBuddy(self.answered_table)
        lists_layout.addWidget(new_label)
        lists_layout.addWidget(self.new_stack, 3)
        lists_layout.addWidget(answered_label)
        lists_layout.addWidget(self.answered_stack, 2)
        lists_layout.addWidget(self.answered_note)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("feedbackDetail")
        self.detail.setAccessibleName(self.tr("The chosen feedback"))
        self.detail.setOpenLinks(False)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"), self)
        self.acknowledge_button.setObjectName("acknowledge")
        self.acknowledge_button.setToolTip(
            self.tr("You have read this feedback; your mentor sees that you acknowledged it")
        )
        self.disagree_button = QPushButton(self.tr("I &disagree…"), self)
        self.disagree_button.setObjectName("disagree")
        self.disagree_button.setToolTip(
            self.tr("Record that you disagree, with a comment saying why")
        )
        self.reflect_button = QPushButton(self.tr("Ref&lect on this…"), self)
        self.reflect_button.setObjectName("reflect")
        self.reflect_button.setToolTip(self.tr("Write a reflection linked to this feedback"))
        self.problem = ProblemLabel(self)
        self.problems = Problems(self.problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge_button)
        buttons.addWidget(self.disagree_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reflect_button)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addWidget(self.problem)
        detail_layout.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("feedbackSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(lists)
        split.addWidget(detail)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 560])

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.reviews_box)
        layout.addWidget(split, 1)
        # From the new feedback to what can be done with it, then the answered list: through
        # the answered list first, focusing it would choose an answered entry and hide
        # Acknowledge before the student reached it.
        self.setTabOrder(self.new_table, self.detail)
        self.setTabOrder(self.detail, self.acknowledge_button)
        self.setTabOrder(self.acknowledge_button, self.disagree_button)
        self.setTabOrder(self.disagree_button, self.reflect_button)
        self.setTabOrder(self.reflect_button, self.answered_table)

        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.disagree_button.clicked.connect(self._disagree)
        self.reflect_button.clicked.connect(self._reflect)
        self.new_table.selectionModel().currentRowChanged.connect(
            lambda current, _: self._chosen(self.new_table, current)
        )
        self.answered_table.selectionModel().currentRowChanged.connect(
            lambda current, _: self._chosen(self.answered_table, current)
        )
        ctx.changed.connect(self._on_changed)
        self._show_item(None)

    # -- loading --------------------------------------------------------------------------

    def set_placement(self, placement_id: uuid.UUID | None) -> None:
        self.placement_id = placement_id
        self.refresh()

    def refresh(self) -> None:
        self._request += 1
        request, pid, actor = self._request, self.placement_id, self.ctx.actor
        if pid is None:
            return
        Op(self, lambda s: student_feedback(s, actor, pid)).success(
            lambda data: self._loaded(request, pid, data)
        ).run(self.ctx)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED_KINDS, placement_id=self.placement_id):
            self.refresh()

    def _loaded(self, request: int, pid: uuid.UUID, data: StudentFeedback) -> None:
        if request != self._request:
            return
        shown = self._shown.id if self._shown is not None else None
        self._data = data
        self.new_model.set_rows(list(data.new))
        self.answered_model.set_rows(list(data.answered))
        self.new_stack.show_rows(
            self.tr(
                "No new feedback — everything has been acknowledged. New feedback from "
                "your mentor appears here first."
            )
        )
        self.answered_stack.show_rows(
            self.tr("Feedback you have acknowledged or disagreed with is kept here.")
        )
        self._show_banner(data)
        self.reviews_box.show_reviews(pid, data.reviews_to_sign)
        new_row, answered_row = self.new_model.row_of(shown), self.answered_model.row_of(shown)
        if new_row >= 0:
            self._select(self.new_table, new_row)
        elif answered_row >= 0 and not self._answering:
            self._select(self.answered_table, answered_row)
        elif data.new:
            self._select(self.new_table, min(self._keep_row, len(data.new) - 1))
        elif data.answered:
            self._select(self.answered_table, max(answered_row, 0))
        else:
            self._show_item(None)
        self._answering, self._keep_row = False, 0
        self.loaded.emit(pid)

    def focus_list(self) -> None:
        """Keyboard focus on the new feedback (or, with none, on the answered): where a
        student starts reading, with Acknowledge a key press away."""
        table = self.new_table if self.new_model.rowCount() else self.answered_table
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select(self, table: QTableView, row: int) -> None:
        model = table.model()
        assert isinstance(model, FeedbackModel)
        table.setCurrentIndex(model.index(row, 0))
        self._show_item(model.row_at(row))

    def _show_banner(self, data: StudentFeedback) -> None:
        parts = [
            self.tr("%n new", "", len(data.new))
            if data.new
            else self.tr("No new feedback — everything has been acknowledged.")
        ]
        if data.reviews_to_sign:
            parts.append(
                self.tr("%n review(s) waiting for your signature", "", len(data.reviews_to_sign))
            )
        self.banner.setText(" · ".join(parts))
        if data.answered_total > len(data.answered):
            self.answered_note.setText(
                self.tr(
                    "The %1 most recent of %2 answers; the timeline and your progress "
                    "report have them all."
                )
                .replace("%1", str(len(data.answered)))
                .replace("%2", str(data.answered_total))
            )
        self.answered_note.setVisible(data.answered_total > len(data.answered))

    # -- the chosen item ------------------------------------------------------------------

    def _chosen(self, table: QTableView, current: QModelIndex) -> None:
        if not current.isValid():
            return
        other = self.answered_table if table is self.new_table else self.new_table
        other.selectionModel().clear()
        model = table.model()
        assert isinstance(model, FeedbackModel)
        self._show_item(model.row_at(current.row()))

    def _show_item(self, item: FeedbackItem | None) -> None:
        self._shown = item
        self.problems.clear()
        is_new = item is not None and item.answer is None
        self.acknowledge_button.setVisible(is_new)
        self.disagree_button.setVisible(is_new)
        self.reflect_button.setVisible(item is not None)
        if item is None:
            self.detail.setHtml(
                "<p>" + _e(self.tr("Choose feedback in a list to read it here.")) + "</p>"
                if self.new_model.rowCount() or self.answered_model.rowCount()
                else ""
            )
            return
        self.detail.setHtml(self._item_html(item))

    def _item_html(self, item: FeedbackItem) -> str:
        heading = (
            self.tr("%1 · %2")
            .replace("%1", labels.long_date(item.observed_on))
            .replace("%2", labels.shift(item.shift))
        )
        parts = [
            f"<h3>{_e(heading)}</h3>",
            "<p>" + _e(self.tr("From %1").replace("%1", item.mentor_name)) + "</p>",
            "<p>" + _e(item.narrative).replace("\n", "<br>") + "</p>",
        ]
        if item.ratings:
            ratings = self.tr("Ratings")
            parts.append(f"<h4>{_e(ratings)}</h4><table cellpadding='3'>")
            for r in item.ratings:
                level = f"{r.level_code} – {r.level_label}"
                comment = f"<br><i>{_e(r.comment)}</i>" if r.comment else ""
                parts.append(
                    f"<tr><td><b>{_e(r.competency_key)}</b></td>"
                    f"<td>{_e(r.competency_name)}{comment}</td><td>{_e(level)}</td></tr>"
                )
            parts.append("</table>")
        if item.answer is not None:
            when = labels.short_date(item.answer.answered_at.astimezone().date())
            if item.answer.agreed:
                text = self.tr("You acknowledged version %1 on %2.")
            else:
                text = self.tr("You disagreed with version %1 on %2:")
            text = text.replace("%1", str(item.answer.version)).replace("%2", when)
            parts.append(f"<p><b>{_e(text)}</b>")
            if item.answer.comment:
                parts.append(f"<br>“{_e(item.answer.comment)}”")
            parts.append("</p>")
        elif item.version > 1:
            parts.append(
                "<p><i>"
                + _e(self.tr("Your mentor corrected this feedback (version %1).")).replace(
                    "%1", str(item.version)
                )
                + "</i></p>"
            )
        return "".join(parts)

    def current_item(self) -> FeedbackItem | None:
        return self._shown

    # -- answering ------------------------------------------------------------------------

    def _acknowledge(self) -> None:
        item, pid = self._shown, self.placement_id
        if item is None or item.answer is not None or pid is None:
            return
        self._answering, self._keep_row = True, max(self.new_table.currentIndex().row(), 0)
        self.acknowledge_button.setEnabled(False)
        answer(
            self,
            self.ctx,
            item.id,
            True,
            done=lambda _view: self.acknowledge_button.setEnabled(True),
            problems=self.problems,
            refused=self._not_answered,
        )

    def _not_answered(self) -> None:
        self._answering = False
        self.acknowledge_button.setEnabled(True)

    def _disagree(self) -> None:
        item, pid = self._shown, self.placement_id
        if item is None or item.answer is not None or pid is None:
            return
        self._answering, self._keep_row = True, max(self.new_table.currentIndex().row(), 0)
        dialog = DisagreeDialog(self.ctx, pid, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Cancelled, nothing was answered: the next load keeps whatever the student reads.
        dialog.rejected.connect(self._not_answered)
        dialog.open()

    def _reflect(self) -> None:
        item, pid = self._shown, self.placement_id
        if item is None or pid is None:
            return
        from mentorlog.ui.editors import open_reflection_editor

        open_reflection_editor(self.ctx, self.window(), pid, observation_id=item.id)
