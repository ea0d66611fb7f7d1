"""A real academy from nothing, through the app's own widgets: on a new encrypted site
(as ``mentorlog init --coordinator`` makes it) the coordinator imports 30 people from
XLSX and 30 placements from a ';'-separated CSV with a BOM, checking each first; a mentor
signs in with their one-time password, chooses their own, and publishes a 7.5 h
observation; the student acknowledges it; the coordinator's report shows both."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorlog.services.report_export import ExportOptions, render_student
from mentorlog.ui.context import AppContext
from mentorlog.ui.main_window import MainWindow
from tests.site.conftest import ADMIN, NewSite, example, placements_around
from tests.ui.editors.driving import type_text

LEFT = Qt.MouseButton.LeftButton


def _trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(type(window.quit), name)
    assert action is not None and action.isVisible(), name
    action.trigger()


def _top(cls: type, name: str):  # type: ignore[no-untyped-def]
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, cls) and w.isVisible() and w.objectName() == name
        ),
        None,
    )


def _import(qtbot, dialog, kind: str, path: Path, sheet: Path | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.file.setText(str(path))
    qtbot.mouseClick(dialog.check_button, LEFT)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert "Would make (30)" in dialog.preview.toPlainText()
    assert "Nothing was written yet" in dialog.status.text()
    if sheet is not None:
        dialog.sheet.setText(str(sheet))
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: "made 30" in dialog.status.text(), timeout=20_000)


def _coordinator_imports(qtbot, site: NewSite, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from mentorlog.ui.site_admin.import_dialog import ImportDialog
    from mentorlog.ui.site_admin.placements_dialog import PlacementsDialog

    ctx = AppContext(site.db)
    ctx.set_actor(site.coordinator)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    # A coordinator opens on the dashboard: on a new site it says what to do first.
    dashboard = window.views.dashboard
    qtbot.waitUntil(lambda: dashboard.stack.showing_empty, timeout=10_000)
    assert "Import the academy's people and placements" in dashboard.stack.empty.text()
    window.show_placements.trigger()
    qtbot.waitUntil(lambda: window.panel.empty.isVisible(), timeout=10_000)
    assert "Import the academy's people and placements" in window.panel.empty.text()
    _trigger(window, "site_import")
    dialog = _top(ImportDialog, "importDialog")
    sheet = tmp_path / "sheet.csv"
    _import(qtbot, dialog, "people", example("people.xlsx"), sheet)
    assert "The sign-in sheet is in" in dialog.status.text()
    placements = placements_around(date.today(), tmp_path)
    _import(qtbot, dialog, "placements", placements)
    # Checked again, the same file now changes nothing.
    qtbot.mouseClick(dialog.check_button, LEFT)
    qtbot.waitUntil(lambda: "left 30 alone" in dialog.status.text(), timeout=20_000)
    dialog.close()
    _trigger(window, "site_placements")
    listing = _top(PlacementsDialog, "placementsDialog")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 30, timeout=10_000)
    students = {listing.model.row_at(i).student for i in range(30)}
    assert {"Jüri Tamm", "Мария Иванова", "Élodie Lefèvre", "Ørjan Sæther"} <= students
    listing.close()
    window.close()
    ctx.shutdown()
    return sheet


def _sign_in_first_time(qtbot, controller, username: str, one_time: str, own: str):  # type: ignore[no-untyped-def]
    from mentorlog.ui.sign_in_dialog import SignInDialog
    from mentorlog.ui.site_admin.first_password import FirstPasswordDialog

    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog), timeout=20_000)
    dialog = controller.dialog
    dialog.username.setText(username)
    dialog.password.setText(one_time)
    dialog.submit()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, FirstPasswordDialog), timeout=20_000)
    assert controller.window is None  # nothing of theirs before their own password
    choose = controller.dialog
    type_text(qtbot, choose.current, one_time)
    type_text(qtbot, choose.new, own)
    type_text(qtbot, choose.again, own)
    qtbot.mouseClick(choose.buttons.button(choose.buttons.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)
    return controller.window


def test_a_real_site_from_nothing_through_the_app(qtbot, new_site: NewSite, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = _coordinator_imports(qtbot, new_site, tmp_path)
    passwords = {
        row[1]: row[2] for row in list(csv.reader(io.StringIO(sheet.read_text("utf-8-sig"))))[1:]
    }
    new_site.db.close()

    from mentorlog.ui.app import start

    controller = start(str(new_site.path), bench=False, hooks=False)
    try:
        window = _sign_in_first_time(
            qtbot, controller, "kadri.ounapuu", passwords["kadri.ounapuu"], "kadri-own-pass"
        )
        qtbot.waitUntil(lambda: window.panel.model.placement_count() > 0, timeout=20_000)
        from tests.ui.site.panel import select_student

        placement_id = select_student(qtbot, window, "Jüri Tamm")
        header = window.dossier.header
        qtbot.waitUntil(lambda: header.hours_text.text() == "0 of 400 h", timeout=10_000)
        from tests.ui.site.panel import publish_observation

        publish_observation(qtbot, window, "Jüri led the unlock on Üksus A calmly.", 7.5)
        qtbot.waitUntil(lambda: header.hours_text.text() == "7.5 of 400 h", timeout=10_000)

        controller.sign_out()
        window = _sign_in_first_time(
            qtbot, controller, "juri.tamm", passwords["juri.tamm"], "juri-own-pass"
        )
        feedback = window.dossier.extra_tabs["feedback"]
        qtbot.waitUntil(lambda: feedback.new_model.rowCount() == 1, timeout=20_000)
        assert "Jüri led the unlock" in feedback.detail.toPlainText()
        with qtbot.waitSignal(feedback.loaded, timeout=10_000):
            qtbot.mouseClick(feedback.acknowledge_button, LEFT)
        assert feedback.new_stack.showing_empty

        with controller.ctx.db.session() as s:
            from sqlalchemy import select

            from mentorlog.models import Person
            from mentorlog.services.auth import actor_for

            coordinator = actor_for(s, s.scalar(select(Person.id).where(Person.username == ADMIN)))
            pdf, _pages, _student = render_student(s, coordinator, placement_id, ExportOptions())
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert "7.5 of 400" in text and "Jüri led the unlock on Üksus A calmly." in text
        assert "Acknowledged" in text or "acknowledged" in text
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
