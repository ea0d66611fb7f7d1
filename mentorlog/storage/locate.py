"""Which database a target names, and what kind of file it is, without SQLAlchemy.

A target is what the user gives: ``--db``, else ``MENTORLOG_DB``, else the file in the
data folder. ``locate`` resolves it once into a DatabaseTarget, which start-up hands down
to everything that opens the database (storage/engine.resolve_url reads it as it is, never
looking at the environment again). A plain path names an SQLite file; anything with
``://`` is a URL, which only SQLAlchemy reads (an ``sqlite://`` one names a file too).

The desktop app chooses its first screen from this before the ORM has loaded (ui/app.py),
so for a plain path nothing heavier than the standard library is imported.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from mentorlog.paths import default_database_path
from mentorlog.storage.sqlite_files import is_plain_sqlite, keyfile_path, plain_site_language


class DatabaseKind(enum.StrEnum):
    NEW = "new"  # no file yet (or an empty one): set up a site
    PLAIN = "plain"  # an unencrypted file from an earlier mentorlog
    ENCRYPTED = "encrypted"
    SERVER = "server"  # PostgreSQL: the server's own encryption and access control


@dataclass(frozen=True)
class DatabaseTarget:
    """Where the data lives, resolved once: ``text`` as chosen, and ``file``, the SQLite
    file a plain path names (absolute), or None for a URL. What is there (``kind``) is
    looked at each time it is asked: a set-up or a restore changes it."""

    text: str
    file: Path | None = None

    def sqlite_file(self) -> Path | None:
        """The SQLite file: a plain path's, or an sqlite:// URL's (read by SQLAlchemy)."""
        if self.file is not None:
            return self.file
        from mentorlog.storage.engine import resolve_url, sqlite_path

        return sqlite_path(resolve_url(self))

    def kind(self) -> DatabaseKind:
        path = self.sqlite_file()
        return DatabaseKind.SERVER if path is None else kind_of_file(path)

    def opens_at_sign_in(self) -> bool:
        """A database file only a password opens: an encrypted one, or an unencrypted one
        from an earlier mentorlog (encrypted at an administrator's sign-in). The app shows
        its sign-in screen first for these (for a plain path, before SQLAlchemy loads)."""
        return self.kind() in (DatabaseKind.ENCRYPTED, DatabaseKind.PLAIN)

    def is_demo(self) -> bool:
        path = self.sqlite_file()
        return path is not None and is_demo_file(path)

    def site_language(self) -> str | None:
        """The site's default language where it can be read before the database is
        unlocked (a file's key file, or an unencrypted file itself), else None."""
        path = self.sqlite_file() if self.file is not None else None
        return None if path is None else site_language_of_file(path)

    def where(self) -> str:
        """Where the data lives, for people: the file, or the URL without its password."""
        path = self.sqlite_file()
        if path is not None:
            return str(path)
        from sqlalchemy.engine import make_url

        return make_url(self.text).render_as_string(hide_password=True)


# What a caller may name a database by; ``locate`` turns each into a DatabaseTarget.
Target = str | os.PathLike[str] | DatabaseTarget | None


def locate(target: Target = None) -> DatabaseTarget:
    """``target`` resolved (one already resolved is kept as it is), else ``MENTORLOG_DB``,
    else the default file in the data folder."""
    if isinstance(target, DatabaseTarget):
        return target
    if target is None:
        target = os.environ.get("MENTORLOG_DB") or None
    text = os.fspath(target if target is not None else default_database_path())
    if "://" in text:
        return DatabaseTarget(text)
    return DatabaseTarget(text, Path(text).expanduser().resolve())


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


def site_language_of_file(path: Path) -> str | None:
    """The site's default language, readable before unlocking: an encrypted file's key
    file holds it (services/languages.py writes it there), an unencrypted file its own
    settings (read with the standard library); None when neither says."""
    from mentorlog.storage.keys import KeyFile, KeyFileError

    if keyfile_path(path).exists():
        try:
            return KeyFile.load(keyfile_path(path)).language
        except KeyFileError:
            return None
    if is_plain_sqlite(path):
        return plain_site_language(path)
    return None
