"""Qt fixtures: an AppContext on a per-test database; no test may leave work running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp) -> None:  # type: ignore[no-untyped-def]
    """Widgets read and behave as the app shows them: with its translators installed, as
    at start-up (counted strings say "1 open concern" and "3 open concerns"), and its
    window rules (windows fit the screen; Enter presses no stray button)."""
    from mentorlog.ui import window_rules
    from mentorlog.ui.language import apply_language

    apply_language("en")
    window_rules.install(qapp)


@pytest.fixture
def ctx(db, qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    from mentorlog.ui.context import AppContext

    context = AppContext(db)
    yield context
    assert context.tasks.wait_idle(10_000), "a background operation was still running"
    assert context.tasks.active_threads() == 0
