"""Starting the app as a user does: first run on an empty database, sign-in on a demo one,
sign-out, and the clear refusal of a database it cannot use."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QGroupBox, QMessageBox, QWidget
from sqlalchemy import select

from mentorlog.models import AuditEvent, Person, Role
from mentorlog.ui.first_run_dialog import FirstRunDialog
from mentorlog.ui.main_window import MainWindow
from mentorlog.ui.sign_in_dialog import SignInDialog
from tests.ui.shell.conftest import sign_in


def _window(qtbot, controller) -> MainWindow:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    return controller.window


def test_empty_database_offers_first_run_and_creates_the_administrator(
    qtbot, start_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(tmp_path / "new.db")
    qtbot.waitUntil(lambda: isinstance(controller.dialog, FirstRunDialog), timeout=10_000)
    dialog = controller.dialog
    assert dialog.demo_button.isEnabled()
    for name, text in [
        ("given_name", "Søren"),
        ("family_name", "Ærø"),
        ("username", "soren"),
        ("password", "correct horse"),
        ("password_again", "correct hose"),
    ]:
        qtbot.keyClicks(dialog.inputs[name], text)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.problems["password_again"].text() == "The two passwords differ."
    assert controller.window is None

    dialog.inputs["password_again"].clear()
    qtbot.keyClicks(dialog.inputs["password_again"], "correct horse")
    qtbot.keyClick(dialog.inputs["password_again"], Qt.Key.Key_Return)
    window = _window(qtbot, controller)
    assert window.ctx.actor.name == "Søren Ærø"
    assert Role.ADMINISTRATOR in window.ctx.actor.roles
    # An administrator has no placements: the panel says where their work is, and the
    # dossier does not ask them to choose a student from an empty list.
    qtbot.waitUntil(lambda: window.panel.stack.currentWidget() is window.panel.empty)
    assert "Administration › People and accounts" in window.panel.empty.text()
    assert window.dossier.stack.currentWidget() is window.dossier.empty
    assert window.dossier.empty.text() == ""


def test_first_run_problems_from_the_service_show_beside_the_field(
    qtbot, start_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(tmp_path / "new.db")
    qtbot.waitUntil(lambda: isinstance(controller.dialog, FirstRunDialog), timeout=10_000)
    dialog = controller.dialog
    qtbot.keyClicks(dialog.inputs["username"], "two words")
    qtbot.keyClicks(dialog.inputs["password"], "short")
    qtbot.keyClicks(dialog.inputs["password_again"], "short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems["password"].isVisible())
    assert "at least 8 characters" in dialog.problems["password"].text()
    assert "without spaces" in dialog.problems["username"].text()
    assert dialog.problems["given_name"].text() == "Enter the given name."
    assert dialog.create_button.isEnabled()


def test_first_run_loads_demo_data_then_offers_the_demo_accounts(
    qtbot, start_app, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui import first_run_dialog

    monkeypatch.setattr(first_run_dialog, "DEMO_STUDENTS", 3)
    monkeypatch.setattr(first_run_dialog, "DEMO_OBSERVATIONS", 40)
    controller = start_app(tmp_path / "new.db")
    qtbot.waitUntil(lambda: isinstance(controller.dialog, FirstRunDialog), timeout=10_000)
    qtbot.mouseClick(controller.dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog), timeout=30_000)
    assert controller.dialog.demo_hint.isVisible()
    assert "password demo" in controller.dialog.demo_hint.text()
    sign_in(qtbot, controller, "student")
    window = _window(qtbot, controller)
    assert Role.STUDENT in window.ctx.actor.roles


def test_mentor_signs_in_and_moves_through_students_with_the_keyboard(
    qtbot, start_app, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor")
    window = _window(qtbot, controller)
    panel, dossier = window.panel, window.dossier
    # Generous waits: on a loaded CI machine the first sign-in also encrypts the database.
    qtbot.waitUntil(lambda: panel.model.placement_count() > 0, timeout=20_000)
    assert panel.model.placement_count() >= 2  # the demo mentor has several students
    qtbot.waitUntil(lambda: dossier.stack.currentWidget() is not dossier.empty, timeout=20_000)
    first = panel.selected_placement
    first_name = dossier.header.name.text()
    assert first_name and window.new_observation.isEnabled()
    qtbot.waitUntil(lambda: dossier.timeline.model.rowCount() > 0, timeout=20_000)

    panel.view.setFocus()
    with qtbot.waitSignal(dossier.shown, timeout=10_000):
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.selected_placement != first
    assert dossier.header.name.text() != first_name


def test_wrong_password_is_said_in_the_dialog(qtbot, start_app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor", "not-the-password")
    dialog = controller.dialog
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert dialog.message.text() == "The username or password is not right."
    assert dialog.password.text() == "" and dialog.password.hasFocus()
    assert controller.window is None


def test_sign_out_returns_to_sign_in_without_restarting(qtbot, start_app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor")
    window = _window(qtbot, controller)
    window.sign_out.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog))
    assert controller.window is None
    assert controller.ctx.actor.roles == frozenset()  # nobody acts while signed out
    controller.ctx.tasks.wait_idle(10_000)
    with controller.ctx.db.transaction() as s:
        last = s.execute(
            select(AuditEvent.action, Person.username)
            .join(Person, Person.id == AuditEvent.actor_id)
            .order_by(AuditEvent.seq.desc())
        ).first()
    assert tuple(last) == ("sign_out", "mentor")
    sign_in(qtbot, controller, "student")
    window = _window(qtbot, controller)
    assert Role.STUDENT in window.ctx.actor.roles
    assert not window.new_observation.isEnabled()  # students do not record shifts
    assert not window.new_observation.isVisible()  # nor see a button for it


def test_work_still_loading_at_sign_out_is_dropped_not_refused(  # type: ignore[no-untyped-def]
    qtbot, start_app, demo_path: Path
) -> None:
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor")
    window = _window(qtbot, controller)
    for tab in ("goals", "reviews", "concerns"):  # each loads, and reloads for a new actor
        window.dossier.show_tab(tab)
    window.sign_out.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog))
    controller.ctx.tasks.wait_idle(10_000)
    QApplication.processEvents()
    with controller.ctx.db.transaction() as s:
        refused = s.scalars(
            select(AuditEvent.actor_name).where(AuditEvent.action == "permission.refused")
        ).all()
    assert refused == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                and w.isVisible()]


def _answer_fatal_dialog(seen: dict[str, str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.objectName() == "fatalDialog":
        seen["title"], seen["text"] = box.text(), box.informativeText()
        box.accept()
    else:
        QTimer.singleShot(20, lambda: _answer_fatal_dialog(seen))


def test_a_database_from_a_newer_mentorlog_is_refused_with_exit_code_1(
    qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.app import run

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: _answer_fatal_dialog(seen))
    assert run(str(db_path)) == 1
    assert seen["title"] == "This database needs a newer mentorlog"
    assert "has not been changed" in seen["text"]


def test_an_unreachable_server_is_refused_with_exit_code_1(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.app import run

    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: _answer_fatal_dialog(seen))
    url = "postgresql+psycopg://nobody:x@127.0.0.1:9/none?connect_timeout=2"
    assert run(url) == 1
    assert seen["title"] == "The database cannot be opened"
    assert "is not answering" in seen["text"] and "connection" not in seen["text"].lower()
    assert "x@" not in seen["text"]  # the password is never shown


def test_bench_mode_reports_when_the_window_shows_its_data(demo_path: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MENTORLOG_BENCH_EXIT_WHEN_SHOWN="1")
    env["MENTORLOG_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from mentorlog.cli import main; sys.exit(main())",
            "--db",
            str(demo_path),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("MENTORLOG_SHOWN "))
    assert 0 < float(line.split()[1]) < 60


def test_unfinished_drafts_are_offered_once_the_first_screen_has_its_data(
    qtbot, start_app, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services import auth, drafts
    from mentorlog.services.placements import list_placements
    from mentorlog.storage.database import open_database

    db = open_database(demo_path)
    with db.transaction() as s:
        mentor = auth.sign_in(s, "mentor", "demo")
        placement = list_placements(s, mentor)[0].placement_id
        drafts.save_draft(
            s, mentor, "observation", placement, None, {"narrative": "Ночная смена, unsaved"}
        )
    db.close()

    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor")
    window = _window(qtbot, controller)

    def offered() -> QWidget | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "draftRecovery"),
            None,
        )

    qtbot.waitUntil(lambda: offered() is not None and offered().isVisible(), timeout=20_000)
    # Offered over the first screen, not ahead of it.
    assert window.dossier.stack.currentWidget() is not window.dossier.empty
    assert window.dossier.timeline.model.rowCount() > 0
    assert "Ночная смена" in offered().list.item(0).text()
    offered().close()


def test_a_new_site_chooses_its_language_on_the_first_screen(
    qtbot, start_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.languages import site_language
    from mentorlog.storage.locate import site_language_of_file
    from mentorlog.ui.language import apply_language

    controller = start_app(tmp_path / "new.db")
    qtbot.waitUntil(lambda: isinstance(controller.dialog, FirstRunDialog), timeout=10_000)
    dialog = controller.dialog
    qtbot.keyClicks(dialog.inputs["given_name"], "Kari")
    try:
        box = dialog.language
        box.setCurrentIndex(box.findData("nb"))
        box.activated.emit(box.currentIndex())  # as a person's choice in the list
        # Worded again in Norwegian; what was typed stays.
        assert "Opprett den første administratoren" in [
            b.title() for b in dialog.findChildren(QGroupBox)
        ]
        assert dialog.inputs["given_name"].text() == "Kari"
        for name, text in [
            ("family_name", "Nordmann"),
            ("username", "kari"),
            ("password", "correct horse"),
            ("password_again", "correct horse"),
        ]:
            qtbot.keyClicks(dialog.inputs[name], text)
        qtbot.keyClick(dialog.inputs["password_again"], Qt.Key.Key_Return)
        window = _window(qtbot, controller)
        assert next(a.text() for a in window.menuBar().actions()) == "&Fil"
        with window.ctx.db.session() as session:
            assert site_language(session) == "nb"  # the site's default, for everyone
        # Readable before unlocking: the next sign-in screen speaks Norwegian.
        assert site_language_of_file(tmp_path / "new.db") == "nb"
    finally:
        apply_language("en")
