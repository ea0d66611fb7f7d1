"""The small dialogs of people management: adding a person, and setting a new password.

Each runs its write through an Op; problems come back by field and are shown beside the
field, and the dialog stays open until the write succeeds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import Role
from mentorlog.services import people
from mentorlog.services.auth import MIN_PASSWORD_LENGTH
from mentorlog.services.errors import ValidationError
from mentorlog.ui import trust_labels
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op


class FormDialog(QDialog):
    """Fields with a problem label under each, OK/Cancel, and the Op that saves."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = ProblemLabel(self)
        self.problems = Problems(self.general)
        self.problems.shown = self._make_room
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def field(self, name: str, label: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label.replace("&", ""))
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        problem = ProblemLabel(self)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(problem)
        caption = QLabel(label, self)
        caption.setBuddy(edit)  # Alt+letter moves to the field, and the "&" is not shown
        self.form.addRow(caption, column)
        self.problems.add(name, problem, edit)
        return edit

    def row(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Any field widget, with its problem label under it."""
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", ""))
        problem = ProblemLabel(self)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(problem)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, column)
        self.problems.add(name, problem, widget)
        return widget

    def save(self) -> None:
        raise NotImplementedError

    def _make_room(self) -> None:
        """Taller for the problems now shown under the fields: the dialog kept its size,
        and the fields were squeezed to half their height to make room."""
        self.layout().activate()
        wanted = self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def run_save(self, work: Any) -> None:
        self.problems.clear()
        self.buttons.setEnabled(False)
        Op(self, work).success(self._saved).failure(self._not_saved).run(self.ctx)

    def _saved(self, result: Any) -> None:
        self.result_row = result
        self.accept()

    def _not_saved(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.problems.show(exc.problems)
        else:
            show_error(self, exc)


class PersonForm(FormDialog):
    """Add a person; with a username and password they can sign in straight away."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("personForm")
        self.setWindowTitle(self.tr("Add a person"))
        self.setMinimumWidth(520)
        self.given = self.field("given_name", self.tr("&Given name"))
        self.family = self.field("family_name", self.tr("&Family name"))
        self.email = self.field("email", self.tr("&E-mail"))
        self.username = self.field("username", self.tr("&Username"))
        self.password = self.field("password", self.tr("&Password"), secret=True)
        self.password_again = self.field("password_again", self.tr("Password &again"), secret=True)
        hint = QLabel(
            self.tr(
                "Leave username and password empty for someone who will not sign in. "
                "A password needs at least %1 characters; tell it to the person in private."
            ).replace("%1", str(MIN_PASSWORD_LENGTH)),
            self,
        )
        hint.setWordWrap(True)
        make_secondary(hint)
        self.layout().insertWidget(1, hint)
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_row = QHBoxLayout()
        for role in Role:
            if role == Role.ADMINISTRATOR and not ctx.actor.has(Role.ADMINISTRATOR):
                continue  # only an administrator makes administrators
            box = QCheckBox(trust_labels.role(role), self)
            box.setObjectName(f"role_{role}")
            roles_row.addWidget(box)
            self.role_boxes[role] = box
        roles_problem = ProblemLabel(self)
        column = QVBoxLayout()
        column.addLayout(roles_row)
        column.addWidget(roles_problem)
        self.form.addRow(self.tr("Roles"), column)
        self.problems.add("roles", roles_problem, next(iter(self.role_boxes.values())))
        self.given.setFocus()

    def save(self) -> None:
        roles = tuple(role for role, box in self.role_boxes.items() if box.isChecked())
        password = self.password.text()
        if password != self.password_again.text():
            self.problems.show({"password_again": self.tr("The two passwords differ.")})
            return
        if not roles:
            self.problems.show({"roles": self.tr("Give the person at least one role.")})
            return
        actor = self.ctx.actor
        given, family, email = self.given.text(), self.family.text(), self.email.text()
        username = self.username.text()

        def work(session: Any) -> people.PersonRow:
            return people.add_person(
                session,
                actor,
                given,
                family,
                roles=roles,
                email=email,
                username=username or None,
                password=password or None,
            )

        self.run_save(work)


class PasswordDialog(FormDialog):
    """Set a new password for someone who forgot theirs (this also unlocks them)."""

    def __init__(
        self, ctx: AppContext, person: people.PersonRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.person = person
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("New password for %1").replace("%1", person.full_name))
        intro = QLabel(
            self.tr(
                "%1 signs in with this password from now on; tell it to them in private. "
                "It needs at least %2 characters."
            )
            .replace("%1", person.full_name)
            .replace("%2", str(MIN_PASSWORD_LENGTH)),
            self,
        )
        intro.setWordWrap(True)
        self.layout().insertWidget(0, intro)
        self.setMinimumWidth(440)
        self.password = self.field("password", self.tr("New &password"), secret=True)
        self.password_again = self.field("password_again", self.tr("Password &again"), secret=True)
        self.password.setFocus()

    def save(self) -> None:
        password = self.password.text()
        if password != self.password_again.text():
            self.problems.show({"password_again": self.tr("The two passwords differ.")})
            return
        actor, person_id = self.ctx.actor, self.person.id
        self.run_save(lambda s: people.reset_password(s, actor, person_id, password))
