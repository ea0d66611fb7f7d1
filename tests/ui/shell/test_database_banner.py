"""The main window says what is true of the database: a save waiting while another
mentorlog holds the write lock (and it goes through once the lock is free), a file on
read-only media, a file found damaged while reading."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import func, select

from mentorlog.models import AuditEvent
from mentorlog.services import audit
from mentorlog.storage.faults import BUSY_RETRYING
from tests.ui.shell.conftest import sign_in


def _window(ctx, qtbot):  # type: ignore[no-untyped-def]
    from mentorlog.models import Person
    from mentorlog.services.auth import actor_for
    from mentorlog.ui.main_window import MainWindow

    with ctx.db.session() as s:
        person = s.scalar(select(Person.id).where(Person.username == "coordinator"))
        ctx.set_actor(actor_for(s, person))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    return window


def test_a_save_waits_for_another_mentorlog_and_then_goes_through(  # type: ignore[no-untyped-def]
    demo_path: Path, qtbot, monkeypatch
) -> None:
    from mentorlog.storage.database import open_database
    from mentorlog.ui.context import AppContext
    from mentorlog.ui.ops import Op

    monkeypatch.setenv("MENTORLOG_BUSY_TIMEOUT_MS", "150")
    ctx = AppContext(open_database(demo_path))
    window = _window(ctx, qtbot)
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=10_000)
    assert not window.banner.isVisible()
    other = sqlite3.connect(demo_path, isolation_level=None)  # another mentorlog, saving
    other.execute("BEGIN IMMEDIATE")
    done: list[object] = []
    actor = ctx.actor
    Op(window, lambda s: audit.record(s, actor, "test.saved_after_waiting")).success(
        done.append
    ).run(ctx)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert window.banner.label.text() == BUSY_RETRYING
    other.commit()  # the other one is done
    other.close()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5_000)
    with ctx.db.session() as s:
        saved = s.scalar(
            select(func.count()).where(AuditEvent.action == "test.saved_after_waiting")
        )
    assert saved == 1
    ctx.shutdown()


def test_read_only_media_are_said_in_the_banner(demo_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.storage import database
    from mentorlog.ui.context import AppContext

    monkeypatch.setattr(database, "on_read_only_media", lambda path: True)
    ctx = AppContext(database.open_database(demo_path))
    assert ctx.db.read_only and ctx.db.read_only_reason == "media"
    window = _window(ctx, qtbot)
    assert window.banner.isVisible()
    assert "read-only media" in window.banner.label.text()
    ctx.shutdown()


def test_damage_met_while_reading_makes_it_read_only_and_offers_a_backup(  # type: ignore[no-untyped-def]
    qtbot, start_app, demo_path: Path, monkeypatch
) -> None:
    from mentorlog.ui import damaged_dialog
    from mentorlog.ui.ops import Op

    offered = []
    monkeypatch.setattr(
        damaged_dialog, "offer_restore", lambda error, *a, **k: offered.append(error) or False
    )
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "coordinator")
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    controller.ctx.tasks.wait_idle()

    def read_a_damaged_page(session):  # type: ignore[no-untyped-def]
        raise sqlite3.DatabaseError("database disk image is malformed")

    failed: list[BaseException] = []
    Op(controller.window, read_a_damaged_page).failure(failed.append).run(controller.ctx)
    qtbot.waitUntil(lambda: bool(offered) and bool(failed), timeout=10_000)
    assert controller.ctx.db.read_only and controller.ctx.db.read_only_reason == "damaged"
    assert "is damaged" in str(failed[0]) and "malformed" in str(offered[0])
    banner = controller.window.banner
    qtbot.waitUntil(banner.isVisible)
    assert "found damaged" in banner.label.text()


def test_signing_in_on_read_only_media_opens_it_to_read(  # type: ignore[no-untyped-def]
    qtbot, start_app, demo_path: Path, monkeypatch
) -> None:
    from mentorlog.storage import database

    monkeypatch.setattr(database, "on_read_only_media", lambda path: True)
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "admin")  # an administrator: the file is not converted
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    assert controller.ctx.db.read_only
    banner = controller.window.banner
    qtbot.waitUntil(banner.isVisible)
    assert "read-only media" in banner.label.text()
    assert not (demo_path.parent / "demo.db.keys").exists()
