"""Fixtures for the shell's tests: a small demo database (built once, copied per test),
an AppContext on it, and helpers to start the app and sign in through the real dialog."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

# Small, but with every kind of entry: the demo builder's minimums are 3 and 20.
DEMO_STUDENTS = 6
DEMO_OBSERVATIONS = 300


@pytest.fixture(scope="session")
def demo_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mentorlog.services.demo import build_demo
    from mentorlog.storage.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(template_db, path)
    db = open_database(path)
    with db.transaction() as session:
        build_demo(session, students=DEMO_STUDENTS, observations=DEMO_OBSERVATIONS, seed=1)
    db.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_ctx(demo_path: Path, qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    from mentorlog.storage.database import open_database
    from mentorlog.ui.context import AppContext

    db = open_database(demo_path)
    context = AppContext(db)
    yield context
    assert context.tasks.wait_idle(10_000), "a background operation was still running"
    db.close()


@pytest.fixture
def start_app(qtbot):  # type: ignore[no-untyped-def]
    """``start_app(path)``: the app's start-up as `mentorlog` runs it, up to the first
    dialog; the controller is shut down after the test."""
    from mentorlog.ui.app import start

    controllers = []

    def starter(path: Path | str):  # type: ignore[no-untyped-def]
        controller = start(str(path), bench=False, hooks=False)
        if controller is not None:
            controllers.append(controller)
        return controller

    yield starter
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for controller in controllers:
        for widget in (controller.window, controller.dialog):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        controller.shutdown()  # waits for its background operations
        controller.deleteLater()
    # Deleted now, not in the next test's event processing: a window signed out during the
    # test (sign_out only deleteLater()s it) and its timers and event filter go with it.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def sign_in(qtbot, controller, username: str, password: str = "demo") -> None:  # type: ignore[no-untyped-def]
    """Type into the real sign-in dialog and press Enter."""
    from mentorlog.ui.sign_in_dialog import SignInDialog

    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog), timeout=10_000)
    dialog = controller.dialog
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
