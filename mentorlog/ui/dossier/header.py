"""The dossier's header: who, where, with whom, when, and hours against the target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from mentorlog.services.placements import PlacementSummary
from mentorlog.ui import formats, labels
from mentorlog.ui.wording import fill


class DossierHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierHeader")
        self.name = QLabel()
        self.name.setObjectName("studentName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phase = QLabel()
        self.phase.setObjectName("phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.place = QLabel()
        self.place.setObjectName("place")
        self.mentors = QLabel()
        self.mentors.setObjectName("mentors")
        self.mentors.setWordWrap(True)
        self.dates = QLabel()
        self.dates.setObjectName("dates")
        self.hours = QProgressBar()
        self.hours.setObjectName("hours")
        self.hours.setAccessibleName(self.tr("Hours logged against the target"))
        self.hours.setMaximumWidth(240)
        self.hours.setMaximumHeight(12)
        # The figures sit beside the bar, not on it: text drawn over a part-filled bar
        # changes colour half-way through and a letter can vanish.
        self.hours.setTextVisible(False)
        self.hours.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hours_text = QLabel()
        self.hours_text.setObjectName("hoursText")
        hours_label = QLabel(self.tr("Hours"))
        hours_label.setBuddy(self.hours)
        for label in (self.place, self.mentors, self.dates):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 8)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.name, 0, 0, 1, 2)
        grid.addWidget(self.phase, 0, 2, 1, 2)
        grid.addWidget(self.place, 1, 0, 1, 2)
        grid.addWidget(self.dates, 1, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.mentors, 2, 0, 1, 2)
        grid.addWidget(hours_label, 2, 2, Qt.AlignmentFlag.AlignRight)
        hours_row = QHBoxLayout()
        hours_row.setSpacing(8)
        hours_row.addWidget(self.hours, 1)
        hours_row.addWidget(self.hours_text)
        grid.addLayout(hours_row, 2, 3)
        grid.setColumnStretch(1, 1)

    def set_summary(self, s: PlacementSummary) -> None:
        self.name.setText(s.student_name)
        self.phase.setText(
            fill(
                self.tr("%1 phase · %2"),
                labels.phase(s.phase),
                labels.placement_status(s.status),
            )
        )
        cohort = fill(self.tr("cohort %1"), s.cohort) if s.cohort else ""
        place = [s.prison, s.unit, cohort]
        self.place.setText(" · ".join(p for p in place if p))
        if s.mentors:
            self.mentors.setText(fill(self.tr("Mentors: %1"), ", ".join(s.mentors)))
        else:
            self.mentors.setText(self.tr("No mentor assigned yet"))
        self.dates.setText(
            fill(self.tr("%1 – %2"), labels.long_date(s.starts_on), labels.long_date(s.ends_on))
        )
        target = max(s.target_hours, 0)
        # Half hours are worked (a 7.5 h shift): shown, not rounded away.
        logged = formats.decimal(s.hours_logged, 1, trim=True)
        self.hours.setRange(0, max(target, 1))
        self.hours.setValue(min(round(s.hours_logged), max(target, 1)))
        if target:
            text = fill(self.tr("%1 of %2 h"), logged, formats.number(target))
        else:
            text = fill(self.tr("%1 h (no target set)"), logged)
        self.hours_text.setText(text)
        self.hours.setAccessibleDescription(text)
        self.setAccessibleName(fill(self.tr("Dossier of %1"), s.student_name))
