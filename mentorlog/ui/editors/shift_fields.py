"""The facts of a shift at the top of the observation editor: date, shift, duration,
setting and situation type, each with its problem label underneath."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QWidget,
)

from mentorlog.models import Shift
from mentorlog.ui.editors.dates import date_edit, from_qdate, to_qdate
from mentorlog.ui.editors.problems import ProblemLabel, Problems


def shift_now(hour: int | None = None) -> Shift:
    """The shift the mentor is most likely recording: the one just worked."""
    hour = datetime.now().hour if hour is None else hour
    if 6 <= hour < 14:
        return Shift.EARLY
    if 14 <= hour < 22:
        return Shift.LATE
    return Shift.NIGHT


class ShiftFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = date_edit(self, "observedOn")
        self.date.setAccessibleName(self.tr("Date of the shift"))
        self.shift = QComboBox(self)
        self.shift.setObjectName("shift")
        self.shift.setAccessibleName(self.tr("Shift"))
        names = {
            Shift.EARLY: self.tr("Early"),
            Shift.LATE: self.tr("Late"),
            Shift.NIGHT: self.tr("Night"),
            Shift.DAY: self.tr("Day"),
        }
        for value, name in names.items():
            self.shift.addItem(name, value)
        self.shift.setCurrentIndex(self.shift.findData(shift_now()))
        self.duration = QDoubleSpinBox(self)
        self.duration.setObjectName("duration")
        self.duration.setRange(0, 24)
        self.duration.setSingleStep(0.5)
        self.duration.setDecimals(2)
        self.duration.setSuffix(self.tr(" h"))
        self.duration.setValue(8)
        self.duration.setAccessibleName(self.tr("Duration in hours"))
        self.setting = self._combo(
            "setting", self.tr("Setting"), self.tr("Where, e.g. Wing landing")
        )
        self.situation = self._combo(
            "situationType", self.tr("Situation type"), self.tr("What, e.g. Meal service")
        )

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fields = (
            ("observed_on", self.tr("&Date"), self.date),
            ("shift", self.tr("S&hift"), self.shift),
            ("duration_minutes", self.tr("D&uration"), self.duration),
            ("setting", self.tr("Se&tting"), self.setting),
            ("situation_type", self.tr("Situat&ion"), self.situation),
        )
        self.problem_labels: dict[str, tuple[ProblemLabel, QWidget]] = {}
        for col, (name, text, widget) in enumerate(fields):
            label = QLabel(text, self)
            label.setBuddy(widget)
            problem = ProblemLabel(self)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
            grid.addWidget(problem, 2, col)
            self.problem_labels[name] = (problem, widget)
        for col in (3, 4):
            grid.setColumnStretch(col, 1)
        self.date.dateChanged.connect(self.changed)
        self.shift.currentIndexChanged.connect(self.changed)
        self.duration.valueChanged.connect(self.changed)
        self.setting.currentTextChanged.connect(self.changed)
        self.situation.currentTextChanged.connect(self.changed)

    def _combo(self, name: str, accessible: str, hint: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(accessible)
        combo.setMinimumContentsLength(14)
        combo.lineEdit().setPlaceholderText(hint)
        return combo

    def focus_chain(self) -> list[QWidget]:
        return [self.date, self.shift, self.duration, self.setting, self.situation]

    def register(self, problems: Problems) -> None:
        for name, (label, widget) in self.problem_labels.items():
            problems.add(name, label, widget)

    def set_range(self, starts_on: date, ends_on: date) -> None:
        # Prevent rather than complain: only days of the placement up to today.
        self.date.setMinimumDate(to_qdate(starts_on))
        self.date.setMaximumDate(to_qdate(max(starts_on, min(ends_on, date.today()))))

    def set_suggestions(self, settings: tuple[str, ...], situations: tuple[str, ...]) -> None:
        for combo, items in ((self.setting, settings), (self.situation, situations)):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(items))
            combo.setCurrentText(text)
            combo.blockSignals(False)

    def set_values(
        self, day: date, shift: Shift | None, minutes: int, setting: str, situation: str
    ) -> None:
        self.date.setDate(to_qdate(day))
        if shift is not None:
            self.shift.setCurrentIndex(self.shift.findData(shift))
        self.duration.setValue(minutes / 60)
        self.setting.setCurrentText(setting)
        self.situation.setCurrentText(situation)

    @property
    def observed_on(self) -> date:
        return from_qdate(self.date.date())

    @property
    def shift_value(self) -> Shift | None:
        value = self.shift.currentData()
        return Shift(value) if value else None

    @property
    def minutes(self) -> int:
        return round(self.duration.value() * 60)
