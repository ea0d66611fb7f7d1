"""The dossier's timeline: every entry in date order, filtered and searched in SQL.

Search answers as the user types: each keystroke restarts a short timer, the query runs
on the worker, and an answer that a newer request has overtaken is dropped.
"""

from __future__ import annotations

import html
import uuid
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from mentorlog.models import Role
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.frameworks import FrameworkInfo
from mentorlog.services.search import searchable
from mentorlog.services.timeline import (
    EntryKind,
    Timeline,
    TimelineEntry,
    TimelineFilter,
    list_timeline,
    search_timeline,
)
from mentorlog.ui import labels
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.dossier.entry_delegate import EntryDelegate, TwoLineDelegate, row_height
from mentorlog.ui.dossier.timeline_filters import TimelineFilterBar
from mentorlog.ui.dossier.timeline_model import (
    AUTHOR,
    DATE,
    ENTRY,
    KIND,
    RATINGS,
    STATUS,
    TimelineModel,
)
from mentorlog.ui.ops import Op
from mentorlog.ui.student_view import is_student_view
from mentorlog.ui.wording import fill

SEARCH_DELAY_MS = 150
ENTRY_SHARE = 0.42  # of the timeline's width, at least, for the entry's text
WATCHED_KINDS = (
    ChangeKind.OBSERVATION,
    ChangeKind.REFLECTION,
    ChangeKind.REVIEW,
    ChangeKind.CONCERN,
    ChangeKind.PERSON,
)


