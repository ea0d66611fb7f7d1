"""Render mentorlog's main screens offscreen from demo data into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--db DEMO_DB] [--out docs/screenshots]

Without --db it builds a fresh demo database (40 students, 4,000 observations) in a
temporary folder. Every screen goes through the real start-up, sign-in and widgets. The
"-1024" shots are the main window and each editor on a 1024 x 768 screen
(scripts/screenshots_1024.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1440, 900
sys.path.insert(0, str(ROOT / "scripts"))
from site_screens import site_screens  # noqa: E402


def _offscreen_screens() -> None:
    """A large screen for the wide shots and a 1024 x 768 one beside it, a prison
    workstation's, for scripts/screenshots_1024.py."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    import json

    config = Path(tempfile.gettempdir()) / "mentorlog-screenshot-screens.json"
    screen = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "wide", "x": 0, "y": 0, "width": 1920, "height": 1080, **screen},
                    {"name": "small", "x": 1920, "y": 0, "width": 1024, "height": 768, **screen},
                ]
            }
        ),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


_offscreen_screens()


def build_demo(folder: Path) -> Path:
    from mentorlog.services.demo import build_demo as build
    from mentorlog.services.startup import prepare_database

    path = folder / "demo.db"
    db = prepare_database(path)
    with db.transaction() as session:
        build(session, students=40, observations=4000, seed=1)
    db.close()
    return path


def copy_database(source: Path, folder: Path) -> Path:
    """Work on a copy: signing in writes to the audit trail."""
    import sqlite3

    path = folder / "demo.db"
    with sqlite3.connect(source) as src, sqlite3.connect(path) as dest:
        src.backup(dest)
    return path


class Shooter:
    def __init__(self, out: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.out = out
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        out.mkdir(parents=True, exist_ok=True)

    def wait(self, condition: Callable[[], Any], timeout_ms: int = 30_000) -> Any:
        from PySide6.QtCore import QDeadlineTimer, QEventLoop, QThread

        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired():
            value = condition()
            if value:
                return value
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(10)
        raise TimeoutError("the screen did not get ready in time")

    def settle(self, ms: int = 300) -> None:
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            self.app.processEvents()

    def save(self, widget: Any, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def start(db_path: Path, data_dir: Path) -> Any:
    os.environ["MENTORLOG_DATA_DIR"] = str(data_dir)  # fresh window state, no user's
    from mentorlog.ui.app import start as start_app

    return start_app(str(db_path), bench=False, hooks=False)


def first_run(shot: Shooter, folder: Path) -> None:
    from mentorlog.ui.first_run_dialog import FirstRunDialog

    controller = start(folder / "empty.db", folder / "data-empty")
    dialog = shot.wait(lambda: isinstance(controller.dialog, FirstRunDialog) and controller.dialog)
    dialog.resize(900, 460)
    dialog.inputs["given_name"].setText("Kadri")
    dialog.inputs["family_name"].setText("Õunapuu")
    shot.save(dialog, "first-run")
    dialog.close()
    controller.shutdown()


def sign_in(
    shot: Shooter,
    db_path: Path,
    data_dir: Path,
    username: str,
    on_dialog: Callable[[Any], None] | None = None,
) -> tuple[Any, Any]:
    """Start the app and sign in as ``username`` (password demo) through the real dialog."""
    from mentorlog.ui.main_window import MainWindow
    from mentorlog.ui.sign_in_dialog import SignInDialog

    controller = start(db_path, data_dir)
    dialog = shot.wait(lambda: isinstance(controller.dialog, SignInDialog) and controller.dialog)
    dialog.username.setText(username)
    if on_dialog is not None:
        on_dialog(dialog)
    dialog.password.setText("demo")
    dialog.submit()
    window = shot.wait(lambda: isinstance(controller.window, MainWindow) and controller.window)
    window.resize(WIDTH, HEIGHT)
    return controller, window


def signed_in_window(shot: Shooter, db_path: Path, folder: Path) -> tuple[Any, Any]:
    controller, window = sign_in(
        shot, db_path, folder / "data-main", "mentor", lambda d: shot.save(d, "sign-in")
    )
    shot.wait(lambda: window.dossier.timeline.model.rowCount() > 0)
    return controller, window


def main_screens(shot: Shooter, db_path: Path, folder: Path) -> None:
    controller, window = signed_in_window(shot, db_path, folder)
    dossier = window.dossier
    shot.save(window, "timeline")

    timeline = dossier.timeline
    timeline.filters.search.setText("calm")
    shot.wait(lambda: timeline.count.text().endswith("“calm”"))
    shot.save(window, "search")
    timeline.filters.clear()

    with_chart = dossier.competencies
    dossier.show_tab("competencies")
    shot.wait(lambda: with_chart.model.rowCount() > 0)
    model = with_chart.model
    busiest = max(range(model.rowCount()), key=lambda r: model.status(r).times_observed)
    with_chart.view.setCurrentIndex(model.index(busiest, 1))
    shot.wait(lambda: with_chart.chart is not None and len(with_chart.chart.chart().series()) > 1)
    shot.save(window, "competencies")
    dossier.show_tab("timeline")

    if window.new_observation.isEnabled():
        window.new_observation.trigger()
        from PySide6.QtWidgets import QApplication

        editor = shot.wait(
            lambda: next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if w.isVisible() and type(w).__name__ == "ObservationEditor"
                ),
                None,
            )
        )
        editor.resize(1000, 820)
        shot.save(editor, "observation-editor")
        editor.close()

    signed_observation(shot, window)

    window.lock.trigger()  # File › Lock, Ctrl+Shift+L; idle time does the same
    shot.wait(lambda: window.idle_lock.locked)
    shot.save(window, "locked")
    window.idle_lock.unlock()  # a lock left behind would hide the next shots' windows
    window.close()
    controller.shutdown()


