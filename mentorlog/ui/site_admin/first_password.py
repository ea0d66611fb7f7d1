"""Choosing one's own password at the first sign-in with a one-time password (an imported
account): shown before the main window, and the only way past it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from mentorlog.i18n import word
from mentorlog.services import people
from mentorlog.services.auth import MIN_PASSWORD_LENGTH
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.person_form import FormDialog


class FirstPasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("firstPasswordDialog")
        self.setWindowTitle(self.tr("Choose your password"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Welcome, %1. You signed in with the one-time password from your sign-in "
                "sheet; choose your own now (at least %2 characters). The one-time password "
                "stops working once it is saved."
            )
            .replace("%1", ctx.actor.name)
            .replace("%2", str(MIN_PASSWORD_LENGTH)),
            self,
        )
        intro.setWordWrap(True)
        make_secondary(intro)
        self.layout().insertWidget(0, intro)
        self.current = self.field("current_password", self.tr("&One-time password"), secret=True)
        self.new = self.field("new_password", self.tr("&New password"), secret=True)
        self.again = self.field("again", self.tr("New password &again"), secret=True)
        self.current.setFocus()

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.problems.show({"again": self.tr("The two passwords differ.")})
            return
        actor, current, new = self.ctx.actor, self.current.text(), self.new.text()
        self.run_save(lambda s: people.change_own_password(s, actor, current, new))

    def _not_saved(self, exc: BaseException) -> None:
        from mentorlog.services.auth import SignInError

        if isinstance(exc, SignInError):
            self.buttons.setEnabled(True)
            self.problems.show({"current_password": word(exc)})
            return
        super()._not_saved(exc)
