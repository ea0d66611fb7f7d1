"""The competencies part of the observation editor: the picker on the left, a rating row per
chosen competency on the right (in framework order), and what to do when none is chosen."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.frameworks import FrameworkInfo
from mentorlog.services.observations import RatingInput
from mentorlog.ui.editors.competency_picker import CompetencyPicker
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.editors.rating_row import RatingRow


class RatingsPanel(QSplitter):
    changed = Signal()
    rows_changed = Signal()  # a rating row came or went (the Tab order follows)

    def __init__(self, problems: Problems, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._problems = problems
        self._framework: FrameworkInfo | None = None
        self._order: dict[uuid.UUID, int] = {}
        self.rows: dict[uuid.UUID, RatingRow] = {}
        # Ratings of competencies this framework version no longer has: kept as they are.
        self._kept: dict[uuid.UUID, RatingInput] = {}

        self.picker = CompetencyPicker(self)
        self.picker.rating_keys = True
        self.picker.toggled.connect(self._toggled)
        self.picker.rate_requested.connect(self._rate)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rows' controls
        self.scroll.setObjectName("ratings")
        body = QWidget(self.scroll)
        self._rows_layout = QVBoxLayout(body)
        self.empty = QLabel(
            self.tr(
                "No competency chosen yet. Tick the competencies this shift showed in the list "
                "on the left (type to find one), then rate each: 1–5, or 0 for not observed."
            ),
            body,
        )
        self.empty.setObjectName("ratingsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = ProblemLabel(body)
        self._rows_layout.addWidget(self.problem)
        self._rows_layout.addWidget(self.empty)
        self._rows_layout.addStretch(1)
        self.scroll.setWidget(body)
        self.addWidget(self.picker)
        self.addWidget(self.scroll)
        self.setStretchFactor(1, 1)
        self.setSizes([410, 690])  # the picker shows whole competency names
        problems.add("ratings", self.problem, self.picker.search)

    def set_framework(self, framework: FrameworkInfo) -> None:
        self._framework = framework
        self._order = {c.id: i for i, c in enumerate(framework.competencies)}
        self.picker.set_competencies(framework.competencies)

    def set_ratings(self, ratings: tuple[RatingInput, ...]) -> None:
        for cid in list(self.rows):
            self._remove(cid)
        self._kept.clear()
        for r in ratings:
            row = self._add(r.competency_id)
            if row is None:
                self._kept[r.competency_id] = r
            else:
                row.set_values(r.level_value, r.comment, r.not_responding_to_training)

    def ratings(self) -> tuple[RatingInput, ...]:
        shown = (
            RatingInput(cid, row.level_value, row.comment.text(), row.nrt.isChecked())
            for cid, row in sorted(self.rows.items(), key=lambda kv: self._order[kv[0]])
        )
        return (*shown, *self._kept.values())

    def set_read_only(self) -> None:
        self.picker.hide()
        for row in self.rows.values():
            row.set_read_only()

    def reveal(self, widget: QWidget) -> None:
        self.scroll.ensureWidgetVisible(widget)

    def focus_chain(self) -> list[QWidget]:
        """The picker, then each row's controls, in framework order (as shown)."""
        chain: list[QWidget] = [self.picker.search, self.picker.tree]
        for _cid, row in sorted(self.rows.items(), key=lambda kv: self._order[kv[0]]):
            chain.extend(row.focus_chain())
        return chain

    def comment_texts(self) -> dict[str, str]:
        """The rows' comments by competency id (as text), for the privacy check."""
        return {str(cid): row.comment.text() for cid, row in self.rows.items()}

    def comment_names(self) -> dict[str, str]:
        return {str(cid): row.competency.name for cid, row in self.rows.items()}

    def set_comment_texts(self, texts: dict[str, str]) -> None:
        for cid, row in self.rows.items():
            text = texts.get(str(cid), row.comment.text())
            if text != row.comment.text():
                row.comment.setText(text)

    def _rate(self, competency_id: uuid.UUID, level_value: int) -> None:
        """A digit typed in the picker: tick the competency if need be, and rate it."""
        row = self._add(competency_id)
        if row is None or level_value not in row.levels():
            return
        row.choose(level_value, focus=False)
        self.scroll.ensureWidgetVisible(row)
        self.changed.emit()

    def _toggled(self, competency_id: uuid.UUID, chosen: bool) -> None:
        if chosen:
            row = self._add(competency_id)
            if row is not None:
                self.scroll.ensureWidgetVisible(row)
        else:
            self._remove(competency_id)
        self.changed.emit()

    def _add(self, competency_id: uuid.UUID) -> RatingRow | None:
        if competency_id in self.rows:
            return self.rows[competency_id]
        assert self._framework is not None
        comp = next((c for c in self._framework.competencies if c.id == competency_id), None)
        if comp is None:
            return None  # from an older framework version: set_ratings keeps it as it is
        row = RatingRow(comp, self._framework.levels, self.scroll.widget())
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_clicked)
        # Rows stay in framework order, whatever order they were ticked in.
        before = sum(1 for cid in self.rows if self._order[cid] < self._order[competency_id])
        self._rows_layout.insertWidget(2 + before, row)
        self.rows[competency_id] = row
        self._problems.add(f"rating:{competency_id}", row.problem, row)
        self.picker.set_checked(competency_id, True)
        self.empty.setVisible(False)
        self.problem.show_problem("")
        self.rows_changed.emit()
        return row

    def _remove_clicked(self, competency_id: uuid.UUID) -> None:
        self._remove(competency_id)
        self.changed.emit()

    def _remove(self, competency_id: uuid.UUID) -> None:
        row = self.rows.pop(competency_id, None)
        if row is None:
            return
        self._problems.remove(f"rating:{competency_id}")
        row.hide()
        row.deleteLater()
        self.picker.set_checked(competency_id, False)
        self.empty.setVisible(not self.rows)
        self.rows_changed.emit()
