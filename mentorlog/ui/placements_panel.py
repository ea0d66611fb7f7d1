"""The side panel: the placements the signed-in person works with, filtered as they type."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import Role
from mentorlog.services.access import Actor
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.placements import PlacementRow, list_placements
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.placements_model import (
    CONCERNS,
    LAST_SEEN,
    PHASE,
    STUDENT,
    UNACKNOWLEDGED,
    PlacementsModel,
)
from mentorlog.ui.wording import fill, translate

FILTER_DELAY_MS = 150
NARROW_PANEL = 380  # px: narrower, and the Phase column is hidden
NAME_CHARS = 16  # the student's column keeps room for about this many characters
# Writes that change what the panel shows (figures or the list itself).
WATCHED_KINDS = (
    ChangeKind.OBSERVATION,  # the student's answers and the mentors' signatures too
    ChangeKind.CONCERN,
    ChangeKind.PLACEMENT,
    ChangeKind.PERSON,
    ChangeKind.REVIEW,
    ChangeKind.COHORT,
    ChangeKind.PRISON,
    ChangeKind.UNIT,
    ChangeKind.ACADEMY,
)


def no_placements_text(actor: Actor) -> str:
    """What to do next when ``actor`` has no placement at all, in their role's terms (the
    placements panel and the dashboard say the same)."""

    if actor.roles == {Role.ADMINISTRATOR}:
        return translate(
            "PlacementsPanel",
            "As an administrator you look after the site, not placements. Set up "
            "the academy and its prisons in Site › Academy and prisons (Site › "
            "Set-up guide leads through it all); add people and give them their "
            "roles in Administration › People and accounts.",
        )
    if Role.COORDINATOR in actor.roles:
        return translate(
            "PlacementsPanel",
            "No placements yet. Import the academy's people and placements in "
            "Site › Import people or placements, or add one in Site › Placements; "
            "Site › Set-up guide leads through it step by step.",
        )
    return translate(
        "PlacementsPanel",
        "You have no placements to show yet. A coordinator adds students, "
        "their placements and mentors; they appear here as soon as you are "
        "a mentor or student of one.",
    )


class PlacementsTree(QTreeView):
    """A tree whose keyboard cursor steps over the "prison · cohort" headings."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(cursorAction, modifiers)
        actions = QAbstractItemView.CursorAction
        upward = cursorAction in (actions.MoveUp, actions.MovePrevious, actions.MovePageUp)
        model = self.model()
        assert isinstance(model, PlacementsModel)
        while index.isValid() and model.is_group(index):
            index = self.indexAbove(index) if upward else self.indexBelow(index)
        return index if index.isValid() else self.currentIndex()