class TimelineTab(QWidget):
    """``loaded(placement_id)`` fires when a placement's entries are on screen;
    ``open_tab_requested("reviews" | "concerns")`` asks the dossier to show that tab."""

    loaded = Signal(object)
    open_tab_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._placement_id: uuid.UUID | None = None
        # The last timeline read without a search: (placement, its filter, the timeline).
        self._base: tuple[uuid.UUID, TimelineFilter, Timeline] | None = None
        self._request = 0
        self.setObjectName("timelineTab")

        self.filters = TimelineFilterBar()
        # A student sees only what was shared with them: no choice of shared or private.
        self.filters.visibility.setVisible(not is_student_view(ctx.actor))
        self.filters.search_edited.connect(self._search_timer_restart)
        self.filters.filters_changed.connect(self.refresh)

        self.count = QLabel()
        self.count.setObjectName("timelineCount")
        make_secondary(self.count)

        self.model = TimelineModel(self)
        self.view = QTableView()
        self.view.setObjectName("timelineView")
        self.view.setAccessibleName(self.tr("Timeline entries"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(ENTRY, EntryDelegate(self.model, self.view))
        # Two lines a row: the kind of entry goes under its date (the entry keeps the
        # room a Type column took), a status mark or the ratings' words a line.
        self.view.setItemDelegateForColumn(
            DATE,
            TwoLineDelegate(
                self.model,
                self.view,
                second=lambda row: labels.entry_kind(self.model.entry(row).kind),
                second_quiet=True,
            ),
        )
        for column in (RATINGS, STATUS, AUTHOR):
            self.view.setItemDelegateForColumn(column, TwoLineDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.view.font()))
        self._size_columns()
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_current)

        self.empty = QLabel()
        self.empty.setObjectName("timelineEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.empty.linkActivated.connect(self._empty_link)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        ctx.changed.connect(self._on_changed)

    def _size_columns(self) -> None:
        # Fixed widths from the font: ResizeToContents would measure every row. The entry
        # takes what is left; it keeps at least ENTRY_SHARE of the view (see resize).
        metrics = QFontMetrics(self.view.font())
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ENTRY, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnHidden(KIND, True)  # shown under the date
        self._widths = {
            column: metrics.horizontalAdvance(sample) + 16
            for column, sample in (
                (DATE, max("0000-00-00", self.tr("Observation"), key=metrics.horizontalAdvance)),
                (AUTHOR, "Ingrid Johannessen"),
                (RATINGS, self.tr("12 competencies")),
                # A mark a line, two lines: a third is elided (the tooltip has all).
                (STATUS, self.tr("Not discussed yet")),
            )
        }
        for column, width in self._widths.items():
            header.resizeSection(column, width)
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width(self.view.viewport().width())
        return super().eventFilter(watched, event)

    def _share_width(self, width: int) -> None:
        """On a small screen the entry's text keeps its share: the author's name gives
        way first (elided, in full in its tooltip), then the status."""
        header = self.view.horizontalHeader()
        fixed = dict(self._widths)
        wanted = int(width * ENTRY_SHARE)
        for column, least in ((AUTHOR, 70), (STATUS, 90)):
            others = sum(fixed.values())
            if width - others >= wanted:
                break
            fixed[column] = max(least, fixed[column] - (wanted - (width - others)))
        for column, size in fixed.items():
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)

    # --- what to show -------------------------------------------------------------------

    @property
    def placement_id(self) -> uuid.UUID | None:
        return self._placement_id

    def set_placement(self, placement_id: uuid.UUID | None) -> None:
        if placement_id != self._placement_id:
            self._placement_id = placement_id
            self.model.set_rows([])
            self.refresh()

    def set_framework(self, framework: FrameworkInfo) -> None:
        self.filters.set_framework(framework)

    def filter_competency(self, key: str) -> None:
        """Show only the observations that rated this competency."""
        at = self.filters.competency.findData(key)
        if at >= 0:
            self.filters.competency.setCurrentIndex(at)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _search_timer_restart(self) -> None:
        self._search_timer.start()

    def refresh(self) -> None:
        self._search_timer.stop()
        self._request += 1
        request, placement_id = self._request, self._placement_id
        if placement_id is None:
            self.model.set_rows([])
            return
        actor, flt = self._ctx.actor, self.filters.current()
        # While only the search text changes, the entries already read are narrowed to
        # what the full-text index finds, rather than read again on every keystroke.
        base = self._base
        unsearched = replace(flt, text="")
        reuse = (
            searchable(flt.text)
            and base is not None
            and base[:2] == (placement_id, unsearched)
            and not base[2].truncated
        )

        def work(session: Session) -> Timeline | None:
            # A newer request is already queued: skip this one's queries.
            if request != self._request:
                return None
            if reuse:
                assert base is not None
                return search_timeline(session, actor, placement_id, base[2], flt.text)
            return list_timeline(session, actor, placement_id, flt)

        Op(self, work).success(
            lambda timeline: self._show(request, placement_id, flt, timeline)
        ).failure(lambda exc: self._failed(request, exc)).run(self._ctx)

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        from mentorlog.ui.errors import describe

        self.model.set_rows([])
        self.empty.setText(describe(exc)[0])
        self.stack.setCurrentWidget(self.empty)

    def _show(
        self,
        request: int,
        placement_id: uuid.UUID,
        flt: TimelineFilter,
        timeline: Timeline | None,
    ) -> None:
        if request != self._request or timeline is None:
            return  # overtaken by a newer keystroke or filter
        if not timeline.searched:
            self._base = (placement_id, replace(flt, text=""), timeline)
        current = self.current_entry()
        self.model.set_rows(timeline.entries)
        if current is not None:
            row = self.model.row_of(current.entry_id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, ENTRY))
        self._show_count(flt, timeline)
        self._show_empty_state(flt, timeline)
        self.loaded.emit(placement_id)

    def _show_count(self, flt: TimelineFilter, timeline: Timeline) -> None:
        n = len(timeline.entries)
        if timeline.searched:
            text = fill(self.tr("%n matching “%1”", "", n), flt.text.strip())
        elif flt.is_default:
            text = self.tr("%n entries", "", n)
        else:
            text = self.tr("%n entries match the filters", "", n)
        if timeline.truncated:
            text = fill(self.tr("%1 (the newest shown)"), text)
        self.count.setText(text)

    def _show_empty_state(self, flt: TimelineFilter, timeline: Timeline) -> None:
        if timeline.entries:
            self.stack.setCurrentWidget(self.view)
            return
        if timeline.searched:
            text = fill(
                self.tr(
                    "No narrative or reflection here contains “%1”. Try fewer or shorter "
                    'words, or <a href="clear">Clear the filters</a>.'
                ),
                html.escape(flt.text.strip()),
            )
        elif not flt.is_default:
            text = self.tr('No entry matches these filters. <a href="clear">Clear the filters</a>.')
        elif self._ctx.actor.has(Role.MENTOR):
            text = self.tr(
                "No entries yet. Record a shift with File › New observation (Ctrl+N); the "
                "student's reflections, reviews and concerns will appear here too."
            )
        elif Role.STUDENT not in self._ctx.actor.roles:
            text = self.tr(
                "No entries yet. The student's mentors record observations here, and the "
                "student's reflections, reviews and concerns appear beside them."
            )
        else:
            text = self.tr(
                "Nothing has been shared with you yet. Your mentor's feedback appears here "
                "once it is published; you can write a reflection with File › New reflection."
            )
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def _empty_link(self, link: str) -> None:
        if link == "clear":
            self.filters.clear()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._placement_id is None:
            return
        if changes.touches(*WATCHED_KINDS, placement_id=self._placement_id):
            self._base = None  # what was read is out of date
            self.refresh()

    # --- opening an entry ---------------------------------------------------------------

    def current_entry(self) -> TimelineEntry | None:
        # Read through the model, not index.data() (a PySide6 6.12 defect; see pyproject).
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or self._placement_id is None:
            return
        entry = self.model.entry(index.row())
        if entry is None:
            return
        if entry.kind == EntryKind.REVIEW:
            self.open_tab_requested.emit("reviews")
            return
        if entry.kind == EntryKind.CONCERN:
            self.open_tab_requested.emit("concerns")
            return
        from mentorlog.ui import editors

        window = self.window()
        if entry.kind == EntryKind.OBSERVATION:
            editors.open_observation_editor(
                self._ctx, window, self._placement_id, observation_id=entry.entry_id
            )
        elif entry.kind == EntryKind.REFLECTION:
            editors.open_reflection_editor(
                self._ctx, window, self._placement_id, reflection_id=entry.entry_id
            )

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        entry = self.model.entry(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self._open(index))
        if entry.kind == EntryKind.OBSERVATION:
            self._add_sign_actions(menu, entry)
        if entry.kind == EntryKind.OBSERVATION and self._deletable(entry) and not entry.signed:
            menu.addAction(self.tr("&Delete…"), self.delete_current)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _add_sign_actions(self, menu: QMenu, entry: TimelineEntry) -> None:
        """Sign… (its author, once published), Amend… (its author, once signed), and
        Versions… (anyone who sees it); the services check again."""
        pid, oid = self._placement_id, entry.entry_id
        own = pid is not None and self._deletable(entry)  # its author
        if own and pid is not None and entry.status == "published" and not entry.signed:
            from mentorlog.ui.editors import signing

            menu.addAction(
                self.tr("Si&gn…"), lambda: signing.sign_observation(self._ctx, self, oid)
            )
        if own and pid is not None and entry.signed:
            from mentorlog.ui import editors

            menu.addAction(
                self.tr("A&mend…"),
                lambda: editors.open_observation_editor(
                    self._ctx, self.window(), pid, oid, amend=True
                ),
            )
        if entry.signed or entry.version > 1:
            menu.addAction(self.tr("V&ersions…"), lambda: self._versions(oid))

    def _versions(self, observation_id: uuid.UUID) -> None:
        from mentorlog.ui.editors.versions_dialog import open_versions

        open_versions(self._ctx, self.window(), observation_id)

    def _deletable(self, entry: TimelineEntry) -> bool:
        # Only its author deletes an observation (the service checks again).
        return entry.author_id == self._ctx.actor.person_id

    def delete_current(self) -> None:
        """Delete the selected observation: the editors ask first and offer undo."""
        entry = self.current_entry()
        if entry is None or entry.kind != EntryKind.OBSERVATION or self._placement_id is None:
            return
        if not self._deletable(entry):
            return
        from mentorlog.ui import editors

        editors.delete_observation(
            self._ctx, self.window(), self._placement_id, entry.entry_id, entry.on
        )