def signed_observation(shot: Shooter, window: Any) -> None:
    """One of the mentor's observations signed, then amended with a reason: the editor
    showing it locked, and its versions with the first one chosen."""
    from mentorlog.services import observations, signoff
    from mentorlog.services.changes import collected
    from mentorlog.services.timeline import EntryKind
    from mentorlog.ui.editors import open_observation_editor
    from mentorlog.ui.editors.versions_dialog import open_versions

    ctx, timeline = window.ctx, window.dossier.timeline
    actor, pid = ctx.actor, timeline.placement_id
    model = timeline.model
    entry = next(
        e
        for e in (model.entry(row) for row in range(model.rowCount()))
        if e.kind == EntryKind.OBSERVATION
        and e.author_id == actor.person_id
        and e.status == "published"
        and e.visibility == "shared"
        and not e.signed
    )
    with ctx.db.transaction() as session:
        signoff.sign_observation(session, actor, entry.entry_id)
        text = observations.get_observation(session, actor, entry.entry_id).narrative
        added = " In the debrief the student said what they would do differently next time."
        new_id = signoff.amend_observation(
            session,
            actor,
            entry.entry_id,
            {"narrative": text.rstrip() + added},
            "Added what the student said in the debrief",
        )
    ctx.changed.emit(collected(session))  # what the services noted
    shot.wait(lambda: model.row_of(new_id) >= 0)

    editor = open_observation_editor(ctx, window, pid, new_id)
    shot.wait(lambda: editor.data is not None and editor.isEnabled())
    editor.resize(1000, 820)
    shot.save(editor, "signed-observation")
    dialog = open_versions(ctx, editor, new_id)
    shot.wait(lambda: dialog.model.rowCount() == 2 and dialog.shown_text())
    dialog.table.selectRow(0)
    shot.wait(lambda: "Version 1" in dialog.shown_text())
    shot.save(dialog, "observation-versions")
    dialog.close()
    editor.close()


def student_screens(shot: Shooter, db_path: Path, folder: Path) -> None:
    """Signed in as the demo student: their feedback first, as the app opens for them."""
    controller, window = sign_in(shot, db_path, folder / "data-student", "student")
    feedback = window.dossier.extra_tabs["feedback"]
    shot.wait(lambda: feedback.current_item() is not None)
    shot.save(window, "student-feedback")
    window.close()
    controller.shutdown()


