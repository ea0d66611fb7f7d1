"""The one translation of database driver errors into what the person is told.

Every layer that meets a driver error (the app's worker, the command line) asks
``explain(exc)`` for a StorageError worded in the user's terms. The driver's own text,
which holds SQL, parameters and sometimes record text, is never part of that message: it
goes to the log only (``log_detail``).

``fault_of`` names the kind of trouble; BUSY and SERVER_GONE pass, so ``run_with_retries``
tries again (the app does; the command line says it once and stops).
"""

from __future__ import annotations

import enum
import errno
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from mentorlog.i18n import msg
from mentorlog.i18n.messages import N_
from mentorlog.storage.errors import DiskFullError, StorageError

log = logging.getLogger(__name__)
# The log file only (mentorlog/logfile.py): driver messages hold SQL and parameters.
detail_log = logging.getLogger("mentorlog.detail")
detail_log.propagate = False
T = TypeVar("T")


class Fault(enum.Enum):
    BUSY = "busy"  # another program holds SQLite's write lock
    SERVER_GONE = "server gone"  # PostgreSQL is not answering or dropped the connection
    DISK_FULL = "disk full"
    READ_ONLY = "read-only"  # read-only media, or a file opened to read after damage
    DAMAGED = "damaged"
    OTHER = "other"  # some other database error: a bug, or something unforeseen


TRANSIENT = frozenset({Fault.BUSY, Fault.SERVER_GONE})

BUSY = N_(
    "Another mentorlog is saving to this database just now, so this was not done yet. "
    "Nothing saved before was lost; try again in a moment."
)
BUSY_RETRYING = N_("Another mentorlog is saving to this database; trying again…")
SERVER_GONE = N_(
    "The database server is not answering; nothing was lost. Try again once it is back."
)
SERVER_GONE_RETRYING = N_("The database server is not answering; nothing was lost; trying again…")
DISK_FULL = N_("The disk is full: nothing was lost; free space and save again.")
READ_ONLY = N_(
    "This database can only be read just now (it is on read-only media, or it was found "
    "damaged), so this was not saved. Nothing saved before was lost."
)
OTHER = N_(
    "The database could not do this, so nothing was changed. The details are in "
    "mentorlog's log file."
)
COMMIT_UNCERTAIN = N_(
    "The connection to the database server was lost while saving, so mentorlog cannot "
    "tell whether this was saved. Look at the record before you save it again."
)

# SQLite's and the PostgreSQL driver's wording, lower-cased.
_SQLITE_TEXT = (
    (Fault.BUSY, ("database is locked", "database is busy", "database table is locked")),
    (Fault.DISK_FULL, ("disk is full", "disk i/o error", "no space left")),
    (Fault.READ_ONLY, ("readonly database", "read-only", "attempt to write a readonly")),
    (
        Fault.DAMAGED,
        (
            "malformed",
            "not a database",
            "corrupt",
            "could not decode",
            "unsupported file format",
        ),
    ),
)
_PG_TEXT = (
    "server closed the connection",
    "connection refused",
    "could not connect",
    "connection timeout",
    "timeout expired",
    "terminating connection",
    "the database system is shutting down",
    "the database system is starting up",
    "connection is lost",
    "connection is closed",
    "consuming input failed",
    "no connection to the server",
    "connection to server",
    "ssl connection has been closed",
)


class CommitUncertainError(StorageError):
    """The server went away during COMMIT: whether it was saved is unknown, so never
    retried on its own."""

    def __init__(self) -> None:
        super().__init__(COMMIT_UNCERTAIN)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [getattr(item, "orig", None), item.__cause__, item.__context__]


def _sqlstate(exc: BaseException) -> str:
    return str(getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None) or "")


def fault_of(exc: BaseException) -> Fault | None:
    """What kind of trouble ``exc`` is, or None when it is not the database's (a
    ServiceError, a bug in mentorlog, an interrupted command)."""
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError
    from sqlalchemy.exc import TimeoutError as PoolTimeout
    from sqlalchemy.orm.exc import StaleDataError

    from mentorlog.storage.damage import DamagedDatabaseError

    found: Fault | None = None
    for item in _chain(exc):
        if isinstance(item, CommitUncertainError):
            return Fault.SERVER_GONE
        if isinstance(item, DamagedDatabaseError):
            return Fault.DAMAGED
        if isinstance(item, StorageError):
            return None  # already in the user's terms
        if isinstance(item, UnicodeDecodeError):
            return Fault.DAMAGED  # text SQLite returned is not the UTF-8 it stored
        if isinstance(item, OSError) and item.errno in (errno.ENOSPC, errno.EDQUOT):
            return Fault.DISK_FULL
        if isinstance(item, OSError) and item.errno == errno.EROFS:
            return Fault.READ_ONLY
        if isinstance(item, DBAPIError) and item.connection_invalidated:
            return Fault.SERVER_GONE
        if isinstance(item, PoolTimeout | StaleDataError):
            # StaleDataError: another save of the same record got in first, in the same
            # moment. Tried again, the work reads what they saved (and a save made from
            # a copy the person holds is then refused as stale: services/stale.py).
            return Fault.BUSY
        fault = _by_driver(item)
        if fault is not None:
            return fault
        if isinstance(item, SQLAlchemyError) or _is_driver_error(item):
            found = found or Fault.OTHER
    return found


