"""Parts the list windows share (audit trail, people): a read-only row-selecting table, a
search field that waits for a pause in typing, and the place a table gives way to an
empty-state message. Their models are ui/rows_model.RowsModel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QWidget,
)

SEARCH_DELAY_MS = 250


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
