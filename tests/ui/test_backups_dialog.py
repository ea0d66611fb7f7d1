"""The backups window: back up now, see it verified, restore it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from mentorlog.models import CompetencyAnchor
from mentorlog.ui.backups_dialog import BackupsDialog, BackupsModel


def _anchors(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return s.scalar(select(func.count()).select_from(CompetencyAnchor))


def test_back_up_now_then_restore(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
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
