"""The sign-in dialog of a shared workstation: username, password, Enter to sign in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorlog.i18n import current_language, word
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.language import fill_languages
from mentorlog.ui.ops import Op
from mentorlog.ui.wording import fill

if TYPE_CHECKING:
    from mentorlog.services.access import Actor
    from mentorlog.ui.context import AppContext


class SignInDialog(QDialog):
    """Emits ``signed_in(actor)`` and closes when the sign-in service accepts the password.

    The password is checked on the worker (Argon2 takes a noticeable moment); a refusal is
    shown in the dialog, worded by the service, which never says whether a name exists.
    """

    signed_in = Signal(object)
    # Someone chose another language for this screen (its code), before signing in.
    language_chosen = Signal(str)

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
        self._place = where if where is not None else ctx.db.describe() if ctx else ""
        self.setObjectName("signInDialog")
        self.setMinimumWidth(380)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_secondary(self.where)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        self.language.setObjectName("signInLanguage")
        fill_languages(self.language, current_language())
        self.language.activated.connect(self._language_activated)
        self.form = QFormLayout()
        self.form_labels = []
        for field in (self.username, self.password, self.language):
            label = QLabel()
            label.setBuddy(field)  # the label's &-key goes to its field
            self.form.addRow(label, field)
            self.form_labels.append(label)

        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(demo)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quitButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.demo_hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def retranslate(self) -> None:
        """Word the screen in the language now installed (again after a switch of
        language: Qt's LanguageChange); what was typed stays."""
        self.setWindowTitle(self.tr("Sign in to mentorlog"))
        self.heading.setText(self.tr("Sign in"))
        self.where.setText(fill(self.tr("Records in %1"), self._place))
        self.username.setAccessibleName(self.tr("Username"))
        self.password.setAccessibleName(self.tr("Password"))
        texts = (self.tr("&Username"), self.tr("&Password"), self.tr("&Language"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.language.setToolTip(
            self.tr(
                "The language of this screen. Once you sign in, mentorlog speaks the "
                "language you chose for yourself, else the site's default."
            )
        )
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.demo_hint.setText(
            self.tr(
                "This is a demo database. Demo accounts: admin / coordinator / mentor / "
                "student, password demo."
            )
        )
        self.sign_in_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_activated(self, _index: int) -> None:
        code = self.language.currentData()
        if code and code != current_language():
            self.language_chosen.emit(code)

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