def coordinator_screens(shot: Shooter, db_path: Path, folder: Path) -> None:
    """Signed in as the demo coordinator: the attention dashboard they open on (at the
    usual size and at 1366x768 and 1024x768), and the mentor calibration."""
    controller, window = sign_in(shot, db_path, folder / "data-coordinator", "coordinator")
    dashboard, calibration = window.views.dashboard, window.views.calibration
    shot.wait(lambda: dashboard.model.rowCount() > 0)
    dashboard.table.selectRow(0)
    shot.save(window, "dashboard")
    for width, height in ((1366, 768), (1024, 768)):
        window.resize(width, height)
        shot.save(window, f"dashboard-{width}")
    window.resize(WIDTH, HEIGHT)
    window.show_calibration.trigger()
    shot.wait(lambda: calibration.mentors_model.rowCount() > 0)
    shot.save(window, "calibration")
    window.resize(1024, 768)
    shot.save(window, "calibration-1024")
    window.close()
    controller.shutdown()


def many_hands_screens(shot: Shooter, db_path: Path, folder: Path) -> None:
    """Someone saved a draft while it was open here: the two versions side by side. And
    the banner: a save waiting for another mentorlog, and a database on read-only media
    (at 1366x768 and 1024x768)."""
    import dataclasses
    from datetime import date, timedelta

    from PySide6.QtWidgets import QApplication

    from mentorlog.models import Shift
    from mentorlog.services import observations
    from mentorlog.services.access import require_placement
    from mentorlog.services.changes import DATABASE_STATE
    from mentorlog.storage.faults import BUSY_RETRYING
    from mentorlog.ui.editors import open_observation_editor
    from mentorlog.ui.stale_edit import StaleEditDialog

    controller, window = sign_in(shot, db_path, folder / "data-hands", "mentor")
    shot.wait(lambda: window.dossier.timeline.model.rowCount() > 0)
    ctx, pid = window.ctx, window.dossier.timeline.placement_id
    actor = ctx.actor
    with ctx.db.transaction() as session:
        placement = require_placement(session, actor, pid)
        day = min(placement.ends_on, date.today()) - timedelta(days=1)
        first = observations.save_draft(
            session,
            actor,
            pid,
            observations.ObservationInput(
                day, Shift.LATE, "Evening association on B landing.", duration_minutes=480
            ),
        )
    editor = open_observation_editor(ctx, window, pid, first.id)
    shot.wait(lambda: editor.data is not None and editor.isEnabled())
    editor.narrative.setPlainText(
        "Evening association on B landing. The student noticed that Ольга's cell mate "
        "had not come out and went to check, calmly and with a colleague."
    )
    theirs = dataclasses.replace(
        first.as_input(),
        narrative="Evening association on B landing, written up at the office desk: the "
        "count was late, and the student kept the queue at the servery calm.",
        setting="Wing B landing",
    )
    with ctx.db.transaction() as session:  # the same mentor, at the office workstation
        observations.save_draft(
            session, actor, pid, theirs, first.id, expected_version=first.row_version
        )
    editor.save_draft()
    dialog = shot.wait(
        lambda: next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, StaleEditDialog) and w.isVisible()
            ),
            None,
        )
    )
    for width, height, name in ((1100, 640, "stale-edit"), (1000, 600, "stale-edit-1024")):
        dialog.resize(width, height)
        shot.save(dialog, name)
    dialog.keep_editing.click()
    editor.close()

    ctx.tasks.waiting.emit(BUSY_RETRYING)
    window.resize(1366, 768)
    shot.save(window, "banner-busy-1366")
    ctx.tasks.waiting.emit("")
    ctx.db.read_only, ctx.db.read_only_reason = True, "media"
    ctx.changed.emit(DATABASE_STATE)
    window.resize(1024, 768)
    shot.save(window, "banner-read-only-1024")
    ctx.db.read_only, ctx.db.read_only_reason = False, ""
    window.close()
    controller.shutdown()


def _tamper(db_path: Path) -> None:
    """What an insider with the file might do: rewrite a signed observation's narrative
    and delete a student's acknowledgement, guard triggers dropped first."""
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        obs = conn.execute(
            "SELECT record_id FROM sign_off WHERE kind = 'signed' AND record_type = "
            "'observation' ORDER BY record_id LIMIT 1"
        ).fetchone()[0]
        conn.execute(
            "UPDATE observation SET narrative = 'Nothing of note happened on the landing.' "
            "WHERE id = ?",
            (obs,),
        )
        conn.execute(
            "DELETE FROM sign_off WHERE id = (SELECT id FROM sign_off WHERE kind = "
            "'acknowledged' ORDER BY record_id DESC LIMIT 1)"
        )


