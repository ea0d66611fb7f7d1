"""The main window's views, as tabs: the attention dashboard (for mentors, their own
students; coordinators open on it), mentor calibration (coordinators), and the placements
beside the dossier (everyone; the only view, without tabs, for a student)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from mentorlog.models import Role
from mentorlog.ui.context import AppContext
from mentorlog.ui.dashboard_view import DashboardView
from mentorlog.ui.dossier.dossier_view import DossierView
from mentorlog.ui.placements_panel import PlacementsPanel


class MainViews(QTabWidget):
    """Emits ``dashboard_shown_data()`` when the dashboard, being the view on screen,
    shows its rows (the first data a coordinator sees)."""

    dashboard_shown_data = Signal()

    def __init__(
        self,
        ctx: AppContext,
        splitter: QSplitter,
        panel: PlacementsPanel,
        dossier: DossierView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainViews")
        self.setDocumentMode(True)
        self.splitter, self.panel, self.dossier = splitter, panel, dossier
        self.dashboard: DashboardView | None = None
        self.calibration: QWidget | None = None
        self._calibration_loaded = False
        actor = ctx.actor
        coordinator = actor.has(Role.COORDINATOR) and not actor.is_system
        if coordinator or Role.MENTOR in actor.roles:
            self.dashboard = DashboardView(ctx)
            self.dashboard.placement_activated.connect(self.open_dossier)
            self.dashboard.loaded.connect(self._dashboard_loaded)
            self.addTab(
                self.dashboard, self.tr("&Attention") if coordinator else self.tr("&My students")
            )
        if coordinator:
            from mentorlog.ui.calibration_view import CalibrationView

            self.calibration = CalibrationView(ctx)
            self.addTab(self.calibration, self.tr("&Calibration"))
        self.addTab(splitter, self.tr("&Placements"))
        self.tabBar().setVisible(self.count() > 1)
        if not coordinator:
            self.setCurrentWidget(splitter)
        self.currentChanged.connect(self._changed)

    @property
    def on_dashboard(self) -> bool:
        return self.dashboard is not None and self.currentWidget() is self.dashboard

    @property
    def on_placements(self) -> bool:
        return self.currentWidget() is self.splitter

    def show_view(self, widget: QWidget | None) -> None:
        if widget is not None and self.indexOf(widget) >= 0:
            self.setCurrentWidget(widget)

    def open_dossier(self, placement_id: uuid.UUID) -> None:
        """Show ``placement_id``'s dossier beside the placements (from the dashboard)."""
        self.setCurrentWidget(self.splitter)
        if not self.panel.model.index_of(placement_id).isValid():
            # Hidden by the panel's filter, or listed only once the panel reloads.
            self.panel.filter.clear()
            self.panel.refresh()
        self.panel.select_placement(placement_id)
        self.dossier.setFocus()

    def refresh(self) -> None:
        if self.dashboard is not None:
            self.dashboard.refresh()
        if self.calibration is not None and self._calibration_loaded:
            self.calibration.refresh()  # type: ignore[attr-defined]

    def _changed(self, _index: int) -> None:
        if self.currentWidget() is self.calibration and not self._calibration_loaded:
            self._calibration_loaded = True
            self.calibration.refresh()  # type: ignore[union-attr]

    def _dashboard_loaded(self) -> None:
        if self.on_dashboard:
            self.dashboard_shown_data.emit()
