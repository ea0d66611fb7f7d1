"""One mid-point or final review: when it was held, the overall progress (the choices depend
on the kind of review), a summary, a short summary and optional level per competency
domain, and the actions agreed. Saved as a draft or published to the student; once
published, signed by its mentor (which locks it), then its student, then a coordinator."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import EntryStatus, OverallProgress, ReviewKind
from mentorlog.services.reviews import (
    PROGRESS_FOR_KIND,
    DomainSummaryInput,
    ReviewInput,
    ReviewScale,
    ReviewView,
)
from mentorlog.services.signoff_state import ReviewSignState
from mentorlog.ui import labels, trust_labels
from mentorlog.ui.editors.dates import date_edit, from_qdate, to_qdate
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.editors.signing import review_lines
from mentorlog.ui.keys import set_if_changed

# Item data for "no level": never None as item data (a PySide6 6.12 defect; see pyproject).
NO_LEVEL = -1


def _text(parent: QWidget, name: str, hint: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(hint)
    edit.setMinimumHeight(height)
    return edit


class ReviewForm(QWidget):
    save_requested = Signal(object, object)  # ReviewInput, EntryStatus wanted
    sign_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("reviewKind")
        for kind in ReviewKind:
            self.kind.addItem(labels.review_kind(kind), kind.value)
        self.held_on = date_edit(self, "heldOn")
        self.progress = QComboBox(self)
        self.progress.setObjectName("overallProgress")
        self.summary = _text(
            self, "reviewSummary", self.tr("How the student is doing overall, in a few lines."), 80
        )
        self.summary.setMaximumHeight(110)
        self.actions = _text(
            self, "agreedActions", self.tr("What student and mentor agreed to do next."), 60
        )
        self.actions.setMaximumHeight(100)
        self.general = ProblemLabel(self)
        self.problems = Problems(self.general)
        form = QFormLayout()
        for name, text, widget in (
            ("kind", self.tr("&Review"), self.kind),
            ("held_on", self.tr("&Held on"), self.held_on),
            ("overall_progress", self.tr("Overall &progress"), self.progress),
            ("summary", self.tr("&Summary"), self.summary),
        ):
            problem = ProblemLabel(self)
            form.addRow(text, widget)
            form.addRow("", problem)
            self.problems.add(name, problem, widget)

        # Part of the form, which scrolls as a whole (a scroll area of its own was a
        # small box with a tiny scroll bar on a small screen).
        self.domains_box = QWidget(self)
        self.domains_grid = QGridLayout(self.domains_box)
        self.domains_grid.setContentsMargins(0, 0, 0, 0)
        self.domain_rows: dict[uuid.UUID, tuple[QComboBox, QPlainTextEdit]] = {}

        self.draft_button = QPushButton(self.tr("Save &draft"), self)
        self.draft_button.setObjectName("saveReviewDraft")
        self.publish_button = QPushButton(self.tr("P&ublish"), self)
        self.publish_button.setObjectName("publishReview")
        self.signatures = QLabel(self)
        self.signatures.setObjectName("reviewSignatures")
        self.signatures.setWordWrap(True)
        self.signatures.setAccessibleName(self.tr("Signatures"))
        self.sign_button = QPushButton(self.tr("Si&gn review…"), self)
        self.sign_button.setObjectName("signReviewButton")
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.signatures, 1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.publish_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.domains_heading = QLabel(self)
        layout.addWidget(self.domains_heading)
        layout.addWidget(self.domains_box)
        actions_label = QLabel(self.tr("&Agreed actions"), self)
        actions_label.setBuddy(self.actions)
        layout.addWidget(actions_label)
        layout.addWidget(self.actions)
        layout.addWidget(self.general)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._offer_progress)
        self.draft_button.clicked.connect(lambda: self._request(EntryStatus.DRAFT))
        self.publish_button.clicked.connect(lambda: self._request(EntryStatus.PUBLISHED))
        self._offer_progress()

    def set_scale(self, scale: ReviewScale) -> None:
        for i in reversed(range(self.domains_grid.count())):
            item = self.domains_grid.takeAt(i)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        for name in list(self.domain_rows):
            self.problems.remove(f"domain:{name}")
        self.domain_rows.clear()
        for row, domain in enumerate(scale.domains):
            title = QLabel(f"<b>{escape(domain.name)}</b>", self.domains_box)
            title.setWordWrap(True)
            level = QComboBox(self.domains_box)
            level.setAccessibleName(self.tr("Level for %1").replace("%1", domain.name))
            level.addItem(self.tr("— no level —"), NO_LEVEL)
            for lv in scale.levels:
                level.addItem(f"{lv.code} – {lv.label}", lv.value)
            text = _text(self.domains_box, f"domain-{domain.key}", "", 48)
            text.setMaximumHeight(70)
            text.setAccessibleName(self.tr("Summary for %1").replace("%1", domain.name))
            problem = ProblemLabel(self.domains_box)
            self.domains_grid.addWidget(title, row * 3, 0)
            self.domains_grid.addWidget(level, row * 3, 1)
            self.domains_grid.addWidget(text, row * 3 + 1, 0, 1, 2)
            self.domains_grid.addWidget(problem, row * 3 + 2, 0, 1, 2)
            self.domains_grid.setColumnStretch(0, 1)
            self.problems.add(f"domain:{domain.id}", problem, text)
            self.domain_rows[domain.id] = (level, text)

    def show_review(
        self, review: ReviewView | None, writable: bool, kind: ReviewKind = ReviewKind.MIDPOINT
    ) -> None:
        """A review to read (or edit, when ``writable`` and not signed), or a new one."""
        self.problems.clear()
        if review is None:
            title = self.tr("New %1").replace("%1", labels.review_kind(kind).lower())
        else:
            title = labels.review_kind(review.kind)
        self.heading.setText(f"<h3>{escape(title)}</h3>")
        self.kind.setCurrentIndex(self.kind.findData((review.kind if review else kind).value))
        self._offer_progress()
        if review is not None:
            self.progress.setCurrentIndex(self.progress.findData(review.overall_progress.value))
        self.held_on.setDate(to_qdate(review.held_on if review else date.today()))
        self.summary.setPlainText(review.summary if review else "")
        self.actions.setPlainText(review.agreed_actions if review else "")
        given = {d.domain_id: d for d in review.domains} if review else {}
        for domain_id, (level, text) in self.domain_rows.items():
            summary = given.get(domain_id)
            value = summary.level_value if summary and summary.level_value is not None else NO_LEVEL
            level.setCurrentIndex(max(0, level.findData(value)))
            text.setPlainText(summary.summary if summary else "")
        editable = writable and (review is None or review.locked_at is None)
        for widget in (self.kind, self.held_on, self.progress):
            widget.setEnabled(editable)
        # Text to read is read-only, not greyed out: a student signs what they can read.
        self.summary.setReadOnly(not editable)
        self.actions.setReadOnly(not editable)
        self.domains_heading.setText(
            self.tr("<b>By domain</b> (a level is optional)")
            if editable
            else self.tr("<b>By domain</b>")
        )
        for level, text in self.domain_rows.values():
            level.setEnabled(editable)
            text.setReadOnly(not editable)
        published = review is not None and review.is_published
        self.draft_button.setVisible(editable and not published)
        self.publish_button.setVisible(editable)
        self.publish_button.setText(
            self.tr("P&ublish changes") if published else self.tr("P&ublish")
        )

    def show_signatures(self, state: ReviewSignState | None, published: bool) -> None:
        """Who has signed and whose turn it is; Sign is enabled for the person whose turn
        it is (mentor, then student, then coordinator)."""
        self.signatures.setText("<br/>".join(review_lines(state, published)))
        self.signatures.setAccessibleDescription(self.signatures.text())
        self.sign_button.setVisible(state is not None and state.waiting_for is not None)
        may_sign = state is not None and state.may_sign
        self.sign_button.setEnabled(may_sign)
        waiting = state.waiting_for if state is not None else None
        if waiting is None:
            self.sign_button.setToolTip("")
        elif may_sign:
            self.sign_button.setToolTip(
                self.tr("Sign as %1").replace("%1", trust_labels.role(waiting).lower())
            )
        else:
            self.sign_button.setToolTip(
                self.tr("It is the %1’s turn to sign").replace(
                    "%1", trust_labels.role(waiting).lower()
                )
            )

    def value(self) -> ReviewInput:
        domains = []
        for domain_id, (level, text) in self.domain_rows.items():
            value = level.currentData()
            domains.append(
                DomainSummaryInput(
                    domain_id, text.toPlainText(), None if value == NO_LEVEL else int(value)
                )
            )
        return ReviewInput(
            kind=ReviewKind(self.kind.currentData()),
            held_on=from_qdate(self.held_on.date()),
            overall_progress=OverallProgress(self.progress.currentData()),
            summary=self.summary.toPlainText(),
            agreed_actions=self.actions.toPlainText(),
            domains=tuple(domains),
        )

    def texts(self, data: ReviewInput) -> dict[str, str]:
        """The review's texts by field, for the privacy check."""
        texts = {"summary": data.summary, "agreed_actions": data.agreed_actions}
        texts.update({f"domain:{d.domain_id}": d.summary for d in data.domains})
        return texts

    def text_names(self) -> dict[str, str]:
        names = {"summary": self.tr("Summary"), "agreed_actions": self.tr("Agreed actions")}
        for domain_id, (_level, text) in self.domain_rows.items():
            names[f"domain:{domain_id}"] = text.accessibleName()
        return names

    def with_texts(self, data: ReviewInput, texts: dict[str, str]) -> ReviewInput:
        """``data`` with the checked ``texts``, which the form then shows too."""
        set_if_changed(self.summary, texts["summary"])
        set_if_changed(self.actions, texts["agreed_actions"])
        domains = []
        for d in data.domains:
            summary = texts.get(f"domain:{d.domain_id}", d.summary)
            row = self.domain_rows.get(d.domain_id)
            if row is not None:
                set_if_changed(row[1], summary)
            domains.append(replace(d, summary=summary))
        return replace(
            data,
            summary=texts["summary"],
            agreed_actions=texts["agreed_actions"],
            domains=tuple(domains),
        )

    def _offer_progress(self) -> None:
        kind = ReviewKind(self.kind.currentData())
        # An empty combo hands back None (a PySide6 6.12 defect): ask only when filled.
        keep = self.progress.currentData() if self.progress.count() else ""
        self.progress.clear()
        for progress in PROGRESS_FOR_KIND[kind]:
            self.progress.addItem(labels.overall_progress(progress), progress.value)
        self.progress.setCurrentIndex(max(0, self.progress.findData(keep)) if keep else 0)

    def _request(self, status: EntryStatus) -> None:
        self.save_requested.emit(self.value(), status)
