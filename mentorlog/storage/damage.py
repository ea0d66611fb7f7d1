"""Recognising a damaged database file, and what restoring a backup would cost."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mentorlog.storage.backup import BackupInfo, list_backups
from mentorlog.storage.errors import StorageError


class DamagedDatabaseError(StorageError):
    """The file is damaged; nothing was written to it. ``backup`` is the newest verified
    backup to offer, if any."""

    def __init__(self, db_path: Path, detail: str, backup: BackupInfo | None) -> None:
        self.db_path = db_path
        self.detail = detail
        self.backup = backup
        super().__init__(describe_damage(db_path, detail, backup))


def newest_verified_backup(db_path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(db_path) if b.verified), None)


def describe_damage(
    db_path: Path, detail: str, backup: BackupInfo | None, now: datetime | None = None
) -> str:
    text = (
        f"The database file {db_path} is damaged ({detail}). mentorlog has not written "
        "anything to it."
    )
    if backup is None:
        return text + " There is no verified backup to restore; keep the file and ask for help."
    age = (now or datetime.now(UTC)) - backup.created_at
    hours = age.total_seconds() / 3600
    ago = f"{hours:.0f} hours ago" if hours < 48 else f"{age.days} days ago"
    when = backup.created_at.strftime("%Y-%m-%d %H:%M UTC")
    return text + (
        f" The newest verified backup was made {when} ({ago}); restoring it loses whatever "
        f"was recorded after that. To restore it: mentorlog restore {backup.path}"
    )
