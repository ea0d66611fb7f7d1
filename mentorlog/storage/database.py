"""One open database: its engine, session factories for reading and for writing, and
the start-up sequence.

``transaction()`` is for work that may write: on SQLite it takes the write lock as it
begins (storage/engine.py). ``session()`` is for work that only reads; long reads
(reports, exports, the audit check) use it so that nobody waits for them. ``attempt()``
runs one piece of work in a transaction of its own and tries it again while the lock is
held elsewhere or the server is away (the app's worker uses it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mentorlog.i18n import msg
from mentorlog.storage.damage import DamagedDatabaseError, newest_verified_backup
from mentorlog.storage.engine import (
    make_engine,
    read_only_url,
    reading,
    resolve_url,
    server_name,
    sqlite_path,
)
from mentorlog.storage.faults import (
    CommitUncertainError,
    Fault,
    damage_detail,
    fault_of,
    log_detail,
    run_with_retries,
)
from mentorlog.storage.integrity import integrity_check
from mentorlog.storage.keyholder import KeyHolder, attach, holder_for
from mentorlog.storage.keyring import INFO_KEY, Keyring
from mentorlog.storage.leftovers import tidy_leftovers
from mentorlog.storage.locate import Target
from mentorlog.storage.media import on_read_only_media
from mentorlog.storage.migrate import MigrationResult, StorageError, migration_due, upgrade
from mentorlog.storage.sqlite_files import is_plain_sqlite, keyfile_path
from mentorlog.storage.wal_check import wal_frames_lost

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Database:
    engine: Engine
    migration: MigrationResult | None = None
    read_only: bool = False
    key: bytes | None = field(default=None, repr=False)
    keyring: Keyring | None = field(default=None, repr=False)
    # Why it opens only to read ("" when it does not): read-only media, or damage found.
    read_only_reason: str = ""
    # The signing keys unsealed for this database (storage/keyholder.py).
    keyholder: KeyHolder | None = field(default=None, repr=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _read_factory: sessionmaker[Session] = field(init=False, repr=False)

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
        self._read_factory = sessionmaker(
            reading(self.engine), expire_on_commit=False, info=dict(info)
        )

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
        """A session for reading: on SQLite it never holds the write lock, so it can run
        as long as it needs to. Write through ``transaction()`` instead."""
        return self._read_factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on error; on
        SQLite it holds the write lock from its first statement."""
        with self._factory.begin() as session:
            yield session

    def attempt(
        self,
        work: Callable[[Session], T],
        *,
        reads_only: bool = False,
        notice: Callable[[str], None] | None = None,
        stop: threading.Event | None = None,
    ) -> T:
        """``work(session)`` in a transaction of its own, committed unless it raises;
        tried again while the write lock is held elsewhere or the server is away
        (``notice`` hears what is waited for). A server lost during COMMIT raises
        CommitUncertainError: whether it was saved is unknown, so it is not tried again."""

        def once() -> T:
            factory = self._read_factory if reads_only else self._factory
            with factory() as session:
                session.begin()
                result = work(session)
                session.flush()
                try:
                    session.commit()
                except Exception as exc:
                    if fault_of(exc) == Fault.SERVER_GONE:
                        raise CommitUncertainError() from exc
                    raise
                return result

        return run_with_retries(once, notice, stop)

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
        self.engine = make_engine(read_only_url(path), key=self.key, read_only=True)
        assert self.keyholder is not None
        attach(self.engine, self.keyholder)
        self._make_factory()
        self.read_only = True
        self.read_only_reason = "damaged"
        return DamagedDatabaseError(path, detail, newest_verified_backup(path))


class EncryptedDatabaseError(StorageError):
    """The file is encrypted and no key was given: ask the person to sign in."""


