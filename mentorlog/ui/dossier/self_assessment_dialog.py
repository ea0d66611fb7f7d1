"""The student rates themself on one competency: the placement framework's levels with
what each looks like for this competency, the day, and an optional comment. Saved as a
self-assessment shown beside the mentor's rating, never averaged into it."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.entries import placement_framework
from mentorlog.services.errors import ValidationError
from mentorlog.services.frameworks import CompetencyInfo, FrameworkInfo
from mentorlog.services.self_assessments import SelfAssessmentInput, record_self_assessment
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.dates import date_edit, from_qdate
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op


class SelfAssessmentDialog(QDialog):
    """``saved(SelfAssessmentView)`` fires once the self-assessment is recorded."""

    saved = Signal(object)
    ready = Signal()  # the framework's levels are shown

    def __init__(
        self,
        ctx: AppContext,
        placement_id: uuid.UUID,
        competency_key: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._placement_id = placement_id
        self._key = competency_key
        self._competency: CompetencyInfo | None = None
        self._framework: FrameworkInfo | None = None
        self.setObjectName("selfAssessmentDialog")
        self.setWindowTitle(self.tr("Rate myself"))

        self.heading = QLabel(self.tr("Loading the scale…"), self)
        self.heading.setObjectName("selfAssessmentHeading")
        self.heading.setWordWrap(True)
        self.levels = QButtonGroup(self)
        self.levels.setExclusive(True)
        self.level_box = QWidget(self)
        self.level_box.setAccessibleName(self.tr("Level"))
        self.level_rows = QVBoxLayout(self.level_box)
        self.level_rows.setContentsMargins(0, 0, 0, 0)
        self.anchor = QLabel(self)
        self.anchor.setObjectName("anchor")
        self.anchor.setWordWrap(True)
        self.anchor.setTextFormat(Qt.TextFormat.PlainText)
        self.anchor.hide()  # each level's description is shown beside it
        self.assessed_on = date_edit(self, "assessedOn", date.today())
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("selfAssessmentComment")
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("What makes you say so? (optional)"))
        self.comment.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)

        self.general = ProblemLabel(self)
        self.problems = Problems(self.general)
        level_problem, date_problem, comment_problem = (ProblemLabel(self) for _ in range(3))
        self.level_problem = level_problem
        self.problems.add("level", level_problem, self.level_box)
        self.problems.add("assessed_on", date_problem, self.assessed_on)
        self.problems.add("comment", comment_problem, self.comment)

        form = QFormLayout()
        level_label = QLabel(self.tr("&Level"), self)
        form.addRow(level_label, self.level_box)
        form.addRow("", level_problem)
        form.addRow("", self.anchor)
        form.addRow(self.tr("&On"), self.assessed_on)
        form.addRow("", date_problem)
        form.addRow(self.tr("&Comment"), self.comment)
        form.addRow("", comment_problem)
        self._level_label = level_label

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveSelfAssessment")
        self.save_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.levels.idToggled.connect(self._level_toggled)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.resize(560, 640)

        actor = ctx.actor
        Op(self, lambda s: placement_framework(s, actor, placement_id)).success(
            self._show_framework
        ).run(ctx)

    def _show_framework(self, framework: FrameworkInfo) -> None:
        self._framework = framework
        self._competency = next((c for c in framework.competencies if c.key == self._key), None)
        if self._competency is None:
            self.heading.setText(
                self.tr("%1 is not part of this placement's framework.").replace("%1", self._key)
            )
            return
        self.heading.setText(
            self.tr(
                "How do you rate yourself on %1 %2 today? Your mentor sees it beside "
                "their own rating."
            )
            .replace("%1", self._competency.key)
            .replace("%2", self._competency.name)
        )
        # Every level with what it looks like for this competency, to choose by: not
        # only the one chosen.
        for level in framework.levels:
            description = self._competency.anchors.get(level.value) or level.anchor
            button = QRadioButton(f"{level.code} – {level.label}", self.level_box)
            button.setObjectName(f"level-{level.value}")
            button.setAccessibleDescription(description)
            self.levels.addButton(button, level.value)
            self.level_rows.addWidget(button)
            if description:
                shown = QLabel(description, self.level_box)
                shown.setObjectName(f"level-description-{level.value}")
                shown.setWordWrap(True)
                shown.setTextFormat(Qt.TextFormat.PlainText)
                indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                shown.setIndent(indicator + 8)
                make_secondary(shown)
                self.level_rows.addWidget(shown)
        first = self.levels.buttons()[0] if self.levels.buttons() else None
        if first is not None:
            self._level_label.setBuddy(first)
            self.level_box.setFocusProxy(first)  # a missing level takes the user there
            first.setFocus()
        self.save_button.setEnabled(True)
        self.ready.emit()

    def _level_toggled(self, value: int, checked: bool) -> None:
        if not checked or self._framework is None or self._competency is None:
            return
        level = self._framework.level(value)
        text = self._competency.anchors.get(value) or level.anchor
        self.anchor.setText(text)
        self.anchor.setAccessibleDescription(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # As on the mentor's rating card: a digit chooses that level.
        text = event.text()
        if len(text) == 1 and text.isdigit() and self.levels.button(int(text)) is not None:
            self.choose(int(text))
            self.levels.button(int(text)).setFocus()
            return
        super().keyPressEvent(event)

    def choose(self, level_value: int) -> None:
        button = self.levels.button(level_value)
        if button is not None:
            button.setChecked(True)

    def accept(self) -> None:
        """Saves first; the dialog closes once the self-assessment is recorded."""
        if self._competency is None:
            return
        value = self.levels.checkedId()
        data = SelfAssessmentInput(
            competency_id=self._competency.id,
            level_value=value if value >= 0 else None,
            comment=self.comment.toPlainText(),
            assessed_on=from_qdate(self.assessed_on.date()),
        )
        actor, pid = self._ctx.actor, self._placement_id
        self.problems.clear()
        self.save_button.setEnabled(False)

        def done(view: Any) -> None:
            self.saved.emit(view)
            super(SelfAssessmentDialog, self).accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.problems.show(exc.problems)
            else:
                show_error(self, exc)

        Op(self, lambda s: record_self_assessment(s, actor, pid, data)).success(done).failure(
            failed
        ).run(self._ctx)
