"""Which database a target names, and what kind of file it is, without SQLAlchemy.

The desktop app chooses its first screen from this before the ORM has loaded (ui/app.py),
so these functions import nothing heavier than the standard library. A target is what the
user gives: ``--db``, else ``MENTORLOG_DB``, else the file in the data folder. A plain
path names an SQLite file; anything with ``://`` is a URL (storage/engine.py reads it).
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from mentorlog.paths import default_database_path
from mentorlog.storage.sqlite_files import keyfile_path


class DatabaseKind(enum.StrEnum):
    NEW = "new"  # no file yet (or an empty one): set up a site
    PLAIN = "plain"  # an unencrypted file from an earlier mentorlog
    ENCRYPTED = "encrypted"
    SERVER = "server"  # PostgreSQL: the server's own encryption and access control


def chosen_target(target: str | os.PathLike[str] | None = None) -> str:
    """The target as text: ``target``, else ``MENTORLOG_DB``, else the default file."""
    if target is None:
        target = os.environ.get("MENTORLOG_DB") or None
    if target is None:
        target = default_database_path()
    return os.fspath(target)


def file_target(target: str | os.PathLike[str] | None = None) -> Path | None:
    """The SQLite file a plain-path target names (absolute); None for a URL, which only
    SQLAlchemy reads (``sqlite:///...`` included)."""
    text = chosen_target(target)
    if "://" in text:
        return None
    return Path(text).expanduser().resolve()


def kind_of_file(path: Path) -> DatabaseKind:
    """What is at ``path``: nothing yet, an encrypted database, or an unencrypted one."""
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseKind.NEW
    if keyfile_path(path).exists():
        return DatabaseKind.NEW if _unfinished(path) else DatabaseKind.ENCRYPTED
    # No key file: unencrypted, or a damaged file that opening it will report as such.
    return DatabaseKind.PLAIN


def _unfinished(path: Path) -> bool:
    """A site whose set-up never finished: its key file has no one's slot, so nobody could
    ever have signed in or recorded anything. It is set up afresh."""
    from mentorlog.storage.keys import RECOVERY_SLOT, KeyFile, KeyFileError

    try:
        slots = KeyFile.load(keyfile_path(path)).slots
    except KeyFileError:
        return False
    return set(slots) <= {RECOVERY_SLOT}


def is_demo_file(path: Path) -> bool:
    """Whether an encrypted database was made as a demo (readable before unlocking)."""
    from mentorlog.storage.keys import KeyFile, KeyFileError

    if not keyfile_path(path).exists():
        return False
    try:
        return KeyFile.load(keyfile_path(path)).demo
    except KeyFileError:
        return False


def sign_in_file(
    target: str | os.PathLike[str] | None = None,
) -> tuple[Path, DatabaseKind] | None:
    """The file and its kind when ``target`` is a database file opened only by signing
    in: an encrypted one, or an unencrypted one from an earlier mentorlog (encrypted at
    an administrator's sign-in). The app shows its sign-in screen first for these, before
    SQLAlchemy. None for a new site or a URL."""
    path = file_target(target)
    if path is None:
        return None
    kind = kind_of_file(path)
    return (path, kind) if kind in (DatabaseKind.ENCRYPTED, DatabaseKind.PLAIN) else None