def open_database(
    target: Target = None,
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

    A file on read-only media opens to read (``read_only``, with its reason). A file
    whose write-ahead log holds saved changes SQLite would drop is reported as damaged
    before SQLite touches it. Leftovers of an interrupted backup or restore are tidied.

    Raises StorageError with a message for the user when the database cannot be used.
    """
    if keyring is not None:
        key = keyring.key
    url = resolve_url(target)
    path = sqlite_path(url)
    read_only = False
    if path is not None:
        _check_file(path, key)
        read_only = on_read_only_media(path)
        if not read_only:
            tidy_leftovers(path)
    if read_only:
        assert path is not None
        engine = _open_read_only(path, key)
    else:
        engine = make_engine(url, key=key)
        _first_read(engine, url, path)
    result = None
    if migrate and read_only:
        if migration_due(engine):
            engine.dispose()
            raise StorageError(
                msg(
                    "{path} was made by an earlier mentorlog and needs updating, but it is on "
                    "read-only media. Copy it (with its .keys file) to a writable folder first.",
                    path=str(path),
                )
            )
    elif migrate:
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
    db = Database(engine, result, key=key, keyring=keyring, keyholder=keyholder)
    if read_only:
        db.read_only, db.read_only_reason = True, "media"
    return db


def _check_file(path: Path, key: bytes | None) -> None:
    if path.exists() and path.is_dir():
        raise StorageError(
            msg("{path} is a folder, not a mentorlog database file.", path=str(path))
        )
    if key is None and _looks_encrypted(path):
        raise EncryptedDatabaseError(
            msg(
                "{path} is encrypted: sign in with your name and password to open it.",
                path=str(path),
            )
        )
    lost = wal_frames_lost(path)
    if lost is not None:
        raise DamagedDatabaseError(path, lost.describe(), newest_verified_backup(path))


def _first_read(engine: Engine, url: URL, path: Path | None) -> None:
    try:
        with reading(engine).connect() as conn:
            # Reads the schema page: a file whose header or schema is damaged fails here.
            conn.execute(text("SELECT count(*) FROM sqlite_master" if path else "SELECT 1"))
    except DatabaseError as exc:
        engine.dispose()
        if path is not None and _is_damage(exc):
            raise DamagedDatabaseError(path, _detail(exc), newest_verified_backup(path)) from exc
        raise StorageError(_explain_connect_error(url, exc)) from exc


def _open_read_only(path: Path, key: bytes | None) -> Engine:
    """An engine that only reads ``path``; where SQLite cannot even keep its lock file
    beside it (and no write-ahead log holds anything), opened as unchanging."""
    if not path.exists():
        raise StorageError(
            msg(
                "There is no mentorlog database at {path}, and its folder is read-only.",
                path=str(path),
            )
        )
    last: DatabaseError | None = None
    for immutable in (False, True):
        if immutable and _wal_has_frames(path):
            break
        engine = make_engine(read_only_url(path, immutable=immutable), key=key, read_only=True)
        try:
            _first_read(engine, engine.url, path)
            return engine
        except StorageError as exc:
            if isinstance(exc, DamagedDatabaseError):
                raise
            last = exc.__cause__ if isinstance(exc.__cause__, DatabaseError) else last
    raise StorageError(
        msg(
            "{path} is on read-only media and SQLite cannot open it there (it keeps its lock files"
            " beside the database). Copy it, with its .keys file, to a writable folder.",
            path=str(path),
        )
    ) from last


def _wal_has_frames(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 32


def _looks_encrypted(path: Path) -> bool:
    # A key file beside it says so; a file without one whose header is not SQLite's is
    # damaged, and opening it reports that.
    return keyfile_path(path).exists() and not is_plain_sqlite(path)


def _detail(exc: DatabaseError) -> str:
    return damage_detail(exc)


def _is_damage(exc: DatabaseError) -> bool:
    return fault_of(exc) == Fault.DAMAGED


def _explain_connect_error(url: URL, exc: DatabaseError) -> str:
    log_detail(exc)
    fault = fault_of(exc)
    path = sqlite_path(url)
    if path is not None:
        if fault == Fault.DAMAGED:
            return f"{path} is damaged or is not a mentorlog database ({_detail(exc)})."
        if fault == Fault.BUSY:
            return f"{path} is in use by another program and stayed locked; try again."
        if fault == Fault.DISK_FULL:
            return f"{path} cannot be opened: the disk is full (or failing)."
        return f"Could not open the database file {path}; the details are in the log."
    where = server_name(url)
    if fault == Fault.SERVER_GONE:
        return (
            f"The database server {where} is not answering. Check that it is running and "
            "reachable from this computer; nothing was changed."
        )
    return f"Could not use the database server {where}; the details are in the log."
