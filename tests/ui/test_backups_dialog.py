"""The backups window: back up now, see it verified, restore it."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from mentorlog.models import AuditEvent, CompetencyAnchor, Role
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
    seen: list[object] = []
    ctx.changed.connect(seen.append)
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore(dialog.model.backup_at(0))
    assert _anchors(ctx) == before
    assert seen and seen[-1].touches("*")
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
