"""The backups window: back up now, see it verified, restore it."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from mentorlog.models import AuditEvent, CompetencyAnchor, Person, Placement, Role
from mentorlog.services.access import Actor
from mentorlog.services.backups import require_restore
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.ui.backups_dialog import BackupsDialog, BackupsModel


def _actor(*roles: Role) -> Actor:
    return Actor(uuid.uuid4(), "Signe Ådne", frozenset(roles))


def _anchors(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return s.scalar(select(func.count()).select_from(CompetencyAnchor))


def test_back_up_now_then_restore(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.set_actor(_actor(Role.ADMINISTRATOR))
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "No backups yet" in dialog.intro.text()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    index = dialog.model.index(0, BackupsModel.STATE)
    assert dialog.model.data(index) == "verified"
    before = _anchors(ctx)
    with ctx.db.transaction() as s:
        s.execute(text("DELETE FROM competency_anchor"))
    assert _anchors(ctx) == 0
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore(dialog.model.row_at(0))
    assert _anchors(ctx) == before
    assert dialog.model.rowCount() == 2  # the state before the restore was kept too
    reasons = {dialog.model.data(dialog.model.index(r, BackupsModel.REASON)) for r in range(2)}
    assert "before a restore" in reasons
    assert ctx.tasks.wait_idle(10_000)
    with ctx.db.session() as s:
        last = s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1))
    assert last == "backup.restore"


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.MENTOR, Role.STUDENT])
def test_only_an_administrator_restores(ctx, qtbot, role: Role) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(role)
    with pytest.raises(PermissionDeniedError, match="Only an administrator"):
        require_restore(actor)
    ctx.set_actor(actor)
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()


def test_a_restore_refreshes_every_open_view(tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a new encrypted site: after the restore the placements panel, the dossier's
    header and its timeline show the backup's records, not the ones made after it."""
    from mentorlog.services.opening import create_site
    from mentorlog.storage.backup import create_backup, list_backups
    from mentorlog.ui.context import AppContext
    from mentorlog.ui.main_window import MainWindow
    from tests.factories import Factory

    site = create_site(tmp_path / "site.db", "Åse", "Berg", "ase", "long enough pw")
    db = site.db
    with db.transaction() as s:
        f = Factory(s)
        student = f.person("Ørjan", "Kõiv", Role.STUDENT)
        mentor = f.person("Зоя", "Петрова", Role.MENTOR)
        placement = f.placement(student, [mentor])
        f.observation(placement, mentor, date(2025, 2, 3), "Kept calm at the gate.")
        pid, student_id = placement.id, student.id
    assert db.path is not None
    backup = create_backup(db.path, "test", key=db.key)
    with db.transaction() as s:  # recorded after the backup: the restore undoes it
        f = Factory(s)
        f.observation(s.get(Placement, pid), s.get(Person, mentor.id), date(2025, 2, 4), "Late.")
        f.placement(f.person("Élodie", "Roux", Role.STUDENT), prison=f.prison("Tartu"))
        s.get(Person, student_id).given_name = "Renamed"

    ctx = AppContext(db)
    admin = site.actor  # a coordinator too: sees every placement
    ctx.set_actor(Actor(admin.person_id, admin.name, frozenset(admin.roles | {Role.COORDINATOR})))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.panel.select_placement(pid)
    timeline, header = window.dossier.timeline, window.dossier.header
    qtbot.waitUntil(lambda: window.panel.model.placement_count() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: "Renamed" in header.name.text(), timeout=10_000)

    dialog = BackupsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.restore(next(b for b in list_backups(db.path) if b.path == backup.path))

    qtbot.waitUntil(lambda: window.panel.model.placement_count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Ørjan" in header.name.text(), timeout=10_000)
    assert window.dossier.placement_id == pid
    assert ctx.tasks.wait_idle(10_000)
    window.close()
    ctx.shutdown()
