"""Editor fixtures: one placement with its people, and a context signed in as its mentor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.logbook_cast import Cast, make_cast


@pytest.fixture
def cast(db) -> Cast:  # type: ignore[no-untyped-def]
    return make_cast(db)


@pytest.fixture
def mentor_ctx(ctx, cast: Cast):  # type: ignore[no-untyped-def]
    ctx.set_actor(cast.mentor)
    return ctx


@pytest.fixture
def student_ctx(ctx, cast: Cast):  # type: ignore[no-untyped-def]
    ctx.set_actor(cast.student)
    return ctx


@pytest.fixture(autouse=True)
def _close_windows(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Editors and dialogs open as their own windows; none may outlive its test."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWidget) and widget.isVisible():
            widget.setProperty("closing_for_test", True)
            widget.hide()
            widget.deleteLater()
