"""Automatic backups while the app runs: at most every 30 minutes while something changed,
and once at exit; each verified, then old ones thinned (storage/backup.py)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from mentorlog.i18n import word
from mentorlog.storage.backup import BackupInfo, create_backup, thin_backups
from mentorlog.storage.backup_schedule import BackupSchedule
from mentorlog.ui.context import AppContext

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60_000


class AutoBackup(QObject):
    """Asks the schedule once a minute; backs up on the serial worker when due."""

    backed_up = Signal(object)  # BackupInfo
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.schedule = BackupSchedule(ctx.db.path) if ctx.db.path is not None else None
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        if self.schedule is not None:
            self.timer.start()

    def _work(self, reason: str) -> BackupInfo:
        db = self.ctx.db
        assert db.path is not None
        info = create_backup(db.path, reason, key=db.key)
        thin_backups(db.path)
        return info

    def check(self, now: datetime | None = None) -> bool:
        """Start a backup if one is due; True when one was started."""
        if self.schedule is None or self._running or self.ctx.db.read_only:
            return False
        if not self.schedule.due(now):
            return False
        self._running = True
        started = now or datetime.now(UTC)

        def done(info: BackupInfo) -> None:
            self._running = False
            assert self.schedule is not None
            self.schedule.mark_done(started)
            self.backed_up.emit(info)

        def bad(exc: BaseException) -> None:
            self._running = False
            log.warning("automatic backup failed: %s", exc)
            self.failed.emit(word(exc))

        self.ctx.tasks.submit(lambda: self._work("auto"), done, bad)
        return True

    def at_exit(self) -> BackupInfo | None:
        """Back up once more if anything changed; runs in the caller's thread after the
        worker has finished its queue."""
        self.timer.stop()
        if self.schedule is None or self.ctx.db.read_only:
            return None
        self.ctx.tasks.wait_idle()
        if not self.schedule.due(at_exit=True):
            return None
        try:
            info = self._work("exit")
        except Exception as exc:  # closing must not fail because a backup did
            log.warning("backup at exit failed: %s", exc)
            return None
        self.schedule.mark_done()
        return info