class PlacementsPanel(QWidget):
    """Emits ``placement_selected(uuid | None)`` when the selection changes, and
    ``loaded()`` each time a list arrives."""

    placement_selected = Signal(object)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._request = 0
        self._selected: uuid.UUID | None = None
        self._wanted: uuid.UUID | None = None  # to select once the list arrives
        # Which placement to start on when none is chosen (else the first listed).
        self.choose_first: Callable[[Sequence[PlacementRow]], uuid.UUID | None] | None = None
        self.setObjectName("placementsPanel")

        self.filter = QLineEdit()
        self.filter.setObjectName("placementFilter")
        self.filter.setPlaceholderText(self.tr("Filter by student, prison or cohort"))
        self.filter.setAccessibleName(self.tr("Filter placements"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        # An administrator has no placements: no filter they cannot use.
        self.filter.setVisible(ctx.actor.roles != {Role.ADMINISTRATOR})

        self.model = PlacementsModel(self)
        self.view = PlacementsTree()
        self.view.setObjectName("placementsView")
        self.view.setAccessibleName(self.tr("Placements"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(STUDENT, QHeaderView.ResizeMode.Stretch)
        for column in (PHASE, LAST_SEEN, CONCERNS, UNACKNOWLEDGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = QLabel()
        self.empty.setObjectName("placementsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _text: self._filter_timer.start())
        ctx.changed.connect(self._on_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_columns(event.size().width())
        super().resizeEvent(event)

    def _fit_columns(self, width: int) -> None:
        """The student's name needs the room. On a small screen the phase (also in the
        dossier's header and the name's tooltip) gives way and the headings are short;
        where the full headings of the other columns would crowd the name (they run long
        in some languages), the short ones come first, then the phase goes too."""
        steps = [(True, True)] if width < NARROW_PANEL else [(False, False), (True, False)]
        # A name sits indented under its prison and cohort, with the cell's margins.
        room = self.view.fontMetrics().averageCharWidth() * NAME_CHARS + self.view.indentation() + 8
        for compact, hide_phase in [*steps, (True, True)]:
            self.model.set_compact_headers(compact)
            self.view.setColumnHidden(PHASE, hide_phase)
            if width - self._other_columns_width() >= room:
                return

    def _other_columns_width(self) -> int:
        header = self.view.header()
        return sum(
            max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
            for column in (PHASE, LAST_SEEN, CONCERNS, UNACKNOWLEDGED)
            if not self.view.isColumnHidden(column)
        )

    @property
    def selected_placement(self) -> uuid.UUID | None:
        return self._selected

    def select_placement(self, placement_id: uuid.UUID | None) -> None:
        """Select it now if listed, else as soon as a list with it arrives."""
        self._wanted = placement_id
        if placement_id is not None:
            index = self.model.index_of(placement_id)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def refresh(self) -> None:
        self._request += 1
        request = self._request
        actor, text = self._ctx.actor, self.filter.text()
        Op(self, lambda s: list_placements(s, actor, text)).success(
            lambda rows: self._show(request, rows)
        ).run(self._ctx)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED_KINDS):
            self.refresh()

    def _show(self, request: int, rows: list[PlacementRow]) -> None:
        if request != self._request:
            return  # an older answer; a newer filter is on its way
        keep = self._wanted or self._selected
        if keep is None and self.choose_first is not None:
            keep = self.choose_first(rows)
        self.model.set_rows(rows)
        self._fit_columns(self.width())  # the rows' widths count too
        self.view.expandAll()
        for group in range(self.model.rowCount()):  # headings span the whole row
            self.view.setFirstColumnSpanned(group, QModelIndex(), True)
        index = self.model.index_of(keep) if keep else self.model.first_placement()
        if not index.isValid() and not self.filter.text():
            index = self.model.first_placement()
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        elif self._selected is not None and not rows and not self.filter.text().strip():
            # Nothing left to show at all. A filter that matches nobody (yet) leaves the
            # open dossier as it is: typing a name must not close the file being read.
            self._set_selected(None)
        self._wanted = None
        self._show_empty_state(rows)
        # The rows' own widths (a language's phase names, the counts) are known only now.
        self._fit_columns(self.width())
        self.loaded.emit()

    def _show_empty_state(self, rows: list[PlacementRow]) -> None:
        if rows:
            self.stack.setCurrentWidget(self.view)
            return
        if self.filter.text().strip():
            self.empty.setText(
                fill(
                    self.tr("No placement matches “%1”. Check the spelling, or clear the filter."),
                    self.filter.text().strip(),
                )
            )
        else:
            self.empty.setText(no_placements_text(self._ctx.actor))
        self.stack.setCurrentWidget(self.empty)

    def _current_changed(self, current: object, _previous: object) -> None:
        row = self.model.row_for(self.view.currentIndex())
        if row is not None:
            self._set_selected(row.placement_id)

    def _set_selected(self, placement_id: uuid.UUID | None) -> None:
        if placement_id != self._selected:
            self._selected = placement_id
            self.placement_selected.emit(placement_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down or Enter in the filter moves on into the list, so the keyboard never has
        # to leave the panel to pick a student.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    first = self.model.first_placement()
                    if first.isValid():
                        self.view.setCurrentIndex(first)
                return True
        return super().eventFilter(watched, event)
