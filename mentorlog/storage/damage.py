"""Recognising a damaged database file, and what restoring a backup would cost."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mentorlog.i18n import msg
from mentorlog.storage.backup import BackupInfo, list_backups
from mentorlog.storage.errors import StorageError
from mentorlog.storage.sqlite_files import is_plain_sqlite, keyfile_path


class DamagedDatabaseError(StorageError):
    """The file is damaged; nothing was written to it. ``backup`` is the newest verified
    backup to offer, if any."""

    def __init__(self, db_path: Path, detail: str, backup: BackupInfo | None) -> None:
        self.db_path = db_path
        self.detail = detail
        self.backup = backup
        # Perhaps not damaged but encrypted, with its key file gone: no restore offered.
        self.key_may_be_missing = _may_be_missing_its_key(db_path, backup)
        super().__init__(describe_damage(db_path, detail, backup))


def _may_be_missing_its_key(db_path: Path, backup: BackupInfo | None) -> bool:
    """An encrypted file looks like noise to SQLite: without its key file beside it, it
    reads as damaged. So does a plain file whose header was overwritten; its backups are
    plain files, an encrypted database's are encrypted too."""
    try:
        if keyfile_path(db_path).exists() or is_plain_sqlite(db_path):
            return False
        return backup is None or not is_plain_sqlite(backup.path)
    except OSError:
        return False


def newest_verified_backup(db_path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(db_path) if b.verified), None)


def describe_damage(
    db_path: Path, detail: str, backup: BackupInfo | None, now: datetime | None = None
) -> str:
    text = (
        f"The database file {db_path} is damaged ({detail}). mentorlog has not written "
        "anything to it."
    )
    if _may_be_missing_its_key(db_path, backup):
        text += (
            f" If it is an encrypted mentorlog database, its key file "
            f"{keyfile_path(db_path).name} is missing from beside it: put that file back "
            "first, and do not restore anything over the database until you have."
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


def restore_over_damaged(
    db_path: Path, backup: BackupInfo, key: bytes | None = None, now: datetime | None = None
) -> Path:
    """Put ``backup`` in place of a damaged database. The backup is first copied (with
    the backup API) beside it as ``<database>.restoring`` and synced; only then is the
    damaged file (with its log) moved aside into ``backups/damaged-<time>/``, never
    deleted, so it can be examined, and the copy takes its place. A crash at any point
    leaves the damaged file or the restored one (storage/leftovers.py finishes the
    rename). Returns where the damaged file went."""
    from mentorlog.storage.backup import backups_dir, copy_with_backup_api, inspect_file
    from mentorlog.storage.leftovers import staging_path, working_on

    if inspect_file(backup.path, key)[1] != "ok":
        raise StorageError(
            msg("The backup {file} failed its check; nothing was changed.", file=backup.path.name)
        )
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    aside = backups_dir(db_path) / f"damaged-{stamp}"
    aside.mkdir(parents=True, exist_ok=True)
    staged = staging_path(db_path, "restoring")
    with working_on(staged):
        copy_with_backup_api(backup.path, staged, key)
        for suffix in ("", "-wal", "-shm"):
            part = db_path.with_name(db_path.name + suffix)
            if part.exists():
                part.replace(aside / part.name)
        staged.replace(db_path)
    return aside
