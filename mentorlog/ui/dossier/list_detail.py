"""The shape the goals, reviews and concerns tabs share: a list on the left (a table model of
plain rows, loaded through the serial worker), the chosen record's form on the right, New
and Delete above, and an empty state that says what to do next.

Each tab refreshes itself when a change notice names its kind for the shown placement.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import Role
from mentorlog.services.access import Actor
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.errors import StaleEditError, ValidationError
from mentorlog.ui.context import AppContext
from mentorlog.ui.dossier.adaptive_split import AdaptiveSplitter
from mentorlog.ui.editors.problems import Problems
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.stale_edit import Choice, Version, ask_stale

R = TypeVar("R")


class ListDetailTab(QWidget, Generic[R]):
    """Subclasses set ``kind`` (what they list: they refresh when it changes) and implement
    ``load``, ``show_record``, ``new_record`` and ``delete_record``; ``loaded`` fires each
    time the list has been refreshed."""

    loaded = Signal(object)  # the placement id shown
    kind: ChangeKind
    stretch_column = 0  # the column of free text that takes the room left

    def __init__(
        self, ctx: AppContext, model: RowsModel[R], form: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.placement_id: uuid.UUID | None = None
        self._select_after: uuid.UUID | None = None
        self._request = 0

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setEnabled(False)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.banner, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)

        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.table)
        self.form = form
        self.form_hint = QLabel(self)
        self.form_hint.setWordWrap(True)
        self.form_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_stack = QStackedWidget(self)
        self.form_stack.addWidget(self.form_hint)
        self.form_stack.addWidget(form)
        # The form gets the room its content needs: the whole width on a small screen
        # (below the list), and it scrolls when it is taller than the tab.
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll.setWidget(self.form_stack)
        form_problems = getattr(form, "problems", None)
        if isinstance(form_problems, Problems):
            form_problems.reveal = self.form_scroll.ensureWidgetVisible
        split = AdaptiveSplitter(self)
        split.addWidget(self.list_stack)
        split.addWidget(self.form_scroll)
        split.setStretchFactor(1, 1)
        self.split = split

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self._delete_clicked)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete_clicked)
        # Bound methods, not lambdas: Qt drops them with this tab, while the context lives on.
        ctx.changed.connect(self._changed)
        ctx.actor_changed.connect(self._actor_changed)

    # -- what a tab provides --------------------------------------------------------------

    def load(self, session: Any, actor: Actor, placement_id: uuid.UUID) -> Any:
        """Runs on the worker: the rows (and anything else the form needs)."""
        raise NotImplementedError

    def rows_of(self, loaded: Any) -> list[R]:
        return loaded  # type: ignore[no-any-return]

    def show_record(self, row: R | None) -> None:
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def delete_record(self, row: R) -> None:
        raise NotImplementedError

    def can_write(self, actor: Actor) -> bool:
        """Whether ``actor`` adds and edits records here: mentors and coordinators, unless
        a tab says otherwise (the services check again)."""
        return actor.has(Role.MENTOR) or actor.has(Role.COORDINATOR)

    def empty_text(self) -> str:
        raise NotImplementedError

    def loaded_data(self, loaded: Any) -> None:
        """Hook for what else ``load`` returned (a framework, counts for the banner)."""

    # -- the list -------------------------------------------------------------------------

    def set_placement(self, placement_id: uuid.UUID | None) -> None:
        self.placement_id = placement_id
        self.refresh()

    def current_row(self) -> R | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, record_id: uuid.UUID | None) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._select_after = record_id

    def refresh(self) -> None:
        self._request += 1
        request, pid, actor = self._request, self.placement_id, self.ctx.actor
        writable = pid is not None and self.can_write(actor)
        self.new_button.setVisible(writable)
        self.delete_button.setVisible(writable)
        if pid is None:
            self.model.set_rows([])
            self._show_empty(
                self.tr("Choose a student on the left to see this part of their file.")
            )
            self.loaded.emit(None)
            return
        Op(self, lambda s: self.load(s, actor, pid)).success(
            lambda loaded: self._loaded(request, pid, loaded)
        ).run(self.ctx)

    def _loaded(self, request: int, pid: uuid.UUID, loaded: Any) -> None:
        if request != self._request:
            return  # a newer refresh is on its way
        keep = self._select_after or getattr(self.current_row(), "id", None)
        self._select_after = None
        self.loaded_data(loaded)
        self.model.set_rows(self.rows_of(loaded))
        self._fit_columns()
        if self.model.rowCount() == 0:
            self._show_empty(self.empty_text())
        else:
            self.list_stack.setCurrentWidget(self.table)
            row = max(self.model.row_of(keep), 0)
            self.table.selectRow(row)
            self._current_changed()
        self.loaded.emit(pid)

    def _fit_columns(self) -> None:
        # Short columns fit their content up to a cap; the free-text column takes the rest.
        for column in range(self.model.columnCount()):
            if column != self.stretch_column:
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 150))

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.list_stack.setCurrentWidget(self.empty)
        self._current_changed()

    def _current_changed(self, *_: Any) -> None:
        row = self.current_row() if self.list_stack.currentWidget() is self.table else None
        self.delete_button.setEnabled(row is not None)
        # No record chosen: a hint rather than an empty, greyed-out form.
        self.form_stack.setCurrentWidget(self.form if row is not None else self.form_hint)
        chosen = self.tr("Choose one in the list to see it here.")
        self.form_hint.setText(chosen if self.model.rowCount() else "")
        self.show_record(row)

    def show_blank_form(self) -> None:
        """For New: no row chosen, and the form open empty."""
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.delete_button.setEnabled(False)
        self.form_stack.setCurrentWidget(self.form)

    def _actor_changed(self, _actor: Actor) -> None:
        self.refresh()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.kind, placement_id=self.placement_id):
            self.refresh()

    def write(
        self,
        work: Any,
        problems: Problems,
        on_saved: Any = None,
        again: Callable[[int], None] | None = None,
    ) -> None:
        """Run a write for this placement; select what it returns (a row with an ``id``)
        once the list refreshes; show a refusal beside its field, or in a dialog. A save
        from a copy someone changed since is compared with theirs; ``again(version)``
        saves the form once more, over that version."""

        def saved(view: Any) -> None:
            self._select_after = getattr(view, "id", None)
            if on_saved is not None:
                on_saved(view)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                problems.show(exc.problems)
            elif isinstance(exc, StaleEditError):
                self._compare_with_newer(exc, again)
            else:
                show_error(self, exc)

        problems.clear()
        Op(self, work).success(saved).failure(failed).run(self.ctx)

    def save_record(
        self,
        create: Callable[[Any, Actor, uuid.UUID, Any], Any],
        update: Callable[..., Any],
        data: Any,
        problems: Problems,
        *,
        expected: int | None = None,
    ) -> None:
        """``create(session, actor, placement_id, data)`` when no row is chosen (New), else
        ``update(session, actor, record_id, data, expected_version=...)`` for the chosen one,
        from the version the form shows (``expected``: a newer one, once compared)."""
        actor, pid = self.ctx.actor, self.placement_id
        current = self.current_row()
        record_id = getattr(current, "id", None)
        version = expected if expected is not None else getattr(current, "row_version", None)
        if pid is None:
            return

        def work(session: Any) -> Any:
            if record_id is None:
                return create(session, actor, pid, data)
            return update(session, actor, record_id, data, expected_version=version)

        def again(newer: int) -> None:
            value = self.form.value()  # type: ignore[attr-defined]
            self.save_record(create, update, value, problems, expected=newer)

        self.write(work, problems, again=again)

    # -- someone saved the record meanwhile ------------------------------------------------

    def fetch_current(self, session: Any, actor: Actor, record_id: uuid.UUID) -> Any:
        """The record as saved now (with its ``row_version``)."""
        raise NotImplementedError

    def versions(self, mine: Any, theirs: Any) -> list[Version]:
        raise NotImplementedError

    def take_merged(self, merged: dict[str, str]) -> None:
        raise NotImplementedError

    def _compare_with_newer(self, exc: StaleEditError, again: Callable[[int], None] | None) -> None:
        row = self.current_row()
        if row is None:
            show_error(self, exc)
            return
        actor, rid, mine = self.ctx.actor, row.id, self.form.value()  # type: ignore[attr-defined]

        def compare(theirs: Any) -> None:
            if again is None:  # a step with nothing typed (a status): say so, show theirs
                show_error(self, exc)
                self._select_after = rid
                self.refresh()
                return

            def resolved(choice: Choice, merged: dict[str, str]) -> None:
                if choice == Choice.MINE:
                    self.take_merged(merged)
                    again(theirs.row_version)
                elif choice == Choice.THEIRS:
                    self._select_after = rid
                    self.refresh()

            ask_stale(self, exc, self.versions(mine, theirs), resolved)

        Op(self, lambda s: self.fetch_current(s, actor, rid)).success(compare).run(self.ctx)

    def _delete_clicked(self) -> None:
        row = self.current_row()
        if row is not None and self.delete_button.isVisible():
            self.delete_record(row)
