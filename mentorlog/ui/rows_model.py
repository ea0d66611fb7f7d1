"""The one table-model base: plain rows filtered and sorted by SQL, shown read-only.

``ColumnHeaders`` is the one headerData: a model names its columns in ``headers()`` and
may explain one in ``header_tip()``; the tree and table models that keep rows of their own
(placements, timeline, competencies) use it too. ``RowsModel`` adds the rows: a subclass
says what a cell shows in ``cell()``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ColumnHeaders:
    """headerData from ``headers()`` (the titles) and ``header_tip()`` (a tooltip)."""

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = self.headers()
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None


class RowsModel(ColumnHeaders, QAbstractTableModel, Generic[R]):
    """Rows arrive filtered and sorted by SQL; ``set_rows`` resets the model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def cell(self, row: R, column: int, role: int) -> Any:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_rows(self, rows: Sequence[R]) -> None:
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_at(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of(self, record_id: uuid.UUID | None) -> int:
        """The row of the record with ``record_id`` (rows with an ``id``), or -1."""
        ids = (getattr(r, "id", None) for r in self._rows)
        return next((i for i, rid in enumerate(ids) if rid == record_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
