"""People management for coordinators and administrators: find people, add them, give and
remove roles, set a new password, unlock an account, deactivate or bring someone back.

Open it with ``open_people_dialog(ctx, parent)``. Every change goes through the people
service (which refuses what the signed-in person may not do, and audits the rest).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import Role
from mentorlog.services import languages, people
from mentorlog.services.changes import ChangeKind, ChangeSet
from mentorlog.services.people import PersonRow
from mentorlog.ui import colors, trust_labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.errors import show_error
from mentorlog.ui.language import language_names
from mentorlog.ui.ops import Op
from mentorlog.ui.person_form import PasswordDialog, PersonForm
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.table_parts import TableOrEmpty, row_table, search_field
from mentorlog.ui.wording import fill


class PeopleModel(RowsModel[PersonRow]):
    NAME, USERNAME, ROLES, STATE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Username"), self.tr("Roles"), self.tr("Account"))

    def state_text(self, row: PersonRow) -> str:
        if not row.active:
            return self.tr("Deactivated")
        if row.locked:
            return self.tr("Locked after failed sign-ins")
        if not row.username or not row.has_password:
            return self.tr("Cannot sign in")
        if row.failed_sign_ins:
            return self.tr("%1 failed sign-ins").replace("%1", str(row.failed_sign_ins))
        return self.tr("Can sign in")

    def cell(self, row: Any, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return f"{row.family_name}, {row.given_name}"
            if col == self.USERNAME:
                return row.username or "—"
            if col == self.ROLES:
                return trust_labels.roles(row.roles) or self.tr("No role")
            return self.state_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE and row.locked:
            return colors.attention_text()
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return self.parent().palette().placeholderText().color() if self.parent() else None
        return None


class PeopleDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("peopleDialog")
        self.setWindowTitle(self.tr("People"))
        self.resize(860, 520)
        self._generation = 0
        self._select_after: uuid.UUID | None = None

        self.search = search_field(
            self,
            "peopleSearch",
            self.tr("Search names and usernames…"),
            self.tr("Search people"),
            self.refresh,
        )
        self.role_filter = QComboBox(self)
        self.role_filter.setObjectName("peopleRole")
        self.role_filter.setAccessibleName(self.tr("Show only people with this role"))
        self.role_filter.addItem(self.tr("Everyone"), "")  # never None as item data
        for role in Role:
            self.role_filter.addItem(trust_labels.role(role), str(role))
        self.show_inactive = QCheckBox(self.tr("Show &deactivated"), self)
        self.show_inactive.setObjectName("peopleInactive")
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.show_inactive)

        self.model = PeopleModel(self)
        self.table = row_table(
            self, self.model, "peopleTable", self.tr("People, by family name"), PeopleModel.NAME
        )
        self.stack = TableOrEmpty(self.table, "peopleEmpty", self)
        self.empty = self.stack.empty
        self.status = QLabel(self)
        self.status.setObjectName("peopleStatus")
        self.status.setWordWrap(True)

        self.add_button = self._button(self.tr("&Add person…"), "peopleAdd", self.add_person)
        self.grant_button = self._button(self.tr("&Give role"), "peopleGrant", None)
        self.revoke_button = self._button(self.tr("&Remove role"), "peopleRevoke", None)
        self.password_button = self._button(
            self.tr("New &password…"), "peoplePassword", self.new_password
        )
        self.unlock_button = self._button(self.tr("&Unlock"), "peopleUnlock", self.unlock)
        self.active_button = self._button(
            self.tr("Deac&tivate"), "peopleActive", self.toggle_active
        )
        self.language_button = self._button(self.tr("&Language"), "peopleLanguage", None)
        self.language_button.setToolTip(
            self.tr("The language mentorlog speaks to this person, from their next sign-in")
        )
        self.grant_menu = QMenu(self.grant_button)
        self.revoke_menu = QMenu(self.revoke_button)
        self.language_menu = QMenu(self.language_button)
        self.grant_button.setMenu(self.grant_menu)
        self.revoke_button.setMenu(self.revoke_menu)
        self.language_button.setMenu(self.language_menu)
        choices: list[tuple[str | None, str]] = [(None, self.tr("The site's default"))]
        for code, name in [*choices, *language_names()]:
            action = self.language_menu.addAction(name)
            action.setObjectName(f"language_{code or 'default'}")
            action.triggered.connect(lambda _=False, c=code, n=name: self.choose_language(c, n))
        actions = QVBoxLayout()
        for b in (
            self.add_button,
            self.grant_button,
            self.revoke_button,
            self.language_button,
            self.password_button,
        ):
            actions.addWidget(b)
        actions.addWidget(self.unlock_button)
        actions.addWidget(self.active_button)
        actions.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addLayout(actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.role_filter.currentIndexChanged.connect(self.refresh)
        self.show_inactive.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.changed.connect(self._changed)
        self._update_buttons()
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], None] | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation, actor = self._generation, self.ctx.actor
        text, role_code = self.search.text(), self.role_filter.currentData()
        role = Role(role_code) if role_code else None
        inactive = self.show_inactive.isChecked()

        def load(session: Any) -> list[PersonRow]:
            return people.list_people(
                session, actor, text=text, role=role, include_inactive=inactive
            )

        def show(rows: list[PersonRow]) -> None:
            if generation != self._generation:
                return
            keep = self._select_after or (self.selected().id if self.selected() else None)
            self._select_after = None
            self.model.set_rows(rows)
            self._show_state(bool(text.strip() or role))
            if keep is not None and (row := self.model.row_of(keep)) >= 0:
                self.table.selectRow(row)
            self._update_buttons()

        Op(self, load).success(show).run(self.ctx)

    def _show_state(self, filtered: bool) -> None:
        self.stack.show_rows(
            self.tr("Nobody matches. Clear the search, choose “Everyone”, or show deactivated.")
            if filtered
            else self.tr("Nobody has been added yet. Press “Add person” to add the first.")
        )

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(ChangeKind.PERSON):
            self.refresh()

    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _may_manage(self, row: PersonRow) -> bool:
        # The service refuses it too; the button says so before anyone tries.
        return self.ctx.actor.has(Role.ADMINISTRATOR) or Role.ADMINISTRATOR not in row.roles

    def _update_buttons(self) -> None:
        row = self.selected()
        usable = row is not None and self._may_manage(row)
        for b in (
            self.grant_button,
            self.revoke_button,
            self.language_button,
            self.password_button,
        ):
            b.setEnabled(usable)
        self.unlock_button.setEnabled(usable and row is not None and row.locked)
        self.active_button.setEnabled(usable)
        self.active_button.setText(
            self.tr("Reac&tivate") if row is not None and not row.active else self.tr("Deac&tivate")
        )
        tip = "" if row is None or usable else self.tr("Only an administrator may change this.")
        for b in (self.grant_button, self.revoke_button, self.password_button, self.active_button):
            b.setToolTip(tip)
        self._fill_role_menus(row if usable else None)

    def _fill_role_menus(self, row: PersonRow | None) -> None:
        self.grant_menu.clear()
        self.revoke_menu.clear()
        if row is None:
            return
        for role in Role:
            if role in row.roles:
                action = self.revoke_menu.addAction(trust_labels.role(role))
                action.setObjectName(f"revoke_{role}")
                action.triggered.connect(lambda _=False, r=role: self.revoke(r))
            elif role != Role.ADMINISTRATOR or self.ctx.actor.has(Role.ADMINISTRATOR):
                action = self.grant_menu.addAction(trust_labels.role(role))
                action.setObjectName(f"grant_{role}")
                action.triggered.connect(lambda _=False, r=role: self.grant(r))
        self.revoke_button.setEnabled(bool(row.roles))

    # --- changes --------------------------------------------------------------------------

    def _write(self, work: Callable[[Any], PersonRow], done: str) -> None:
        def finished(row: PersonRow) -> None:
            self._select_after = row.id
            self.status.setText(done.replace("%1", row.full_name))

        Op(self, work).success(finished).run(self.ctx)

    def add_person(self) -> None:
        form = PersonForm(self.ctx, self)
        form.accepted.connect(lambda: self._added(form))
        form.open()

    def _added(self, form: PersonForm) -> None:
        row: PersonRow = form.result_row
        self._select_after = row.id
        self.status.setText(self.tr("%1 was added.").replace("%1", row.full_name))

    def grant(self, role: Role) -> None:
        row, actor = self.selected(), self.ctx.actor
        if row is not None:
            self._write(lambda s: people.grant_role(s, actor, row.id, role), self._granted(role))

    def revoke(self, role: Role) -> None:
        row, actor = self.selected(), self.ctx.actor
        if row is not None:
            self._write(lambda s: people.revoke_role(s, actor, row.id, role), self._revoked(role))

    # One sentence per role: "a"/"an" and the role's inflection differ in every language.
    def _granted(self, role: Role) -> str:
        return {
            Role.MENTOR: self.tr("%1 is now also a mentor."),
            Role.STUDENT: self.tr("%1 is now also a student."),
            Role.COORDINATOR: self.tr("%1 is now also a coordinator."),
            Role.ADMINISTRATOR: self.tr("%1 is now also an administrator."),
        }[role]

    def _revoked(self, role: Role) -> str:
        return {
            Role.MENTOR: self.tr("%1 is no longer a mentor."),
            Role.STUDENT: self.tr("%1 is no longer a student."),
            Role.COORDINATOR: self.tr("%1 is no longer a coordinator."),
            Role.ADMINISTRATOR: self.tr("%1 is no longer an administrator."),
        }[role]

    def choose_language(self, code: str | None, name: str) -> None:
        """The language ``code`` (None: the site's default) for the selected person; it
        applies when they next sign in (their own File > Language changes it at once)."""
        row, actor = self.selected(), self.ctx.actor
        if row is None:
            return
        done = (
            fill(self.tr("%1 now works in the site's default language."), row.full_name)
            if code is None
            else fill(self.tr("%1 now works in %2."), row.full_name, name)
        )

        def work(session: Any) -> None:
            languages.set_person_language(
                session, actor, row.id, code, expected_version=row.row_version
            )

        def finished(_result: None) -> None:
            self._select_after = row.id
            self.status.setText(done)
            self.refresh()  # the row's version moved on

        Op(self, work).success(finished).failure(lambda exc: show_error(self, exc)).run(self.ctx)

    def new_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = PasswordDialog(self.ctx, row, self)
        dialog.accepted.connect(
            lambda: self.status.setText(
                self.tr("%1 has a new password; their account is unlocked.").replace(
                    "%1", row.full_name
                )
            )
        )
        dialog.open()

    def unlock(self) -> None:
        row, actor = self.selected(), self.ctx.actor
        if row is not None:
            done = self.tr("%1 can sign in again.")
            self._write(lambda s: people.unlock_account(s, actor, row.id), done)

    def toggle_active(self) -> None:
        row, actor = self.selected(), self.ctx.actor
        if row is None:
            return
        if row.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate %1?").replace("%1", row.full_name),
                self.tr(
                    "%1 will no longer be able to sign in. Their records stay as they are, "
                    "and you can reactivate them later (with a new password)."
                ).replace("%1", row.full_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,  # Enter does not lock someone out
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            done = self.tr("%1 was deactivated.")
        else:
            done = self.tr("%1 was reactivated.")
        self._write(lambda s: people.set_active(s, actor, row.id, not row.active), done)


def open_people_dialog(ctx: AppContext, parent: QWidget | None = None) -> PeopleDialog:
    dialog = PeopleDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
