"""The Site windows as their users drive them: shown only to the roles that may use them,
validation beside the field, every empty list saying what to do next, and nothing typed
lost when a save is refused."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from mentorlog.models import Prison, Role, ShiftLog
from mentorlog.services.access import Actor
from mentorlog.ui.main_window import MainWindow
from mentorlog.ui.site_admin import site_menu
from tests.factories import Factory, as_actor
from tests.ui.editors.driving import type_text

LEFT = Qt.MouseButton.LeftButton
BOTH = Actor(None, "Helena Ääremaa", frozenset({Role.ADMINISTRATOR, Role.COORDINATOR}))


def _menu_names(window: MainWindow) -> set[str]:
    menu = window.site_menu
    return {a.objectName() for a in menu.actions()} if menu is not None else set()


def test_the_site_menu_follows_the_roles(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    seen = {}
    for roles in ({Role.ADMINISTRATOR}, {Role.COORDINATOR}, {Role.MENTOR}, {Role.STUDENT}):
        ctx.set_actor(Actor(uuid.uuid4(), "someone", frozenset(roles)))
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        seen[frozenset(roles)] = (_menu_names(window), window.log_shift is not None)
        window.close()
    assert seen[frozenset({Role.ADMINISTRATOR})] == (
        {"site_guide", "site_site", "site_import"},
        False,
    )
    assert seen[frozenset({Role.COORDINATOR})] == (
        {"site_guide", "site_cohorts", "site_placements", "site_import", "site_frameworks"},
        False,
    )
    assert seen[frozenset({Role.MENTOR})] == (set(), True)
    assert seen[frozenset({Role.STUDENT})] == (set(), True)


def test_prisons_are_added_with_units_and_a_bad_name_is_shown_beside_it(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.site_admin.site_dialog import PrisonForm

    ctx.set_actor(BOTH)
    dialog = site_menu.open_window("site", ctx, None)
    qtbot.waitUntil(lambda: dialog.stack.showing_empty, timeout=5000)
    assert "Add prison" in dialog.stack.empty.text()
    qtbot.mouseClick(dialog.add_prison_button, LEFT)
    form = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, PrisonForm) and w.isVisible()
    )
    type_text(qtbot, form.country, "Norway")
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), LEFT)
    name_problem = form.problems._fields["name"][0]
    qtbot.waitUntil(lambda: name_problem.isVisible(), timeout=5000)
    assert "Enter the prison's name" in name_problem.text()
    assert form.country.text() == "Norway"  # nothing typed is lost
    type_text(qtbot, form.name, "Halden fengsel")
    form.country.setText("NO")
    type_text(qtbot, form.units, "Avdeling C, Avdeling D")
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    assert [dialog.model.row_at(i).id is not None for i in range(3)] == [True] * 3
    with db.session() as s:
        assert s.scalar(select(Prison.name)) == "Halden fengsel"
    dialog.academy_name.setText("")
    qtbot.mouseClick(dialog.save_academy, LEFT)
    problem = dialog.academy_problems._fields["name"][0]
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=5000)
    dialog.close()


def test_a_placement_is_added_in_the_editor_and_a_shift_logged(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.site_admin.placement_editor import PlacementEditor
    from mentorlog.ui.site_admin.shift_dialog import ShiftDialog

    with db.transaction() as s:
        f = Factory(s)
        student = f.person("Ørjan", "Sæther", Role.STUDENT)
        mentor = f.person("Сергей", "Кузнецов", Role.MENTOR)
        f.prison("Halden fengsel")
    ctx.set_actor(BOTH)
    listing = site_menu.open_window("placements", ctx, None)
    qtbot.waitUntil(lambda: listing.stack.showing_empty, timeout=5000)
    assert "Import them" in listing.stack.empty.text()
    qtbot.mouseClick(listing.add_button, LEFT)
    editor = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PlacementEditor) and w.isVisible()
    )
    qtbot.waitUntil(lambda: editor.buttons.isEnabled(), timeout=5000)
    assert editor.student.currentText().startswith("Sæther, Ørjan")
    assert editor.lead.currentText().startswith("Кузнецов, Сергей")
    editor.ends.setDate(editor.starts.date().addDays(-1))
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok), LEFT)
    problem = editor.problems._fields["ends_on"][0]
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=5000)
    assert "cannot end before it starts" in problem.text()
    editor.starts.setDate(editor.starts.date().addDays(-10))
    editor.ends.setDate(editor.starts.date().addDays(60))
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    row = listing.model.row_at(0)
    assert (row.student, row.lead_mentor, str(row.status)) == (
        "Ørjan Sæther",
        "Сергей Кузнецов",
        "active",
    )
    listing.close()

    ctx.set_actor(as_actor(student, Role.STUDENT))
    dialog = ShiftDialog(ctx, None, row.id)
    dialog.show()
    dialog.day.setDate(dialog.day.date().addDays(-1))
    dialog.hours.setValue(7.5)
    dialog.remedial.setValue(30)
    type_text(qtbot, dialog.activity, "Vaktrunde på avdelingen")
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
    with db.session() as s:
        logged = s.scalar(select(ShiftLog).where(ShiftLog.placement_id == row.id))
        assert logged is not None and float(logged.hours) == 7.5
        assert logged.worked_on == date.today() - timedelta(days=1)
        assert logged.activity == "Vaktrunde på avdelingen"
    assert mentor.id is not None


def test_an_import_with_a_bad_row_shows_it_and_writes_nothing(
    qtbot, ctx, db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.models import Person

    ctx.set_actor(BOTH)
    dialog = site_menu.open_window("import", ctx, None)
    bad = tmp_path / "people.csv"
    bad.write_text(
        "\ufeffgiven_name;family_name;username;roles\nAnne;Ærø;anne;student\n"
        "Бьорн;Ли;bjorn;warden\n",
        "utf-8",
    )
    dialog.file.setText(str(bad))
    qtbot.mouseClick(dialog.check_button, LEFT)
    qtbot.waitUntil(lambda: "not imported" in dialog.preview.toPlainText(), timeout=5000)
    assert "row 3, column roles: 'warden' is no role" in dialog.preview.toPlainText()
    assert not dialog.import_button.isEnabled()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    dialog.close()
