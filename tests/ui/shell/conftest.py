"""Fixtures for the shell's tests: a small demo database (built once, copied per test),
an AppContext on it, and helpers to start the app and sign in through the real dialog."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

if TYPE_CHECKING:
    from mentorlog.ui.main_window import MainWindow

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


# --- the main window on a chosen screen (tests/ui/screens.json) ---------------------------


def screen_of(size: str) -> QScreen:
    wanted = tuple(int(n) for n in size.split("x"))
    found = [s for s in QApplication.screens() if (s.size().width(), s.size().height()) == wanted]
    assert found, f"no {size} screen: is tests/ui/screens.json in QT_QPA_PLATFORM?"
    return found[0]


def account(ctx, username: str):  # type: ignore[no-untyped-def]
    """A demo account (admin, coordinator, mentor, student) as signed in."""
    from mentorlog.models import Person
    from mentorlog.services.auth import actor_for

    with ctx.db.session() as s:
        return actor_for(s, s.scalar(select(Person.id).where(Person.username == username)))


@pytest.fixture
def opened(demo_ctx, qtbot) -> Iterator[Callable[[str, str], MainWindow]]:  # type: ignore[no-untyped-def]
    """``opened(username, "1024x768")``: the main window of that demo account, shown on
    the screen of that size; closed after the test."""
    from mentorlog.ui.main_window import MainWindow
    from mentorlog.ui.ui_state import UiState

    windows: list[MainWindow] = []

    def open_as(username: str, size: str) -> MainWindow:
        demo_ctx.set_actor(account(demo_ctx, username))
        window = MainWindow(demo_ctx, UiState())
        window.move(screen_of(size).availableGeometry().topLeft() + QPoint(30, 30))
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: window.panel.model.rowCount() > 0 or username == "admin")
        windows.append(window)
        return window

    yield open_as
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget not in windows:
            widget.setProperty("closing_for_test", True)
            widget.hide()
    for window in windows:
        window.close()
        shiboken6.delete(window)
    demo_ctx.tasks.wait_idle(10_000)