def _by_driver(item: BaseException) -> Fault | None:
    module = type(item).__module__
    state = _sqlstate(item)
    text = str(item).lower()
    if module.startswith("psycopg"):
        if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
            return Fault.SERVER_GONE
        if state in ("40001", "40P01", "55P03"):
            return Fault.BUSY  # serialisation failure, deadlock, lock not available
        if state == "53100":
            return Fault.DISK_FULL
        if state == "25006":
            return Fault.READ_ONLY
        gone = not state or any(t in text for t in _PG_TEXT)
        if type(item).__name__ in ("OperationalError", "InterfaceError") and gone:
            return Fault.SERVER_GONE
        return None
    if module.startswith(("sqlite3", "sqlcipher3")):
        for fault, phrases in _SQLITE_TEXT:
            if any(p in text for p in phrases):
                return fault
    return None


def _is_driver_error(item: BaseException) -> bool:
    return type(item).__module__.startswith(("sqlite3", "sqlcipher3", "psycopg"))


def is_transient(exc: BaseException) -> bool:
    return fault_of(exc) in TRANSIENT and not isinstance(exc, CommitUncertainError)


def explain(exc: BaseException, db_path: Path | None = None) -> BaseException:
    """``exc`` as the person should hear it: a StorageError in their terms for a database
    error (a DamagedDatabaseError, with the newest verified backup, for a damaged file at
    ``db_path``), else ``exc`` itself."""
    fault = fault_of(exc)
    if fault is None:
        return exc
    if isinstance(exc, StorageError):
        return exc
    log_detail(exc)
    if fault == Fault.DAMAGED:
        return _damaged(exc, db_path)
    if fault == Fault.DISK_FULL:
        return DiskFullError(DISK_FULL)
    message = {
        Fault.BUSY: BUSY,
        Fault.SERVER_GONE: SERVER_GONE,
        Fault.READ_ONLY: READ_ONLY,
        Fault.OTHER: OTHER,
    }[fault]
    return StorageError(message)


def _damaged(exc: BaseException, db_path: Path | None) -> StorageError:
    from mentorlog.storage.damage import DamagedDatabaseError, newest_verified_backup

    for item in _chain(exc):
        if isinstance(item, DamagedDatabaseError):
            return item
    detail = damage_detail(exc)
    if db_path is None:
        return StorageError(
            msg(
                "The database is damaged ({detail}); nothing was written to it.", detail=str(detail)
            )
        )
    return DamagedDatabaseError(db_path, detail, newest_verified_backup(db_path))


def damage_detail(exc: BaseException) -> str:
    """SQLite's verdict in a few words, without any of the text it could not decode."""
    for item in _chain(exc):
        if isinstance(item, UnicodeDecodeError):
            return "text in it is not readable"
        text = str(item).lower()
        for phrase in ("database disk image is malformed", "file is not a database"):
            if phrase in text:
                return phrase
        if "could not decode" in text:
            return "text in it is not readable"
    return "unreadable"


def log_detail(exc: BaseException) -> None:
    """The driver's whole story (SQL included) for the log file, never for the screen."""
    detail_log.warning("database error (%s)", type(exc).__name__, exc_info=exc)


def waiting_message(exc: BaseException) -> str:
    """What the app shows while it tries again after ``exc``."""
    return SERVER_GONE_RETRYING if fault_of(exc) == Fault.SERVER_GONE else BUSY_RETRYING


# Seconds between attempts: SQLite has already waited its busy timeout inside each one.
RETRY_DELAYS = (0.05, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 15.0, 15.0)


def run_with_retries(
    attempt: Callable[[], T],
    notice: Callable[[str], None] | None = None,
    stop: threading.Event | None = None,
    delays: tuple[float, ...] = RETRY_DELAYS,
) -> T:
    """``attempt()``, tried again while it fails for a passing reason (the write lock is
    held elsewhere, the server is away), telling ``notice`` what is being waited for ("" once
    it is over). Gives up after ``delays`` run out, or at once when ``stop`` is set."""
    stop = stop or threading.Event()
    try:
        for delay in (*delays, None):
            try:
                return attempt()
            except Exception as exc:
                if delay is None or not is_transient(exc) or stop.is_set():
                    raise
                log.warning("%s; trying again in %.0f s", fault_of(exc), delay)
                if notice is not None:
                    notice(waiting_message(exc))
                if stop.wait(delay):
                    raise
        raise AssertionError("unreachable")
    finally:
        if notice is not None:
            notice("")
