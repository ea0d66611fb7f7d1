"""Site settings: an administrator edits the privacy check's lists with the keyboard,
tries a sentence on them, and saves them for the whole site (audited)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from mentorlog.models import AuditEvent, Role
from mentorlog.services.sensitive_text import find_sensitive, load_rules
from mentorlog.ui.site_settings_dialog import open_site_settings
from tests.factories import Factory
from tests.factories import as_actor as actor
from tests.ui.editors.driving import type_text


def _admin(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        f.person("Eirik", "Sørlie", Role.STUDENT)
        return actor(f.person("Kadri", "Õunapuu", Role.ADMINISTRATOR), Role.ADMINISTRATOR)


def test_the_privacy_rules_are_edited_tried_and_saved(ctx, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.set_actor(_admin(db))
    dialog = open_site_settings(ctx)
    qtbot.waitUntil(dialog.isEnabled)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 1  # Alt+P: the Privacy check page
    formats = dialog.lists["number_formats"]
    assert formats.toPlainText() == "A9999AA"  # the built-in, shown to be changed
    assert "prisoner" in dialog.lists["name_cues"].toPlainText().splitlines()
    formats.moveCursor(formats.textCursor().MoveOperation.End)
    qtbot.keyClick(formats, Qt.Key.Key_Return)  # a new line: a second format
    type_text(qtbot, formats, "9999-9999")
    type_text(qtbot, dialog.lists["watched_names"], "Sølvi Strand")
    type_text(qtbot, dialog.sample, "Eirik Sørlie checked card 2024-1187 with solvi strand.")
    result = dialog.sample_result.text()
    assert "“2024-1187” → “[prison number]”" in result
    assert "“solvi strand” → “prisoner A” (a name on the site's list)" in result
    assert "Sørlie" not in result  # the site's own student
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.sample, Qt.Key.Key_Return)  # Enter saves
    with db.session() as s:
        rules = load_rules(s)
        changed = s.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "setting.change")
        ).all()
    assert rules.number_formats == ("A9999AA", "9999-9999")
    assert rules.watched_names == ("Sølvi Strand",)
    assert changed[-1]["changed"]["number_formats"] == {"added": ["9999-9999"], "removed": []}
    assert [f.text for f in find_sensitive("card 2024-1187", rules)] == ["2024-1187"]


def test_a_format_that_cannot_be_used_is_refused_beside_its_list(ctx, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.set_actor(_admin(db))
    dialog = open_site_settings(ctx)
    qtbot.waitUntil(dialog.isEnabled)
    dialog.lists["number_formats"].setPlainText("re:(unclosed")
    type_text(qtbot, dialog.sample, "card 12")
    assert "not a format that can be used" in dialog.sample_result.text()
    dialog.save()
    problem = dialog.problems._fields["number_formats"][0]
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert "not a format that can be used" in problem.text()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    with db.session() as s:
        assert load_rules(s).number_formats == ("A9999AA",)
