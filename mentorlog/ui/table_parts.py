"""Parts the list windows share (audit trail, people): a row model over plain dataclass
rows, a read-only row-selecting table, a search field that waits for a pause in typing,
and the place a table gives way to an empty-state message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QWidget,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 250


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows arrive filtered and sorted by SQL; ``set_rows`` resets the model. Subclasses
    give ``headers()`` and ``data()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_rows(self, rows: list[Row]) -> None:
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


def row_table(
    parent: QWidget, model: QAbstractTableModel, name: str, accessible_name: str, stretch: int
) -> QTableView:
    """A table that selects one whole row at a time and is never edited in place."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def search_field(
    parent: QWidget, name: str, placeholder: str, accessible_name: str, on_pause: Callable[[], None]
) -> QLineEdit:
    """A search box that calls ``on_pause`` once typing stops for a moment."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible_name)
    edit.setClearButtonEnabled(True)
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(on_pause)
    edit.textChanged.connect(timer.start)
    return edit


class TableOrEmpty(QStackedWidget):
    """The table while it has rows; otherwise a message saying what to do next."""

    def __init__(self, table: QTableView, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.empty = QLabel(self)
        self.empty.setObjectName(name)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(table)
        self.addWidget(self.empty)

    def show_rows(self, empty_text: str) -> None:
        if self.table.model().rowCount():
            self.setCurrentWidget(self.table)
        else:
            self.empty.setText(empty_text)
            self.setCurrentWidget(self.empty)

    @property
    def showing_empty(self) -> bool:
        return self.currentWidget() is self.empty
