"""What a locked window shows: whose window it is, a password field to unlock it, and a way
for the next person at the workstation to sign the owner out. Nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.ui.colors import make_secondary
from mentorlog.ui.editors.problems import ProblemLabel
from mentorlog.ui.icons import icon


class LockScreen(QWidget):
    """Emits ``unlock_requested(password)`` and ``sign_out_requested``; the caller checks
    the password and answers with ``refuse`` (or takes the screen away)."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.heading = QLabel()
        self.heading.setObjectName("lockHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        badge = QLabel()
        badge.setPixmap(icon("lock").pixmap(48, 48))
        self.explain = explain = QLabel()
        explain.setObjectName("lockExplain")
        explain.setWordWrap(True)

        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        self.message = ProblemLabel()
        self.message.setObjectName("unlockMessage")

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        other = QLabel(
            self.tr(
                "Someone else at this workstation? Sign this person out; whatever they were "
                "writing stays saved as a draft for them."
            )
        )
        other.setWordWrap(True)
        make_secondary(other)
        self.sign_out_button = QPushButton(icon("sign-out"), self.tr("&Sign out"))
        self.sign_out_button.setObjectName("lockSignOut")
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        box = QVBoxLayout()
        box.setSpacing(10)
        box.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.heading)
        box.addWidget(explain)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addSpacing(16)
        box.addWidget(line)
        box.addWidget(other)
        box.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        panel = QWidget()
        panel.setMaximumWidth(460)
        panel.setLayout(box)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(panel, 3)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(middle)
        outer.addStretch(3)

    def show_for(self, name: str, idle: bool = False) -> None:
        """Ready for ``name`` (the signed-in person, whose own name may show); ``idle``
        when the window locked itself rather than being locked by them."""
        self.heading.setText(self.tr("Locked — %1").replace("%1", name))
        self.explain.setText(
            self.tr(
                "This window locked itself to keep its records private. Enter your password "
                "to carry on where you left off: nothing you were writing is lost."
            )
            if idle
            else self.tr(
                "This window is locked to keep its records private. Enter your password "
                "to carry on where you left off: nothing you were writing is lost."
            )
        )
        self.password.clear()
        self.message.show_problem("")
        self.set_busy(False)
        self.password.setFocus()

    def submit(self) -> None:
        password = self.password.text()
        if not password:
            self.message.show_problem(self.tr("Enter your password to unlock."))
            self.password.setFocus()
            return
        self.set_busy(True)
        self.unlock_requested.emit(password)

    def refuse(self, message: str, retry_after: int | None = None) -> None:
        """Say why beside the field; after a refusal with a wait, Unlock waits too."""
        self.set_busy(False)
        self.password.clear()
        self.password.setFocus()
        self.message.show_problem(message)
        if retry_after:
            # The service refuses early attempts anyway; this only spares a useless click.
            self.unlock_button.setEnabled(False)
            button = self.unlock_button
            QTimer.singleShot(retry_after * 1000, button, lambda: button.setEnabled(True))

    def set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Checking…") if busy else self.tr("&Unlock"))
