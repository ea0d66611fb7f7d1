"""The student's dossier: the header above the tabs (timeline, competencies, goals,
reviews and concerns)."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.frameworks import FrameworkInfo, framework_info
from mentorlog.services.placements import PlacementSummary, placement_summary
from mentorlog.ui.context import AppContext
from mentorlog.ui.dossier.competencies_tab import CompetenciesTab
from mentorlog.ui.dossier.header import DossierHeader
from mentorlog.ui.dossier.lazy_tab import LazyTab
from mentorlog.ui.dossier.timeline_tab import TimelineTab
from mentorlog.ui.ops import Op
from mentorlog.ui.student_view import is_student_view

log = logging.getLogger(__name__)


# The goals, reviews and concerns tabs, each made (and its module imported) when first
# opened: each has set_placement(placement_id | None).
def _goals_tab(ctx: AppContext) -> QWidget:
    from mentorlog.ui.dossier.goals_tab import GoalsTab

    return GoalsTab(ctx)


def _reviews_tab(ctx: AppContext) -> QWidget:
    from mentorlog.ui.dossier.reviews_tab import ReviewsTab

    return ReviewsTab(ctx)


def _concerns_tab(ctx: AppContext) -> QWidget:
    from mentorlog.ui.dossier.concerns_tab import ConcernsTab

    return ConcernsTab(ctx)


# What the header shows: the placement, its people, where and when, its hours (logged
# shifts and published observations).
HEADER_KINDS = (
    ChangeKind.PLACEMENT,
    ChangeKind.SHIFT_LOG,
    ChangeKind.OBSERVATION,
    ChangeKind.PERSON,
    ChangeKind.COHORT,
    ChangeKind.PRISON,
    ChangeKind.UNIT,
)
EXTRA_TABS = (("goals", _goals_tab), ("reviews", _reviews_tab), ("concerns", _concerns_tab))


class DossierView(QWidget):
    """``shown(placement_id)`` fires once the header and the timeline show a placement."""

    shown = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._placement_id: uuid.UUID | None = None
        self._request = 0
        self._ready: set[str] = set()
        self._frameworks: dict[uuid.UUID, FrameworkInfo] = {}
        self.setObjectName("dossier")

        self.header = DossierHeader()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dossierTabs")
        self.tabs.setDocumentMode(True)
        self.timeline = TimelineTab(ctx)
        self.competencies = CompetenciesTab(ctx)
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.competencies, self.tr("&Competencies"))
        self.extra_tabs: dict[str, QWidget] = {}
        self._stale_tabs: set[QWidget] = set()  # extra tabs still showing an old placement
        titles = {
            "goals": self.tr("&Goals"),
            "reviews": self.tr("&Reviews"),
            "concerns": self.tr("C&oncerns"),
        }
        for name, build in EXTRA_TABS:
            # Built when first opened (or used): the dossier opens on the timeline.
            tab = LazyTab(ctx, build)
            self.extra_tabs[name] = tab
            self.tabs.addTab(tab, titles[name])
        if is_student_view(ctx.actor):
            self._add_feedback_tab()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.timeline.loaded.connect(lambda pid: self._part_ready("timeline", pid))
        self.timeline.open_tab_requested.connect(self.show_tab)
        self.competencies.show_in_timeline.connect(self._show_competency_in_timeline)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.tabs, 1)

        self.empty = QLabel(self._choose_text())
        self.empty.setObjectName("dossierEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(32)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        self._content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.changed.connect(self._on_changed)

    def _choose_text(self) -> str:
        return self.tr(
            "Choose a student on the left to open their dossier. Type in the filter "
            "above the list to find someone quickly."
        )

    def set_nothing_to_choose(self, nothing: bool) -> None:
        """With no placements on the left there is nobody to choose: the panel says why,
        and this side stays quiet."""
        self.empty.setText("" if nothing else self._choose_text())

    def _add_feedback_tab(self) -> None:
        """The student's view opens on their feedback: the first tab, shown first."""
        from mentorlog.ui.dossier.feedback_tab import FeedbackTab

        tab = FeedbackTab(self._ctx)
        tab.review_requested.connect(self._show_review)
        self.extra_tabs["feedback"] = tab
        self.tabs.insertTab(0, tab, self.tr("Feedbac&k"))
        self.tabs.setCurrentIndex(0)

    def _show_review(self, review_id: uuid.UUID) -> None:
        tab = self.extra_tabs.get("reviews")
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.select(review_id)  # type: ignore[attr-defined]

    @property
    def placement_id(self) -> uuid.UUID | None:
        return self._placement_id

    def set_placement(self, placement_id: uuid.UUID | None) -> None:
        self._placement_id = placement_id
        self._ready = set()
        if placement_id is None:
            self.stack.setCurrentWidget(self.empty)
        # One serial worker answers in order: the header and the timeline (what opening a
        # dossier shows) go first, the other tabs' loads after them.
        if placement_id is not None:
            self._load_header()
        self.timeline.set_placement(placement_id)
        self.competencies.set_placement(placement_id)  # loads only once it is shown
        # The other tabs load when they are opened: arrowing through students must not
        # queue three more loads per student ahead of the next student's timeline.
        self._stale_tabs = set(self.extra_tabs.values())
        self._tab_shown()

    def _tab_shown(self, _index: int = -1) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale_tabs:
            self._stale_tabs.discard(tab)
            tab.set_placement(self._placement_id)  # type: ignore[attr-defined]

    def _load_header(self) -> None:
        self._request += 1
        request, placement_id = self._request, self._placement_id
        if placement_id is None:
            return
        actor = self._ctx.actor
        Op(self, lambda s: placement_summary(s, actor, placement_id)).success(
            lambda summary: self._show_header(request, placement_id, summary)
        ).run(self._ctx)

    def _show_header(
        self,
        request: int,
        placement_id: uuid.UUID,
        summary: PlacementSummary,
    ) -> None:
        if request != self._request:
            return
        if summary.framework_version_id is not None:
            self._offer_framework(summary.framework_version_id)
        self.timeline.filters.set_placement_dates(summary.starts_on, summary.ends_on)
        self.header.set_summary(summary)
        self.stack.setCurrentWidget(self._content)
        self._part_ready("header", placement_id)

    def _offer_framework(self, version: uuid.UUID) -> None:
        """The timeline's competency and level filters for this framework version. Read
        once per run (versions never change once written), and queued behind the header
        and timeline: opening a dossier does not wait for it."""
        known = self._frameworks.get(version)
        if known is not None:
            self.timeline.set_framework(known)
            return

        def loaded(framework: FrameworkInfo) -> None:
            self._frameworks[version] = framework
            self.timeline.set_framework(framework)

        Op(self, lambda s: framework_info(s, version)).success(loaded).run(self._ctx)

    def _part_ready(self, part: str, placement_id: uuid.UUID) -> None:
        if placement_id != self._placement_id:
            return
        self._ready.add(part)
        if {"header", "timeline"} <= self._ready and "shown" not in self._ready:
            self._ready.add("shown")
            self.shown.emit(placement_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._placement_id is not None and changes.touches(
            *HEADER_KINDS, placement_id=self._placement_id
        ):
            self._load_header()

    # --- for the main window ------------------------------------------------------------

    def show_tab(self, name: str) -> None:
        tab = {"timeline": self.timeline, "competencies": self.competencies}.get(name)
        tab = tab or self.extra_tabs.get(name)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.focus_search()

    def _show_competency_in_timeline(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.filter_competency(key)
