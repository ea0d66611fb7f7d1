"""Automatic backups: none without changes, one after a change, one at exit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from mentorlog.storage.backup import list_backups
from mentorlog.ui.auto_backup import AutoBackup


def _change(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.transaction() as s:
        s.execute(text("UPDATE competency SET name = name || '.' WHERE key = 'COM-1'"))


def test_backs_up_after_changes_and_at_exit(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    auto = AutoBackup(ctx)
    t0 = datetime(2026, 11, 26, 9, tzinfo=UTC)
    assert not auto.check(t0)
    _change(ctx)
    with qtbot.waitSignal(auto.backed_up, timeout=10_000) as sig:
        assert auto.check(t0)
    assert sig.args[0].verified and sig.args[0].reason == "auto"
    _change(ctx)
    assert not auto.check(t0 + timedelta(minutes=5))  # not again within 30 minutes
    info = auto.at_exit()
    assert info is not None and info.reason == "exit" and info.verified
    assert [b.reason for b in list_backups(ctx.db.path)] == ["exit", "auto"]
    assert auto.at_exit() is None  # nothing changed since
