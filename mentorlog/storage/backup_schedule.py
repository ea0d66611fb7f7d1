"""When an automatic backup is due: at most every 30 minutes while something changed,
and once at exit if anything changed since the last one. Plain logic; the app's timer
asks ``due()`` and runs ``backup.create_backup`` off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

INTERVAL = timedelta(minutes=30)


def change_marker(db_path: Path) -> tuple[float, int, float, int]:
    """Changes whenever the database or its write-ahead log is written."""
    marks: list[float | int] = []
    for p in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            st = p.stat()
            marks += [st.st_mtime, st.st_size]
        except FileNotFoundError:
            marks += [0.0, 0]
    return (float(marks[0]), int(marks[1]), float(marks[2]), int(marks[3]))


@dataclass
class BackupSchedule:
    db_path: Path
    interval: timedelta = INTERVAL
    last_backup_at: datetime | None = None
    _marker_at_last: tuple[float, int, float, int] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._marker_at_last = change_marker(self.db_path)

    def changed(self) -> bool:
        return change_marker(self.db_path) != self._marker_at_last

    def due(self, now: datetime | None = None, *, at_exit: bool = False) -> bool:
        if not self.changed():
            return False
        if at_exit or self.last_backup_at is None:
            return True
        return (now or datetime.now(UTC)) - self.last_backup_at >= self.interval

    def mark_done(self, now: datetime | None = None) -> None:
        self.last_backup_at = now or datetime.now(UTC)
        self._marker_at_last = change_marker(self.db_path)
