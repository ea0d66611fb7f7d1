"""The timeline's table model: one row per entry, already filtered and sorted by SQL."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mentorlog.services.search import MARK_END, MARK_START
from mentorlog.services.timeline import EntryKind, TimelineEntry
from mentorlog.ui import formats, labels
from mentorlog.ui.rows_model import ColumnHeaders
from mentorlog.ui.wording import fill, translate

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

DATE, KIND, ENTRY, AUTHOR, RATINGS, STATUS = range(6)
COLUMN_COUNT = 6
EntryRole = Qt.ItemDataRole.UserRole + 1
HeadlineRole = Qt.ItemDataRole.UserRole + 2
# The second line: the search snippet (with MARK_START/MARK_END) or the summary.
DetailRole = Qt.ItemDataRole.UserRole + 3


def headline(entry: TimelineEntry) -> str:
    if entry.kind == EntryKind.OBSERVATION:
        parts = [labels.shift(entry.shift) if entry.shift else "", entry.setting, entry.situation]
        return " · ".join(p for p in parts if p) or translate("TimelineModel", "Observation")
    if entry.kind == EntryKind.REFLECTION:
        return entry.title or translate("TimelineModel", "Reflection")
    if entry.kind == EntryKind.REVIEW:
        progress = labels.overall_progress(entry.outcome) if entry.outcome else ""
        return " · ".join(p for p in (labels.review_kind(entry.title), progress) if p)
    return fill(
        translate("TimelineModel", "Cause for concern · %1"), labels.concern_status(entry.status)
    )


def status_text(entry: TimelineEntry, separator: str = "\n") -> str:
    """The entry's marks, one a line as the Status cell shows them (``separator`` ", "
    for a tooltip)."""
    tags = []
    if entry.visibility == "private":
        tags.append(translate("TimelineModel", "Private note"))
    if entry.status == "draft":
        tags.append(translate("TimelineModel", "Draft"))
    if entry.version > 1:
        tags.append(translate("TimelineModel", "Amended (v%1)").replace("%1", str(entry.version)))
    if entry.signed:
        tags.append(translate("TimelineModel", "Signed"))
    if entry.kind == EntryKind.OBSERVATION and entry.status == "published":
        tags.append(
            translate("TimelineModel", "Discussed")
            if entry.discussed
            else translate("TimelineModel", "Not discussed yet")
        )
    if entry.response == "acknowledged":
        tags.append(translate("TimelineModel", "Acknowledged"))
    elif entry.response == "disagreed":
        tags.append(translate("TimelineModel", "Student disagreed"))
    return separator.join(tags)


def ratings_text(entry: TimelineEntry) -> str:
    """In words, on two lines: "2 competencies" / "lowest level 4"."""
    if entry.kind != EntryKind.OBSERVATION or not entry.ratings:
        return ""
    # One counted sentence: which words go with one rating or several is the language's.
    text = TimelineModel.tr("%n competencies\nlowest level %1", "", entry.ratings)
    return fill(text, formats.number(entry.lowest))


def plain(marked: str) -> str:
    return marked.replace(MARK_START, "").replace(MARK_END, "")


# data() runs for every visible cell and role on each repaint: plain ints compare fastest.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ENTRY, _HEADLINE, _DETAIL = int(EntryRole), int(HeadlineRole), int(DetailRole)
_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class TimelineModel(ColumnHeaders, QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # a row's cell texts, made when shown

    def set_rows(self, entries: list[TimelineEntry] | tuple[TimelineEntry, ...]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._texts = {}
        self.endResetModel()

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            entry = self._entries[row]
            texts = tuple(self._display(entry, column) for column in range(COLUMN_COUNT))
            self._texts[row] = texts
        return texts

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    def headline_at(self, row: int) -> str:
        return self._row_texts(row)[ENTRY]

    def detail_at(self, row: int) -> str:
        """The second line: the search snippet (with its marks) or the summary."""
        entry = self._entries[row]
        return entry.snippet or entry.summary

    def row_of(self, entry_id: uuid.UUID) -> int:
        return next((i for i, e in enumerate(self._entries) if e.entry_id == entry_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        return (
            translate("TimelineModel", "Date"),
            translate("TimelineModel", "Type"),
            translate("TimelineModel", "Entry"),
            translate("TimelineModel", "By"),
            translate("TimelineModel", "Ratings"),
            translate("TimelineModel", "Status"),
        )

    def header_tip(self, section: int) -> str | None:
        if section == RATINGS:
            return translate(
                "TimelineModel",
                "How many competencies the observation rated, and the lowest level given",
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        role = int(role)
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self._row_texts(row)[column]
        if role == _ALIGNMENT:
            return _TOP_LEFT
        entry = self._entries[row]
        if role == _HEADLINE:
            return self._row_texts(row)[ENTRY]
        if role == _DETAIL:
            return entry.snippet or entry.summary
        if role == _ENTRY:
            return entry
        if role == _TOOLTIP:
            if column == ENTRY:
                return f"{headline(entry)}\n{plain(entry.snippet) or entry.summary}"
            if column == STATUS:
                return status_text(entry, ", ") or None  # in full when elided
            if column == DATE:
                return f"{self._row_texts(row)[DATE]}, {labels.entry_kind(entry.kind)}"
            if column == AUTHOR:
                return entry.author or None  # in full when elided
            if column == RATINGS and entry.ratings:
                text = self.tr("%n competencies rated; lowest level %1", "", entry.ratings)
                return fill(text, formats.number(entry.lowest))
            return None
        if role == _ACCESSIBLE:
            if column == ENTRY:
                return f"{headline(entry)}. {plain(entry.snippet) or entry.summary}"
            if column == DATE:
                return f"{self._row_texts(row)[DATE]}, {labels.entry_kind(entry.kind)}"
            return self._row_texts(row)[column].replace("\n", ", ")
        return None

    @staticmethod
    def _display(entry: TimelineEntry, column: int) -> str:
        if column == DATE:
            return labels.short_date(entry.on)
        if column == KIND:
            return labels.entry_kind(entry.kind)
        if column == ENTRY:
            return headline(entry)
        if column == AUTHOR:
            return entry.author
        if column == RATINGS:
            return ratings_text(entry)
        if column == STATUS:
            return status_text(entry)
        return ""
