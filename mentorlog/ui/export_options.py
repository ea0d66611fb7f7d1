"""The period and the sections of an export, as a panel of the export dialog."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.i18n import current_language
from mentorlog.reports.content import ALL_SECTIONS
from mentorlog.services.report_export import ExportOptions
from mentorlog.ui import formats
from mentorlog.ui.language import fill_languages


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OptionsPanel(QWidget):
    """Whole placement or a date range, and which sections the reports hold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {
            "summary": self.tr("Summary"),
            "competencies": self.tr("Competency table"),
            "charts": self.tr("Ratings over time"),
            "goals": self.tr("Goals and action plans"),
            "reviews": self.tr("Reviews"),
            "concerns": self.tr("Causes for concern"),
            "observations": self.tr("Shared observations"),
            "reflections": self.tr("Shared reflections"),
            "sign_off": self.tr("Sign-off"),
        }
        period = QGroupBox(self.tr("Period"), self)
        self.whole = QRadioButton(self.tr("&Whole placement"), period)
        # One sentence ("Between <first day> and <last day>") in whatever order the
        # language puts its words: the text before the first date names the choice.
        between = self.tr("&Between %1 and %2")
        pieces = re.split(r"(%[12])", between)
        self.between = QRadioButton(pieces[0].strip(), period)
        self.between.setAccessibleName(re.sub(r"\s+", " ", re.sub(r"%[12]|&", "", between)).strip())
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.between)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), period)
        self.date_to = QDateEdit(today, period)
        for edit, name in (
            (self.date_from, self.tr("First day")),
            (self.date_to, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.date_format())
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.between.toggled.connect(self.date_from.setEnabled)
        self.between.toggled.connect(self.date_to.setEnabled)
        row = QHBoxLayout(period)
        row.addWidget(self.whole)
        row.addWidget(self.between)
        dates = {"%1": self.date_from, "%2": self.date_to}
        for piece in pieces[1:]:
            if piece in dates:
                row.addWidget(dates[piece])
            elif piece.strip():
                row.addWidget(QLabel(piece.strip(), period))
        row.addStretch(1)

        sections = QGroupBox(self.tr("Sections"), self)
        grid = QGridLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for n, key in enumerate(ALL_SECTIONS):
            box = QCheckBox(names.get(key, key), sections)
            box.setObjectName(f"section_{key}")
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, n // 3, n % 3)

        # The reports' language: the reader's own by default (a coordinator may write one
        # for an academy that reads another).
        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        fill_languages(self.language, current_language())
        language_label = QLabel(self.tr("Report &language:"), self)
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(period)
        layout.addWidget(sections)
        layout.addLayout(language_row)

    def sections(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.section_boxes.items() if box.isChecked())

    def problem(self) -> str:
        if not self.sections():
            return self.tr("Tick at least one section to include.")
        if self.between.isChecked() and self.date_from.date() > self.date_to.date():
            return self.tr("The period starts after it ends.")
        return ""

    def report_language(self) -> str:
        return str(self.language.currentData() or current_language())

    def export_options(self) -> ExportOptions:
        language = self.report_language()
        if self.between.isChecked():
            return ExportOptions(
                _to_date(self.date_from.date()),
                _to_date(self.date_to.date()),
                self.sections(),
                language=language,
            )
        return ExportOptions(sections=self.sections(), language=language)
