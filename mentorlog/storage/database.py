"""One open database: its engine, a session factory, and the start-up sequence."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mentorlog.storage.damage import DamagedDatabaseError, newest_verified_backup
from mentorlog.storage.engine import make_engine, resolve_url, sqlite_path
from mentorlog.storage.integrity import integrity_check
from mentorlog.storage.keyholder import KeyHolder, attach, holder_for
from mentorlog.storage.keyring import INFO_KEY, Keyring
from mentorlog.storage.migrate import MigrationResult, StorageError, migration_due, upgrade
from mentorlog.storage.sqlite_files import is_plain_sqlite, keyfile_path

log = logging.getLogger(__name__)


@dataclass
class Database:
    engine: Engine
    migration: MigrationResult | None = None
    read_only: bool = False
    key: bytes | None = field(default=None, repr=False)
    keyring: Keyring | None = field(default=None, repr=False)
    # The signing keys unsealed for this database (storage/keyholder.py).
    keyholder: KeyHolder | None = field(default=None, repr=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.keyholder is None:
            self.keyholder = holder_for(self.engine)
        else:
            attach(self.engine, self.keyholder)
        self._make_factory()

    def _make_factory(self) -> None:
        # Sessions carry the keyring so a password change can re-wrap its key slot.
        info = {INFO_KEY: self.keyring} if self.keyring is not None else {}
        self._factory = sessionmaker(self.engine, expire_on_commit=False, info=info)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path | None:
        path = sqlite_path(self.engine.url)
        if path is not None and str(path).startswith("file:"):  # the read-only URI form
            return Path(str(path).removeprefix("file:").split("?", 1)[0])
        return path

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """Where the data lives, without any password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on error."""
        with self._factory.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def quick_check(self) -> list[str]:
        """SQLite's quick integrity check: ["ok"] when sound."""
        try:
            return integrity_check(self.engine, quick=True)
        except DatabaseError as exc:
            return [_detail(exc)]

    def damage_found(self, detail: str) -> DamagedDatabaseError:
        """Stop all writing to a file found damaged, and describe it for the user."""
        path = self.path
        assert path is not None, "only an SQLite file is checked here"
        self.engine.dispose()
        self.engine = make_engine(
            URL.create("sqlite+pysqlite", database=f"file:{path}?mode=ro", query={"uri": "true"}),
            key=self.key,
        )
        assert self.keyholder is not None
        attach(self.engine, self.keyholder)
        self._make_factory()
        self.read_only = True
        return DamagedDatabaseError(path, detail, newest_verified_backup(path))


class EncryptedDatabaseError(StorageError):
    """The file is encrypted and no key was given: ask the person to sign in."""


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    key: bytes | None = None,
    keyring: Keyring | None = None,
    keyholder: KeyHolder | None = None,
) -> Database:
    """Open (creating if needed) and migrate the database named by ``target``; with
    ``key`` (or a ``keyring``, which also lets password changes re-wrap key slots), an
    SQLCipher-encrypted file (see storage/keys.py). ``keyholder``: the signing keys of a
    database being opened again (see storage/keyholder.py).

    Raises StorageError with a message for the user when the database cannot be used.
    """
    if keyring is not None:
        key = keyring.key
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.is_dir():
        raise StorageError(f"{path} is a folder, not a mentorlog database file.")
    if path is not None and key is None and _looks_encrypted(path):
        raise EncryptedDatabaseError(
            f"{path} is encrypted: sign in with your name and password to open it."
        )
    engine = make_engine(url, key=key)
    try:
        with engine.connect() as conn:
            # Reads the schema page: a file whose header or schema is damaged fails here.
            conn.execute(text("SELECT count(*) FROM sqlite_master" if path else "SELECT 1"))
    except DatabaseError as exc:
        engine.dispose()
        if path is not None and _is_damage(exc):
            raise DamagedDatabaseError(path, _detail(exc), newest_verified_backup(path)) from exc
        raise StorageError(_explain_connect_error(url, exc)) from exc
    result = None
    if migrate:
        if path is not None and migration_due(engine):
            verdict = integrity_check(engine, quick=True)
            if verdict != ["ok"]:
                engine.dispose()
                raise DamagedDatabaseError(path, verdict[0], newest_verified_backup(path))
        try:
            result = upgrade(engine, key=key)
        except OperationalError as exc:
            engine.dispose()
            raise StorageError(_explain_connect_error(url, exc)) from exc
        except Exception:
            engine.dispose()
            raise
    return Database(engine, result, key=key, keyring=keyring, keyholder=keyholder)


def _looks_encrypted(path: Path) -> bool:
    # A key file beside it says so; a file without one whose header is not SQLite's is
    # damaged, and opening it reports that.
    return keyfile_path(path).exists() and not is_plain_sqlite(path)


def _detail(exc: DatabaseError) -> str:
    return str(exc.orig) if exc.orig is not None else str(exc)


def _is_damage(exc: DatabaseError) -> bool:
    text = _detail(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _explain_connect_error(url: URL, exc: DatabaseError) -> str:
    detail = _detail(exc)
    path = sqlite_path(url)
    if path is not None:
        if "file is not a database" in detail or "malformed" in detail:
            return f"{path} is damaged or is not a mentorlog database ({detail})."
        if "locked" in detail:
            return f"{path} is in use by another program and stayed locked ({detail})."
        return f"Could not open the database file {path}: {detail}"
    where = url.render_as_string(hide_password=True)
    return f"Could not connect to the database server {where}: {detail}"
