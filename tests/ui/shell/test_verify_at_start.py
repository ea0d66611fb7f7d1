"""After sign-in the quick check runs first on the worker; damage makes the database
read-only and offers the newest verified backup."""

from __future__ import annotations

from pathlib import Path

from tests.ui.shell.conftest import sign_in


def test_damage_found_after_sign_in_stops_all_writing(  # type: ignore[no-untyped-def]
    qtbot, start_app, demo_path: Path, monkeypatch
) -> None:
    from mentorlog.storage.database import Database
    from mentorlog.ui import damaged_dialog

    offered = []
    monkeypatch.setattr(
        Database, "quick_check", lambda self: ["Tree 12 page 3456: btreeInitPage() error"]
    )
    monkeypatch.setattr(
        damaged_dialog, "offer_restore", lambda error, *a, **k: offered.append(error) or False
    )
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor")
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert "btreeInitPage" in str(offered[0])
    assert controller.ctx.db.read_only


def test_a_sound_database_stays_writable(qtbot, start_app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "mentor")
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    controller.ctx.tasks.wait_idle()
    assert not controller.ctx.db.read_only
