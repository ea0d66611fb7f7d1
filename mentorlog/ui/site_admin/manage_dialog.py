"""What the site's list windows share: a search field, a table over plain rows that gives
way to a message saying what to do next when empty, a column of buttons, a status line,
and a refresh whenever a write changes a kind of record the window shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services.changes import ChangeSet
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.table_parts import TableOrEmpty, row_table, search_field

Row = TypeVar("Row")


class ManageDialog(QDialog, Generic[Row]):
    """Subclasses give ``load(session, text)`` (run on the worker), the empty texts and
    their buttons; ``KINDS`` are the change kinds that make it refresh."""

    KINDS: tuple[str, ...] = ()

    def __init__(
        self,
        ctx: AppContext,
        model: RowsModel[Row],
        name: str,
        title: str,
        stretch: int,
        parent: QWidget | None = None,
        *,
        search: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(900, 540)
        self._generation = 0
        self.model = model
        model.setParent(self)
        self.table = row_table(self, model, f"{name}Table", title, stretch)
        self.stack = TableOrEmpty(self.table, f"{name}Empty", self)
        self.status = QLabel(self)
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)
        self.top = QHBoxLayout()
        self.search = None
        if search is not None:
            self.search = search_field(self, f"{name}Search", search, search, self.refresh)
            caption = QLabel(self.tr("&Search:"), self)
            caption.setBuddy(self.search)
            self.top.addWidget(caption)
            self.top.addWidget(self.search, 1)
        self.actions = QVBoxLayout()
        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addLayout(self.actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.doubleClicked.connect(lambda *_: self.activated())
        ctx.changed.connect(self._changed)

    def button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.actions.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.actions.addStretch(1)
        self.update_buttons()
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    def load(self, session: Any, text: str) -> list[Row]:
        raise NotImplementedError

    def empty_text(self, filtered: bool) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.search.text() if self.search is not None else ""
        keep = self.selected()

        def show(rows: list[Row]) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(rows)
            self.stack.show_rows(self.empty_text(bool(text.strip())))
            self.reselect(keep)
            self.update_buttons()
            self.loaded(rows)

        Op(self, lambda s: self.load(s, text)).success(show).run(self.ctx)

    def loaded(self, rows: list[Row]) -> None:
        """After each load (for subclasses)."""

    def reselect(self, previous: Row | None) -> None:
        key = self.key_of(previous) if previous is not None else None
        for i in range(self.model.rowCount()):
            if key is not None and self.key_of(self.model.row_at(i)) == key:
                self.table.selectRow(i)
                return

    def key_of(self, row: Row) -> Any:
        return getattr(row, "id", None)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(*self.KINDS):
            self.refresh()

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        """Enable what the selection allows (for subclasses)."""

    def activated(self) -> None:
        """A double-click or Enter on a row (for subclasses)."""

    def write(self, work: Callable[[Any], Any], done: str) -> None:
        """Run a write; say ``done`` (``%1`` is the result's name) when it is saved."""

        def finished(result: Any) -> None:
            name = getattr(result, "name", "") or getattr(result, "student", "")
            self.status.setText(done.replace("%1", str(name)))

        Op(self, work).success(finished).run(self.ctx)


def open_window(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
