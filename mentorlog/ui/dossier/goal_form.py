"""One goal, to read or edit: title, status, due date, the competencies it develops, the
action plan, and its progress notes with a field to add one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import GoalStatus
from mentorlog.services.frameworks import FrameworkInfo
from mentorlog.services.goals import GoalInput, GoalView
from mentorlog.ui import labels
from mentorlog.ui.dossier.goals_model import goal_status
from mentorlog.ui.editors.competency_picker import CompetencyPicker
from mentorlog.ui.editors.dates import date_edit, from_qdate, to_qdate
from mentorlog.ui.editors.problems import ProblemLabel, Problems


class GoalForm(QWidget):
    save_requested = Signal(object)  # GoalInput
    note_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        # A long title wraps: unwrapped, it widened the form and squeezed the goals list.
        self.heading.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setObjectName("goalTitle")
        self.title.setPlaceholderText(self.tr("e.g. Start conversations on the landing unprompted"))
        self.status = QComboBox(self)
        self.status.setObjectName("goalStatus")
        for value in GoalStatus:
            self.status.addItem(goal_status(value), value.value)
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.due = date_edit(self, "goalDue")
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.picker = CompetencyPicker(self)
        self.picker.setMinimumHeight(160)
        self.action_plan = QPlainTextEdit(self)
        self.action_plan.setObjectName("goalActionPlan")
        self.action_plan.setTabChangesFocus(True)
        self.action_plan.setPlaceholderText(
            self.tr("What the student will do, with what support, and how progress will show.")
        )
        self.save_button = QPushButton(self.tr("&Save goal"), self)
        self.save_button.setObjectName("saveGoal")
        self.general = ProblemLabel(self)
        self.problems = Problems(self.general)
        title_problem = ProblemLabel(self)
        self.problems.add("title", title_problem, self.title)
        comp_problem = ProblemLabel(self)
        self.problems.add("competencies", comp_problem, self.picker.search)

        form = QFormLayout()
        form.addRow(self.tr("&Goal"), self.title)
        form.addRow("", title_problem)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow("", due_row)
        # A reader sees the competencies the goal develops, not the whole framework greyed.
        self.chosen = QLabel(self)
        self.chosen.setObjectName("goalCompetencies")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        develops = QWidget(self)
        develops_box = QVBoxLayout(develops)
        develops_box.setContentsMargins(0, 0, 0, 0)
        develops_box.addWidget(self.picker)
        develops_box.addWidget(self.chosen)
        develops.setFocusProxy(self.picker)
        form.addRow(self.tr("&Develops"), develops)
        form.addRow("", comp_problem)
        form.addRow(self.tr("&Action plan"), self.action_plan)

        self.notes = QListWidget(self)
        self.notes.setObjectName("goalNotes")
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Progress notes"))
        self.note = QLineEdit(self)
        self.note.setObjectName("goalNote")
        self.note.setPlaceholderText(self.tr("What has happened towards this goal?"))
        self.note_button = QPushButton(self.tr("Add &note"), self)
        self.note_button.setObjectName("addNote")
        self.note_problem = ProblemLabel(self)
        self.problems.add("note", self.note_problem, self.note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.note_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.save_button)
        self.notes_heading = QLabel(self.tr("<b>Progress notes</b>"), self)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.note_problem)

        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.value()))
        self.note_button.clicked.connect(self._note)
        self.note.returnPressed.connect(self._note)
        self._chosen: set = set()
        self.picker.toggled.connect(self._toggled)

    def set_framework(self, framework: FrameworkInfo) -> None:
        self.picker.set_competencies(framework.competencies)

    def show_goal(
        self, goal: GoalView | None, writable: bool, may_note: bool | None = None
    ) -> None:
        """A goal to read (or edit, when ``writable``), or a blank form for a new one;
        ``may_note`` (``writable`` unless given): progress notes can be added."""
        self.problems.clear()
        self.heading.setText(
            f"<h3>{escape(goal.title)}</h3>" if goal else "<h3>" + self.tr("New goal") + "</h3>"
        )
        self.title.setText(goal.title if goal else "")
        self.status.setCurrentIndex(self.status.findData(goal.status if goal else "open"))
        self.has_due.setChecked(bool(goal and goal.due_on))
        if goal and goal.due_on:
            self.due.setDate(to_qdate(goal.due_on))
        for cid in self._chosen:
            self.picker.set_checked(cid, False)
        self._chosen = {c.id for c in goal.competencies} if goal else set()
        for cid in self._chosen:
            self.picker.set_checked(cid, True)
        self.action_plan.setPlainText(goal.action_plan if goal else "")
        self.notes.clear()
        for note in goal.notes if goal else ():
            when = labels.short_date(note.created_at.astimezone().date())
            self.notes.addItem(f"{when} · {note.author_name}: {note.note}")
        # Text is read-only, not disabled, when it cannot be changed: black and readable,
        # and a long title starts at its first letter.
        self.title.setReadOnly(not writable)
        self.title.setCursorPosition(0)
        self.action_plan.setReadOnly(not writable)
        for widget in (self.status, self.has_due, self.picker):
            widget.setEnabled(writable)
        self.picker.setVisible(writable)
        self.chosen.setVisible(not writable)
        self.chosen.setText(
            "\n".join(f"{c.key}  {c.name}" for c in goal.competencies)
            if goal and goal.competencies
            else self.tr("No competency named")
        )
        self.due.setEnabled(writable and self.has_due.isChecked())
        self.save_button.setVisible(writable)
        # Notes are for an existing goal, by anyone who may write on the placement.
        noting = writable if may_note is None else may_note
        for widget in (self.note, self.note_button):
            widget.setVisible(noting and goal is not None)
        self.notes.setVisible(goal is not None)
        self.notes_heading.setVisible(goal is not None)

    def value(self) -> GoalInput:
        return GoalInput(
            title=self.title.text(),
            action_plan=self.action_plan.toPlainText(),
            competency_ids=tuple(sorted(self._chosen, key=str)),
            due_on=from_qdate(self.due.date()) if self.has_due.isChecked() else None,
            status=GoalStatus(self.status.currentData()),
        )

    def _toggled(self, competency_id: object, chosen: bool) -> None:
        if chosen:
            self._chosen.add(competency_id)
        else:
            self._chosen.discard(competency_id)

    def _note(self) -> None:
        self.note_requested.emit(self.note.text())
