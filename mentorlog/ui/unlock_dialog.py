"""Signing in before the database is open: an encrypted database opens only with a name
and password that unwrap its key; an unencrypted one from an earlier mentorlog is
encrypted when an administrator signs in (services/opening.py)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentorlog.ui.ops import TaskManager
from mentorlog.ui.sign_in_dialog import SignInDialog

if TYPE_CHECKING:
    from mentorlog.services.opening import OpenedSite
    from mentorlog.storage.locate import DatabaseTarget

log = logging.getLogger(__name__)


class UnlockDialog(SignInDialog):
    """Emits ``opened(site)`` with the open database and who signed in."""

    opened = Signal(object)
    # prepare()'s work is done: what signing in needs is loaded (and the file checked).
    ready = Signal()
    # prepare() found that the database cannot be used: the exception.
    unusable = Signal(object)

    def __init__(
        self,
        target: DatabaseTarget,
        where: str,
        *,
        demo: bool = False,
        convert: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(None, demo=demo, where=where, parent=parent)
        self.setObjectName("unlockDialog")
        self._target = target
        self._convert = convert
        self._tasks = TaskManager(self)
        # Set on the worker when prepare() fails, so a sign-in queued behind it is skipped
        # (and its refusal not shown: the failure has been said already).
        self._prepare_failed_on_worker = threading.Event()
        self.encrypt_note: QLabel | None = None
        if convert:
            self.encrypt_note = QLabel()
            self.encrypt_note.setObjectName("encryptNote")
            self.encrypt_note.setWordWrap(True)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.count() - 2, self.encrypt_note)
            self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        note = getattr(self, "encrypt_note", None)  # None while the base class builds
        if note is not None:
            note.setText(
                self.tr(
                    "This database is not encrypted yet. When an administrator opens "
                    "mentorlog and signs in, it is encrypted (a verified encrypted copy "
                    "replaces it) and they are shown its recovery key."
                )
            )

    def prepare(self, *, check: bool) -> None:
        """The worker's first job, while the password is typed: load SQLAlchemy, the models
        and the services, and with ``check`` open, check (and migrate) the unencrypted
        file. A sign-in pressed sooner queues behind it on the same worker."""
        target = self._target

        failed = self._prepare_failed_on_worker

        def work() -> None:
            try:
                from mentorlog.services.warm_up import warm_up

                warm_up(encryption=True)
                if check:
                    from mentorlog.services.startup import prepare_database

                    prepare_database(target).close()
            except BaseException:
                failed.set()  # before a sign-in queued behind this job starts
                raise

        self._tasks.submit(work, lambda _: self.ready.emit(), self._prepare_failed)

    def _prepare_failed(self, exc: BaseException) -> None:
        from mentorlog.ui.database_problems import is_unusable_database

        if not is_unusable_database(exc):  # not the file: a broken installation, a full disk
            log.error("preparing to sign in failed", exc_info=exc)
        self.unusable.emit(exc)

    def _refused(self, exc: BaseException) -> None:
        if self._prepare_failed_on_worker.is_set():  # pressed before the check; it said why
            self._set_busy(False)
            return
        super()._refused(exc)

    def check(self, username: str, password: str) -> None:
        target, convert = self._target, self._convert
        failed = self._prepare_failed_on_worker

        def work() -> OpenedSite:
            from mentorlog.models import Role

            if failed.is_set():
                # The file could not be used: this attempt is not made (after a restore,
                # the next sign-in screen opens the restored copy).
                raise _NotAttempted()
            from mentorlog.services.opening import encrypt_after_sign_in, sign_in_and_open

            site = sign_in_and_open(target, username, password)
            # Encrypted when an administrator signs in: they get the recovery key and can
            # set the others' passwords (each person's key slot comes with their next
            # password). Anyone else works in it unencrypted until then.
            if convert and site.actor.has(Role.ADMINISTRATOR) and not site.db.read_only:
                return encrypt_after_sign_in(site, username, password)
            return site

        self._tasks.submit(work, self._opened, self._refused)

    def _opened(self, site: OpenedSite) -> None:
        self.opened.emit(site)
        self._accepted(site.actor)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until the worker's jobs have run (-1: however long they take)."""
        return self._tasks.wait_idle(msecs)


class _NotAttempted(Exception):
    """A sign-in queued behind a check that found the database unusable."""
