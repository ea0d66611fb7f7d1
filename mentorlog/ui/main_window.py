"""The main window: menus and toolbar, its views (main_views: the attention dashboard
and calibration as tabs beside the placements panel and the dossier), and a status bar
saying who is signed in, where the data lives and whether work is running."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from mentorlog import __version__
from mentorlog.models import Role
from mentorlog.services.backups import may_back_up
from mentorlog.ui import trust_labels
from mentorlog.ui.busy_indicator import BusyIndicator
from mentorlog.ui.context import AppContext
from mentorlog.ui.database_banner import DatabaseBanner, with_banner
from mentorlog.ui.dossier.dossier_view import DossierView
from mentorlog.ui.icons import icon
from mentorlog.ui.idle_lock import IdleLock
from mentorlog.ui.main_views import MainViews
from mentorlog.ui.placements_panel import PlacementsPanel
from mentorlog.ui.student_view import is_student_view, opening_placement
from mentorlog.ui.ui_state import UiState
from mentorlog.ui.window_rules import available_rect
from mentorlog.ui.wording import fill

# The editors and dialogs below are imported inside the methods that open them: start-up
# stays light, and the import-linter contracts still see every import.


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    # The signed-in person chose another language (its code): the app rebuilds the window.
    language_changed = Signal(str)
    first_data_loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        ui_state: UiState | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui_state = ui_state or UiState()
        self._first_data = False
        self.setObjectName("mainWindow")
        # Qt adds the application's name ("Ingrid Sæther — mentorlog"): not twice.
        self.setWindowTitle(ctx.actor.name)

        self.panel = PlacementsPanel(ctx)
        self.dossier = DossierView(ctx)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.dossier)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.views = MainViews(ctx, self.splitter, self.panel, self.dossier)
        self.views.dashboard_shown_data.connect(self._report_first_data)
        self.views.currentChanged.connect(lambda _i: self._update_actions())
        self.banner = DatabaseBanner(ctx)
        self.setCentralWidget(with_banner(self.banner, self.views))
        # ``clock`` (seconds) is for tests: they move time on instead of waiting.
        self.idle_lock = IdleLock(self, ctx, clock)
        self.idle_lock.sign_out_requested.connect(self.sign_out_requested)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        self.panel.placement_selected.connect(self._placement_selected)
        self.panel.loaded.connect(self._panel_loaded)
        self.dossier.shown.connect(self._dossier_shown)
        self._restore_state()
        self._update_actions()
        if self.views.on_dashboard:
            # Its rows are the first data this person sees: asked for before the rest.
            self.views.refresh()
        if is_student_view(ctx.actor):
            # A student opens on their current placement, with their new feedback first
            # and the keyboard in it.
            self.panel.choose_first = opening_placement
            feedback = self.dossier.extra_tabs.get("feedback")
            if feedback is not None:
                self._focus_feedback_once(feedback)
        else:
            self.panel.select_placement(self._remembered_placement())
        self.panel.refresh()

    # --- actions and menus --------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_observation = self._action(
            "newObservation",
            self.tr("New &observation…"),
            self.open_new_observation,
            QKeySequence.StandardKey.New,
            "new-observation",
        )
        self.new_reflection = self._action(
            "newReflection",
            self.tr("New &reflection…"),
            self.open_new_reflection,
            "Ctrl+Shift+N",
            "new-reflection",
        )
        self.export_reports = self._action(
            "exportReports", self.tr("&Export reports…"), self.open_export, "Ctrl+E", "export"
        )
        self.backups = self._action("backups", self.tr("&Backups…"), self.open_backups)
        self.language = self._action("language", self.tr("&Language…"), self.open_language)
        self.language.setToolTip(self.tr("Choose the language mentorlog speaks to you"))
        self.sign_out = self._action(
            "signOut", self.tr("&Sign out"), self.sign_out_requested.emit, None, "sign-out"
        )
        self.sign_out.setToolTip(self.tr("Sign out or switch user; the app stays open"))
        self.lock = self._action(
            "lock", self.tr("&Lock"), lambda: self.idle_lock.lock(), "Ctrl+Shift+L", "lock"
        )
        self.lock.setToolTip(self.tr("Lock the window now; your password unlocks it"))
        # From every window of the app: the editor is where a mentor is called away.
        self.lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit = self._action(
            "quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setObjectName("undo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo.setObjectName("redo")
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.find = self._action(
            "find",
            self.tr("&Find in timeline"),
            self.dossier.focus_search,
            QKeySequence.StandardKey.Find,
            "find",
        )
        self.filter_students = self._action(
            "filterStudents", self.tr("Find &student"), self.focus_placement_filter, "Ctrl+L"
        )
        self.refresh = self._action(
            "refresh", self.tr("Re&fresh"), self.refresh_all, QKeySequence.StandardKey.Refresh
        )
        self.show_timeline = self._action(
            "showTimeline",
            self.tr("&Timeline"),
            lambda: self.dossier.show_tab("timeline"),
            "Ctrl+1",
        )
        self.show_competencies = self._action(
            "showCompetencies",
            self.tr("&Competencies"),
            lambda: self.dossier.show_tab("competencies"),
            "Ctrl+2",
        )
        views = self.views
        self.show_dashboard = self._action(
            "showDashboard",
            self.tr("Attention &dashboard"),
            lambda: views.show_view(views.dashboard),
            "Ctrl+D",
        )
        self.show_calibration = self._action(
            "showCalibration",
            self.tr("Mentor c&alibration"),
            lambda: views.show_view(views.calibration),
            "Ctrl+Shift+D",
        )
        self.show_placements = self._action(
            "showPlacements",
            self.tr("&Placements and dossier"),
            lambda: views.show_view(self.splitter),
            "Ctrl+Shift+P",
        )
        self.show_dashboard.setVisible(views.dashboard is not None)
        self.show_calibration.setVisible(views.calibration is not None)
        self.show_placements.setVisible(views.count() > 1)
        self.about = self._action("about", self.tr("&About mentorlog"), self.show_about)
        self.guide = self._action(
            "guide",
            self.tr("&Guide for your role"),
            lambda: self.open_help("guide"),
            QKeySequence.StandardKey.HelpContents,
        )
        self.keyboard_help = self._action(
            "keyboardShortcuts",
            self.tr("&Keyboard shortcuts"),
            lambda: self.open_help("shortcuts"),
            "Ctrl+/",
        )
        self.people = self._action("people", self.tr("&People and accounts…"), self.open_people)
        self.audit = self._action("auditTrail", self.tr("&Audit trail…"), self.open_audit)
        self.site_settings = self._action(
            "siteSettings", self.tr("&Site settings…"), self.open_site_settings
        )
        self.site_settings.setVisible(self.ctx.actor.has(Role.ADMINISTRATOR))
        # Recording is for the roles that record: others are not shown a greyed-out button
        # they can never use (a student, a coordinator, an administrator).
        self.new_observation.setVisible(self.ctx.actor.has(Role.MENTOR))
        self.new_reflection.setVisible(
            self.ctx.actor.has(Role.MENTOR) or self.ctx.actor.has(Role.STUDENT)
        )
        # What coordinators and administrators manage; the services refuse others anyway.
        manages = self.ctx.actor.has(Role.COORDINATOR) or self.ctx.actor.has(Role.ADMINISTRATOR)
        self.people.setVisible(manages)
        self.audit.setVisible(manages)

        from mentorlog.ui.site_admin.site_menu import shift_action

        self.log_shift = shift_action(self, lambda: self.placement_id)
        self.backups.setVisible(self.ctx.db.is_sqlite and may_back_up(self.ctx.actor))
        # An administrator looks after the site, not placements: no reports to export and
        # no students to find (the services would refuse them anyway).
        works_with_placements = set(self.ctx.actor.roles) != {Role.ADMINISTRATOR}
        self.export_reports.setVisible(works_with_placements)
        self.filter_students.setVisible(works_with_placements)
        self.find.setVisible(works_with_placements)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addActions([self.new_observation, self.new_reflection])
        if self.log_shift is not None:
            file_menu.addAction(self.log_shift)
        file_menu.addSeparator()
        file_menu.addActions([self.export_reports, self.backups])
        file_menu.addSeparator()
        file_menu.addAction(self.language)
        file_menu.addActions([self.lock, self.sign_out, self.quit])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addActions([self.undo, self.redo])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        if self.views.count() > 1:
            view_menu.addActions([self.show_dashboard, self.show_calibration, self.show_placements])
            view_menu.addSeparator()
        view_menu.addActions([self.find, self.filter_students])
        view_menu.addSeparator()
        view_menu.addActions([self.show_timeline, self.show_competencies, self.refresh])
        managed = [self.people, self.audit, self.site_settings]
        if any(action.isVisible() for action in managed):
            admin_menu = bar.addMenu(self.tr("&Administration"))
            admin_menu.addActions(managed)
        from mentorlog.ui.site_admin.site_menu import add_site_menu

        self.site_menu = add_site_menu(self, bar, None)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addActions([self.guide, self.keyboard_help])
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_observation, self.new_reflection])
        toolbar.addSeparator()
        toolbar.addActions([self.find, self.export_reports])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addActions([self.lock, self.sign_out])
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        actor = self.ctx.actor
        roles = trust_labels.roles(sorted(actor.roles))  # in the reader's words, not codes
        self.who = QLabel(fill(self.tr("Signed in as %1 (%2)"), actor.name, roles))
        self.who.setObjectName("signedInAs")
        self.where = QLabel(fill(self.tr("Data: %1"), self.ctx.db.describe()))
        self.where.setObjectName("dataLocation")
        self.where.setToolTip(self.tr("Where mentorlog keeps this data"))
        status.addWidget(self.who)
        status.addWidget(self.where, 1)
        self.busy = BusyIndicator(self.ctx, self)
        status.addPermanentWidget(self.busy)

    # --- what the actions do ------------------------------------------------------------

    @property
    def placement_id(self) -> uuid.UUID | None:
        return self.panel.selected_placement

    def _update_actions(self) -> None:
        actor, chosen = self.ctx.actor, self.placement_id is not None
        writes = chosen
        self.new_observation.setEnabled(writes and Role.MENTOR in actor.roles)
        self.new_reflection.setEnabled(
            writes and bool({Role.MENTOR, Role.STUDENT} & set(actor.roles))
        )
        self.find.setEnabled(chosen)
        if self.log_shift is not None:
            self.log_shift.setEnabled(chosen)

    def open_new_observation(self) -> None:
        from mentorlog.ui.editors import open_observation_editor

        if self.placement_id is not None:
            open_observation_editor(self.ctx, self, self.placement_id)

    def open_new_reflection(self) -> None:
        from mentorlog.ui.editors import open_reflection_editor

        if self.placement_id is not None:
            open_reflection_editor(self.ctx, self, self.placement_id)

    def open_export(self) -> None:
        from mentorlog.ui.export_dialog import open_export_dialog

        open_export_dialog(self.ctx, self, self.placement_id)

    def open_backups(self) -> None:
        from mentorlog.ui.backups_dialog import BackupsDialog

        BackupsDialog(self.ctx, self).open()

    def open_language(self) -> None:
        from mentorlog.ui.language_dialog import LanguageDialog

        dialog = LanguageDialog(self.ctx, self)
        dialog.language_changed.connect(self.language_changed)
        dialog.open()

    def open_people(self) -> None:
        from mentorlog.ui.people_dialog import open_people_dialog

        open_people_dialog(self.ctx, self)

    def open_audit(self) -> None:
        from mentorlog.ui.audit_view import open_audit_view

        open_audit_view(self.ctx, self)

    def open_site_settings(self) -> None:
        from mentorlog.ui.site_settings_dialog import open_site_settings

        open_site_settings(self.ctx, self)

    def open_help(self, page: str) -> None:
        from mentorlog.ui.help_dialog import open_help

        open_help(self.ctx.actor, self, page)

    def focus_placement_filter(self) -> None:
        if self.views.on_dashboard and self.views.dashboard is not None:
            self.views.dashboard.search.setFocus()
            self.views.dashboard.search.selectAll()
            return
        self.views.show_view(self.splitter)
        self.panel.filter.setFocus()
        self.panel.filter.selectAll()

    def refresh_all(self) -> None:
        self.views.refresh()
        self.panel.refresh()
        self.dossier.set_placement(None)
        self.dossier.set_placement(self.placement_id)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About mentorlog"),
            fill(
                self.tr(
                    "<h3>mentorlog %1</h3>"
                    "<p>Mentored on-the-job training of prison officers: observations, "
                    "competency ratings, reflections, goals, reviews and progress reports.</p>"
                    "<p>Data: %2</p><p>MIT licence.</p>"
                ),
                __version__,
                html.escape(self.ctx.db.describe()),
            ),
        )

    # --- selection and first data ---------------------------------------------------------

    def _placement_key(self) -> str:
        return f"placement/{self.ctx.actor.person_id}"

    def _remembered_placement(self) -> uuid.UUID | None:
        try:
            return uuid.UUID(self.ui_state.value(self._placement_key()))
        except ValueError:
            return None

    def _placement_selected(self, placement_id: uuid.UUID | None) -> None:
        self.dossier.set_placement(placement_id)
        self.ui_state.set_value(self._placement_key(), str(placement_id or ""))
        self._update_actions()

    def _focus_feedback_once(self, feedback: QWidget) -> None:
        focused: list[bool] = []

        def loaded(_placement_id: object) -> None:
            if not focused:
                focused.append(True)
                feedback.focus_list()  # type: ignore[attr-defined]

        feedback.loaded.connect(loaded)  # type: ignore[attr-defined]

    def _panel_loaded(self) -> None:
        self.dossier.set_nothing_to_choose(
            self.panel.model.placement_count() == 0 and not self.panel.filter.text().strip()
        )
        if self.panel.selected_placement is None and self.views.on_placements:
            self._report_first_data()

    def _dossier_shown(self, _placement_id: uuid.UUID) -> None:
        if self.views.on_placements:
            self._report_first_data()

    def _report_first_data(self) -> None:
        if not self._first_data:
            self._first_data = True
            self.first_data_loaded.emit()

    # --- remembered layout ----------------------------------------------------------------

    def _restore_state(self) -> None:
        if not self.ui_state.restore_geometry("main", self):
            # As large as the screen allows, up to 1280 x 800 (window_rules keeps a
            # window from a larger screen inside this one).
            room = available_rect(self)
            self.resize(min(1280, room.width() - 8), min(800, room.height() - 34))
        if not self.ui_state.restore_splitter("main", self.splitter):
            # Room for a full name beside the figures; the dossier keeps the rest.
            panel = max(310, min(430, self.width() * 32 // 100))
            self.splitter.setSizes([panel, max(400, self.width() - panel)])
        self.ui_state.restore_header("placements", self.panel.view.header())
        if self.views.dashboard is not None:
            self.ui_state.restore_header("dashboard", self.views.dashboard.table.horizontalHeader())

    def save_state(self) -> None:
        """Remember the window's geometry, splitter and columns (the next one restores them)."""
        self.ui_state.save_geometry("main", self)
        self.ui_state.save_splitter("main", self.splitter)
        self.ui_state.save_header("placements", self.panel.view.header())
        if self.views.dashboard is not None:
            self.ui_state.save_header("dashboard", self.views.dashboard.table.horizontalHeader())
        self.ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
