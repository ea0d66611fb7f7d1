"""The timeline's search field and filters; ``current()`` reads them as a TimelineFilter."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import Visibility
from mentorlog.services.frameworks import FrameworkInfo
from mentorlog.services.timeline import ALL_KINDS, EntryKind, TimelineFilter
from mentorlog.ui import labels

# "Any" items carry "" rather than None: PySide6 6.12 hands Python a None item value
# without its reference (a PySide6 6.12 defect, see the pin in pyproject.toml).
ANY = ""
# A date edit cannot be empty: its minimum date stands for "no limit" and shows as "any".
# set_placement_dates() moves it to the day before the placement, so the calendar opens
# near the placement's own dates.
NO_DATE = QDate(2000, 1, 1)


class TimelineFilterBar(QWidget):
    """``search_edited`` fires on every keystroke in the search field (the tab debounces
    it); ``filters_changed`` when any other filter changes."""

    search_edited = Signal()
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._framework_version = None
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        self.search = QLineEdit()
        self.search.setObjectName("timelineSearch")
        self.search.setPlaceholderText(self.tr("Search narratives and reflections (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the timeline"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_edited)

        self.kind = self._combo("kindFilter", self.tr("Entry type"))
        self.kind.addItem(self.tr("All entries"), ANY)
        for kind in EntryKind:
            self.kind.addItem(labels.entry_kinds(kind), kind)

        self.competency = self._combo("competencyFilter", self.tr("Competency"))
        self.competency.setMinimumContentsLength(18)
        self.competency.addItem(self.tr("Any competency"), ANY)
        self.level = self._combo("levelFilter", self.tr("Rating level"))
        self.level.addItem(self.tr("Any rating"), ANY)

        self.visibility = self._combo("visibilityFilter", self.tr("Shared or private"))
        self.visibility.addItem(self.tr("Shared and private"), ANY)
        self.visibility.addItem(self.tr("Shared with the student"), Visibility.SHARED)
        self.visibility.addItem(self.tr("Private notes"), Visibility.PRIVATE)

        self.date_from = self._date_edit("dateFrom", self.tr("From date"))
        self.date_to = self._date_edit("dateTo", self.tr("To date"))

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.kind, 1)
        top.addWidget(self.visibility, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.competency, 3)
        bottom.addWidget(self.level, 2)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.date_to)
        bottom.addWidget(from_label)
        bottom.addWidget(self.date_from)
        bottom.addWidget(to_label)
        bottom.addWidget(self.date_to)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        # Connected last, so filling the combos above announces nothing.
        for combo in (self.kind, self.competency, self.level, self.visibility):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._changed)
        self._update_clear_button()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        return combo

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _search_edited(self, _text: str) -> None:
        self._update_clear_button()
        self.search_edited.emit()

    def _changed(self, *_args: object) -> None:
        self._update_clear_button()
        self.filters_changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(not self.current().is_default)

    def set_framework(self, framework: FrameworkInfo) -> None:
        """Offer this framework's competencies and levels (kept when it is the same)."""
        if framework.version_id == self._framework_version:
            return
        self._framework_version = framework.version_id
        keep_key, keep_level = _chosen(self.competency), _chosen(self.level)
        for combo in (self.competency, self.level):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
        domain = None
        for comp in framework.competencies:
            if comp.domain_name != domain:
                domain = comp.domain_name
                self.competency.insertSeparator(self.competency.count())
            self.competency.addItem(f"{comp.key} {comp.name}", comp.key)
            self.competency.setItemData(
                self.competency.count() - 1,
                f"{comp.domain_name}: {comp.name}",
                Qt.ItemDataRole.ToolTipRole,
            )
        for level in framework.levels:
            if not level.is_not_observed:
                self.level.addItem(f"{level.code} – {level.label}", level.value)
        for combo, keep in ((self.competency, keep_key), (self.level, keep_level)):
            at = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
        self._update_clear_button()

    def set_placement_dates(self, starts_on: date, ends_on: date) -> None:
        before = QDate(starts_on.year, starts_on.month, starts_on.day).addDays(-1)
        for edit in (self.date_from, self.date_to):
            was_any = edit.date() == edit.minimumDate()
            edit.blockSignals(True)
            edit.setMinimumDate(before)
            if was_any:
                edit.setDate(before)
            edit.blockSignals(False)

    def current(self) -> TimelineFilter:
        kind = _chosen(self.kind)
        return TimelineFilter(
            kinds=frozenset({kind}) if kind else ALL_KINDS,
            competency_key=_chosen(self.competency),
            level_value=_chosen(self.level),
            date_from=_date(self.date_from),
            date_to=_date(self.date_to),
            visibility=_chosen(self.visibility),
            text=self.search.text(),
        )

    def clear(self) -> None:
        """Back to everything (the search text included)."""
        widgets = (
            self.kind,
            self.competency,
            self.level,
            self.visibility,
            self.date_from,
            self.date_to,
            self.search,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.kind, self.competency, self.level, self.visibility):
            combo.setCurrentIndex(0)
        self.date_from.setDate(self.date_from.minimumDate())
        self.date_to.setDate(self.date_to.minimumDate())
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._update_clear_button()
        self.filters_changed.emit()


def _chosen(combo: QComboBox) -> Any:
    """The chosen item's value, None for "any"."""
    value = combo.currentData()
    return None if value == ANY else value


def _date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())
