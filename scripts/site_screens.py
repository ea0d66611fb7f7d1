"""The screens of setting up a real site, for scripts/screenshots.py: a new encrypted site
(as ``mentorlog init --coordinator`` makes it), the example people and placements
imported, and every Site window as its administrator-coordinator sees it."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"


def _placements_now(folder: Path) -> Path:
    rows = list(
        csv.reader(io.StringIO((EXAMPLES / "placements.csv").read_text("utf-8-sig")), delimiter=";")
    )
    today, later = date.today(), rows[-1][5]
    for row in rows[1:]:
        start = today + timedelta(days=40) if row[5] == later else today - timedelta(days=20)
        row[5], row[6] = start.isoformat(), (start + timedelta(days=60)).isoformat()
    out = folder / "placements.csv"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    out.write_text(buffer.getvalue(), "utf-8")
    return out


def _window(shot: Any, name: str, size: tuple[int, int] | None = None) -> Any:
    from PySide6.QtWidgets import QApplication

    widget = shot.wait(
        lambda: next(
            (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == name),
            None,
        )
    )
    if size is not None:
        widget.resize(*size)
    return widget


def site_screens(shot: Any, folder: Path, sizes: bool = False) -> None:
    from mentorlog.models import Role
    from mentorlog.services import people
    from mentorlog.services.auth import actor_for
    from mentorlog.services.opening import create_site
    from mentorlog.ui.context import AppContext
    from mentorlog.ui.main_window import MainWindow
    from mentorlog.ui.site_admin import site_menu

    site = create_site(folder / "site.db", "Helena", "Ääremaa", "hele", "helena-pass-1")
    with site.db.transaction() as s:
        people.grant_role(s, site.actor, site.actor.person_id, Role.COORDINATOR)
    with site.db.session() as s:
        actor = actor_for(s, site.actor.person_id)
    ctx = AppContext(site.db)
    ctx.set_actor(actor)
    window = MainWindow(ctx)
    window.resize(1440, 900)
    window.show()
    guide = site_menu.open_window("guide", ctx, window)
    shot.wait(lambda: guide.states["academy"].text())
    shot.save(guide, "setup-guide-new")
    guide.close()
    window.views.show_view(window.splitter)  # a coordinator opens on the dashboard
    shot.wait(lambda: window.panel.empty.isVisible())
    shot.save(window, "site-empty-main")

    imp = site_menu.open_window("import", ctx, window)
    imp.resize(900, 600)
    imp.file.setText(str(EXAMPLES / "people.csv"))
    imp.check()
    shot.wait(lambda: imp.import_button.isEnabled())
    imp.sheet.setText(str(folder / "sign-in-sheet.pdf"))
    shot.save(imp, "import-preview")
    imp.run_import()
    shot.wait(lambda: "made 30" in imp.status.text())
    imp.kind.setCurrentIndex(imp.kind.findData("placements"))
    bad = folder / "bad-placements.csv"
    bad.write_text(
        "student;prison;mentor;start;end\njuri.tamm;Tartu Vangla;nobody;2027-01-04;2026-12-01\n"
        "liis.kask;Halden fengsel;oystein.aero;31.02.2027;2027-03-31\n",
        "utf-8",
    )
    imp.file.setText(str(bad))
    imp.check()
    shot.wait(lambda: "not imported" in imp.preview.toPlainText())
    shot.save(imp, "import-refused")
    imp.file.setText(str(_placements_now(folder)))
    imp.check()
    shot.wait(lambda: imp.import_button.isEnabled())
    imp.run_import()
    shot.wait(lambda: "made 30" in imp.status.text())
    imp.close()

    dialog = site_menu.open_window("site", ctx, window)
    dialog.resize(960, 640)
    shot.wait(lambda: dialog.model.rowCount() > 0)
    dialog.academy_name.setText("Sisekaitseakadeemia Vanglakool")
    dialog.country.setText("EE")
    dialog.time_zone.setCurrentText("Europe/Tallinn")
    dialog.save_academy_form()
    shot.wait(lambda: "is saved" in dialog.status.text())
    shot.settle(600)  # the list reloads after the save
    dialog.table.selectRow(1)
    shot.save(dialog, "site-academy-prisons")
    if sizes:
        dialog.resize(1000, 700)
        shot.save(dialog, "check-site-1024")
    dialog.close()

    cohorts = site_menu.open_window("cohorts", ctx, window)
    shot.wait(lambda: cohorts.model.rowCount() > 0)
    cohorts.resize(860, 420)
    cohorts.table.selectRow(0)
    shot.save(cohorts, "site-cohorts")
    cohorts.close()

    listing = site_menu.open_window("placements", ctx, window)
    listing.resize(1100, 620)
    shot.wait(lambda: listing.model.rowCount() == 30)
    listing.table.selectRow(2)
    shot.save(listing, "site-placements")
    listing.edit()
    editor = _window(shot, "placementEditor")
    shot.wait(lambda: editor.buttons.isEnabled())
    shot.save(editor, "placement-editor")
    editor.reject()
    listing._act("EndDialog")  # completing it is the placement's final sign-off
    ending = _window(shot, "endPlacement")
    shot.save(ending, "placement-end-sign-off")
    ending.reject()
    listing.close()

    frameworks = site_menu.open_window("frameworks", ctx, window)
    frameworks.import_file(EXAMPLES / "san-jose-framework.xlsx")
    shot.wait(lambda: frameworks.model.rowCount() == 2)
    frameworks.resize(860, 380)
    shot.save(frameworks, "site-frameworks")
    frameworks.close()

    guide = site_menu.open_window("guide", ctx, window)
    shot.wait(lambda: "placement" in guide.states["placements"].text())
    shot.save(guide, "setup-guide-done")
    guide.close()
    window.close()
    ctx.shutdown()
    _mentor_screens(shot, folder)


def _mentor_screens(shot: Any, folder: Path) -> None:
    """A mentor's first sign-in (one-time password), and logging a shift."""
    from mentorlog.ui.app import start
    from mentorlog.ui.main_window import MainWindow
    from mentorlog.ui.sign_in_dialog import SignInDialog
    from mentorlog.ui.site_admin.first_password import FirstPasswordDialog
    from mentorlog.ui.site_admin.shift_dialog import ShiftDialog

    text = (folder / "sign-in-sheet.pdf").exists()
    assert text, "the import wrote its sign-in sheet"
    from pypdf import PdfReader

    sheet = "\n".join(p.extract_text() for p in PdfReader(folder / "sign-in-sheet.pdf").pages)
    lines = sheet.splitlines()
    one_time = lines[lines.index("kadri.ounapuu") + 1].strip()
    controller = start(str(folder / "site.db"), bench=False, hooks=False)
    dialog = shot.wait(lambda: isinstance(controller.dialog, SignInDialog) and controller.dialog)
    dialog.username.setText("kadri.ounapuu")
    dialog.password.setText(one_time)
    dialog.submit()
    first = shot.wait(
        lambda: isinstance(controller.dialog, FirstPasswordDialog) and controller.dialog
    )
    first.current.setText(one_time)
    shot.save(first, "first-password")
    first.new.setText("kadri-own-pass")
    first.again.setText("kadri-own-pass")
    first.save()
    window = shot.wait(lambda: isinstance(controller.window, MainWindow) and controller.window)
    window.resize(1440, 900)
    shot.wait(lambda: window.panel.model.placement_count() > 0)
    shot.wait(
        lambda: window.placement_id is not None or window.panel.select_first() or False, 5000
    ) if hasattr(window.panel, "select_first") else None
    index = window.panel.model.first_placement()
    child = window.panel.model.index(0, 0, index)
    window.panel.view.setCurrentIndex(child)
    shot.wait(lambda: window.placement_id is not None)
    shift = ShiftDialog(controller.ctx, window, window.placement_id)
    shift.activity.setText("Wing duty, visits")
    shift.show()
    shot.save(shift, "log-shift")
    shift.close()
    shot.save(window, "mentor-new-site")
    window.close()
    controller.shutdown()
