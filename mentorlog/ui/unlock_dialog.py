"""Signing in before the database is open: an encrypted database opens only with a name
and password that unwrap its key; an unencrypted one from an earlier mentorlog is
encrypted on this first sign-in (services/opening.py)."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentorlog.services.opening import OpenedSite, encrypt_after_sign_in, sign_in_and_open
from mentorlog.ui.ops import TaskManager
from mentorlog.ui.sign_in_dialog import SignInDialog


class UnlockDialog(SignInDialog):
    """Emits ``opened(site)`` with the open database and who signed in."""

    opened = Signal(object)

    def __init__(
        self,
        target: str | os.PathLike[str] | None,
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
        if convert:
            note = QLabel(
                self.tr(
                    "This database is not encrypted yet. When you sign in, mentorlog encrypts "
                    "it (a verified encrypted copy replaces it) and shows you its recovery key."
                )
            )
            note.setObjectName("encryptNote")
            note.setWordWrap(True)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.count() - 2, note)

    def check(self, username: str, password: str) -> None:
        target, convert = self._target, self._convert

        def work() -> OpenedSite:
            site = sign_in_and_open(target, username, password)
            return encrypt_after_sign_in(site, username, password) if convert else site

        self._tasks.submit(work, self._opened, self._refused)

    def _opened(self, site: OpenedSite) -> None:
        self.opened.emit(site)
        self._accepted(site.actor)

    def wait_idle(self) -> None:
        self._tasks.wait_idle()
