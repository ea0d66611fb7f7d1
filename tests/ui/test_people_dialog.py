"""People management window driven as a coordinator and an administrator would."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from mentorlog.models import Role
from mentorlog.services import auth, people
from mentorlog.ui.people_dialog import PeopleDialog, PeopleModel
from tests.trust_cast import PASSWORD, make_trust_cast


def open_dialog(ctx, qtbot, who: str = "coordinator"):  # type: ignore[no-untyped-def]
    cast = make_trust_cast(ctx.db)
    ctx.set_actor(getattr(cast, who))
    dialog = PeopleDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6)
    return dialog, cast


def select(dialog, qtbot, username: str) -> None:  # type: ignore[no-untyped-def]
    row = next(
        i for i in range(dialog.model.rowCount()) if dialog.model.row_at(i).username == username
    )
    dialog.table.selectRow(row)
    qtbot.waitUntil(lambda: dialog.selected() is not None)


def test_model_words_the_account_state() -> None:
    model = PeopleModel()
    row = people.PersonRow(
        uuid.uuid4(), "Анна", "Смирнова", "", "anna", (Role.STUDENT,), True, True, 10, True
    )
    model.set_rows([row])
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells == ["Смирнова, Анна", "anna", "Student", "Locked after failed sign-ins"]
    assert model.data(model.index(0, PeopleModel.STATE), Qt.ItemDataRole.ForegroundRole)


def test_coordinator_adds_a_person_with_the_keyboard(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = open_dialog(ctx, qtbot)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    from mentorlog.ui.person_form import PersonForm

    qtbot.waitUntil(lambda: dialog.findChild(PersonForm) is not None)
    form = dialog.findChild(PersonForm)
    assert Role.ADMINISTRATOR not in form.role_boxes  # a coordinator makes no administrators
    qtbot.keyClicks(form.given, "Liis")
    qtbot.keyClicks(form.family, "Kask")
    qtbot.keyClicks(form.username, "liis")
    qtbot.keyClicks(form.password, "short")
    qtbot.keyClicks(form.password_again, "short")
    form.role_boxes[Role.STUDENT].setChecked(True)
    height = form.password.height()
    qtbot.keyClick(form.password_again, Qt.Key.Key_Return)
    problem = form.problems._fields["password"][0]
    qtbot.waitUntil(lambda: problem.isVisible())
    assert "at least 8" in problem.text() and form.isVisible()
    # The field keeps its height with its problem under it: the dialog makes room.
    qtbot.waitUntil(lambda: form.password.height() == height)
    assert form.password.height() >= form.password.sizeHint().height()
    for edit in (form.password, form.password_again):
        edit.clear()
        qtbot.keyClicks(edit, "long enough 1")
    qtbot.keyClick(form.password_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Liis Kask was added" in dialog.status.text())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 7)
    qtbot.waitUntil(lambda: dialog.selected() is not None)
    assert dialog.selected().username == "liis"
    with ctx.db.transaction() as s:
        assert auth.sign_in(s, "liis", "long enough 1", "ws").roles == {Role.STUDENT}


def test_roles_are_given_and_removed_from_the_menus(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = open_dialog(ctx, qtbot)
    select(dialog, qtbot, "student")
    assert "grant_administrator" not in [a.objectName() for a in dialog.grant_menu.actions()]
    grant = next(a for a in dialog.grant_menu.actions() if a.objectName() == "grant_mentor")
    grant.trigger()
    qtbot.waitUntil(lambda: "now also a mentor" in dialog.status.text())
    qtbot.waitUntil(
        lambda: dialog.selected() is not None and Role.MENTOR in dialog.selected().roles
    )
    revoke = next(a for a in dialog.revoke_menu.actions() if a.objectName() == "revoke_student")
    revoke.trigger()
    qtbot.waitUntil(lambda: "no longer a student" in dialog.status.text())
    qtbot.waitUntil(
        lambda: dialog.selected() is not None and dialog.selected().roles == (Role.MENTOR,)
    )


def test_a_coordinator_cannot_touch_the_administrator(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = open_dialog(ctx, qtbot)
    select(dialog, qtbot, "administrator")
    assert not dialog.password_button.isEnabled() and not dialog.active_button.isEnabled()
    assert "Only an administrator" in dialog.password_button.toolTip()


def test_unlock_a_locked_out_student(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(ctx.db)
    at = datetime(2026, 3, 2, tzinfo=UTC)
    for _ in range(auth.LOCK_AFTER):
        try:
            with ctx.db.transaction() as s:
                auth.sign_in(s, "student", "wrong", "ws", now=at)
        except auth.SignInError as exc:
            at += timedelta(seconds=exc.retry_after or 0)
    ctx.set_actor(cast.coordinator)
    dialog = PeopleDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6)
    select(dialog, qtbot, "student")
    assert dialog.unlock_button.isEnabled()
    assert dialog.model.state_text(dialog.selected()) == "Locked after failed sign-ins"
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "can sign in again" in dialog.status.text())
    qtbot.waitUntil(lambda: not dialog.unlock_button.isEnabled())
    with ctx.db.transaction() as s:
        assert auth.sign_in(s, "student", PASSWORD, "ws", now=at).person_id


def test_new_password_and_deactivation(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.person_form import PasswordDialog

    dialog, _ = open_dialog(ctx, qtbot, "administrator")
    select(dialog, qtbot, "mentor")
    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(PasswordDialog) is not None)
    form = dialog.findChild(PasswordDialog)
    qtbot.keyClicks(form.password, "brand new pw")
    qtbot.keyClicks(form.password_again, "brand new pw!")
    form.save()
    assert "differ" in form.problems._fields["password_again"][0].text()
    qtbot.keyClick(form.password_again, Qt.Key.Key_Backspace)
    form.save()
    qtbot.waitUntil(lambda: "has a new password" in dialog.status.text())
    with ctx.db.transaction() as s:
        assert auth.sign_in(s, "mentor", "brand new pw", "ws").person_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was deactivated" in dialog.status.text())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)  # deactivated people are hidden
    dialog.show_inactive.setChecked(True)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6)


def test_search_and_empty_state(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = open_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.search, "zzz")
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.empty)
    assert "Nobody matches" in dialog.empty.text()
    dialog.search.setText("анна")  # any case, Cyrillic too
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.search.clear()
    dialog.role_filter.setCurrentIndex(dialog.role_filter.findData("mentor"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)


def test_a_coordinator_chooses_a_student_s_language(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.models import Person
    from mentorlog.services import languages

    dialog, cast = open_dialog(ctx, qtbot)
    select(dialog, qtbot, "student")
    before = dialog.selected().row_version
    assert dialog.language_button.isEnabled()
    names = [a.text() for a in dialog.language_menu.actions()]
    assert names == [
        "The site's default",
        "English",
        "Norsk bokmål",
        "Suomi",
        "Eesti",
        "Français",
        "Nederlands",
    ]
    dialog.language_menu.findChild(QAction, "language_et").trigger()
    qtbot.waitUntil(lambda: "now works in Eesti" in dialog.status.text())
    with ctx.db.session() as s:
        assert s.get(Person, cast.student.person_id).language == "et"
    qtbot.waitUntil(  # refreshed: the next change names the new version
        lambda: any(
            dialog.model.row_at(i).row_version > before for i in range(dialog.model.rowCount())
        )
    )
    select(dialog, qtbot, "student")
    dialog.language_menu.findChild(QAction, "language_default").trigger()
    qtbot.waitUntil(lambda: "the site's default language" in dialog.status.text())
    with ctx.db.session() as s:
        assert languages.person_language(s, cast.student.person_id).own is None
    select(dialog, qtbot, "administrator")  # a coordinator may not change an administrator
    assert not dialog.language_button.isEnabled()
