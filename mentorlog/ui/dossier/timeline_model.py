"""The timeline's table model: one row per entry, already filtered and sorted by SQL."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mentorlog.services.search import MARK_END, MARK_START
from mentorlog.services.timeline import EntryKind, TimelineEntry
from mentorlog.ui import labels

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

DATE, KIND, ENTRY, AUTHOR, RATINGS, STATUS = range(6)
COLUMN_COUNT = 6
EntryRole = Qt.ItemDataRole.UserRole + 1
HeadlineRole = Qt.ItemDataRole.UserRole + 2
# The second line: the search snippet (with MARK_START/MARK_END) or the summary.
DetailRole = Qt.ItemDataRole.UserRole + 3


def _t(text: str) -> str:
    return QCoreApplication.translate("TimelineModel", text)


def headline(entry: TimelineEntry) -> str:
    if entry.kind == EntryKind.OBSERVATION:
        parts = [labels.shift(entry.shift) if entry.shift else "", entry.setting, entry.situation]
        return " · ".join(p for p in parts if p) or _t("Observation")
    if entry.kind == EntryKind.REFLECTION:
        return entry.title or _t("Reflection")
    if entry.kind == EntryKind.REVIEW:
        progress = labels.overall_progress(entry.outcome) if entry.outcome else ""
        return " · ".join(p for p in (labels.review_kind(entry.title), progress) if p)
    return _t("Cause for concern · {status}").format(status=labels.concern_status(entry.status))


def status_text(entry: TimelineEntry) -> str:
    tags = []
    if entry.visibility == "private":
        tags.append(_t("Private note"))
    if entry.status == "draft":
        tags.append(_t("Draft"))
    if entry.kind == EntryKind.OBSERVATION and entry.status == "published":
        tags.append(_t("Discussed") if entry.discussed else _t("Not discussed yet"))
    return ", ".join(tags)


def plain(marked: str) -> str:
    return marked.replace(MARK_START, "").replace(MARK_END, "")


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_rows(self, entries: list[TimelineEntry] | tuple[TimelineEntry, ...]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    def row_of(self, entry_id: uuid.UUID) -> int:
        return next((i for i, e in enumerate(self._entries) if e.entry_id == entry_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DATE: _t("Date"),
            KIND: _t("Type"),
            ENTRY: _t("Entry"),
            AUTHOR: _t("By"),
            RATINGS: _t("Ratings"),
            STATUS: _t("Status"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == EntryRole:
            return entry
        if role == HeadlineRole:
            return headline(entry)
        if role == DetailRole:
            return entry.snippet or entry.summary
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ENTRY:
                return f"{headline(entry)}\n{plain(entry.snippet) or entry.summary}"
            if column == RATINGS and entry.ratings:
                return QCoreApplication.translate(
                    "TimelineModel", "%n competencies rated; lowest level %1", "", entry.ratings
                ).replace("%1", str(entry.lowest))
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == ENTRY:
                return f"{headline(entry)}. {plain(entry.snippet) or entry.summary}"
            return self._display(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = Qt.AlignmentFlag.AlignTop
            if column == RATINGS:
                return int(Qt.AlignmentFlag.AlignRight | vertical)
            return int(Qt.AlignmentFlag.AlignLeft | vertical)
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
            if entry.kind != EntryKind.OBSERVATION or not entry.ratings:
                return ""
            return _t("{n} · low {low}").format(n=entry.ratings, low=entry.lowest)
        if column == STATUS:
            return status_text(entry)
        return ""
