"""Publishing a narrative that names a prisoner offers neutral references first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mentorlog.models import Observation
from mentorlog.ui.editors import sensitive_check
from tests.logbook_cast import Cast
from tests.ui.editors.driving import type_text
from tests.ui.editors.test_observation_editor import open_editor, rate, tick

NAMING = "Jüri talked prisoner Kowalski (A1234BC) down during unlock."


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (
            sensitive_check.Choice.REPLACE,
            "Jüri talked prisoner A ([prison number]) down during unlock.",
        ),
        (sensitive_check.Choice.KEEP, NAMING),
    ],
)
def test_publish_offers_neutral_references(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, db, qtbot, monkeypatch, choice, expected
) -> None:
    asked: list[list[str]] = []

    def answer(parent, findings):  # type: ignore[no-untyped-def]
        asked.append([f.text for f in findings])
        return choice

    monkeypatch.setattr(sensitive_check, "ask", answer)
    editor = open_editor(mentor_ctx, cast, qtbot)
    type_text(qtbot, editor.narrative, NAMING)
    calm = cast.competency("COM-3")
    tick(editor, qtbot, "calming", calm)
    rate(editor, qtbot, calm, "3")
    with qtbot.waitSignal(editor.published, timeout=5000) as published:
        qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert asked == [["Kowalski", "A1234BC"]]
    with db.transaction() as s:
        assert s.get(Observation, published.args[0].id).narrative == expected


def test_cancel_keeps_the_editor_open_and_publishes_nothing(  # type: ignore[no-untyped-def]
    mentor_ctx, cast: Cast, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(sensitive_check, "ask", lambda *_: sensitive_check.Choice.CANCEL)
    editor = open_editor(mentor_ctx, cast, qtbot)
    type_text(qtbot, editor.narrative, NAMING)
    published: list[object] = []
    editor.published.connect(published.append)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.narrative.hasFocus() or not editor.isVisible(), timeout=5000)
    mentor_ctx.tasks.wait_idle()
    assert editor.isVisible() and not published
    assert editor.narrative.toPlainText() == NAMING
