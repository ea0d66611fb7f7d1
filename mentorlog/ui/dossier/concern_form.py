"""One cause for concern: what it is, the action plan and the date to review it; and below,
moving it on (monitoring, escalated to the academy, resolved; escalating and resolving each
with a written outcome, and only resolving closes it)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import ConcernStatus
from mentorlog.services.concerns import NEXT_STATUSES, ConcernInput, ConcernView
from mentorlog.ui import colors, labels
from mentorlog.ui.editors.dates import date_edit, from_qdate, to_qdate
from mentorlog.ui.editors.problems import ProblemLabel, Problems

FIRST_REVIEW_DAYS = 14  # a new concern is looked at again after two weeks, unless changed


class ConcernForm(QWidget):
    save_requested = Signal(object)  # ConcernInput
    status_requested = Signal(object, str)  # ConcernStatus, outcome
    reply_requested = Signal(str)  # the student's reply

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.raised_on = date_edit(self, "raisedOn")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("concernDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(150)
        self.description.setPlaceholderText(
            self.tr("What was seen, over what time, and why it matters for the placement.")
        )
        self.action_plan = QPlainTextEdit(self)
        self.action_plan.setObjectName("concernActionPlan")
        self.action_plan.setTabChangesFocus(True)
        self.action_plan.setMaximumHeight(150)
        self.action_plan.setPlaceholderText(
            self.tr("What the student will do, what support they get, and from whom.")
        )
        self.review_on = date_edit(self, "reviewOn")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveConcern")
        self.general = ProblemLabel(self)
        self.problems = Problems(self.general)
        form = QFormLayout()
        for name, text, widget in (
            ("raised_on", self.tr("&Raised on"), self.raised_on),
            ("description", self.tr("&Concern"), self.description),
            ("action_plan", self.tr("&Action plan"), self.action_plan),
            ("review_on", self.tr("Re&view on"), self.review_on),
        ):
            problem = ProblemLabel(self)
            form.addRow(text, widget)
            form.addRow("", problem)
            self.problems.add(name, problem, widget)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("concernStatus")
        self.outcome = QPlainTextEdit(self)
        self.outcome.setObjectName("concernOutcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(90)
        self.outcome.setPlaceholderText(
            self.tr(
                "Outcome: what was done and where things stand (needed to resolve or escalate)."
            )
        )
        outcome_problem = ProblemLabel(self)
        self.problems.add("outcome", outcome_problem, self.outcome)
        self.status_problem = ProblemLabel(self)
        self.problems.add("status", self.status_problem, self.status_label)
        self.status_buttons: dict[ConcernStatus, QPushButton] = {}
        buttons = QHBoxLayout()
        for status, text in (
            (ConcernStatus.MONITORING, self.tr("&Monitor")),
            (ConcernStatus.RESOLVED, self.tr("Re&solve")),
            (ConcernStatus.ESCALATED, self.tr("&Escalate")),
            (ConcernStatus.OPEN, self.tr("Re&open")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"to-{status.value}")
            button.clicked.connect(lambda _=False, s=status: self._move(s))
            self.status_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status_box = QWidget(self)
        box = QVBoxLayout(self.status_box)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(self.status_label)
        box.addWidget(self.outcome)
        box.addWidget(outcome_problem)
        box.addLayout(buttons)
        box.addWidget(self.status_problem)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status_box)
        layout.addWidget(self._reply_part())
        layout.addStretch(1)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.value()))

    def _reply_part(self) -> QWidget:
        """The student's answer: theirs to write, everyone else's to read."""
        self.reply_box = QWidget(self)
        self.reply_heading = QLabel(self.reply_box)
        self.reply_heading.setTextFormat(Qt.TextFormat.PlainText)  # Alt+Y, as written
        bold = self.reply_heading.font()
        bold.setBold(True)
        self.reply_heading.setFont(bold)
        self.reply = QPlainTextEdit(self.reply_box)
        self.reply.setObjectName("studentResponse")
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(110)
        self.reply.setPlaceholderText(
            self.tr("How you see it, and what you will do (your mentors and coordinator read it)")
        )
        self.reply_heading.setBuddy(self.reply)
        reply_problem = ProblemLabel(self.reply_box)
        self.problems.add("student_response", reply_problem, self.reply)
        self.reply_button = QPushButton(self.tr("Send &reply"), self.reply_box)
        self.reply_button.setObjectName("sendReply")
        self.reply_button.clicked.connect(lambda: self.reply_requested.emit(self.reply_text()))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reply_button)
        box = QVBoxLayout(self.reply_box)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(self.reply_heading)
        box.addWidget(self.reply)
        box.addWidget(reply_problem)
        box.addLayout(row)
        self.reply_box.hide()
        return self.reply_box

    def reply_text(self) -> str:
        return self.reply.toPlainText()

    def _show_reply(self, concern: ConcernView | None, may_respond: bool) -> None:
        answered = concern is not None and bool(concern.student_response)
        self.reply_box.setVisible(concern is not None and (may_respond or answered))
        if concern is None:
            return
        if not may_respond:
            heading = self.tr("The student's reply")
        elif answered:
            heading = self.tr("&Your reply (you can change it)")
        else:
            heading = self.tr("&Your reply")
        if answered and concern.student_responded_at is not None:
            day = labels.short_date(concern.student_responded_at.astimezone().date())
            heading += " – " + day
        self.reply_heading.setText(heading)
        self.reply.setPlainText(concern.student_response)
        self.reply.setReadOnly(not may_respond)
        self.reply_button.setVisible(may_respond)

    def show_concern(
        self, concern: ConcernView | None, writable: bool, *, may_respond: bool = False
    ) -> None:
        """A concern to read (or follow up, when ``writable``), or a blank one to raise;
        ``may_respond``: the student it is about, who may answer it."""
        self.problems.clear()
        today = date.today()
        if concern is None:
            self.heading.setText("<h3>" + self.tr("Raise a cause for concern") + "</h3>")
        else:
            status = labels.concern_status(concern.status)
            self.heading.setText(f"<h3>{self.tr('Cause for concern')} – {status}</h3>")
        self.raised_on.setDate(to_qdate(concern.raised_on if concern else today))
        self.raised_on.setMaximumDate(to_qdate(today))
        self.description.setPlainText(concern.description if concern else "")
        self.action_plan.setPlainText(concern.action_plan if concern else "")
        review = concern.review_on if concern and concern.review_on else None
        self.review_on.setDate(to_qdate(review or today + timedelta(days=FIRST_REVIEW_DAYS)))
        self.save_button.setText(self.tr("&Raise concern") if concern is None else self.tr("&Save"))
        self.save_button.setVisible(writable)
        # Read-only, not disabled: a student reads the concern in the text's own colours,
        # not in the pale grey of something that cannot be used.
        for text in (self.description, self.action_plan):
            text.setReadOnly(not writable)
        for day in (self.raised_on, self.review_on):
            day.setReadOnly(not writable)
            day.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if writable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        self.status_box.setVisible(concern is not None)
        self._show_reply(concern, may_respond)
        if concern is None:
            return
        self.status_label.setText(self._status_text(concern))
        color = colors.attention_text().name() if concern.is_open else "palette(text)"
        self.status_label.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.outcome.setPlainText(concern.outcome)
        self.outcome.setReadOnly(not (writable and concern.is_open))
        self.outcome.setVisible((concern.is_open and writable) or bool(concern.outcome))
        allowed = NEXT_STATUSES[concern.status] if writable else ()
        for status, button in self.status_buttons.items():
            button.setVisible(status in allowed)

    def _status_text(self, concern: ConcernView) -> str:
        status = labels.concern_status(concern.status)
        if concern.status == ConcernStatus.ESCALATED:
            # Handed on, not settled: open until the academy resolves it.
            return self.tr(
                "<b>%1</b>: handed on to the academy; it stays open until it is resolved"
            ).replace("%1", status)
        if concern.is_open:
            text = self.tr("<b>%1</b>: this concern needs follow-up").replace("%1", status)
            if concern.review_due():
                text += " – " + self.tr("its review date has come")
            return text
        if concern.closed_at is None:  # closed before mentorlog recorded when
            return self.tr("<b>%1</b>").replace("%1", status)
        return (
            self.tr("<b>%1</b> on %2")
            .replace("%1", status)
            .replace("%2", labels.short_date(concern.closed_at.astimezone().date()))
        )

    def value(self) -> ConcernInput:
        return ConcernInput(
            raised_on=from_qdate(self.raised_on.date()),
            description=self.description.toPlainText(),
            action_plan=self.action_plan.toPlainText(),
            review_on=from_qdate(self.review_on.date()),
        )

    def _move(self, status: ConcernStatus) -> None:
        self.status_requested.emit(status, self.outcome.toPlainText())
