"""Coordinators and administrators reach People and the Audit trail; mentors do not;
and the app backs up at exit what changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from tests.ui.shell.conftest import sign_in


def _window(qtbot, controller):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    return controller.window


def test_coordinator_has_the_administration_menu(qtbot, start_app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "coordinator")
    window = _window(qtbot, controller)
    assert window.people.isVisible() and window.audit.isVisible()
    assert window.backups.isVisible()  # a coordinator backs up; only administrators restore
    window.audit.trigger()
    qtbot.waitUntil(
        lambda: (view := window.findChild(QWidget, "auditView")) is not None and view.isVisible()
    )


def test_mentor_has_no_administration_menu(qtbot, start_app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor")
    window = _window(qtbot, controller)
    assert not window.people.isVisible() and not window.audit.isVisible()
    assert not window.backups.isVisible()  # restoring replaces every record
    assert controller.auto_backup is not None
