"""Background operations, after Anki's ``aqt.operations``: database work runs on one serial
worker thread, results come back to the GUI thread by signal, errors go to one dialog.

    Op(parent, lambda session: list_things(session, actor)).success(show).run(ctx)

The services say what a write changed (services/changes.py: noted beside each audit
event); after the commit the Op reads that from the session and the context's ``changed``
signal carries the ChangeSet to every view, and each view refreshes itself. Nothing is
declared by the caller.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from mentorlog.services.changes import ChangeSet, collected
from mentorlog.services.errors import PermissionDeniedError

if TYPE_CHECKING:
    from mentorlog.services.access import Actor
    from mentorlog.ui.context import AppContext

T = TypeVar("T")
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside an operation when the user asked to stop it."""


class Progress:
    """Handed to long operations: report progress, and stop when asked to."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def update(self, done: int, total: int, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the GUI thread's failure handler
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskManager(QObject):
    """The one serial worker all database work goes through. ``waiting`` says, from the
    worker, what a job is waiting for before it tries again (another mentorlog holds the
    write lock, the server is away), and "" once it is over."""

    busy_changed = Signal(bool)
    waiting = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._relays: set[_Relay] = set()
        self.stopping = threading.Event()  # set at shutdown: no job waits to try again

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        progress: Progress | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def done() -> None:
            self._relays.discard(relay)
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

        def ok(result: Any) -> None:
            done()
            on_success(result)

        def bad(exc: Any) -> None:
            done()
            on_failure(exc)

        relay.succeeded.connect(ok)
        relay.failed.connect(bad)
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        if progress is not None:
            progress._emit = relay.progressed.emit
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def stop_retrying(self) -> None:
        self.stopping.set()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until queued work has run (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def active_threads(self) -> int:
        return self._pool.activeThreadCount()


def _record_refusal(ctx: AppContext, actor: Actor, exc: PermissionDeniedError) -> None:
    from mentorlog.services import audit

    try:
        audit.record_refusal(ctx.db.engine, actor, str(exc))
    except Exception:  # the refusal must still reach the person, even if logging fails
        log.exception("could not put a permission refusal on the audit trail")


class Op(Generic[T]):
    """One database operation: ``fn(session)`` (or ``fn(session, progress)``) runs in a
    transaction on the worker; the result goes to ``success`` on the GUI thread."""

    def __init__(self, parent: QWidget | None, fn: Callable[..., T]) -> None:
        self._parent = parent
        self._fn = fn
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress_cb: Callable[[int, int, str], None] | None = None
        self._progress: Progress | None = None
        self._reads_only = False
        self._ctx: AppContext | None = None
        self._hold: Callable[[ChangeSet], None] | None = None

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        self._failure = cb
        return self

    def with_progress(self, cb: Callable[[int, int, str], None]) -> Op[T]:
        """``fn`` receives a Progress as second argument; returns it via ``progress``."""
        self._progress_cb = cb
        self._progress = Progress(lambda *_: None)
        return self

    @property
    def progress(self) -> Progress | None:
        return self._progress

    def reading(self) -> Op[T]:
        """``fn`` only reads, perhaps for long (a report, an export, the audit check): it
        runs without the write lock, so nobody waits for it. Its audit event is a short
        transaction of its own (services/audit.record_after_reading)."""
        self._reads_only = True
        return self

    def holding_changes(self, hold: Callable[[ChangeSet], None]) -> Op[T]:
        """Hand what the work changed to ``hold`` instead of broadcasting it (a chain of
        operations that broadcasts once, at its end); broadcast after all if the parent
        has gone."""
        self._hold = hold
        return self

    def run(self, ctx: AppContext) -> Op[T]:
        progress = self._progress
        actor = ctx.actor
        self._ctx = ctx

        def call(session: Any) -> tuple[T, Any]:
            return (self._fn(session, progress) if progress else self._fn(session)), session

        def work() -> tuple[T, ChangeSet]:
            try:
                # Tried again while another mentorlog holds the write lock or the server
                # is away; the status bar says so meanwhile. Each try has a session of
                # its own: what the services noted is read from the one that committed.
                result, session = ctx.db.attempt(
                    call,
                    reads_only=self._reads_only,
                    notice=ctx.tasks.waiting.emit,
                    stop=ctx.tasks.stopping,
                )
            except PermissionDeniedError as exc:
                if not actor.roles and not actor.is_system:
                    # Nobody is signed in (the views' last loads after a sign-out): that
                    # work is dropped, not a refusal to put on anyone's record.
                    raise Cancelled() from exc
                # The refused work was rolled back; the attempt itself stays on record.
                _record_refusal(ctx, actor, exc)
                raise
            return result, collected(session)  # committed: what the services noted

        ctx.tasks.submit(work, self._on_success(ctx), self._on_failure, self._progress_cb, progress)
        return self

    def _alive(self) -> bool:
        return self._parent is None or isValid(self._parent)

    def _on_success(self, ctx: AppContext) -> Callable[[tuple[T, ChangeSet]], None]:
        def deliver(outcome: tuple[T, ChangeSet]) -> None:
            result, changes = outcome
            if changes and self._hold is not None and self._alive():
                self._hold(changes)
            elif changes:
                ctx.changed.emit(changes)
            if self._success is not None and self._alive():
                self._success(result)

        return deliver

    def _on_failure(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            log.info("operation cancelled")
        from mentorlog.storage.faults import Fault, damage_detail, explain, fault_of

        if self._ctx is not None and fault_of(exc) == Fault.DAMAGED:
            # One place deals with a damaged file (read-only from now on, the newest
            # verified backup offered); whoever ran this hears it was not done.
            self._ctx.damaged.emit(damage_detail(exc))
            exc = explain(exc, self._ctx.db.path)
        if self._failure is not None and self._alive():
            self._failure(exc)
            return
        if isinstance(exc, Cancelled):
            return
        from mentorlog.ui.errors import show_error

        show_error(self._parent if self._alive() else None, exc)
