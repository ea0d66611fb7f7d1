"""The sign-in dialog of a shared workstation: username, password, Enter to sign in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorlog.i18n import word
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.ops import Op

if TYPE_CHECKING:
    from mentorlog.services.access import Actor
    from mentorlog.ui.context import AppContext


class SignInDialog(QDialog):
    """Emits ``signed_in(actor)`` and closes when the sign-in service accepts the password.

    The password is checked on the worker (Argon2 takes a noticeable moment); a refusal is
    shown in the dialog, worded by the service, which never says whether a name exists.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        ctx: AppContext | None,
        *,
        demo: bool = False,
        where: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._password = ""
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to mentorlog"))
        self.setMinimumWidth(380)

        heading = QLabel(self.tr("Sign in"))
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        place = where if where is not None else ctx.db.describe() if ctx else ""
        where = QLabel(self.tr("Records in {where}").format(where=place))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_secondary(where)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)

        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.message.hide()

        self.demo_hint = QLabel(
            self.tr(
                "This is a demo database. Demo accounts: admin / coordinator / mentor / "
                "student, password demo."
            )
        )
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(demo)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button.setObjectName("quitButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.demo_hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._say(self.tr("Enter your username and password."))
            (self.username if not username else self.password).setFocus()
            return
        self._set_busy(True)
        self._password = password
        self.check(username, password)

    def check(self, username: str, password: str) -> None:
        """Ask the sign-in service on the open database; ends in _accepted or _refused."""
        from mentorlog.services import auth

        assert self._ctx is not None
        Op(self, lambda s: auth.sign_in(s, username, password)).success(self._accepted).failure(
            self._refused
        ).run(self._ctx)

    def _accepted(self, actor: Actor) -> None:
        self._password = ""
        self._set_busy(False)
        self.password.clear()
        self.signed_in.emit(actor)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        from mentorlog.services.errors import ServiceError
        from mentorlog.ui.errors import describe

        self._password = ""
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        self._say(word(exc) if isinstance(exc, ServiceError) else describe(exc)[0])
        wait = getattr(exc, "retry_after", None)
        if wait:
            # The service refuses early attempts anyway; this only spares a useless click.
            self.sign_in_button.setEnabled(False)
            QTimer.singleShot(wait * 1000, lambda: self.sign_in_button.setEnabled(True))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button):
            widget.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
