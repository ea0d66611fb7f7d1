"""The observation editor's sign-off parts: the bar above the form (who signed, which
version, how the student responded; Sign…, Amend… and Versions…), and the reason an
amendment asks for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mentorlog.services.signoff_state import ObservationSignState
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.editors.signing import observation_lines


class SignBar(QWidget):
    """Hidden until a published or signed observation is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signBar")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("signState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_button = QPushButton(self.tr("Si&gn…"), self)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setToolTip(
            self.tr("Sign as its mentor: the observation is then locked (Alt+G)")
        )
        self.amend_button = QPushButton(self.tr("A&mend…"), self)
        self.amend_button.setObjectName("amendButton")
        self.amend_button.setToolTip(
            self.tr("Correct the signed observation as a new version, with a reason")
        )
        self.versions_button = QPushButton(self.tr("V&ersions…"), self)
        self.versions_button.setObjectName("versionsButton")
        self.versions_button.setToolTip(self.tr("Every version, and what each said"))
        for button in (self.sign_button, self.amend_button, self.versions_button):
            button.setAutoDefault(False)
            button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label, 1)
        layout.addWidget(self.versions_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.amend_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_state(self, state: ObservationSignState, shared: bool) -> None:
        lines = observation_lines(state, shared)
        self.state_label.setText("<br/>".join(lines))
        self.state_label.setAccessibleName(self.tr("Sign-off"))
        self.state_label.setAccessibleDescription(self.state_label.text())
        self.sign_button.setVisible(state.may_sign)
        self.amend_button.setVisible(state.may_amend)
        self.versions_button.setVisible(state.versions > 1 or state.locked_at is not None)
        self.setVisible(bool(lines) or state.may_sign)

    def focus_chain(self) -> list[QWidget]:
        return [self.versions_button, self.amend_button, self.sign_button]  # as shown

    def hide_actions(self) -> None:
        for button in (self.sign_button, self.amend_button):
            button.hide()

    def text(self) -> str:
        return self.state_label.text()


class ReasonField(QWidget):
    """Why a signed observation is being corrected; its problem shows beneath it."""

    def __init__(self, problems: Problems, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("&Reason for the amendment:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("amendmentReason")
        self.edit.setAccessibleName(self.tr("Reason for the amendment"))
        self.edit.setPlaceholderText(
            self.tr("What was wrong or missing in the signed version (required)")
        )
        label.setBuddy(self.edit)
        self.problem = ProblemLabel(self)
        problems.add("reason", self.problem, self.edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.hide()

    def text(self) -> str:
        return self.edit.text()
