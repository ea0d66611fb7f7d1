"""One editor per record, and a closed one is never handed out again."""

from __future__ import annotations

import shiboken6

from mentorlog.ui.editors import open_observation_editor, open_reflection_editor
from tests.logbook_cast import Cast
from tests.ui.editors.test_recovery_and_undo import published


def test_reopening_straight_after_closing_gives_a_working_editor(
    mentor_ctx, cast: Cast, db, qtbot
) -> None:  # type: ignore[no-untyped-def]
    view = published(db, cast)
    first = open_observation_editor(mentor_ctx, None, cast.placement_id, view.id)
    qtbot.waitUntil(lambda: first.isEnabled() and first.data is not None)
    assert open_observation_editor(mentor_ctx, None, cast.placement_id, view.id) is first

    first.close()  # deleted later, when the event loop gets to it
    again = open_observation_editor(mentor_ctx, None, cast.placement_id, view.id)
    assert again is not first
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    qtbot.waitUntil(lambda: again.isEnabled() and again.data is not None)
    assert again.isVisible() and again.narrative.toPlainText() == view.narrative
    # The old window's going does not take the new one out of the registry.
    assert open_observation_editor(mentor_ctx, None, cast.placement_id, view.id) is again

    reflection = open_reflection_editor(mentor_ctx, None, cast.placement_id)
    qtbot.waitUntil(reflection.isEnabled)
    reflection.close()
    assert open_reflection_editor(mentor_ctx, None, cast.placement_id) is not reflection