def verify_records(shot: Shooter, db_path: Path, folder: Path) -> None:
    """A coordinator's *Verify records…* on a copy someone tampered with."""
    from mentorlog.ui.verify_records_dialog import VerifyRecordsDialog

    _tamper(db_path)
    controller, window = sign_in(shot, db_path, folder / "data-verify", "coordinator")
    window.audit.trigger()
    view = shot.wait(lambda: _audit_view(window))
    view.resize(1000, 560)
    shot.wait(lambda: view.model.rowCount() > 0)
    shot.save(view, "audit-trail")
    view.verify_button.click()
    dialog = shot.wait(
        lambda: isinstance(view.verify_dialog, VerifyRecordsDialog) and view.verify_dialog
    )
    dialog.start_button.click()
    shot.wait(lambda: dialog.result is not None, timeout_ms=120_000)
    dialog.resize(1000, 560)
    shot.save(dialog, "verify-records")
    for width, height in ((1366, 768), (1024, 768)):
        dialog.resize(min(width - 80, 1000), height - 120)
        shot.save(dialog, f"verify-records-{width}")
    dialog.close()
    window.close()
    controller.shutdown()


def damaged_at_sign_in(shot: Shooter, path: Path, folder: Path) -> None:
    """A damaged file found behind the sign-in screen: its newest verified backup offered,
    or mentorlog closed (nothing else can be done with it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mentorlog.storage.backup import create_backup
    from mentorlog.storage.database import open_database

    create_backup(path, "auto")
    open_database(path).close()  # brought up to date, then every page into the file itself
    import sqlite3

    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[0:100] = b"\x5a" * 100  # the file header, so the check finds it unreadable
    path.write_bytes(bytes(data))
    seen: list[bool] = []

    def shoot() -> None:  # the box runs its own event loop: watch for it from a timer
        box = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "damagedDialog"),
            None,
        )
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(50, shoot)
            return
        shot.save(box, "damaged-at-sign-in")
        seen.append(True)
        next(b for b in box.buttons() if "Close" in b.text()).click()

    QTimer.singleShot(0, shoot)
    controller = start(path, folder / "data-damaged")
    shot.wait(lambda: seen)
    controller.shutdown()


def _audit_view(window: Any) -> Any:
    from PySide6.QtWidgets import QApplication

    from mentorlog.ui.audit_view import AuditView

    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, AuditView) and w.isVisible()),
        None,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a demo database to use (default: build one)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--only", choices=["site", "many-hands"], help="make only these screens (faster)"
    )
    args = parser.parse_args(argv)
    if args.only == "site":
        with tempfile.TemporaryDirectory(prefix="mentorlog-shots-") as tmp:
            os.environ["MENTORLOG_DATA_DIR"] = str(Path(tmp) / "data")
            site_screens(Shooter(args.out), Path(tmp))
        return 0
    with tempfile.TemporaryDirectory(prefix="mentorlog-shots-") as tmp:
        folder = Path(tmp)
        os.environ["MENTORLOG_DATA_DIR"] = str(folder / "data")
        db_path = copy_database(args.db, folder) if args.db else build_demo(folder)
        shot = Shooter(args.out)
        if args.only == "many-hands":
            many_hands_screens(shot, db_path, folder)
            return 0
        first_run(shot, folder)
        # Signing in encrypts a plain demo with a key slot for that person alone: the
        # student signs in to a copy of their own.
        copies = {}
        for name in (
            "student", "student-1024", "admin-1024", "hands", "damaged", "verify", "coordinator"
        ):
            (folder / name).mkdir()
            copies[name] = copy_database(db_path, folder / name)
        main_screens(shot, db_path, folder)
        student_screens(shot, copies["student"], folder)

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import screenshots_1024 as small

        small.mentor_screens(shot, sign_in, db_path, folder)
        small.admin_screens(shot, sign_in, copies["admin-1024"], folder)
        small.student_screens(shot, sign_in, copies["student-1024"], folder)
        (folder / "site").mkdir()
        site_screens(shot, folder / "site")
        many_hands_screens(shot, copies["hands"], folder)
        coordinator_screens(shot, copies["coordinator"], folder)
        verify_records(shot, copies["verify"], folder)
        damaged_at_sign_in(shot, copies["damaged"], folder)  # last: it ends the app loop
    return 0


if __name__ == "__main__":
    sys.exit(main())
