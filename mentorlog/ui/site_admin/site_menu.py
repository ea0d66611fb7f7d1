"""The Site menu, and File › Log a shift: each action shown only to the roles that may use
it (administrators: the academy and prisons; coordinators: cohorts, placements, imports,
frameworks; mentors and students: logging a shift). The services refuse others anyway."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QWidget

from mentorlog.models import Role
from mentorlog.ui.context import AppContext
from mentorlog.ui.wording import translate

WINDOWS = {
    "guide": ("mentorlog.ui.site_admin.setup_guide", "open_setup_guide"),
    "site": ("mentorlog.ui.site_admin.site_dialog", "open_site_dialog"),
    "cohorts": ("mentorlog.ui.site_admin.cohorts_dialog", "open_cohorts_dialog"),
    "placements": ("mentorlog.ui.site_admin.placements_dialog", "open_placements_dialog"),
    "import": ("mentorlog.ui.site_admin.import_dialog", "open_import_dialog"),
    "frameworks": ("mentorlog.ui.site_admin.frameworks_dialog", "open_frameworks_dialog"),
    "people": ("mentorlog.ui.people_dialog", "open_people_dialog"),
}


def open_window(what: str, ctx: AppContext, parent: QWidget | None) -> Any:
    module, function = WINDOWS[what]
    return getattr(importlib.import_module(module), function)(ctx, parent)


def add_site_menu(window: QMainWindow, bar: QMenuBar, before: QAction | None) -> QMenu | None:
    """The Site menu for ``window`` (inserted before ``before``), or None for someone
    who may use none of it."""
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    admin, coordinator = ctx.actor.has(Role.ADMINISTRATOR), ctx.actor.has(Role.COORDINATOR)
    entries = [
        ("guide", translate("site_menu", "Set-up &guide…"), admin or coordinator),
        ("site", translate("site_menu", "&Academy and prisons…"), admin),
        ("cohorts", translate("site_menu", "&Cohorts…"), coordinator),
        ("placements", translate("site_menu", "&Placements…"), coordinator),
        ("import", translate("site_menu", "&Import people or placements…"), admin or coordinator),
        ("frameworks", translate("site_menu", "&Frameworks…"), coordinator),
    ]
    if not any(allowed for *_, allowed in entries):
        return None
    menu = QMenu(translate("site_menu", "&Site"), bar)
    menu.setObjectName("siteMenu")
    for what, text, allowed in entries:
        if allowed:
            action = QAction(text, window)
            action.setObjectName(f"site_{what}")
            action.triggered.connect(lambda _=False, w=what: open_window(w, ctx, window))
            menu.addAction(action)
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    return menu


def shift_action(window: QMainWindow, placement: Callable[[], uuid.UUID | None]) -> QAction | None:
    """File › Log a shift, for mentors and students (enable it while a placement is chosen)."""
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    if not (Role.MENTOR in ctx.actor.roles or Role.STUDENT in ctx.actor.roles):
        return None
    action = QAction(translate("site_menu", "Log a s&hift…"), window)
    action.setObjectName("logShift")

    def open_it() -> None:
        placement_id = placement()
        if placement_id is not None:
            from mentorlog.ui.site_admin.shift_dialog import ShiftDialog

            ShiftDialog(ctx, window, placement_id).open()

    action.triggered.connect(open_it)
    return action
