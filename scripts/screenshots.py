"""Render mentorlog's main screens offscreen from demo data into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--db DEMO_DB] [--out docs/screenshots]

Without --db it builds a fresh demo database (40 students, 4,000 observations) in a
temporary folder. Every screen goes through the real start-up, sign-in and widgets.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1440, 900


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
    window.close()
    controller.shutdown()


def signed_observation(shot: Shooter, window: Any) -> None:
    """One of the mentor's observations signed, then amended with a reason: the editor
    showing it locked, and its versions with the first one chosen."""
    from mentorlog.services import observations, signoff
    from mentorlog.services.timeline import EntryKind
    from mentorlog.ui.editors import open_observation_editor
    from mentorlog.ui.editors.versions_dialog import open_versions
    from mentorlog.ui.ops import Changes

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
    ctx.changed.emit(Changes(frozenset({"observation"}), pid))
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
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mentorlog-shots-") as tmp:
        folder = Path(tmp)
        os.environ["MENTORLOG_DATA_DIR"] = str(folder / "data")
        db_path = copy_database(args.db, folder) if args.db else build_demo(folder)
        shot = Shooter(args.out)
        first_run(shot, folder)
        # Signing in encrypts a plain demo with a key slot for that person alone: the
        # student signs in to a copy of their own.
        (folder / "student").mkdir()
        student_db = copy_database(db_path, folder / "student")
        (folder / "verify").mkdir()
        verify_db = copy_database(db_path, folder / "verify")
        main_screens(shot, db_path, folder)
        student_screens(shot, student_db, folder)
        verify_records(shot, verify_db, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
